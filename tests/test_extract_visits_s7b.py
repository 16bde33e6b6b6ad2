"""Visits, session 7b: trips not found once the visitor is known. Own-words sentences about plausible events (none
copied from any gold or corpus story).

1. Presence predicates (`_presence`, visit_presence.csv): an act someone can only do where he is, told with its place
   ("held talks in P", "will sign ... in P", "shook hands in P", "spoke in P", "made a stop in P", "left the summit in
   P", "joined leaders in P", the apposition "X, in P this week,"), done by a registry person of another country than
   P's, is a visit: occurred for a past verb, planned for "will / is to / are due to" or a simple present. "will head
   to P" is a planned leg (visit_cues.csv).
2. Tour legs around a trip the sentence tells (`_legs`): origin legs ("arrived / flew in / travelled on from P", "from
   the <event> in P", "X, who came from P, ..."), participle legs ("..., stopping in P on the way", "left for the
   Gulf, visiting A, B and C"), "After P, X will fly on to ...", "X's next stop (after P) is A, followed by B"; and a
   second verb phrase "and then fly to P" continuing a plan (visit_cues.csv).
3. Trips told as a noun phrase (`_trip_nouns`): TRIP + visitor ("a visit by X", "the trip of X", "X's trip",
   "X, whose trip ... was to") + place ("to/in P", ", to P,", a list) + date; "planned"/"upcoming" make it planned,
   "postponed" cancelled; several trips to one place with no date are no record.
4. Precision (`_not_trips`, visit_not_trip.csv): a diplomat arriving to take up a post, a plan only reported to be
   denied, "had no plans to visit", a gathering held by video (in the clause telling the trip) give no record. Names
   the rules look up themselves follow the place finder's exclusions ("the Commonwealth summit" is no Philippine
   town); a few summit places the gazetteer lacked (data/actors/places.csv).
5. Dates of plans: "in the autumn" / "during the spring" without a year give the year (the next such season for a
   plan), "before the end of the year" the publication year (dates.py); a planned leg told as the tour's continuation
   ("He will then go to A", "will fly on to B") with no date of its own takes the story's month when the traveller's
   current trip is dated around the story (`_undated_legs`).
6. Attendance without a place (`_also_attending`): the people named as subjects of "are also attending / is taking
   part" are at the scene of the story's lead trip (its host), occurred, dated by their own day ("who has been in the
   capital since Monday") or the story's month.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
WIRE = "https://www.reuters.com/world/x"


def visits(extractor, text, pub, url=WIRE):
    out = extractor.extract(ArticleInput("s7b", "", text, pub, url))["visits"]
    return {(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]) if v["date_start"] else None,
             v["date_precision"]) for v in out if not v["is_domestic"]}


# -- 1. presence predicates

@pytest.mark.parametrize("text, pub, want", [
    ("German Chancellor Angela Merkel will hold talks in Madrid on Thursday, her spokesman said.", D(2019, 5, 6),
     ("person:angela-merkel", "ESP", "planned", "2019-05-09", "day")),
    ("Russian President Vladimir Putin shook hands with the host in Ankara on Friday.", D(2018, 4, 7),
     ("person:vladimir-putin", "TUR", "occurred", "2018-04-06", "day")),
    ("U.S. President Barack Obama spoke to students in Hanoi on Tuesday.", D(2016, 5, 26),
     ("person:barack-obama", "VNM", "occurred", "2016-05-24", "day")),
    ("Chinese President Xi Jinping made a brief stop in Lisbon on Wednesday on his way home.", D(2018, 12, 7),
     ("person:xi-jinping", "PRT", "occurred", "2018-12-05", "day")),
    ("Russian President Vladimir Putin left the summit in Osaka on Saturday after a day of talks.", D(2019, 6, 30),
     ("person:vladimir-putin", "JPN", "occurred", "2019-06-29", "day")),
    ("Japanese Prime Minister Shinzo Abe joined other leaders in Manila on Monday.", D(2017, 11, 14),
     ("person:shinzo-abe", "PHL", "occurred", "2017-11-13", "day")),
    ("Indian Prime Minister Narendra Modi signed a nuclear accord in Tokyo on Friday.", D(2016, 11, 12),
     ("person:narendra-modi", "JPN", "occurred", "2016-11-11", "day")),
    ("Chinese President Xi Jinping wrapped up his tour in Lima on Sunday.", D(2016, 11, 22),
     ("person:xi-jinping", "PER", "occurred", "2016-11-20", "day")),
    ("Indian Prime Minister Narendra Modi, in Paris this week, praised the climate pact.", D(2015, 11, 30),
     ("person:narendra-modi", "FRA", "occurred", "2015-11-30", "day")),
    ("Egyptian President Abdel Fattah al-Sisi will head to Rome in June.", D(2017, 3, 2),
     ("person:abdel-fattah-el-sisi", "ITA", "planned", "2017-06-01", "month")),
])
def test_a_presence_predicate_with_a_place_is_a_visit(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


def test_joint_doers_of_a_presence_act_both_travel(extractor):
    got = visits(extractor, "Chinese President Xi Jinping and Russian President Vladimir Putin will see each other "
                            "in Bishkek on Friday.", D(2019, 6, 11))
    assert ("person:xi-jinping", "KGZ", "planned", "2019-06-14", "day") in got
    assert ("person:vladimir-putin", "KGZ", "planned", "2019-06-14", "day") in got


def test_a_pronoun_doer_takes_the_last_person_and_the_clause_date(extractor):
    got = visits(extractor, "U.S. President Barack Obama arrived in Berlin on Monday. On Wednesday he spoke in "
                            "Warsaw.", D(2014, 6, 5))
    assert ("person:barack-obama", "POL", "occurred", "2014-06-04", "day") in got


@pytest.mark.parametrize("text, pub", [
    # the doer's own country
    ("Russian President Vladimir Putin held talks in Moscow on Friday with business leaders.", D(2018, 4, 7)),
    # an act done from afar
    ("U.S. President Barack Obama addressed a video message to the forum in Davos on Wednesday.", D(2015, 1, 23)),
    # a bare base form, no tense: nothing told
    ("Russian President Vladimir Putin did not speak in Ankara on Friday.", D(2018, 4, 7)),
    # "left" with no gathering after it is a departure, not a stay told here
    ("Chinese President Xi Jinping left his hat in Lima on Sunday.", D(2016, 11, 22)),
])
def test_no_presence_without_a_foreign_doer_there(extractor, text, pub):
    # (every record, domestic ones too: the sentence tells no stay of its doer anywhere)
    out = extractor.extract(ArticleInput("s7b", "", text, pub, WIRE))["visits"]
    assert not {v["host_iso3"] for v in out} & {"CHE", "TUR", "PER"}


# -- 2. tour legs

@pytest.mark.parametrize("text, pub, want", [
    ("South Korean President Moon Jae-in arrived from Singapore, where he had attended a forum.", D(2018, 11, 18),
     ("person:moon-jae-in", "SGP", "occurred", "2018-11-01", "month")),
    ("Indian Prime Minister Narendra Modi travelled on from Oman to the summit.", D(2018, 2, 12),
     ("person:narendra-modi", "OMN", "occurred", "2018-02-01", "month")),
    ("U.S. President Barack Obama arrived in Manila on Sunday, stopping in Guam on the way.", D(2014, 4, 28),
     ("person:barack-obama", "GUM", "occurred", "2014-04-01", "month")),
    ("Chinese President Xi Jinping left for Africa on Friday, visiting Senegal, Rwanda and Mauritius.", D(2018, 7, 21),
     ("person:xi-jinping", "RWA", "occurred", "2018-07-01", "month")),
    ("After Japan, U.S. President Donald Trump will fly on to Seoul.", D(2017, 11, 6),
     ("person:donald-trump", "JPN", "occurred", "2017-11-01", "month")),
    ("Chinese President Xi Jinping's next stop after Madrid is Argentina, followed by Panama and Portugal.", D(2018, 11, 29),
     ("person:xi-jinping", "PAN", "planned", "2018-11-01", "month")),
])
def test_the_other_legs_of_a_trip(extractor, text, pub, want):
    # (the leg's month, or a day inside it)
    assert any(r[:3] == want[:3] and r[3] is not None and r[3][:7] == want[3][:7] for r in visits(extractor, text, pub))


def test_an_onward_leg_after_before(extractor):
    got = visits(extractor, "French President Emmanuel Macron attended the summit in Lima on Friday before flying to "
                            "Santiago.", D(2018, 11, 20))
    assert ("person:emmanuel-macron", "CHL", "occurred", "2018-11-01", "month") in got
    got = visits(extractor, "Indian Prime Minister Narendra Modi spent a day in Kabul before heading to Lahore.",
                 D(2015, 12, 26))
    assert any(v == "person:narendra-modi" and h == "PAK" for v, h, *_ in got)


def test_a_second_verb_phrase_continues_a_plan(extractor):
    got = visits(extractor, "Indian Prime Minister Narendra Modi will attend the summit in Tokyo next week and then "
                            "fly to Canberra.", D(2019, 3, 4))
    assert any(v == "person:narendra-modi" and h == "AUS" and st == "planned" for v, h, st, *_ in got)


@pytest.mark.parametrize("text, pub, bad", [
    # going home is no leg
    ("U.S. President Barack Obama flew back from Hawaii to Washington on Sunday.", D(2014, 1, 6), "USA"),
    # a participle with no trip before it
    ("Chinese President Xi Jinping praised the workers, visiting factories in Shenzhen.", D(2018, 10, 25), "CHN"),
    # imports "from" a country are no origin leg
    ("Russian President Vladimir Putin said the grain arrived from Brazil on Monday.", D(2018, 10, 25), "BRA"),
])
def test_no_leg_without_a_traveller_abroad(extractor, text, pub, bad):
    got = visits(extractor, text, pub)
    assert not any(h == bad for _, h, *_ in got)


# -- 3. trips told as a noun phrase

@pytest.mark.parametrize("text, pub, want", [
    ("A visit by German Chancellor Angela Merkel to Greece in October drew protests.", D(2012, 11, 2),
     ("person:angela-merkel", "GRC", "occurred", "2012-10-01", "month")),
    ("The visit of Chinese President Hu Jintao to Ottawa ended on Friday.", D(2010, 6, 27),
     ("person:hu-jintao", "CAN", "occurred", "2010-06-25", "day")),
    ("Japanese Prime Minister Shinzo Abe's first trip abroad after the election, to Vietnam, began on Wednesday.",
     D(2013, 1, 18), ("person:shinzo-abe", "VNM", "occurred", "2013-01-16", "day")),
    ("An upcoming trip by Russian President Vladimir Putin to Tokyo in December is under discussion.", D(2016, 9, 3),
     ("person:vladimir-putin", "JPN", "planned", "2016-12-01", "month")),
    ("Chinese President Xi Jinping, whose last trip abroad was to Moscow in March, met the envoys.", D(2023, 6, 20),
     ("person:xi-jinping", "RUS", "occurred", "2023-03-01", "month")),
])
def test_a_trip_told_as_a_noun_phrase(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


def test_trips_to_a_list_of_places(extractor):
    got = visits(extractor, "Turkish President Recep Tayyip Erdogan returned home after trips to Qatar, Kuwait and "
                            "Bahrain last week.", D(2017, 2, 20))
    assert {h for v, h, st, *_ in got if v == "person:recep-tayyip-erdogan" and st == "occurred"} >= {"QAT", "KWT", "BHR"}


@pytest.mark.parametrize("text, pub", [
    ("Ties have warmed since Chinese President Xi Jinping's trips to Moscow.", D(2019, 7, 1)),
    ("The tour of the ballet company to Moscow was a success, said Chinese President Xi Jinping.", D(2019, 7, 1)),
])
def test_no_noun_phrase_trip_without_one_trip_of_the_person(extractor, text, pub):
    got = visits(extractor, text, pub)
    assert not any(h == "RUS" for _, h, *_ in got)


# -- 4. precision

@pytest.mark.parametrize("text, pub, bad", [
    ("Japanese Ambassador Koji Tomita arrived in Seoul on Monday to take up his new post.", D(2019, 10, 29), "KOR"),
    ("Chinese envoy Qin Gang flew into Washington on Wednesday to present his credentials.", D(2021, 7, 29), "USA"),
    ("The Kremlin dismissed reports that Russian President Vladimir Putin would travel to Tokyo next month.", D(2016, 3, 2), "JPN"),
    ("Chinese President Xi Jinping has no plans to visit Kabul, his ministry said.", D(2019, 3, 2), "AFG"),
    ("Japanese Prime Minister Fumio Kishida said he did not plan to visit Ukraine.", D(2023, 2, 2), "UKR"),
    ("German Chancellor Olaf Scholz hosted Indian Prime Minister Narendra Modi at an online summit on Monday.", D(2022, 5, 3), "DEU"),
    ("Indian Prime Minister Narendra Modi will stay away from the Commonwealth summit in Kigali.", D(2022, 6, 20), "PHL"),
])
def test_no_trip_where_the_sentence_denies_one(extractor, text, pub, bad):
    got = visits(extractor, text, pub)
    assert not any(h == bad for _, h, *_ in got)


@pytest.mark.parametrize("text, pub, want", [
    # the remote act is another clause's: the one who goes in person still travels
    ("Russian President Vladimir Putin will speak at the summit in Johannesburg by video link; Foreign Minister Sergei "
     "Lavrov will attend in person.", D(2023, 8, 20), ("person:sergei-lavrov", "ZAF")),
    # an ambassador's visit to a third country is still a visit
    ("U.S. President Joe Biden arrived in Warsaw on Tuesday, the White House said.", D(2023, 2, 21), ("person:joe-biden", "POL")),
    # a denial about something else leaves the trip
    ("Russian President Vladimir Putin will visit Tokyo next month, and the Kremlin denied that talks had stalled.", D(2016, 11, 2),
     ("person:vladimir-putin", "JPN")),
    # places the gazetteer lacked
    ("U.S. President Donald Trump will visit Scotland in July.", D(2018, 5, 2), ("person:donald-trump", "GBR")),
    ("Chinese Premier Li Keqiang spoke at the forum in Davos on Tuesday.", D(2017, 1, 19), ("person:li-keqiang", "CHE")),
])
def test_trips_beside_a_denial_or_remote_act_stay(extractor, text, pub, want):
    assert any((v, h) == want for v, h, *_ in visits(extractor, text, pub))


# -- 5. dates of plans

@pytest.mark.parametrize("text, pub, want", [
    ("Italian Prime Minister Giorgia Meloni said she would visit Tokyo in the autumn.", D(2023, 2, 6),
     ("person:giorgia-meloni", "JPN", "planned", "2023-01-01", "year")),
    ("Chinese Premier Li Qiang is expected in Canberra in the spring.", D(2023, 11, 8),
     ("person:li-qiang", "AUS", "planned", "2024-01-01", "year")),
    ("Indian Prime Minister Narendra Modi said he would visit Kyiv before the end of the year.", D(2024, 3, 4),
     ("person:narendra-modi", "UKR", "planned", "2024-01-01", "year")),
    ("Chinese President Xi Jinping arrived in Paris on Sunday. He will then go to Serbia and Hungary.", D(2024, 5, 6),
     ("person:xi-jinping", "HUN", "planned", "2024-05-01", "month")),
])
def test_dates_of_plans(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


def test_a_plan_that_is_no_leg_stays_undated(extractor):
    got = visits(extractor, "Chinese President Xi Jinping arrived in Paris on Sunday. He will visit Brazil one day, "
                            "aides said.", D(2024, 5, 6))
    assert ("person:xi-jinping", "BRA", "planned", None, "unknown") in got


def test_a_season_in_a_name_is_no_date(extractor):
    # "the Winter Olympics" is an event's name, not the winter before the story
    got = visits(extractor, "North Korean official Kim Yo Jong arrived in Seoul on Friday. She is in the South for the "
                            "Winter Olympics.", D(2018, 2, 10))
    assert not any(d is not None and d.startswith("2017") for _, _, _, d, _ in got)


# -- 6. attendance without a place

def test_subjects_of_an_attendance_verb_are_at_the_scene(extractor):
    got = visits(extractor, "Indian Prime Minister Narendra Modi arrived in Astana on Tuesday for the regional summit. "
                            "Chinese President Xi Jinping, who has been in the city since Monday, and Iranian President "
                            "Ebrahim Raisi are also attending.", D(2024, 7, 3))
    assert ("person:xi-jinping", "KAZ", "occurred", "2024-07-01", "day") in got
    assert ("person:ebrahim-raisi", "KAZ", "occurred", "2024-07-01", "month") in got
    got = visits(extractor, "Japanese Prime Minister Fumio Kishida landed in Jakarta on Monday for the regional summit. "
                            "Chinese Premier Li Qiang is also taking part.", D(2023, 9, 5))
    assert any(v == "person:li-qiang" and h == "IDN" and st == "occurred" for v, h, st, *_ in got)


def test_no_attendance_for_an_object_or_an_own_country_person(extractor):
    got = visits(extractor, "Indian Prime Minister Narendra Modi arrived in Astana on Tuesday for the summit. Kazakh "
                            "President Kassym-Jomart Tokayev, who met him with Chinese President Xi Jinping, is also "
                            "attending.", D(2024, 7, 3))
    assert not any(v == "person:xi-jinping" for v, *_ in got)


# -- 7. session 7 review: the apposition, a handed-on act, a trip noun's own date, the next stop

@pytest.mark.parametrize("text, pub, want", [
    ("Ukrainian President Volodymyr Zelensky, in Davos on Tuesday, urged more aid.", D(2023, 1, 18),
     ("person:volodymyr-zelensky", "CHE", "occurred", "2023-01-17", "day")),
    ("Iranian President Ebrahim Raisi left the summit in Geneva to the applause of delegates on Friday.", D(2023, 6, 10),
     ("person:ebrahim-raisi", "CHE", "occurred", "2023-06-09", "day")),
    ("Iranian President Ebrahim Raisi left the talks in Geneva to fly home on Friday.", D(2023, 6, 10),
     ("person:ebrahim-raisi", "CHE", "occurred", "2023-06-09", "day")),
    ("Xi Jinping, whose last trip was to France in May, stayed home this month.", D(2024, 6, 20),
     ("person:xi-jinping", "FRA", "occurred", "2024-05-01", "month")),
    ("Indian Prime Minister Narendra Modi's 2016 trip to Israel was the first.", D(2018, 6, 20),
     ("person:narendra-modi", "ISR", "occurred", "2016-01-01", "year")),
])
def test_review_presence_and_trip_nouns_still_read(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    # an apposition that is not just a place (and a time word): remarks sent from elsewhere
    ("Ukrainian President Volodymyr Zelensky, in Davos remarks broadcast from Kyiv, urged more aid.", D(2023, 1, 18), "CHE"),
    ("Ukrainian President Volodymyr Zelensky, in Davos by video link, urged more aid.", D(2023, 1, 18), "CHE"),
    # an act handed on to someone else
    ("Iranian President Ebrahim Raisi left the talks in Geneva to his foreign minister.", D(2023, 6, 10), "CHE"),
])
def test_review_no_presence_for_remarks_or_a_handed_on_act(extractor, text, pub, bad):
    assert not any(h == bad for _, h, *_ in visits(extractor, text, pub))


def test_review_a_trip_noun_does_not_take_the_main_clause_date(extractor):
    got = visits(extractor, "Xi Jinping, whose last trip was to France, stayed home this month.", D(2024, 6, 20))
    assert not any(h == "FRA" and d is not None and d.startswith("2024-06") for _, h, _, d, _ in got)
    got = visits(extractor, "Chinese President Xi Jinping, whose previous trip was to France, will visit Brazil in "
                            "November.", D(2024, 6, 20))
    assert ("person:xi-jinping", "BRA", "planned", "2024-11-01", "month") in got
    assert not any(h == "FRA" and d is not None and d.startswith("2023-11") for _, h, _, d, _ in got)


@pytest.mark.parametrize("text, pub, want", [
    ("Chinese President Xi Jinping arrived in Madrid on Tuesday. His next destination will be Argentina.", D(2018, 11, 28),
     ("person:xi-jinping", "ARG", "planned", "2018-11-01", "month")),
    ("Chinese President Xi Jinping arrived in Madrid on Tuesday. Xi's next stop is Argentina, and then Panama.",
     D(2018, 11, 28), ("person:xi-jinping", "PAN", "planned", "2018-11-01", "month")),
])
def test_review_next_stop_paraphrases(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


def test_review_no_next_stop_without_a_traveller(extractor):
    # "its next stop": a ship's, not a person's; no person named
    got = visits(extractor, "The cargo ship left Madrid on Tuesday. Its next stop is Argentina.", D(2018, 11, 28))
    assert not any(h == "ARG" for _, h, *_ in got)

