"""Domestic trips (newslens/extract/domestic.py): a leader touring his own country is kept apart from foreign visits
(``is_domestic``). The activity frames ("gave on-site guidance to", "inspected", "made a field survey of", "went
round") give one record per trip; the domestic rows of visits.py are vetted (a leader only mentioned, a host with
his guest, a trip abroad, a report's date). Own-words sentences; the sites and most people are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
KCNA = "http://www.kcna.co.jp/item/2012/201205/news16/x.html"
PUB = D(2012, 5, 16)  # a Wednesday


def rows(extractor, text, title="", pub=PUB, url=KCNA):
    return extractor.extract(ArticleInput("tDom", title, text, pub, url))["visits"]


def domestic(extractor, text, **kw):
    return [(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]), v["date_precision"])
            for v in rows(extractor, text, **kw) if v["is_domestic"]]


def who(extractor, text, **kw):
    return [d[0] for d in domestic(extractor, text, **kw)]


# -- 1. guidance given in person at a site the gazetteer does not place ("gave on-site guidance to a farm")

@pytest.mark.parametrize("text", [
    "Kim Jong Un gave on-site guidance to a newly built catfish farm run by a textile mill.",
    "Kim Jong Un gave on-site guidance to the reopened Songdo Duck Plant. He was greeted on the spot by Choe Ryong Hae.",
])
def test_guidance_at_a_site_is_a_domestic_trip(extractor, text):
    assert domestic(extractor, text) == [("person:kim-jong-un", "PRK", "occurred", "2012-05-01", "month")]


def test_companion_greeting_him_on_the_spot_makes_no_trip(extractor):
    got = who(extractor, "Kim Jong Un gave on-site guidance to a newly built catfish farm. He was greeted on the spot by "
                         "Premier Choe Yong Rim and was accompanied by Kim Ki Nam.")
    assert got == ["person:kim-jong-un"]


# -- 2. the premier's field survey, dated by the weekday the story gives

@pytest.mark.parametrize("text", [
    "Premier Choe Yong Rim on Monday made a field survey of the Ryongsong Pump Works.",
    "On Monday, Premier Choe Yong Rim made field survey of a coal-fired heating plant and held a meeting there.",
])
def test_field_survey_is_dated_by_its_weekday(extractor, text):
    assert domestic(extractor, text) == [("person:choe-yong-rim", "PRK", "occurred", "2012-05-14", "day")]


def test_premier_survey_planned_is_no_trip(extractor):
    assert who(extractor, "Premier Choe Yong Rim will make a field survey of the pump works next week.") == []


# -- 3. an army unit inspected, a site gone round or looked round

@pytest.mark.parametrize("text", [
    "Kim Jong Un guided an exercise of a combined unit of the air force.",
    "Kim Jong Un watched a shooting contest among army players.",
    "Kim Jong Un went round a children's hospital nearing completion.",
    "Kim Jong Un looked round the new rooms of a folk museum.",
])
def test_inspection_and_tour_of_a_site(extractor, text):
    assert who(extractor, text) == ["person:kim-jong-un"]


def test_one_record_per_trip(extractor):
    text = ("Kim Jong Un gave on-site guidance to a newly built catfish farm. He looked round the hatchery. "
            "Then he went to the Sokchon Feed Mill and inspected its new line.")
    assert len(domestic(extractor, text)) == 1


# -- 4. a leader who is only mentioned makes no trip

@pytest.mark.parametrize("text", [
    "Delegates of many countries taking part in the festival to mark the centenary of the birth of President Kim Il Sung "
    "visited the old home of leader Kim Jong Il in the secret camp in Mt. Paektu on Thursday.",
    "A Japanese visitor who chairs the committee for the centenary of birth of President Kim Il Sung arrived here on Monday.",
    "The head of a Malaysian delegation, who had respected leader Kim Jong Il as a great teacher, decided to make a "
    "present to him during his visit to Pyongyang.",
    "Leader Kim Jong Il sent his autograph to builders who left for the construction of a power station in reply to "
    "their letter to him.",
    "Since the Lee Myung Bak group of traitors came to power in south Korea, relations have worsened.",
])
def test_leader_only_mentioned_gives_no_domestic_record(extractor, text):
    assert domestic(extractor, text) == []


# -- 5. a host with his guest: only the guest travelled

@pytest.mark.parametrize("text", [
    "Premier Choe Yong Rim, who met the visiting Lao president at the guesthouse on Monday, warmly welcomed his visit "
    "to the DPRK.",
    "Kim Il Sung set out the three principles when meeting the delegate of the south who came to Pyongyang for talks "
    "on May 3, 1972.",
    "President Kim Il Sung received the pastor from the south who came to Pyongyang in April 1989.",
    "Kim Jong Il visited the exhibition of light industry goods together with the guests on Monday.",
    "It was one day in April 1989 that President Kim Il Sung visited the lodging quarters where a pastor from abroad "
    "was staying.",
])
def test_host_with_guests_makes_no_trip(extractor, text):
    assert [w for w in who(extractor, text) if w.startswith("person:kim-") or w == "person:choe-yong-rim"] == []


def test_leader_alone_at_an_exhibition_keeps_his_trip(extractor):
    assert who(extractor, "Kim Jong Un visited an exhibition of light industry goods on Monday.") == ["person:kim-jong-un"]


# -- 6. a trip abroad or a foreigner abroad is no domestic trip

@pytest.mark.parametrize("text", [
    "Speaking at a press conference in Minsk, Cuban Foreign Minister Bruno Rodriguez Parrilla said Cuba opposes "
    "the sanctions.",
    "Speaking at an institute in New York, the President of Mongolia Tsakhiagiin Elbegdorj said his country is rich.",
    "At the end of April last year Park Geun Hye toured Europe as a special envoy.",
])
def test_trip_abroad_is_not_domestic(extractor, text):
    assert domestic(extractor, text) == []


def test_foreign_leader_touring_his_own_country_in_wire_copy(extractor):
    got = domestic(extractor, "Prime Minister Narendra Modi toured flood-hit Assam on Sunday, meeting people in "
                              "relief camps.", pub=D(2022, 6, 21), url="https://www.reuters.com/world/india/x")
    assert got == [("person:narendra-modi", "IND", "occurred", "2022-06-19", "day")]


def test_wire_leader_visiting_a_city_at_home(extractor):
    got = domestic(extractor, "Indian Prime Minister Narendra Modi visited a dam site on Saturday and laid a "
                              "foundation stone.", pub=D(2022, 6, 21), url="https://www.reuters.com/world/india/x")
    assert got == [("person:narendra-modi", "IND", "occurred", "2022-06-18", "day")]


# -- 7. dates: a report's date is not the trip's; a late leader's trip is not in the publication month

@pytest.mark.parametrize("text", [
    "The party posted on its website on May 10 news that Kim Jong Un gave field guidance to a vegetable institute.",
    "Chinese media reported the news on May 10 that Kim Jong Un visited a floriculture institute.",
])
def test_report_date_is_not_the_trip_date(extractor, text):
    got = domestic(extractor, text)
    assert got and all(d[4] != "day" for d in got)


@pytest.mark.parametrize("text", [
    "Leader Kim Jong Il gave field guidance to the smelter, its manager recalled.",
    "General Secretary Kim Jong Il provided field guidance to the machine plant, workers said.",
    "A worker said leader Kim Jong Il visited the smelter to encourage its workers.",
])
def test_late_leader_trip_is_not_dated_to_publication(extractor, text):
    got = domestic(extractor, text)
    assert all(d[4] == "unknown" for d in got)


@pytest.mark.parametrize("text", [
    "The paper said that Kim Jong Un inspected the tank division on New Year's Day.",
    "On New Year's Day Kim Jong Un inspected a tank division of the army, the paper pointed out.",
])
def test_holiday_dates_the_trip(extractor, text):
    assert domestic(extractor, text) == [("person:kim-jong-un", "PRK", "occurred", "2012-01-01", "day")]


# -- 8. a career summary is no trip

@pytest.mark.parametrize("text", [
    "Kim Jong Il said leader Kim Il Sung gave field guidance to every nook and corner of the country.",
    "Kim Jong Un recalled that Kim Jong Il inspected many army units in the hard years.",
])
def test_career_summary_is_no_trip(extractor, text):
    assert domestic(extractor, text) == []


# -- 9. foreign visits pass through domestic.py untouched

def test_foreign_rows_untouched(extractor):
    text = ("Kim Yong Nam left here on Monday for Indonesia. Kim Jong Un gave on-site guidance to a newly built "
            "catfish farm.")
    art = ArticleInput("tDom", "", text, PUB, KCNA)
    full = extractor.extract(art)["visits"]
    ex = extractor
    sentences = __import__("newslens.extract.text", fromlist=["sentence_spans"]).sentence_spans(text)
    home = ex.visits._home(KCNA)
    mentions = ex.mentions.find(text, PUB, [s for s, _e in sentences], outlet_iso3=home[1])
    raw = ex.visits.extract("tDom", text, sentences, mentions, PUB, KCNA, None, home_hint=KCNA, title="")
    assert [r for r in full if not r["is_domestic"]] == [r for r in raw if not r["is_domestic"]]
    assert any(r["host_iso3"] == "IDN" for r in full)


def test_rows_have_the_visits_schema(extractor):
    from newslens.schema import VISITS, conform

    got = rows(extractor, "Kim Jong Un gave on-site guidance to a newly built catfish farm in Hamhung.")
    ref = rows(extractor, "Kim Yong Nam left here on Monday for Indonesia.")
    assert got and ref and set(got[0]) == set(ref[0])
    assert set(VISITS.column_names) - {"event_id"} <= set(got[0])  # (event_id: filled by events.py)
    assert len(conform(got, "visits")) == 1
    assert got[0]["location_name"] == "Hamhung" and got[0]["evidence"].startswith("Kim Jong Un")


# -- 10. a caption ("a photo of X giving field guidance") is no trip; "X was inspecting" is one (told, undated)

@pytest.mark.parametrize("text", [
    "The paper carried a photo of Kim Jong Un giving field guidance to a duck farm.",
    "Displayed at the venue were photos of President Kim Il Sung and leader Kim Jong Il inspecting army units.",
    "A mosaic \"Kim Jong Un providing field guidance to a fish farm\" was set up at the farm.",
])
def test_caption_is_no_trip(extractor, text):
    assert domestic(extractor, text) == []


def test_progressive_activity_is_a_trip(extractor):
    got = domestic(extractor, "\"We had a happy time at the camp when leader Kim Jong Il was inspecting frontline "
                              "units,\" the student said.")
    assert got == [("person:kim-jong-il", "PRK", "occurred", "None", "unknown")]


# -- 11. a name joined to an object name ("a mosaic depicting X and Y") is an object too

@pytest.mark.parametrize("text", [
    "They laid flowers before the mosaic depicting President Kim Il Sung and Kim Jong Il and looked round the duck houses.",
    "The visitors saw a painting showing Kim Jong Un and Ri Sol Ju and toured the new rooms of the museum.",
])
def test_name_joined_to_an_object_is_no_subject(extractor, text):
    assert domestic(extractor, text) == []


# -- 12. a date inside a name ("the August 3 consumer goods", "the June 25 war") does not date the trip

@pytest.mark.parametrize("text", [
    "Kim Jong Un went round the goods shown at the exhibition of August 3 consumer goods.",
    "Kim Jong Un looked round the relics of the June 25 war kept in the museum.",
])
def test_date_in_a_name_does_not_date_the_trip(extractor, text):
    assert domestic(extractor, text) == [("person:kim-jong-un", "PRK", "occurred", "2012-05-01", "month")]


def test_date_before_the_verb_dates_the_trip(extractor):
    assert domestic(extractor, "Kim Jong Un on August 3 visited a new fish farm.") == [
        ("person:kim-jong-un", "PRK", "occurred", "2011-08-03", "day")]


# -- 13. places abroad named in the clause ("the battle sites in China") make it no domestic trip

@pytest.mark.parametrize("text", [
    "Kim Jong Il toured this time the historic places, including the old battle sites in China, where the friendship "
    "was forged.",
    "Kim Jong Il recorrio esta vez los lugares significativos, incluyendo los escenarios de batallas en China donde se "
    "forjo la amistad.",
])
def test_places_abroad_are_not_domestic(extractor, text):
    assert domestic(extractor, text) == []
