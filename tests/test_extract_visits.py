"""Visits: own-words sentences for each pattern, and the seed article from ../shared."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from newslens.extract import ArticleInput, Extractor
from newslens.schema import conform

D = dt.date


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def visits(extractor, text, pub, url=None, title=None):
    out = extractor.extract(ArticleInput("t1", title, text, pub, url))
    conform(out["visits"], "visits")  # every record fits the schema
    return out["visits"]


def brief(v):
    return (v["visitor_id"], v["visitor_iso3"], v["host_iso3"], v["status"], v["location_name"],
            v["date_start"], v["date_end"], v["date_precision"])


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # occurred
        ("Foreign Minister Ivan Sorokin of Russia arrived in Pyongyang on Tuesday.", D(2012, 3, 8),
         ("person:ivan-sorokin", "RUS", "PRK", "occurred", "Pyongyang", D(2012, 3, 6), D(2012, 3, 6), "day")),
        ("Chinese Premier Li Wen visited Seoul in July 2000 for two days.", D(2001, 1, 5),
         ("person:li-wen", "CHN", "KOR", "occurred", "Seoul", D(2000, 7, 1), D(2000, 7, 31), "month")),
        ("Kim Jong Il, who met Putin in Vladivostok in 2002, rarely travels.", D(2011, 7, 15),
         ("person:kim-jong-il", "PRK", "RUS", "occurred", "Vladivostok", D(2002, 1, 1), D(2002, 12, 31), "year")),
        ("Kim Jong Il held talks with President Dmitry Medvedev near Ulan-Ude on Wednesday.", D(2011, 8, 25),
         ("person:kim-jong-il", "PRK", "RUS", "occurred", "Ulan-Ude", D(2011, 8, 24), D(2011, 8, 24), "day")),
        ("A group of Chinese lawmakers reached Pyongyang over the weekend for talks.", D(2011, 10, 24),
         ("country:CHN", "CHN", "PRK", "occurred", "Pyongyang", D(2011, 10, 22), D(2011, 10, 23), "day")),
        # a guest meeting the host in the host's country is a visit by the guest
        ("South Korean Foreign Minister Park Min-ho met Lavrov in Moscow on Friday.", D(2013, 5, 13),
         ("person:park-min-ho", "KOR", "RUS", "occurred", "Moscow", D(2013, 5, 10), D(2013, 5, 10), "day")),
        # planned
        ("Japan's prime minister is set to travel to Beijing in late June.", D(2012, 5, 30),
         ("country:JPN", "JPN", "CHN", "planned", "Beijing", D(2012, 6, 21), D(2012, 6, 30), "month")),
        ("Russian Deputy Prime Minister Oleg Lunin will visit Seoul next month.", D(2014, 4, 2),
         ("person:oleg-lunin", "RUS", "KOR", "planned", "Seoul", D(2014, 5, 1), D(2014, 5, 31), "month")),
        ("A North Korean sports delegation will be in Seoul on August 7-9, officials said.", D(2018, 7, 30),
         ("country:PRK", "PRK", "KOR", "planned", "Seoul", D(2018, 8, 7), D(2018, 8, 9), "day")),
        ("President Xi Jinping is expected to visit Pyongyang, diplomats say.", D(2019, 6, 10),
         ("person:xi-jinping", "CHN", "PRK", "planned", "Pyongyang", None, None, "unknown")),
        # invited
        ("Kim Jong Un has a standing invitation to come to Moscow, an aide said.", D(2018, 9, 10),
         ("person:kim-jong-un", "PRK", "RUS", "invited", "Moscow", None, None, "unknown")),
        ("President Vladimir Putin invited Kim Jong Un to visit Russia.", D(2018, 9, 10),
         ("person:kim-jong-un", "PRK", "RUS", "invited", None, None, None, "unknown")),
        # cancelled
        ("Seoul called off a trip to Pyongyang by its unification minister that was due next week.", D(2013, 8, 12),
         ("country:KOR", "KOR", "PRK", "cancelled", "Pyongyang", D(2013, 8, 19), D(2013, 8, 25), "day")),
        ("A trip to Beijing by Russia's defence minister, planned for October, has been postponed.", D(2014, 9, 20),
         ("country:RUS", "RUS", "CHN", "cancelled", "Beijing", D(2014, 10, 1), D(2014, 10, 31), "month")),
    ],
)
def test__extract__patterns(extractor, text, pub, expected):
    got = visits(extractor, text, pub)
    assert [brief(v) for v in got] == [expected]


def test__extract__cancellation_in_the_next_sentence(extractor):
    text = ("Kim Jong Il was expected to meet President Dmitry Medvedev in Vladivostok in early July. "
            "The meeting never took place.")
    got = visits(extractor, text, D(2011, 8, 8))
    assert [(v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["cameo_code"]) for v in got] == [
        ("person:kim-jong-il", "RUS", "cancelled", D(2011, 7, 1), "124")]


def test__extract__backed_out_refers_to_the_visitors_plan(extractor):
    text = ("Kim Jong Un planned to visit Moscow for the May parade. "
            "He backed out after the plan leaked.")
    got = visits(extractor, text, D(2015, 4, 30))
    assert [(v["visitor_id"], v["host_iso3"], v["status"]) for v in got] == [("person:kim-jong-un", "RUS", "cancelled")]


def test__extract__negated_visit_is_no_visit(extractor):
    assert visits(extractor, "Kim Jong Un has never visited Japan.", D(2019, 1, 1)) == []


def test__extract__domestic_inspection_is_flagged(extractor):
    got = visits(extractor, "Kim Jong Il inspected a machine factory in Kusong.", D(2011, 3, 2))
    assert [(v["visitor_id"], v["host_iso3"], v["is_domestic"]) for v in got] == [("person:kim-jong-il", "PRK", True)]


def test__extract__letter_is_not_a_visit(extractor):
    assert visits(extractor, "Kim Jong Un received a letter from President Vladimir Putin on Monday.", D(2019, 1, 7)) == []


def test__extract__arrived_here_uses_the_outlet_home(extractor):
    got = visits(extractor, "A delegation of the Cuban Foreign Ministry arrived here on Monday.", D(2011, 5, 23),
                 url="http://www.kcna.co.jp/item/2011/x.html")
    assert [brief(v) for v in got] == [
        ("country:CUB", "CUB", "PRK", "occurred", "Pyongyang", D(2011, 5, 23), D(2011, 5, 23), "day")]


def test__extract__headline_gives_the_delegations_country(extractor):
    got = visits(extractor, "Choe Ryong Hae met the delegation of the Pravda newspaper on Tuesday.", D(2012, 4, 17),
                 url="http://www.kcna.co.jp/item/2012/y.html", title="Choe Ryong Hae Meets Russian Delegation")
    assert [(v["visitor_iso3"], v["host_iso3"], v["status"]) for v in got] == [("RUS", "PRK", "occurred")]


def test__extract__anniversary_dates_the_old_visit(extractor):
    got = visits(extractor, "An exhibition marked the tenth anniversary of Kim Jong Il's visit to Russia.", D(2011, 8, 15))
    assert [(v["host_iso3"], v["date_start"], v["date_precision"]) for v in got] == [("RUS", D(2001, 1, 1), "year")]


def test__extract__record_fields(extractor):
    text = "Kim Jong Il arrived in Ulan-Ude on Wednesday."
    got = visits(extractor, text, D(2011, 8, 25), url="https://example.org/a")[0]
    assert got["evidence"] == text and (got["char_start"], got["char_end"]) == (0, len(text))
    assert got["cameo_code"] == "042" and got["extractor"] == "rules" and got["source_url"] == "https://example.org/a"
    assert round(got["lat"], 1) == 51.8 and 0 < got["confidence"] <= 1
    assert got["visit_id"] == visits(extractor, text, D(2011, 8, 25), url="https://example.org/a")[0]["visit_id"]


def test__extract__seed_article(extractor, shared_dir):
    """The acceptance case: the raw seed article (appeal and chrome included) of 2011-08-08."""
    raw = (shared_dir / "corpus" / "seed" / "000_c944185dd7e147ec.txt").read_text(encoding="utf-8")
    text = unicodedata.normalize("NFKC", raw)
    got = visits(extractor, text, D(2011, 8, 8), url="https://www.themoscowtimes.com/2011/08/08/x")
    by_status = {(v["visitor_id"], v["status"]): v for v in got}
    invited = by_status[("person:kim-jong-il", "invited")]
    assert (invited["host_iso3"], invited["date_precision"], invited["date_start"]) == ("RUS", "unknown", None)
    cancelled = by_status[("person:kim-jong-il", "cancelled")]
    assert (cancelled["host_iso3"], cancelled["location_name"], cancelled["host_actor_id"]) == (
        "RUS", "Vladivostok", "person:dmitry-medvedev")
    assert (cancelled["date_start"], cancelled["date_end"], cancelled["date_precision"]) == (
        D(2011, 6, 21), D(2011, 6, 30), "month")
    bonus = by_status[("person:kim-sung-hwan", "occurred")]
    assert (bonus["visitor_iso3"], bonus["host_iso3"], bonus["location_name"], bonus["date_start"]) == (
        "KOR", "RUS", "Moscow", D(2011, 8, 3))
    assert all(v["char_start"] < text.index("we have a small favor") for v in got)
