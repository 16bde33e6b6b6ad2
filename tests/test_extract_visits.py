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
        ("person:kim-jong-il", "RUS", "cancelled", D(2011, 7, 1), "125")]


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


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # two leaders meeting in a third country both travelled
        ("President Ana Torres of Chile and Prime Minister Ravi Mehta of India held talks in Hanoi on Monday.",
         D(2020, 3, 3), {("person:ana-torres", "VNM", "occurred"), ("person:ravi-mehta", "VNM", "occurred")}),
        # a plan denied is a plan dropped
        ("Kim Jong Un has decided not to travel to Moscow for next week's parade.", D(2015, 4, 30),
         {("person:kim-jong-un", "RUS", "cancelled")}),
        ("Xi Jinping will not go to Tokyo this spring, officials said.", D(2020, 3, 5),
         {("person:xi-jinping", "JPN", "cancelled")}),
        # invitations in other words
        ("Moon Jae-in has been asked by Kim Jong Un to come to North Korea soon.", D(2018, 2, 10),
         {("person:moon-jae-in", "PRK", "invited")}),
        ("Vladimir Putin invited Xi Jinping to Moscow.", D(2019, 6, 1), {("person:xi-jinping", "RUS", "invited")}),
        # a called-off summit at a place: both sides were to travel
        ("President Paul Meyer of Germany cancelled a summit with Vladimir Putin that was to take place in Vienna.",
         D(2021, 5, 5), {("person:paul-meyer", "AUT", "cancelled"), ("person:vladimir-putin", "AUT", "cancelled")}),
        # an arrival and a plan told in one sentence are one trip
        ("Kim Jong Un reached Vladivostok on Wednesday, ahead of his first summit with Vladimir Putin.", D(2019, 4, 24),
         {("person:kim-jong-un", "RUS", "occurred")}),
    ],
)
def test__extract__more_patterns(extractor, text, pub, expected):
    got = visits(extractor, text, pub)
    assert {(v["visitor_id"], v["host_iso3"], v["status"]) for v in got} == expected


def test__extract__on_a_visit_takes_the_later_date(extractor):
    text = "Vladimir Putin, on a state visit to Hungary, spoke to business leaders in Budapest on Tuesday."
    got = visits(extractor, text, D(2017, 2, 3))
    assert [(v["host_iso3"], v["date_start"]) for v in got] == [("HUN", D(2017, 1, 31))]


def test__extract__the_same_day_refers_to_the_last_date(extractor):
    text = ("A delegation of the Cuban Foreign Ministry left here on Saturday to visit China. "
            "Arriving here on the same day was a Lao friendship delegation.")
    got = visits(extractor, text, D(2011, 5, 28), url="http://www.kcna.co.jp/item/x.html")
    assert {(v["visitor_iso3"], v["host_iso3"], v["date_start"]) for v in got} == {
        ("CUB", "CHN", D(2011, 5, 28)), ("LAO", "PRK", D(2011, 5, 28))}


def test__extract__courtesy_call_by_it_is_the_delegations(extractor):
    text = ("Premier Pak Chol Min had a talk with a delegation of the Mongolian government on Friday "
            "when it paid a courtesy call on him.")
    got = visits(extractor, text, D(2012, 5, 4), url="http://www.kcna.co.jp/item/y.html")
    assert {(v["visitor_iso3"], v["host_iso3"], v["status"]) for v in got if not v["is_domestic"]} == {
        ("MNG", "PRK", "occurred")}


def test__extract__surname_alone_is_the_same_person(extractor):
    text = "Kim Jong Un left Pyongyang by train. Kim arrived in Vladivostok on Wednesday."
    got = visits(extractor, text, D(2019, 4, 25))
    assert [(v["visitor_id"], v["host_iso3"], v["date_start"]) for v in got] == [
        ("person:kim-jong-un", "RUS", D(2019, 4, 24))]


def test__extract__occurred_trip_without_a_date_gets_the_publication_month(extractor):
    got = visits(extractor, "Lee Myung-bak is on a three-day visit to Japan.", D(2011, 12, 18))
    assert [(v["date_start"], v["date_end"], v["date_precision"], v["date_text"]) for v in got] == [
        (D(2011, 12, 1), D(2011, 12, 31), "month", "")]


def test__extract__host_will_receive_a_guest(extractor):
    got = visits(extractor, "Vladimir Putin will host Kim Jong Un for talks in Vladivostok on Thursday.", D(2019, 4, 23))
    assert [(v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["cameo_code"]) for v in got] == [
        ("person:kim-jong-un", "RUS", "planned", D(2019, 4, 25), "036")]


def test__extract__will_land_in(extractor):
    got = visits(extractor, "Donald Trump will land in South Korea on October 29, his office said.", D(2025, 10, 16))
    assert [(v["visitor_id"], v["host_iso3"], v["status"], v["date_start"]) for v in got] == [
        ("person:donald-trump", "KOR", "planned", D(2025, 10, 29))]
