"""Visits, fixV4 round (precision audit: domestic and duplicate records). A host who talks with or receives guests
"who came to ..." makes no trip of his own; a leader named as the one mourned, honoured or longed for ("the death of
X", "crowds longing for X") is not the traveller; one delegation told twice in a story (under its named head, and
again as "the delegation" arriving or touring, or "the delegation of <a body> headed by him") is one record.
Own-words sentences; the people and groups are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
KCNA = "http://www.kcna.co.jp/item/2012/201206/news19/x.html"
PUB = D(2012, 6, 14)  # a Thursday


def visits(extractor, text, title="", pub=PUB, url=KCNA):
    out = extractor.extract(ArticleInput("tV4", title, text, pub, url))["visits"]
    return [(v["visitor_id"], v["visitor_iso3"], v["host_iso3"], v["status"], str(v["date_start"]), bool(v["is_domestic"]))
            for v in out]


# -- item 1: the host who talks with / receives guests "who came" stays at home

@pytest.mark.parametrize("text", [
    "Kim Yong Nam held talks on Monday with representatives of the Nepalese Workers' Party who came to Pyongyang "
    "for the festival.",
    "Kim Yong Nam on Monday met the delegates from Laos who arrived in Pyongyang for the talks.",
])
def test_host_talking_with_guests_who_came_makes_no_trip(extractor, text):
    got = visits(extractor, text)
    assert not [v for v in got if v[0] == "person:kim-yong-nam"]


def test_guests_who_came_keep_their_trip(extractor):
    got = visits(extractor, "Kim Yong Nam on Monday met the delegates from Laos who arrived in Pyongyang for the talks.")
    assert ("LAO", "PRK", "occurred") in {v[1:4] for v in got}


def test_a_traveller_abroad_who_meets_guests_keeps_his_trip(extractor):
    # negative: the guests "who came" to see him off do not take away his own trip abroad told after them
    got = visits(extractor, "Kim Yong Nam met on Monday with the members of the Nepalese party who came to Kathmandu "
                            "airport to see him off as he ended his visit to Nepal.")
    assert [v for v in got if v[0] == "person:kim-yong-nam" and v[2] == "NPL"]


# -- item 2: the one mourned, honoured or longed for is not the traveller

@pytest.mark.parametrize("text", [
    "On hearing of the death of President Kim Il Sung, the association formed a mourners' group and left for "
    "Pyongyang on Sunday.",
    "Crowds longing for Chairman Kim Jong Il visited the palace in Pyongyang on Saturday.",
])
def test_the_honoured_leader_makes_no_trip(extractor, text):
    got = visits(extractor, text)
    assert not [v for v in got if v[0] in ("person:kim-il-sung", "person:kim-jong-il")]


def test_the_leader_who_honours_others_keeps_his_trip(extractor):
    # negative: "in memory of" the fallen: the leader named after it is the subject, and travels
    got = visits(extractor, "In memory of the fallen soldiers, Kim Jong Un visited the cemetery in Pyongyang on Sunday.")
    assert [v for v in got if v[0] == "person:kim-jong-un" and v[5]]


# -- item 3: one delegation, told under its named head and again as "the delegation", is one record

@pytest.mark.parametrize("title,text", [
    ("Japanese Delegation Lays Flowers",
     "A delegation of the Hyogo Prefectural Japan-Korea Friendship Society led by Chairman Kenji Sato on Thursday "
     "visited the statues of President Kim Il Sung on Mansu Hill., They laid flowers before the statues.\n"
     "The delegation arrived here on Wednesday."),
    ("Cuban Delegation Lays Flowers",
     "A delegation of the Cuban Institute of Friendship led by President Ana Reyes on Friday visited the statues of "
     "President Kim Il Sung on Mansu Hill., They bowed before the statues.\nThe delegation arrived in Pyongyang on "
     "Thursday."),
    ("Chinese Delegation Visits Mangyongdae",
     "The delegation of the All-China Youth Federation headed by Li Hong, vice-chairwoman, visited Mangyongdae., "
     "Members of the delegation laid flowers at the old home.\nThey looked round the relics.\nAfter the visit the "
     "head said that she was moved.\nAfter looking round the library, she said more.\nThe delegation also visited "
     "the Pyongyang Hosiery Factory, the Central Zoo, etc."),
    ("Russian Governor Pays Floral Tribute",
     "Governor of Amur Region of Russia Oleg Kozlov Tuesday visited the statues of President Kim Il Sung on Mansu "
     "Hill to lay a basket of flowers and pay respects., The delegation of Amur Region of Russia headed by him "
     "arrived here on the same day."),
    ("Mayor of Port City of Russia Pays Floral Tribute",
     "Mayor of Port City of Khabarovsk Territory of Russia Oleg Kozlov Tuesday visited the statues of President Kim "
     "Il Sung on Mansu Hill to lay flowers., The delegation of Port City of Khabarovsk Territory of Russia led by "
     "him arrived here on the same day."),
])
def test_one_delegation_told_twice_is_one_record(extractor, title, text):
    got = [v for v in visits(extractor, text, title) if not v[5]]
    assert len(got) == 1 and got[0][0].startswith("person:")


@pytest.mark.parametrize("text,iso", [
    # another group of the same country that the story brings in with its own name stays
    ("The delegation of the All-China Youth Federation headed by Li Hong, vice-chairwoman, visited Mangyongdae., "
     "Members of the delegation laid flowers at the old home.\nThey looked round the relics.\nThe Chinese Red Cross "
     "delegation arrived here on Tuesday.", "CHN"),
    # a trip of the group years before is a trip of its own
    ("The delegation of the All-China Youth Federation headed by Li Hong, vice-chairwoman, visited Mangyongdae., "
     "Members of the delegation laid flowers at the old home.\nThey looked round the relics.\nThe delegation had "
     "visited the DPRK in March 2009.", "CHN"),
])
def test_another_delegation_or_another_trip_stays(extractor, text, iso):
    got = [v for v in visits(extractor, text, "Chinese Delegation Visits Mangyongdae") if not v[5]]
    assert len(got) == 2 and {v[1] for v in got} == {iso}


# -- item 2: the leader given a gift by a visiting guest stays at home

@pytest.mark.parametrize("text", [
    "Kim Jong Un received a gift from the director of the Peruvian Friendship Society on a visit to the DPRK.",
    "Leader Kim Jong Il was presented with a floral basket and a gift by the president of a Nepalese association who "
    "came to the DPRK for the festival.",
])
def test_the_leader_given_a_gift_makes_no_trip(extractor, text):
    got = visits(extractor, text)
    assert not [v for v in got if v[0] in ("person:kim-jong-un", "person:kim-jong-il")]


@pytest.mark.parametrize("text,who,host", [
    # negatives: the named giver keeps the trip; the leader's own later trip abroad stays
    ("Kim Jong Un received a gift from Ana Reyes, chairwoman of the Cuban friendship body, on a visit to the DPRK.",
     "person:ana-reyes", "PRK"),
    ("Kim Jong Un received a gift on Monday and then left for a visit to China on Tuesday.", "person:kim-jong-un", "CHN"),
    ("Kim Jong Il received a gift from the Cuban defence minister marking his successful visit to Cuba.",
     "person:kim-jong-il", "CUB"),
])
def test_the_giver_or_the_leaders_own_trip_stays(extractor, text, who, host):
    got = visits(extractor, text)
    assert [v for v in got if v[0] == who and v[2] == host]
