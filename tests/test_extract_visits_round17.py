"""Visits round 17: the traveller a clause's words name, events ahead and their lists of countries, talks between two
sides at home, trip nouns a story praises, tours and groups sent abroad, Spanish stories of a home outlet.
Own-words sentences; names are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date
KCNA = "http://www.kcna.co.jp/item/2011/201109/news30/x.html"  # a home outlet: "here" is Pyongyang


def foreign(extractor, text, pub, url=KCNA):
    """(visitor, host, status, date_start, date_end, precision) of each foreign visit record, sorted."""
    out = extractor.extract(ArticleInput("t17", None, text, pub, url))
    conform(out["visits"], "visits")
    return sorted(((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_end"], v["date_precision"])
                   for v in out["visits"] if not v["is_domestic"]), key=lambda r: tuple(str(x) for x in r))


def pairs(extractor, text, pub, url=KCNA):
    """(visitor iso3, host, status) of each foreign visit record, sorted."""
    out = extractor.extract(ArticleInput("t17", None, text, pub, url))
    return sorted({(v["visitor_iso3"], v["host_iso3"], v["status"]) for v in out["visits"] if not v["is_domestic"]})


# -- "on a visit to" and "who is on a visit to": the party just before it, whatever its place in the clause


@pytest.mark.parametrize("text, expected", [
    ("The leader accepted a present from Ivan Petrov, deputy minister of energy of the Russian Federation on a visit "
     "to the DPRK.", [("RUS", "PRK", "occurred")]),
    ("Ivan Petrov handed the present to Ri Chol, a DPRK minister who is on a visit to Russia, on Monday.",
     [("PRK", "RUS", "occurred")]),
])
def test__extract__on_a_visit_to_tells_of_the_party_just_before_it(extractor, text, expected):
    assert pairs(extractor, text, D(2011, 9, 29)) == expected


def test__extract__a_person_with_no_country_takes_the_town_of_his_appositive(extractor):
    # (the town's country: "the Dandong City People's Government" is China's)
    text = ("The leader was presented with a basket by the Dandong City People's Government on Thursday. It was handed to "
            "an official by Li Ping, deputy mayor of the Dandong City People's Government, on a visit to the DPRK.")
    assert pairs(extractor, text, D(2011, 9, 22)) == [("CHN", "PRK", "occurred")]


def test__extract__a_gift_sentence_without_a_visit_makes_no_trip(extractor):
    text = "The leader accepted a present from Ivan Petrov, chairman of a Russian charity, on the occasion of his birthday."
    assert foreign(extractor, text, D(2011, 2, 18)) == []


def test__extract__a_trip_told_in_a_sentence_going_on_with_the_act_before_takes_its_day(extractor):
    # "It was handed ..." goes on with the presenting of the sentence before: that Thursday
    text = ("The leader was presented with a basket by the Dandong City People's Government on Thursday. It was handed to "
            "an official by Li Ping, deputy mayor of the Dandong City People's Government, on a visit to the DPRK.")
    assert [r[3:] for r in foreign(extractor, text, D(2011, 9, 22))] == [(D(2011, 9, 22), D(2011, 9, 22), "day")]


def test__extract__a_person_opening_another_act_keeps_the_month(extractor):
    # "He visited ..." is not the interview of the sentence before
    text = ("Reverend Park Sung Ho of south Korea called for better ties at an interview with a paper on Sept. 29. "
            "He visited the DPRK as a member of a religious delegation of south Korea.")
    got = foreign(extractor, text, D(2011, 10, 2))
    assert all(r[3] != D(2011, 9, 29) for r in got)


# -- trips a story praises or recalls: the sentence's date is the praise's


def test__extract__a_trip_noun_a_statement_hails_is_left_undated(extractor):
    text = ("Figures of Peru and Chile issued statements on Sept. 5 and 6 hailing leader Kim Jong Il's successful visits "
            "to Russia and China. Meanwhile, Chairman Luis Quispe of the Workers' Front of Peru made a statement on "
            "Sept. 6 hailing his successful visits to Russia and China.")
    assert foreign(extractor, text, D(2011, 9, 12)) == [
        ("person:kim-jong-il", "CHN", "occurred", None, None, "unknown"),
        ("person:kim-jong-il", "RUS", "occurred", None, None, "unknown"),
    ]


def test__extract__a_praised_trip_the_story_tells_as_just_ended_takes_the_month(extractor):
    text = ("The people congratulated General Secretary Kim Jong Il on his returning home after successfully winding up "
            "his historic Russia and China visit.")
    assert [(r[1], r[5]) for r in foreign(extractor, text, D(2011, 8, 28))] == [("CHN", "month"), ("RUS", "month")]


def test__extract__a_praised_trip_and_a_dated_earlier_one_stay_two(extractor):
    text = ("A Russian paper devoted five pages to leader Kim Jong Il's historic visit to Russia. The article said Kim "
            "Jong Il's visit to Russia in 2001 brought about many changes.")
    assert sorted([r[5] for r in foreign(extractor, text, D(2011, 9, 2))]) == ["unknown", "year"]


@pytest.mark.parametrize("text", [
    "Warmly congratulating him on his successful visits to foreign countries, Ali Hassan, chairman of the Egypt-Korea "
    "Friendship Association, reaffirmed his support.",
    "The premier said that several visits paid by General Secretary Kim Jong Il to China have boosted the friendship.",
])
def test__extract__no_country_named_or_several_trips_give_no_dated_trip(extractor, text):
    got = foreign(extractor, text, D(2011, 9, 12))
    assert all(r[1] != "EGY" for r in got) and all(r[5] == "unknown" for r in got)


# -- a trip noun with its country in front: "his south Korea trip", "Kim's Russia and China visit"


def test__extract__a_trip_noun_whose_country_stands_before_it(extractor):
    text = "The special envoy of the U.S. State Department said during his south Korea trip in June that aid would go on."
    assert pairs(extractor, text, D(2012, 8, 1)) == [("USA", "KOR", "occurred")]


def test__extract__a_city_before_a_trip_noun_is_left_to_other_rules(extractor):
    text = "The minister said Kishida's Seoul trip revived the shuttle talks."
    assert all(r[1] != "KOR" or r[0] != "person:fumio-kishida" for r in foreign(extractor, text, D(2023, 3, 20)))


# -- an arrival told as a noun


@pytest.mark.parametrize("text, expected", [
    ("Wang Tao, member of the Central Committee of the Communist Party of China, made public a written speech on his "
     "arrival in Pyongyang Tuesday.", [("CHN", "PRK", "occurred")]),
    ("Upon arrival here, the Cuban delegation was greeted by officials.", [("CUB", "PRK", "occurred")]),
])
def test__extract__an_arrival_noun_is_a_trip(extractor, text, expected):
    assert pairs(extractor, text, D(2011, 11, 15)) == expected


def test__extract__an_arrival_of_a_season_is_no_trip(extractor):
    assert foreign(extractor, "Farmers in China prepared the fields before the arrival of spring.", D(2011, 3, 1)) == []


# -- the owner of the site visited is not its visitor


def test__extract__a_group_owning_the_site_visited_is_no_traveller(extractor):
    text = ("Figures of Ecuador visited the mourning station of the DPRK medical team in Quito on Dec. 21 to express "
            "condolences.")
    assert foreign(extractor, text, D(2011, 12, 26)) == []


def test__extract__a_group_heading_a_visit_is_still_a_traveller(extractor):
    text = ("Ahmad Khan who visited the DPRK at the head of the delegation of the Pakistani Society for Friendship said "
            "the country was advancing.")
    assert pairs(extractor, text, D(2011, 5, 20)) == [("PAK", "PRK", "occurred")]


# -- events: ahead or held, the countries listed as taking part, the scene told before


def test__extract__an_event_ahead_and_the_countries_it_will_bring_together(extractor):
    text = ("An international symposium on agriculture is to be held under the sponsorship of a university here between "
            "August 21 and 22. It will bring together scientists of various countries including the DPRK, Laos, "
            "Mongolia and Vietnam.")
    assert pairs(extractor, text, D(2012, 8, 3)) == [
        ("LAO", "PRK", "planned"), ("MNG", "PRK", "planned"), ("VNM", "PRK", "planned")]


def test__extract__a_countries_including_list_at_an_event_placed_a_sentence_before(extractor):
    text = ("DPRK players proved successful at the Asian junior wrestling championships held in Nepal from Nov. 5 to 12. "
            "The championships brought together more than 150 players from over 15 countries including India, Iran "
            "and Japan.")
    assert pairs(extractor, text, D(2012, 11, 17)) == [
        ("IND", "NPL", "occurred"), ("IRN", "NPL", "occurred"), ("JPN", "NPL", "occurred"), ("PRK", "NPL", "occurred")]


def test__extract__the_home_side_named_anywhere_at_a_contest_abroad(extractor):
    text = ("DPRK students won three gold medals at the 50th International Physics Olympiad. The Olympiad held in "
            "Kenya brought together students from 80 countries. They returned home on Thursday.")
    assert pairs(extractor, text, D(2012, 7, 19)) == [("PRK", "KEN", "occurred")]


@pytest.mark.parametrize("text", [
    # an event no one travelled to
    "An Internet seminar took place in Nepal on August 3. It brought together figures from countries including "
    "Japan, Laos and Mongolia.",
    # a name's capitalised word is no participant noun ("Students of Peru")
    "Meetings were held in Vietnam on Sept. 4. Luis Quispe, chairman of the Front of Workers and Students of Peru, spoke.",
])
def test__extract__events_with_no_travellers(extractor, text):
    assert foreign(extractor, text, D(2011, 9, 16)) == []


# -- talks between a home side and a foreign one, here or at a home hall


@pytest.mark.parametrize("text, expected", [
    ("Talks were held between the delegations of the Workers' Party of Korea and the Indonesian Labour Party of "
     "Unity here on Tuesday.", [("IDN", "PRK", "occurred")]),
    ("Talks were held between the delegations of the DPRK Press Committee and the Ministry of Information, Culture and "
     "Sports of Laos here on Wednesday.", [("LAO", "PRK", "occurred")]),
    ("The delegations of the Workers' Party of Korea and the Communist Party of China had talks at the Mansudae "
     "Assembly Hall on Thursday.", [("CHN", "PRK", "occurred")]),
])
def test__extract__talks_between_two_sides_at_home(extractor, text, expected):
    assert pairs(extractor, text, D(2011, 10, 12)) == expected


def test__extract__talks_at_a_ministry_with_no_home_place_name_no_host(extractor):
    text = ("Talks between the military delegation of the Korean People's Army and the delegation of the Thai Ministry of "
            "Defence were held at the building of the ministry on Monday.")
    assert all(r[1] != "PRK" for r in foreign(extractor, text, D(2011, 3, 29)))


def test__extract__a_long_appositive_between_the_two_sides(extractor):
    text = ("Talks between Kim Yong Nam, member of the Presidium of the Political Bureau of the Central Committee of the "
            "Workers' Party of Korea and president of the Presidium of the DPRK Supreme People's Assembly, and Bounmy "
            "Keola, general secretary of the Central Committee of the Lao People's Revolutionary Party and president of "
            "the Lao People's Democratic Republic, were held at the Mansudae Assembly Hall on Thursday.")
    assert pairs(extractor, text, D(2011, 9, 22)) == [("LAO", "PRK", "occurred")]


# -- the words of a clause's subject name the traveller's country


@pytest.mark.parametrize("text, expected", [
    ("President of the Cuban Society of Friendship with Peoples Ana Ruiz Vega and her companion arrived here "
     "Saturday.", [("CUB", "PRK", "occurred")]),
    ("Families of Chinese related to the anti-Japanese struggle left for home on Friday.", [("CHN", "PRK", "occurred")]),
    ("Jose Luna Diaz, coordinator of the National Committee of the Labour Party of Mexico, arrived here on Tuesday.",
     [("MEX", "PRK", "occurred")]),
])
def test__extract__a_subject_whose_words_name_one_foreign_country(extractor, text, expected):
    assert pairs(extractor, text, D(2011, 9, 24)) == expected


@pytest.mark.parametrize("text", [
    "More U.S. soldiers in Iraq met deaths due to attacks by the resistance forces.",
    "Chinese residents in North Phyongan Province of the DPRK visited the mourning places on Dec. 21.",
    "A concert for solidarity with Cuba was held here Thursday.",
    "At least 12,000 Koreans from overseas and 38,000 foreigners have visited Mangyongdae this year.",
])
def test__extract__subjects_that_are_no_travellers(extractor, text):
    assert foreign(extractor, text, D(2011, 12, 23)) == []


def test__extract__kin_of_a_registry_person_travel_for_his_country(extractor):
    text = ("Ri Hui Suk, widow of Kim Dae Jung, ex-president of south Korea, and her party came to Pyongyang on Monday.")
    assert pairs(extractor, text, D(2011, 12, 27)) == [("KOR", "PRK", "occurred")]


# -- the inverted departure notice: each party listed after the verb


def test__extract__an_inverted_departure_lists_a_group_and_a_person(extractor):
    text = ("Departing from here on the same day were a delegation of the International Department of the C.C., the "
            "Communist Party of China led by its Head Wang Ming and Jose Silva, secretary of the Central Committee of the "
            "Brazilian Communist Party.")
    assert pairs(extractor, text, D(2012, 8, 3)) == [("BRA", "PRK", "occurred"), ("CHN", "PRK", "occurred")]


def test__extract__a_later_mention_of_the_countrys_delegation_is_the_named_heads_trip(extractor):
    text = ("Talks between DPRK Foreign Minister Pak Ui Chun and Singaporean Foreign Minister K. Lim were held in "
            "Singapore on July 27. The Singaporean foreign minister gave a reception for the DPRK delegation that day.")
    assert [r[:3] for r in foreign(extractor, text, D(2011, 7, 28))] == [("person:pak-ui-chun", "SGP", "occurred")]


# -- tours of a list of countries, groups sent abroad, speeches at an event abroad


def test__extract__a_tour_of_several_countries_from_a_day(extractor):
    text = "U.S. State Secretary Hillary made a 10-day tour of Ghana, Kenya and other countries from July 31."
    assert foreign(extractor, text, D(2012, 8, 21)) == [
        ("person:hillary-clinton", "GHA", "occurred", D(2012, 7, 31), D(2012, 8, 9), "day"),
        ("person:hillary-clinton", "KEN", "occurred", D(2012, 7, 31), D(2012, 8, 9), "day"),
    ]


def test__extract__an_inspection_tour_is_no_trip_abroad(extractor):
    text = "Supreme Commander Kim Jong Un made an inspection tour of the Seoul Guards Division on New Year's Day."
    assert foreign(extractor, text, D(2012, 6, 2)) == []


@pytest.mark.parametrize("text, expected", [
    ("The U.S. has sent delegations of American businessmen to Ghana and Kenya this year.",
     [("USA", "GHA", "occurred"), ("USA", "KEN", "occurred")]),
    ("When the president died, Kim Jong Il dispatched a delegation of mourners to Seoul.", [("PRK", "KOR", "occurred")]),
])
def test__extract__a_group_sent_abroad(extractor, text, expected):
    assert pairs(extractor, text, D(2012, 8, 21)) == expected


def test__extract__a_message_sent_is_no_trip(extractor):
    assert foreign(extractor, "The DPRK sent a message to Ghana and Kenya on Monday.", D(2012, 8, 21)) == []


def test__extract__a_speech_at_an_event_held_abroad_names_the_speaker_later(extractor):
    text = ("Russian President Dmitri Medvedev criticised the observers. Addressing a meeting of the council of heads of "
            "state held in Dushanbe, Tajikistan, recently, the president said the team was biased.")
    assert [r[:3] for r in foreign(extractor, text, D(2011, 9, 6))] == [("person:dmitry-medvedev", "TJK", "occurred")]


def test__extract__an_office_with_its_portfolio_and_country_travels(extractor):
    text = "Shortly ago, a vice-minister of Defense of Japan toured the U.S. and agreed to start discussions."
    assert pairs(extractor, text, D(2012, 11, 27), url=None) == [("JPN", "USA", "occurred")]


def test__extract__a_region_of_a_place_named_as_china_is_china(extractor):
    text = "Delegations from Sweden and Hong Kong of China arrived here on Wednesday for the film festival."
    assert pairs(extractor, text, D(2012, 9, 19)) == [("CHN", "PRK", "occurred"), ("SWE", "PRK", "occurred")]


# -- Spanish stories of a home outlet


@pytest.mark.parametrize("text, expected", [
    ("La delegación del Partido Comunista de China encabezada por Li Yuanchao depositó el día 13 una ofrenda floral ante "
     "el monumento en esta capital.", [("person:li-yuanchao", "PRK", "occurred", D(2011, 6, 13), D(2011, 6, 13), "day")]),
    ("Por otra parte, el mismo día arribaron aquí las delegaciones de Cuba y Laos para participar en la feria.",
     [("country:CUB", "PRK", "occurred", D(2011, 6, 1), D(2011, 6, 30), "month"),
      ("country:LAO", "PRK", "occurred", D(2011, 6, 1), D(2011, 6, 30), "month")]),
    ("El año pasado, el Secretario General Kim Jong Il visitó dos veces a China y habló con los dirigentes.",
     [("person:kim-jong-il", "CHN", "occurred", D(2010, 1, 1), D(2010, 12, 31), "year")]),
])
def test__extract__spanish_stories_of_a_home_outlet(extractor, text, expected):
    assert foreign(extractor, text, D(2011, 6, 13)) == expected


@pytest.mark.parametrize("text", [
    # embassy staff posted in the country
    "Con motivo del aniversario, los miembros de la Embajada de Rusia en Corea depositaron el día 23 una ofrenda floral.",
    # a visit abroad with no home place: another country's own shrine
    "Hace poco, decenas de parlamentarios japoneses visitaron en grupo el santuario de la guerra.",
    # a noun after a possessive is no verb
    "Los medios cubrieron el viaje del grupo desde su partida hasta su arribo al destino.",
])
def test__extract__spanish_sentences_with_no_trip(extractor, text):
    assert foreign(extractor, text, D(2011, 5, 6)) == []


def test__extract__agreeing_to_go_ahead_with_a_project_is_not_accepting_a_trip():
    """Review of round 16: "agreed to go ahead with" a project must not turn an invitation into a planned trip,
    while "agreed to go to" a country still does."""
    import datetime as _dt

    from newslens.extract import ArticleInput, Extractor

    ex = Extractor()

    def statuses(text):
        out = ex.extract(ArticleInput(article_id="t", title="", text=text, published_date=_dt.date(2019, 3, 4), url=None))
        return sorted(v["status"] for v in out["visits"] if not v.get("is_domestic"))

    assert statuses("Moon Jae-in invited Vladimir Putin to visit South Korea, and the two sides agreed to go ahead "
                    "with a gas pipeline study.") == ["invited"]
    assert statuses("Moon Jae-in invited Vladimir Putin to visit South Korea, and Putin agreed to come.") == ["planned"]
