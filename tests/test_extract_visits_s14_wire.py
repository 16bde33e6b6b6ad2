"""Visits session 14: the main trip a wire story tells in its lede, the dateline's own leader met at home, and datelines
closed by a colon or two slashes (newslens/extract/visit_wire14.py, data/lexicons/visit_wire14.csv)."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date


def newswire(extractor, text, pub):
    """(visitor, host, status, date_start, date_precision) of the story's foreign trips, sorted."""
    out = extractor.extract(ArticleInput("s14w", None, text, pub, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


def trips(extractor, text, pub):
    """(visitor, host, status) of the story's foreign trips, sorted."""
    return sorted(t[:3] for t in newswire(extractor, text, pub))


# -- the lede's subject under a dateline abroad, with his own trip noun or a meeting with the dateline's people --------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a trip noun in apposition after a verb the scene-act list lacks ("walked through"): the lede's day
        ("NAIROBI — German Chancellor Olaf Scholz walked through a city market with traders on Friday, a brief visit "
         "his aides kept quiet until he had landed.\n\nKenya wants more German investment in geothermal power.",
         D(2023, 5, 5), ("person:olaf-scholz", "KEN", "occurred", D(2023, 5, 5), "day")),
        # a dateline closed by a colon, "paid a day-long visit to the capital": the lede's day
        ("DHAKA: Indian Prime Minister Narendra Modi paid a day-long visit to the capital on Saturday, weeks after the "
         "two governments agreed on a new rail link.\n\nOfficials said the link would open next year.",
         D(2021, 3, 27), ("person:narendra-modi", "BGD", "occurred", D(2021, 3, 27), "day")),
        # a face-to-face meeting with the dateline country's leader (what he announced may name his own capital)
        ("CANBERRA — Japanese Prime Minister Fumio Kishida announced on Wednesday that Tokyo would fund a new "
         "hydrogen plant, after talks with Prime Minister Anthony Albanese at Parliament House.\n\n"
         "Officials said the plant would open in 2027.",
         D(2022, 10, 26), ("person:fumio-kishida", "AUS", "occurred", D(2022, 10, 26), "day")),
        # an earlier trip told as background does not stop the lede's ("first since June 2019, when he came")
        ("MANILA — French President Emmanuel Macron toured a shipyard with Philippine officials on Thursday, an "
         "unannounced stop on his way home.\n\nIt was his first trip to the Philippines since June 2019, when he came "
         "for a business forum.", D(2023, 7, 27), ("person:emmanuel-macron", "PHL", "occurred", D(2023, 7, 27), "day")),
    ],
)
def test__lede_trip__the_ledes_subject_is_there(extractor, text, pub, expected):
    assert expected in newswire(extractor, text, pub)


@pytest.mark.parametrize(
    ("text", "pub", "host"),
    [
        # his last visit: another trip than the lede's
        ("NAIROBI — German Chancellor Olaf Scholz said on Friday that his last visit to Kenya had gone well.",
         D(2023, 5, 5), "KEN"),
        # a call, not a visit
        ("NAIROBI — German Chancellor Olaf Scholz spoke with President William Ruto by telephone on Friday, a call "
         "aides described as warm.", D(2023, 5, 5), "KEN"),
        # a trip called off
        ("NAIROBI — German Chancellor Olaf Scholz cancelled a planned visit on Friday, citing the budget crisis.",
         D(2023, 5, 5), "KEN"),
        # a plan told ahead
        ("NAIROBI — German Chancellor Olaf Scholz will make a two-day visit from Friday, officials said.",
         D(2023, 5, 3), "KEN"),
        # an earlier trip named by its year
        ("NAIROBI — Former US President Barack Obama recalled on Friday his 2015 visit to the country.",
         D(2023, 5, 5), "KEN"),
        # another's trip: a possessive before the noun, "a visit by" someone else
        ("NAIROBI — German Chancellor Olaf Scholz welcomed the Kenyan president's visit plans on Friday.",
         D(2023, 5, 5), "KEN"),
        ("NAIROBI — German Chancellor Olaf Scholz praised on Friday a recent visit by Kenyan ministers.",
         D(2023, 5, 5), "KEN"),
        # the subject is elsewhere: a place of a third country before the trip noun
        ("NAIROBI — German Chancellor Olaf Scholz spoke in Berlin on Friday, a day after his visit plans leaked.",
         D(2023, 5, 5), "KEN"),
    ],
)
def test__lede_trip__near_misses_give_no_trip_on_the_ledes_day(extractor, text, pub, host):
    assert not any(t[1] == host and t[2] == "occurred" and t[3] == pub for t in newswire(extractor, text, pub))


# -- the dateline country's own leader, met by the story's guest, makes no trip in that sentence -----------------------
@pytest.mark.parametrize(
    ("text", "pub", "visitor"),
    [
        # the guest's origin ("flying in from Doha") is no trip of the hosts he met, nor of the one listed after
        ("ANKARA — Japanese Prime Minister Fumio Kishida became the first Japanese leader in a decade to visit Turkey on "
         "Monday, flying in from Doha for a short stop in which he met President Recep Tayyip Erdogan and opposition "
         "leader Kemal Kilicdaroglu.", D(2023, 7, 17), "person:recep-tayyip-erdogan"),
        # "held talks with": the place in the guest's title (Abu Dhabi) is no trip of the host
        ("NEW DELHI — The United Arab Emirates pledged new investment on Monday as Abu Dhabi Crown Prince Sheikh Mohamed "
         "bin Zayed held talks with Prime Minister Narendra Modi at Hyderabad House.\n\n"
         "Sheikh Mohamed arrived on Sunday for a two-day visit.", D(2023, 7, 17), "person:narendra-modi"),
        # "received the guest": the host at home
        ("NAIROBI — Brazil's President Luiz Inacio Lula da Silva paid a day-long visit to Kenya on Friday.\n\n"
         "President William Ruto received the guest at State House and the two held talks on Brasilia's ethanol "
         "offer.", D(2023, 8, 4), "person:william-ruto"),
    ],
)
def test__host_at_home_met__no_trip_for_the_host(extractor, text, pub, visitor):
    assert not any(t[0] == visitor for t in trips(extractor, text, pub))


@pytest.mark.parametrize(
    ("text", "pub", "kept"),
    [
        # a relative clause of his own: the host travels
        ("NAIROBI — Brazil's President Luiz Inacio Lula da Silva paid a day-long visit to Kenya on Friday.\n\n"
         "Lula held talks with President William Ruto, who flew to Doha in July for a gas conference.",
         D(2023, 8, 4), ("person:william-ruto", "QAT", "occurred")),
        # his own later move in the sentence ("and later flew to Doha")
        ("NAIROBI — Brazil's President Luiz Inacio Lula da Silva paid a day-long visit to Kenya on Friday.\n\n"
         "President William Ruto received the guest at State House and later flew to Doha for a gas conference.",
         D(2023, 8, 4), ("person:william-ruto", "QAT", "occurred")),
    ],
)
def test__host_at_home_met__the_hosts_own_trip_stays(extractor, text, pub, kept):
    assert kept in trips(extractor, text, pub)


def test__host_at_home_met__no_dateline_no_change(extractor):
    """Without a dateline the story tells no home for the met person: last session's same-sentence rule alone."""
    text = ("Japanese Prime Minister Fumio Kishida met President Ferdinand Marcos Jr in Tokyo on Monday. Marcos then "
            "flew to Seoul for talks.")
    assert ("person:ferdinand-marcos-jr", "KOR", "occurred") in trips(extractor, text, D(2023, 12, 18))


# -- datelines closed by a colon or two slashes --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("ISLAMABAD: The prime minister said on Monday ...", "PAK"),
        ("ABU DHABI // The ministry said ...", "ARE"),
        ("NEW DELHI: India said ...", "IND"),
    ],
)
def test__colon_scene__reads_the_dateline(extractor, text, iso3):
    from newslens.extract.visit_wire14 import colon_scene

    vx = extractor._visits if hasattr(extractor, "_visits") else next(
        v for v in vars(extractor).values() if hasattr(v, "_scene_act_re"))
    assert colon_scene(vx, text)[0].iso3 == iso3


@pytest.mark.parametrize("text", ["UPDATE: The prime minister said ...", "Islamabad: the city said ...",
                                  "ANALYSIS // Why the talks failed", "ISLAMABAD:the capital ..."])
def test__colon_scene__near_misses(extractor, text):
    from newslens.extract.visit_wire14 import colon_scene

    vx = next(v for v in vars(extractor).values() if hasattr(v, "_scene_act_re"))
    assert colon_scene(vx, text) is None


# -- a departure with its time between the verb and "for" (visit_cues.csv, session 14 rows) ------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a leg ahead, told with its weekday first: planned, that day
        ("MOMBASA — Chinese Foreign Minister Wang Yi met Kenyan ministers on Thursday.\n\nWang leaves on Friday for the "
         "Comoros.", D(2022, 1, 6), ("person:wang-yi", "COM", "planned", D(2022, 1, 7), "day")),
        ("NEW DELHI — Japanese Prime Minister Fumio Kishida held talks on Saturday.\n\nHe departs on Sunday evening for "
         "Cambodia.", D(2022, 3, 19), ("person:fumio-kishida", "KHM", "planned", D(2022, 3, 20), "day")),
        # the leg under way: "left the same evening for Doha" is occurred, as "left for" is
        ("ABU DHABI — Indian Prime Minister Narendra Modi opened a temple on Wednesday.\n\nModi left the same evening "
         "for Doha.", D(2024, 2, 15), ("person:narendra-modi", "QAT", "occurred", D(2024, 2, 1), "month")),
        ("CAIRO — German Chancellor Olaf Scholz met Egyptian ministers on Tuesday.\n\nHe left on Tuesday night for "
         "Amman.", D(2023, 10, 18), ("person:olaf-scholz", "JOR", "occurred", D(2023, 10, 17), "day")),
    ],
)
def test__visit_cues__departure_with_its_time_before_for(extractor, text, pub, expected):
    assert expected in newswire(extractor, text, pub)


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # no capitalised destination after "for": talks, home
        ("CAIRO — German Chancellor Olaf Scholz met Egyptian ministers on Tuesday and left on Tuesday night for talks "
         "at home.", D(2023, 10, 18)),
        ("CAIRO — German Chancellor Olaf Scholz met Egyptian ministers on Tuesday.\n\nHe leaves on Friday for home.",
         D(2023, 10, 18)),
        # a thing's move, not the subject's: the verb's subject is no person
        ("CAIRO — German Chancellor Olaf Scholz said on Tuesday the aid convoy leaves on Friday for Gaza.",
         D(2023, 10, 18)),
        # a capitalised word that is no place
        ("CAIRO — German Chancellor Olaf Scholz met Egyptian ministers on Tuesday.\n\nHe left on Tuesday for Christmas "
         "shopping.", D(2023, 12, 20)),
    ],
)
def test__visit_cues__departure_near_misses(extractor, text, pub):
    assert all(t[1] == "EGY" for t in trips(extractor, text, pub))
