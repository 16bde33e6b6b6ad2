"""GDELT Events import: detection by width, codes kept as strings, visit-like codes to visits."""
from __future__ import annotations

import pandas as pd

from newslens import schema
from newslens.gdelt import gdelt_tables
from newslens.readers import read_gdelt_text, read_inputs


def _row(width: int, event_id: str, code: str, a1=("RUS", "RUSSIA", "RUS"), a2=("PRK", "NORTH KOREA", "PRK"), place=("Pyongyang, North Korea", "KN", "39.03", "125.75"), url="https://example.org/2019/10/24/visit"):
    """One synthetic export row of the given width (61 = GDELT 2.0, 58/57 = 1.0)."""
    f = [""] * 61
    f[0], f[1], f[26], f[27], f[28] = event_id, "20191024", code, code[:3], code[:2]
    f[5], f[6], f[7] = a1
    f[15], f[16], f[17] = a2
    f[30], f[31] = "1.9", "4"
    f[52], f[53], f[56], f[57] = place[0], place[1], place[2], place[3]
    f[59], f[60] = "20191024143000", url
    if width == 61:
        return "\t".join(f)
    v1 = [x for i, x in enumerate(f) if i not in (39, 47, 55)]  # the three ADM2 columns are 2.0 only
    return "\t".join(v1[:width])


def test__read_gdelt_text__widths_and_string_codes():
    text = "\n".join([_row(61, "1", "042"), _row(58, "2", "043"), _row(57, "3", "036"), "bad\trow"])
    frame, bad = read_gdelt_text(text, "x.tsv")
    assert bad == 1
    assert frame["EventCode"].tolist() == ["042", "043", "036"]
    assert frame["gdelt_version"].tolist() == ["2.0", "1.0", "1.0"]
    assert frame["SOURCEURL"].fillna("").tolist()[:2] == ["https://example.org/2019/10/24/visit"] * 2


def test__gdelt_tables__visit_codes_become_visits():
    rows = [
        _row(61, "1", "042"),  # Russia makes a visit, in Pyongyang
        _row(61, "2", "043", a1=("PRK", "NORTH KOREA", "PRK"), a2=("CHN", "CHINA", "CHN")),  # North Korea hosts China
        _row(61, "3", "036", a1=("KOR", "SOUTH KOREA", "KOR"), a2=("JPN", "JAPAN", "JPN"), place=("Tokyo, Japan", "JA", "35.68", "139.69")),
        _row(61, "4", "125", a1=("USA", "UNITED STATES", "USA"), a2=("PRK", "NORTH KOREA", "PRK"), place=("", "", "", "")),
        _row(61, "5", "010"),  # a statement: an event, not a visit
    ]
    frame, _ = read_gdelt_text("\n".join(rows), "f.CSV")
    out = gdelt_tables([("f.CSV", frame)])
    visits = schema.conform(out["visits"], "visits")
    events = schema.conform(out["events"], "events")
    assert len(events) == 5 and events["event_code"].tolist()[-1] == "010"
    got = visits[["visitor_id", "host_iso3", "status", "cameo_code"]].astype(object).values.tolist()
    assert got == [
        ["country:RUS", "PRK", "occurred", "042"],
        ["country:CHN", "PRK", "occurred", "043"],
        ["country:KOR", "JPN", "planned", "036"],
        ["country:PRK", "USA", "cancelled", "125"],
    ]
    assert visits["source_url"].iloc[0] == "https://example.org/2019/10/24/visit"
    assert visits["date_start"].iloc[0] == pd.Timestamp("2019-10-24")
    assert visits["location_name"].iloc[0] == "Pyongyang, North Korea"
    articles = schema.conform(out["articles"], "articles")
    assert len(articles) == 1 and articles["published_date"].iloc[0] == pd.Timestamp("2019-10-24")


def test__gdelt__real_samples_load(shared_dir):
    g = shared_dir / "corpus" / "gdelt"
    res = read_inputs([g / "gdelt2_events_20191024143000.export.CSV", g / "gdelt1_events_sample_20160728_reed9999.tsv"])
    assert res.problems == []
    out = gdelt_tables(res.gdelt)
    events = schema.conform(out["events"], "events")
    assert len(events) == 2111 + 710
    assert events["gdelt_version"].value_counts().to_dict() == {"2.0": 2111, "1.0": 710}
    assert events["event_code"].str.len().min() >= 3  # "036", never 36
    visits = schema.conform(out["visits"], "visits")
    assert set(visits["cameo_code"]) <= {"042", "043", "036", "125"} and len(visits) > 300
    assert visits["source_url"].notna().sum() > 0
