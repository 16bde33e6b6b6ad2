"""Session 16: transcripts whose speaker is known (the kremlin.ru sentences). Fixtures are our own words."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.evaluate import resolve_source
from newslens.extract import ArticleInput
from newslens.extract.visit_kremlin16 import transcript_source
from newslens.ingest import prepare_article
from newslens.readers import read_inputs

KREMLIN_FILE = "putin_kremlin_sentences_mentioning_Japan.csv"  # a sibling of the China file, named as the corpus names them


# ------------------------------------------------------------------------------------------------ plumbing


@pytest.mark.parametrize("path, source", [
    ("corpus/kremlin/putin_kremlin_sentences_mentioning_China.csv", "kremlin.ru"),
    ("/data/x/PUTIN_KREMLIN_SENTENCES_mentioning_India.csv.gz", "kremlin.ru"),
    ("archive.zip/putin_kremlin_sentences_mentioning_Korea.csv", "kremlin.ru"),
    ("news/kremlin_watch.csv", None),                      # a file about the Kremlin is no transcript
    ("putin_speeches_notes.csv", None),
    (None, None),
])
def test__transcript_source__by_file_name(path, source):
    found = transcript_source(path)
    assert (found["source"] if found else None) == source


def test__resolve_source__transcript_row_gets_the_site(tmp_path):
    """A row of a known transcript corpus with no URL gets the site's address; other files get none."""
    (tmp_path / "corpus").mkdir()
    body = "source_doc_id,date,sentence,found_term\n7,2015-03-02 10:00:00,Our own made-up line about Japan.,japan\n"
    (tmp_path / "corpus" / KREMLIN_FILE).write_text(body)
    (tmp_path / "corpus" / "other.csv").write_text(body)
    item = {"id": "k", "source": {"kind": "shared", "file": f"corpus/{KREMLIN_FILE}", "row": 0}}
    assert resolve_source(item, shared=tmp_path).url == "http://en.kremlin.ru/"
    item["source"]["file"] = "corpus/other.csv"
    assert resolve_source(item, shared=tmp_path).url is None
    item["source"]["url"] = "http://example.org/own"             # the item's own URL wins
    assert resolve_source(item, shared=tmp_path).url == "http://example.org/own"


def test__prepare_article__transcript_rows_get_the_outlet_not_a_url(tmp_path):
    """Ingest: each row of the corpus gets the outlet (it tells who speaks); no shared URL that would merge row ids."""
    path = tmp_path / KREMLIN_FILE
    path.write_text("source_doc_id,date,sentence,found_term\n"
                    "7,2015-03-02 10:00:00,Our own made-up line about Japan.,japan\n"
                    "8,2015-03-03 10:00:00,Another made-up line about Japan.,japan\n")
    records = read_inputs([str(path)]).records
    articles = [prepare_article(r) for r in records]
    assert [(a["source"], a["url"]) for a in articles] == [("kremlin.ru", None), ("kremlin.ru", None)]
    assert articles[0]["article_id"] != articles[1]["article_id"]
    plain = tmp_path / "speeches.csv"
    plain.write_text(path.read_text())
    assert prepare_article(read_inputs([str(plain)]).records[0])["source"] is None


# ------------------------------------------------------------------------------------------------ first-person trips

PUTIN = "person:vladimir-putin"


def _trips(extractor, text, day, url="http://en.kremlin.ru/", source=None):
    out = extractor.extract(ArticleInput("t", "", text, day, url, source))
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_precision"],
                   v["date_start"].isoformat()[:7] if v["date_start"] else None)
                  for v in out["visits"] if not v["is_domestic"])


@pytest.mark.parametrize("text, day, expected", [
    # a possessive trip noun with a month named in the sentence
    ("During my trip to Vietnam in November, we agreed to open a new credit line.", dt.date(2017, 12, 5),
     [(PUTIN, "VNM", "occurred", "month", "2017-11")]),
    # a city as the host, undated
    ("When I was in Tokyo on a short visit, the prime minister showed me a garden of old maples.", dt.date(2016, 3, 1),
     [(PUTIN, "JPN", "occurred", "unknown", None)]),
    # a plan in the future tense
    ("I will visit Argentina next month for the leaders' summit.", dt.date(2018, 11, 1),
     [(PUTIN, "ARG", "planned", "month", "2018-12")]),
    # a plan told by the words before it: the publication month
    ("On the eve of my state visit to Egypt, let me say a few words to the readers of Al-Ahram.", dt.date(2017, 12, 10),
     [(PUTIN, "EGY", "planned", "month", "2017-12")]),
    # the month as a modifier of the noun
    ("The agreements of my March visit to Hungary are already bearing fruit.", dt.date(2019, 10, 30),
     [(PUTIN, "HUN", "occurred", "month", "2019-03")]),
    # an accepted invitation
    ("I gladly accepted his invitation to visit Finland and watch the hockey final.", dt.date(2019, 5, 2),
     [(PUTIN, "FIN", "planned", "unknown", None)]),
    # "just" on the cue's own verb: the publication month (a "we" trip is no longer read: review s16-r)
    ("I have just visited Mongolia with our ministers, and the talks went well.", dt.date(2019, 9, 4),
     [(PUTIN, "MNG", "occurred", "month", "2019-09")]),
    # a bare phrase, then a future main clause: a plan
    ("During my visit to Turkey, we will open the new gas line.", dt.date(2020, 1, 2),
     [(PUTIN, "TUR", "planned", "unknown", None)]),
])
def test__transcript_trips__speaker_travels(extractor, text, day, expected):
    assert [t for t in _trips(extractor, text, day) if t[0] == PUTIN] == expected


@pytest.mark.parametrize("text", [
    "My colleagues' visit to Brazil was a real success.",          # someone else's trip
    "Our visits to India have become a regular affair.",           # exchanges in general, not one trip
    "My trip to Kazan showed how fast the region is growing.",     # a place at home: no foreign visit
    "I had to cancel my visit to Brazil because of the floods.",   # no trip made
    "I hope that you will visit Japan before the year is out.",    # the addressee, not the speaker
    "We were in third place for investment after Germany and Japan.",  # "were in" with no place after it
    "Many of our tourists visited Vietnam last year.",             # tourists
])
def test__transcript_trips__near_misses(extractor, text):
    assert [t for t in _trips(extractor, text, dt.date(2018, 6, 1)) if t[0] == PUTIN] == []


def test__transcript_trips__needs_a_known_speaker(extractor):
    """The same sentence from a source whose speaker is unknown gives no trip of the Russian president."""
    text = "Last year, during my visit to Indonesia, we agreed on the new port."
    assert _trips(extractor, text, dt.date(2019, 2, 1)) == [(PUTIN, "IDN", "occurred", "year", "2018-01")]
    assert [t for t in _trips(extractor, text, dt.date(2019, 2, 1), url="http://example.org/speech") if t[0] == PUTIN] == []
    # the ingested corpus gives the outlet, not a URL: the same reading
    assert _trips(extractor, text, dt.date(2019, 2, 1), url=None, source="kremlin.ru") == \
        [(PUTIN, "IDN", "occurred", "year", "2018-01")]


@pytest.mark.parametrize("text, day, expected", [
    # a label names the speaker
    ("Prime Minister of India Narendra Modi (retranslated): I am delighted to be in Vladivostok again.",
     dt.date(2019, 9, 4), [("person:narendra-modi", "RUS", "occurred", "day", "2019-09")]),
    # the speaker names his own office
    ("This is my third visit to Russia as Prime Minister of Japan.", dt.date(2016, 5, 6),
     [("person:shinzo-abe", "RUS", "occurred", "day", "2016-05")]),
    ("I am making my first trip abroad to Russia after becoming President of France.", dt.date(2017, 5, 29), []),
])
def test__transcript_trips__the_sentence_names_another_speaker(extractor, text, day, expected):
    assert [t for t in _trips(extractor, text, day) if t[0] != "country:RUS"] == expected


def test__transcript_trips__an_office_told_of_the_addressee_is_not_the_speakers(extractor):
    """'as President of China you ...': the office is the guest's; the speaker stays the Russian president."""
    text = "Mr Xi, as President of China you chose my country first, and I remember my visit to Beijing well."
    found = _trips(extractor, text, dt.date(2014, 2, 6))
    assert (PUTIN, "CHN", "occurred", "unknown", None) in found
    assert not any(t[0] == "person:xi-jinping" and t[1] == "CHN" for t in found)


# ------------------------------------------------------------------------------------------------ named guests


@pytest.mark.parametrize("text, day, expected", [
    # the guest named at the start, "your visit ... is taking place": under way, the day
    ("Prime Minister Modi, your official visit to Russia is taking place at a special time for both our peoples.", dt.date(2019, 9, 4),
     ("person:narendra-modi", "RUS", "occurred", "day", "2019-09")),
    # named at the end, a past visit with its month
    ("Your visit to Moscow in May opened a new stage, Mr Abe.", dt.date(2016, 9, 2),
     ("person:shinzo-abe", "RUS", "occurred", "month", "2016-05")),
    # a welcome to a city of the speaker's country, the guest addressed right after it
    ("Welcome to St Petersburg, President Macron, and thank you for coming.", dt.date(2018, 5, 24),
     ("person:emmanuel-macron", "RUS", "occurred", "day", "2018-05")),
    # a present invitation in the first person, with a month ahead
    ("I invite President Macron to come to Russia in November for the forum.", dt.date(2019, 8, 19),
     ("person:emmanuel-macron", "RUS", "invited", "month", "2019-11")),
    ("I cordially invite Prime Minister Abe to visit Vladivostok next autumn.", dt.date(2018, 1, 10),
     ("person:shinzo-abe", "RUS", "invited", None, None)),
])
def test__guest_cues__named_guest(extractor, text, day, expected):
    found = _trips(extractor, text, day)
    if expected[3] is None:  # the date is not what this case tests
        assert expected[:3] in [t[:3] for t in found]
    else:
        assert expected in found


@pytest.mark.parametrize("text", [
    "Your successful visit to Russia last spring was a key event of the year.",   # the guest not named
    "Mr President, your visit to Japan was a success.",                         # a title, no name
    "Mr Abe said your visit to Japan was a success.",                           # a name that is a subject, not addressed
    "I invite our partners to come to Russia and invest.",                      # no named invitee
    "President Macron welcomed the agreement on the Russian grain corridor.",   # "welcomed", not a welcome to a place
    "Our investors are welcome to come to Russia and build plants, Mr Abe.",   # an open offer, no place after "to"
    "Welcome to the club, Mr Abe.",                                             # no place
])
def test__guest_cues__near_misses(extractor, text):
    assert _trips(extractor, text, dt.date(2019, 8, 19)) == []


# ------------------------------------------------------------------------------------------------ named trips


@pytest.mark.parametrize("text, day, url, expected", [
    # "to our country" in a transcript: the speaker's country hosts
    ("Mr Abe's official visit to our country is going very well.", dt.date(2016, 5, 6), "http://en.kremlin.ru/",
     ("person:shinzo-abe", "RUS", "occurred", "day", "2016-05")),
    ("We will sign the treaty during Prime Minister Modi's forthcoming visit to our country.", dt.date(2019, 8, 1),
     "http://en.kremlin.ru/", ("person:narendra-modi", "RUS", "planned", "unknown", None)),
    # a choice of a first trip: the subject, or "he" after him
    ("After his election, President Macron chose Russia for his first visit outside Europe.", dt.date(2018, 1, 5),
     "http://en.kremlin.ru/", ("person:emmanuel-macron", "RUS", "occurred", "unknown", None)),
    ("In May 2014, after Modi took office, he chose Bhutan as the destination of his first trip abroad.",
     dt.date(2015, 2, 1), "http://en.kremlin.ru/", ("person:narendra-modi", "BTN", "occurred", "month", "2014-05")),
    ("Prime Minister Abe picked Mongolia for his first foreign tour of 2013.", dt.date(2014, 2, 1),
     "http://en.kremlin.ru/", ("person:shinzo-abe", "MNG", "occurred", "year", "2013-01")),
])
def test__named_cues__trips_of_named_travellers(extractor, text, day, url, expected):
    assert expected in _trips(extractor, text, day, url=url)


@pytest.mark.parametrize("text, url", [
    ("Our country's trade with India keeps growing, Mr Modi's aides said.", "http://en.kremlin.ru/"),  # no trip noun
    ("Mr Abe's visit to our country was the subject of the talks.", "http://example.org/"),           # speaker unknown
    ("Abe said the firm chose Russia for its first plant abroad.", "http://example.org/"),            # a firm's choice
    ("Modi chose Bhutan for his first trip abroad.", "http://example.org/"),                         # news: no date
    ("Modi chose Bhutan over Nepal for his first trip abroad in 2014.", "http://example.org/"),       # not "X for"
])
def test__named_cues__near_misses(extractor, text, url):
    found = _trips(extractor, text, dt.date(2015, 3, 1), url=url)
    assert not [t for t in found if t[0] in ("person:shinzo-abe", "person:narendra-modi") and t[1] in ("RUS", "BTN")]


# ------------------------------------------------------------------------------------------------ review s16-r
# The reviewer's broken probes, in other words: each case gave a record (or a wrong one) before the fix.

KR = "http://en.kremlin.ru/"
NEWS = "https://www.example-news.com/world/2016/story"


@pytest.mark.parametrize("text, url", [
    # 1. the guest, welcome, invite and choice rules read only a known transcript, never news text
    ("Li Keqiang, speaking in Shanghai, extended a warm welcome to Uzbekistan as the fund's newest member.", NEWS),
    ('Merkel, in a note to Macron, wrote: "Your recent visit to Mali gave the mission new heart."', NEWS),
    ("Macron picked Morocco for his first trip abroad, set for June 14.", NEWS),
    ("Merkel chose Greece for her visit in March 2015, the government said.", NEWS),
    ('"If we invite Erdogan to visit Athens, the coalition will fall," the aide said.', NEWS),
    ("Her welcome to Chilean President Michelle Bachelet was warm, Merkel's aides said.", NEWS),
    # 8. the site must be the URL's host, not a word in its path
    ("During my visit to Brazil we talked about football.", "https://www.example-news.com/kremlin.ru-transcripts/brazil"),
])
def test__review_s16__news_text_gets_no_transcript_record(extractor, text, url):
    assert [t for t in _trips(extractor, text, dt.date(2016, 2, 1), url=url)
            if t[1] in ("UZB", "MLI", "MAR", "GRC", "TUR", "CHL", "BRA")] == []


@pytest.mark.parametrize("text", [
    # 2. a trip postponed, called off, unsure, waited for or overdue: no occurred record
    "My visit to Brazil has been put off because of the floods.",
    "My trip to Chile was cancelled at the very last moment.",
    "My visit to Peru, regrettably, did not take place.",
    "My visit to Israel would only make sense after the new government is formed.",
    "My journey to Egypt could happen in autumn, if our partners agree.",
    "We are still waiting for President Macron's visit to our country.",
    "Chancellor Merkel's visit to our country was called off after the crisis.",
    "Mr Erdogan, your visit to Moscow is simply not possible under these conditions.",
    "President Macron, your visit to Russia is long overdue.",
    # 4. "we" trips, quotation and another speaker's words
    "We went to Libya at the request of nobody, our critics claim.",
    "We were in Angola for fifteen years.",
    "We will be in Venezuela as long as its government asks.",
    'As Chancellor Merkel put it to me, "my trip to Namibia was moving."',
    "After Minsk, I will go on to Kenya and Ghana.",
    # "I was in" without a trip word, or a stay
    "When I was in Leipzig, working for the service, the regime collapsed.",
    "I was in Hamburg for three years as a young officer.",
    "When I was in France as a student, I learned to cook.",
    "When I was in Austria in the 1990s, I skied a lot.",
    # 5. a demonym or a stand is no host
    "Yesterday I visited the Indian pavilion at the fair in Kazan.",
    "My visit to the Brazil stand at the exhibition was short.",
    # 7. no welcome of a member or an offer at any time
    "President Modi, we extend a warm welcome to Bangladesh, the bank's newest member.",
    "Mr Macron, we are ready to welcome you to Kazan at any time.",
    # a plan told later to have happened
    "I accepted the invitation to visit Chile in 2015, and the trip took place that autumn.",
])
def test__review_s16__no_record(extractor, text):
    found = _trips(extractor, text, dt.date(2016, 6, 1))
    assert [t for t in found if t[2] == "occurred" or t[0] == PUTIN] == []


def test__review_s16__an_office_told_of_another_person_is_not_the_speakers(extractor):
    """'I met Xi, who had just become President of China': the office is Xi's; and 'when I was in X' with no trip
    word is no trip at all -> no record for either."""
    for text in ("When I was in Mongolia, I met Xi Jinping, who had just become President of China.",
                 "When I was in France, I spoke with Joe Biden, who had become Vice President of the United States."):
        assert _trips(extractor, text, dt.date(2014, 5, 20)) == []


@pytest.mark.parametrize("text, day, expected", [
    # 2. the words say it is a plan: planned, dated ahead
    ("My visit to India is planned for October.", dt.date(2016, 5, 20), (PUTIN, "IND", "planned", "month", "2016-10")),
    ("President Macron, your visit to Russia is scheduled for June.", dt.date(2017, 2, 10),
     ("person:emmanuel-macron", "RUS", "planned", "month", "2017-06")),
    ("Chancellor Merkel's visit to our country is being prepared.", dt.date(2015, 3, 10),
     ("person:angela-merkel", "RUS", "planned", "unknown", None)),
    # 3. a remembered or past visit is not under way today
    ("Mr Modi, your 2015 visit to Russia is remembered by many.", dt.date(2017, 6, 25),
     ("person:narendra-modi", "RUS", "occurred", "year", "2015-01")),
    ("Mr Erdogan, your last visit to Russia is still remembered in Sochi.", dt.date(2017, 6, 25),
     ("person:recep-tayyip-erdogan", "RUS", "occurred", "unknown", None)),
    ("President Macron, your visit to Russia is a milestone: our trade will double by 2025.", dt.date(2017, 6, 25),
     ("person:emmanuel-macron", "RUS", "occurred", "unknown", None)),
    # 6. a date only from the cue's own clause; "just" only on the cue's verb
    ("Our talks are not just about gas, and during my visit to Laos we discussed schools too.", dt.date(2016, 5, 20),
     (PUTIN, "LAO", "occurred", "unknown", None)),
    ("I visited Peru on a state visit, and we agreed to meet again in 2018.", dt.date(2016, 11, 20),
     (PUTIN, "PER", "occurred", "unknown", None)),
    ("Two weeks ago, during my visit to Vietnam, the bank opened a new office.", dt.date(2016, 11, 20),
     (PUTIN, "VNM", "occurred", "month", "2016-11")),
])
def test__review_s16__status_and_date(extractor, text, day, expected):
    found = _trips(extractor, text, day)
    assert expected in found
    assert len([t for t in found if t[:2] == expected[:2]]) == 1


def test__review_s16__a_quoted_guest_is_not_the_speaker(extractor):
    """'Mr Modi told me: "I visited Mongolia ..."': Modi's trip (the older rules), never the Russian president's."""
    found = _trips(extractor, 'Mr Modi told me: "I visited Mongolia in May and liked it."', dt.date(2016, 6, 1))
    assert not [t for t in found if t[0] == PUTIN]
