"""Visits, session 7c: who the traveller is when a story names several people. Own-words sentences about plausible
events (none copied from any gold or corpus story).

1. The host's own official is not the traveller of an onward leg (`_parties`, visit_onward_leg.csv): "He ... before
   leaving for P" / "He then flew on to P", opening a sentence after one whose subject is an official of the country the
   story's traveller is visiting, stands for that traveller, not for the host who was named last.
2. A pronoun inside a sentence whose subject is a bare office that stayed unresolved ("The premier said he would ...",
   two premiers named) is bound to no one: it is not the story's last-named subject.
3. A plan or a no-show with no date of its own takes the dates of the event it is for (`_event_day`): "the Sept. 4-6
   meeting" with no place (the story's one host of plans), and "next week's <long event name> in P" (that week).
4. `_host_not_traveller`: in a "He/She ..." sentence after the guest's trip to country H, a person of H named in it
   ("He also met Prime Minister Y before leaving for Q") is the one met, not a traveller of the leg.
5. mentions `_descriptive_visitors`: "his Egyptian counterpart" with no name is the registry holder, on the day, of the
   office of the person named before it in its sentence ("President X met his ... counterpart"); else the country.
6. `_undated_legs`: an occurred leg told as leaving the current trip ("before leaving for Q") with no date takes the
   story's month when the same traveller's current trip is dated around the story.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
WIRE = "https://www.reuters.com/world/x"


def visits(extractor, text, pub, url=WIRE):
    out = extractor.extract(ArticleInput("s7c", "", text, pub, url))["visits"]
    return {(v["visitor_id"], v["host_iso3"], v["status"]) for v in out if not v["is_domestic"]}


# -- 1. onward legs after a host's act

@pytest.mark.parametrize("text, pub, guest, host, leg", [
    ("French President Emmanuel Macron landed in Nairobi on Monday. Kenyan President William Ruto hosted a dinner for "
     "him. He also toured a solar plant before leaving for Addis Ababa.", D(2023, 5, 3),
     "person:emmanuel-macron", "KEN", "ETH"),
    ("Japanese Prime Minister Fumio Kishida arrived in Manila on Friday. Philippine President Ferdinand Marcos "
     "received him at the palace. He then flew on to Kuala Lumpur.", D(2023, 11, 4),
     "person:fumio-kishida", "PHL", "MYS"),
])
def test_onward_leg_after_host_act_is_the_guests(extractor, text, pub, guest, host, leg):
    got = visits(extractor, text, pub)
    assert (guest, leg, "occurred") in got
    assert not any(h == leg and v != guest for v, h, s in got)


def test_host_leaving_on_his_own_trip_keeps_him(extractor):
    # the host's own trip is told with no foreign traveller in focus: he stays the traveller
    text = ("Kenyan President William Ruto opened a road in Nairobi on Monday. He also met farmers before leaving "
            "for Addis Ababa.")
    got = visits(extractor, text, D(2023, 5, 3))
    assert ("person:william-ruto", "ETH", "occurred") in got or not any(h == "ETH" for v, h, s in got)
    assert not any(v == "person:emmanuel-macron" for v, h, s in got)


# -- 2. a pronoun under an unresolved office

@pytest.mark.parametrize("text, pub", [
    ("Indian Prime Minister Narendra Modi met Chinese Premier Li Keqiang in New Delhi on Monday. The premier said "
     "he would travel to Dhaka in June.", D(2015, 5, 18)),
    ("British Prime Minister Tony Blair received Chinese Premier Zhu Rongji in London on Tuesday. The prime minister "
     "later said he would go to Paris next month.", D(1998, 4, 1)),
])
def test_pronoun_under_unresolved_office_is_not_the_last_subject(extractor, text, pub):
    got = visits(extractor, text, pub)
    assert not any(v in ("person:narendra-modi", "person:tony-blair") for v, h, s in got if h in ("BGD", "FRA"))


def test_pronoun_under_a_resolved_office_keeps_its_person(extractor):
    # one premier named: "the premier" is him, and so is "he"
    text = ("Chinese Premier Li Keqiang arrived in New Delhi on Monday. The premier said he would travel to Dhaka "
            "in June.")
    got = visits(extractor, text, D(2015, 5, 18))
    assert ("person:li-keqiang", "IND", "occurred") in got


# -- 3. the dates of the event a plan or a no-show is for

def dated(extractor, text, pub):
    out = extractor.extract(ArticleInput("s7c", "", text, pub, WIRE))["visits"]
    return {(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]) if v["date_start"] else None,
             str(v["date_end"]) if v["date_end"] else None) for v in out if not v["is_domestic"]}


@pytest.mark.parametrize("text, pub, who, host, status, start", [
    # the event's own dates told in another sentence, with no place after them
    ("German Chancellor Olaf Scholz has called off his trip to next month's summit in Nairobi, his office said. The Sept. 4-6 "
     "meeting will discuss climate finance.", D(2023, 8, 2), "person:olaf-scholz", "KEN", "cancelled", "2023-09-04"),
    # a plan with no date of its own, in a story naming the event's day at its place
    ("Indian Prime Minister Narendra Modi will attend the Group of Seven summit in Italy, his office said on Monday. "
     "Leaders meet at the June 14-15 summit in Rome.", D(2024, 5, 27), "person:narendra-modi", "ITA", "planned",
     "2024-06-14"),
])
def test_a_plan_for_an_event_takes_the_events_day(extractor, text, pub, who, host, status, start):
    got = dated(extractor, text, pub)
    assert any(v == who and h == host and s == status and a == start for v, h, s, a, b in got), got


@pytest.mark.parametrize("text, pub, who, host, start, end", [
    ("Japanese Prime Minister Shinzo Abe met Modi in Tokyo on Monday. Officials said that Abe, who had been due to go, "
     "would not attend next week's Association of Southeast Asian Nations summit in Bangkok because of the typhoon.",
     D(2019, 10, 28), "person:shinzo-abe", "THA", "2019-11-04", "2019-11-10"),
    ("Russian President Vladimir Putin met Erdogan in Sochi on Friday. The Kremlin said Putin will attend next "
     "week's Shanghai Cooperation Organisation summit in Tashkent.", D(2022, 9, 9),
     "person:vladimir-putin", "UZB", "2022-09-12", "2022-09-18"),
])
def test_next_weeks_event_far_from_its_place_dates_the_plan(extractor, text, pub, who, host, start, end):
    got = dated(extractor, text, pub)
    assert any(v == who and h == host and a == start and b == end for v, h, s, a, b in got), got


def test_a_plan_with_its_own_date_keeps_it(extractor):
    # the trip names its own month: the event's day elsewhere in the story does not replace it
    text = ("Indian Prime Minister Narendra Modi will visit Italy in October. Leaders meet at the June 14-15 summit "
            "in Apulia.")
    got = dated(extractor, text, D(2024, 5, 27))
    assert any(v == "person:narendra-modi" and h == "ITA" and a == "2024-10-01" for v, h, s, a, b in got), got


# -- 4. the host's official met in a "He ..." sentence is not a traveller of its leg

@pytest.mark.parametrize("text, pub, guest, official, leg", [
    ("ANKARA - Egyptian President Abdel Fattah el-Sisi held talks in Ankara on Monday. He also met Prime Minister "
     "Ali Demir before flying to Baku.", D(2023, 9, 20), "person:abdel-fattah-el-sisi", "person:ali-demir", "AZE"),
    ("HANOI - Japanese Prime Minister Fumio Kishida held talks in Hanoi on Sunday. He also met President Vo Van "
     "Thuong before heading to Jakarta.", D(2023, 9, 20), "person:fumio-kishida", "person:vo-van-thuong", "IDN"),
])
def test_host_official_met_is_no_traveller(extractor, text, pub, guest, official, leg):
    got = visits(extractor, text, pub)
    assert (guest, leg, "occurred") in got
    assert not any(v == official for v, h, s in got)


def test_a_third_countrys_companion_still_travels(extractor):
    text = ("HANOI - Japanese Prime Minister Fumio Kishida held talks in Hanoi on Sunday. He and Indian Prime Minister "
            "Narendra Modi then flew to Jakarta.")
    got = visits(extractor, text, D(2023, 9, 20))
    assert ("person:narendra-modi", "IDN", "occurred") in got


# -- 5. "his <nationality> counterpart": the same office in that country

@pytest.mark.parametrize("text, pub, want", [
    ("Russian Foreign Minister Sergei Lavrov hosted his Japanese counterpart in Moscow on Monday.", D(2019, 6, 26),
     ("person:taro-kono", "RUS", "occurred")),
    ("Indian Prime Minister Narendra Modi received his Japanese counterpart in New Delhi on Monday.", D(2019, 6, 26),
     ("person:shinzo-abe", "IND", "occurred")),
])
def test_counterpart_is_the_same_office_holder(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


def test_counterpart_of_an_office_with_no_registry_holder_stays_the_country(extractor):
    text = "Turkish Trade Minister Ruhsar Pekcan met his Egyptian counterpart in Osaka on Thursday."
    got = visits(extractor, text, D(2019, 6, 28))
    assert ("country:EGY", "JPN", "occurred") in got


# -- 6. an onward leg done after the current trip, with no date of its own, takes the story's month

@pytest.mark.parametrize("text, pub, who, leg", [
    ("Egyptian President Abdel Fattah el-Sisi arrived in Ankara on Monday. He also met Turkish Vice President "
     "Cevdet Yilmaz before flying to Baku.", D(2023, 9, 20), "person:abdel-fattah-el-sisi", "AZE"),
    ("Indian Prime Minister Narendra Modi arrived in Tokyo on Wednesday. Japanese Prime Minister Fumio Kishida hosted "
     "him. He also met Emperor Naruhito before departing for Seoul.", D(2023, 5, 25), "person:narendra-modi", "KOR"),
])
def test_onward_leg_after_the_current_trip_takes_its_month(extractor, text, pub, who, leg):
    got = dated(extractor, text, pub)
    assert any(v == who and h == leg and s == "occurred" and a == pub.replace(day=1).isoformat()
               for v, h, s, a, b in got), got


def test_onward_leg_with_no_current_trip_stays_undated(extractor):
    text = "Egyptian President Abdel Fattah el-Sisi toured a factory before leaving for Baku."
    got = dated(extractor, text, D(2023, 9, 20))
    assert ("person:abdel-fattah-el-sisi", "AZE", "occurred", None, None) in got
