"""newslens.official: reading official trade files, mirroring pairs, comparing reported figures."""
from __future__ import annotations

import gzip
import io

import pandas as pd
import pytest

from newslens import official
from newslens.official import OFFICIAL_COLUMNS, OfficialDataError
from newslens.store import Dataset
from tests.fixtures_store import fixture_tables


def tidy(rows: list[tuple]) -> pd.DataFrame:
    """Expected tidy frame from (reporter, partner, year, exports, imports, trade, source) tuples."""
    frame = pd.DataFrame(rows, columns=OFFICIAL_COLUMNS)
    return frame.astype({"reporter_iso3": "string", "partner_iso3": "string", "year": "int64", "exports_usd": "float64",
                         "imports_usd": "float64", "trade_usd": "float64", "source": "string"})


def read_text(text: str, name: str = "inline.csv") -> pd.DataFrame:
    return official.read_official(text.encode(), name)


@pytest.mark.parametrize("columns, expected", [
    (["ccode1", "ccode2", "year", "flow1", "flow2", "smoothflow1", "smoothflow2"], "cow"),
    (["iso1", "iso2", "ccode1", "ccode2", "year", "flow1", "flow2"], "cow"),
    (["iso3c", "country", "year", "export", "import", "export_cow"], "korea"),
    (["refYear", "reporterISO", "partnerISO", "flowCode", "primaryValue"], "comtrade"),
    (["period", "reporteriso", "partneriso", "flowDesc", "PrimaryValue"], "comtrade"),
    (OFFICIAL_COLUMNS, "tidy"),
])
def test__detect_format__known_layouts(columns, expected):
    assert official.detect_format(columns) == expected


def test__from_cow__both_sides_in_dollars():
    """flow1 = imports of ccode1 from ccode2 (million USD): KOR's imports from RUS are 30 -> 30e6.

        ccode1 ccode2 year flow1 flow2        reporter partner exports imports trade
        732    365    2003 30    12.5   ->    KOR      RUS     12.5e6  30e6    42.5e6
                                              RUS      KOR     30e6    12.5e6  42.5e6
    """
    frame = read_text("ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n732,365,2003,30,12.5,30,12.5\n")
    assert frame.equals(tidy([
        ("KOR", "RUS", 2003, 12.5e6, 30e6, 42.5e6, official.COW_SOURCE),
        ("RUS", "KOR", 2003, 30e6, 12.5e6, 42.5e6, official.COW_SOURCE),
    ]))


def test__from_cow__iso_columns_win_and_missing_flows_stay_missing():
    """With iso1/iso2 the codes are not looked up; -9 (COW's missing) and blanks give NaN, and no total."""
    text = "iso1,iso2,ccode1,ccode2,year,flow1,flow2\nCHN,PRK,710,731,1999,-9,4\nCHN,PRK,710,731,2000,,\n"
    frame = read_text(text)
    assert frame.equals(tidy([
        ("CHN", "PRK", 1999, 4e6, float("nan"), float("nan"), official.COW_SOURCE),
        ("PRK", "CHN", 1999, float("nan"), 4e6, float("nan"), official.COW_SOURCE),
    ]))


def test__from_cow__codes_without_iso3_are_left_out():
    """COW 300 (Austria-Hungary) has no ISO code: its dyad cannot be placed."""
    frame = read_text("ccode1,ccode2,year,flow1,flow2\n300,365,1900,5,6\n2,365,1900,1,2\n")
    assert sorted(frame["reporter_iso3"]) == ["RUS", "USA"]


def test__cow_codes__table_covers_the_pairs_and_has_a_source():
    codes = official.cow_codes()
    assert {codes[c] for c in (2, 365, 710, 731, 732, 740, 713, 712)} == {"USA", "RUS", "CHN", "PRK", "KOR", "JPN", "TWN", "MNG"}
    table = pd.read_csv(official.COW_CODES, keep_default_na=False)
    assert table["ccode"].is_unique
    assert (table.loc[table["iso3"] == "", "note"] != "").all(), "a code without ISO3 must say why"
    assert "countrycode" in (official.REFERENCE_DIR / "README.md").read_text()


PARTNER_TABLE = """iso3c,country,year,export,import,total_export,total_import,export_kosis,import_kosis,export_cow,import_cow
CHN,China,2011,100,80,1000,900,100,80,NA,NA
RUS,Russia,2011,50,50,1000,900,50,50,40,70
RUS,Russia,2016,20,20,1000,900,20,20,NA,NA
MNG,Mongolia,1985,3,2,1000,900,NA,NA,3,2
PRK,North Korea,2011,0,0,1000,900,0,0,NA,NA
"""


def test__from_partner_table__sources_and_the_export_equals_import_fallback():
    """KOSIS rows keep KOSIS; RUS 2011 (export == import) falls back to the COW columns; RUS 2016
    has no COW values, so its import (a copy of the export) is dropped; 0 == 0 is not suspect."""
    frame = read_text(PARTNER_TABLE, "korea.csv")
    nan = float("nan")
    assert frame.equals(tidy([
        ("KOR", "CHN", 2011, 100.0, 80.0, 180.0, official.KOSIS_SOURCE),
        ("KOR", "MNG", 1985, 3.0, 2.0, 5.0, official.KDIPLO_COW_SOURCE),
        ("KOR", "PRK", 2011, 0.0, 0.0, 0.0, official.KOSIS_SOURCE),
        ("KOR", "RUS", 2011, 40.0, 70.0, 110.0, f"{official.KDIPLO_COW_SOURCE}; KOSIS export equals import"),
        ("KOR", "RUS", 2016, 20.0, nan, nan, f"{official.KOSIS_SOURCE}; import dropped: equals export"),
    ]))


def test__from_partner_table__minimal_columns_name_the_file():
    frame = read_text("iso3c,country,year,export,import\nJPN,Japan,2020,5,7\n", "mine.csv")
    assert frame.equals(tidy([("KOR", "JPN", 2020, 5.0, 7.0, 12.0, "mine.csv (reporter KOR)")]))


def test__from_comtrade__codes_world_and_reexports():
    """Exports and imports pivot into one row; World (W00) and re-exports (RX) are ignored."""
    text = ("refYear,reporterISO,partnerISO,flowCode,primaryValue\n"
            "2019,CHN,PRK,X,2200\n2019,CHN,PRK,M,200\n2019,CHN,W00,X,99999\n2019,CHN,PRK,RX,7\n")
    assert read_text(text, "comtrade.csv").equals(tidy([("CHN", "PRK", 2019, 2200.0, 200.0, 2400.0, official.COMTRADE_SOURCE)]))


def test__from_comtrade__flow_descriptions_and_monthly_periods_sum_to_the_year():
    text = ("period,reporterISO,partnerISO,flowDesc,primaryValue\n"
            "202001,RUS,KOR,Export,10\n202002,RUS,KOR,Export,15\n202001,RUS,KOR,Import,4\n")
    assert read_text(text).equals(tidy([("RUS", "KOR", 2020, 25.0, 4.0, 29.0, official.COMTRADE_SOURCE)]))


def test__read_official__tidy_round_trip_and_gzip(tmp_path):
    frame = tidy([("KOR", "RUS", 2011, 7.9e9, 1.08e10, 1.87e10, "mine"), ("RUS", "CHN", 2010, 1.0, float("nan"), float("nan"), "mine")])
    path = tmp_path / "ref.csv"
    official.write_reference(frame, path)
    again = official.read_official(path)
    pd.testing.assert_frame_equal(again, frame.sort_values(["reporter_iso3", "partner_iso3", "year"]).reset_index(drop=True))
    gz = tmp_path / "ref.csv.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    pd.testing.assert_frame_equal(official.read_official(gz), again)
    assert official.read_official(io.BytesIO(gzip.compress(path.read_bytes())), "up.csv.gz").equals(again)


@pytest.mark.parametrize("content, message", [
    (b"name,value\nx,1\n", "my.csv: columns name, value fit no known layout"),
    (b"ccode1,ccode2,year,flow1,flow2\n732,365,2011,lots,3\n", "my.csv: column 'flow1' has values that are not numbers: ['lots']"),
    (b"ccode1,ccode2,year,flow1,flow2\n732,365,11.5,1,3\n", "my.csv: column 'year' should hold four-digit years"),
    (b"", "my.csv: not a readable CSV file"),
    (b"refYear,reporterISO,partnerISO,flowCode,primaryValue\n2019,CHN,W00,X,1\n", "my.csv: no export (X) or import (M) rows"),
    (b"iso3c,country,year,export,import\nJPN,Japan,2020,,\n", "my.csv: read as korea layout, but no row"),
])
def test__read_official__bad_files_say_which_and_why(content, message):
    with pytest.raises(OfficialDataError) as caught:
        official.read_official(content, "my.csv")
    assert str(caught.value).startswith(message)


def test__read_official__missing_path(tmp_path):
    with pytest.raises(OfficialDataError, match="nope.csv: no such file"):
        official.read_official(tmp_path / "nope.csv")


def test__official_series__mirrors_the_partner_when_a_side_is_missing():
    """Only RUS reports 2005; KOR reports 2006 itself: KOR's view uses its own row, mirrors 2005."""
    ref = tidy([("RUS", "KOR", 2005, 3.0, 5.0, 8.0, "s"), ("KOR", "RUS", 2006, 1.0, 2.0, 3.0, "s"),
                ("RUS", "KOR", 2006, 9.0, 9.0, 18.0, "s"), ("CHN", "KOR", 2006, 1.0, 1.0, 2.0, "s")])
    series = official.official_series(ref, "KOR", "RUS")
    assert series[["year", "exports_usd", "imports_usd", "seen_from"]].values.tolist() == [
        [2005, 5.0, 3.0, "RUS"], [2006, 1.0, 2.0, "KOR"]]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_tables(fixture_tables())


def test__official_series__pair_absent_gives_empty_frame_with_columns():
    ref = tidy([("JPN", "USA", 2011, 1.0, 2.0, 3.0, "s")])
    series = official.official_series(ref, "KOR", "RUS")
    assert series.empty and list(series.columns) == ["year", "exports_usd", "imports_usd", "trade_usd", "source", "seen_from"]


def test__pair_counts__unordered_pairs_most_figures_first(dataset):
    pairs = official.pair_counts(dataset.figures)
    assert pairs.values.tolist() == [["KOR", "RUS", 4, 3, "exports, trade"], ["CHN", "PRK", 3, 2, "trade"]]


def test__pair_counts__nothing_usable_gives_empty_typed_frame(dataset):
    pairs = official.pair_counts(dataset.figures.iloc[0:0])
    assert pairs.empty and list(pairs.columns) == ["country_a", "country_b", "n_figures", "n_articles", "metrics"]


def test__pair_figures__seen_from_either_side(dataset):
    """Russia's exports to South Korea are South Korea's imports."""
    from_kor = official.pair_figures(dataset.figures, dataset.articles, "KOR", "RUS")
    from_rus = official.pair_figures(dataset.figures, dataset.articles, "RUS", "KOR")
    assert from_kor[["metric_a", "value_usd", "year"]].values.tolist() == [
        ["trade", 20e9, 2011], ["imports", 10.3e9, 2011], ["imports", 12e9, 2012], ["trade", 25e9, 2015]]
    assert from_rus["metric_a"].tolist() == ["trade", "exports", "exports", "trade"]
    assert from_kor["title"].iloc[0] == "Vladivostok meeting called off"
    assert str(from_kor["period_mid"].iloc[0].date()) == "2011-07-02"


def test__compare_with_official__gap_in_dollars_and_percent(dataset):
    """$20 bn reported for 2011 against 18.8 bn official: +1.2 bn, +6.38 %."""
    points = official.pair_figures(dataset.figures, dataset.articles, "KOR", "RUS")
    series = tidy([("KOR", "RUS", 2011, 8.0e9, 10.8e9, 18.8e9, "stats")]).assign(seen_from="KOR").drop(columns=["reporter_iso3", "partner_iso3"])
    compared = official.compare_with_official(points, series)
    assert compared[["metric_a", "year", "official_usd", "gap_usd", "gap_pct"]].fillna(-1).values.tolist() == [
        ["trade", 2011, 18.8e9, 20e9 - 18.8e9, 6.38],
        ["imports", 2011, 10.8e9, 10.3e9 - 10.8e9, -4.63],
        ["imports", 2012, -1, -1, -1],
        ["trade", 2015, -1, -1, -1],
    ]


def test__shipped_reference__loads_and_covers_the_pairs():
    ref = official.load_reference()
    pairs = {frozenset(p) for p in zip(ref["reporter_iso3"], ref["partner_iso3"])}
    assert pairs == {frozenset(p) for p in official.REFERENCE_PAIRS}
    row = ref.loc[(ref["reporter_iso3"] == "KOR") & (ref["partner_iso3"] == "RUS") & (ref["year"] == 2011)
                  & (ref["source"] == official.COW_SOURCE)].iloc[0]
    assert (row["exports_usd"], row["imports_usd"]) == (7954e6, 10855e6)


# Real third-party files in ../shared (skipped when absent, failed in CI).

def test__real_cow_extract__rus_kor_2011(shared_dir):
    """SOURCES.md: RUS-KOR 2011 = 7,954 + 10,855 million USD; CHN-PRK 2011 = 2,468 + 3,495."""
    ref = official.read_official(shared_dir / "reference/trade/cow_dyadic_trade_east_asia_russia_usa.csv")
    series = official.official_series(ref, "KOR", "RUS").set_index("year")
    assert series.loc[2011, ["exports_usd", "imports_usd", "trade_usd"]].tolist() == [7954e6, 10855e6, 18809e6]
    prk = official.official_series(ref, "PRK", "CHN").set_index("year")
    assert prk.loc[2011, "trade_usd"] == 5963e6


@pytest.mark.slow
def test__real_cow_full_file__agrees_with_the_extract(shared_dir):
    """The full 673,654-row file, read through the COW code table, gives the extract's values."""
    full = official.read_official(shared_dir / "reference/trade/cow_dyadic_trade_v4_nondirected_1870-2014.csv.gz")
    extract = official.read_official(shared_dir / "reference/trade/cow_dyadic_trade_east_asia_russia_usa.csv")
    keys = ["reporter_iso3", "partner_iso3", "year"]
    merged = extract.merge(full, on=keys, suffixes=("_extract", "_full"))
    assert len(merged) == len(extract)
    pd.testing.assert_series_equal(merged["trade_usd_extract"], merged["trade_usd_full"], check_names=False)
    codes = pd.read_csv(shared_dir / "reference/trade/cow_dyadic_trade_v4_nondirected_1870-2014.csv.gz",
                        usecols=["ccode1", "ccode2"])
    unmapped = sorted((set(codes["ccode1"]) | set(codes["ccode2"])) - set(official.cow_codes()))
    table = pd.read_csv(official.COW_CODES, keep_default_na=False).set_index("ccode")
    assert all(table.loc[c, "note"] for c in unmapped), f"COW codes without ISO3 and without a note: {unmapped}"


def test__real_korea_table__russia_export_equals_import(shared_dir):
    """RUS 2011: KOSIS export == import (10,304,880,000) -> COW columns 7.95 bn / 10.86 bn are used."""
    korea = official.read_official(shared_dir / "reference/trade/korea_trade_data.csv")
    rus = korea.loc[korea["partner_iso3"] == "RUS"].set_index("year")
    assert rus.loc[2011, ["exports_usd", "imports_usd"]].tolist() == [7954118200.0, 10855392000.0]
    assert rus.loc[2011, "source"] == f"{official.KDIPLO_COW_SOURCE}; KOSIS export equals import"
    assert pd.isna(rus.loc[2020, "imports_usd"]) and rus.loc[2020, "exports_usd"] == 6899968000.0
    still_equal = korea.loc[korea["exports_usd"].eq(korea["imports_usd"]) & korea["exports_usd"].gt(0), "source"]
    assert still_equal.str.startswith(official.KDIPLO_COW_SOURCE).all(), "only COW's own values may be equal"


def test__rebuild__shipped_extract_equals_a_fresh_build_from_shared(shared_dir, tmp_path):
    rebuilt = tmp_path / "official_trade.csv"
    official.write_reference(official.build_reference_extract(shared_dir), rebuilt)
    assert rebuilt.read_text() == official.DEFAULT_REFERENCE.read_text()


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CELL = st.one_of(st.integers(-20, 3000).map(str), st.sampled_from(["", "NA", "KOR", "RUS", "x", "1e3", "-9", "2011.0", "X", "M"]),
                  st.text(alphabet="abc,;\"'\n=+-. 0123456789", max_size=6))
_HEADERS = ["ccode1,ccode2,year,flow1,flow2", "iso3c,country,year,export,import,export_cow,import_cow",
            "refYear,reporterISO,partnerISO,flowCode,primaryValue", ",".join(OFFICIAL_COLUMNS), "a,b,c"]


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.sampled_from(_HEADERS), rows=st.lists(st.lists(_CELL, min_size=1, max_size=8), max_size=5))
def test__read_official__any_file_gives_a_tidy_frame_or_a_named_error(header, rows):
    """Whatever a user uploads: the tidy columns with trade = exports + imports, or OfficialDataError naming it."""
    content = (header + "\n" + "\n".join(",".join(r) for r in rows)).encode()
    try:
        frame = official.read_official(content, "upload.csv")
    except OfficialDataError as exc:
        assert str(exc).startswith("upload.csv: ")
        return
    assert list(frame.columns) == OFFICIAL_COLUMNS and len(frame) > 0
    both = frame["exports_usd"].notna() & frame["imports_usd"].notna()
    assert (frame.loc[both, "trade_usd"] == frame.loc[both, "exports_usd"] + frame.loc[both, "imports_usd"]).all()
    assert frame.loc[~both, "trade_usd"].isna().all()
