"""Visits, KCNA session 8. Own-words sentences about plausible events (none copied from any gold or corpus story).

1. "will soon visit" / "is soon to pay a visit": a plan dated only as near takes the publication month (the lead's
   session-8 convention); a plan with a date of its own keeps it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
KCNA = "http://www.kcna.co.jp/index-e.htm"


def recs(extractor, text, pub, url=KCNA):
    out = extractor.extract(ArticleInput("k8", "", text, pub, url))["visits"]
    return [v for v in out if not v["is_domestic"]]


def keys(extractor, text, pub, url=KCNA):
    return {(v["visitor_id"] or v["visitor_iso3"], v["host_iso3"], v["status"]) for v in recs(extractor, text, pub, url)}


def dated(extractor, text, pub, url=KCNA):
    return {(v["visitor_iso3"], v["host_iso3"], v["status"], str(v["date_start"]), str(v["date_end"]))
            for v in recs(extractor, text, pub, url)}


# -- 1. "will soon visit": the publication month

@pytest.mark.parametrize("text, pub, vis, host", [
    ("A government delegation of Mongolia will soon pay an official goodwill visit to the DPRK.", D(2012, 3, 14),
     "MNG", "PRK"),
    ("A delegation of the Korean Journalists Union led by its chairman will soon visit Indonesia at the invitation of "
     "the Indonesian press council.", D(2011, 9, 21), "PRK", "IDN"),
    ("Vice-Premier Ri Chol Man said that a trade delegation would soon travel to Vietnam.", D(2012, 6, 2),
     "PRK", "VNM"),
])
def test_soon_plan_takes_the_publication_month(extractor, text, pub, vis, host):
    got = dated(extractor, text, pub)
    first = pub.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    assert (vis, host, "planned", str(first), str(last)) in got


def test_plan_with_its_own_date_keeps_it(extractor):
    text = "A delegation of the Supreme People's Assembly will visit Laos from April 20 to 24."
    got = dated(extractor, text, D(2012, 3, 14))
    assert ("PRK", "LAO", "planned", "2012-04-20", "2012-04-24") in got


# -- 2. a date introduced by the statement that tells of the trip is the statement's

@pytest.mark.parametrize("text, pub, host", [
    ("The Juche Idea Study Society of Tanzania congratulated Kim Jong Il on his successful visit to Laos in the "
     "statement on March 9.", D(2012, 3, 15), "LAO"),
    ("The Nepal-Korea Friendship Association praised Kim Jong Il's visit to Vietnam in its bulletin dated June 2.",
     D(2012, 6, 8), "VNM"),
])
def test_statement_date_after_trip_is_not_the_trips(extractor, text, pub, host):
    got = [v for v in recs(extractor, text, pub) if v["host_iso3"] == host]
    assert got and all(v["date_start"] is None for v in got)


def test_trip_date_before_the_statement_stays(extractor):
    # negative: the trip's own date, then a statement with no date
    text = "Kim Jong Il visited Laos on March 2, the press office said in a statement."
    got = [v for v in recs(extractor, text, D(2012, 3, 15)) if v["host_iso3"] == "LAO"]
    assert got and str(got[0]["date_start"]) == "2012-03-02"


# -- 3. "he" after a story opened by a body that names one person

@pytest.mark.parametrize("text, pub, host", [
    ("The Uganda Committee for the Study of Songun Politics published an article on March 4 lauding leader Kim Jong "
     "Il. The article said that he visited Khabarovsk of Russia from February 10 to 13 this year.", D(2011, 3, 9), "RUS"),
    ("The Danish Korea Friendship Society sent a letter to Kim Jong Il on July 2. It recalled that he toured "
     "Heilongjiang Province of China on June 12 and 13.", D(2011, 7, 6), "CHN"),
    ("The Mali Society for the Study of the Juche Idea issued a statement on May 2 lauding Kim Jong Il. The society "
     "received joyful news that he toured Jilin Province of China from April 20 to 24.", D(2011, 5, 6), "CHN"),
])
def test_he_after_body_opening_is_the_one_person(extractor, text, pub, host):
    assert ("person:kim-jong-il", host, "occurred") in keys(extractor, text, pub)


def test_unreported_he_after_body_opening_stays_unbound(extractor):
    # negative: a "he" that is not reported speech is not guessed to be the one person the story named
    text = ("The Juche Idea Study Group of Ghana held a seminar on May 3 on the works of Kim Jong Il. After he "
            "crossed into Togo on May 5, the chairman spoke again.")
    assert not any(h == "TGO" for v, h, s in keys(extractor, text, D(2011, 5, 9)))


def test_he_with_two_persons_named_stays_unbound(extractor):
    # negative: two people named before "he": no guess
    text = ("The Uganda Committee for the Study of Songun Politics sent letters to Kim Jong Il and Hu Jintao on March 4. "
            "The letter said that he visited Khabarovsk of Russia in February.")
    got = keys(extractor, text, D(2011, 3, 9))
    assert not any(h == "RUS" for v, h, s in got)


# -- 4. "his <trip>" after a person told as on the move is that person's, not the sentence subject's

@pytest.mark.parametrize("text, pub, host", [
    ("Wen Jiabao saw off Kim Jong Il at the station. Wen Jiabao wished a safe journey to Kim Jong Il passing through "
     "Liaoning Province in the wake of his visit to Mongolia.", D(2011, 9, 2), "MNG"),
    ("Dai Bingguo sent warm greetings to Kim Jong Il travelling across Heilongjiang Province after his visit "
     "to Russia.", D(2011, 8, 27), "RUS"),
])
def test_his_trip_of_the_person_on_the_move(extractor, text, pub, host):
    got = keys(extractor, text, pub)
    assert ("person:kim-jong-il", host, "occurred") in got
    assert not any(h == host and v != "person:kim-jong-il" for v, h, s in got)


@pytest.mark.parametrize("text, pub, who, host", [
    ("Hu Jintao received Kim Jong Il in Beijing during his visit to China.", D(2011, 5, 26), "person:kim-jong-il", "CHN"),
    ("Carlos Mendes, chairman of the Brazilian Committee for Friendship with Korea, said that his visit to the DPRK "
     "in June was unforgettable.", D(2011, 9, 2), "person:carlos-mendes", "PRK"),
])
def test_his_trip_controls_keep_their_traveller(extractor, text, pub, who, host):
    assert (who, host, "occurred") in keys(extractor, text, pub)


# -- 5. "the visits to X paid by Y": Y travelled, whoever speaks and whatever the main verb's mood

@pytest.mark.parametrize("text, pub, host", [
    ("Omar Haddad took the floor next. He said that the visits to Russia paid by General Secretary Kim Jong Il "
     "would be remembered for ever.", D(2011, 9, 5), "RUS"),
    ("Pak Ui Chun noted that the series of trips to China made by leader Kim Jong Il would shine long in history.",
     D(2011, 9, 5), "CHN"),
])
def test_visits_paid_by_agent_is_the_traveller(extractor, text, pub, host):
    got = keys(extractor, text, pub)
    assert ("person:kim-jong-il", host, "occurred") in got
    assert not any(h == host and v != "person:kim-jong-il" for v, h, s in got)


def test_visits_paid_to_a_place_by_nobody_named_gives_nothing(extractor):
    # negative: no person after "paid by"
    text = "The guide said that the visits to Russia paid by many tourists would grow."
    assert not any(h == "RUS" for v, h, s in keys(extractor, text, D(2011, 9, 5)))


# -- 6. inverted departure lists: every group goes to the country after its own "to visit/attend"

@pytest.mark.parametrize("text, pub, hosts", [
    ("Leaving here on Monday were a trade group headed by Kim Chol Jin, section chief of the Ministry of External "
     "Economic Relations of the DPRK to visit the Irkutsk Region of Russia, a delegation of the Korean Children's "
     "Union led by Han Myong Suk, vice-chairwoman of its Central Committee, to visit Austria and a delegation led by "
     "Ri Song Ho, vice-chairman of the Kaesong City People's Committee, to attend the international lantern fair to be "
     "held in Vietnam.", D(2011, 10, 3), {"RUS", "AUT", "VNM"}),
    ("Leaving here on Thursday were a delegation of the Korean Agricultural Workers Union to visit Nepal, a delegation "
     "of the Korean Film Studio to attend a festival in India and a delegation of the Ministry of Health to visit "
     "Malaysia.", D(2012, 5, 10), {"NPL", "IND", "MYS"}),
])
def test_inverted_departure_list_each_group(extractor, text, pub, hosts):
    got = keys(extractor, text, pub)
    for h in hosts:
        assert any(v.endswith("PRK") or v.startswith("person:") for v, hh, s in got if hh == h), (h, got)
    assert not any(hh == "PRK" for v, hh, s in got)


def test_inverted_list_with_a_foreign_group_going_home(extractor):
    # negative: a foreign group leaving for home keeps its own record; the home group still gets its own
    text = ("Leaving here on Monday were a delegation of the Vietnamese Fatherland Front to return home and a delegation "
            "of the Korean Writers Union to visit Cuba.")
    got = keys(extractor, text, D(2011, 10, 3))
    assert ("country:VNM", "PRK", "occurred") in got and ("country:PRK", "CUB", "occurred") in got


# -- 7. Spanish noun trips and cancellations (`_spanish_nouns`)

ES_OPEN = ("La Asociación Nacional de Amistad publicó un comunicado en el que se destacan los éxitos del pueblo y la "
           "política del Partido del Trabajo de Corea con motivo de la fecha. ")


@pytest.mark.parametrize("text, pub, who, host, status, start", [
    (ES_OPEN + "El diario Minju Joson publicó el lunes un comentario que condena las declaraciones del traidor Lee "
     "Myung Bak durante su reciente visita a Alemania.", D(2011, 5, 18), "person:lee-myung-bak", "DEU", "occurred",
     "2011-05-01"),
    (ES_OPEN + "Los participantes subrayaron que la visita a la Federación de Rusia del Dirigente Kim Jong Il realizada "
     "en agosto abrió una nueva etapa.", D(2011, 10, 4), "person:kim-jong-il", "RUS", "occurred", "2011-08-01"),
    (ES_OPEN + "El ex presidente de Francia canceló su programada visita a Egipto por razones de salud.",
     D(2011, 2, 9), "country:FRA", "EGY", "cancelled", "None"),
])
def test_spanish_noun_trips(extractor, text, pub, who, host, status, start):
    got = {(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"])) for v in recs(extractor, text, pub)}
    assert (who, host, status, start) in got


def test_spanish_courtesy_call_by_an_envoy_is_no_trip(extractor):
    # negative: a call by the resident ambassador
    text = ES_OPEN + "El embajador de Cuba en la RPDC hizo el día 4 una visita de cortesía al ministro de Cultura."
    assert recs(extractor, text, D(2011, 2, 9)) == []


# -- 8. coordinated demonym delegations and region-named hosts

@pytest.mark.parametrize("text, pub, host, visitors", [
    ("Kenyan, Ethiopian and Malian delegations arrived in Pyongyang on Sunday.", D(2012, 4, 9), "PRK",
     {"KEN", "ETH", "MLI"}),
    ("DPRK Ambassador Ri Chol met heads of Peruvian, Chilean and Uruguayan delegations in Havana on March 3.",
     D(2012, 3, 6), "CUB", {"PER", "CHL", "URY"}),
])
def test_demonym_list_before_a_plural_group(extractor, text, pub, host, visitors):
    got = {(v["visitor_iso3"], v["host_iso3"]) for v in recs(extractor, text, pub)}
    assert {(iso, host) for iso in visitors} <= got


def test_demonym_list_before_embassies_is_no_trip(extractor):
    # negative: resident missions, not travellers
    text = "Staff members of the Indonesian, Malaysian and Thai embassies here visited the Grand People's Study House."
    assert not any(v["host_iso3"] == "PRK" and v["visitor_iso3"] in ("IDN", "MYS", "THA")
                   for v in recs(extractor, text, D(2012, 4, 9)))


@pytest.mark.parametrize("text, pub, hosts", [
    ("Kim Jong Il toured the Khabarovsk region of the Russian Federation and the Jilin area of the People's Republic "
     "of China from May 3 to 9.", D(2011, 5, 12), {"RUS", "CHN"}),
    ("Kim Jong Il visited the Amur region of Russia and the northeastern part of China in late August.",
     D(2011, 9, 2), {"RUS", "CHN"}),
])
def test_second_host_named_by_its_region(extractor, text, pub, hosts):
    got = {v["host_iso3"] for v in recs(extractor, text, pub) if v["visitor_id"] == "person:kim-jong-il"}
    assert hosts <= got


# -- 9. trips an authority blocked (`_blocked_events`)

@pytest.mark.parametrize("text, pub, date", [
    ("The south Korean Ministry of Unification on April 4 turned down the application of a Buddhist order for a visit "
     "to the DPRK to attend a joint service at Myohyang Mountain on April 12.", D(2012, 4, 7), "2012-04-12"),
    ("The south Korean authorities prevented the Federation of Teachers of south Korea from attending a joint "
     "gathering in Kaesong on August 2.", D(2012, 8, 4), "2012-08-02"),
])
def test_blocked_trip_is_cancelled(extractor, text, pub, date):
    got = {(v["visitor_iso3"], v["host_iso3"], v["status"], str(v["date_start"])) for v in recs(extractor, text, pub)}
    assert ("KOR", "PRK", "cancelled", date) in got


def test_approved_trip_is_not_blocked(extractor):
    # negative: an approved trip that took place stays occurred
    text = "The south Korean Ministry of Unification approved the visit of a civic group, which arrived in Kaesong on May 3."
    got = {(v["visitor_iso3"], v["host_iso3"], v["status"]) for v in recs(extractor, text, D(2012, 5, 5))}
    assert ("KOR", "PRK", "cancelled") not in got


# -- 10. false travellers: the honouree of a quoted title, an "Inner Mongolian" office

@pytest.mark.parametrize("text, pub, host", [
    ("Members of the Korean youth delegation on a visit to Cambodia held the meeting \"Glory to General Kim Jong Il\" in "
     "Phnom Penh on Friday.", D(2011, 12, 27), "KHM"),
    ("Members of the Korean student delegation on a visit to Nepal held the evening \"Long Live Leader Kim Jong Il\" in "
     "Kathmandu on Friday.", D(2011, 12, 27), "NPL"),
])
def test_honouree_of_a_quoted_title_did_not_travel(extractor, text, pub, host):
    got = keys(extractor, text, pub)
    assert any(h == host for v, h, s in got)
    assert ("person:kim-jong-il", host, "occurred") not in got


def test_inner_mongolian_office_gives_no_mongolia_trip(extractor):
    text = ("Kim Jong Il arrived in Baotou on August 25. Wang Lin, secretary of the Inner Mongolian Autonomous Regional "
            "Party Committee, greeted him at the station.")
    got = keys(extractor, text, D(2011, 8, 27))
    assert ("person:kim-jong-il", "CHN", "occurred") in got
    assert not any(h == "MNG" for v, h, s in got)


def test_a_real_mongolia_trip_stays(extractor):
    # negative: Mongolia itself named
    text = "Kim Jong Il arrived in Ulaanbaatar, Mongolia on August 21 after passing through Inner Mongolia."
    assert ("person:kim-jong-il", "MNG", "occurred") in keys(extractor, text, D(2011, 8, 23))


# -- 11. a country standing as the trip noun's adjective after "the"

@pytest.mark.parametrize("text, pub, host, start", [
    ("Kim Jong Il looked round the Huichon Power Station on his way back after the Mongolia visit in July.",
     D(2011, 8, 3), "MNG", "2011-07-01"),
    ("Speakers recalled the historic Russia visit paid by Kim Jong Il.", D(2011, 10, 3), "RUS", "None"),
])
def test_country_adjective_trip_noun(extractor, text, pub, host, start):
    got = {(v["visitor_id"], v["host_iso3"], str(v["date_start"])) for v in recs(extractor, text, pub)}
    assert ("person:kim-jong-il", host, start) in got


def test_country_pavilion_is_no_trip(extractor):
    # negative: a country adjective before a noun that is no trip
    text = "Kim Jong Il saw the China pavilion of the trade fair after the Mongolia exhibition in July."
    assert not any(h in ("CHN", "MNG") for v, h, s in keys(extractor, text, D(2011, 8, 3)))


# -- 12. a gift's bearer on a visit, named by an office the registry does not know (`_gift_bearer`)

@pytest.mark.parametrize("text, pub, vis", [
    ("Kim Jong Il was presented with a gift by the National Library of Belarus. Deputy Director Ivan Sokolovsky on a "
     "visit to the DPRK handed the gift to an official concerned on Thursday.", D(2012, 3, 3), "BLR"),
    ("Kim Jong Il received a floral basket from the Socialist Party of Uruguay. It was conveyed on Monday to an "
     "official by Ana Ferreira da Silva, secretary of the Socialist Party of Uruguay, now visiting the DPRK.",
     D(2012, 3, 7), "URY"),
])
def test_gift_bearer_on_a_visit(extractor, text, pub, vis):
    # (s22: the bearer's country; since session 22 a name with a particle, "Ana Ferreira da Silva, secretary of ...", is
    # read as the person of that country, so the record may carry her name rather than the country's id)
    assert any(v[:3] == (vis, "PRK", "occurred") for v in dated(extractor, text, pub))


def test_gift_handed_by_a_resident_ambassador_is_no_trip(extractor):
    # negative: the envoy posted here
    text = ("Kim Jong Il was presented with a gift by the President of Zimbabwe. Ambassador Tendai Moyo handed it to an "
            "official concerned on Monday.")
    assert not any(h == "PRK" for v, h, s in keys(extractor, text, D(2012, 3, 7)))


def test_spanish_welcome_dates_the_trip_under_way(extractor):
    text = ES_OPEN + ("En nombre del gobierno de Vietnam, doy una cordial bienvenida al estimado dirigente Kim Jong Il por "
                      "su visita a Vietnam.")
    got = {(v["visitor_id"], v["host_iso3"], str(v["date_start"])) for v in recs(extractor, text, D(2011, 6, 14))}
    assert ("person:kim-jong-il", "VNM", "2011-06-01") in got
