"""Visits, session 7: general rules for held-out newswire. Own-words sentences about plausible events (none copied from
any gold or corpus story).

1. A trip told as background with a past date of its own is dated by that date (one rule, `_dated_past_trips`):
   a possessed trip noun ("X's previous visit (to P) (was) in D"), a movement verb after its subject ("he first came in
   D and returned in D2"), or "the first <nationality> <role> to visit P since <Name> (came) in D". Trips told inside
   a "D, when ..." clause take D, not the story's date.
2. A leg told in the simple present of a movement verb ("he flies to A on Wednesday", "goes on to B", "leaves for C")
   is a schedule, like "will fly to": planned, dated by its own day; coordinated legs ("and then to D") follow it.
3. "is expected in <place>" tells presence ahead: the sentence's weekdays are read forward (dates.FUTURE_RE).
4. The stop before this one, "from X, where he <did something>": the where-clause's own day dates it (else the month),
   the movement verb may stand up to eight words before "from", and "saw"/"talked" tell a stop too.
5. A day told in ", where he ..." belongs to the place named before "where": another trip of the sentence that took it
   takes the day the rest of the sentence gives.
6. Two people of two countries told as the joint doers of one act placed "in <place>" were both there: the one whose
   country is not the place's came ("A and B led their cabinets in talks in Berlin", "signed by A and B in Berlin").
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
WIRE = "https://www.reuters.com/world/x"


def visits(extractor, text, pub, url=WIRE):
    out = extractor.extract(ArticleInput("s7", "", text, pub, url))["visits"]
    return {(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]) if v["date_start"] else None,
             v["date_precision"]) for v in out if not v["is_domestic"]}


# -- 1. background trips with a date of their own

@pytest.mark.parametrize("text, pub, want", [
    # the one named after "since" is not in the registry: the nationality before the role gives the country
    ("Emmanuel Macron arrived in Hanoi on Monday, the first visit to Vietnam by a French president since Francois "
     "Lemarchand came in September 2016.", D(2024, 3, 12), ("country:FRA", "VNM", "occurred", "2016-09-01", "month")),
    ("Emmanuel Macron arrived in Hanoi on Monday, the first French president to visit Vietnam since Francois Lemarchand "
     "in 2016.", D(2024, 3, 12), ("country:FRA", "VNM", "occurred", "2016-01-01", "year")),
    # a registry person after "since", the title before him holding abbreviation stops
    ("Antony Blinken met President Kassym-Jomart Tokayev in Astana on Tuesday, the first visit by a U.S. secretary of "
     "state to Kazakhstan since Mike Pompeo came in February 2020.", D(2023, 2, 28),
     ("person:mike-pompeo", "KAZ", "occurred", "2020-02-01", "month")),
    # "foreign minister" in the title before "since" is a role, not a "first foreign trip"
    ("Sergei Lavrov arrived in Bangkok on Tuesday, the first visit to Thailand by a Russian foreign minister since Igor "
     "Ivanov came for a regional forum in July 2000.", D(2024, 3, 12),
     ("person:igor-ivanov", "THA", "occurred", "2000-07-01", "month")),
    # the trip noun left out after "first"
    ("Emmanuel Macron arrived in Hanoi on Monday for a two-day visit, his first since November 2016.", D(2024, 3, 12),
     ("person:emmanuel-macron", "VNM", "occurred", "2016-11-01", "month")),
    # a possessed trip noun, the date in an aside
    ("Luiz Inacio Lula da Silva landed in Rome on Monday. Lula's previous trip, in June 2023, was cut short by illness.",
     D(2024, 3, 12), ("person:luiz-inacio-lula-da-silva", "ITA", "occurred", "2023-06-01", "month")),
    # a host word for the country the story's trip is in
    ("Emmanuel Macron arrived in Riyadh on Monday for talks with the crown prince. It was Macron's first visit to the "
     "kingdom since December 2021.", D(2024, 3, 12), ("person:emmanuel-macron", "SAU", "occurred", "2021-12-01", "month")),
])
def test_a_background_trip_takes_its_own_date(extractor, text, pub, want):
    got = visits(extractor, text, pub)
    assert want in got, got


def test_coordinated_movement_verbs_each_date_a_trip(extractor):
    got = visits(extractor, "Luiz Inacio Lula da Silva landed in Rome on Monday. He first came in 2003 and returned "
                            "for a state visit in October 2008.", D(2024, 3, 12))
    assert ("person:luiz-inacio-lula-da-silva", "ITA", "occurred", "2003-01-01", "year") in got, got
    assert ("person:luiz-inacio-lula-da-silva", "ITA", "occurred", "2008-10-01", "month") in got, got


def test_stops_told_in_a_when_clause_take_its_date(extractor):
    got = visits(extractor, "Emmanuel Macron arrived in Hanoi on Monday. It is his first trip to the country since May "
                            "2018, when he visited Hanoi on a tour that also took him to Laos and Cambodia.", D(2024, 3, 12))
    assert ("person:emmanuel-macron", "LAO", "occurred", "2018-05-01", "month") in got, got
    assert ("person:emmanuel-macron", "KHM", "occurred", "2018-05-01", "month") in got, got
    assert not any(g[1] in ("LAO", "KHM") and g[3] == "2024-03-11" for g in got), got


@pytest.mark.parametrize("text", [
    # a date of office, of an event, of trade: no trip
    "Emmanuel Macron arrived in Hanoi on Monday. It is his first trip abroad since taking office in May 2017.",
    "Emmanuel Macron arrived in Hanoi on Monday, his first visit to Asia since the pandemic began in 2020.",
    "Emmanuel Macron arrived in Hanoi on Monday. Macron, who took office in May 2017, will meet the party chief on Tuesday.",
    "Emmanuel Macron arrived in Hanoi on Monday. Trade between the two countries reached $20 billion in 2023.",
    "Emmanuel Macron arrived in Hanoi on Monday. It was his first trip to Vietnam since taking over from his "
    "predecessor in 2017.",
    "Emmanuel Macron arrived in Hanoi on Monday. It was his first since taking office in 2017.",
])
def test_a_past_date_of_something_else_makes_no_trip(extractor, text):
    got = visits(extractor, text, D(2024, 3, 12))
    assert got == {("person:emmanuel-macron", "VNM", "occurred", "2024-03-11", "day")}, got


# -- 2. a leg told in the simple present is planned

@pytest.mark.parametrize("text, want", [
    ("Emmanuel Macron held talks in Hanoi on Monday. He flies to Jakarta on Wednesday and then to Manila on Friday.",
     {("person:emmanuel-macron", "IDN", "planned", "2024-03-13", "day"),
      ("person:emmanuel-macron", "PHL", "planned", "2024-03-15", "day")}),
    ("Emmanuel Macron held talks in Hanoi on Monday. He goes on to Indonesia on Wednesday and to the Philippines on "
     "Friday.", {("person:emmanuel-macron", "IDN", "planned", "2024-03-13", "day"),
                 ("person:emmanuel-macron", "PHL", "planned", "2024-03-15", "day")}),
    ("Emmanuel Macron held talks in Hanoi on Monday. Macron leaves for Jakarta on Wednesday for a state visit to "
     "Indonesia.", {("person:emmanuel-macron", "IDN", "planned", "2024-03-13", "day")}),
])
def test_a_leg_in_the_simple_present_is_planned(extractor, text, want):
    got = visits(extractor, text, D(2024, 3, 12))
    assert want <= got, got
    assert not any(g[1] in ("IDN", "PHL") and g[2] == "occurred" for g in got), got


@pytest.mark.parametrize("text, want", [
    # a thing, not a person, "goes to" a country; a past leg stays a trip made
    ("Emmanuel Macron held talks in Hanoi on Monday. The contract for the metro line goes to France, officials said.",
     set()),
    ("Emmanuel Macron held talks in Hanoi on Monday. Half of the new aid goes to Laos, the ministry said.", set()),
    ("Emmanuel Macron held talks in Hanoi on Monday. He flew to Jakarta on Tuesday.",
     {("person:emmanuel-macron", "IDN", "occurred", "2024-03-12", "day")}),
])
def test_no_planned_leg_without_a_traveller_or_in_the_past(extractor, text, want):
    got = visits(extractor, text, D(2024, 3, 12))
    assert got == {("person:emmanuel-macron", "VNM", "occurred", "2024-03-11", "day")} | want, got


# -- 3. "is expected in" looks ahead

@pytest.mark.parametrize("text, pub, want", [
    ("Sergei Lavrov arrived in Cairo on Sunday. He goes on to Congo on Monday and to Uganda on Tuesday, and is expected "
     "in Addis Ababa later in the week.", D(2022, 7, 25), ("person:sergei-lavrov", "UGA", "planned", "2022-07-26", "day")),
    ("Emmanuel Macron held talks in Hanoi on Monday. He travels to Laos on Thursday and is expected in Phnom Penh at "
     "the weekend.", D(2024, 3, 12), ("person:emmanuel-macron", "LAO", "planned", "2024-03-14", "day")),
])
def test_expected_in_reads_the_days_ahead(extractor, text, pub, want):
    got = visits(extractor, text, pub)
    assert want in got, got


def test_was_expected_in_still_reads_the_days_back():
    from newslens.extract.dates import DateResolver

    found = DateResolver().find("He was expected in Lima on Tuesday but stayed home.", D(2022, 7, 25))
    assert [(d.start, d.precision) for d in found] == [(D(2022, 7, 19), "day")]


# -- 4. the stop before, told with "from X, where ..."

@pytest.mark.parametrize("text, want", [
    ("Emmanuel Macron met Giorgia Meloni in Rome on Wednesday. He flew into Rome from Vienna, where he saw the Austrian "
     "chancellor on Monday.", ("person:emmanuel-macron", "AUT", "occurred", "2024-03-11", "day")),
    ("Emmanuel Macron travelled to Kyiv on Tuesday by overnight train from Poland, where he had met the Polish president.",
     ("person:emmanuel-macron", "POL", "occurred", "2024-03-01", "month")),
])
def test_the_stop_before_with_its_own_day(extractor, text, want):
    got = visits(extractor, text, D(2024, 3, 13))
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Emmanuel Macron met Giorgia Meloni in Rome on Wednesday. He flew into Rome from Vienna on Tuesday.",
    "Emmanuel Macron met Giorgia Meloni in Rome on Wednesday. He flew into Rome from Vienna, where the weather had "
    "closed the airport on Monday.",
])
def test_no_stop_without_a_deed_of_the_traveller_there(extractor, text):
    got = visits(extractor, text, D(2024, 3, 13))
    assert not any(g[1] == "AUT" for g in got), got


# -- 5. the day of a where-clause is its place's

@pytest.mark.parametrize("text, want", [
    ("VIENTIANE (wire) - Emmanuel Macron on Monday became the first French president to visit Laos, flying in for a day "
     "of talks with the prime minister before returning to Vietnam, where he landed on Sunday night at the start of a "
     "four-day stay.", ("person:emmanuel-macron", "LAO", "occurred", "2024-03-11", "day")),
    ("VIENTIANE (wire) - Emmanuel Macron on Monday held talks in Laos with the prime minister before flying back to "
     "Vietnam, where he arrived on Saturday for a state visit.",
     ("person:emmanuel-macron", "LAO", "occurred", "2024-03-11", "day")),
    ("ROME (wire) - Emmanuel Macron on Monday met Giorgia Meloni in Rome before leaving for Malta, where he is due on "
     "Wednesday.", ("person:emmanuel-macron", "ITA", "occurred", "2024-03-11", "day")),
])
def test_a_where_clause_day_is_not_the_other_trips(extractor, text, want):
    got = visits(extractor, text, D(2024, 3, 11))
    assert want in got, got
    assert not any(g[1] == want[1] and g[3] != want[3] for g in got), got


def test_a_where_clause_without_a_day_changes_nothing(extractor):
    got = visits(extractor, "Emmanuel Macron met Giorgia Meloni in Rome on Monday and praised Italy, where he studied "
                            "in 1998.", D(2024, 3, 12))
    assert got == {("person:emmanuel-macron", "ITA", "occurred", "2024-03-11", "day")}, got


# -- 6. joint doers of an act in a place

@pytest.mark.parametrize("text, want", [
    ("Emmanuel Macron and Chancellor Olaf Scholz led their cabinets in a joint session in Berlin on Monday, the first "
     "such visit in years.", ("person:emmanuel-macron", "DEU", "occurred", "2024-03-11", "day")),
    ("The accord was signed by Chancellor Olaf Scholz and President Emmanuel Macron in Berlin on Monday during the "
     "visit.", ("person:emmanuel-macron", "DEU", "occurred", "2024-03-11", "day")),
    ("Emmanuel Macron and Olaf Scholz will open a rail link in Berlin on Friday during the visit.",
     ("person:emmanuel-macron", "DEU", "planned", "2024-03-15", "day")),
])
def test_joint_doers_of_an_act_in_a_place(extractor, text, want):
    got = visits(extractor, text, D(2024, 3, 12))
    assert want in got, got


@pytest.mark.parametrize("text", [
    # the place is not where the act is; both of one country; an act in a third country names no host side
    "Emmanuel Macron and Olaf Scholz watched the match together on his visit, aides said, as fans in Berlin cheered.",
    "Emmanuel Macron and Jean Castex opened a museum in Lyon on Monday during the visit.",
    "Emmanuel Macron and Olaf Scholz opened a summit in Brussels on Monday during the visit.",
])
def test_no_joint_presence_without_one_host_side(extractor, text):
    got = visits(extractor, text, D(2024, 3, 12))
    assert not any(g[1] in ("DEU", "FRA") for g in got), got
