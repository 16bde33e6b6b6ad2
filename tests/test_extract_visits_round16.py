"""Visits round 16: general mechanisms (the story's scene, the act a sentence goes on telling, the traveller in focus,
status from the governing verb, events and their participants). Own-words sentences; names are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput, Extractor
from newslens.schema import conform

D = dt.date
KCNA = "http://www.kcna.co.jp/item/2012/201208/news30/x.html"  # a home outlet: "here" is Pyongyang


def foreign(extractor, text, pub, url=None):
    """(visitor, host, status, date_start, date_end, precision) of each foreign visit record, sorted."""
    out = extractor.extract(ArticleInput("t16", None, text, pub, url))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_end"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


# -- the story's scene: an undated plan, no-show or trip takes the date the story gives its event at that host


def test__extract__undated_plans_take_the_date_of_the_scene(extractor):
    text = ("Prime Minister Ravi Menon of India has called off his trip to the regional summit in Astana on July 3-4. "
            "Russian President Boris Orlov and Chinese Premier Wen Hao are both expected in the Kazakh capital.")
    assert foreign(extractor, text, D(2024, 6, 28)) == [
        ("person:boris-orlov", "KAZ", "planned", D(2024, 7, 3), D(2024, 7, 4), "day"),
        ("person:ravi-menon", "KAZ", "cancelled", D(2024, 7, 3), D(2024, 7, 4), "day"),
        ("person:wen-hao", "KAZ", "planned", D(2024, 7, 3), D(2024, 7, 4), "day"),
    ]


def test__extract__an_event_placed_and_dated_once_dates_the_plans_at_its_host(extractor):
    # the date comes from the event phrase ("the summit in Rio de Janeiro on July 6-7"), no other record
    text = "Prime Minister Ravi Menon of India will attend the summit in Rio de Janeiro on July 6-7."
    assert foreign(extractor, text, D(2025, 7, 2)) == [
        ("person:ravi-menon", "BRA", "planned", D(2025, 7, 6), D(2025, 7, 7), "day")]


def test__extract__a_trip_made_whose_clause_date_was_another_events_takes_the_scene(extractor):
    text = ("Forty leaders opened the Nuclear Safety Summit in Seoul on Monday. U.S. President Tom Barker, who landed at "
            "Osan on Sunday, met Chinese President Wen Hao and Russian President Boris Orlov on the sidelines of the "
            "gathering to press them on a launch planned for next month.")
    got = foreign(extractor, text, D(2012, 3, 26))
    assert ("person:boris-orlov", "KOR", "occurred", D(2012, 3, 26), D(2012, 3, 26), "day") in got
    assert ("person:tom-barker", "KOR", "occurred", D(2012, 3, 25), D(2012, 3, 25), "day") in got


def test__extract__two_dates_at_one_host_leave_an_undated_plan_alone(extractor):
    text = ("President Boris Orlov of Russia will visit Kazakhstan on July 3. Chinese Premier Wen Hao will visit "
            "Kazakhstan on July 9. Foreign Minister Ravi Menon of India is also expected in Astana.")
    got = foreign(extractor, text, D(2024, 6, 28))
    assert ("person:ravi-menon", "KAZ", "planned", None, None, "unknown") in got


def test__extract__a_background_trip_stays_undated_beside_a_dated_event():
    # (negative) "historic visits to Russia" are background, not the meeting's day
    ex = Extractor()
    text = ("A meeting was held in Moscow on February 13 to mark the leader's birthday. On display were photos of "
            "President Kim Dal on historic visits to Russia.")
    got = foreign(ex, text, D(2012, 2, 16), KCNA)
    assert all(r[3] is None for r in got if r[0] == "person:kim-dal")


# -- "the same day" and the act the next sentence goes on telling


def test__extract__the_same_day_is_the_day_of_the_sentence_before_even_without_a_visit_cue(extractor):
    text = ("A delegation of the Foreign Ministry of the DPRK returned from Mongolia on Thursday. On the same day a "
            "delegation of the Foreign Ministry of Malaysia went back home.")
    assert ("country:MYS", "PRK", "occurred", D(2012, 8, 30), D(2012, 8, 30), "day") in foreign(
        extractor, text, D(2012, 8, 30), KCNA)


@pytest.mark.parametrize("second", [
    "The gift was handed to an official by the head of the delegation on Tuesday.",  # "a gift" ... "The gift"
    "It handed the gift over to an official on Tuesday.",  # a pronoun
    "Its head conveyed the gift to an official on Tuesday.",  # definite anaphora later in the sentence
])
def test__extract__a_trip_without_a_day_takes_the_day_of_the_act_told_next(extractor, second):
    text = "A gift was presented to the leader by the visiting delegation of the Laotian youth union. " + second
    assert foreign(extractor, text, D(2012, 9, 13), KCNA) == [
        ("country:LAO", "PRK", "occurred", D(2012, 9, 11), D(2012, 9, 11), "day")]


@pytest.mark.parametrize("second", [
    "Heavy rain fell in the capital on Tuesday.",  # another matter
    "The gift was handed to an official by the head of the delegation on August 20.",  # more than a week before
])
def test__extract__a_sentence_that_tells_another_matter_gives_no_day(extractor, second):
    text = "A gift was presented to the leader by the visiting delegation of the Laotian youth union. " + second
    assert foreign(extractor, text, D(2012, 9, 13), KCNA) == [
        ("country:LAO", "PRK", "occurred", D(2012, 9, 1), D(2012, 9, 30), "month")]


# -- the traveller in focus: a pronoun never stands for someone its own sentence names after it


def test__extract__she_who_calls_on_the_host_is_the_guest_in_focus(extractor):
    text = ("Choe Ryong, vice-president of the Presidium, met the delegation of the Amur Regional Assembly of Russia "
            "led by Olga Petrova, its vice-chairwoman. She paid a courtesy call on Choe Ryong at the Assembly Hall on "
            "Friday.")
    got = foreign(extractor, text, D(2012, 11, 30), KCNA)
    assert [r[1:] for r in got] == [("PRK", "occurred", D(2012, 11, 30), D(2012, 11, 30), "day")]


def test__extract__he_with_no_name_after_it_stays_the_last_subject(extractor):
    # (negative) "He" names no one later in its sentence: the story's last subject, as before
    text = "President Boris Orlov of Russia met Wen Hao in Beijing on Monday. He flew to Tokyo on Tuesday."
    got = foreign(extractor, text, D(2019, 6, 12))
    assert ("person:boris-orlov", "JPN", "occurred", D(2019, 6, 11), D(2019, 6, 11), "day") in got


# -- status from the governing verb


def test__extract__a_trip_noun_takes_the_plan_of_its_sentences_verb(extractor):
    text = ("SEOUL, May 10 (wire) -- Foreign Minister Park Jin-woo will travel to Beijing on Monday for talks, the ministry "
            "said Friday, the first visit to China by a South Korean foreign minister in six years.")
    got = foreign(extractor, text, D(2024, 5, 10))
    assert ("person:park-jin", "CHN", "planned", D(2024, 5, 13), D(2024, 5, 13), "day") in got
    assert not any(r[1] == "CHN" and r[2] == "occurred" and r[3] is None for r in got)


def test__extract__a_visit_that_will_not_take_place_is_cancelled(extractor):
    text = ("MOSCOW (wire) -- Russian Foreign Minister Ivan Sorokin's visit to Serbia, planned for Monday, will not take "
            "place, a spokeswoman said.")
    assert [r[1:3] for r in foreign(extractor, text, D(2022, 6, 6))] == [("SRB", "cancelled")]


@pytest.mark.parametrize(("text", "status"), [
    ("President Kim Dal invited Russian President Boris Orlov to visit Pyongyang, and the Kremlin said the Russian "
     "leader accepted.", "planned"),
    ("President Kim Dal invited Russian President Boris Orlov to visit Pyongyang; Orlov agreed to visit at a "
     "convenient time.", "planned"),
    # (negative) agreeing to something else leaves the invitation
    ("President Kim Dal invited Russian President Boris Orlov to visit Pyongyang; Orlov agreed to a new trade deal.",
     "invited"),
])
def test__extract__an_invitation_the_invitee_accepts_is_a_plan(extractor, text, status):
    got = foreign(extractor, text, D(2023, 9, 13))
    assert [(r[0], r[1], r[2]) for r in got] == [("person:boris-orlov", "PRK", status)]


def test__extract__accepting_someones_invitation_for_later_this_month_is_a_plan(extractor):
    text = "President Park Jin-woo has accepted Kishimoto's invitation to attend the summit in Hiroshima later this month."
    assert foreign(extractor, text, D(2023, 5, 7)) == [
        ("person:park-jin", "JPN", "planned", D(2023, 5, 1), D(2023, 5, 31), "month")]


# -- the dateline is the scene of an arrival that names no place; a place on the left only in the cue's clause


def test__extract__an_arrival_with_no_place_is_at_the_datelines_city(extractor):
    text = ("ABU DHABI, Jan. 15 (wire) -- South Korean President Park Jin-woo arrived on Saturday for a four-day state "
            "visit.")
    assert [r[:3] for r in foreign(extractor, text, D(2023, 1, 15))] == [("person:park-jin", "ARE", "occurred")]


def test__extract__a_dateline_in_the_visitors_own_country_places_no_arrival(extractor):
    text = "SEOUL, Jan. 15 (wire) -- South Korean President Park Jin-woo arrived on Saturday for a four-day state visit."
    assert foreign(extractor, text, D(2023, 1, 15)) == []


def test__extract__a_country_named_in_another_clause_is_no_meeting_place(extractor):
    text = ("The Emirates will invest $30 billion in South Korea, the office said Sunday, after President Park Jin-woo "
            "held a summit with Emirati President Khalid Saeed.")
    assert not any(r[1] == "KOR" for r in foreign(extractor, text, D(2023, 1, 15)))


# -- an event taking place, and the countries taking part in it


def test__extract__players_from_a_list_of_countries_came_to_an_event_here(extractor):
    text = ("The 26th Pyongyang International Table Tennis Tournament opened at the gymnasium here on Aug. 27. It "
            "brought together players from Norway, Denmark, China and the DPRK.")
    assert foreign(extractor, text, D(2012, 8, 27), KCNA) == [
        (f"country:{iso}", "PRK", "occurred", D(2012, 8, 27), D(2012, 8, 27), "day") for iso in ("CHN", "DNK", "NOR")]


def test__extract__the_teams_of_a_match_abroad_and_the_next_rivals_went_there(extractor):
    text = ("A match was played in Glasgow on Wednesday between the DPRK and Colombian teams. Koreans will meet French "
            "rivals on July 29.")
    assert [r[:3] for r in foreign(extractor, text, D(2012, 7, 26), KCNA)] == [
        ("country:COL", "GBR", "occurred"), ("country:FRA", "GBR", "occurred"), ("country:PRK", "GBR", "occurred")]


@pytest.mark.parametrize("text", [
    # a result told after the event's sentence names who played, not who came
    "The Asian U-16 Championship was held in Malaysia from May 1 to 9. The Japanese team beat the Iranian team 2:0.",
    # an event of an earlier year is a record, no trip of this story
    "The 2010 Challenger Cup was held in Nepal, bringing together players from India and Tajikistan.",
])
def test__extract__no_participants_from_results_or_old_events(extractor, text):
    assert foreign(extractor, text, D(2012, 5, 12), KCNA) == []


# -- smaller fixes


def test__extract__a_message_in_another_clause_does_not_void_an_arrival(extractor):
    text = "The delegation of the Laotian youth union, which sent a message to the leader, arrived here on Tuesday."
    assert foreign(extractor, text, D(2012, 9, 13), KCNA) == [
        ("country:LAO", "PRK", "occurred", D(2012, 9, 11), D(2012, 9, 11), "day")]


def test__extract__who_has_been_ill_is_no_earlier_stay(extractor):
    text = ("MOSCOW, Nov. 13 (wire) -- Prime Minister Ken Sato of Japan held talks in Moscow on Friday. Yeltsov, who has "
            "been ill, received Sato in the Kremlin.")
    assert foreign(extractor, text, D(1998, 11, 13)) == [
        ("person:ken-sato", "RUS", "occurred", D(1998, 11, 13), D(1998, 11, 13), "day")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders met in Rio de Janeiro on Sunday.", ["Rio de Janeiro"]),  # a lower-case particle inside a name
    ("The leaders met in Moscow on Monday.", ["Moscow"]),  # (negative) "on" is no particle: not "Moscow on Monday"
])
def test__places__a_name_with_a_lower_case_particle(extractor, text, expected):
    assert [p.name for p in extractor.places.find(text)] == expected


def test__extract__a_bare_korea_in_the_norths_outlet_is_never_the_south(extractor):
    # decided by outlet: a KCNA story's "team of Korea" is a home team, not a South Korean one
    text = "A table tennis team of Korea left for Moscow on Tuesday to take part in a tournament."
    assert [r[:3] for r in foreign(extractor, text, D(2012, 9, 13), KCNA)] == [("country:PRK", "RUS", "occurred")]
