"""Visits session 18: more shapes of the agency's "foreigners praise" stories (newslens/extract/visit_kcna13.py,
``guest_voices``; data/lexicons/visit_kcna13.csv kinds ``speaker_head`` and ``after_cue``). Fixtures are in our own
words; the agency's address only tells "here"."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date
AGENCY = "http://www.kcna.co.jp/item/2012/201209/news12/x.htm"


def agency(extractor, text, pub):
    out = extractor.extract(ArticleInput("s18g", None, text, pub, AGENCY))
    conform(out["visits"], "visits")
    return out["visits"]


def keys(rows):
    return sorted((v["visitor_iso3"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in rows if not v["is_domestic"])


MONTH = "month"


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the trip told before the crowd ("After enjoying ..."), a guest with no name, a guest with a name
        ("After enjoying the circus show at the Pyongyang theatre, foreigners voiced their delight.\n"
         "A member of the Peruvian trade delegation said that the acrobats were daring.\n"
         "Lena Berg, secretary of the Friendship Society of Norway, noted that the show moved her.",
         D(2012, 9, 20), [("NOR", "PRK", "occurred", D(2012, 9, 1), MONTH),
                          ("PER", "PRK", "occurred", D(2012, 9, 1), MONTH)]),
        # a foreign society's name that ends in the home country ("Austria-Korea"), a society seated abroad whatever
        # its name says, overseas Koreans recorded by where they live, a particle inside a name
        ("Foreigners and overseas Koreans visited the venue of the spring flower show.\n"
         "Karl Huber, chairman of the Austria-Korea Friendship Committee, said that the blooms were splendid.\n"
         "Maria Lopes da Costa, head of the Korean Culture Circle based in Portugal, said that she was delighted.\n"
         "Jo Man Sik, a vice-chairman of the Association of Korean Residents in Japan, said that it was moving.",
         D(2011, 4, 20), [("AUT", "PRK", "occurred", D(2011, 4, 1), MONTH),
                          ("JPN", "PRK", "occurred", D(2011, 4, 1), MONTH),
                          ("PRT", "PRK", "occurred", D(2011, 4, 1), MONTH)]),
        # what a guest says is no scene of the story: his words name an embassy and a fair abroad
        ("Foreigners visited the exhibition hall of gifts.\n"
         "Tomas Novak, a member of the Friendship Club of Slovakia, said: The hall recalls the stand our embassy set up "
         "at the fair held in Bratislava.\n"
         "It is a treasure house, he added.",
         D(2012, 5, 8), [("SVK", "PRK", "occurred", D(2012, 5, 1), MONTH)]),
        # "X who was head of a delegation said": the stay is over and no day is told of it
        ("Foreigners visited the museum of the revolution and expressed deep impressions.\n"
         "Ahmed Farouk who was head of an Egyptian cultural delegation said that the museum was rich.",
         D(2011, 6, 9), [("EGY", "PRK", "occurred", None, "unknown")]),
    ],
)
def test__extract__guest_voices_s18_shapes(extractor, text, pub, expected):
    assert keys(agency(extractor, text, pub)) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # the home side of a friendship society stays the host ("Korea-Austria": the first country owns it)
        ("Foreigners visited the venue of the spring flower show.\n"
         "Pak Chol, chairman of the Korea-Austria Friendship Committee, said that the guests were many.", D(2011, 4, 20)),
        # narrative that puts the scene abroad still vetoes the story (not a guest's words)
        ("Foreigners visited the photo exhibition.\n"
         "Tomas Novak, a member of the Friendship Club of Slovakia, said that the photographs were striking.\n"
         "The exhibition was held in Bratislava to mark the holiday.", D(2012, 5, 8)),
        # "After watching" a film abroad: the lede names a foreign city
        ("After watching the film at the cinema in Moscow, foreigners praised it.\n"
         "Ivan Orlov, a teacher of the Lyceum of Russia, said that it was touching.", D(2012, 5, 8)),
        # a plan told before the crowd
        ("After they will visit the farm, foreigners will meet officials.\n"
         "Ivan Orlov, a teacher of the Lyceum of Russia, said that he looks forward to it.", D(2012, 5, 8)),
    ],
)
def test__extract__guest_voices_s18_not_guests(extractor, text, pub):
    assert keys(agency(extractor, text, pub)) == []


def test__extract__guest_voices_evidence_is_the_sentence(extractor):
    text = ("Foreigners visited the venue of the spring flower show.\n"
            "Karl Huber, chairman of the Austria-Korea Friendship Committee, said that the blooms were splendid.")
    rows = [v for v in agency(extractor, text, D(2011, 4, 20)) if v["visitor_iso3"] == "AUT"]
    assert len(rows) == 1
    assert rows[0]["evidence"] == ("Karl Huber, chairman of the Austria-Korea Friendship Committee, said that the "
                                   "blooms were splendid.")


# -- overseas Koreans in the agency's rosters and arrivals (visit_kcna14.py present_rosters, visits.py) --------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a company's legal form inside the group's name ("Co., Ltd.") does not cut it
        ("Earlier, the delegation of the Pungnyon Trading Co., Ltd. of the General Association of Korean Residents in "
         "Japan arrived here.", D(2012, 6, 11), [("JPN", "PRK", "occurred")]),
        # a roster at an event here: overseas Koreans by where they live, whatever noun names them
        ("The delegates had a photo session with the Marshal.\n"
         "Present there were Choe Ryong Hae, the head of the delegation of Korean youth and students in Japan and the "
         "head of the delegation of the Federation of Korean Nationals in China.",
         D(2012, 8, 30), [("CHN", "PRK", "occurred"), ("JPN", "PRK", "occurred")]),
        # "the Young Communist League" names no town of Uruguay that would put the scene abroad
        ("The delegates had a photo session with the Marshal.\n"
         "They sang as the members of the Young Communist League of Korea did long ago.\n"
         "Present there were Choe Ryong Hae and the head of the delegation of the Federation of Korean Nationals in "
         "China.", D(2012, 8, 30), [("CHN", "PRK", "occurred")]),
    ],
)
def test__extract__overseas_koreans_by_residence(extractor, text, pub, expected):
    got = sorted((v["visitor_iso3"], v["host_iso3"], v["status"]) for v in agency(extractor, text, pub)
                 if not v["is_domestic"])
    assert got == expected


def test__extract__resident_foreigners_in_a_roster_stay_out(extractor):
    # "Chinese residents" live here: no guests (the s14 rule holds beside the overseas Koreans)
    text = ("The delegates had a photo session with the Marshal.\n"
            "Present there were Choe Ryong Hae and Chinese residents in the DPRK.")
    assert [v for v in agency(extractor, text, D(2012, 8, 30)) if not v["is_domestic"]] == []


# -- a speaker on a visit here anywhere in the story (visit_kcna13.py ``visiting_speakers``) -------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ('Li Wen, head of the visiting art troupe of the song and dance theatre of "Spring on the River" of China, said '
         'she was moved by the welcome.', D(2011, 7, 17), [("CHN", "PRK", "occurred", D(2011, 7, 1), "month")]),
        ("We saw a land of progress, said Ivan Petrov, chief of the choir of the Russian Ministry of Culture, when "
         "interviewed by KCNA on Monday before his departure from the DPRK.", D(2011, 7, 5),
         [("RUS", "PRK", "occurred", D(2011, 7, 1), "month")]),
    ],
)
def test__extract__visiting_speakers(extractor, text, pub, expected):
    assert keys(agency(extractor, text, pub)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an academic title, not a visit
        "Jong Ki Ryol, visiting professor of Qinghua University of China, noted that the loss was great.",
        # a departure from somewhere else
        "We saw a land of progress, said Ivan Petrov, chief of the choir of the Russian Ministry of Culture, before his "
        "departure from Moscow.",
    ],
)
def test__extract__visiting_speakers_not_guests(extractor, text):
    assert keys(agency(extractor, text, D(2012, 1, 10))) == []
