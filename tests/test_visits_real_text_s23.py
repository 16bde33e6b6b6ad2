"""Visits session 23: shapes that five readers found in real stories and in the development gold (wire passages written
to probe the rules, the text-register errors of the development gold, Wikinews stories, the Spanish stories of KCNA's
2011 feed and English KCNA trip stories), each fixture written in our own words. A home outlet's address only tells
"here" (``AGENCY``); the wire fixtures pass none. See tests/gold/FINDINGS.md, twenty-third session."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.real_text_helpers import DAY, MONTH, keys, run

D = dt.date
YEAR = "year"


def people(rows):
    """(visitor id, host, status) of each foreign visit, sorted."""
    return sorted((v["visitor_id"], v["host_iso3"], v["status"]) for v in rows if not v["is_domestic"])


def dated(rows):
    """(visitor id, host, status, first day, precision) of each foreign visit, sorted."""
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in rows if not v["is_domestic"])


# -- guests at a gathering under a dateline abroad ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a roster of registry people "among the guests" with no trip word elsewhere in the story
        ("MANILA (Reuters) - Ferdinand Marcos Jr was sworn in as president on Thursday. Chinese Vice President Wang Qishan "
         "and South Korean Prime Minister Han Duck-soo were among the guests.",
         [("person:han-duck-soo", "PHL", "occurred"), ("person:wang-qishan", "PHL", "occurred")]),
        # "in the front rows" is a word of presence; the lede tells the gathering
        ("NEW DELHI (Reuters) - Narendra Modi took the oath for a new term on Sunday at a ceremony in the palace "
         "forecourt. Sri Lanka's President Ranil Wickremesinghe and Maldives President Mohamed Muizzu were in the "
         "front rows.",
         [("person:mohamed-muizzu", "IND", "occurred"), ("person:ranil-wickremesinghe", "IND", "occurred")]),
        # "The guest list also included ..."
        ("NEW DELHI (Reuters) - Narendra Modi took the oath for a new term on Sunday at a ceremony in the palace "
         "forecourt. The guest list also included Nepal's Prime Minister Pushpa Kamal Dahal.",
         [("person:pushpa-kamal-dahal", "IND", "occurred")]),
        # an inverted roster right after the dateline
        ("VIENTIANE (AP) - Among the leaders attending the summit on Thursday were Japan's Fumio Kishida and India's "
         "Narendra Modi.",
         [("person:fumio-kishida", "LAO", "occurred"), ("person:narendra-modi", "LAO", "occurred")]),
        # "the Bay of Bengal" is no town in the Philippines that would put the gathering elsewhere
        ("NEW DELHI (Reuters) - Narendra Modi took the oath for a new term on Sunday, watched by leaders of the Bay of "
         "Bengal group. Sri Lanka's President Ranil Wickremesinghe and Maldives President Mohamed Muizzu were in the "
         "front rows.",
         [("person:mohamed-muizzu", "IND", "occurred"), ("person:ranil-wickremesinghe", "IND", "occurred")]),
    ],
)
def test__visits__guests_under_a_dateline_s23(extractor, text, expected):
    assert people(run(extractor, text, D(2024, 6, 10), None)["visits"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # people awaited are no guests yet
        "NEW DELHI (Reuters) - Narendra Modi will take the oath for a new term on Sunday. Sri Lanka's President Ranil "
        "Wickremesinghe and Maldives President Mohamed Muizzu will be in the front rows.",
        # a crowd word after "among" that is no presence
        "NEW DELHI (Reuters) - Narendra Modi took the oath for a new term on Sunday. Sri Lanka's President Ranil "
        "Wickremesinghe and Maldives President Mohamed Muizzu were among the leaders who sent congratulations.",
        # no gathering told, and a video link
        "NEW DELHI (Reuters) - Leaders met by video link on Sunday for a summit. Sri Lanka's President Ranil "
        "Wickremesinghe and Maldives President Mohamed Muizzu were among the guests.",
    ],
)
def test__visits__guests_near_misses_s23(extractor, text):
    assert people(run(extractor, text, D(2024, 6, 10), None)["visits"]) == []


# -- "the first ... since X came in <year>" ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the one named after "since" made the earlier trip, not the story's traveller (who keeps his own day)
        ("VIENTIANE, Laos - Hillary Clinton on Wednesday became the first U.S. secretary of state to visit Laos since "
         "Dean Rusk came in 1961, holding talks on unexploded bombs.", D(2012, 7, 11),
         [("country:USA", "LAO", "occurred", D(1961, 1, 1), YEAR),
          ("person:hillary-clinton", "LAO", "occurred", D(2012, 7, 11), DAY)]),
        # a lower-case role before the name
        ("ZAGREB, Nov 10 - Edi Rama on Monday became the first Albanian prime minister to visit Croatia since party "
         "leader Ramiz Alia came to Zagreb in 1990.", D(2014, 11, 10),
         [("country:ALB", "HRV", "occurred", D(1990, 1, 1), YEAR),
          ("person:edi-rama", "HRV", "occurred", D(2014, 11, 10), DAY)]),
        # a name with a particle, and a trip only the dateline's lede tells (read after the scene's rules)
        ("BOGOTA -- Brazilian President Dilma Rousseff arrived on Tuesday for a state visit, the first by a Brazilian "
         "leader since Luiz Inacio Lula da Silva came in 2008.", D(2015, 5, 27),
         [("person:dilma-rousseff", "COL", "occurred", D(2015, 5, 26), DAY),
          ("person:luiz-inacio-lula-da-silva", "COL", "occurred", D(2008, 1, 1), YEAR)]),
        # "his first to the republic since 2012": the same traveller's earlier trip to the trip's own country
        ("Vladimir Putin held talks with President Shavkat Mirziyoyev in Tashkent on Wednesday during a one-day visit, "
         "his first to the republic since 2012.", D(2014, 12, 11),
         [("person:vladimir-putin", "UZB", "occurred", D(2012, 1, 1), YEAR),
          ("person:vladimir-putin", "UZB", "occurred", D(2014, 12, 10), DAY)]),
    ],
)
def test__visits__first_since_s23(extractor, text, pub, expected):
    assert dated(run(extractor, text, pub, None)["visits"]) == expected


# -- the host named by a passive "by" with titles; a reception ahead --------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese President Xi Jinping was greeted on the tarmac by Pakistani Prime Minister Nawaz Sharif and President "
         "Mamnoon Hussain on Monday.", [("person:xi-jinping", "PAK", "occurred")]),
        ("Pakistani Prime Minister Shehbaz Sharif was welcomed by Chinese Premier Li Qiang in the Great Hall of the "
         "People on Friday.", [("person:shehbaz-sharif", "CHN", "occurred")]),
        # the plain agent still works, and a host receiving a guest is read as before
        ("Japanese Prime Minister Shinzo Abe was received by Pope Francis at the Vatican on Monday.",
         [("person:shinzo-abe", "VAT", "occurred")]),
        ("Kim Jong Un received Chinese Foreign Minister Wang Yi on Monday.", [("person:wang-yi", "PRK", "occurred")]),
        # "will be received by": a reception ahead
        ("Vietnamese Communist Party chief Nguyen Phu Trong will be received by President Barack Obama at the White "
         "House on Tuesday.", [("person:nguyen-phu-trong", "USA", "planned")]),
    ],
)
def test__visits__passive_host_with_titles_s23(extractor, text, expected):
    assert people(run(extractor, text, D(2015, 7, 4), None)["visits"]) == expected


# -- trip words: touched down, a stopover, joined X in P; a holiday's day --------------------------------------------

@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Iranian President Ebrahim Raisi touched down in Riyadh on Saturday for an emergency summit.", D(2023, 11, 11),
         [("person:ebrahim-raisi", "SAU", "occurred", D(2023, 11, 11), DAY)]),
        ("Indian Prime Minister Narendra Modi made an unannounced stopover in Lahore on Friday.", D(2015, 12, 26),
         [("person:narendra-modi", "PAK", "occurred", D(2015, 12, 25), DAY)]),
        # a person joined in a place: the place decides who travelled
        ("U.S. President Bill Clinton joined Boris Yeltsin in Moscow on Tuesday for the victory parade.", D(1995, 5, 10),
         [("person:bill-clinton", "RUS", "occurred", D(1995, 5, 9), DAY)]),
        # a holiday of fixed date, the last one for a trip made
        ("Indian Prime Minister Narendra Modi made a surprise stop in Lahore on Christmas Day.", D(2016, 1, 5),
         [("person:narendra-modi", "PAK", "occurred", D(2015, 12, 25), DAY)]),
    ],
)
def test__visits__trip_words_s23(extractor, text, pub, expected):
    assert dated(run(extractor, text, pub, None)["visits"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz and Emmanuel Macron joined the protests in Berlin on Friday.",  # no person joined
        "His plane made a refuelling stop in Lahore on Friday.",  # a plane's stop names no traveller
    ],
)
def test__visits__trip_word_near_misses_s23(extractor, text):
    assert people(run(extractor, text, D(2015, 12, 26), None)["visits"]) == []


def test__visits__a_proper_place_the_gazetteer_does_not_know_is_no_trip_at_home_s23(extractor):
    rows = run(extractor, "Chinese President Xi Jinping visited Normandy on Saturday.", D(2019, 3, 25), None)["visits"]
    assert [(v["visitor_id"], v["host_iso3"]) for v in rows if v["is_domestic"]] == []
    rows = run(extractor, "Indian Prime Minister Narendra Modi toured flood-hit districts on Saturday.", D(2019, 3, 25),
               None)["visits"]
    assert [(v["visitor_id"], v["host_iso3"]) for v in rows if v["is_domestic"]] == [("person:narendra-modi", "IND")]


# -- who: a country's foreign minister; a stay of the met person's own ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's foreign minister flew into Seoul on Monday for talks on wartime labour.",
         [("person:fumio-kishida", "KOR", "occurred")]),
        ("Russia's top diplomat flew into Damascus on Monday.", [("person:sergei-lavrov", "SYR", "occurred")]),
        ("India's external affairs minister arrived in Moscow on Monday.", [("person:sushma-swaraj", "RUS", "occurred")]),
    ],
)
def test__visits__a_countrys_foreign_minister_s23(extractor, text, expected):
    assert people(run(extractor, text, D(2015, 12, 28), None)["visits"]) == expected


def test__visits__the_met_persons_own_stay_with_himself_s23(extractor):
    text = ("Japanese Prime Minister Fumio Kishida flew to Seoul on Sunday and was welcomed by President Yoon Suk Yeol, "
            "who had himself been in Tokyo in March.")
    assert people(run(extractor, text, D(2023, 5, 8), None)["visits"]) == [
        ("person:fumio-kishida", "KOR", "occurred"), ("person:yoon-suk-yeol", "JPN", "occurred")]


# -- KCNA's Spanish service ------------------------------------------------------------------------------------------

ES = D(2011, 5, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrival verb apart from its place, by its day and means
        ("Llegaron el dia 19 por avion especial a esta capital los miembros de la delegacion del Instituto Noruego de "
         "Estudios de Asia, que encabeza su director.", [("NOR", "PRK", "occurred", D(2011, 5, 19), DAY)]),
        # a guest leaving "de esta capital" was here
        ("El ex canciller finlandes, con su comitiva, partio el dia 18 por via aerea de esta capital.",
         [("FIN", "PRK", "occurred", D(2011, 5, 18), DAY)]),
        # the home side leaving "para visitar" a country
        ("La delegacion del Comite Olimpico de Corea presidida por su titular partio hoy de esta capital para visitar "
         "Ecuador y participar en un torneo.", [("PRK", "ECU", "occurred", D(2011, 5, 20), DAY)]),
        # talks held here, with no trip verb: the foreign side came; an envoy posted here is no visitor
        ("Tuvieron lugar el dia 17 en esta capital las conversaciones entre el vicecanciller coreano y el viceministro "
         "de Relaciones Exteriores de Kuwait, con la presencia del embajador chino en Corea.",
         [("KWT", "PRK", "occurred", D(2011, 5, 17), DAY)]),
        # a home leader before the verb: the guest named after him is the traveller
        ("El presidente Kim Yong Nam departio la vispera con el jefe de la delegacion del Ejercito Popular Lao en el "
         "Palacio de Congresos.", [("LAO", "PRK", "occurred", D(2011, 5, 19), DAY)]),
        ("Kim Yong Nam se reunio el dia primero con el presidente de una empresa de Filipinas, de visita en Corea.",
         [("PHL", "PRK", "occurred", D(2011, 5, 1), DAY)]),
        # Taipei's team at an event is Taiwan's, not China's
        ("Por otra parte, el dia 16 arribaron aqui las delegaciones de Turquia y Taipei de China para participar en "
         "la feria.", [("TUR", "PRK", "occurred", D(2011, 5, 16), DAY), ("TWN", "PRK", "occurred", D(2011, 5, 16), DAY)]),
    ],
)
def test__visits__spanish_service_s23(extractor, text, expected):
    assert keys(run(extractor, text, ES)["visits"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # talks of two other sides abroad
        ("En las conversaciones entre los cancilleres del Sur de Corea y Japon celebradas la semana pasada en Tokio, "
         "hablaron de la alianza militar con Estados Unidos y de nuevas maniobras."),
        # a proposal of talks, no talks held
        ("El Sur de Corea propuso otro contacto secreto y las conversaciones de alto nivel en Pyongyang, pero la "
         "propuesta no fue aceptada por la parte coreana, segun el comunicado."),
        # a new envoy calling: posted here
        ("Kim Yong Nam departio el dia 17 con el nuevo embajador de los Estados Unidos Mexicanos en Corea, en un "
         "palacio de la ciudad, y este le presento sus cartas credenciales."),
        # a domestic inspection, and an idiom of "llegar"
        ("El Dirigente Kim Jong Il hizo el dia 17 una visita de orientacion a la fabrica de tractores Kumsong y "
         "llegaron a la conclusion de que la produccion sube."),
    ],
)
def test__visits__spanish_near_misses_s23(extractor, text):
    assert keys(run(extractor, text, ES)["visits"]) == []


# -- trips denied; a schedule in the present ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "A trip by Chinese President Xi Jinping to North Korea is not on the agenda this year, officials in Beijing said.",
        "Officials ruled out a visit by Xi Jinping to North Korea before the party congress.",
        "Ukrainian President Volodymyr Zelensky has no intention of travelling to Moscow, his office said.",
    ],
)
def test__visits__a_trip_denied_is_none_s23(extractor, text):
    assert people(run(extractor, text, D(2019, 4, 10), None)["visits"]) == []


def test__visits__a_schedule_in_the_present_is_ahead_s23(extractor):
    rows = run(extractor, "Bangladeshi Prime Minister Sheikh Hasina's three-day state visit to India begins on Friday.",
               D(2017, 4, 6), None)["visits"]  # a Thursday
    assert dated(rows) == [("person:sheikh-hasina", "IND", "planned", D(2017, 4, 7), DAY)]


# -- the host's country as subject ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Kenya played host to Ethiopian Prime Minister Abiy Ahmed on Saturday.", D(2018, 7, 16),
         [("person:abiy-ahmed", "KEN", "occurred")]),
        ("Ghana played host to U.S. President Barack Obama on Saturday.", D(2009, 7, 13),
         [("person:barack-obama", "GHA", "occurred")]),
        ("Japan will host Chinese President Xi Jinping as a state guest in April.", D(2019, 12, 24),
         [("person:xi-jinping", "JPN", "planned")]),
        ("Vietnam will host the second summit between Donald Trump and Kim Jong Un next month.", D(2019, 1, 20),
         [("person:donald-trump", "VNM", "planned"), ("person:kim-jong-un", "VNM", "planned")]),
        ("Chinese President Xi Jinping hosted leaders from 29 countries, including Russia's Vladimir Putin and "
         "Turkey's Recep Tayyip Erdogan, at a forum in Beijing on Sunday.", D(2017, 5, 15),
         [("person:recep-tayyip-erdogan", "CHN", "occurred"), ("person:vladimir-putin", "CHN", "occurred")]),
        # a letter from someone is no guest, and a country hosting a sports event hosts no one
        ("Chinese President Xi Jinping received a letter from Vladimir Putin on Sunday.", D(2017, 5, 15), []),
        ("Japan will host the Olympic Games next year.", D(2019, 12, 24), []),
    ],
)
def test__visits__the_host_country_as_subject_s23(extractor, text, pub, expected):
    assert people(run(extractor, text, pub, None)["visits"]) == expected


# -- arrivals with no place under a dateline abroad ----------------------------------------------------------------

def test__visits__an_arrival_with_no_place_goes_to_the_dateline_s23(extractor):
    text = ("DOHA, Qatar - Qatar and the United States signed a defence pact on Wednesday in the presence of Secretary "
            "of State Antony Blinken. Blinken arrived from Riyadh, where he had met Saudi officials on Tuesday.")
    rows = run(extractor, text, D(2023, 6, 7), None)["visits"]
    assert ("person:antony-blinken", "QAT", "occurred", D(2023, 6, 7), DAY) in dated(rows)
    text = ("DHAKA (Reuters) - A summit of South Asian leaders opened on Wednesday. Indian Prime Minister Narendra Modi "
            "and Pakistani Prime Minister Nawaz Sharif arrived for the talks.")
    assert people(run(extractor, text, D(2015, 6, 10), None)["visits"]) == [
        ("person:narendra-modi", "BGD", "occurred"), ("person:nawaz-sharif", "BGD", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        # the arrival has a place of its own; one ahead; the dateline country's own leader
        "DHAKA (Reuters) - Talks opened on Wednesday. Indian Prime Minister Narendra Modi arrived in Kathmandu.",
        "DHAKA (Reuters) - Talks opened on Wednesday. Indian Prime Minister Narendra Modi will arrive on Thursday.",
        "DHAKA (Reuters) - Talks opened on Wednesday. Bangladeshi Prime Minister Sheikh Hasina arrived from Delhi.",
    ],
)
def test__visits__arrival_near_misses_s23(extractor, text):
    assert [r for r in people(run(extractor, text, D(2015, 6, 10), None)["visits"]) if r[1] == "BGD"] == []


# -- who: "The President" opening a sentence; ", and X visited" -------------------------------------------------------

def test__visits__a_capitalised_office_reads_back_s23(extractor):
    text = "U.S. President Donald Trump spoke to reporters on Monday. The President flew to Riyadh on Tuesday."
    assert people(run(extractor, text, D(2017, 5, 24), None)["visits"]) == [("person:donald-trump", "SAU", "occurred")]


def test__visits__a_clause_of_its_own_after_comma_and_s23(extractor):
    text = ("Indian Defence Minister Rajnath Singh visited Moscow in June, and Foreign Minister S. Jaishankar visited "
            "Tehran in September.")
    assert people(run(extractor, text, D(2020, 12, 22), None)["visits"]) == [
        ("person:rajnath-singh", "RUS", "occurred"), ("person:subrahmanyam-jaishankar", "IRN", "occurred")]


# -- status by a noun phrase; a meal; a welcome; a fronted place --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("A planned stop by Saudi King Salman in Brunei has been called off, officials said.", D(2017, 3, 1),
         [("person:salman-bin-abdulaziz", "BRN", "cancelled")]),
        ("Beijing and Tokyo agreed to put off Chinese President Xi Jinping's state visit to Japan, which had been planned "
         "for April.", D(2020, 3, 5), [("person:xi-jinping", "JPN", "cancelled")]),
        ("Russian President Vladimir Putin had been due in New Delhi for the annual summit, but the two sides cited the "
         "pandemic.", D(2020, 12, 22), [("person:vladimir-putin", "IND", "cancelled")]),
        ("French President Emmanuel Macron had dinner with Olaf Scholz in Berlin on Tuesday.", D(2023, 6, 7),
         [("person:emmanuel-macron", "DEU", "occurred")]),
        ("Venezuelan President Hugo Chavez got a lavish welcome in Minsk on Tuesday.", D(2010, 10, 20),
         [("person:hugo-chavez", "BLR", "occurred")]),
        ("Ethiopian Prime Minister Abiy Ahmed was greeted by dancing crowds in Asmara on Sunday.", D(2018, 7, 9),
         [("person:abiy-ahmed", "ERI", "occurred")]),
        # a place fronted before the subject; the dateline country's own leader stays at home
        ("In Bishkek on Wednesday, Chinese President Xi Jinping and Kyrgyz President Almazbek Atambayev signed a "
         "pipeline deal.", D(2013, 9, 12), [("person:xi-jinping", "KGZ", "occurred")]),
        ("At a ceremony in Hanoi on Monday, Japanese Prime Minister Shinzo Abe unveiled an aid package.", D(2017, 1, 17),
         [("person:shinzo-abe", "VNM", "occurred")]),
        ("In Washington on Monday, Indian Prime Minister Narendra Modi said the talks would go on.", D(2016, 5, 25), []),
    ],
)
def test__visits__status_meals_welcomes_fronted_places_s23(extractor, text, pub, expected):
    assert people(run(extractor, text, pub, None)["visits"]) == expected


def test__visits__a_bare_datelines_city_is_no_meeting_place_s23(extractor):
    text = ("RAWALPINDI, June 19 - Pakistan's army chief Asim Munir had lunch with U.S. President Donald Trump in the "
            "Cabinet Room of the White House on Wednesday.")
    assert [r for r in people(run(extractor, text, D(2025, 6, 19), None)["visits"]) if r[1] == "PAK"] == []


def test__visits__visiting_is_said_of_both_coordinated_groups_s23(extractor):
    text = ("Pyongyang, March 2 (KCNA) -- Kim Jong Un was handed presents on Friday by the visiting delegation of "
            "Mongolian journalists and the delegation of a Nepalese study group.")
    assert keys(run(extractor, text, D(2012, 3, 2))["visits"]) == [
        ("MNG", "PRK", "occurred", D(2012, 3, 2), DAY), ("NPL", "PRK", "occurred", D(2012, 3, 2), DAY)]
    # a posted group is no second guest
    text = ("Pyongyang, March 2 (KCNA) -- Kim Jong Un was handed presents on Friday by the visiting delegation of "
            "Mongolian journalists and the staff of the Nepalese embassy here.")
    assert keys(run(extractor, text, D(2012, 3, 2))["visits"]) == [("MNG", "PRK", "occurred", D(2012, 3, 2), DAY)]


def test__visits__said_at_a_news_conference_abroad_s23(extractor):
    text = "U.S. Secretary of State Mike Pompeo said at a news conference in Riyadh on Thursday that talks would go on."
    assert people(run(extractor, text, D(2020, 1, 10), None)["visits"]) == [("person:mike-pompeo", "SAU", "occurred")]
    text = "U.S. Secretary of State Mike Pompeo said at a news conference in Washington on Thursday that talks would go on."
    assert people(run(extractor, text, D(2020, 1, 10), None)["visits"]) == []
