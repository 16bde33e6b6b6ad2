"""Money figures: amounts with their metric (trade, exports ...), parties, period and qualifier.

An amount is a number with a currency (symbol, code or word) and an optional scale ("$20 billion",
"1.7 trillion won", "US$5-6 bln"). It becomes a figure only when a metric cue of
data/lexicons/figure_cues.csv is in its sentence and no "ignore" cue (a price, an appeal, reserves)
sits next to it: precision first.

In a trade sentence an amount may lack its currency ("trade with China is 87 billion": dollars, or
the article's currency) when it follows its cue, or its scale ("with the EU it is 440 billion, and with
China it is 87", ", with South Korea 15"); a count of people never is one ("population will reach 1.5
billion"). A sentence right after a trade figure that goes on about it ("This year we will reach 8
billion.", "The figure is expected to reach 20 billion") is that trade, between the same parties; so is a
Kremlin speaker's "we will reach 100 billion" with a partner named. A self-correction keeps the corrected
amount ("nearly $90 billion – $87 billion", "$6 billion last year – no, it was actually $6.7 billion").

Parties come from the amount's own clause ("; but Turkish investment in Azerbaijan ...", "..., while ours
is 100 billion"); the country right before a directed metric word gives ("Korean investment"), a giver's
recipient or a ranking's yardstick does not ("sent North Korea wheat aid", "after the Netherlands, Cyprus
is the second-largest investor"); "our investors" invest in the speaker's country. A figure needs both
parties, and trade with a bloc ("with the EU", "between China and the EU"), summed over partners ("with
China and Mongolia"), joint money ("joint investment projects", "our partners and us") or money spent at
home ("at home", "each side ... its own section") is no bilateral figure.

One sum in two currencies is one amount, in dollars ("2.4 trillion won ($1.8 billion)", "1.3 trillion won, or about
$1 billion"); "a similar figure" in a later clause repeats the amount for that clause's pair. A state loan ("a $100
million loan", "lent Bangladesh $7 billion", "a loan from China to Pakistan") and a deal, contract or project "worth" a
sum between two countries are `other` (a state loan is `aid` since figures session 7: see below), as is trade in one
sector ("energy trade"); a lender must be a country named before its loan ("the World Bank's loan to Egypt" is none). "Worth" and "trading partner" only describe: a cue that
names the money ("investment projects worth", "Exports to China, Korea's largest trading partner, ...") wins. Gifts of
private givers ("a South Korean pastor donated"), appeals, spending and a total whose partner sits in a trailing
", with shipments to Russia up 12 percent" are no figures. "Fund set up with China" is money of both sides: the
outlet's country and China; "with Chinese capital" names the investor. The subject of a first clause goes on into a
", while imports from Russia rose to" clause, and a named leader ("Putin said") stands for his country when the
sentence says "the two countries".

Newswire prose: a dateline city ("SEOUL, Jan. 26 (Yonhap) --") is no country of the story's pairs. "Shipments to North
Korea" / "Imports from the North" with no exporter named take the country the story named together with that partner.
"Goods worth X changed hands between", "A and B traded goods worth X" are trade; a metric word inside a body's name ("the
trade ministry said", "Ministry of Commerce") names nothing; "$2.3 billion of its total trade" is a part of the trade, not
trade. "The year before" / "the year before last" date a comparison value; "in 2011-2017", "between 1995 and 2008"
span their years. A company investing abroad ("Hyundai Motor was ready to invest 27 billion rubles", "BYD is building a
$1 billion factory in Hungary") is its home country's investment in the host (the country after "in" in the amount's
clause, else the country named before the company), a forecast while it is planned or under way; at home it is none.
An aid story goes on: after an aid figure, "the United States provided over $1.3 billion" is aid to the same recipient,
an aid sentence naming no country and no other giver ("total government assistance ... at 2.4 trillion won") keeps the
pair, and "the aid" points at the story's pair; aid needed or given by UN bodies or charities does not. "Analysts in
Tokyo" is where speakers sit, not a partner. Seoul's "W2.4 trillion" is won; "crore" is 10 million. A U.S. state
("in Taylor, Texas"; not Georgia) hosts a foreign company's plant. "A $24 billion surplus", "a surplus of $94 billion" are
`other`, and a cue right before the next amount ("..., with exports of $6 billion") is that amount's. "We"/"our" in a
quote is the country of the speaker named after it ('"We expect ...," Indonesian President X told ...'). "In the 11
months to November" runs from January; "the 12 months to March 2023" from April 2022. A lead about one country's own
exports ("Taiwan's exports rose for a third month in August") gives the exporter and the month to the partner figures
after it ("Shipments to China fell to $13.4 billion, while exports to the United States ..."): destinations of other
clauses are never the exporter, and a metric word heading the next clause (", and imports from Mongolia came to ...")
names the next amount. A company's exports ("Gazprom's exports to China") are its country's.

Newswire round D: "import data" / "customs statistics" name a source, not the metric; "the first time above the $200
billion mark" after an amount is a yardstick; "Mongolia's overall foreign trade" has no partner; "pledged $5 million worth
of medical supplies to China" is aid; "foreign direct investment from Japan into Thailand" is bilateral; a company that
"said it would put $1.8 billion into its plant in <a province>" invests in the story's other country, and "said in
February" dates the saying, not the money; "In 2013 it had stood at $33.2 billion" / "A year earlier it was ..." right
after a figure sentence is the story's figure in that year.

Qualifiers come from the amount's clause: a pledge or promise ("pledged $50 million in aid") is a forecast;
hopes and reliance are targets ("we hope trade will reach", "we count on"), readiness and supply contracts forecasts ("is ready to invest", "agreed on gas supplies"),
"estimated"/"by our estimates" estimates, an actual amount of a year still to come a forecast, and "grew by
30 percent to reach" actual. A source's own reckoning after the amount ("..., according to calculations made by the
agency", "Reuters calculations based on customs data show", "preliminary data showed", "..., the ministry estimated.")
is an estimate, and so is the breakdown in the next figure sentence of the same pair that names no source of its own.
"Agreed on Thursday to raise annual trade between their countries to", "call for lifting trade to", "work towards",
"Under the plan, ... should reach" are targets; aid "committed"/"announced", a request "to sell", a memorandum "on the
investment of" are forecasts. The hedges ("about", "more than" ...) are one list, data/lexicons/hedges.csv.

Round F (aid and background amounts): "one billion U.S. dollars" is an amount; a state handing a named country a sum ("would
give Mongolia $11 million"), money given "to UNICEF ... for children in Yemen" and goods sent as aid and valued in the next
sentence ("The rice, worth about $9 million, ...") are aid; "he pledged ..." gives for the story's main person's country and
"Prime Minister X offered ..." for X's; "offered an official development assistance loan of", ", to be delivered ...", "is due
to arrive" are forecasts; "the $100 billion that both had set as their target" is a target; "by the U.S. embassy's estimate"
an estimate; "The downturn follows a record $X in 2008" is the story's first figure in 2008; a plan's horizon and "$X a year"
take no carried period; a country in a reason clause (", largely because of ... via Hong Kong") is no party; "also" keeps an
aid sum in the package's time frame.

Round H (general mechanisms): the period a story carries is its lead's, not a comparison's ("down from the record $690.6
billion set a year earlier") nor a since-clause's ("for the first time since ... in 1992"), and the date glued to a base
("from $155.7 billion in 2022") stays with it; a goal "over five years" is dated by its horizon; "January-July this year" is
one span; "FY25" / "2024-25" / "fiscal 2025" follow the reporter's fiscal year (data/lexicons/fiscal_years.csv); "In March, X
said it would ..." dates the saying. A country owning the body that tells a figure ("South Korea's trade promotion agency
KOTRA estimated that ...") is a source when two other countries are named as a subject or a pair ("exports from Poland to
France"; after "exports to China ..., while exports to the United States" it is the exporter), and the estimate covers the
clause's breakdown; "exports of $A and imports of $B" are one country's; another destination of the sentence's exports is
never the exporter. "The overall trade deficit" (one country with the world), "trade among the three countries" and
"trilateral investment" are no bilateral figures.
"bringing its total commitment to $X" / "on top of the $X" repeat the kind and pair of the figure before; a company that
"would spend $X on a battery complex in Arizona" invests (a state's or a tourist's spending on a site is none); aid "Japan
announced" after the amount is pledged (forecast), a state that "has decided to invest (a further)" commits (target), and
"up from $X last year" was (actual).

Round I (general mechanisms behind blind25): a metric word after an amount that heads a later amount (", lifting two-way
trade to $B", ", when China's imports from Japan alone were worth $B") or names what it is made of (", most of it Russian
shipments") is not the amount's; "It peaked/stood at" goes on with the story's metric (a moneyless lead's too); the partners
of a country a story ranks ("Germany's most important trading partner ... ahead of the United States with €B", "The
Netherlands followed in third place with") are its partners; a moneyless lead naming preliminary figures makes the figures
after it estimates; one sum in two currencies keeps the first unless one is dollars, and "; in dollar terms ... $B" restates
the sum before; "range from X to Y" is a range; "$X of the 2013 total" is 2013's and "its 2003 level of $X" is not carried;
a possessive owns the money after any preposition ("With Pyongyang's trade with Russia"); "the East Asian country" points at
the story's other country; another destination of the same flow keeps its exporter, and so does "those to the U.S."; "by
India" after a flow is its agent and "imports of Russian crude" come from Russia; a statistics body's country reports a flow
with no trader named; a currency swap line is `other` and "The deal/arrangement is worth" is the sentence before's money
between the story's pair; "trade among A, B and C" is no bilateral figure; "the $20 billion mark the two leaders have set as
their goal" is a target; a price in a clause after the amount (" as gas prices soared") is its cause; a capitalised metric
word inside a name ("the Global Trade Research Initiative") names nothing; "it" that struck a deal in a KCNA story is the
story's country; "to be disbursed" is a forecast; "from 1945 to 1949" and "since February 2022" span their years; the base
of a goal after its date ("to $150 billion by 2030 from $80 billion in 2023") is actual.

Round J (general mechanisms behind blind26): spelled-out numbers up to ninety-nine before a scale ("some sixteen billion
dollars"); world currencies by code, symbol and name (ringgit, naira, rupiah, dong, tenge ...: currencies.csv); a dateline's
dash joins no name ("LIMA -- Trade between ..."); news of late ("Recently", "Lately") takes no carried period, and "from $X a
year earlier" counts back from the carried year; "while selling $X to Germany" and "Hungarian goods bought by Korea" name
their flow and its agent; the whole after a share in percent ("took 65% of the country's fruit exports, which earned $X") is
no bilateral sum; a consequence after the amount (", widening Seoul's surplus") names no metric; the past day or month of an
aid pledge is when it was pledged, not the money's period; a transit country ("routed through Hong Kong") is no party; a
passive "was put at" is an estimate; "pledged to lift trade from $X in 2022 to $Y by 2030" is a goal over a dated base; a sum
expected "before their 2030 goal" is the goal's; "November's figure of $X" goes on with the story's money for that month, and
"was the highest for any single month" is a record; "below the record of $X" is a past peak of the story's money (the pair's
trade when "the two countries" hold it); "the northern neighbour" is the story's other country and "bought $X worth of
Vietnamese goods" come from Vietnam; "South Africa's" is no bloc.

Round K (general mechanisms behind blind36): a region's superlative ("Africa's largest oil producer") describes one country,
and buying "from" someone is no acquisition; "Korean trade figures show" names a source; "the most Seoul has ever bought",
"was also the highest on record" and "the highest in a series" are records; "the Sultanate", "the island", "the mainland"
and "the isthmus" point at the story's other country, and "Korean exporters / purchases" are the South's; "the two-way
total" and "the combined $X" are trade; a change's base with no date of its own ("fell to $X from $Y") is the year before,
and a multiple's yardstick ("more than twice the $Y of 1997", "the previous year's $Y") is not carried (the latter is the
year before); "; a year later" leads its own clause; "six percent more than in 2022" and "11% more than a year earlier"
are a growth rate's yardsticks, not the amount's period; ", of which Chilean exports, mostly copper, accounted for" heads
the later amount; "riyals", "dinars", "dirhams", "pesos" and "shillings" are the currency of the article's country that
uses the name (else no amount); "stands at $X and is moving towards the goal of $Y" keeps $X actual, and "on course for"
is a forecast; "the 2023 figure", "Of the total," and "on preliminary data" go on with the story's money; a present-tense
stock after a semicolon ("adds up to") takes no period of the clause before; a bare pledge after a fellow donor's clause
names no recipient; a "foreign direct investment deal" is bilateral; "$35 billion from Abu Dhabi" names the investor or
giver, and "Of the total, $24 billion ..." is a part of the sum before, between the same two.

Round L (general wire constructions): a change's base of any stretch up to a year ("in the first half of 2023 from $22
billion", "compared with / versus / against $Y") is the same stretch a year before, "a decade / five years earlier"
counts back that many years, and "in the same period of 2022" is the amount before's stretch in that year; "the year
ended March" is a twelve-month period; a growth rate's yardstick ("up 6% from 2022", "a 6% rise on 2022", "an increase
over 2022", "compared with 2022", "6% more than in the previous year") is not the amount's period; "Of that,", "Out of
the total,", "Of the $10 billion," and "Some $4 billion of the total" are parts of the sum right before, and cover its
period; one side's flow in a sentence of its own after the pair's trade ("Chinese exports made up $21 billion") is
towards the other side when it is smaller than the trade; a mark passed "for the first time" ("exceeded 20 billion euros
for the first time", not "... since 1992") is a record; the region superlatives are read from figure_superlatives.csv.

Review of round L: "compared with / versus / against $Y" is a base only for the same metric between the same two in the
same direction ("compared with $Y for its exports to India" keeps its own period); "in the previous quarter", "three
months earlier" put the base in the stretch right before; "over <year>" is a yardstick only beside another date or for
an older year; a flow "worldwide" / "to all markets" (figure_words.csv global_scope) is no pair's; a part's sentence that
names a recipient keeps it, and a part takes a pledge's qualifier unless its own words say paid ("Of the money,", "Of
these funds,", "$4 billion of that": whole_noun); "for the first time in its history", "reached ... for the first time",
"crossing the $80 billion mark for the first time" and a leading "For the first time," are records, "for the first time
this year" is not; "the corresponding period", "the 12 months that ended in June", "the year to end-March"; a base a
year back shows "a year earlier"; "the kingdom" in lower case. The comparison prepositions are one list (compare_prep).


Figures session 7 (general mechanisms behind two spent newswire sets): Gulf and South African short forms before the number
("RO 1.4 billion", "BD", "KD", "QR", "SR", "Dh", "R614 billion"; currencies.csv, each needs a scale) and a bare "kroner";
one side and a counted group ("between China and the five countries", "with the other four founding members") is no pair,
and that sentence's year is still the story's period; development money under other names ("concessional development
funding", "development commitments", "$4 billion in help") is aid; a change's base whose cue stands before the first amount
measures what the first measures ("bought $40 billion of Japanese goods, down from $52 billion"); "half a billion"; with no
date of its own, an amount with a growth rate on a named year ("up 12% from 2022") is of the next year once it is over; a
metric word before a colon yields to the detail after it; "goods and services trade" and "non-oil trade" are trade;
"doubled ... to reach" is the result; the month or day before a goal is when it was set ("by March 2026" stays); where a
traveller "flew in from" is no party; "the revenue service said" names a source. The lead's loans convention: a loan,
soft or concessional loan, credit line or line of credit one state gives another (government, ministry, state agency,
export-import, development or policy bank) is `aid`, lender -> borrower, and finds its borrower as a loan did before; a
business loan (commercial or private banks, firms: data/lexicons/figure_loans.csv) stays `other`, and an international
body's loan ("a $3 billion IMF loan") is no figure. "Approaching/nearing/close to the all-time high of $X" is the same
money's earlier level, like "below the record of"; "from $X in the peak year" is of the story's record year (none without
one), never a later clause's date.

Figures session 7, third round (own-words wire probes on how the pair is told): "a line of credit" is the loan row's, not
an ignored credit; a word that points back for one side of a directed flow with the other side named ("The country's
exports to the United States", "Its exports to China" after a sentence that opens with the country, "investment from the
emirate in Kazakhstan", "The sultanate will invest $500 million in Tanzania") is the story's other country, and "the
republic" and "the Gulf state" (a capitalised word before "state", not "state media" or "the state of") are described
countries; a country inside a relative clause that holds neither the amount nor its metric word
(", which with Mexico make up the bloc,") is no party when two others stay; "with X its biggest market" beside a total
is a rank, no partner; money "put", "poured" or "pumped" into a country is investment; an amount that runs on to its own
country ("$9 billion from India") takes it before one an earlier amount took.

Figures session 7, fourth round: when the story names no country beyond one of the headline's two, the headline names the
pair ("Oman and Kenya sign trade pact" over "Bilateral trade between the two countries ..."; the title's mentions come from
extract/__init__.py, found only when a figure needs them); a combining form before a hyphen and a country names the first
side ("Indo-Bangladesh", "Sino-Brazilian", "Franco-German": figure_country_prefixes.csv; "Indo-Pacific", "Anglo-Saxon"
name none). The lead's horizon convention: a pledge or total "over the next N years", "over N years", "in the coming N
years" or "over the next decade" has no year ("by 2030" keeps 2030). The first of two coordinated amounts takes the date
written after the second ("$13 billion of goods from China and $9 billion from India in 2023"). "Last fiscal year", "this
financial year", "the previous fiscal" are the reporter's fiscal year (fiscal_years.csv) relative to publication."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..schema import METRICS, QUALIFIERS
from .dates import FUTURE_RE, DateResolver, DateSpan
from .lexicons import alternation, lexicon_dir, lexicon_file, read_rows
from .mentions import Mention, mentions_by_sentence
from .regex_gate import RegexGate
from .regex_gate import literal_gate  # perf s14
from .regex_gate import matches_at, max_width  # perf s18
from .text import stable_id
from .figures_seed13 import drop_pooled_money, goal_year_of_other_clause, said_it_would  # seed-like stories (figures session 13)
from .figures_year17 import breakdown_of_news_sum, goods_exporter_offset  # a part of a sum signed or paid as the news: its year (s17-fy)
from .figures_swap14 import swap_news_year  # a swap signed as the news: its signing year (figures session 14)



def _hedge_alternation() -> str:
    """One alternation of the hedges of data/lexicons/hedges.csv ("about", "more than", ...), longest first."""
    rows = read_rows(lexicon_file(None, "hedges.csv"), ("pattern",))
    return "(?:" + "|".join(sorted((r["pattern"] for r in rows), key=len, reverse=True)) + ")"


def _word_alternations() -> dict[str, str]:
    """The word lists of data/lexicons/figure_words.csv, each as one alternation (longest first)."""
    rows = read_rows(lexicon_file(None, "figure_words.csv"), ("list", "pattern"))
    lists: dict[str, list[str]] = {}
    for r in rows:
        lists.setdefault(r["list"], []).append(r["pattern"])
    return {k: "(?:" + "|".join(sorted(v, key=len, reverse=True)) + ")" for k, v in lists.items()}


def _fiscal_years(lex) -> dict[str, tuple[int, str]]:
    """data/lexicons/fiscal_years.csv: ISO3 -> (first month, "end"/"start": the year a one-year name gives)."""
    rows = read_rows(lexicon_file(lex, "fiscal_years.csv"), ("iso3", "first_month", "named_by"),
                     {"named_by": ("end", "start")})
    return {r["iso3"]: (int(r["first_month"]), r["named_by"]) for r in rows}


# "about", "nearly", "more than" ...: a hedge may stand between a word and its amount in every rule below
_HEDGE = _hedge_alternation()
_WORDS = _word_alternations()
_PLACEHOLDER_RE = re.compile(r"<([A-Z_]+)>")


def _fill_placeholders(pattern: str) -> str:
    """A figure_cues.csv pattern with its placeholders filled: <HEDGE> by the hedges of hedges.csv, <NAME> by the list
    "name" of figure_words.csv ("spend(?!<PLANT_AFTER>)" -> "spend(?!(?:[^;]{0,80}?\\bon\\s+...))").

    Raises ValueError for a placeholder with no list."""
    def fill(m: re.Match) -> str:
        name = m.group(1)
        if name == "HEDGE":
            return _HEDGE
        if name.lower() not in _WORDS:
            raise ValueError(f"figure_cues.csv: placeholder <{name}> names no list of figure_words.csv")
        return _WORDS[name.lower()]
    return _PLACEHOLDER_RE.sub(fill, pattern)


CUE_KINDS = ("metric", "qualifier", "approx", "record", "ignore", "bloc", "multi")
# figure_cues.csv "sense" of a metric row: describes only / a loan or credit / a company's money only
CUE_SENSES = ("", "weak", "loan", "company")
# "1,084", "1 084" (KCNA groups thousands with a space), "87.5"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:\.\d+)?"
# "one billion U.S. dollars", "two million dollars": a spelled-out number counts as an amount only before a scale word
# ("sixteen billion dollars", "twenty-five billion", "forty two million": tens and units, joined by a hyphen or a space)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# ("a hundred billion dollars", "two hundred million euros", "a billion dollars")
_SPELLED_BELOW_100 = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_TEENS}|{_UNITS})"
# "two hundred and fifty million", "one hundred twenty billion": a compound is read whole; no number word right after
# "hundred (and)", "and", "half" or "of a" ("a quarter of a billion", "half a billion": refused, never $1bn; review of
# round J, finding 1); the bare article only where no number word or fraction stands before it
_SPELLED_NOT_AFTER = r"(?<![\w-])(?<!hundred\s)(?<!\band\s)(?<!\bhalf\s)(?<!quarter\s)(?<!\bthird\s)(?<!\bfew\s)(?<!several\s)"
# "half a billion dollars" is 0.5 of the scale (figures session 7: the review of round J refused it only because "a"
# alone read as one; "a quarter of a billion" stays refused)
_SPELLED_WORD = (rf"{_SPELLED_NOT_AFTER}(?:(?:a|{_UNITS})\s+hundred(?:\s+(?:and\s+)?{_SPELLED_BELOW_100})?|"
                 rf"{_SPELLED_BELOW_100}|half\s+a|(?<!\bof\s)a)")
_SPELLED_NUM = rf"{_SPELLED_WORD}(?=\s+(?:million|billion|trillion)\b)"
_SPELLED_SCALE_RE = re.compile(rf"{_SPELLED_WORD}\s+(?:million|billion|trillion)\b", re.I)
# an ISO code as a currency needs a scale word, decimals or thousands beside the number ("MYR 91.1 billion", "2.5 billion
# COP"); "Hong Kong SAR 2024", "PLN 2023 investment", "the 2023 COP summit" hold none (currencies.csv <SCALED>,
# <AFTER_SCALED>; review of round J, finding 2; "(?=[A-Z])" first: the lookbehinds run only before a capital)
_CODE_SCALED_AFTER = (r"(?=\d[\d.,]*\s?(?:trillion|billion|million|thousand|trln|bln|mln|tn|bn|mn|crore|lakh)\b|"
                      r"\d+\.\d|\d{1,3},\d{3})")
_CODE_SCALED_BEFORE = (r"(?=[A-Z])(?:(?<=[a-zA-Z]\s)|(?<=[a-zA-Z])|(?<=[.,]\d)|(?<=[.,]\d\d)|(?<=[.,]\d\d\d)|(?<=[.,]\d\s)|"
                       r"(?<=[.,]\d\d\s)|(?<=[.,]\d\d\d\s))")


_SPACES_DIGIT_RE = re.compile(r"\s*\d")


def _amount_starts(sentence: str, lead: int) -> list[int]:
    """perf s18: the positions where a match of an amount pattern can start, ascending: a match is a currency prefix of at
    most ``lead`` characters (none: ``lead`` 0), spaces, then its number's first digit; so it starts at most ``lead``
    characters before the run of spaces that ends at a digit, and not after that digit.

    >>> _amount_starts("ab $ 12", 2)
    [2, 3, 4, 5, 6]
    >>> _amount_starts("in May 2011", 0)
    [6, 7, 8, 9, 10]
    """
    out: list[int] = []
    nxt = 0  # the first position not yet in ``out``
    for m in _SPACES_DIGIT_RE.finditer(sentence):
        lo = max(m.start() - lead, nxt)
        out.extend(range(lo, m.end()))
        nxt = max(nxt, m.end())
    return out


def _has_spelled(text: str) -> bool:
    """A spelled-out number before a scale word ("sixteen billion dollars"); the plain substring test first, as most text
    has none (the pattern's many words would be tried at every position)."""
    return ("illion" in text or "ILLION" in text) and _SPELLED_SCALE_RE.search(text) is not None


_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "a": 1, "half a": 0.5}


# the number words from `start` to ten as an alternation, for "over five years", "five years earlier" (one list: review of
# round L, finding 11)
def _num_words(start: int) -> str:
    return "|".join(w for w, n in _WORD_NUM.items() if isinstance(n, int) and start <= n <= 10 and w != "a")


_SPELLED_VALUES = {w: i for i, w in enumerate(("zero|" + _UNITS + "|" + _TEENS).split("|"))} | \
    {w: 20 + 10 * i for i, w in enumerate(_TENS.split("|"))}
_QUAL_PRIORITY = {"target": 4, "forecast": 3, "estimate": 2, "actual": 1}
_DIRECTED = ("exports", "imports", "investment", "aid")
_UNIT_AFTER_RE = re.compile(r"\s*(?:\[[a-z]+\]\s*)?(?:of\s+)?(?:cubic|tons?|tonnes?|barrels?|people|persons|kwh|kilowatt|metres?|meters?|"
                            r"kilometres?|kilometers?|km|units?|cars|vehicles|visitors|tourists|passengers|hectares|"
                            r"years?|times|percent|%|per\s+cent|residents|citizens|troops|soldiers|doses|"
                            r"square|litres?|liters?|gallons?|pieces|copies|users|subscribers)\b", re.I)
# "the US" is no "us": only the lower-case pronoun, "We"/"Our" may open a sentence
_FIRST_PERSON_RE = re.compile(r"\b(?:[Oo]urs?|[Ww]e|us)\b")
# "Africa's largest oil producer", "Europe's biggest economy", "Asia's fourth-largest economy": one country described by
# its rank in a region (figures round K)
# "Africa's largest economy", "Europe's most powerful economy", "Africa's main oil exporter": one country, no bloc; but not
# before a plural head ("Africa's top oil producers, such as Angola", "Asia's leading economies"): several countries
# (review of round K, finding 4: any "most/least <adjective>", "main", "strongest"; a plural head within three words)
_PLURAL_HEAD_AHEAD = (r"(?!(?:\s+[a-z][\w-]*){0,2}?\s+[a-z][\w-]*[^\Wsu]s\b(?<!\bwas)(?<!\bhas)(?<!\bits)(?<!\bthis)"
                      r"(?<!\bhis)(?<!\bgas)(?<!\bthus)(?<!\bnews)(?<!\bwhereas))")
_SUPERLATIVE = (r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[- ])?"
                r"(?:" + "|".join(sorted((r["pattern"] for r in read_rows(lexicon_file(None, "figure_superlatives.csv"),
                                                                        ("source", "pattern"))), key=len, reverse=True))
                + r")\b" + _PLURAL_HEAD_AHEAD)  # the ranks: data/lexicons/figure_superlatives.csv (figures round L)
_SUPERLATIVE_AFTER = r"(?:['’]s)?\s+" + _SUPERLATIVE
_SINO_RE = re.compile(r"\bSino-(?=[A-Z])")
# "to hit USD 100 billion before their 2030 goal", "$50 billion, well ahead of the 2028 target date": the amount is the
# goal's, expected to come early (only for an amount still to come; one reached early is what is; figures round J)
_BEFORE_GOAL_AFTER_RE = re.compile(r"\s*+,?\s*+(?:(?:well|long|years|months|even)\s++)?(?:before|ahead\s++of)\s++(?:the|their|its|our|his|her)\s++"
                                   r"(?:(?:original|official|agreed|stated|self-imposed)\s++)?(?:(?:19|20)\d\d\s++)?"
                                   r"(?:target|goal|deadline|objective)\b", re.I)
_TARGET_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:target|goal)s?\b", re.I)
# ", and Germany is second with ...": a new clause with its own subject ends the amount's segment too
_SEGMENT_END_RE = re.compile(r"\(|\)|;|,\s+(?:which|where|while|whereas)\b|,\s+with\s+(?:[\w'’-]+\s+){0,3}?(?:shipments|exports|imports|sales|trade|investment)\b|,\s+and\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?"
                             r"(?:'s|’s)?\s+(?:is|was|are|were|has|had|comes?|came|ranks?|ranked|stands?|stood)\b")
_BETWEEN_LOW_RE = re.compile(rf"\bbetween\s+(?P<lo>(?:US\$|\$)?\s*(?P<n>{_NUM}))\s+and\s+(?:US\$|\$)?\s*$", re.I)
# "nearly $90 billion, or rather $87 billion", "$7.5 billion – it is even $9.5 billion", "$6 billion last year – no,
# it was actually $6.7 billion": a short filler without digits (the period) may sit before the correction
_CORRECTION_RE = re.compile(r"(?P<filler>(?:\s*(?:[^\d\s,;:()–—$€£¥₩]+|(?:19|20)\d\d)){0,3}?)\s*(?:[,–—-]\s*)?(?:(?:no|sorry|I\s+mean)\s*,?\s*)?"
                            r"(?:(?:or|it\s+is|it\s+was|it's|that\s+is|that's|but)\s+)?(?:even|rather|actually|already|in\s+fact|"
                            r"more\s+precisely|to\s+be\s+(?:more\s+)?precise)\s*,?\s*|\s*[–—]\s*", re.I)
_FILLER_STOP_RE = re.compile(r"\b(?:and|or|but|while|with|to|from|in\s+(?:exports|imports|investment|trade|aid))\b", re.I)
# ", and with China it is 87." / "with Germany — 72": a bare number closing the clause
# ", with China 87.", "but with China it is close to 100."
_ELLIPSIS_HEDGE = rf"(?:{_HEDGE}\s+)?"
_ELLIPSIS_RE = re.compile(rf"(?:[^.;$€£¥₩\d]{{0,60}}?\b(?:it\s+is|it's|it\s+was|is|was|—|–|:)|(?:\s+(?:in|for)\s+(?:19|20)\d\d|\s+(?:last|this)\s+year)?\s*,\s*(?:and\s+|while\s+|but\s+|whereas\s+)?"
                          rf"(?:with|for)\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))\s+{_ELLIPSIS_HEDGE}"
                          rf"(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?=[.;,)]|$)", re.I)
_FIRST_NUM_RE = re.compile(_NUM)
_SAME_AMOUNT_RE = re.compile(rf"\b(?:a\s+similar|the\s+same|a\s+comparable|(?:{_HEDGE}|much)\s+the\s+same)\s+"
                             r"(?:figure|amount|sum|level|volume|value)\b(?!\s+(?:of|as|in)\b)", re.I)
_CLAUSE_BREAK_RE = re.compile(r"[,;]\s*(?:and|while|whereas|but)?\b|\s(?:and|while|whereas)\s", re.I)
# "1.2 trillion won ($900 million)", "1.3 trillion won, or about $1 billion": the same sum in dollars
_EQUIV_HEDGE = rf"(?:(?:{_HEDGE}|equivalent\s+to|worth)\s+)?"
_EQUIV_PAREN_RE = re.compile(rf"\s*\(\s*{_EQUIV_HEDGE}", re.I)
# "1.4 trillion yen ($9.6 billion at the current exchange rate)": a rate note may sit before the bracket closes
# (possessive "\s*+": a long run of spaces after an amount must not be split between two quantifiers, which
# backtracks quadratically on hostile input; benchmarks/bench_pathological.py)
_EQUIV_CLOSE_RE = re.compile(r"\s*+(?:,?\s*+(?:at|by|on|using)\s+[^()\d]{0,40}?\brates?\b[^()\d]{0,12}?)?\)", re.I)
# "; in dollar terms the total rose 1.9 percent to", "-- in U.S. dollar terms, roughly": the sum before, restated in dollars
# (a few words, no amount, between the phrase and the dollar amount)
_DOLLAR_TERMS_RE = re.compile(r"\b(?:in\s+(?:U\.?S\.?\s+)?dollar\s+terms|(?:measured|counted|expressed|valued)\s+in\s+(?:U\.?S\.?\s+)?dollars)"
                              r"(?:\s*+,)?(?:\s++[^\s$€£¥₩]++){0,8}\s*+$", re.I)
# "one billion dollars - 10,000 crore Nepali rupees - for": a sum restated in another currency between dashes (figures
# session 9); the dash closing the aside, or the sentence's end or a comma, must follow the second amount
_EQUIV_DASH_RE = re.compile(rf"\s++[-–—]{{1,2}}\s++(?:{_EQUIV_HEDGE})?", re.I)
_EQUIV_DASH_CLOSE_RE = re.compile(r"\s*+(?:[-–—,;.]|$)")
_EQUIV_OR_RE = re.compile(rf"\s*+,?\s*+(?:or|i\.e\.|that\s+is|equivalent\s+to|{_HEDGE})\s+{_EQUIV_HEDGE}", re.I)


def _to_float(number: str) -> float:
    """"1,084" / "1 084" / "87.5" -> 1084.0 / 1084.0 / 87.5

    >>> _to_float("1,084"), _to_float("1 084"), _to_float("87.5")
    (1084.0, 1084.0, 87.5)
    >>> _to_float("two hundred and fifty"), _to_float("one hundred twenty"), _to_float("a hundred"), _to_float("forty-two")
    (250.0, 120.0, 100.0, 42.0)
    """
    if number[:1].isalpha():
        word = _WORD_NUM.get(" ".join(number.lower().split()))  # ("half  a": one space)
        if word is None:  # "sixteen", "twenty-five", "forty two", "a hundred", "two hundred and fifty"
            word = 0
            for w in re.split(r"[-\s]+", number.lower()):
                if w == "hundred":
                    word = (word or 1) * 100
                elif w in _SPELLED_VALUES:
                    word += _SPELLED_VALUES[w]
                elif w == "a" and word == 0:
                    word = 1
                elif w != "and":
                    raise ValueError(number)
        return float(word)  # "one billion U.S. dollars"
    return float(number.replace(",", "").replace(" ", ""))


def _first_number(text: str) -> float:
    m = _FIRST_NUM_RE.search(text)
    return _to_float(m.group()) if m else 0.0


# ("much of it routed through Hong Kong", "shipped via Singapore": a transit country, no side of the money; round J)
_NOT_PARTY_BEFORE_RE = re.compile(r"\b(?:by|according\s+to|citing|next\s+to|than|like|such\s+as|unlike|compared\s+(?:with|to)|"
                                  r"(?:waters|coast|shores?)\s+(?:off|of)|off\s+the\s+coast\s+of|off|"
                                  r"besides|apart\s+from|second\s+only\s+to|through|via|"
                                  # "Jaishankar, who flew in from the Maldives, said India had provided $4 billion": where a
                                  # traveller came from is no side of the money (figures session 7)
                                  r"(?:flew|flown|flying|arrived|arriving|came|travell?ed|returned|returning)\s+(?:in\s+|back\s+)?from|"
                                  # "The United States overtook China as Germany's most important trading partner": the
                                  # rival displaced is no side of the money (figures session 9)
                                  r"overt(?:ook|akes?|aking|aken)|displac(?:ed|es|ing)|replac(?:ed|es|ing)|edg(?:ed|es|ing)\s+past)\s+(?:the\s+)?$", re.I)
# a flow's agent after "by": "Imports of Russian crude by India", "Purchases by China of Australian coal", "Investment by
# Japanese companies in India" (from the metric word to the country; not "exports, as reported by South Korea's agency")
# (round J: "Hungarian goods bought by Korea", "Goods exported by Vietnam to Laos": a participle of the flow before "by")
_AGENT_BY_BEFORE_RE = re.compile(r"(?:imports?|exports?|purchases|investments?|sales|shipments|deliveries|aid|assistance|"
                                 r"bought|purchased|sold|shipped|exported|imported|supplied)"
                                 r"\s++(?:(?!(?:estimat|calculat|report|compil|releas|publish|cit|measur|count|record|put|show)\w*\s)"
                                 r"[\w'’.-]++\s++){0,5}?by\s++(?:the\s++)?", re.I)
# "After the Netherlands, Cyprus is the second-largest investor": in a ranking, a yardstick, not a party
_RANK_BEFORE_RE = re.compile(r"\b(?:after|behind|following|ahead\s+of)\s+(?:the\s+)?$", re.I)
_RANK_RE = re.compile(r"\b(?:second|third|fourth|fifth|largest|biggest|leading|top|ranks?|ranked|place|runner-up)\b", re.I)
# "Russia sent North Korea wheat aid", "to Russian firms": a recipient or a partner, not an adjective of the giver
_VERB_OR_PREP_BEFORE_RE = re.compile(r"\b(?:sen[dt]s?|gives?|gave|grant(?:s|ed)?|offer(?:s|ed)?|provid(?:es|ed)|promis(?:es|ed)|"
                                     r"pledg(?:es|ed)|lent|lends?|hand(?:s|ed)|owes?|owed|paid|pays?|to|for|into|from|with|in|and)\s+(?:the\s+)?$", re.I)
# "Turkish investment", "Japan's aid", "Chinese imports": the country right before a directed metric word gives it
_ADJ_BEFORE_METRIC_RE = re.compile(r"(?:'s|’s|')?\s+(?:(?!(?:attract|receiv|expect|need|seek|sought|welcom|get|got|request|ask|lack|"
                                   r"lure|court|hope|wait)\w*\s)[a-z][\w-]*\s+){0,2}$")
_PREP_WORDS = "with|to|from|into|in|on|and|for|of|than|by"  # for _prep_before: a partner's, not a subject's, place
_FROM_TO_GAP_RE = re.compile(r"\s++(?:to|into|in)\s++(?:the\s++)?", re.I)  # "from Poland| to |France"
# money put up by both sides together, or by one side at home, is no flow between two countries:
# "joint investment projects worth $1 billion", "provided by our Chinese partners and us", "invest ... at home",
# "each country will invest ... in its own section"
_JOINT_RE = re.compile(r"\bjoint(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:fund(?:s|ing)?|financing|investments?\s+(?:projects?|funds?|programmes?|programs?)|"
                       r"projects?)\b|\bjointly\s+(?:invest|financ|fund|contribut)|\b(?:its|their|our|his|her)\s+(?:own\s+)?home\b|\b(?:partners?|friends|colleagues|companies|firms)\s+and\s+(?:us|ourselves)\b|\b[Ww]e\s+and\s+our\b|"
                       r"\btogether\s+with\b|\b(?:at\s+home|domestically)\b|\bin\s+(?:its|their|our|his|her)\s+own\b|"
                       r"\bon\s+(?:its|their|our|his|her)\s+(?:own\s+)?(?:end|side|territory|part|section)\b|"
                       r"\beach\s+(?:country|side|party|nation|state)\b", re.I)
# ", and Mongolia", " and the EU": a second partner after the first
_GROUP_AFTER_RE = re.compile(r"(?:'s|’s)?\s*(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*)*(?:,\s*)?\s+and\s+(?:the\s+)?[A-Z]")
# "Korean exports", "Korean car shipments": the South (the North when the story is the North's); the economic nouns are
# korea_economic_nouns.csv, the list mentions.py reads for a bare "Korea('s) exports" (one list for both; before the
# review of round K, visits item E, figures.py kept its own list here). Built in FigureExtractor.__init__.
_KOREAN_FMT = r"(?<![Nn]orth )(?<![Ss]outh )(?<!-)\bKorean(?=\s+(?:[\w-]+\s+)?(?:{nouns})\b)"
_IMPLICIT_TARGET_RE = re.compile(r"\b(?:targets?|goals?|aim\s+for|aiming\s+for)\b", re.I)
_PAST_SPAN_RE = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?P<n>\d{1,2}|two|three|four|five|six|"
                           r"seven|eight|nine|ten)?\s*(?P<unit>years?|months?)\b", re.I)
# "US$", "U.S. dollars", "HK$": a currency; but "lent Bangladesh $7 billion": the country, then the amount
# a bare number followed by a demonym or an upper-case code and a lower-case noun ("20 billion Eritrean nakfa", "5
# billion CFA units"): money in a currency currencies.csv does not list; the bare-number rule reads it as no amount,
# not as the article's currency or dollars (review of round K, finding 1)
_FOREIGN_MONEY_AFTER_RE = re.compile(r"\s+(?:[A-Z]{2,4}|[A-Z][a-z]+(?:an|ian|ese|i|ish|ic|ch))\s+(?-i:[a-z]+)\b(?!\s+(?:of|for)\b)")
# "after reaching $110 billion", "having hit a record $5 billion", "after it climbed to $8 billion": an amount already
# reached, whatever prospect the words before it tell ("on course for a record year after reaching ..."; review of
# round K, finding 6)
_REACHED_LEAD_RE = re.compile(r"\b(?:after|having)\s+(?:(?:it|they|trade|exports|imports|investment)\s+)?"
                              r"(?:reach|hit|climb|ris|rose|grow|grew|total|jump|surg|soar|top|exceed|pass|doubl|swell|"
                              r"expand)\w*\s+(?:(?:to|by|past|over)\s+)?(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
_OWNER_GAP_RE = re.compile(r"(?:['’]s?)?\s+")  # "China's exports", "Chinese exports": a country owning the flow word after it
_CURRENCY_AFTER_RE = re.compile(r"(?:\$|\s*dollars?\b)|(?<=\bU\.S\.)\s\$|(?<=\bUS)\s\$", re.I)
_LOWER_SOUTH_RE = re.compile(r"(?<![\w-])south\s+Korea\b(?!n)")
# "the West African nation", "the Gulf kingdom", "the central American country": a country described, not named (a demonym
# inside it names no country)
# (the noun in lower case: "the United Kingdom" is a name)
# "the Gulf kingdom", "the island", "the mainland", "the Sultanate" (a capitalised title right after "the"; figures round K)
_DESCRIBED_COUNTRY = (r"the\s+(?:(?:[\w-]+\s+){1,3}?(?-i:country|nation|kingdom|emirate|sultanate|monarchy|city-state|neighbou?r|republic)"
                      # "the Gulf state", "the Baltic state": a state described, but not "the Indian state of Kerala", "the
                      # Chinese state media", "the state-owned" (figures session 7, third round)
                      r"|(?:(?-i:[A-Z])[\w-]+\s+){1,2}?(?-i:state)(?![\w-])(?!\s+(?:of|media|news|television|agency|firms?|compan\w+|"
                      r"enterprises?|banks?|budget|council|run|owned|visit|secretary|department|officials?|governments?|"
                      r"funds?|sector|broadcaster|oil|railway|airline|carrier|utility)\b)"
                      # "the island", not "the (southern) island of Hainan": that names a place, often in the country's own
                      # territory (review of round K, finding 2)
                      r"|(?:[\w-]+\s+){0,2}?(?-i:island|isthmus|archipelago|mainland)\b(?!\s+of\b)"
                      # "imports from the kingdom" in lower case as well (review of round L, "Left" item 2)
                      # "investment in the republic", "the Central Asian republic" (figures session 7, third round; "the Republic of Korea"
                      # is a name)
                      r"|(?-i:[Ss]ultanate|[Kk]ingdom|[Ee]mirate|[Pp]rincipality|republic)(?!\s+of\b))\b")
_DESCRIBED_COUNTRY_RE = re.compile(_DESCRIBED_COUNTRY, re.I)
# "$9 billion from India", "$13 billion of goods from China", "$2 billion worth of machinery to Kenya": the amount runs on to
# its country (figures session 7, third round)
_OWN_PARTNER_GAP_RE = re.compile(r"\s++(?:(?:worth\s+)?of\s+(?:[a-z]+\s+){1,2}?)?(?:from|to|into)\s++(?:the\s++)?")
# "with the United States its biggest market", "with China as their main supplier" (figures session 7, third round)
_WITH_RANKED_AFTER_RE = re.compile(r"\s++(?:as\s+)?(?:its|their)\s+(?:single\s+)?(?:biggest|largest|top|main|leading|chief)\s+"
                                   r"(?:export\s+|import\s+|trading\s+)?(?:markets?|buyers?|customers?|destinations?|suppliers?|"
                                   r"sources?|partners?)\b", re.I)
# ", which with Mexico make up most of the bloc,": a relative clause between commas (figures session 7, third round)
_REL_CLAUSE_RE = re.compile(r",\s++(?:which|who|whose|where)\b[^,;()]{0,120}+,")
# "The country's exports to the United States", "Its exports to India" opening a clause, "investment from the emirate in
# Kazakhstan": a directed flow whose other side is named and whose own side is a country told only by a word that points
# back (figures session 7, third round); the story's other country is that side
_ANAPHOR_OWNER_BEFORE_RE = re.compile(r"(?:\b(?:the\s+country|" + _DESCRIBED_COUNTRY + r")['’]s|(?:^|[;:]\s*|\b(?:and|but|while)\s+)"
                                      r"(?-i:[Ii]ts|[Tt]heir))\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
# "The Gulf state has pledged to invest ...", "The country exported ...": the clause's subject (figures session 7, third round)
_ANAPHOR_SUBJECT_RE = re.compile(r"\s*+(?:(?:and|but|while)\s+)?(?:the\s+country|" + _DESCRIBED_COUNTRY + r")\s+(?:[a-z]+\s+){0,4}$",
                                 re.I)
_ANAPHOR_GIVER_AFTER_RE = re.compile(r"[\w-]++\s++(?:from|by)\s++(?:the\s+country\b|" + _DESCRIBED_COUNTRY + r")", re.I)
_ANAPHOR_RE = re.compile(r"\b(?:bilateral|two-way|mutual|the\s+(?:two|both)\s+(?:countries|sides|nations|neighbou?rs|economies)|"
                         r"both\s+(?:countries|sides|nations)|the\s+(?:North|South)\b|the\s+country\b|the\s+neighbou?rs|"
                         r"(?:to|for|in)\s+(?:its|their)\s+neighbou?r\b|"  # "aid to its neighbour": the story's other country
                         # "exports to the West African nation", "imports from the Gulf kingdom" (figures round I)
                         + _DESCRIBED_COUNTRY + "|"
                         # "officials declined to put a number on the aid": the aid the story is about, to its recipient
                         r"the\s+(?:aid|assistance)\b(?!\s+(?:to|for|from|of)\b))", re.I)
_LEAD_ESTIMATE_RE = re.compile(r"\s*(?:according\s+to|by)\s+(?:[\w'’]+\s+){0,2}?(?:estimates?|calculations)\b", re.I)
# "..., according to ...", "..., a Russian report says": who tells the figure, not a party of it
_SOURCE_RE = re.compile(r"\b(?:according\s+to|citing|(?:figures|data|statistics)\s+(?:released|published|issued))\b|"
                        r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|study|survey|ministry|agency|newspaper|paper|daily|"
                        r"officials?|sources?|statement|spokesman|spokeswoman|spokesperson)\s+(?:says|said|shows|showed|reported|"
                        r"reports|found|finds|writes|wrote|notes|noted)\b", re.I)
_PAIR_WORDS_RE = re.compile(r"\b(?:the\s+two\s+(?:countries|sides|nations|neighbou?rs|economies)|both\s+(?:countries|sides|nations)|"
                            r"bilateral|two-way)\b", re.I)
# one constant for the month names of the figure rules (review of round K, item D)
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_FIGURE_RE = re.compile(rf"\b(?P<m>{_MONTH_NAMES})['’]s\s+(?:figure|total|tally|number|value|reading)\b")
# ("November's figure of 161.92 billion yuan", "last month's total of": the story's amount for a month; round J)
# ("had put the 2023 figure at about $54 billion": the story's amount for a named year; round K)
# ("the 2023 total": a year's total is the story's amount as "the 2023 figure" is; not a bare "the total", a part's
# whole; review of round K, finding 13)
_ANAPHORIC_AMOUNT_RE = re.compile(r"\b(?:the|this|that)\s+(?:(?:19|20)\d\d\s+)?(?:figure|number|amount|volume|indicator)\b|"
                                  r"\b(?:the|this|that)\s+(?:19|20)\d\d\s+(?:total|tally)\b|"
                                  rf"\b(?:{_MONTH_NAMES}|"
                                  r"(?:last|this)\s+month|the\s+month|(?:19|20)\d\d|(?:last|this)\s+year|the\s+quarter)['’]s\s+"
                                  r"(?:figure|total|tally|number|value|reading)\b", re.I)
_ANAPHORIC_START_RE = re.compile(r"(?:That|This|It)\s+(?:was|is|had\s+been|has\s+been)\b|"
                                 # "That compares with $89 billion in 2022": the story's figure set against its base
                                 r"(?:That|This|It)\s+(?:compares|compared)\s+(?:with|to)\b|"
                                 # "Of the total, USD 24 billion pays for ...": a part of the story's sum (figures round K)
                                 r"Of\s+(?:the|this|that)\s+(?:total|sum)\s*,|"
                                 # "It peaked at $8.7 billion in 2022", "It stood at $19.5 billion", "It reached $31 billion":
                                 # a verb of level right before the amount (figures round I)
                                 r"It\s+(?:(?:then|later|still|also|eventually|briefly|again)\s+)?(?:peaked|stood|reached|hit|topped|"
                                 r"totall?ed|amounted|came\s+in|came|rose|fell|climbed|grew|dropped|slipped|eased|edged\s+(?:up|down))"
                                 rf"\s+(?:(?:at|to|by|around|near)\s+)?(?:{_HEDGE}\s+)?(?:[A-Z]{{0,3}}\$|[€£¥₩]|\d)|"
                                 # "It collapsed to $539 million in 2020": the story's figure goes on
                                 r"It\s+(?:then\s+|later\s+)?(?:collapsed|fell|dropped|plunged|slumped|shrank|tumbled|rose|grew|"
                                 r"climbed|jumped|recovered|rebounded|surged|reached|hit|totall?ed)\s+(?:to|by)\b|"
                                 # "Last year it inched up again, to $1.82 billion", "In 2012, it edged down to ...": a time
                                 # phrase, then "it" and a verb of change with its particle, then "to/by" the amount
                                 r"(?:(?:Last|This|The\s+next|The\s+following)\s+year|In\s+(?:19|20)\d\d|A\s+year\s+(?:later|earlier))"
                                 r"\s*,?\s+it\s+(?:then\s+|later\s+)?[a-z]+ed(?:\s+(?:up|down|back))?(?:\s+again)?\s*,?\s+(?:to|by)\s+(?=\S*\d)")
# "The downturn follows a record $56.83 billion in 2008", "The rise comes after a weak $3 billion in 2019": the change
# the story reports, set against an earlier level: the story's lead figure (metric and pair), in its own year
_CHANGE_START_RE = re.compile(r"(?:The|This|That|Such\s+a|Last\s+year's|This\s+year's)\s+(?:[\w-]+\s+)?(?:downturn|decline|fall|drop|slump|"
                              r"slide|contraction|decrease|rise|increase|growth|jump|rebound|recovery|surge|upturn|gain|plunge)\s+"
                              r"(?:follows|followed|comes\s+after|came\s+after|compares\s+with|compared\s+with|contrasts\s+with|"
                              r"is\s+(?:measured\s+)?(?:from|against)|was\s+(?:measured\s+)?(?:from|against))\s")
# "In 2013 it had stood at $33.2 billion", "A year earlier it was $9 billion" right after a figure sentence: an earlier
# level of the story's figure, after a time phrase
_ANAPHORIC_TIME_START_RE = re.compile(r"(?:In|By|Back\s+in|During|A\s+year\s+(?:earlier|before)|(?P<n>Two|Three|Four|Five|Ten)\s+years\s+"
                                      r"(?:earlier|before))(?:\s+(?:19|20)\d\d)?\s*,?\s+(?:it|this|that)\s+(?:had\s+)?"
                                      r"(?:was|is|been|stood|amounted|came|reached|totall?ed)\b")
# a sentence opening on how long before its amount lies: "A year earlier it was ...", "Ten years ago, trade stood at ..."
_EARLIER_LEAD_RE = re.compile(r"\s*(?:Just\s+)?(?:(?P<one>A|One)|(?P<n>Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}))\s+years?\s+"
                              r"(?P<rel>earlier|before|ago|later)\b", re.I)
# ("nearly doubled after the 2015 accord to reach A$299 billion in 2022", "tripled to reach": figures session 7)
_PAST_THEN_INFINITIVE_RE = re.compile(r"\b(?:grew|rose|increased|jumped|climbed|surged|soared|expanded|fell|dropped|declined|decreased|"
                                      r"doubled|tripled|trebled|quadrupled|halved|rebounded|recovered|shrank|slumped|"
                                      r"went\s+up|went\s+down)\b(?:(?!\b(?:will|would|should|could|may|might|expected|set|likely)\b)[^,;])*?"
                                      r"(?P<inf>\bto\s+(?:reach|exceed|approach|top|hit|surpass|total|stand\s+at))\b", re.I)
# "Chinese investment, by our estimates, is about $10 billion"
_MID_ESTIMATE_RE = re.compile(r"[,(]\s*(?:according\s+to|by)\s+(?:[\w'’]+\s+){0,2}?(?:estimates?|calculations)\b"
                              # ("In January, on preliminary data, he had put the figure at ...": round K)
                              # "According to preliminary data, Italy's exports ...": at the head of the sentence too;
                              # the words are figure_words.csv preliminary and data (review of round K, finding 12)
                              rf"|(?:^|[,(])\s*(?:on|from|based\s+on|according\s+to)\s+(?:the\s+)?{_WORDS['preliminary']}\s+"
                              rf"(?:(?-i:[a-z])[\w-]*\s+){{0,2}}?{_WORDS['data']}\s*[,)]", re.I)
_TRAIL_ESTIMATE_RE = re.compile(r"[\s,]*(?:\([^)]*\)\s*)?(?:according\s+to|by)\s+(?:\w+\s+){0,2}?(?:estimates?|calculations)\b", re.I)
# "Under the plan, trade should reach $100 billion by 2030": the plan's goal
_UNDER_PLAN_LEAD_RE = re.compile(r"\s*Under\s+(?:the|a|this|that|its|their|the\s+new)\s+(?:[\w-]+\s+){0,2}?(?:plan|programme|program|"
                                 r"roadmap|strategy)\s*,", re.I)
# "Seoul promised Moscow $3 billion in economic aid", "Tokyo pledged Manila 50 billion yen": a pledge verb, the recipient's
# name and the amount (figures round J)
# (the pledge verbs and "another", "a further": figure_words.csv pledge_stem and further, one source for every pledge
# rule and the two figure_cues.csv rows; review of round K, item D)
_PLEDGE_STEM = _WORDS["pledge_stem"]
_FURTHER = _WORDS["further"]
_AID_PLEDGE_VERB_RE = re.compile(rf"\b(?:{_PLEDGE_STEM}|commit|offer|announc|earmark|approv)(?:es|ed|s|ted|ing)?\b", re.I)
_AID_PROMISED_TO_RE = re.compile(rf"\b(?:{_PLEDGE_STEM}|offer)(?:es|ed|s)?\s++(?:(?-i:[A-Z])[\w.'’-]*+\s++){{1,3}}?"
                                 rf"(?:(?:{_FURTHER}|{_HEDGE})\s++)?$", re.I)
# aid "committed", "announced", "earmarked" right before its amount is money still to be paid: a forecast (as a pledge;
# "approved" aid is `_AID_APPROVED_RE`)
_AID_PLEDGED_BEFORE_RE = re.compile(rf"\b(?:commit(?:s|ted)|announc(?:es|ed)|earmark(?:s|ed)|unveil(?:s|ed)|"
                                    rf"offer(?:s|ed))\s+(?:(?:another|an\s+additional|a\s+further|a\s+new|{_HEDGE})\s+)?$"
                                    # "secured a pledge of $6 billion": the pledge as a noun (figures session 8)
                                    rf"|\b(?:an?|the|its|their|his|her)\s+(?:(?:new|fresh|firm)\s+)?(?:pledge|promise|commitment)\s+"
                                    rf"of\s+(?:{_HEDGE}\s+)?$", re.I)
# "offered an official development assistance loan of 50 billion yen", "agreed to provide Kyrgyzstan with development aid of
# up to $120 million", "announced on Sunday an aid package worth": the aid noun between the verb and the amount
_AID_OFFERED_NOUN_RE = re.compile(rf"\b(?:commit(?:s|ted)|announc(?:es|ed)|earmark(?:s|ed)|unveil(?:s|ed)|offer(?:s|ed)|promis(?:es|ed)|"
                                  rf"pledg(?:es|ed)|agreed\s+to\s+(?:provide|give|grant|extend)|will\s+(?:provide|give|grant|extend)|"
                                  rf"would\s+(?:provide|give|grant|extend))\s+(?:(?:on|last|this|next)\s+\w+\s+)?"
                                  rf"(?:(?-i:[A-Z][\w.'’-]*)\s+(?:(?-i:[A-Z][\w.'’-]*)\s+)?with\s+)?(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?"
                                  rf"(?:[\w-]+\s+){{0,5}}?(?:of|worth)\s+(?:{_HEDGE}\s+){{0,2}}$", re.I)
# "..., to be sent this year", "to be delivered by March": money still to go out
_TO_BE_SENT_AFTER_RE = re.compile(r",?\s+(?:is\s+|are\s+)?to\s+be\s+(?:sent|delivered|paid|disbursed|provided|shipped|released|transferred|handed\s+over)\b", re.I)
# "$65 billion a year", "$3 million per year": a yearly rate, no period of its own (and no carried one)
_PER_YEAR_AFTER_RE = re.compile(r"\s+(?:a|per|each|every)\s+year\b", re.I)
# "the $100 billion that the two governments had set as their target for 2015", "$300 billion, which the leaders adopted as
# a goal": a relative clause that names the amount a goal; with no "that"/"which" only with "as" ("the $20 billion mark the
# two leaders have set as their goal", "the $5 billion both leaders named as their objective"; "$5 billion in 2020, when
# the leaders set a goal of ..." is none)
_TARGET_REL_AFTER_RE = re.compile(r",?\s+(?:(?:mark|level|figure|threshold|line)\s+)?"
                                  r"(?:(?:that|which)\s+(?:[\w'’-]+\s+){0,5}?(?:set|adopted|fixed|named|agreed\s+on|chose|declared)\s+(?:as\s+)?"
                                  r"|(?:[\w'’-]+\s+){1,5}?(?:set|adopted|fixed|named|agreed\s+on|chose|declared)\s+as\s+)"
                                  r"(?:(?:their|its|his|her|the|a|an|our)\s+)?(?:[\w-]+\s+)?(?:target|goal|objective)s?\b", re.I)
_TARGET_REL_YEAR_RE = re.compile(r"\s+(?:for|by|in|of)\s+(?P<y>(?:19|20)\d\d)\b")
# a source's own reckoning named later in the clause: "..., or about $9.6 billion at the current rate, according to
# calculations made by the agency", "..., Reuters calculations based on customs data show", "by the paper's estimates"
_SOURCE_ESTIMATE_AFTER_RE = re.compile(r"\b(?:according\s+to|by|on)\s+(?:[\w'’-]+\s+){0,3}?(?:estimates|calculations|computations)\b|"
                                       r"\b(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}\s+(?:estimates|calculations)\s+"
                                       r"(?:based\s+on|made|show|showed|shows|suggest|suggested)\b|"
                                       # "..., preliminary data showed", "according to preliminary customs figures"
                                       rf"\b{_WORDS['preliminary']}\s+(?:(?-i:[a-z])[\w-]*\s+){{0,2}}?{_WORDS['data']}\b|"
                                       # "..., the ministry estimated." (not "an estimated 20 percent")
                                       r",\s+(?:[\w'’-]+\s+){1,6}?(?:estimated|estimates|reckoned|reckons|calculated|calculates)\s*(?:[.,;]|$)", re.I)
# a later sentence that names a source of its own ("..., customs data showed", "according to", "X said") does not take
# the estimate of the story's lead
_OWN_SOURCE_RE = re.compile(r"\b(?:according\s+to|citing|cited|quoted|data|statistics|figures|estimates?|calculations|said|says|told|"
                            r"reported|showed|shows)\b", re.I)
_AGGREGATE = "\x00aggregate"
_AT_HOME = ("\x00at home",)
# "will provide Laos with", "to supply China with oil", "gave Cuba": the country right after a verb of giving receives
_PEOPLE_IN_RE = re.compile(r"\b(?:analysts?|officials?|experts?|observers?|sources?|diplomats?|economists?|lawmakers?|"
                           r"reporters?|journalists?|correspondents?|traders?|bankers?|executives?|spokes(?:man|woman|person))\s+"
                           r"(?:based\s+)?in\s+(?:the\s+)?$", re.I)
_GAVE_BEFORE_RE = re.compile(r"\b(?:provided|gave|given|donated|contributed|sent|supplied|shipped|delivered)\s+(?:[\w'’-]+\s+){0,3}?"
                             rf"(?:{_HEDGE}\s+)?(?:worth\s+)?(?:US\$|\$|€|£|¥|₩)?\s*$", re.I)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}
_MONTHS_TO_RE = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:first\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|"
                           r"ten|eleven|twelve)\s+months\s+(?:to|through|until|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?"
                           r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)"
                           r"(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I)
_YEAR_SPAN_RE = re.compile(r"\b(?:in|during|over|for|between|throughout|from)\s+(?:the\s+)?(?P<a>(?:19|20)\d\d)\s*(?:[-–—]|\s+(?:and|to|through)\s+)"
                           r"(?P<b>(?:19|20)\d\d|\d\d)\b(?!\s*(?:percent|%))", re.I)
# figures round E ----------------------------------------------------------------------------------------------
# "over the first ten months of the year", "in the first half of this year": from January of the year (the publication
# year unless written)
# (and "in 11 months of 2023", "in ten months of this year": the months from January, with no "first"; round 2 of
# session 8, an s7c xfail)
_FIRST_MONTHS_RE = re.compile(r"\b(?:in|over|during|for)\s+(?:the\s+first\s+(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|"
                              r"nine|ten|eleven)\s+months|(?P<half>half))|(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|"
                              r"nine|ten|eleven)\s+months)\s+of\s+(?:the\s+year|this\s+year|(?P<last>last\s+year)|"
                              r"(?P<y>(?:19|20)\d\d))\b", re.I)
# "in Q3 2024", "3Q 2023": a quarter written with its year
_QUARTER_YEAR_RE = re.compile(r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)\s*+(?:of\s++)?(?P<y>(?:19|20)\d\d)\b")
# "Year-to-date exports ... stand at": from January 1 of the publication year
_YEAR_TO_DATE_RE = re.compile(r"\byear[-\s]to[-\s]date\b", re.I)
# "over the next decade", "over the following four years", "through 2028": a plan's horizon, dated by its last year
_NEXT_SPAN_RE = re.compile(r"\b(?:over|in|within|during)\s+the\s+(?P<rel>next|coming|following)\s+(?:(?P<n>\d{1,2}|two|three|four|five|"
                           r"six|seven|eight|nine|ten)\s+(?P<unit>years)|(?P<decade>decade))\b", re.I)
# "edging up from 240.1 billion dollars in 2023", "compared with $5 billion in 2019": the base of a change; its year is
# not the story's period for the sentences after
_BASE_BEFORE_RE = re.compile(rf"\b(?:from|{_WORDS['compare_prep']})\s+(?:(?:the|a|an|its|their)\s+)?"
                             rf"(?:(?:record|revised|previous|prior|earlier|all-time|year-earlier|pre-[\w-]+)\s+){{0,2}}"
                             rf"(?:(?:high|peak|level|total)\s+of\s+)?(?:{_HEDGE}\s+)?$"
                             # "roughly six times its 2003 level of about $1.1 billion": a level of another year named as a
                             # yardstick (figures round I)
                             rf"|\b(?:its|their|the)\s+(?:19|20)\d\d\s+(?:level|figure|total|value|mark)\s+of\s+(?:{_HEDGE}\s+)?$"
                             # "more than twice the $2.08 billion of 1997", "double the previous year's $690 million": the
                             # yardstick of a multiple (figures round K)
                             rf"|\b(?:twice|double|triple|treble|half|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?:the|its|their)\s+"
                             rf"(?:(?:previous|prior|preceding)\s+year['’]s\s+|year-earlier\s+)?(?:{_HEDGE}\s+)?$", re.I)
_AND_VERB_AFTER_RE = re.compile(r"\s(?:and|but)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:now\s+)?(?:is|are|was|were|has|have|had|moving|"
                                r"heading|headed|aims?|aiming|set|expected|likely|should|will|would)\b", re.I)
# ", and the two sides aim to reach ...", ", but officials expect ...": a coordinated clause with a subject of its own
_AND_SUBJECT_VERB_AFTER_RE = re.compile(r",\s+(?:and|but)\s+(?:[\w'’-]+\s+){1,4}?(?:aims?|hopes?|plans?|wants?|expects?|seeks?|"
                                        r"intends?|targets?|will|would|could|should|may|might)\b", re.I)


def _predicate_bounds(sentence: str, a: int, b: int, seg_lo: int, seg_hi: int) -> tuple[int, int]:
    """Where the predicate of the amount at [a, b) starts and ends inside its segment: a second predicate ("and is set to
    hit ...", ", and the two sides aim to ...") after the amount belongs to the next amount; one before it, after an
    earlier amount ("could reach $100 billion by 2030 and is now $85 billion"), starts this amount's predicate.

    >>> s = "Trade could reach $100 billion by 2030 and is now $85 billion."
    >>> _predicate_bounds(s, 50, 61, 30, len(s))[0] == s.index(" is now")
    True
    >>> s = "Trade stands at $85 billion, and the two sides aim to reach $100 billion."
    >>> s[_predicate_bounds(s, 16, 27, 0, 60)[1]:][:6]
    ', and '
    """
    hi = seg_hi
    for rx in (_AND_VERB_AFTER_RE, _AND_SUBJECT_VERB_AFTER_RE):
        m = rx.search(sentence, b, hi)
        if m:
            hi = m.start()
    lo = seg_lo
    if seg_lo > 0:  # only after an earlier amount: "Trade fell and is now $85 billion" keeps its whole clause
        for m in _AND_VERB_AFTER_RE.finditer(sentence, seg_lo, a):
            lo = m.start() + 1 + len(m.group().split()[0])  # right after "and" / "but"
    return lo, hi


_PRESENT_LEVEL_BEFORE_RE = re.compile(rf"\b(?:adds\s+up\s+to|add\s+up\s+to|stands\s+at|stand\s+at|totals|amounts\s+to|amount\s+to|"
                                      rf"comes\s+to|come\s+to|(?:is|are)\s+(?:now\s+)?(?:worth|valued\s+at))\s++(?:(?:{_HEDGE})\s++)?$", re.I)
_BARE_PLEDGE_BEFORE_RE = re.compile(rf"\b{_PLEDGE_STEM}(?:e|es|ed|ing)\s+(?:(?:{_FURTHER}|{_HEDGE})\s+)?$",
                                    re.I)
_DONOR_WORD_RE = re.compile(r"\b(?:contribut\w*|pledg\w*|promis\w*|donat\w*|gave|give[sn]?|provid\w*|committ\w*|"
                            r"replenish\w*)\b", re.I)
_RECIPIENT_AFTER_RE = re.compile(r"\s*+(?:in\s++(?:\w+\s++){0,2}?)?(?:aid\s++|assistance\s++)?(?:to|for)\s", re.I)
_FROM_RIGHT_AFTER_RE = re.compile(r"\s+(?:in\s+\w+\s+)?from\s+(?:the\s+)?")
# "Of the total,", "Of that,", "Out of the total,", "Of the $10 billion,": a part of the sum before follows (round K; the
# pronoun, "Out of" and the repeated sum: figures round L); "Some $4 billion of the total went to ...": the same, after the part
_WHOLE = rf"(?:the|this|that|these|those)\s+(?:(?:total|whole)\s+)?(?:(?:{_HEDGE}\s+)?(?:US|U\.S\.)?[$€£¥]\s?\d[\d.,]*" \
         rf"(?:\s*(?:billion|million|trillion|bn|mln))?(?:\s+(?:in\s+)?(?:{_WORDS['whole_noun']}))?(?:\s+[a-z]+ed)?" \
         rf"|(?:{_WORDS['whole_noun']})\b(?:\s+[a-z]+ed)?)"
# "Of the money,", "Of these funds,", "Of the $10 billion pledged,", "Of the total $10 billion," (the nouns: figure_words.csv
# whole_noun; review of round L, finding 7)
_OF_TOTAL_LEAD_RE = re.compile(rf"\s*(?:Of|Out\s+of)\s+(?:{_WHOLE}|that|this|it)\s*,")
# "$4 billion of that", "$4 billion of these funds"
_OF_TOTAL_AFTER_RE = re.compile(rf"\s+of\s+(?:(?:the|this|that|these|those)\s+(?:{_WORDS['whole_noun']})\b(?!\s+(?:of|for)\b)"
                                rf"|(?:that|this|it)\b(?!['’]|\s+(?:of|for|year|month|quarter|week|decade|period|time|kind|sort|type|size)\b))", re.I)
# "a grant from (the) United States": the part's own giver (renamed from a second _FROM_BEFORE_RE, review of session 7, H4)
_FROM_COUNTRY_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "Of that, $4 billion has already been disbursed", "... went to roads": the part's own predicate tells money paid out,
# whatever the whole was ("... is for roads", "... will go to roads" take the whole's qualifier)
_REALISED_AFTER_RE = re.compile(r"^[^;]{0,40}?\b(?:already|so\s+far|to\s+date|(?:has|have|had)\s+(?:been|gone)|went|was|were)\b",
                                re.I)
# "Mexico's exports worldwide", "Chilean copper exports to all markets", "total exports": one side's flow with the whole
# world, not towards the other side of the pair before (review of round L, finding 6; figure_words.csv global_scope)
_GLOBAL_SCOPE_RE = re.compile(rf"\b(?:{_WORDS['global_scope']})\b", re.I)
_PERCENT_GAP_RE = re.compile(r"\d\s*(?:%|percent|per\s+cent)", re.I)
# "more than twice the previous year's $690 million": the amount of the year before the sentence's (figures round K)
_PREV_YEARS_BEFORE_RE = re.compile(rf"\bthe\s+(?:previous|prior|preceding)\s+year['’]s\s+(?:{_HEDGE}\s+)?$", re.I)
# "fell to $1.52 billion from $2.32 billion": the base of a change right after the amount (figures round K)
_CHANGE_BASE_GAP_RE = re.compile(rf"\s*+(?:(?:quarter|period)\b\s*+)?(?:(?:(?:in|for|during)\s++(?:19|20)\d\d|last\s++year)\b\s*+)?,?\s*+(?:(?:up|down)\s++)?"
                                 # "..., compared with $2.32 billion", "versus", "against": the same base (round L)
                                 rf"(?:from|{_WORDS['compare_prep']})\s++(?:(?:{_HEDGE})\s++)?")
# a growth rate between the amount and its yardstick year ("up 12% from", "a 6 per cent rise on", "down from"): only then is the
# year the one before the amount's ("compared with a record 2022" alone does not say which year the amount is)
_RATE_GAP_RE = re.compile(r"%|\b(?:percent|per\s+cent|up|down)\b", re.I)
# a deadline's words before a date ("by March 2025", "until June", "before the end of May")
_DEADLINE_TEXT_RE = re.compile(r".{0,8}?\b(?:by|until|till|before|through|no\s+later\s+than)\b", re.I | re.S)
# a four-digit year within reach after an amount (the cheap guard of the yardstick-year rule; figures session 7)
_YEAR_AHEAD_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "$40 billion of Japanese goods, down from $52 billion", "..., compared with $3 billion": the words right before a change's
# base, at the end of the gap after the first amount (figures session 7)
_BASE_TAIL_RE = re.compile(rf"(?:^|[,;]\s*+|\s)(?:(?:up|down)\s++from|{_WORDS['compare_prep']})\s++(?:(?:{_HEDGE})\s++)?$", re.I)
# "has put $1.3 billion into the first phase, out of a planned $3.5 billion": the whole the amount before is a part of
# (figures round 2 of session 8); "planned", "projected" make it money still to come
_WHOLE_BEFORE_RE = re.compile(rf"\bout\s++of\s++(?:a|an|the|its|their)\s++(?:(?P<plan>{_WORDS['whole_plan']})\s++|"
                              rf"(?:total|overall)(?:\s++of)?\s++)?(?:(?:{_HEDGE})\s++)?(?:US\$|\$|€|£|¥|₩)?$", re.I)
# "The interest on the loan amounts to $45 million a year", "pays $300 million a year in interest": interest paid on a
# loan, not the loan (figures round 2 of session 8)
_INTEREST_BEFORE_RE = re.compile(rf"\binterest(?:\s++(?:payments?|charges?|bill|costs?))?\s++(?:on\s++[^;]{{0,80}}?\s)?"
                                 rf"(?:amounts?\s++to|amounted\s++to|of|totall?(?:ing|ed|s)|c(?:a|o)mes?\s++to|reached|is|was|"
                                 rf"were|are|runs?\s++(?:at|to))\s++(?:(?:{_HEDGE})\s++)?(?:US\$|\$|€|£|¥|₩)?$", re.I)
_INTEREST_AFTER_RE = re.compile(r"\s++(?:(?:a|per)\s++year\s++|annually\s++|each\s++year\s++)?(?:in|of)\s++interest\b", re.I)
# "under a memorandum of understanding signed in 2016": a noun with a participle of making it, then its date (round 2 of
# session 8)
# a date after the amount that tells when the document it is the value of ran out ("the $5 billion line that expired
# in March", "a 64 trillion-won swap, which lapsed last month", "the loan, expiring in 2027"): not the money's period
# (figures session 13)
_EXPIRY_BEFORE_DATE_RE = re.compile(r"(?:\b(?:that|which)|,)\s++(?:(?:has|had|have|will|would|is|was)\s++)?(?:(?:already|just)\s++)?"
                                    r"(?:expired|expires|expire|expiring|lapsed|lapses|lapse|lapsing|ran\s++out|runs\s++out|"
                                    r"matured|matures|mature|maturing)\s++(?:(?:earlier|later|at\s++the\s++end\s++of|in|on|by)\s++)?$",
                                    re.I)
# a visit that "yielded a pledge of" money: the visited country pledges it ("Ruto's trip to Tokyo yielded a pledge of $300
# million", "a visit to China that brought a promise of 1 billion yuan in aid"; figures session 13, blind49-022)
_VISIT_PLEDGE_RE = re.compile(rf"\b(?:visit|trip|tour|talks|journey|stopover)\s++(?:to|in)\s++"
                              rf"(?P<place>(?:the\s++)?(?-i:[A-Z])[\w.'’-]*+(?:\s++(?-i:[A-Z])[\w.'’-]*+){{0,2}})\s*+,?\s*+"
                              rf"(?:(?:that|which)\s++)?(?:(?:has|had|have|also)\s++)?"
                              rf"(?:yielded|brought|produced|secured|won|netted|delivered)\s++(?:(?:a|an|the)\s++)?"
                              rf"(?:[\w-]++\s++){{0,2}}?(?:pledges?|promises?|offers?|commitments?)\s++of\s++"
                              rf"(?:(?:{_HEDGE})\s++)?(?:US\$|\$|€|£|¥|₩)?\s*+$", re.I)
# the words a qualifier row reads right before an amount ("pledged Kenya a further $"), found after an earlier amount
# ("disbursed $2 billion to Kenya last year and pledged Kenya a further $1 billion"): they tell the next amount only
# (review of figures session 13)
_AMOUNT_AFTER_WINDOW_RE = re.compile(r"\s*+(?:US\$|\$|€|£|¥|₩|NZ\$|A\$|C\$)?\s*+\d")
_HOST_FROM_BEFORE_RE = re.compile(r"\bfrom\s++(?:the\s++)?$", re.I)  # "a pledge of $2 billion from |Riyadh" (s13 review)
_HOST_AID_AFTER_RE = re.compile(r"\s++(?:aid|assistance|grants?)\b", re.I)  # "in US aid": the visitor's own, not its gain
# an amount written before its document and the multilateral lender or fund it is with or from ("a $3 billion agreement
# with the IMF", "a 2-billion-euro loan from the World Bank"): no two-country money (review of figures session 13)
_MULTILATERAL_DOC_AFTER_RE = re.compile(r"[\s-]*+(?:(?-i:[a-z][\w-]*+)[\s-]++){0,3}?(?:agreements?|accords?|arrangements?|pacts?|"
                                        r"deals?|loans?|programmes?|programs?|facilit(?:y|ies)|bailouts?|packages?)\s++"
                                        r"(?:(?:signed|agreed|reached|concluded)\s++)?(?:with|from)\s++(?:the\s++)?"
                                        r"(?-i:IMF|International\s++Monetary\s++Fund|World\s++Bank|Paris\s++Club|ADB|AfDB|AIIB|EBRD|"
                                        r"(?:Asian|African|Inter-American|Islamic|New|Asian\s++Infrastructure\s++Investment|"
                                        r"European\s++Investment)\s++(?:Development\s++)?Bank)\b", re.I)
# a line that opens with the label of a list of links ("More: ...", "Related: ...", "Read more: ...", "See also: ..."): page
# furniture, its amounts are other stories' (review of figures session 13)
_LINK_LIST_LINE_RE = re.compile(r"[ \t]*+(?:More|Read\s++more|Related(?:\s++(?:stories|articles|headlines|coverage|news))?|"
                                r"See\s++also|Also\s++read|Most\s++read)\s*+:", re.I)
_RECIPIENT_PREP_BEFORE_RE = re.compile(r"\b(?:in|to|for|into)\s++(?:the\s++)?$", re.I)  # "... investment in Brazil"
# a giving verb with two objects, a country and then the money ("promised Kenya $1 billion in loans", "offered Egypt a 1
# billion euro loan", "pledged Jordan a further $300 million"; figures session 13)
_DOUBLE_OBJECT_GIVE_RE = re.compile(rf"\b(?:promis(?:e|es|ed|ing)|offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|g(?:ive|ives|ave|iving)|"
                                    rf"grant(?:s|ed|ing)?|lend(?:s|ing)?|lent)\s++"
                                    rf"(?P<rcpt>(?:the\s++)?(?-i:[A-Z])[\w.'’-]*+(?:\s++(?-i:[A-Z])[\w.'’-]*+){{0,2}})\s++"
                                    rf"(?:(?:a|an|another|a\s++further|an\s++additional|some)\s++)?(?:(?:{_HEDGE})\s++)?"
                                    rf"(?:US\$|\$|€|£|¥|₩|NZ\$|A\$|C\$)?\s*+$", re.I)
# between a subject and its verb: no clause break, no second verb ("Xi met Ruto, who said China promised ...")
_SUBJECT_GAP_BREAK_RE = re.compile(r"[,;:]|\b(?:and|but|while|who|which|that|said|says|told|after|when)\b", re.I)
_SIGNED_NOUN_BEFORE_DATE_RE = re.compile(r"\b(?:a|an|the|its|their)\s++(?:[\w-]++\s++){1,5}?(?:signed|agreed|concluded|struck|"
                                         r"adopted|ratified|expir(?:ing|es|ed)|lapsing|ending)\s++(?:(?:in|on)\s++)?$", re.I)
# "Exports to Turkey rose ...", "The ministry said exports to Cambodia reached ...": a flow word no owner precedes
_BARE_FLOW_BEFORE_RE = re.compile(r"(?:^|[;:]\s*+|\b(?:said|says|showed|shows|show|that)\s++)$", re.I)
# "... to pay for imports", "to finance its exports": the use of the money, after it
_PURPOSE_BEFORE_FLOW_RE = re.compile(r"\bto\s++(?:help\s++)?(?:pay\s++for|financ(?:e|ing)|cover|fund|settle)\s++(?:(?:its|their|the|"
                                     r"[a-z][\w-]*+)\s++){0,3}?$", re.I)
# "worth $8 billion in all - $862 million in 2010, $2 billion in 2016 ...": a sum over the years listed after it
_IN_ALL_AFTER_RE = re.compile(r"\s++(?:in\s++all|in\s++total|altogether)\s*+[-–—:(,]", re.I)
_YEAR_NUM_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "from $155.7 billion in 2022": a date glued to an amount (for the base's own date). The gap rules read between two
# positions (an amount and a date, two amounts) take their whitespace possessively ("\s*+"): a long run of spaces split
# between "\s*,?\s*" in every way before failing backtracks quadratically or worse (benchmarks/bench_pathological.py)
_DATE_GLUE_RE = re.compile(r"\s*+,?\s*+(?:(?:set|seen|recorded|reached|posted)\s++)?(?:(?:in|for|during|of)\s*+)?(?:the\s++)?")
# "$13 billion of goods from China and $9 billion from India in 2023": the gap between two coordinated amounts (a short
# tail of the first, no clause break, then "and") and the second's tail up to the date they share (figures session 7, fourth
# round)
_COORDINATED_NEXT_RE = re.compile(r"(?:\s++(?:of|worth|in|to|from|into|with|goods|products|aid|loans|grants|capital|"
                                  r"investment|[A-Z][\w'’.-]*+)){0,6}?\s++and\s++(?:[A-Z][\w'’.-]*+\s++){0,3}"
                                  rf"(?:(?:a|an|another|{_HEDGE})\s++)?")
_COORDINATED_TAIL_RE = re.compile(r"(?:\s++(?:of|worth|from|to|into|with|goods|products|(?:(?:the|its|their)\s++)?[A-Z][\w'’.-]*+)){0,5}\s++"
                                  r"(?:(?:in|during|for|over|through)\s++)?(?:the\s++)?")
# "over five years", "over a period of 10 years" after a goal: a horizon counted from when the goal was set ("within five
# years" is left undated: dev_figures text-fig-rD-work-towards)
_OVER_YEARS_RE = re.compile(rf"\b(?:over)\s+(?:a\s+(?:period|span)\s+of\s+)?(?P<n>\d{{1,2}}|{_num_words(2)})"
                            r"\s+years\b(?!\s+(?:ago|earlier|before))", re.I)
# "in January-July this year", "January-September last year": a month range of a year named relative to publication
_MONTH_RANGE_REL_RE = re.compile(r"\b(?P<m1>January|February|March|April|May|June|July|August|September|October|November|December)"
                                 r"\s*(?:-|–|—|to|through)\s*(?P<m2>January|February|March|April|May|June|July|August|September|"
                                 r"October|November|December)(?:,)?\s+(?:of\s+)?(?P<rel>this|last|the\s+previous|the\s+current)\s+year\b", re.I)
# "in the same period of 2022", "the same months of last year": the stretch of the amount before, in another year
_SAME_PERIOD_BEFORE_RE = re.compile(rf"\bthe\s++{_WORDS['same_period']}\s++(?:period|months?|quarter|half|time|stretch|span)\s++"
                                    r"(?:(?:of|in|a)\s++)?$", re.I)
# "$53 billion, up six percent from 2022", "a 6% rise on 2022", "an increase of 6% over 2022", "compared with 2022", "6% more
# than in the previous year": the year a change is measured against, not the amount's period (figures round L)
_YARDSTICK_TEXT_RE = re.compile(r"(?:(?:in|from|on|over|against|during)\s++)?(?P<obj>(?:19|20)\d\d|(?:the\s++)?(?:previous|prior|"
                                r"preceding)\s++year|(?:a|one|the)\s++year\s++(?:earlier|before|ago)|last\s++year)", re.I)
# One rule for all of them (review of round L, finding 11; it was two before, _COMPARED_YEAR_LEAD_RE of round K as well):
# "..., following a record 2024", "after the 2021 peak", "compared with the 2022 level": a year after an article; "$53
# billion, six percent more than in 2022" (figures round K). The prepositions are figure_words.csv compare_prep.
_YARDSTICK_LEAD_RE = re.compile(rf"(?:%|\bper\s*+cent|\bpercent|\bfold|\bpoints?)\s++(?:[\w-]+\s++){{0,2}}?"
                                rf"(?P<p1>{_WORDS['yardstick_prep']}|{_WORDS['compare_prep']})\s++(?:in\s++)?$"
                                rf"|\b(?:{_WORDS['compare_prep']})\s++(?:in\s++)?$"
                                rf"|\b(?:up|down|higher|lower)\s++(?:[\w-]+\s++)?(?P<p2>from|on|over)\s++(?:in\s++)?$"
                                rf"|\b{_WORDS['change_noun']}\s++(?P<p3>on|over|from)\s++(?:in\s++)?$"
                                rf"|\b(?:following|after|than|{_WORDS['compare_prep']})\s++(?:a|an|the|its|their)\s++"
                                rf"(?:[\w-]+\s++){{0,2}}?$"
                                rf"|\b(?:more|less|higher|lower)\s++than\s++(?:in\s++)?$", re.I)


def _is_yardstick(sentence: str, d, b: int, spans=(), published: dt.date | None = None) -> bool:
    """whether the date d after an amount ending at b is the yardstick of a change ("up 6% from 2022") rather than the
    amount's period. "over <year>" means "during" as often as "compared with" ("after growing 6% over 2023"): a yardstick
    only when another date of the sentence can be the amount's, or the year is older than the one before publication
    (review of round L, finding 4)"""
    m = _YARDSTICK_TEXT_RE.fullmatch(sentence, d.char_start, d.char_end)
    if not m:
        return False
    lead = _YARDSTICK_LEAD_RE.search(sentence, max(b, m.start("obj") - 50), m.start("obj"))
    if not lead:
        return False
    if (lead.group("p1") or lead.group("p2") or lead.group("p3") or "").lower() == "over":
        return any(x is not d for x in spans) or (published is not None and d.end.year < published.year - 1)
    return True
# ", driven almost entirely by Indian purchases of Russian crude": a cause of the change, not what the amount is
_CAUSE_BEFORE_RE = re.compile(rf"(?:\b{_WORDS['cause']}\s+(?:[\w-]+\s+){{0,3}}?by|,\s+(?:[\w-]+\s+)?{_WORDS['cause_lead']})"
                              r"\s+(?:[\w'’.-]+\s+){0,4}?$", re.I)
# ", hurt by lower metal prices", ", helped by higher oil prices": a cause phrase right after the amount; what it names
# (prices, a loan) is not what the amount is
_CAUSE_AFTER_RE = re.compile(rf",\s+(?:[\w-]+\s+)?(?:{_WORDS['cause']}\s+(?:[\w-]+\s+){{0,3}}?by|{_WORDS['cause_lead']})\b", re.I)
# "$14 billion in 2022 as gas prices soared", "... because copper prices hit records": a clause of its own after the amount;
# a price or a cost named there is its cause, not what the amount is (figures round I)
_SUBCLAUSE_AFTER_RE = re.compile(r"\s(?:as|because|amid|after|since|when|while|though|although)\s", re.I)
# ", largely because of how goods routed via Hong Kong are recorded", "due to a surge of re-exports through Singapore":
# a reason clause after the amount; the countries it names are no parties of the amount
_REASON_AFTER_RE = re.compile(rf",\s+(?:(?:largely|partly|mainly|mostly|chiefly|in\s+part|in\s+large\s+part)\s+)?{_WORDS['reason']}\b", re.I)
# "exports to the United States ..., while exports to China": a destination (a source) of the sentence's exports (imports)
_EXPORTS_TO_END_RE = re.compile(r"\b(?:exports?|shipments?|sales|deliveries|sold|shipped)\s+(?:[\w-]+\s+){0,2}?(?:to|into)\s+(?:the\s+)?$", re.I)
_IMPORTS_FROM_END_RE = re.compile(r"\b(?:imports?|purchases|bought)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$", re.I)
# the verbs of a pledge named after its amount ("the $350 billion in investment it pledged"); aid is pledged by announcing
# it too ("on top of the $5.5 billion Japan announced in February"). Each list is also the cheap guard of its rule.
_PLEDGE_VERBS = "pledged|promised|committed"
_AID_PLEDGE_VERBS = _PLEDGE_VERBS + "|announced|offered|earmarked"
# aid a giver announced or pledged, still to be paid
_AID_PLEDGE_WORDS_RE = re.compile(_AID_PLEDGE_VERBS, re.I)
_AID_PLEDGED_AFTER_RE = re.compile(r"\s*+(?:that\s++|which\s++)?(?:it|they|he|she|(?-i:[A-Z][\w.-]+)(?:\s++(?-i:[A-Z][\w.-]+))?)\s++"
                                   rf"(?:has\s++|had\s++|have\s++)?(?:{_AID_PLEDGE_VERBS})\b", re.I)
# ", up from about $100 million last year", "down from $3 billion": the earlier level of a change, what was
_UP_FROM_BEFORE_RE = re.compile(rf"\b(?:up|down|rising|falling|growing|increasing|decreasing|compared)\s+(?:from|with)\s+(?:{_HEDGE}\s+)?$", re.I)
# ", bringing its total commitment to the site to roughly $13.9 billion", ", taking total aid to $50 million": the running
# total of the amount before
_RUNNING_TOTAL_BEFORE_RE = re.compile(rf"\b(?:bringing|taking|raising|lifting|pushing|boosting)\s+(?:the|its|their|his|her|"
                                      rf"(?-i:[A-Z])[\w.-]*['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:total|tally|sum|overall)\b[^;$€£¥₩\d]{{0,50}}?"
                                      rf"\bto\s+(?:{_HEDGE}\s+)?$", re.I)
# "on top of the $5.54 billion plant", "in addition to the $2 million given in May": money added to the figure before
_ON_TOP_BEFORE_RE = re.compile(rf"\b(?:on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                               rf"(?:{_HEDGE}\s+)?$", re.I)
# "In March, LG Energy Solution said it would spend ...": a date before the subject of a reported plan dates the saying
_SAID_PLAN_AFTER_DATE_RE = re.compile(r"\s*+,?\s*+(?:[\w.&'’-]+\s++){1,6}?(?:said|says|announced|stated|confirmed)\s++"
                                      r"(?:that\s++)?(?:it|they|he|she)\s++(?:would|will|planned|plans|intended|intends|"
                                      r"was\s++going)\b", re.I)
# "exports of $1 billion and imports of": the other flow coordinated right after an amount
_COORD_FLOW_GAP_RE = re.compile(r"\s*+,?\s*+(?:and|while|whereas|but)\s++(?:(?:its|their|total|overall)\s++)?", re.I)
# "the overall trade deficit", "total exports": a country's trade with the world (figure_words.csv whole), not with a
# partner named right after; but "the two countries' total trade" is theirs
_WHOLE_ECONOMY_RE = re.compile(rf"\b{_WORDS['whole']}\s+(?:(?:merchandise|goods|foreign|external)\s+)?(?:trade(?:\s+(?:deficit|surplus|"
                               r"balance|turnover|volume))?|commerce|exports?|imports?|shipments)\b(?!\s+(?:turnover\s+|volume\s+)?"
                               r"(?:with|between|to|from|into|of\s+(?:the\s+)?two)\b)", re.I)
_ONE_OWNER_BEFORE_RE = re.compile(r"\b(?:the\s+(?:country|nation)['’]s|its)\s+$", re.I)
_PAIR_OWNER_BEFORE_RE = re.compile(r"\b(?:two|both|bilateral|two-way|mutual|their)\b[^.;,]{0,20}$", re.I)
# "South Korea's trade promotion agency KOTRA estimated that ...", "China's customs data show", "Japan's Ministry of Finance
# said": a country owning a body that tells the figure is a source (figure_words.csv body, speech)
_BODY_OWNER_AFTER_RE = re.compile(rf"(?:'s|’s)?\s+(?:[\w-]+\s+){{0,3}}?{_WORDS['body']}\b(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w-]*)?"
                                  rf"(?:\s+(?-i:[A-Z])[\w.&-]*){{0,3}}(?:\s*\([^()]{{1,30}}\))?,?\s+(?:[\w-]+\s+){{0,2}}?{_WORDS['speech']}\b", re.I)
# "KOTRA estimated that North Korea's trade ... reached $1.53 billion, with exports of $134 million": the reckoning
# governs every amount of its clause
_RECKONED_THAT_RE = re.compile(r"\b(?:estimated|estimates|estimate|reckoned|reckons|calculated|calculates|reckoning\s+is)\s+that\b", re.I)
# a third-person pronoun as the subject before the amount: "Recently it struck ...", "they signed ..."
# ("Recently it struck", "In 2014 they signed": among the first words of a clause, with a verb of doing; not "with Spain it
# was 9", where "it" is the amount)
_PRONOUN_SUBJECT_RE = re.compile(r"(?:^|[,;:]\s*+)(?:[\w'’-]++,?\s++){0,3}?(?:it|they|It|They)\s++(?:(?:also|then|has|have|had)\s++)?"
                                 rf"(?:{_WORDS['gives']}|sign|struck|strike|conclud|ink|seal|lent|lend|invest|extend|grant)\w*\b")
# "imports of Russian goods", "purchases of Australian coal", "bought $3 billion worth of Japanese cars": the origin of what
# is bought (figures rounds I, J)
_IMPORTS_OF_BEFORE_RE = re.compile(r"\b(?:(?:imports?|purchases)\s+of\s+(?:[\w-]+\s+)?|worth\s+of\s+)$", re.I)
# the name of a body that publishes trade statistics ("Chinese customs", "the Korea Customs Service", "the statistics office")
_STATS_BODY_RE = re.compile(r"\b(?:customs|statistic\w*|census)\b", re.I)
# "while those to the United States rose to", "and those from China climbed to": the flow of the clause before (figures round I)
_THOSE_FLOW_RE = re.compile(r"\bthose\s+(?:to|from|into|bound\s+for|headed\s+for|destined\s+for)\s", re.I)
# "The deal is worth $400 billion", "The new arrangement is worth USD 10 billion": a sentence opening on the deal the
# sentence before named (figures round I)
_DEAL_ANAPHOR_RE = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+)?(?:deal|contract|agreement|arrangement|accord|package|"
                              r"pact|line|facility)s?\b")
# "Germany's most important trading partner", "India's largest export market": the country whose partners a story ranks
# (figure_words.csv rank; figures round I)
_HUB_AFTER_RE = re.compile(rf"(?:'s|’s|’|')\s+(?:[\w-]+\s+){{0,2}}?{_WORDS['rank']}\s+(?:(?P<kind>trading|trade|export|import|"
                           r"commercial)\s+)?(?P<noun>partner|market|destination|supplier|source)s?\b", re.I)
# a ranked partner and its amount: "ahead of the United States at $118.3 billion", "The United States came second with $111
# billion", "The Netherlands followed in third place with a turnover of 220.1 billion euros" (possessive whitespace: the gap
# is read between a country and an amount)
_RANKED_GAP_RE = re.compile(r"(?:\s*+,)?\s++(?:(?:came|comes|ranked|ranks|was|is|stood|stands|followed|follows|finished|placed|"
                            r"trailed|trails|remained|remains)\s++(?:(?:in\s++)?(?:a\s++)?(?:close\s++|distant\s++)?(?:second|third|"
                            r"fourth|fifth|sixth|next|last)\s++(?:place\s++)?)?(?:,\s*+)?)?(?:with|at|on)\s++(?:(?:a|an|the)\s++)?"
                            rf"(?:(?:[\w-]+\s++){{0,3}}?(?:of|worth)\s++)?(?:{_HEDGE}\s+)?", re.I)
_RANKED_WORD_RE = re.compile(rf"\b{_WORDS['ranked']}\b", re.I)
# "China, with which trade totalled $30 billion": the country right before is the partner
_WITH_WHICH_RE = re.compile(r",\s+with\s+which\s+(?:[\w'’-]+\s+){0,6}?$", re.I)
# a government's pledge of investment is a target: "Japan committed to investment of up to $550 billion", "the $350 billion
# in U.S. investment it pledged", "has decided to invest a further $2 billion"
_PLEDGE_BEFORE_RE = re.compile(rf"\b{_WORDS['pledge']}\s+(?:itself\s+)?(?:to\s+)?"
                               rf"(?:(?:invest(?:ing|ments?)?|new|fresh|another|further|additional|an?|the|of|up\s+to|{_HEDGE})\s+)"
                               rf"{{0,4}}$", re.I)
# cheap guard for _PLEDGE_AFTER_RE (its whitespace runs backtrack quadratically on pathological input)
_PLEDGE_WORDS_RE = re.compile(_PLEDGE_VERBS, re.I)
_PLEDGE_AFTER_RE = re.compile(r"\s*+(?:in\s++|of\s++)?(?:[\w.'’-]+\s++){0,3}?(?:investments?|funds?|money)?\s*+"
                              r"(?:that\s++)?(?:it|they|he|she|(?-i:[A-Z][\w.-]+))\s++(?:has\s++|had\s++|have\s++)?"
                              rf"(?:{_PLEDGE_VERBS})\b", re.I)
# aid approved, pledged or committed but not yet paid is a forecast (lead's convention of 2026-11-27)
_AID_APPROVED_RE = re.compile(rf"\b(?:approv(?:es|ed)|pledg(?:es|ed)|commit(?:s|ted))\s+(?:(?:{_FURTHER}|"
                              rf"a\s+new|a\s+plan\s+to\s+(?:give|provide|send)|plans?\s+to\s+(?:give|provide|send)|{_HEDGE})\s+)*$", re.I)
# an amount given under a dated accord: "the 1965 normalisation treaty, under which Japan provided ...", "Under the 2010
# aid agreement, Tokyo lent ..." (no other date in the sentence)
_DATED_ACCORD_RE = re.compile(r"\b(?:the\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:treaty|agreement|accord|pact|deal|"
                              r"protocol|convention|settlement)\s*,?\s+under\s+which\b|[Uu]nder\s+the\s+(?P<y2>(?:19|20)\d\d)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:treaty|agreement|accord|pact|deal|protocol|convention|settlement)\b)")
# a source that opens a coordinated clause with its own amount: "... in 2013 and, according to estimates by X, fell to
# $2.7 billion", "..., but by the agency's reckoning it reached $3 billion": it tells the later amount, not the one before
_COORD_SOURCE_RE = re.compile(r",?(?<!\s)\s++(?:and|but|while|whereas)(?:\s*+,)?\s++(?:according\s+to|by\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?\s+"
                              r"(?:estimates?|calculations?|reckoning|count))\b[^;]*?(?:[$€£¥₩]\s?\d|\d[\d.,]*\s+(?:billion|million|"
                              r"trillion|bln|mln)\b)", re.I)
# "By our calculation, ...", "according to an estimate by X": the writer's or a named person's own reckoning
_SINGLE_ESTIMATE_RE = re.compile(r"\b(?:according\s+to|by)\s+(?:(?:an?|our|their|his|her|one|its|the)\s+|(?:the\s+)?(?:[\w.&-]+\s+){0,2}?(?:(?-i:[A-Z][\w.&-]*)|[a-z]+)(?:['’]s|['’])\s+)"
                                 r"(?:own\s+|rough\s+|unofficial\s+)?"
                                 r"(?:estimate|calculation|reckoning|count)\b(?!\s+of\b)", re.I)
# "New Delhi is expected to press for ...: India's exports came to ...": a colon opens a clause of its own
_COLON_CLAUSE_RE = re.compile(r":\s")
_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d\d")
_NEXT_CLAUSE_JOIN_RE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s|;")
_INVEST_VERB_RE = re.compile(r"invest(?:s|ed|ing)?\b|spend(?:s|ing)?\b")  # ("would spend $5 billion on a plant in ...")
# "..., the first such decision since President Moon took office in May": the date of a since-clause after the amount
# "Recently, Chile signed ...", "Lately Peru's imports ...", "In recent months it lent ...", "it recently agreed to lend":
# news of late, whose period is not the period carried from the sentence before
# ("Recently released data show ...": data lately out, of the period told before; review of round J, finding 10a)
_RECENT_RE = re.compile(rf"\b(?:recently|lately|of\s+late)\b(?!\s++{_WORDS['released']}\s++(?:[\w-]++\s++){{0,2}}?{_WORDS['data']}\b)"
                        r"|^\s*+In\s+recent\s+(?:days|weeks|months|years)\b", re.I)
# "took about 65% of the country's fruit and vegetable exports, which earned $2.3 billion in total", "bought 40 percent of
# Chile's copper exports, worth $9 billion": a share is told in percent, the amount after it is the whole (with every
# market), no bilateral sum
_SHARE_OF_WHOLE_RE = re.compile(r"\b\d+(?:\.\d+)?\s*+(?:%|percent\b|per\s+cent\b)\s*+of\s++(?:[\w'’-]++\s++){0,7}?[\w'’-]++,\s++"
                                rf"(?:(?:which|that)\s++(?:[\w-]++\s++){{0,3}}?|(?:worth|valued\s+at|totall?ing)\s++)(?:{_HEDGE}\s++)?$", re.I)
# "pledged $3 billion in aid to Ukraine for 2023", "for the 2024 fiscal year": the period the money covers
_FOR_PERIOD_BEFORE_RE = re.compile(r"\bfor\s++(?:the\s++)?(?:(?:fiscal|financial|calendar)\s++)?(?:years?\s++)?$", re.I)
_FOR_PERIOD_RE = re.compile(r"\s*+for\b", re.I)  # a date span that holds its "for" ("for 2023")
_SINCE_CLAUSE_BEFORE_RE = re.compile(r"\bsince\s+(?:[\w.'’-]+\s+){1,9}$", re.I)
# "The government on Thursday approved a plan to give ...", "the cabinet has agreed to send": a government with no name
_GOVERNMENT_GIVES_RE = re.compile(rf"(?:^|[.;]\s+|,\s+)(?:the|The)\s+{_WORDS['government']}\s+(?:[\w-]+\s+){{0,4}}?"
                                  rf"{_WORDS['gives']}\w*\b")
# "In Bishkek he agreed to provide Kyrgyzstan with aid of ...", "she pledged $5 million to Laos": a pronoun giver is the
# story's main actor (the person named most often; the first on a tie)
_PRONOUN_GIVES_RE = re.compile(rf"(?:^|[.;:]\s+|,\s+(?:where\s+|when\s+|and\s+)?|\b(?:In|At|On|During|After)\s+(?:[\w'’-]+\s+){{0,3}}?)(?:he|she|He|She)\s+(?:[\w-]+\s+){{0,3}}?"
                               rf"{_WORDS['gives']}\w*\b")
_PERSON_GIVES_RE = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{_WORDS['gives']}\w*\b")
# a fiscal year written with both years: "FY2024/25", "the 2024-25 fiscal year", "in 2024-25": April to March (India,
# Japan, Britain); a US-style "fiscal 2025" is left to the dates resolver
_FY_SHORT_RE = re.compile(r"\bFY\s?(?P<yy>\d\d)\b(?![/-]\d)")  # "FY25": the fiscal year ending in March 2025
_FISCAL_SPAN_RE = re.compile(r"(?:(?P<fy>\bFY\s?|\b(?:fiscal|financial)\s+(?:year\s+)?)|\b)(?P<a>(?:19|20)\d\d)\s*[-–/]\s*(?P<b>\d\d|(?:19|20)\d\d)\b"
                             r"(?!\s*(?:percent|%|-))(?P<fy2>\s+(?:fiscal|financial)\s+years?\b)?", re.I)
# "in the financial year that ended in March", "for the fiscal year ending March 2025"
_FY_ENDED_RE = re.compile(r"\b(?:(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?end(?:ed|s|ing)\s+(?:in\s+|on\s+)?|"
                          # ("the year ended March 2024", "the year ending June": figures round L)
                          # ("the year that ended in March", "the 12 months ended March 2024", "the year to end-March": review
                          # of round L, finding 9)
                          r"(?<![\w-])(?:the|a)\s+(?:fiscal\s+|financial\s+)?(?:year|(?:12|twelve)[\s-]months?)\s+(?:(?:that|which)\s+)?"
                          r"(?:to|through|until|ended|ending|ends)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+|end-)?)(?:\d{1,2}\s+)?"
                          r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"(?:\s+\d{1,2})?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)
# "fiscal 2025", "fiscal year 2025", "FY2025", "FY 2025": one fiscal year named by one calendar year (used only for a
# country of fiscal_years.csv; else the dates resolver reads the calendar year)
_FISCAL_ONE_YEAR_RE = re.compile(r"\b(?:FY\s?|(?i:fiscal)\s+(?:(?i:year)\s+)?)(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")
# "last fiscal year", "in the last fiscal", "this financial year", "the current fiscal year": a fiscal year named relative to
# publication, the reporter's (fiscal_years.csv; figures session 7, fourth round)
_FY_RELATIVE_RE = re.compile(r"\b(?P<rel>last|previous|past|this|current|next|coming)\s+(?:fiscal|financial)(?:\s+year)?\b"
                             r"(?!\s*(?:(?:19|20)\d\d|FY))", re.I)
_POSSESSIVE_AFTER_RE = re.compile(r"(?:'s|’s)\s")
_CUE_OF_NEXT_RE = re.compile(rf"\s*(?:of\s+|at\s+|worth\s+|totall?ing\s+)?(?:{_HEDGE}\s+)?"
                             r"(?:US\$|\$|€|£|¥|₩|\d)")
_RECEIVE_BEFORE_RE = re.compile(r"\b(?:receiv(?:e|es|ed|ing)|got|gets|getting|attract(?:s|ed|ing)?|dr[ae]w|draws|drawn|drawing|secur(?:e|es|ed)|"
                                r"obtain(?:s|ed)?|took\s+in|takes\s+in|accept(?:s|ed)?|lur(?:e|es|ed))\s+(?:[\w'’-]+\s+){0,3}?"
                                rf"(?:{_HEDGE}\s+)?(?:US\$|\$|€|£|¥|₩)?\s*$", re.I)
_OWN_TRADE_AFTER_RE = re.compile(r"(?:'s|’s)?\s+(?:(?:total|overall|outbound|inbound|merchandise|goods|monthly|annual|"
                                 r"biggest|largest|top|main|leading|major)\s+){0,2}"
                                 r"(?:exports?|imports?|shipments|trade)\b(?!\s+(?:with|to|from|between)\b)", re.I)
# ", and imports from Australia rose ...": a clause of its own in a sentence of exports and imports
_DIRECTED_CLAUSE_RE = re.compile(r"[,;]\s+(?:and|while|whereas|but)\s+(?:[\w'’-]+\s+){0,2}?(?:exports?|imports?|shipments|sales|"
                                 r"purchases|deliveries)\b", re.I)
_MONTH_WORD_RE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"last\s+(?:month|year)|this\s+year|quarter|half)\b")
_TRADE_WORD_RE = re.compile(r"export|import|trade|turnover|shipment|\bsales\b|purchases", re.I)
_TRADE_WORD_GATE = RegexGate(_TRADE_WORD_RE)  # perf s18: its literal words looked for first, by sentence (exact)
# "... changed hands last year, a record and 21 percent more", "..., the largest since records began"
# (", ... was the highest for any single month", "is the largest on record": the amount's subject is a record; round J;
# "(?<![\s,])" and "\s++": a run of spaces is tried once, not from each of its spaces)
# (", the most Seoul has ever bought from ...", "was also the highest on record", "was the most in a series that goes
# back to 1988": figures round K)
# (" and the trade surplus was the highest on record": a clause with a subject of its own between the amount and the record
# tells another thing's record; review of round J, finding 10d)
# (review of round K, finding 7: the was/is branch stops at any conjunction that opens a clause with a subject of its own,
# "and coal shipments were ...", "although the surplus was ...", "as exports became ..."; "and were the highest on record"
# has none and still counts; ", their highest (level) ever", ", the largest annual total on record", ", more than it has
# ever bought" are records)
_RECORD_AFTER_RE = re.compile(r"^(?:[^;()$€£¥₩]*?,\s+(?:(?:a|an|the|its|their)\s+)?|"
                              r"(?:(?!\b(?:and|while|whereas|but|although|though|as)\s++(?!(?:was|is|were|marked|became|also)\b)\w)"
                              r"[^;()$€£¥₩])*?"
                              r"(?<![\s,]),?\s++(?:was|is|were|marked|became)\s+(?:also\s+)?the\s+)"
                              r"(?:new\s+)?(?:record(?!\s+low)|all-time\s+high|(?:largest|highest|biggest|most)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:ever|on\s+record|since\s+records\s+began|(?:in|of)\s+(?:a|the|its|their)\s+(?:data\s+)?series|"
                              r"(?:for|in|of)\s+any\s+(?:single\s+)?(?:month|quarter|year))|"
                              r"(?:most|more)\s+(?:[\w'’-]+\s+){1,3}?(?:has|have|had)\s+ever)\b", re.I)
# "exceeded 20 billion euros last year for the first time", "rose above $100 billion for the first time": a mark passed
# never before is a record ("for the first time since 1992", "... in a decade" is not an all-time high; figures round L)
# "for the first time in its history", "... ever" are records too; "for the first time this year", "... so far", "... in a
# single month" count within a stretch only, no record (review of round L, finding 3)
_FIRST_TIME_AFTER_RE = re.compile(r"[^;,()$€£¥₩]{0,40}?\bfor\s++the\s++first\s++time\b"
                                  r"(?!\s++(?:since\b|this\b|that\b|so\s++far\b|to\b|ever\s++(?:to|that)\b"
                                  r"|in\s++(?!(?:19|20)\d\d|(?:(?:its|their|the)\s++)?(?:recorded\s++)?history\b)))", re.I)
# "reached $85 billion in 2023, crossing the $80 billion mark for the first time": a mark passed on the way to the amount
_FIRST_TIME_MARK_AFTER_RE = re.compile(rf"[^;,()$€£¥₩]{{0,30}}?,\s*+(?:{_WORDS['threshold_verb']})\s++the\s++(?:US|U\.S\.)?"
                                       r"[$€£¥]?\s?\d[\d.,]*+\s*+(?:[a-z]+\s++){0,2}?(?:mark|threshold|level|barrier|milestone)"
                                       r"\s++for\s++the\s++first\s++time\b(?!\s++(?:since|this|in\s++(?:a|the\s++same)\s)\b)", re.I)
# "For the first time, trade between Mexico and Canada topped $50 billion": the same, told first
_FIRST_TIME_LEAD_RE = re.compile(r"\s*For\s++the\s++first\s++time(?:\s++ever|\s++in\s++(?:(?:its|their|the)\s++)?history)?\s*+,")
# "surpassed the $80 billion mark", "is expected to exceed about $180 billion"
_THRESHOLD_VERB_BEFORE_RE = re.compile(rf"\b(?:{_WORDS['threshold_verb']})\s++(?:the\s++)?(?:(?:{_HEDGE})\s++)?$", re.I)
_OF_WHOLE_RE = re.compile(r"\s*(?:of|in)\s+(?:its|their|his|her|the\s+(?:country|nation|region)['’]s|[A-Z][\w-]+['’]s|(?:the\s+)?(?:total|overall|all))\s+"
                          r"(?:[\w-]+\s+){0,2}?")
# a metric word inside the name of a body that speaks: "the trade ministry said", "Ministry of Commerce"
_ORG_AFTER_RE = re.compile(r"(?:[\s-]+(?:and\s+)?[A-Za-z]+){0,3}?[\s-]+(?:ministry|ministries|minister|ministers|department|office|agency|"
                           r"association|organi[sz]ation|council|promotion|commission|chamber|bureau|representative|union|"
                           r"officials?|spokes(?:man|woman|person)|secretary|authority|administration|fair|forum|zone)\b", re.I)
# a capitalised metric word inside a proper name ("the Global Trade Research Initiative", "the World Trade Organization",
# "the Asian Infrastructure Investment Bank"): a capitalised word right before (not opening the sentence) or right after it
_NAME_WORD_AFTER_RE = re.compile(r"[\s-]++(?-i:[A-Z][a-z])")
# (a dash of a dateline, "HANOI -- Trade between ...", joins no name: one hyphen or spaces only)
_NAME_WORD_BEFORE_RE = re.compile(r"(?P<lead>\S?)\s*+(?-i:[A-Z])[\w.'’&-]*+(?<!-)(?:\s++|-)$")


def _in_name(sentence: str, start: int, end: int) -> bool:
    """True when the capitalised word at [start, end) is part of a proper name: a capitalised word right after it, or
    one right before it that does not open the sentence (figures round I).

    >>> _in_name("data compiled by the Global Trade Research Initiative", 28, 33)
    True
    >>> _in_name("Trade between India and China rose", 0, 5), _in_name("Exports Rose", 0, 7), _in_name("India's trade", 8, 13)
    (False, True, False)
    >>> _in_name("LIMA -- Trade between Peru and Chile rose", 8, 13)
    False"""
    if not sentence[start:start + 1].isupper():
        return False
    if _NAME_WORD_AFTER_RE.match(sentence, end):
        return True
    prev = _NAME_WORD_BEFORE_RE.search(sentence, max(0, start - 40), start)
    return bool(prev and prev.group("lead") and prev.group("lead") not in '.!?:"“')


# a metric word naming where numbers come from: "measured on both sides' import data", "customs and export statistics"
# ("Korean trade figures show", "according to official trade figures.": the source of the amount; "trade figures
# of $5 billion" stay a cue; figures round K)
# (the verbs: figure_words.csv released and show, one list with _RECENT_RE's: "trade figures out on Monday showed";
# review of round K, finding 12)
_DATA_AFTER_RE = re.compile(rf"\s+(?:data|statistics|tally|tallies|figures?(?=\s*+(?:[.;]|,\s++(?:which|{_WORDS['released']})|$)|"
                            rf"\s++(?:{_WORDS['show']}|{_WORDS['released']}|from|by)\b))\b", re.I)
# "the first time above the $200 billion mark": a round yardstick for the amount before it, not a figure of its own
_MARK_AFTER_RE = re.compile(r"\s+(?:mark|threshold|barrier|milestone|line)\b", re.I)
_MARK_BEFORE_RE = re.compile(r"\bthe\s+$", re.I)
_MARK_GOAL_RE = re.compile(r"\b(?:will|would|could|can|may|might|should|shall|expect\w*|aim\w*|target\w*|goal|hop\w+|plan\w*|"
                           r"want\w*|seek\w*|likely|set\s+to|on\s+track|forecast\w*|project\w*)\b", re.I)
# "Mongolia's overall foreign trade fell to $2.2 billion": a country's trade with the world, no partner of its own
_OWN_FOREIGN_TRADE_RE = re.compile(r"(?:foreign|external|world|global)\s+(?:trade|commerce)(?:\s+(?:turnover|volume))?\b"
                                   r"(?!\s+(?:turnover\s+|volume\s+)?(?:with|between|of\s+(?:the\s+)?two)\b)", re.I)
_ORG_BEFORE_RE = re.compile(r"\b(?:ministry|minister|department|secretary|chamber|bureau|commissioner)\s+(?:of|for)\s+"
                            r"(?:(?:foreign|international|industry|economy|economic|development)\s*,?\s*(?:and\s+)?)*$", re.I)
# an aid sentence that names no country goes on with the story's aid only when it speaks of aid given, not aid needed
_AID_GOES_ON_RE = re.compile(r"\b(?:total|cumulative|altogether|in\s+all|so\s+far|since|provided|gave|given|sent|shipped|released|"
                             r"donated|contributed|government)\b", re.I)
_AID_NEED_RE = re.compile(r"\b(?:needs?|needed|requir\w+|seek\w*|sought|ask\w*|request\w*|shortfall|gap|appeal\w*|"
                          r"call(?:s|ed|ing)?\s+for|short\s+of|underfunded)\b", re.I)
_AID_BODY_RE = re.compile(  # another giver: "UNICEF has provided $5 million so far", "donors gave"
                          r"\b(?-i:U\.?N\.?|UNICEF|WFP|WHO|IMF|NGOs?)\b|\b(?:United\s+Nations|World\s+(?:Food|Bank|Health)|Red\s+(?:Cross|Crescent)|"
                          r"charit(?:y|ies)|foundations?|donors?|churche?s?|private)\b", re.I)
_GIVE_BEFORE_RE = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?|lend(?:s|ing)?|lent|"
                             r"offer(?:s|ed|ing)?|sen[dt]s?|sending|extend(?:s|ed|ing)?|"
                             # (s21: "committed A$1 billion to help Indonesia recover": the one helped)
                             r"to\s+(?:help|assist|support|aid))\s+(?:the\s+)?$", re.I)
_ALSO_BEFORE_RE = re.compile(r"\b(?:also|in\s+addition|additionally|as\s+well)\b", re.I)
# goods sent as aid and valued in the next sentence: "... decided to send North Korea 125,000 tons of food through the
# WFP. The grain, worth about $40 million, is expected to ...": a quantity of goods "worth / valued at" a sum
_WORTH_BEFORE_RE = re.compile(rf"\b(?:worth|valued\s+at|with\s+a\s+value\s+of|a\s+value\s+of)\s+(?:{_HEDGE}\s+){{0,2}}$", re.I)
_GIVE_VERB_RE = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?|"
                           r"sen[dt]s?|sending|ship(?:s|ped|ping)?|donat(?:e|es|ed|ing)|deliver(?:s|ed|ing)?)\b", re.I)
_INVESTOR_AFTER_RE = re.compile(r"(?:'s|’s)?\s+(?:capital|investors?|money|funds?|financing|funding|participation)\b", re.I)
# the base of a change after a target or forecast: "to $10 billion from $2 billion", ", up from $107 billion"
# ("... to $150 billion by 2030 from $80 billion in 2023": the goal's date may stand between; figures round I)
_FROM_BASE_RE = re.compile(rf"\s*+,?\s*+(?:(?:by|in|for)\s++(?:the\s++end\s++of\s++)?(?:19|20)\d\d\s*+,?\s*+)?(?:(?:up|down|rising|growing)\s++)?"
                           rf"from\s++(?:{_HEDGE}\s+)?", re.I)
_FROM_BEFORE_RE = re.compile(rf"\bfrom\s+(?:{_HEDGE}\s+)?$", re.I)
# "estimates range from about 6 billion to 6.2 billion dollars", "worth anywhere from $700 million to $900 million": a range
# of values for one sum, not a change from one level to another (figures round I)
_RANGE_FROM_BEFORE_RE = re.compile(rf"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere)\s+from\s+(?:{_HEDGE}\s+)?$", re.I)
# "A South Korean pastor donated $20,000": aid from a private giver, not from a state
_PRIVATE_GIVER_FMT = r"(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{})\b"  # the words: data/lexicons/private_givers.csv
# "we will reach 8 billion", "to exceed some 100 billion", "it will reach the $20 billion mark": a verb of reaching right
# before an amount
_REACH_BEFORE_RE = re.compile(r"\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|"
                              r"approach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|get\s+to|come\s+to)\s+"
                              rf"(?:the\s+(?:level|mark|figure|threshold)\s+of\s+|the\s+)?(?:{_HEDGE}\s+)?$", re.I)
# "This year we will reach ...", "The figure will reach ...": the sentence goes on about the trade before it
# ("The company's value will reach 40 billion" does not)
_CARRY_SUBJECT_RE = re.compile(r"\b(?:we|it|it's|(?:this|that)\s+(?:is|was|will|would|could|can|may|figure|volume|amount|number|indicator)|"
                               r"the\s+(?:figure|volume|amount|number|indicator|turnover|total))\b", re.I)
# a Kremlin speaker's "we will reach 100 billion with China this year": the speaker's trade
_WE_REACH_RE = re.compile(r"\bwe\b[^.;,:]{0,40}?\b(?:reach|hit|exceed|top|surpass|approach|achieve|attain|get\s+to)\b", re.I)
# "India's population will reach 1.5 billion": a count of people, not money
_NOT_MONEY_BEFORE_RE = re.compile(r"\b(?:population|people|inhabitants|residents|citizens|consumers|tourists|visitors|users|"
                                  r"passengers|workers|viewers|subscribers)\b(?:(?!\b(?:and|but|while|whereas)\b)[^,;.])*$", re.I)
# "Samsung is building a $17 billion chip plant", "the $5.54 billion battery plant": a company's investment
_PLANT_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:plant|plants|factory|factories|facility|facilities|fab|complex|"
                             r"production\s+(?:line|base|site)|assembly\s+line)\b", re.I)
# the price of a plant or business a company sells ("agreed to sell its factory near Moscow to a local firm for a
# token 5,000 rubles"): a sale price, neither exports nor investment
_ASSET_SALE_RE = re.compile(r"\b(?:sell|sells|selling|sold)\s+(?:its|their|a|the|his|her)\s+(?:[\w'’%-]+\s+){0,3}?"
                            r"(?:plants?|factory|factories|facility|facilities|business(?:es)?|operations|units?|subsidiary|"
                            r"subsidiaries|assets)\b[^;$€£¥₩\d]{0,90}?\bfor\s+(?:(?:a|an|the|just|only|"
                            rf"symbolic|token|nominal|{_HEDGE})\s+){{0,3}}$", re.I)
# a year that names the level an amount is set against ("just short of their 2018 peak", "below the 2021 high"):
# a comparison, not the amount's period
_COMPARED_YEAR_BEFORE_RE = re.compile(r"\b(?:the|their|its|his|her|our|a|an)\s+$", re.I)
_PART_OF_YEAR_GAP_RE = re.compile(r"\s*+(?:of|in)\s++(?:the|its|their)\s++")
_COMPARED_YEAR_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:all-time\s+|record\s+|pre-\w+\s+)?(?:peak|high|highs|record|level|levels|mark|"
                                     r"total|figure|value|volume|best|low)\b", re.I)
# "3.6 trillion yen in loans, grants and technical aid": a mix with grants or aid is development aid, not a loan
_AID_MIX_AFTER_RE = re.compile(r"\s*(?:in|of|worth\s+of)\s+(?:[\w-]+\s+){0,2}?(?:loans?|credits?)\s*(?:,\s*[\w-]+(?:\s+[\w-]+)?\s*)*"
                               r",?\s+and\s+(?:[\w-]+\s+){0,2}?(?:grants?|aid|assistance)\b", re.I)
# aid or investment summed up "since" a year ("Since 1979 Japan has provided ...", "have invested $80 billion in
# Vietnam since 1988"): a total over the years from then to publication
_SINCE_YEAR_RE = re.compile(r"\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
_SINCE_END_RE = re.compile(r"\bsince\s+$", re.I)
_HAVE_GIVEN_RE = re.compile(r"\b(?:has|have)\s+(?:[\w-]+\s+){0,2}?(?:provided|given|extended|invested|donated|sent|lent|"
                            r"granted|poured|disbursed|contributed|allocated|put)\b", re.I)
# "lifting trade turnover to $30 billion by 2025 and mutual investment to $15 billion": a metric after "and" that
# is raised "to" the next amount heads that amount, not the one before
_AND_BEFORE_CUE_RE = re.compile(r"\band\s+(?:[\w'’-]+\s+){0,2}?$", re.I)
_CUE_TO_AMOUNT_RE = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|at)\s+(?:{_HEDGE}\s+)?"
                               r"(?:US\$|\$|€|£|¥|₩|\d)", re.I)
# "The total topped the previous high of $658.8 billion set in 2018": an earlier level of the story's own figure
# ("remain below the record of $30.78 billion they reached in 2011", "still short of its peak of": a peak the story
# measures against, of the story's money; figures round J)
# ("approaching the all-time high of $X set in 2012", "nearing its peak of", "close to the record of": a level the amount
# nears is the same money's earlier level too; figures session 7)
_EARLIER_PEAK_RE = re.compile(r"\b(?:(?:the|its|their)\s+(?:previous|former|earlier|old|prior)\s+|(?:below|short\s+of|under|beneath|"
                              r"off|shy\s+of|approach(?:ing|es|ed)?|near(?:ing|s|ed)?|close\s+to|closing\s+in\s+on|within\s+"
                              r"(?:reach|sight)\s+of)\s+(?:the|its|their)\s+)(?:all-time\s+)?"
                              rf"(?:high|record|peak|best)\s+of\s+(?:{_HEDGE}\s+)?$", re.I)
# "from $11 billion in the peak year", "in its record year": the year of the story's record, no date of its own
_PEAK_YEAR_AFTER_RE = re.compile(r"\s*+(?:,\s*+)?in\s++(?:the|its|their|that)\s++(?:peak|record|best|highest|top|boom)\s++year\b"
                                 r"(?!\s*+(?:of\s++|,\s*+|\(\s*+)(?:19|20)\d\d\b)", re.I)
# "rose to $391.4 billion, surpassing the previous peak of ...": the amount is a new record
_BEATS_PEAK_AFTER_RE = re.compile(r"[^;$€£¥₩]{0,80}?\b(?:surpass(?:es|ed|ing)?|beat(?:s|ing)?|top(?:s|ped|ping)|exceed(?:s|ed|ing)?|"
                                  r"break(?:s|ing)?|broke)\s+(?:the|its|their)\s+(?:previous|former|earlier|old|prior)\s+"
                                  r"(?:all-time\s+)?(?:high|record|peak|best)\b", re.I)
# in _metric, the words between an amount and a cue after it: "$50 million in aid", "$200 million worth \"loan\"" (the cue
# names the amount); ", and imports from ..." (the head of the next clause); ", and ..." (a cue of the next clause)
_CUE_NAMES_AMOUNT_RE = re.compile(r"\s*(?:worth|in)\s+(?:of\s+)?[\"“'‘]?", re.I)
_NEXT_CLAUSE_HEAD_RE = re.compile(r"[,;]\s+(?:and|while|whereas|but)\s+(?:[\w'’-]+\s+){0,2}?$")
# a metric word after an amount that opens a phrase of its own (", lifting two-way trade to", ", with Japan's purchases of
# Russian oil and gas accounting for", ", when China's imports from Japan alone were worth") and leads by a few words to the
# next amount heads that amount, not the one before (figures round I)
_LATER_HEAD_GAP_RE = re.compile(r"[,;]|\s[–—]\s|\b(?:when|while|whereas|with)\b", re.I)
# (", of which Chilean exports, mostly copper, accounted for $39 billion": the words may start with a comma; round K)
_HEAD_TO_AMOUNT_RE = re.compile(r"(?:\s*+[^\s;$€£¥₩]++){0,12}?\s*+")
# ", most of it Iranian gas sales to Iraq", ", mostly Kenyan exports of fuel": what a sum is made of, not what it is
_COMPOSITION_AFTER_RE = re.compile(r",\s+(?:(?:most|much|all|half|part|some|the\s+bulk|the\s+majority|nearly\s+all|almost\s+all)\s+"
                                   r"of\s+(?:it|them|which|that)|mostly|mainly|largely|chiefly|primarily|predominantly|principally)\b", re.I)
# "Imports slipped to $10.35 billion, widening Seoul's surplus with ...", "..., leaving Peru with a deficit of": what the
# amount brought about after a comma, not what it is (figures round J)
_CONSEQUENCE_AFTER_RE = re.compile(r",\s++(?:(?:further|sharply|slightly|thus|so)\s++)?(?:widening|narrowing|leaving|giving|"
                                   r"creating|swelling|shrinking|trimming|cutting|reducing|deepening|turning|producing|"
                                   r"resulting\s+in|adding\s+to)\b", re.I)
_NEXT_CLAUSE_RE = re.compile(r"[,;]\s*(?:and|while|whereas|but)\b|^\s*(?:and|while|whereas|but)\s")
_INVESTMENT_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?investments?\b", re.I)
_COMPANY_GAP_RE = re.compile(r"(?:'s|’s)?\s+(?:[\w'’.&-]+\s+){0,8}?", re.I)
# "Samsung Display said in February it would put ...": the company, in reported speech, is still the subject
_COMPANY_SAID_GAP_RE = re.compile(r"(?:'s|’s)?\s+(?:[\w'’.&-]+\s+){0,3}?(?:said|says|announced|stated|confirmed)\s+"
                                  r"(?:[\w'’.&-]+\s+){0,4}?(?:it|they)\s+(?:[\w'’.&-]+\s+){0,6}?", re.I)
# "SoftBank Group Corp. chief Masayoshi Son pledged last December at a resort to invest ...": the company's head speaks
# for it
_COMPANY_HEAD_GAP_RE = re.compile(rf"(?:'s|’s)?\s+(?:[\w.&-]+\s+){{0,3}}?{_WORDS['head']}\s+"
                                  r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}\s+(?:[\w'’.&-]+\s+){0,9}?", re.I)
# "Hyundai said it will raise its planned investment in the US to $26 billion": the company's own investment noun
_OWN_INVESTMENT_RE = re.compile(r".*\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?investments?\b", re.I | re.S)
# "... into its display plant in northern Bac Ninh province", "a factory near Wroclaw": a place that is no country
_PLACE_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:plant|plants|factory|factories|facility|facilities|fab|complex|site)\s+"
                             r"(?:in|near|at|outside)\s+(?:(?:the\s+)?(?:northern|southern|eastern|western|central)\s+)?(?-i:[A-Z])", re.I)
# "the company said in March it would ...": the date of the saying, not of the money
_SAID_BEFORE_DATE_RE = re.compile(r"\b(?:said|says|announced|stated|confirmed|told\s+(?:[\w-]+\s+){1,2}?|"
                                  r"pledged|promised|committed|vowed)\s*$", re.I)  # "it pledged last year": the pledging
_COMPANY_PLANS_RE = re.compile(r"\b(?:(?:is|are)\s+(?:building|constructing|setting\s+up|opening|spending|investing)|to\s+build|will\s+build|announc\w*|"
                               r"pledg\w*|promis\w*|will\s+(?:raise|invest|spend|put)|"
                               r"plann?(?:ed|ing|s)|unveil\w*)\b", re.I)
# a company's purchase of a stake abroad (figures session 8): "is paying $1.1 billion for a 70 percent stake in ...",
# "bought a 51 percent stake in the port authority in 2016 for 280.5 million euros", "will pay a further 88 million
# euros for another 16 percent"; and money a company puts into a project: "has poured $1.3 billion into the port"
_STAKE_FOR_AFTER_RE = re.compile(rf"\s++for\s++(?:a|an|another|a\s++further|the\s++remaining|its|their)\s++(?:(?:[\w.%-]++\s++){{0,3}}?"
                                 rf"{_WORDS['stake']}\b|\d++(?:\.\d++)?\s*+(?:%|percent\b|per\s++cent\b))", re.I)
_STAKE_BOUGHT_BEFORE_RE = re.compile(rf"\b(?:b(?:uy|uys|ought|uying)|acquir(?:e|es|ed|ing)|t(?:ake|akes|ook|aking))\s++(?:[\w.%-]++\s++){{0,3}}?"
                                     rf"{_WORDS['stake']}\b[^;$€£¥₩]{{0,80}}?\bfor\s++(?:{_HEDGE}\s++)?$", re.I)
_PAY_BEFORE_RE = re.compile(rf"\b(?:pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding))\s++(?:(?:a\s++further|another|an\s++additional|"
                            rf"{_HEDGE})\s++)?$", re.I)
_PUT_INTO_BEFORE_RE = re.compile(rf"\b{_WORDS['put_into']}\s++(?:(?:a\s++further|another|an\s++additional|"
                                 rf"{_HEDGE})\s++)?$", re.I)
_INTO_AFTER_RE = re.compile(r"\s++(?:(?:so\s++far|already|in\s++all|in\s++total)\s++)?into\s", re.I)
# "... for 280.5 million euros and is due to pay ...": a second verb of the company's own clause, with no new subject
_COORD_VP_GAP_RE = re.compile(r"(?:['’]s)?\s++(?:[^\s;:]++\s++){0,24}?and\s++(?:is|are|was|were|will|would|has|have|had|also|then)\s++"
                              r"(?:[\w'’-]++\s++){0,4}?", re.I)
# "$6 billion in Chinese funding", "$2 billion of Japanese soft loans", "$9 billion in loans and credit lines offered by
# Beijing": the words between an amount and the country that gives it (figures session 8)
_MONEY_NATION_GAP_RE = re.compile(r"\s++(?:in|of)\s++(?:(?P<by>(?:(?-i:[a-z][\w-]*+)\s++){1,6}?(?:offered|provided|extended|"
                                  r"pledged|promised|granted|given|lent|put\s+up)\s++by\s++(?:the\s++)?)|(?:(?-i:[a-z][\w-]*+)\s++){0,2}?)")
# (not "aid", "assistance", "grants": "froze $65 million in Palestinian aid" names the recipients)
_MONEY_NOUN_AFTER_RE = re.compile(r"\s++(?:(?-i:[a-z][\w-]*+)\s++){0,2}?(?:funding|funds|loans?|investments?|"
                                  r"credits?|credit\s+lines|financing|capital|money)\b", re.I)
# "... with $570 million in 2022 and about $500 million in 2021": the gap from a base amount to one coordinated with it
_COORD_BASE_GAP_RE = re.compile(rf"\s++(?:in|for)\s++(?:19|20)\d\d\s*+,?\s*+(?:and|or)\s++(?:{_HEDGE}\s++)?", re.I)
# "$2 billion in yen loans offered by Tokyo": aid offered, still to be paid (figures session 8)
_OFFERED_BY_AFTER_RE = re.compile(r"\s++(?:in|of)\s++(?:(?-i:[a-z][\w-]*+)\s++){1,6}?(?:offered|pledged|promised)\s++by\b")
# "... fell last year.": a year named without digits
_REL_YEAR_WORD_RE = re.compile(r"\b(?:last|this|past|previous)\s+year\b", re.I)
# "Korea's chip sales slumped last year", "Egypt's wheat purchases rose": a country's own flow with no partner named
_OWN_SALES_AFTER_RE = re.compile(r"(?:['’]s)?\s++(?:(?-i:[a-z][\w-]*+)\s++){0,2}?(?:sales|purchases|exports|imports|shipments)\b", re.I)
# "a $1.1 billion contract", "a $2 billion deal to build": the amount is a contract's value
_CONTRACT_AFTER_RE = re.compile(r"\s++(?:(?-i:[a-z][\w-]*+)\s++){0,3}?(?:contracts?|deals?|orders?|tenders?)\b", re.I)
# "won contracts worth 5 billion euros", "signed deals totalling $10 billion": the contract noun before the amount
_CONTRACT_BEFORE_RE = re.compile(rf"\b(?:contracts?|deals?|orders?|tenders?)\s++(?:worth|valued\s++at|totall?ing|of)\s++"
                                 rf"(?:{_HEDGE}\s++)?(?:US\$|\$|€|£|¥|₩)?\s*+$", re.I)
# "will provide Rs 4,000 crore to Nepal": a giving verb with the money as its object, and the recipient after it
_GIVE_MONEY_BEFORE_RE = re.compile(rf"\b(?:provid(?:e|es|ed|ing)|g(?:ive|ives|ave|iving)|grant(?:s|ed|ing)?|donat(?:e|es|ed|ing)|"
                                   rf"extend(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|"
                                   # (s18) "The United States has released $30 million to Palau" (not "transferred": a payment, the AUKUS gold)
                                   rf"releas(?:e|es|ed|ing))\s++"
                                   rf"(?:(?:a\s++further|another|an\s++additional|{_HEDGE})\s++)?(?:US\$|\$|€|£|¥|₩)?$", re.I)
_TO_RECIPIENT_AFTER_RE = re.compile(r"\s++(?:to|for)\s++(?:(?:support|help|assist|back)\s++)?(?:the\s++)?", re.I)
# the giver of such money: a country or its government right before the giving verb, with only auxiliaries between ("Japan
# will give", "Kenya's finance ministry has agreed to provide", "the Saudi government on Monday pledged to extend"; not "the
# IMF will disburse", "British tourists gave": figures round 2 of session 8, review finding 1)
_GIVER_GAP_RE = re.compile(rf"(?:(?:['’]s)?\s++(?:(?-i:[a-z][\w-]*+)\s++){{0,2}}?(?P<gov>{_WORDS['giver_body']})\b|)"
                           rf"(?:\s*+,\s*+(?:[^,;]{{1,60}}?),)?(?:\s++{_WORDS['giver_aux']}\b){{0,5}}\s++", re.I)
# "... to Egypt's central bank as a deposit", "under a currency swap": money that is not aid
_NOT_AID_MONEY_RE = re.compile(rf"\b{_WORDS['not_aid_money']}\b", re.I)
# "Pakistan repaid $2 billion of Chinese loans": money paid back is no aid from the payer
_REPAY_BEFORE_RE = re.compile(rf"\b{_WORDS['repay']}\s++(?:(?:[\w'’-]++\s++){{0,3}}?)(?:{_HEDGE}\s++)?(?:US\$|\$|€|£|¥|₩)?\s*+$", re.I)
# "Japan honoured the promise of $1 billion": a pledge carried out, money paid
_KEPT_PLEDGE_BEFORE_RE = re.compile(rf"\b{_WORDS['kept_pledge']}\s++(?:[\w'’-]++\s++){{0,3}}?(?:pledge|promise|commitment)s?\s++"
                                    rf"of\s++(?:{_HEDGE}\s++)?(?:US\$|\$|€|£|¥|₩)?\s*+$", re.I)
# the recipient a country, not a nationality word before a noun ("to Nepal for a highway", "to Jordan's schools"; not "to
# Chinese contractors")
_NOUN_END_RE = re.compile(r"\s*+(?:$|[,.;:)'’]|(?:for|to|in|on|by|and|as|over|under|this|last|next|during|with|from|at|after|"
                          r"before|until|through|within|since|so|which|who|when|while|if|because)\b)")
# "the Chinese state-owned firm", "Japanese carmakers": a nationality word that names a company (figures session 8)
# (also a company's own name opening on its country: "China Railway Construction Corp", "Korea Electric Power Co.")
_NATIONAL_FIRM_AFTER_RE = re.compile(rf"(?:['’]s)?\s++(?:(?-i:[a-z][\w-]*+)\s++){{0,2}}?{_WORDS['firm']}\b"
                                     rf"|\s++(?:(?-i:[A-Z][\w&-]*+)\s++){{1,3}}?(?-i:{_WORDS['firm_suffix']})\b\.?", re.I)
_US_STATE_RE = re.compile(r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
                          r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
                          r"Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|"
                          r"North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|"
                          r"South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington\s+state|West\s+Virginia|Wisconsin|Wyoming)\b")
# a quote and its attribution: '"We expect trade to reach $30 billion," Vietnamese Prime Minister X told Yoon'
_QUOTE_RE = re.compile(r"[\"“][^\"“”]{10,400}?[\"”]")
_ATTRIBUTION_RE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,6}?(?:said|says|told|added|stressed|noted|wrote|declared|announced|insisted)\b")
# a wire dateline: "SEOUL, Jan. 26 (Yonhap-style) --", "BEIJING, September 7. /TASS-style/.", "VOSTOCHNY, Russia, Sept 13 (wire) -"
_DATELINE_RE = re.compile(r"\s*(?:[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,[^()\n]{1,30}?)?\s*(?:\([^()]{1,40}\)\s*)?(?:--|—|–|-)\s+"
                          r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,[^()\n]{1,30}?)?\s*\([^()]{1,40}\)\s*(?:--|—|–|-)\s+"
                          r"|[A-Z]{3,}(?:[ -][A-Z]{2,})*,[^/\n]{1,30}?/[^/\n]{1,40}/\.?\s+)")
# -- figures session 10 ------------------------------------------------------------------------------------------------
# a deal's noun some words before its value ("signed a rail contract with Egypt valued at $8 billion", "a contract with
# South Korea's Hyundai Engineering worth $2.5 billion"): the deal the amount prices, with its other side in the gap
_DEAL_GAPPED_BEFORE_RE = re.compile(rf"\b(?:contracts?|deals?|orders?|tenders?|agreements?)\b[^.;:$€£¥₩\d]{{0,80}}?"
                                    rf"\b(?:worth|valued\s++at|totall?ing|amounting\s++to|to\s++the\s++tune\s++of|"
                                    rf"with\s++a\s++(?:total\s++|combined\s++)?value\s++of)\s++(?:{_HEDGE}\s++)?"
                                    rf"(?:US\$|\$|€|£|¥|₩)?\s*+$", re.I)
# a firm as the subject that signed or won the deal: "Siemens of Germany signed a rail", "Hyundai Engineering has won a"
_FIRM_SIGNED_GAP_RE = re.compile(r"(?:['’]s)?(?:\s++of\s++(?:the\s++)?(?-i:[A-Z])[\w.-]*+(?:\s++(?-i:[A-Z])[\w.-]*+){0,2})?"
                                 r"\s*+(?:,[^,;]{1,60}+,\s*+)?(?:(?:has|have|had|on\s++\w++)\s++)?"
                                 r"(?:signed|won|wins|secured|secures|clinched|landed|inked|struck|sealed|agreed|bagged|took)\s++"
                                 r"(?:[\w'’-]++\s++){0,4}?$", re.I)
# money put into a fund shared with another country or into a joint venture ("put $2 billion into a fund with Japan",
# "poured $1 billion into a joint venture"): money of both sides, no one-way investment
_INTO_JOINT_AFTER_RE = re.compile(r"\s++(?:(?:so\s++far|already|in\s++all|in\s++total)\s++)?into\s++(?:a|an|the|their)\s++"
                                  r"(?:(?:new|joint|common|shared|bilateral|co-?investment)\s++)?(?:[\w-]++\s++){0,2}?"
                                  r"(?:funds?|ventures?|vehicles?|platforms?|compan(?:y|ies)|facilit(?:y|ies))\s++"
                                  r"(?:(?:set\s++up|created|formed|launched|run)\s++)?(?:together\s++)?with\b|"
                                  r"\s++(?:(?:so\s++far|already|in\s++all|in\s++total)\s++)?into\s++(?:a|an|the|their)\s++"
                                  r"(?:[\w-]++\s++){0,2}?joint(?:ly[\s-]++(?:run|owned|held))?\s++(?:[\w-]++\s++){0,2}?"
                                  r"(?:funds?|ventures?|vehicles?|compan(?:y|ies)|projects?)\b", re.I)
# money put into a fund of an international body for a country ("put $500 million into a World Bank fund for Ukraine",
# "into the UN-run fund for Afghanistan"): given through the body for the country, aid (as money given "to UNICEF ...
# for children in Yemen", figures round F), never an investment
_INTO_BODY_FUND_AFTER_RE = re.compile(r"\s++(?:(?:so\s++far|already|in\s++all|in\s++total)\s++)?into\s++(?:a|an|the)\s++"
                                      r"(?:[\w-]++\s++){0,2}?(?:(?-i:World\s++Bank|IMF|International\s++Monetary\s++Fund|"
                                      r"U\.?N\.?|United\s++Nations|EU|European\s++Union|Asian\s++Development\s++Bank|ADB|"
                                      r"African\s++Development\s++Bank|AfDB|EBRD|Inter-American\s++Development\s++Bank)"
                                      r"(?:['’]s)?(?:-(?:run|managed|administered|led))?)\s++(?:[\w-]++\s++){0,2}?"
                                      r"(?:trust\s++)?funds?\s++for\b", re.I)
# a country's total flow in a later clause of its own ("..., while total exports reached $285 billion" after "Thailand's
# exports to China rose 5%"): its flow with the world, not the pair's (the flow word of the earlier clause repeated)
_LATER_TOTAL_FLOW_RE = re.compile(r"\b(?:total|overall|aggregate|combined|national|global)\s++(?:(?:merchandise|goods|"
                                  r"outbound|inbound|foreign)\s++)?(?P<flow>exports?|imports?|shipments|sales|purchases)\b"
                                  r"(?!\s++(?:to|from|into|of\s++(?:the\s++)?two|with|between)\b)", re.I)
# a total whose partner is named by a common noun ("total exports of chips to its neighbour", "overall exports of cars to
# the country"): the pair's own flow, no world total (review of session 10)
_TOTAL_PARTNER_WORD_RE = re.compile(r"\b(?:to|from|into|with)\s++(?:the|its|their|this|that)\s++(?:[\w-]++\s++)?"
                                    r"(?:country|nation|neighbou?r|partner|kingdom|republic|emirates?|island|state)\b", re.I)
# the deal's other side after "with" in the gap from the deal's noun to a firm ("a contract with South Korea's Hyundai"),
# with no clause break between (review of session 10: "an agreement, welcomed by Toyota and Suzuki, worth" is no firm's)
_FIRM_WITH_GAP_RE = re.compile(r"\bwith\b[^,;:()]*+$", re.I)
_FLOW_ROOT = {"export": "export", "exports": "export", "shipments": "export", "sales": "export",
              "import": "import", "imports": "import", "purchases": "import"}
# a forecast "within a few years", "within five years": a horizon counted from now, no year (the lead's horizon
# convention, like "over the next five years")
_WITHIN_YEARS_RE = re.compile(rf"\bwithin\s++(?:the\s++next\s++)?(?:a\s++few|a\s++couple\s++of|several|"
                              rf"\d{{1,2}}|{_num_words(2)})\s++years\b|\bwithin\s++(?:the\s++next\s++)?(?:a|one)\s++decade\b", re.I)
_FISCAL_WORD_RE = re.compile(r"\b(?:fiscal|financial)\b", re.I)
# "roughly flat on 2022", "little changed from 2022", "unchanged from a year earlier": a yardstick with no rate
_FLAT_LEAD_RE = re.compile(r"\b(?:flat|unchanged|little[\s-]changed|steady|stable|level)\s++(?:on|from|with|against|over|"
                           r"compared\s++(?:with|to))\s++(?:in\s++)?$", re.I)


# the words from a year to the amount it dates ("2022 levels of $4 billion", "2021 trade of $3 billion", "2022's exports,
# at $4 billion"): no clause break, a noun of the money and "of", "at", "was" right before the amount (review of session 10)
_DATE_OWNS_AMOUNT_GAP_RE = re.compile(
    r"(?:['’]s)?\s++(?:[\w-]++\s++){0,2}?(?:levels?|trade|exports|imports|figures?|totals?|value|investments?|turnover|"
    r"flows?|sales|shipments|aid)\s++(?:of|at|was|were|stood\s++at|totall?(?:ed|ing)|worth|reached)\s++"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|just|only)\s++)?(?:US|U\.S\.|C|A)?\s*+", re.I)


_PARTICIPLE_BEFORE_DATE_RE = re.compile(r",\s++(?:(?:which|that)\s++(?:was|were)\s++)?(?:signed|passed|approved|adopted|enacted|"
                                        r"ratified|concluded|struck|sealed|unveiled|launched)\b[^,;:()$€£¥₩\d]{0,60}?"
                                        r"(?:\s(?:in|on|at|during))?\s*+$", re.I)
_COMMA_AFTER_DATE_RE = re.compile(r"\s*+,")
_WHEN_AFTER_DATE_RE = re.compile(r"\s*+,?\s*+(?:when|in\s++which|during\s++which)\b", re.I)


# -- figures session 11 ------------------------------------------------------------------------------------------------
# a state's deposit in another country's central bank ("Kuwait has deposited $2 billion with the Central Bank of Egypt",
# "Qatar will place $3 billion on deposit at Turkey's central bank", "will make a $1 billion deposit in the State Bank of
# Pakistan"): `other` money from the depositor to the bank's country (the loans convention); the verbs and bank names are
# lists of data/lexicons/figure_words.csv (deposit_verb, central_bank)
_DEPOSIT_VERB_BEFORE_RE = re.compile(rf"\b{_WORDS['deposit_verb']}\s++(?:(?:a\s++further|another|an\s++additional|{_HEDGE})\s++)?"
                                     rf"(?:US\$|\$|€|£|¥|₩)?$", re.I)
_DEPOSIT_NOUN_BEFORE_RE = re.compile(rf"\b(?:mak(?:e|es|ing)|made|provid(?:e|es|ed|ing)|extend(?:s|ed|ing)?|g(?:ive|ives|ave|iving)|"
                                     rf"offer(?:s|ed|ing)?)\s++(?:a|an|another)\s++(?:{_HEDGE}\s++)?(?:US\$|\$|€|£|¥|₩)?$", re.I)
_DEPOSIT_AFTER_RE = re.compile(r"\s++(?:(?:on|as)\s++(?:a\s++)?deposits?\s++)?(?:in|with|at|into)\s++(?:the\s++)?", re.I)
_DEPOSIT_NOUN_AFTER_RE = re.compile(r"\s++deposits?\s++(?:in|with|at|into)\s++(?:the\s++)?", re.I)
_BANK_OF_GAP_RE = re.compile(rf"(?-i:{_WORDS['central_bank']})\s++of\s++(?:the\s++)?")  # "the Central Bank of |Egypt"
_COUNTRY_BANK_AFTER_RE = re.compile(r"(?:['’]s)?\s++(?:central|national|reserve)\s++bank\b", re.I)  # "Turkey|'s central bank"
# compensation or reparations one state pays another ("Italy will pay Libya $5 billion over 25 years as compensation",
# "Japan paid $800 million in reparations to the Philippines"): aid from payer to recipient, a forecast while promised
# (the lead's convention "Compensation between states"); only with a compensation noun of figure_words.csv right after
# the amount (a fee, an arms or fuel bill, debt service are no aid: the broad "pay X $N" row stays removed)
_COMP_PAY_BEFORE_RE = re.compile(rf"\b(?:pa(?:y|ys|id|ying)|hand(?:s|ed|ing)?\s++over|transfer(?:s|red|ring)?)\s++"
                                 rf"(?:(?P<obj>(?:the\s++)?(?-i:[A-Z])[\w.'’-]*+(?:\s++(?-i:[A-Z])[\w.'’-]*+){{0,3}}?)\s++)?"
                                 rf"(?:(?:a\s++further|another|an\s++additional|{_HEDGE})\s++)?(?:US\$|\$|€|£|¥|₩)?$", re.I)
_COMPENSATION_AFTER_RE = re.compile(rf"\s++(?:(?:over|during|within|in)\s++(?:the\s++)?(?:next\s++|coming\s++)?"
                                    rf"(?:\d{{1,2}}|{_num_words(2)}|a)\s++(?:years?|decades?)\s++|(?:this|next|a)\s++year\s++)?"
                                    rf"(?:in|as)\s++(?:(?:war|colonial[\w-]*|additional|further|full|final)\s++)?"
                                    rf"{_WORDS['compensation']}\b", re.I)
_COMP_TO_AFTER_RE = re.compile(r"[^,;:()$€£¥₩\d]{0,40}?\bto\s++(?:the\s++)?", re.I)  # "... in reparations to |the Philippines"
_COMP_CLAIM_RE = re.compile(rf"\b{_WORDS['compensation_claim']}", re.I)
# a year before a currency word used as a noun's modifier ("the 1995 peso crisis", "a 1998 rouble default"): no amount
# an amount written as a hyphenated adjective (figures session 13): "a 7.87-billion-euro deal", "a 64 trillion-won
# swap", "a $4.75-billion agreement"; the hyphens are read as spaces (same length, so positions hold), the one after the
# scale only when a currency word follows it ("a 10-billion-strong population", "a 5-million-year-old fossil" stay as written)
_HYPHEN_SCALE_RE = re.compile(r"\d(?P<h1>[-\s])(?:thousand|million|billion|trillion)(?P<h2>-)(?=[A-Za-z])|"
                              r"[$€£¥₩]\s?[\d.,]*\d(?P<h3>-)(?:thousand|million|billion|trillion)\b", re.I)


def _unhyphen_amounts(sentence: str, currency_re: "re.Pattern") -> str:
    """``sentence`` with the hyphens of amount adjectives read as spaces, same length:
    "a 7.87-billion-euro loan" -> "a 7.87 billion euro loan"; "a 10-billion-strong crowd" is left as it is."""
    if "-" not in sentence:
        return sentence
    chars = None
    for m in _HYPHEN_SCALE_RE.finditer(sentence):
        if m.group("h3"):
            cuts = [m.start("h3")]
        elif currency_re.match(sentence, m.end("h2")):
            cuts = [m.start("h2")] + ([m.start("h1")] if m.group("h1") == "-" else [])
        else:
            continue
        chars = chars if chars is not None else list(sentence)
        for c in cuts:
            chars[c] = " "
    return sentence if chars is None else "".join(chars)


_YEAR_MONEY_TEXT_RE = re.compile(r"(?:19|20)\d\d\s++[A-Za-z]++")
_YEAR_MONEY_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|whose)\s++$|['’]s\s++$", re.I)
_YEAR_MONEY_NOUN_AFTER_RE = re.compile(r"\s++(?!(?:a|an|the|per|each|every|in|for|to|of|and|or|from|at|on|as|by|with|"
                                       r"was|were|is|are|will|would|last|this|next|worth)\b)(?-i:[a-z])[a-z-]++")
# "between 30 billion and 50 billion euros": the low end written with its own scale (the range's currency after the high)
_BETWEEN_SCALED_LOW_RE = re.compile(rf"\bbetween\s++(?P<lo>(?P<n>{_NUM})\s*+(?P<sc>trillion|billion|million|bn|mn|tn))"
                                    r"\s++and\s++$", re.I)
_SCALE_OF = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6}
# one sum in two currencies set off by ", worth (about) $X" later in its clause ("an 18 billion yuan swap with the People's
# Bank of China, worth about $2.6 billion"): no amount, clause joiner or comparison between
_EQUIV_WORTH_GAP_RE = re.compile(rf"[^$€£¥₩\d;:()]{{0,90}}?,\s*+(?:worth|equivalent\s++to|valued\s++at)\s++(?:{_HEDGE}\s++)?",
                                 re.I)
_EQUIV_WORTH_STOP_RE = re.compile(r"\b(?:and|while|whereas|but|compared|against|versus|from|up|down|plus|each|per|a\s+year)\b",
                                  re.I)
# the two legs of one currency swap ("a swap of 64 billion lira against 18 billion dirhams", "can exchange 15 billion yuan
# for 720 billion naira"): one sum
_SWAP_LEGS_GAP_RE = re.compile(r"\s++(?:for|against)\s++", re.I)
_SWAP_BEFORE_RE = re.compile(r"\b(?:swaps?|exchange|exchanged|exchanging)\b[^$€£¥₩\d;:()]{0,40}$", re.I)
# money a state borrowed from another state's lender ("In 2014 the government borrowed $944 million from the Export-Import
# Bank of China", "Laos borrowed $500 million from China Development Bank"): a state loan told by the borrower, aid from the
# lender's country (the loans convention, figures session 11); the lender words are figure_words.csv state_lender
def _lender_at(sentence, s, at, mentions, after_re, of_gap_re) -> str | None:
    """The lending country named right at ``at`` ("from China's Exim Bank", "with the Export-Import Bank of China"): the
    first country mention within 45 characters after ``at`` (in the order given), when it starts at ``at`` and
    ``after_re`` matches after it, or ``of_gap_re`` covers the words between; else None."""
    for m in mentions:
        if m.kind != "country" or not m.iso3 or not at <= m.start - s <= at + 45:
            continue
        if (m.start - s == at and after_re.match(sentence, m.end - s)) or of_gap_re.fullmatch(sentence, at, m.start - s):
            return m.iso3
        return None
    return None


def _verb_before_amount_re(verbs: str) -> re.Pattern:
    """A verb right before an amount, with "a further", "another" or a hedge between: "borrowed $", "will buy some $"."""
    return re.compile(rf"\b(?:{verbs})\s++(?:(?:a\s++further|another|an\s++additional|{_HEDGE})\s++)?"
                      rf"(?:US\$|\$|€|£|¥|₩)?$", re.I)


_BORROW_BEFORE_RE = _verb_before_amount_re(r"borrow(?:s|ed|ing)?")
_BORROW_FROM_AFTER_RE = re.compile(r"\s++from\s++(?:the\s++)?", re.I)
# (s18) a state buying another state's bonds: the verb right before the amount, the issuer and its paper right after
# ("will buy $15 billion of Ukrainian government bonds", "bought some 5 billion dollars of Argentine government debt")
_BOND_BUY_BEFORE_RE = _verb_before_amount_re(_WORDS["bond_buy"])
_BOND_OF_AFTER_RE = re.compile(r"\s++(?:worth\s++)?(?:of|in)\s++(?:the\s++)?", re.I)
# (s18) a loan signed with another state's lender: "Kenya signed a $2 billion loan agreement with China's Exim Bank",
# "The Government has signed the long-awaited $3 billion master facility agreement with the China Development Bank"
_LOAN_DEAL_VERB_BEFORE_RE = re.compile(r"\b(?:signed|signs|sign|signing|secured|secures|concluded|concludes|inked|inks|"
                                       r"clinched|sealed)\s++(?:(?:a|an|the|its|their|another|new|fresh|further|"
                                       r"long-awaited|much-awaited)\s++){0,3}(?:US\$|\$|€|£|¥|₩)?$", re.I)
_LOAN_DEAL_AFTER_RE = re.compile(r"\s++(?:[\w-]++\s++){0,2}?(?:loans?|credits?|credit\s++lines?|lines?\s++of\s++credit|"
                                 r"facility|financing)(?:\s++(?:agreements?|deals?|accords?|contracts?|facility|pacts?))?"
                                 r"\s++with\s++(?:the\s++)?", re.I)
# (a bank only: "a loan agreement with the Pakistani government" is signed by the lender as often as by the borrower)
_STATE_BANK = r"(?:Export-Import|Exim|EXIM|Ex-Im|Development|Policy|Investment|Reconstruction)\s*+[Bb]ank"
_STATE_LENDER_AFTER_RE = re.compile(rf"(?:['’]s)?\s++(?:state-owned\s++|state\s++)?{_STATE_BANK}(?![\w-])")
_STATE_BANK_OF_GAP_RE = re.compile(rf"(?:state-owned\s++|state\s++)?{_STATE_BANK}\s++of\s++(?:the\s++)?")
# (s18) money that goes to no one country: "pledged $100 million to the fund" (a fund, not a country's, unless a country
# follows: "to the fund for Kenya's schools"; a fund with a name of its own, "the Compact Trust Fund", may be a country's), "in non-military assistance for the Middle East", "for countries
# battling ..."; and business deals: "Companies from the two sides signed deals worth $16 billion"
_TO_FUND_AFTER_RE = re.compile(r"\s++(?:in\s++(?:[\w-]++\s++){0,2}?)?(?:to|into|for)\s++(?:the|a|an|its|this|that)\s++"
                               r"(?:(?-i:[a-z])[\w'’-]*+\s++){0,3}?(?-i:fund|trust\s++fund)\b"
                               r"(?!\s++(?:for|in|of)\s++(?:the\s++)?(?-i:[A-Z]))", re.I)
_REGION_RECIPIENT_AFTER_RE = re.compile(r"[^.;$€£¥₩\d]{0,60}?\b(?:for|to)\s++(?:the\s++)?(?:Middle\s++East|Africa|"
                                        r"Latin\s++America|Central\s++Asia|Southeast\s++Asia|South\s++Asia|Asia|Europe|"
                                        r"Caribbean|Pacific|Balkans|Sahel|Gulf\s++region|region|continent|"
                                        r"(?:[\w-]++\s++)?countries|nations)\b", re.I)
_COMPANIES_SIGNED_BEFORE_RE = re.compile(r"\b(?:[Cc]ompanies|[Ff]irms|[Bb]usinesses|[Bb]usinessmen|[Bb]usiness\s++leaders|"
                                         r"[Ee]nterprises|[Cc]orporations)\b[^.;$€£¥₩]{0,60}?\b(?:signed|clinched|"
                                         r"sealed|inked|struck)\b[^.;$€£¥₩]{0,40}$")
_ANNOUNCED_BEFORE_RE = re.compile(r"\bannounc(?:e|es|ed|ing)\s++(?:(?:a|an|two|three|new|fresh|further|another)\s++)?"
                                  rf"(?:(?:{_HEDGE})\s++)?(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)
_NEW_FACILITY_AFTER_RE = re.compile(r"(?:[\s-]++(?:[\w-]++\s++){0,2}?(?:lines?\s++of\s++credit|credit\s++lines?|loans?|grants?|"
                                    r"funds?|packages?)\b|\s++in\s++(?:new\s++|fresh\s++|additional\s++)?(?:[\w-]++\s++)?"
                                    r"(?:aid|assistance|support|grants?|loans?)\b)(?![^.;]{0,40}?\bfrom\s++(?:the\s++)?(?-i:[A-Z]))", re.I)
_BOND_TO_COME_RE = re.compile(rf"\b(?:will|would|shall|to|plans?\s++to|is\s++to|are\s++to)\s++(?:[\w-]++\s++){{0,3}}?"
                              rf"(?:{_WORDS['bond_buy']})\s++[^.;]{{0,30}}$", re.I)
_BOND_PAPER_AFTER_RE = re.compile(rf"(?:['’]s)?\s++(?:{_WORDS['bond_paper']})\b", re.I)
_LENDER_OF_GAP_RE = re.compile(rf"(?:state-owned\s++|state\s++)?(?-i:[A-Z])?(?i:{_WORDS['state_lender']})\s++of\s++(?:the\s++)?",
                               re.I)
_LENDER_AFTER_COUNTRY_RE = re.compile(rf"(?:['’]s)?\s++(?:state-owned\s++|state\s++)?{_WORDS['state_lender']}\b|"
                                      r"\s*+(?:$|[,.;:)])|\s++(?:at|in|on|for|to|over|under|with|and|as|during|last|this)\b", re.I)
# a negated act ("will not deposit", "has never paid", "won't pay"): no money moves (figures session 11)
_NEGATED_BEFORE_RE = re.compile(r"(?:\b(?:not|never)|n['’]t|\bno\s++longer)\s++(?:[\w-]++\s++){0,2}$", re.I)
# a subject that names no country ("the government borrowed", "It borrowed"): the story's country
_BARE_BORROWER_RE = re.compile(r"(?:^|[,;]\s*+|(?<=\s)[-—–]\s++|\b(?:In|On|Last|This)\s++[\w\s]{1,20}?\s)(?:the\s++(?:government|state|country|"
                               r"cabinet|treasury)|it|It|The\s++(?:[Gg]overnment|state|country|cabinet|treasury))\s++"
                               r"(?:(?:has|had|have|also|then|later|first)\s++){0,2}$")

# a promise to pay: the base form after "to" or a modal ("agreed to pay", "will pay", "is to hand over"): a forecast
_COMP_PROMISE_RE = re.compile(r"\b(?:to|will|would|shall|must|should|'ll)\s++(?:(?:also|then|now|still)\s++)?"
                              r"(?:pay|hand\s++over|transfer)\b", re.I)
# "... will deposit $1 billion in the National Bank of Ethiopia and will invest a further $2 billion": a second predicate of
# the same subject, with no country of its own (figures session 11, blind45)
_AND_INVEST_GAP_RE = re.compile(rf"[^;:.$€£¥₩\d]{{0,120}}?\band\s++(?:(?:will|would|also|then|is\s++to|are\s++to|plans\s++to|"
                                rf"has|have|had)\s++){{0,2}}invest(?:s|ed|ing)?\s++(?:(?:a\s++further|another|an\s++additional|"
                                rf"{_HEDGE})\s++)?(?:US\$|\$|€|£|¥|₩)?$", re.I)

# -- figures fix of session 11 (the review of s11-f) ---------------------------------------------------------------------
# compensation between states is aid only for a past wrong named in its sentence (war, colonial rule, atrocities: the lead's
# convention) and never for a fee, bill, debt or lease; a passive ("Kuwait was paid $52 billion ... by Iraq") takes the
# by-agent as payer; a hypothetical or an estimate ("would have to pay", "were to pay", "It is time Britain paid") or a
# claim denied after it ("..., a claim Moscow denies") is no payment
_COMP_WRONG_RE = re.compile(rf"\b{_WORDS['compensation_wrong']}\b", re.I)
_COMP_NOT_RE = re.compile(rf"\b{_WORDS['compensation_not']}\b", re.I)
_COMP_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s++(?:(?:also|then|now|still|already|finally)\s++)?$", re.I)
_COMP_HYPOTHETICAL_RE = re.compile(r"\b(?:would|could|might|should|must|ought)\s++(?:(?:have|need|be\s++(?:asked|made|forced|"
                                   r"required|obliged))\s++to\s++)?$|\bwere\s++to\s++$|\b(?:have|has|had)\s++to\s++$", re.I)
_COMP_CLAIM_AFTER_RE = re.compile(r"\b(?:a\s++claim|den(?:y|ies|ied|ying)|disput\w*)\b", re.I)
_REPARATIONS_RE = re.compile(r"\breparations?\b", re.I)  # "reparations" names a wrong of its own
_COMP_PAST_VERB_RE = re.compile(r"(?:paid|handed|transferred)\b", re.I)
_COMP_BY_AFTER_RE = re.compile(r"[^,;:()$€£¥₩\d]{0,60}?\bby\s++(?:the\s++)?", re.I)
_COMP_POSSESSIVE_RE = re.compile(r"['’]s?\b")
# a list of countries ("Kuwait, Qatar and the UAE", "China and Russia"): no one of them has the whole sum
_COUNTRY_LIST_GAP_RE = re.compile(r"\s*+,\s*+(?:the\s++)?|\s++(?:and|or|&)\s++(?:the\s++)?", re.I)
# a deposit that is a request, a hope or frozen money; a commercial bank named like a central bank
_MONEY_FROZEN_RE = re.compile(rf"\b{_WORDS['money_frozen']}\b", re.I)
_COMMERCIAL_BANK_RE = re.compile(rf"(?:{_WORDS['commercial_bank']})\b|[^.;]{{0,60}}?,\s*+an?\s++commercial\b")
# "borrowed ... from <country>": only a state's past borrowing ("plans to borrow" is the borrower's plan), no market, firm or
# multilateral lender in its clause; a swap or a deposit is `other` (the loans convention)
_BORROWED_PAST_RE = re.compile(r"\bborrowed\b", re.I)
_BORROW_NOT_STATE_RE = re.compile(rf"\b{_WORDS['borrow_not_state']}\b", re.I)
_BORROW_OTHER_RE = re.compile(r"\b(?:swaps?|deposits?)\b", re.I)
_LENDER_AFTER_COUNTRY_SAFE_RE = re.compile(rf"(?:['’]s)?\s++(?:state-owned\s++|state\s++)?{_WORDS['state_lender']}(?![\w-])|"
                                           r"\s*+(?:$|[,.;:)])|\s++(?:at|on|for|to|over|under|with|as|during|last|this)\b|"
                                           r"\s++in\s++(?:(?:early|late|mid)[\s-]*+)?(?:\d{4}|January|February|March|April|May|"
                                           r"June|July|August|September|October|November|December)\b", re.I)
# ", worth $X" restates the sum only right after it, never "in total" (a project's value)
_EQUIV_WORTH_NEXT_RE = re.compile(rf"\s*+,\s*+(?:worth|equivalent\s++to)\s++(?:(?:about|around|roughly|some|nearly|almost|"
                                  rf"approximately|an\s++estimated|{_HEDGE})\s++)?")
_COMP_OVER_YEARS_RE = re.compile(rf"\b(?:over|during|within|across)\s++(?:the\s++)?(?:next\s++|following\s++)?"
                                 rf"(?:\d{{1,2}}|{_num_words(2)}|two|three|four|five|six|seven|eight|nine|ten)\s++(?:years|decades)\b",
                                 re.I)
# "an 18 billion yuan currency swap with the People's Bank of China, worth about $2.6 billion": the amount names its own
# instrument (a swap, loan, credit or deposit, with its party), then the same sum in dollars; never a purpose ("for the
# railway line, worth ...")
_EQUIV_INSTRUMENT_GAP_RE = re.compile(rf"\s++(?:(?:currency|bilateral|yuan|yen)\s++)?(?:swap|loan|credit|deposit)s?"
                                      rf"(?:\s++(?:line|agreement|deal|facility))?"
                                      rf"(?:\s++with\s++(?!(?:a|an)\b)[^,;:()$€£¥₩\d]{{1,60}}?)?"
                                      rf"\s*+,\s*+(?:worth|equivalent\s++to)\s++(?:(?:about|around|roughly|some|nearly|almost|"
                                      rf"approximately|an\s++estimated|{_HEDGE})\s++)?", re.I)
_EQUIV_TOTAL_AFTER_RE = re.compile(r"\s++(?:in\s++total|in\s++all|altogether|overall|total)\b", re.I)


def _flat_yardstick(sentence: str, d, b: int) -> bool:
    """whether the date d after an amount ending at b is the yardstick of "flat on 2022" (figures session 10)"""
    m = _YARDSTICK_TEXT_RE.fullmatch(sentence, d.char_start, d.char_end)
    return bool(m) and _FLAT_LEAD_RE.search(sentence, max(b, m.start("obj") - 40), m.start("obj")) is not None


# a potential, not a flow ("put the potential for trade between India and Pakistan at $37 billion", "the untapped trade
# potential ... at $4 billion"): what trade could be, no figure; "potential investors" are people, not the money
_POTENTIAL_BEFORE_RE = re.compile(r"\bpotential\b(?!\s++(?:investors?|buyers?|partners?|donors?|bidders?|"
                                  r"customers?|clients?|markets?|suitors?|lenders?|sellers?|importers?|exporters?)\b)", re.I)
# the words between "potential" and an amount that make the amount the potential itself (review of session 10): "put the
# potential for trade between India and Pakistan at", "trade potential of", "could reach a potential", "the potential of
# trade between the two is"; a "potential" elsewhere in the clause ("Despite its potential, trade ... was just $2 billion",
# "Amid potential sanctions, Turkey's imports ... hit") leaves the amount alone
_POTENTIAL_IS_AMOUNT_GAP_RE = re.compile(
    r"(?:\s++(?:for|of|in|between|with|to)\b(?:(?!\b(?:but|while|whereas|although|though|was|were|is|are|has|have|had|"
    r"reached|rose|grew|hit|totall?ed|stood|fell|invested|amounted|climbed|jumped|lifted|topped)\b)[^,;:.$€£¥₩\d]){0,80}?)?"
    r"\s*+(?:\b(?:(?:is|was|are|were)\s++)?(?:(?:put|estimated|seen|valued|pegged|reckoned)\s++)?(?:at|of|to\s++be|worth)\s++|"
    r"\b(?:is|was|are|were)\s++)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|as\s++much\s++as|up\s++to|more\s++than)\s++)?"
    r"(?:US|U\.S\.|C|A|NZ|HK|S)?\s*+", re.I)
# hard clause breaks for finding an amount's parties: "; but", "–", ", while"
_PARTY_CLAUSE_RE = re.compile(r";|\s[–—]\s|,\s+(?:while|whereas|but|yet|however|where|(?:during|in|at|under)\s+which)\b|\bbut\b")


# "from $3.47 billion a year earlier", "the year before last": a comparison year right after an amount
_EARLIER_AFTER_RE = re.compile(r"\b(?P<two>two\s+years\s+(?:earlier|before|ago)|the\s+year\s+before\s+last)\b|"
                               # "from just $8 billion a decade earlier", "five years before": n years back (figures round L)
                               rf"\b(?:(?P<n>{_num_words(3)}|\d{{1,2}})\s+years|(?P<decade>a|one)\s+decade)"
                               r"\s+(?:earlier|before|ago)\b|"
                               r"\b(?:a|one|the)\s+year\s+(?:earlier|before|ago)|\bthe\s+(?:previous|prior|preceding)\s+(?:(?:fiscal|financial)\s+)?year\b(?!['’])", re.I)


# -- figures session 9 ------------------------------------------------------------------------------------------------
# "fell to $23.69 billion in 2014, the year the sanctions began, from $35.51 billion in 2011", "dropped to $1.63 billion
# from $2.36 billion": a change to an amount (the verb and "to" right before it) ...
_CHANGE_TO_BEFORE_RE = re.compile(rf"\b{_WORDS['change_verb']}\s++(?:by\s++(?:[\w.%-]++\s++){{1,4}}?)?to\s++"
                                  rf"(?:(?:{_HEDGE})\s++)?(?:(?:a|an)\s++)?(?:(?:new|fresh)\s++)?(?:record\s++)?"
                                  rf"(?:US\$|\$|€|£|¥|₩)?$", re.I)
# ... and its base after a later bare "from" (the amount's period and one comma-closed aside may stand between): the
# same money of another time
_FAR_BASE_GAP_RE = re.compile(rf"(?:\s++(?:in|for|during)\s++(?:the\s++)?(?:(?:first|second|third|fourth)\s++(?:quarter|half)\s++"
                              rf"(?:of\s++)?)?(?:19|20)\d\d|\s++(?:last|this)\s++year)?(?:\s*+,[^;,$€£¥₩()]{{1,100}}+,)?"
                              rf"\s++from\s++(?:(?:a|an|the|its|their)\s++)?(?:(?:record|revised|previous|prior|earlier|all-time|"
                              rf"year-earlier|peak)\s++){{0,2}}(?:(?:high|peak|level|total)\s++of\s++)?(?:(?:{_HEDGE})\s++)?"
                              rf"(?:US\$|\$|€|£|¥|₩)?", re.I)
# "fell to about $575 billion as U.S. imports of Chinese goods dropped": a metric word inside a clause of its own after the
# amount (a subordinator, then that clause's subject) names that clause's money
_SUBORDINATE_GAP_RE = re.compile(rf"[^;,$€£¥₩\d]{{0,40}}?\s{_WORDS['subordinator']}\s++(?:[^\s;,$€£¥₩]++\s++){{1,4}}?", re.I)
# "textiles for re-export", "grown for export": what goods are for, no flow of money
_FOR_EXPORT_BEFORE_RE = re.compile(r"\bfor\s++(?:re-)?$", re.I)
_FOR_EXPORT_CUE_RE = re.compile(r"(?:export|import)\b", re.I)
# "projected to top $13 billion this year after a record $12.5 billion in 2023": an earlier level set against a forecast
# (the base's own past period after it) is what was, not what is forecast
_PAST_BASE_LEAD_RE = re.compile(rf"\b(?:after|from|{_WORDS['compare_prep']})\s++(?:(?:a|an|the|its|their)\s++)?"
                                rf"(?:(?:record|revised|previous|prior|earlier|all-time|year-earlier|peak|strong|weak|mere)\s++){{0,2}}"
                                rf"(?:(?:high|peak|level|total)\s++of\s++)?(?:(?:{_HEDGE})\s++)?(?:US\$|\$|€|£|¥|₩)?$", re.I)
_PAST_PERIOD_AFTER_RE = re.compile(r"\s*+,?\s*+(?:(?:in|during|for)\s++(?:the\s++)?(?:(?:first|second|third|fourth)\s++"
                                   r"(?:quarter|half)\s++(?:of\s++)?)?(?P<y>(?:19|20)\d\d)\b(?!\s*+[-–/]\s*+\d)|"
                                   r"(?:in\s++)?(?P<rel>last\s++year|the\s++(?:previous|prior|preceding)\s++year|"
                                   r"(?:a|one|the)\s++year\s++(?:earlier|before|ago))\b)", re.I)
# "..., the United Arab Emirates $3 billion and Kuwait $4 billion": a country right before an amount (a possessive, a
# hedge between), opening an item of a list with no verb of its own
_GAPPED_BEFORE_AMOUNT_RE = re.compile(rf"(?:['’]s)?\s++(?:(?:a|another|some|its)\s++)?(?:(?:{_HEDGE})\s++)?")
_PRONOUN_PARTNER_AFTER_RE = re.compile(r"[\w-]++\s++(?:to|from|into)\s++(?:it|them)\b", re.I)
_COLON_GAP_RE = re.compile(r"[^.;:$€£¥₩\d]{0,80}")  # "$24 billion| in Chinese pledges|: $15 billion ..."
_COMBINED_BEFORE_RE = re.compile(rf"\b(?:a\s++|the\s++|their\s++)?(?:combined|total\s++of|joint)\s++(?:(?:{_HEDGE})\s++)?$", re.I)
_GAPPED_VERB_BEFORE_RE = re.compile(rf"\b{_WORDS['gives']}\w*\s++(?:the\s++)?$", re.I)  # "pledged Kenya $5 billion"
_GAPPED_LEAD_RE = re.compile(r"(?:,|\band|\bwhile|\bby)\s++(?:the\s++)?$", re.I)
_GAPPED_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|received|receives|got|gets)\b", re.I)
# "in the first three quarters", "in the first half", "in the first quarter of this year": the months from January
_FIRST_QUARTERS_RE = re.compile(r"\b(?:in|over|during|for)\s++the\s++first\s++(?:(?P<n>two|three|2|3)\s++quarters|(?P<q>quarter)|"
                                r"(?P<half>half))(?:\s++of\s++(?:(?P<this>the\s++year|this\s++year)|(?P<last>last\s++year)|(?P<y>(?:19|20)\d\d)))?\b", re.I)
# "imported $505 billion worth of Chinese goods in 2017 and exported $130 billion": a second flow verb of the same subject
_FLOW_VERB_RE = re.compile(r"(?:export|import|purchas)(?:ed|es|s)\b|(?:shipped|ships|sold|sells|bought|buys)\b", re.I)
_COORD_PREDICATE_GAP_RE = re.compile(r"(?:\s++(?:worth\s++)?(?:of\s++)?(?:[\w'’-]++\s++){0,4}?[\w'’-]++)?(?:\s++(?:in\s++(?:19|20)\d\d|last\s++year))?"
                                     r"(?:\s*+,)?\s++(?:and|but|while)\s++(?:(?:also|only|then)\s++)?", re.I)
# "Interest on Kenya's $1 billion loan from China": the possessive right before the amount owns the money, whatever
# preposition stands before it
_OWNER_OF_AMOUNT_GAP_RE = re.compile(r"(?:['’]s|['’])\s*+")
# -- review of figures session 9 -----------------------------------------------------------------------------------------
# "foreign direct investment| from South Korea": the cut ignored phrase goes on with "from" and a named place (not "from
# abroad", "from overseas")
_CUT_FROM_NAMED_RE = re.compile(r"\s*+from\s++(?:the\s++)?(?-i:[A-Z])")
# "China lent Kenya $3 billion ..., and Uganda $1 billion": the verbs of giving a recipient right after them, beyond the
# "gives" stems
_GAPPED_LEND_BEFORE_RE = re.compile(r"\b(?:lent|lends?|lending|loaned|loans|grant(?:s|ed)?|award(?:s|ed))\s++(?:the\s++)?$", re.I)
# a gapped giver only after a verb of giving or pledging before the amount of the list's first item
_GAPPED_GIVER_VERB_RE = re.compile(rf"\b{_WORDS['gives']}\w*\b", re.I)  # not "invested $5 billion in Kenya, and Uganda $2 billion"
# "China has pledged $24 billion ...: $15 billion has already been disbursed", "it has so far disbursed $7 billion", "of
# that, $4 billion arrived in 2023": a part told as paid out is no pledge
_ACTUAL_PART_RE = re.compile(r"\b(?:already|so\s+far|to\s+date|disburs(?:ed|ing)|arrived|delivered|spent|paid|released|"
                             r"received|handed\s+over|transferred)\b", re.I)
# the parts of a pair's trade in the sentence after it: only when that sentence names the pair's trade ("the two
# countries", "bilateral")
_PARTS_PAIR_RE = re.compile(r"\b(?:the\s+two\s+(?:countries|nations|neighbou?rs|sides|economies)|both\s+(?:countries|nations|"
                            r"sides)|bilateral)\b", re.I)
# "He announced $500 million in aid from Japan": the country after "from" gives, whoever announces
_FROM_GIVER_BEFORE_RE = re.compile(r"\bfrom\s++(?:the\s++)?$", re.I)
_PARTS_IMPORT_RE = re.compile(r"\bimport", re.I)
_PARTS_EXPORT_RE = re.compile(r"\bexport", re.I)
_COLON_APART_RE = re.compile(r"\s*+(?:separately|meanwhile|in\s+addition|besides|also|elsewhere)\b", re.I)
_ITEM_END_RE = re.compile(r",|;|\s(?:and|while|but)\s", re.I)
# "the first two quarters of next year", "of fiscal 2024", "of the current fiscal year": periods the resolver of years
# and fiscal years reads, not the months from January of a calendar year
_FIRST_QUARTERS_SKIP_RE = re.compile(r"\s++of\s++(?:next\s++year|the\s++(?:next|coming|current\s++fiscal|fiscal|financial)\b|"
                                     r"(?:fiscal|financial|FY)\b|FY\d)", re.I)


def _past_period_after(sentence: str, b: int, published: dt.date | None) -> bool:
    """Whether the amount ending at ``b`` is followed by a period before the publication year ("in 2023", "last year",
    "a year earlier").

    >>> _past_period_after("after a record $12.5 billion in 2023.", 28, dt.date(2024, 3, 1))
    True
    >>> _past_period_after("after a record $12.5 billion in 2025.", 28, dt.date(2024, 3, 1))
    False"""
    m = _PAST_PERIOD_AFTER_RE.match(sentence, b)
    if m is None:
        return False
    if m.group("rel"):
        return True
    return published is not None and int(m.group("y")) < published.year

def _years_before(d: dt.date, n: int = 1) -> dt.date:
    """the same day n years before (29 February: the 28th)"""
    return d.replace(year=d.year - n, day=min(d.day, 28) if d.month == 2 else d.day)


def _months_before(d: dt.date, n: int) -> dt.date:
    """the first day of the month n months before d's month"""
    m = d.year * 12 + d.month - 1 - n
    return dt.date(m // 12, m % 12 + 1, 1)


# "from $30 billion in the previous quarter", "from $33 billion in the preceding three months", "from $31 billion three
# months earlier": the base of a change is the stretch right before the amount's own (review of round L, finding 2)
_SEQUENTIAL_BASE_AFTER_RE = re.compile(r"\s*+,?\s*+(?:(?:in|during)\s++)?(?:the\s++)?(?:previous|preceding|prior)\s++"
                                       r"(?:quarter|half|(?:three|six|3|6)\s++months|month)\b"
                                       r"|\s*+,?\s*+(?:three|six|3|6)\s++months\s++(?:earlier|before)\b", re.I)


def _earlier_years(m: re.Match) -> int:
    """how many years back an _EARLIER_AFTER_RE match counts: "a year earlier" 1, "the year before last" 2, "a decade
    earlier" 10, "five years before" 5"""
    if m.group("two"):
        return 2
    if m.group("decade"):
        return 10
    if m.group("n"):
        return _WORD_NUM.get(m.group("n").lower()) or int(m.group("n"))
    return 1


# small patterns of the rules below, compiled once (the package is near Python's 512-pattern cache)
_TO_GAP_RE = re.compile(r"\s+to\s+")
# "from just over $31 billion in 2022 to $40 billion by 2030": the base's year between the two ends (figures round J)
_TO_GAP_DATED_RE = re.compile(r"(?<!\s)\s++(?:(?:in|for)\s++(?:(?:fiscal|FY)\s*+)?(?:19|20)\d\d|(?:last|this)\s++year|a\s++year\s++(?:ago|earlier))"
                              r"\s++to\s++", re.I)
_ALREADY_RE = re.compile(r"\balready\b", re.I)
_AND_GAP_RE = re.compile(r"\s+and\s+")
_BETWEEN_END_RE = re.compile(r"\bbetween\s+$", re.I)
_SOFT_BREAK_RE = re.compile(r"[,;:(]|\s[–—]\s")
_HARD_BREAK_RE = re.compile(r"[;:(]|\s[–—]\s")
_PERCENT_AFTER_RE = re.compile(r"\s*(?:%|percent|per\s+cent)")
_SHORT_LEAD_RE = re.compile(r"\s*(?:,\s*)?(?:[\w-]+\s+){0,7}")
_SUPPLY_WORD_RE = re.compile(r"suppl|ship|sent|send", re.I)
_POSSESSIVE_GAP_RE = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?")
_COMPANY_BREAK_RE = re.compile(r"[;:]|,\s+(?:while|but|and)\b")
_IN_PLACE_END_RE = re.compile(r"\bin\s+(?:(?:its|their|a|an|the)\s+(?:new\s+)?)?(?:[A-Z][\w.-]*,?\s+){0,3}?$")
_BETWEEN_WORD_RE = re.compile(r"\bbetween\b", re.I)
_LAST_WORD_RE = re.compile(r"\w+$")
_FROM_WORD_RE = re.compile(r"\bfrom\s")
_FROM_SHORT_RE = re.compile(r"from\s+\S+(?:\s+\S+){0,3}")
# ("from $7 billion in 2023 to $15 billion": the base's year may stand before "to")
_TO_NUMBER_AFTER_RE = re.compile(r"(?:\s++(?:(?:in|for)\s++(?:19|20)\d\d|(?:last|this)\s++year))?\s+to\s+\D{0,4}\d")
_COORD_LEAD_RE = re.compile(r"\s*+(?:,\s*+)?(?:(?:and|or|while)\s*+)?(?:[\w-]+\s++){0,9}$")
_IN_OF_GAP_RE = re.compile(r"\s+(?:in|of|worth\s+of)\s+(?:the\s+)?")
_DASH_GAP_RE = re.compile(r"\s*(?:-|–|/)\s*")
_AND_THE_GAP_RE = re.compile(r"\s*and\s+(?:the\s+)?")
_THERE_RE = re.compile(r"\bthere\b")
_INVESTORS_RE = re.compile(r"investors?\b")
_OUR_BEFORE_RE = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}$")


@functools.lru_cache(maxsize=None)
def _prep_end_re(words: str) -> re.Pattern:
    """One of ``words`` ("to|into"), maybe with "the", ending the text: compiled once per word list."""
    return re.compile(rf"\b({words})\s+(?:the\s+)?$", re.I)


def _prep_before(sentence: str, pos: int, words: str, reach: int = 10) -> str | None:
    """The word of ``words`` that stands right before ``pos`` (with "the" between, or not), lower-cased, else None;
    only the ``reach`` characters before ``pos`` are read.

    >>> _prep_before("exports to the United States", 15, "to|into")
    'to'
    >>> _prep_before("Japan's exports", 0, "to|into") is None
    True"""
    m = _prep_end_re(words).search(sentence, max(0, pos - reach), pos)
    return m.group(1).lower() if m else None


def _drop_undated_repeats(rows: list[dict]) -> list[dict]:
    """A goal or forecast named once without its year and again with it is one figure: "can hit their goal of $30
    billion earlier than planned ... 'lifting trade to $30 billion by 2025'" keeps the dated one.

    >>> a = {"metric": "trade", "reporter_iso3": "RUS", "partner_iso3": "IND", "value": 3e10, "currency": "USD",
    ...      "qualifier": "target", "period_start": None}
    >>> b = dict(a, reporter_iso3="IND", partner_iso3="RUS", period_start="2025-01-01")
    >>> [r["period_start"] for r in _drop_undated_repeats([a, b])]
    ['2025-01-01']
    >>> len(_drop_undated_repeats([a, dict(b, qualifier="actual")]))
    2"""
    def key(r):
        return (r["metric"], frozenset((r["reporter_iso3"], r["partner_iso3"])), r["value"], r["currency"], r["qualifier"])
    dated = {key(r) for r in rows if r["period_start"] is not None and r["qualifier"] in ("target", "forecast")}
    return [r for r in rows if not (r["period_start"] is None and r["qualifier"] in ("target", "forecast") and key(r) in dated)]


def _subject_or_pair(sentence: str, countries: list[tuple[int, int, str]]) -> bool:
    """True when the countries (start, end, ISO3; in order) hold a subject or a pair of a figure: one not right after a
    preposition ("Vietnam's trade with China"), one after "between" ("between Vietnam and Thailand"), one after "from" with
    the next right after "to"/"into"/"in" ("exports from Poland to France"); not destinations or sources alone ("exports
    to China ..., while exports to the United States ...")."""
    for i, (start, end, _iso) in enumerate(countries):
        prep = _prep_before(sentence, start, _PREP_WORDS + "|between", 14)
        if prep in (None, "between"):
            return True
        if prep == "from" and i + 1 < len(countries) and _FROM_TO_GAP_RE.fullmatch(sentence, end, countries[i + 1][0]):
            return True
    return False


# A "sentence" longer than this (a list, a table pasted as prose, hostile input) is read in pieces of at most this
# many characters, cut at a clause break: every per-amount step looks at its sentence, so one sentence of 100 KB
# with thousands of amounts made the figures pass quadratic or cubic in the amounts (review of round K, finding 15).
# Money sentences over 600 characters in the KCNA 2011-12/2024, Wikinews and Kremlin corpora and the gold texts: 51,
# all lists of names and bodies; none holds a figure.
_WINDOW = 800
_WINDOW_BREAK_RE = re.compile(r"[;,]\s|\s")


def _windows(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sentences`` with every span longer than ``_WINDOW`` cut after its last "; " / ", " (else a space) in the second
    half of the window.

    >>> _windows("a, b, c d", [(0, 9)])
    [(0, 9)]
    >>> _windows("xy, " * 500, [(0, 2000)])
    [(0, 800), (800, 1600), (1600, 2000)]
    """
    out = []
    for s, e in sentences:
        while e - s > _WINDOW:
            clause = space = None
            for m in _WINDOW_BREAK_RE.finditer(text, s + _WINDOW // 2, s + _WINDOW):
                if m.group()[0] in ";,":
                    clause = m.end()
                else:
                    space = m.end()
            cut = clause or space or s + _WINDOW
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


# -- figures session 12 ------------------------------------------------------------------------------------------------
# a one-off transfer told as the story's news, with the amount its object ("Saudi Arabia has deposited $5 billion", "has
# paid Singapore S$102.8 million", "has written off some $865 million"): a present-perfect verb of
# data/lexicons/figure_words.csv done_act at most six words before the amount (no number, currency sign or clause stop
# between); a simple past ("Japan paid $550 million in reparations under a 1956 agreement") or a past perfect may tell
# background history and is left out
_DONE_ACT_BEFORE_RE = re.compile(rf"\b(?:has|have)\s++(?:(?:just|now|also|since|finally|quietly)\s++)?{_WORDS['done_act']}\b"
                                 r"(?:\s++[^\s\d;:$€£¥₩]++){0,6}?\s++(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)
# the same act in the passive after the amount ("$2 billion has been disbursed")
_DONE_ACT_AFTER_RE = re.compile(rf"\s*+(?:[^\s\d;:$€£¥₩]++\s++){{0,3}}?(?:has|have)\s++been\s++"
                                rf"{_WORDS['done_act']}\b", re.I)
# a second amount coordinated with the first under one verb ("for a $400 million loan and a $100 million grant")
_DONE_ACT_COORD_GAP_RE = re.compile(r"[^\d;:.$€£¥₩]{0,40}?\b(?:and|plus|as\s++well\s++as)\s++(?:a|an|another|the)?\s*+"
                                    r"(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)
# a wire dateline of two or more cities ("CAIRO/DUBAI, July 10 (Reuters) -", "DUBLIN/LONDON (Reuters) -"): filed from
# both, no party of the story's money (_DATELINE_RE reads one city only)
_DATELINE_CITIES_RE = re.compile(r"\s*[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:/[A-Z]{3,}(?:[ -][A-Z]{2,})*)+(?:,[^()\n]{1,30}?)?\s*"
                                 r"(?:\([^()]{1,40}\)\s*)?(?:--|—|–|-)\s+")
# aid or investment that several givers put up "between them" ("Saudi Arabia and the UAE pledged $8 billion between them",
# "... $2 billion together"): a sum over givers, no bilateral figure (as "a combined $12 billion" before it)
_SUM_OF_GIVERS_AFTER_RE = re.compile(r"\s*+(?:in\s++(?:[\w-]++\s++){0,2}?)?(?:between|among|amongst)\s++them(?:selves)?\b|"
                                     r"\s*+(?:in\s++(?:[\w-]++\s++){0,2}?)?(?:together|jointly)\b(?!\s++with\b)", re.I)
# "the first visit by an Indian premier in 34 years", "the highest in ten years", "its lowest level in a decade": a count
# back from now after a first, a last or a superlative, never a span still to come (a goal's "in five years" stays)
_IN_YEARS_SPAN_RE = re.compile(r"in\s++(?:the\s++(?:past|last)\s++)?(?:an?|one|\w+|\d{1,3})\s++(?:years?|months?|decades?)"
                               r"(?:['’]?\s++time)?", re.I)
_LOOK_BACK_BEFORE_RE = re.compile(r"\b(?:first|last|only|best|worst|most|least|fewest|\w{2,}est)\b[^;:.$€£¥₩\d]{0,80}+$", re.I)
# a loan's lender named after it as a state lender "of" its country ("a loan of $66 million from the Export-Import Bank of
# China", "$2 billion in credit from the state Development Bank of Brazil"): that country lends, the other borrows
_FROM_LENDER_OF_AFTER_RE = re.compile(rf"[^;:.$€£¥₩\d]{{0,40}}?\bfrom\s++(?:the\s++)?(?:state-owned\s++|state\s++)?"
                                      rf"(?-i:[A-Z])?(?i:{_WORDS['state_lender']})\s++of\s++(?:the\s++)?", re.I)
_RUNNING_TOTAL_RE = re.compile(rf"\b{_WORDS['running_total']}\b", re.I)
_SWAP_WORD_RE = re.compile(r"\bswaps?\b", re.I)  # a swap line anywhere in the sentence: a standing facility, no transfer
_PUBLISHED_TEXT = "\x00published"  # the period of a one-off act told as done: the publication year, not carried on
_PUBLISHED_PART_TEXT = "\x00published part"  # a part of such a sum, in its year (s17-fy, figures_year17.py)

# -- figures session 12, review fixes (reviewer rf) ----------------------------------------------------------------------
# a loan's lender "of" its country only as a bank named right after "from" in the loan's own phrase: no clause stop, no
# report, request or support between ("a loan of $66 million from the Export-Import Bank of China"; the appositive's
# closing comma of ", or about $300 million, from ..." is the only comma allowed); never "officials from the finance
# ministry of Laos said", "a request from the government of Kenya"
_FROM_BANK_OF_AFTER_RE = re.compile(r",?+(?:\s++(?!(?:said|says|told|tells|request\w*|support\w*|protest\w*|appeal\w*|"
                                    r"statement|according|officials?|ministry|government|after|following|repaid|"
                                    r"separate|unlike|instead)\b)[\w'’-]++){0,5}?\s++from\s++(?:the\s++)?"
                                    r"(?:state-owned\s++|state\s++)?(?:Export-Import\s++Bank|Exim\s*+bank|EXIM\s++Bank|"
                                    r"Ex-Im\s++Bank|(?:[A-Z][\w-]*+\s++){0,2}?Development\s++Bank)\s++of\s++(?:the\s++)?",
                                    re.I)
# a coordinated subject of two or more givers before "between them"/"together" ("Norway and Sweden", "Japan, Korea and
# China"): the gap between two country names is "and", "&" or a comma only
_GIVERS_AND_GAP_RE = re.compile(r"\s*+(?:,\s*+(?:and\s++)?|and\s++|&\s*+)(?:the\s++)?$", re.I)
# "in N years" counts back only in the same noun phrase as a first, a last or a superlative with its determiner ("the
# first visit by an Indian premier in 34 years", "its lowest level in a decade", "the highest in ten years"): no comma,
# no "be"/"of"/"in" between, and not a noun phrase that is the object of an infinitive ("to build the longest bridge in
# five years" is a deadline); "invest", "Budapest", "interest" are no superlatives
_LOOK_BACK_NP_RE = re.compile(r"\b(?:the|its|their|his|her|this|[A-Za-z.-]++['’]s)\s++(?:[A-Za-z-]++\s++)?"
                              r"(?:first|last|only|best|worst|highest|lowest|biggest|largest|smallest|strongest|weakest|"
                              r"fastest|slowest|longest|shortest|greatest|deepest|sharpest|steepest|heaviest|busiest|"
                              r"warmest|coldest|hottest|worst|most|least|fewest)\b"
                              r"(?:\s++(?!(?:be|been|of|in)\b)[A-Za-z'’-]++){0,8}\s++$", re.I)
# the appositive before a lender's comma ("40 billion yen, or about $300 million, from ..."), a possessive after a name
_OR_ABOUT_BEFORE_RE = re.compile(r"\bor\s++(?:about|around|some|roughly|nearly|almost|approximately|over|more\s++than)?\s*+"
                                 r"(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)
_POSSESSIVE_AT_RE = re.compile(r"[\w-]*+['’]")
_INFINITIVE_BEFORE_NP_RE = re.compile(r"\bto\s++[A-Za-z-]++\s++(?:(?:the|an?|its|their)\s++)?$", re.I)
# a done act's sum that is a total or a share, not the one transfer: "more than $30 billion", "over $90 billion", "the
# first $500 million of a $2 billion loan" (the loan); and a clause that spreads it over years or repeats it ("over two
# decades", "over the last decade", "every year", "in the 2010s", "more than any other donor")
_DONE_TOTAL_BEFORE_RE = re.compile(r"\b(?:more\s++than|over|upwards\s++of|in\s++excess\s++of|of\s++(?:a|an|the|its))\s++"
                                   r"(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)
_DONE_SPREAD_AFTER_RE = re.compile(r"\b(?:over|during|across|in)\s++(?:the\s++)?(?:(?:last|past)\s++)?(?:[\w-]++\s++)?"
                                   r"(?:years|decades?)\b|\b(?:every|each|per)\s++(?:year|month|quarter)\b|"
                                   r"\b(?:annually|yearly)\b|\bin\s++the\s++(?:\d\d)?\d0s\b|"
                                   r"\bmore\s++than\s++any\s++other\b", re.I)
# "$1.3 billion a year" in the amount's own clause ("a month after the earthquakes" is no repeat)
_DONE_A_YEAR_AFTER_RE = re.compile(r"[^,;:.]{0,60}?\ba\s++(?:year|month)\b(?!\s++(?:after|ago|before|later|earlier|of)\b)",
                                   re.I)
# the done verb governs the amount only within one clause: no comma, report or second clause between ("has released a
# report saying Japan gave Kenya $300 million", "has paid its dues, and Japan gave it ...")
_DONE_GAP_BREAK_RE = re.compile(r",|\b(?:and|but|while|saying|said|says|that|which|who|report\w*|after|before)\b", re.I)


# a loan, grant, credit line or deal signed as the story's news (the lead's convention of session 12, commit 7654552: "signed
# agreements on Thursday for a $400 million loan", "has signed loans worth 61 billion yen", "signed a deal worth $25
# billion"): the subject signed the document whose amount follows within one clause; a document "signed in 2016" after
# its noun, "will sign", "plan to sign" are no such act
_SIGNED_ACT_BEFORE_RE = re.compile(r"(?<!\bto\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bsigned\s++(?:(?:an?|the|two|three|four|"
                                   r"several|new|\d{1,2})\s++)?(?:[\w-]++\s++){0,3}?(?:loans?|grants?|credits?|deals?|"
                                   r"agreements?|contracts?|accords?|pacts?)\b(?:\s++(?!(?:said|says|that|which|and|but|"
                                   r"while|after|since|under|to)\b)[^\s\d,;:$€£¥₩]++){0,7}?(?:,\s*+worth)?\s++"
                                   r"(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)


# the same signing with the amount written before the document it is the value of (figures session 13): "Poland signed a
# $4.75 billion agreement with the United States", "India signed a 7.87-billion-euro deal", "Ghana signed a $498 million
# grant agreement"; not "was signed", "to be signed", "has yet to sign", nor a document named later in another clause
_SIGNED_ADJ_BEFORE_RE = re.compile(r"(?<!\bto\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bsigned\s++(?:an?|the|its|their)\s++"
                                   r"(?:(?:new|first|second|landmark|historic|long-awaited|much-awaited|long-delayed|"
                                   r"[\d-]++-year)\s++)?"
                                   r"(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)
_SIGNED_ADJ_AFTER_RE = re.compile(r"[\s-]*+(?:\([^()]{0,40}+\)\s*+)?(?:[\w-]++\s++){0,3}?(?:loans?|grants?|credits?|deals?|agreements?|contracts?|"
                                  r"accords?|pacts?|arrangements?)\b", re.I)


# the document an amount written before it is the value of ("a $2.5 billion agreement", "a 7.87-billion-euro accord"): a
# firm's when a firm signs it, as the contract rule of _figure reads "a $1.1 billion contract" (figures session 13)
_AGREEMENT_AFTER_RE = re.compile(r"[\s-]*+(?:\([^()]{0,40}+\)\s*+)?(?:(?-i:[a-z][\w-]*+)[\s-]++)?(?:agreements?|accords?|arrangements?|pacts?)\b", re.I)


def _signed_adjective_act(sentence: str, head: int, b: int) -> bool:
    """"signed a $4.75 billion agreement": the amount at [head, b) is the value of a document signed as the news."""
    return bool(_SIGNED_ADJ_BEFORE_RE.search(sentence, max(0, head - 40), head) and _SIGNED_ADJ_AFTER_RE.match(sentence, b))


def _coordinated_givers(sentence: str, a: int, mentions, s: int) -> bool:
    """Two or more countries named as one coordinated subject before the amount at ``a`` ("Norway and Sweden pledged ...")."""
    names = sorted((m.start - s, m.end - s, m.iso3) for m in mentions if m.kind == "country" and 0 <= m.start - s < a)
    for (s1, e1, i1), (s2, e2, i2) in zip(names, names[1:]):
        if i1 != i2 and _GIVERS_AND_GAP_RE.match(sentence[e1:s2]):
            return True
    return False


def _look_back_np(sentence: str, start: int) -> bool:
    """"in N years" at ``start`` in one noun phrase with a first, a last or a superlative (review fixes, s12)."""
    m = _LOOK_BACK_NP_RE.search(sentence, max(0, start - 80), start)
    return bool(m and not _INFINITIVE_BEFORE_NP_RE.search(sentence, max(0, m.start() - 30), m.start()))


def _spread_after(sentence: str, b: int) -> bool:
    """A spread over years after ``b`` ("over two decades", "every year"), not a count back after a superlative ("its
    biggest defence purchase in years": the size of the deal, no spread; figures session 13)."""
    spread = _DONE_SPREAD_AFTER_RE.search(sentence, b)
    while spread is not None and spread.group().lower().startswith("in") and _look_back_np(sentence, spread.start()):
        spread = _DONE_SPREAD_AFTER_RE.search(sentence, spread.end())
    return spread is not None


def _done_act_blocked(sentence: str, a: int, b: int, head: int) -> bool:
    """A done act's amount that is a total, a share, spread over years, or governed across a clause (review fixes)."""
    total = _DONE_TOTAL_BEFORE_RE.search(sentence, max(0, a - 25), a)
    if total and not total.group().lower().startswith("of") and not _DONE_ACT_BEFORE_RE.search(sentence, max(0, head - 100), head):
        total = None  # "signed loans worth more than 61 billion yen": one signing, a round figure, no total
    if total or _spread_after(sentence, b) \
            or _DONE_A_YEAR_AFTER_RE.match(sentence, b):
        return True
    verb = _DONE_ACT_BEFORE_RE.search(sentence, max(0, head - 100), head)
    return bool(verb and _DONE_GAP_BREAK_RE.search(sentence, verb.start(), head))


def _done_act_period(sentence: str, a: int, b: int, seg_lo: int, seg_hi: int, coord_starts: list[int],
                     published: dt.date | None) -> DateSpan | None:
    """The publication year for an amount at [a, b) that a one-off transfer told as done moves, with no period of its own
    (the lead's convention of session 12, tests/gold/README.md); None when the sum is a total, a stock or a level
    (figure_words.csv running_total in its clause) or no such act governs it. ``coord_starts`` are the starts of the
    amounts before it in the sentence, nearest last ("a $400 million loan and a $100 million grant" share the verb).

    >>> _done_act_period("Riyadh has deposited $5 billion with Egypt's central bank.", 21, 31, 0, 59, [], dt.date(2022, 3, 30)).end
    datetime.date(2022, 12, 31)
    >>> _done_act_period("Riyadh has already deposited $5 billion.", 29, 39, 0, 40, [], dt.date(2022, 3, 30)) is None
    True
    """
    if published is None or _RUNNING_TOTAL_RE.search(sentence, seg_lo, seg_hi) or _SWAP_WORD_RE.search(sentence):
        return None
    head = a
    for start in reversed(coord_starts):
        # walk back over coordinated amounts to the verb that governs the first of them
        if not _DONE_ACT_COORD_GAP_RE.search(sentence, max(0, head - 60), head):
            break
        head = start
    if not (_DONE_ACT_BEFORE_RE.search(sentence, max(0, head - 100), head) or _DONE_ACT_AFTER_RE.match(sentence, b)
            or _SIGNED_ACT_BEFORE_RE.search(sentence, max(0, head - 120), head)  # a signing (s12, commit 7654552)
            or _signed_adjective_act(sentence, head, b)):  # "signed a $4.75 billion agreement" (session 13)
        return None
    if _done_act_blocked(sentence, a, b, head):
        return None  # "has paid more than $90 billion", "... over two decades", "a report saying ..." (review fixes, s12)
    return DateSpan(dt.date(published.year, 1, 1), dt.date(published.year, 12, 31), "year", _PUBLISHED_TEXT)


# s21: a possessive after "in" that owns a noun of record or view ("in Australia's history", "in China's interest")
_IN_OWNERS_NOUN_RE = re.compile(r"['’]s?\s+(?:own\s+)?(?:history|record|interests?|favou?r|name|view|eyes|words|opinion)\b", re.I)

_clause_cache: list = [None, []]


def _clause_bounds(sentence: str, a: int, b: int) -> tuple[int, int]:
    """The clause an amount at [a, b) sits in: "X; but Russian investment in Kazakhstan is $7 billion"."""
    if _clause_cache[0] != sentence:
        # the sentence's clause breaks once, not once per amount (review of round K, finding 15)
        _clause_cache[:] = [sentence, [(m.start(), m.end(), m.group().strip()) for m in _PARTY_CLAUSE_RE.finditer(sentence)]]
    breaks = _clause_cache[1]
    lo = 0
    for m_start, m_end, word in breaks:
        if m_end > a:
            if m_start < a:  # a break running past the amount's start: read as before, within [0, a)
                for m in _PARTY_CLAUSE_RE.finditer(sentence, m_start, a):
                    if sentence[m.end():a].strip() or not m.group().strip() in ("–", "—"):
                        lo = m.end()
            break
        if sentence[m_end:a].strip() or word not in ("–", "—"):
            lo = m_end  # but "nearly $90 billion – $87 billion" is one clause: a dash right before the amount
    nxt = next((x for x in breaks if x[0] >= b), None)
    if nxt is not None and any(x[0] < b < x[1] for x in breaks):
        nxt = _PARTY_CLAUSE_RE.search(sentence, b)  # a break running over the amount's end: search from the end
        return lo, (nxt.start() if nxt else len(sentence))
    return lo, (nxt[0] if nxt else len(sentence))


_CLAUSE_START_RE = re.compile(r",|;|\(|\bbecause\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsince\b")


@dataclass
class Amount:
    start: int
    end: int
    value: float
    low: float
    high: float
    currency: str | None
    text: str
    bare: bool = False  # no currency written ("87 billion"): the currency is the article's
    usd: float | None = None  # the same sum restated in dollars ("5 trillion yen ($42 billion)"): its dollar value


def _first_written(first: Amount, second: Amount, start: int, end: int) -> Amount:
    """One sum told in two currencies, over [start, end): the first written, with the dollar one's value as ``usd``
    (figures session 12).

    >>> a = _first_written(Amount(0, 16, 5e12, 5e12, 5e12, "JPY", "5 trillion yen"), Amount(18, 30, 4.2e10, 4.2e10, 4.2e10,
    ...                    "USD", "$42 billion"), 0, 31)
    >>> (a.value, a.currency, a.usd, a.end)
    (5000000000000.0, 'JPY', 42000000000.0, 31)
    """
    usd = first.value if first.currency == "USD" else second.value if second.currency == "USD" else first.usd
    return Amount(start, end, first.value, first.low, first.high, first.currency, first.text, first.bare, usd)


def _split_from_to(sentence: str, offset: int, amt: "Amount") -> list["Amount"]:
    """"from $2 billion to $5 billion" is a change, two amounts, not a range.

    >>> [(a.text, a.value) for a in _split_from_to("grow from $2 billion to $5 billion", 0,
    ...                                          Amount(10, 34, 3.5e9, 2e9, 5e9, "USD", "$2 billion to $5 billion"))]
    [('$2 billion', 2000000000.0), ('$5 billion', 5000000000.0)]
    """
    sep = _TO_GAP_RE.search(amt.text)
    if sep is None or amt.low == amt.high or not _FROM_BEFORE_RE.search(sentence[:amt.start - offset]) \
            or _RANGE_FROM_BEFORE_RE.search(sentence, max(0, amt.start - offset - 40), amt.start - offset):
        return [amt]  # "estimates range from $8 billion to $8.6 billion": a range
    second = amt.start + sep.end()
    return [Amount(amt.start, amt.start + sep.start(), amt.low, amt.low, amt.low, amt.currency, amt.text[:sep.start()], amt.bare),
            Amount(second, amt.end, amt.high, amt.high, amt.high, amt.currency, amt.text[sep.end():], amt.bare)]


class FigureExtractor:
    """``extract(article_id, text, sentences, mentions, published, url, home_iso3)`` -> figures rows."""

    _carry: DateSpan | None = None
    _carry_text = "\x00carried"
    _last_qualifier: str | None = None
    _last_metric: str | None = None
    _reach_metric: str | None = None
    _clause_end: int | None = None
    _last_parties: tuple[str, str] | None = None
    _earlier_peak = False
    _title_bloc = False
    _since_figure = 99
    _source_estimate = False
    _metric_sense = ""  # figure_cues.csv sense of the metric cue _metric chose
    _cue_cache: tuple = (None, [])
    _firm_cache: tuple = (None, [])
    _party_cache: tuple = (None, [], set())
    _phrase_cache: tuple = (None, None)
    _north_voice = False  # the story speaks with the North's voice (korea_markers.csv "voice")
    _pred_lo = -1  # where the predicate of the amount being read starts, when after an earlier amount's (_qualifier)
    _lead_estimate: tuple | None = None  # (sentence index, parties) of figures a source reckoned itself
    _since_aid = 99
    _news_sum: tuple | None = None
    _index = 0
    _last_row: dict | None = None
    _prev_opening: str | None = None  # the country the sentence before opened with

    def __init__(self, dates: DateResolver, lexdir=None):
        lex = lexicon_dir() if lexdir is None else lexdir
        self._lexdir = lexdir  # the folder the session 13-14 modules read their words from (None: the one in force)
        self.dates = dates
        # state of the article being read, set again by extract (one dict and list per extractor, never shared)
        self._pairs: dict[tuple[str, str], list] = {}  # two countries named together -> [times, first sentence, rank]
        self._article_countries: list[str] = []
        self._first_named: list[str] = []  # the article's countries in the order they are first named
        self._sentence_countries: list[str] = []  # the countries of the sentence being read, in order
        self._sentence_rows: dict[int, dict] = {}  # amount index -> its figure row, in the sentence being read
        self._title_mentions = None  # [title, its mentions or a function finding them], then (its countries,) once read
        self._horizon_texts: set[str] = set()  # "over the next five years": the texts of spans that give no year
        cur_rows = read_rows(lex / "currencies.csv", ("currency", "position", "pattern"),
                             {"position": ("prefix", "suffix")})
        for r in cur_rows:  # "Hong Kong SAR 2024", "the 2023 COP summit": a bare ISO code only with a scale or decimals
            r["pattern"] = r["pattern"].replace("<SCALED>", _CODE_SCALED_AFTER).replace("<AFTER_SCALED>", _CODE_SCALED_BEFORE)
        scale_rows = read_rows(lex / "scales.csv", ("word", "multiplier"))
        self.scales = {r["word"].lower(): float(r["multiplier"]) for r in scale_rows}
        scale_alt = "|".join(sorted((re.escape(w) for w in self.scales), key=len, reverse=True))
        self.prefix = [(r["currency"], r["pattern"]) for r in cur_rows if r["position"] == "prefix"]
        self.suffix = [(r["currency"], r["pattern"]) for r in cur_rows if r["position"] == "suffix"]
        pre = "|".join(f"(?P<p{i}>{p})" for i, (_c, p) in enumerate(self.prefix))
        suf = "|".join(f"(?P<s{i}>{p})" for i, (_c, p) in enumerate(self.suffix))
        num = rf"(?P<n1>{_NUM})(?:\s*(?P<sc1>{scale_alt})\b)?(?:\s*(?P<sep>-|–|—|to|or)\s*(?:{pre.replace('(?P<p', '(?P<q')})?\s*(?P<n2>{_NUM}))?"
        scale = rf"(?:\s*(?P<sc>{scale_alt})\b\.?)?"
        self.suffix_head_re = re.compile(rf"(?:{'|'.join(p for _c, p in self.suffix)})", re.I)  # _unhyphen_amounts
        self.amount_res = [
            re.compile(rf"(?<![\w$€£¥₩])(?:{pre})\s*{num}{scale}(?:\s+(?:{suf}))?", re.I),
            re.compile(rf"(?<![\w.,$€£¥₩]){num}{scale}\s*(?:{suf})", re.I),
        ]
        # perf s18: how far before its number's first digit a match of each amount pattern can start (`_amount_starts`):
        # a currency prefix of at most this many characters and then spaces; the second pattern opens with the number
        prefix_width = max_width(rf"(?:{pre})", re.I)
        self._amount_lead = [prefix_width, 0]
        # "one billion U.S. dollars": the same patterns with a spelled-out number, tried only where one stands before a scale
        spelled = num.replace(f"(?P<n1>{_NUM})", f"(?P<n1>{_SPELLED_NUM})", 1)
        self.spelled_res = [
            re.compile(rf"(?<![\w$€£¥₩])(?:{pre})\s*{spelled}{scale}(?:\s+(?:{suf}))?", re.I),
            re.compile(rf"(?<![\w.,$€£¥₩]){spelled}{scale}\s*(?:{suf})", re.I),
        ]
        # "87 billion", "65–67 billion", "27.5 [billion]": no currency written
        self.bare_re = re.compile(rf"(?<![\w.,$€£¥₩])(?P<n1>{_NUM})(?:\s*(?:-|–|—)\s*(?P<n2>{_NUM}))?\s*\[?(?P<sc>billion|trillion|bln|bn)\b\]?"
                                  rf"(?!\s*(?:{suf}))", re.I)
        givers = [r["pattern"] for r in read_rows(lex / "private_givers.csv", ("pattern",))] \
            if (lex / "private_givers.csv").is_file() else []
        self.private_giver_re = re.compile(_PRIVATE_GIVER_FMT.format("|".join(givers) or r"(?!x)x"), re.I)
        cue_rows = read_rows(lex / "figure_cues.csv", ("kind", "value", "weight", "pattern"), {"kind": CUE_KINDS})
        for r in cue_rows:
            r["pattern"] = _fill_placeholders(r["pattern"])
        for r in cue_rows:
            if r["kind"] == "metric" and r["value"] not in METRICS:
                raise ValueError(f"figure_cues.csv: metric {r['value']!r} not in {METRICS}")
            if r["kind"] == "qualifier" and r["value"] not in QUALIFIERS:
                raise ValueError(f"figure_cues.csv: qualifier {r['value']!r} not in {QUALIFIERS}")
        for r in cue_rows:
            if r.get("sense", "") not in CUE_SENSES:
                raise ValueError(f"figure_cues.csv: sense {r['sense']!r} not in {CUE_SENSES}")
        # (metric, pattern, weight, sense): sense "weak" describes the money without naming it, "loan" is a loan
        self.metric = [(r["value"], re.compile(r["pattern"], re.I), float(r["weight"]), r.get("sense", ""))
                       for r in cue_rows if r["kind"] == "metric"]
        self._max_cue_weight = max((w for _v, _rx, w, _s in self.metric), default=1.0)
        self.party_phrases = [(re.compile(re.escape(r["phrase"]).replace(r"\ ", r"\s+"), re.I), r["reporter_iso3"],
                               r["partner_iso3"])
                              for r in read_rows(lex / "party_phrases.csv", ("phrase", "reporter_iso3", "partner_iso3"))]
        # one pass to see whether any pair phrase occurs at all (most articles have none)
        self.party_any = re.compile("|".join(rx.pattern for rx, _r, _p in self.party_phrases) or r"(?!)", re.I)
        self.qualifier = [(r["value"], re.compile(r["pattern"], re.I)) for r in cue_rows if r["kind"] == "qualifier"]
        # companies whose money, invested abroad, is their home country's ("Hyundai Motor was ready to invest 27 billion
        # rubles in a plant in St. Petersburg", "Toyota will invest $1 billion in India"); registry organisations count too.
        # One named group per home country: the match's lastgroup is its ISO3 code.
        firms: dict[str, list[str]] = {}
        for r in read_rows(lex / "companies.csv", ("iso3", "source", "pattern")):
            firms.setdefault(r["iso3"], []).append(r["pattern"])
        self.company_re = re.compile("|".join(rf"(?P<{iso}>\b(?:{'|'.join(names)})\b)" for iso, names in firms.items()))
        # loans that are no state lending: business loans, an international body's loans (figures session 7)
        self.loan_kinds = [(r["kind"], int(r["window"]), re.compile(r["pattern"], re.I))
                           for r in read_rows(lex / "figure_loans.csv", ("kind", "window", "comment", "pattern"),
                                              {"kind": ("commercial", "multilateral")})]
        self.approx = [re.compile(r["pattern"], re.I) for r in cue_rows if r["kind"] == "approx"]
        self.record = [re.compile(r["pattern"], re.I) for r in cue_rows if r["kind"] == "record"]
        self.ignore = [re.compile(r["pattern"], re.I) for r in cue_rows if r["kind"] == "ignore"]
        # "trade among the three countries", "trilateral trade": summed over more than two countries
        self.multi_re = re.compile("|".join(f"(?:{r['pattern']})" for r in cue_rows if r["kind"] == "multi") or r"(?!x)x", re.I)
        blocs = "|".join(f"(?:{r['pattern']})" for r in cue_rows if r["kind"] == "bloc") or r"(?!x)x"
        # a bloc on either side of a figure: "with the EU", "to Africa", "ASEAN countries' trade"
        # ("Nigeria, Africa's largest oil producer", "from Asia's fourth-largest economy": a superlative after the
        # possessive describes one country, no bloc; figures round K)
        self.bloc_re = re.compile(rf"(?:\b(?:with|to|from|into|and)\s+(?:{blocs})(?!{_SUPERLATIVE_AFTER})|"
                                  rf"(?:{blocs})(?:'s|’s|'|’)\s(?!{_SUPERLATIVE}))")
        self.quick = re.compile(r"\d")
        econ = read_rows(lexicon_file(lex, "korea_economic_nouns.csv"), ("word",))
        voice = [r["pattern"] for r in read_rows(lexicon_file(lex, "korea_markers.csv"), ("kind", "pattern"))
                 if r["kind"] == "voice"]
        self.korea_voice_re = re.compile("|".join(voice) or r"(?!)")
        self.korean_re = re.compile(_KOREAN_FMT.format(nouns=alternation([r["word"] for r in econ])))
        self.fiscal = _fiscal_years(lex)  # ISO3 -> (first month, how one year names it)
        # "Indo-Bangladesh trade", "Sino-Brazilian": a combining form before a hyphen and a country names the first side
        # (figures session 7, fourth round; figure_country_prefixes.csv)
        prefixes = {r["prefix"].lower(): r["iso3"] for r in
                    read_rows(lex / "figure_country_prefixes.csv", ("prefix", "iso3", "comment"))}
        self.prefix_re = re.compile(rf"\b({alternation(sorted(prefixes))})-(?=[A-Z])", re.I) if prefixes else re.compile(r"(?!)")
        self.country_prefixes = prefixes

    # -- amounts --------------------------------------------------------------------------
    def amounts(self, sentence: str, offset: int = 0, default_currency: str | None = None) -> list[Amount]:
        """Money amounts in ``sentence``: amounts("a record $20 billion") -> [Amount(value=2e10, currency="USD")]."""
        out: list[Amount] = []
        skipped: list[tuple[int, int]] = []
        for m in self._amount_matches(sentence):
            if any(a.start - offset < m.end() and m.start() < a.end - offset for a in out):
                continue  # "$20 billion dollars": the prefix form already took it
            g = m.groupdict()
            currency = None
            for i, (cur, _p) in enumerate(self.prefix):
                if g.get(f"p{i}"):
                    currency = g[f"p{i}"].strip()[:3] if cur == "*" else cur  # "*": the ISO code written ("MYR 91.1 billion")
            unresolved = False
            for i, (cur, _p) in enumerate(self.suffix):
                if g.get(f"s{i}"):
                    if "=" in cur and not currency:
                        # "304 billion riyals" in a Saudi story: a name several countries use, the one of the first-named
                        # country that uses it, in this sentence, else in the article; none of them: the row's "*" code
                        # ("pounds": sterling), else no amount, never a dollar figure (figures round K; by position, not
                        # by mention count, and "rupees", "pounds", "francs" too: review of round K, finding 14)
                        by_iso = dict(x.split("=") for x in cur.split(";"))
                        currency = next((by_iso[c] for c in (*self._sentence_countries, *self._first_named) if c in by_iso),
                                        by_iso.get("*"))
                        unresolved = currency is None
                    currency = currency or (None if "=" in cur else cur)
            if unresolved:
                skipped.append((m.start(), m.end()))
                continue
            amount = self._value(g, m.group().strip(), m.start() + offset, m.end() + offset, currency)
            if amount is not None and amount.text != sentence[m.start():m.end()].strip():
                amount.text = sentence[m.start():m.end()].strip()  # "7.87-billion-euro" as written (_unhyphen_amounts)
            if amount is not None and _YEAR_MONEY_TEXT_RE.fullmatch(m.group().strip()) \
                    and _YEAR_MONEY_BEFORE_RE.search(sentence, max(0, m.start() - 12), m.start()) \
                    and _YEAR_MONEY_NOUN_AFTER_RE.match(sentence, m.end()):
                continue  # "the 1995 peso crisis": a year, no amount (figures session 11)
            if amount is None and g.get("sc1") and g.get("sep") in ("-", "–", "—"):
                # "nearly $90 billion – $87 billion": the speaker corrects himself; keep the second
                st = m.end("sep")
                while st < m.end() and sentence[st].isspace():
                    st += 1
                amount = self._value({"n1": g["n2"], "sc": g.get("sc") or g.get("sc1")}, sentence[st:m.end()].strip(),
                                     st + offset, m.end() + offset, currency)
            if amount is not None:
                out.append(amount)
        if default_currency:
            for m in self.bare_re.finditer(sentence):
                if any(a.start - offset <= m.start() < a.end - offset for a in out) or any(x0 <= m.start() < x1 for x0, x1 in skipped):
                    continue
                if _UNIT_AFTER_RE.match(sentence, m.end()):
                    continue
                if _FOREIGN_MONEY_AFTER_RE.match(sentence, m.end()):
                    continue  # "500 billion Ethiopian birr": money named by a currency no row lists, never dollars
                g = m.groupdict()
                amount = self._value(g, m.group().strip(), m.start() + offset, m.end() + offset, default_currency)
                if amount is not None:
                    amount.currency = default_currency
                    amount.bare = True
                    out.append(amount)
        out.sort(key=lambda a: a.start)
        out = [piece for amt in out for piece in _split_from_to(sentence, offset, amt)]
        out = self._ellipsis(sentence, offset, out)
        if out and out[-1].value >= 1e6:
            # "ASEAN's trade with China comes to $80 billion, and Russia's trade with China comes to a similar figure"
            same = _SAME_AMOUNT_RE.search(sentence, out[-1].end - offset)
            if same and _CLAUSE_BREAK_RE.search(sentence, out[-1].end - offset, same.start()):
                last = out[-1]
                out.append(Amount(same.start() + offset, same.end() + offset, last.value, last.low, last.high, last.currency,
                                  same.group(), True))
        # "between $30 billion and $40 billion": one range
        merged: list[Amount] = []
        for amt in out:
            low_m = _BETWEEN_LOW_RE.search(sentence, 0, amt.start - offset)
            if low_m and amt.low == amt.high and not (merged and merged[-1].end - offset > low_m.start()):
                # "between 10 and 15 billion dollars": the low end borrows the scale of the high one
                scale = amt.value / float(amt.text and _first_number(amt.text) or 1)
                low = _to_float(low_m.group("n")) * scale
                if 0 < low < amt.value:
                    amt = Amount(low_m.start("lo") + offset, amt.end, (low + amt.value) / 2, low, amt.value, amt.currency,
                                 sentence[low_m.start("lo"):amt.end - offset], amt.bare)
            if not low_m and amt.low == amt.high:
                low_s = _BETWEEN_SCALED_LOW_RE.search(sentence, max(0, amt.start - offset - 60), amt.start - offset)
                if low_s and not (merged and merged[-1].end - offset > low_s.start()):
                    # "between 30 billion and 50 billion euros": the low end has its own scale (figures session 11)
                    low = _to_float(low_s.group("n")) * _SCALE_OF[low_s.group("sc").lower()]
                    if 0 < low < amt.value and low * 1000 >= amt.value:  # not "between 2 million and 3 billion" (fix)
                        amt = Amount(low_s.start("lo") + offset, amt.end, (low + amt.value) / 2, low, amt.value, amt.currency,
                                     sentence[low_s.start("lo"):amt.end - offset], amt.bare)
            corr = merged and _CORRECTION_RE.fullmatch(sentence[merged[-1].end - offset:amt.start - offset])
            if corr and corr.group("filler") and _ALREADY_RE.search(corr.group()):
                corr = None  # "$5 billion last year, already $6 billion this year": two periods, no correction
            if corr and merged[-1].currency == amt.currency and not _FILLER_STOP_RE.search(corr.group("filler") or ""):
                merged.pop()  # "about $7.5 billion – it is even $9.5 billion": the corrected amount only
            if (merged and merged[-1].currency == amt.currency
                    and _AND_GAP_RE.fullmatch(sentence[merged[-1].end - offset:amt.start - offset])
                    and _BETWEEN_END_RE.search(sentence[max(0, merged[-1].start - offset - 9):merged[-1].start - offset])
                    and amt.value >= merged[-1].value):
                low = merged.pop()
                merged.append(Amount(low.start, amt.end, (low.value + amt.value) / 2, low.low, amt.high, amt.currency,
                                     sentence[low.start - offset:amt.end - offset], amt.bare))
            else:
                merged.append(amt)
        return self._equivalents(sentence, offset, merged)

    def _amount_matches(self, sentence: str):
        """Matches of the amount patterns; "from 30 billion dollars in 2020 to 40 billion dollars": a year and a
        number joined by "to" are no range, so the second number is tried on its own."""
        spelled = self.spelled_res if _has_spelled(sentence) else []
        sentence = _unhyphen_amounts(sentence, self.suffix_head_re)  # "a 7.87-billion-euro deal" (session 13)
        for rx, lead in (*zip(self.amount_res, self._amount_lead), *((rx, None) for rx in spelled)):
            # perf s18: a pattern with a known lead is tried only where a match can start, near a digit (`_amount_starts`):
            # the same matches as a scan of every position of the sentence, which these long patterns made costly
            found = rx.finditer(sentence) if lead is None else matches_at(rx, sentence, _amount_starts(sentence, lead))
            for m in found:
                if m.group("n2") and m.group("sep") and m.group("sep").lower() == "to" and not m.group("sc1") \
                        and _YEAR_ONLY_RE.fullmatch(m.group("n1")) \
                        and not any(v for k, v in m.groupdict().items() if k.startswith("p")):
                    m2 = rx.match(sentence, m.start("n2"))
                    if m2:
                        yield m2
                    continue
                yield m

    @staticmethod
    def _equivalents(sentence: str, offset: int, out: list[Amount]) -> list[Amount]:
        """One sum written in two currencies is one amount, in the currency written first with its dollar value (figures
        session 12; in dollars before): "1.2 trillion won ($900 million)", "1.3 trillion won, or about $1 billion",
        "$900 million (1.2 trillion won)".

        >>> won = Amount(0, 16, 1.2e12, 1.2e12, 1.2e12, "KRW", "1.2 trillion won")
        >>> usd = Amount(18, 30, 9e8, 9e8, 9e8, "USD", "$900 million")
        >>> [(a.value, a.currency, a.usd, a.end) for a in FigureExtractor._equivalents("1.2 trillion won ($900 million) in 2022", 0, [won, usd])]
        [(1200000000000.0, 'KRW', 900000000.0, 31)]
        >>> len(FigureExtractor._equivalents("1.2 trillion won and $900 million", 0,
        ...     [won, Amount(21, 33, 9e8, 9e8, 9e8, "USD", "$900 million")]))
        2"""
        merged: list[Amount] = []
        for amt in out:
            prev = merged[-1] if merged else None
            if prev is not None and prev.currency != amt.currency and not prev.bare and not amt.bare:
                gap = sentence[prev.end - offset:amt.start - offset]
                close = _EQUIV_CLOSE_RE.match(sentence, amt.end - offset)
                paren = _EQUIV_PAREN_RE.fullmatch(gap) and close
                if paren or _EQUIV_OR_RE.fullmatch(gap):
                    # the first written, with the dollar restatement as its dollar value ("5 trillion yen ($42 billion)":
                    # 5 trillion yen, $42 billion; "382 billion yen, or some 4.1 trillion won": yen; figures session 12,
                    # as the gold reads one sum in two currencies: in the currency given first)
                    end = amt.end + (close.end() - (amt.end - offset) if paren else 0)
                    merged[-1] = _first_written(prev, amt, prev.start, end)
                    continue
                if _EQUIV_DASH_RE.fullmatch(gap) and _EQUIV_DASH_CLOSE_RE.match(sentence, amt.end - offset):
                    # "a line of credit of one billion dollars - 10,000 crore Nepali rupees - for ...": the same sum set off
                    # between dashes in another currency (figures session 9)
                    merged[-1] = _first_written(prev, amt, prev.start, amt.end)
                    continue
                if amt.currency == "USD" and (_EQUIV_WORTH_NEXT_RE.fullmatch(gap) or _EQUIV_INSTRUMENT_GAP_RE.fullmatch(gap)) \
                        and not _EQUIV_TOTAL_AFTER_RE.match(sentence, amt.end - offset):
                    # "an 18 billion yuan currency swap with the People's Bank of China, worth about $2.6 billion": the sum
                    # restated in dollars later in its clause (figures session 11); it stays where the first was written,
                    # so the words between (its metric, its pair) stay outside the amount
                    merged[-1] = _first_written(prev, amt, prev.start, prev.end)
                    continue
                if _SWAP_LEGS_GAP_RE.fullmatch(gap) and _SWAP_BEFORE_RE.search(sentence, max(0, prev.start - offset - 60),
                                                                                prev.start - offset):
                    # "a swap of 64 billion lira against 18 billion dirhams": the two legs of one swap, one sum (figures
                    # session 11); in dollars when one leg is, else the first written
                    merged[-1] = _first_written(prev, amt, prev.start, amt.end)
                    continue
                if amt.currency == "USD" and _DOLLAR_TERMS_RE.search(gap):
                    # "1.74 trillion yuan in 2024, customs said; in dollar terms the total rose 1.9 percent to $244.8
                    # billion": the same sum again, in dollars; it stays where the first was written (its metric, pair,
                    # period and record are read there)
                    merged[-1] = _first_written(prev, amt, prev.start, prev.end)
                    continue
            merged.append(amt)
        return merged

    def _ellipsis(self, sentence: str, offset: int, out: list[Amount]) -> list[Amount]:
        """A number whose scale and currency are left out after a full amount: "with the EU it is 440
        billion, and with China it is 87." -> 87 billion in the first amount's currency."""
        if not out or out[-1].value < 1e6:
            return out
        last = out[-1]
        numbers = _FIRST_NUM_RE.findall(last.text)
        scale = last.high / _to_float(numbers[-1]) if numbers and _to_float(numbers[-1]) else 0
        if scale < 1e6:
            return out
        m = _ELLIPSIS_RE.match(sentence, last.end - offset)
        if not m:
            return out
        value = _to_float(m.group("n")) * scale
        return [*out, Amount(m.start("n") + offset, m.end("n") + offset, value, value, value, last.currency,
                             m.group("n"), last.bare)]

    def _value(self, g: dict, text: str, start: int, end: int, currency: str | None) -> Amount | None:
        scale = self.scales.get((g.get("sc") or "").lower().rstrip("."), 1.0)
        scale1 = self.scales.get((g.get("sc1") or "").lower(), None)
        try:
            n1 = _to_float(g["n1"])
            n2 = _to_float(g["n2"]) if g.get("n2") else None
        except (TypeError, ValueError):
            return None
        if g.get("sc1") and g.get("n2") is None:
            scale = scale1 or scale
        low = n1 * (scale1 if scale1 else scale)
        high = n2 * scale if n2 is not None else low
        if n2 is not None and high < low:
            return None
        if scale == 1.0 and scale1 is None and g.get("sc") is None and g.get("sc1") is None:
            # "$2", "$300": plain small amounts are prices and appeals, never state figures
            if low < 1000:
                return None
        value = (low + high) / 2
        return Amount(start, end, value, low, high, currency, text)

    # -- figures --------------------------------------------------------------------------
    def extract(self, article_id: str, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                published: dt.date | None, url: str | None, home_iso3: str | None = None,
                title: str | None = None, title_mentions=None) -> list[dict]:
        """Figure rows of one article. ``title_mentions``: the mentions of ``title`` (a list, or a function that finds
        them, called only when a figure needs the headline's pair)."""
        self._title_mentions = [title, title_mentions] if title and title_mentions is not None else None
        if not self.quick.search(text) and not _has_spelled(text):  # a digit, or "one billion dollars"
            return []
        if "-" in text and literal_gate(self, "prefix_re").may_match(text) and self.prefix_re.search(text):  # (perf s18: gate)
            mentions = self._prefix_mentions(text, mentions)
        if "Brussels" in text:
            # (s18) "despite objections from Brussels": the EU's seat as a party stands for the bloc, not Belgium
            mentions = [m for m in mentions if not (m.kind == "country" and m.alias_kind == "capital"
                                                    and m.surface == "Brussels")]
        country_counts: dict[str, int] = {}
        for m in mentions:
            # "U.S. dollars", "US$": a currency, not the United States
            if m.kind == "country" and m.iso3 and not _CURRENCY_AFTER_RE.match(text, m.end):
                country_counts[m.iso3] = country_counts.get(m.iso3, 0) + 1
        # perf s14: the joined party phrases searched only when one of their literal words is in the text (exact)
        for rx, rep, par in (self.party_phrases if literal_gate(self, "party_any").may_match(text)
                             and self.party_any.search(text) else ()):
            # "Trade between the Koreas passed $1 billion ...": a phrase naming both sides names each of them for the story
            n = len(rx.findall(text))
            if n:
                country_counts[rep] = country_counts.get(rep, 0) + n
                country_counts[par] = country_counts.get(par, 0) + n
        for m in mentions:
            # "..., Putin said after talks with the Turkish leader": a named leader stands for his country, after the names
            if m.kind == "person" and m.iso3:
                country_counts[m.iso3] = country_counts.get(m.iso3, 0) + 0.5
        article_countries = sorted(country_counts, key=lambda k: -country_counts[k])
        self._leader_countries = {m.iso3 for m in mentions if m.kind == "person" and m.iso3}
        person_counts: dict[str, list] = {}
        for m in mentions:
            if m.kind == "person" and m.iso3:
                person_counts.setdefault(m.actor_id, [0, m.start, m.iso3])[0] += 1
        main = min(person_counts.values(), key=lambda v: (-v[0], v[1])) if person_counts else None
        self._main_person_country = main[2] if main else None
        self._article_countries = article_countries
        self._north_voice = bool(self.korea_voice_re.search(text))
        self._first_named = list(dict.fromkeys(
            [m.iso3 for m in mentions if m.kind == "country" and m.iso3 and not _CURRENCY_AFTER_RE.match(text, m.end)]
            + [m.iso3 for m in mentions if m.kind == "person" and m.iso3]))
        # the period a story is about, for figures whose sentence gives none: the last period of
        # an earlier figure sentence, else the headline's ("... slid 22.6% in 2022")
        self._carry = None
        self._last_metric = None
        self._last_parties = None
        self._first_row = None
        self._last_row = None  # the story's last figure row ("The pledge comes on top of the $5.54 billion ...")
        self._parts_of = None  # (trade row, sentence index) of the parts told after a pair's trade (figures session 9)
        self._last_aid_period = None
        self._period_published = False  # the last row's period was a done act's publication year (review fixes, s12)
        self._news_sum = None  # (sentence index, row) of the last sum signed or paid as the news (s17-fy)
        self._aid_goods = None  # (sentence index, giver, recipient) of an aid sentence that gave goods, not a sum
        self._last_aid = None
        self._fund_at = -9  # (s18) the sentence index of the last pledge to a fund: the amounts that follow it join it
        self._peak_period = None  # the one-year period of the story's last record figure ("in the peak year" names it)
        self._trader = None
        self._lead_estimate = None
        self._story_estimate = -9  # sentence index of a moneyless lead that names a preliminary count
        self._hub = None  # (ISO3, metric) of the country whose partners the story ranks
        self._prev_sentence = None  # the text of the sentence before the one being read
        self._pairs = {}
        self._horizon_texts = set()
        # "China Boosts Friendship with Africa": the story's countries are not the pair of its sums
        self._title_bloc = bool(title and self.bloc_re.search(title))
        if title:
            spans = [d for d in self.dates.find(title, published) if d.precision in ("year", "month")]
            self._carry = spans[-1] if spans else None
        rows = []
        default_currency = None
        # "SEOUL, Jan. 26 (Yonhap-style) -- North Korea's trade with China ...": the dateline's city names where the
        # story was filed, not one of the countries the story pairs
        dateline = _DATELINE_RE.match(text) or _DATELINE_CITIES_RE.match(text)
        dateline_end = dateline.end() if dateline else 0
        last_figure_sentence = -2
        sentence = None
        opening = None
        ascii_low = text.lower() if text.isascii() else None  # perf s18: for the literal-word gates by sentence
        for index, s, e, sent_mentions in mentions_by_sentence(_windows(text, sentences), mentions):
            self._prev_sentence = sentence
            sentence = text[s:e]
            # the country a sentence opens with ("Vietnam's textile industry is booming."), the one an "Its" at the
            # start of the next sentence's clause points back to (figures session 7, third round)
            self._prev_opening, opening = opening, next(
                (m.iso3 for m in sent_mentions[:1] if m.kind == "country" and m.iso3 and m.start >= dateline_end
                 and not text[max(s, dateline_end):m.start].strip(" \"'“‘-—–")), None)
            if _LINK_LIST_LINE_RE.match(text, text.rfind("\n", 0, s) + 1):
                continue  # "More: Japan's 300-billion-yen loan to Vietnam": a list of links, no story (review of s13)
            hub_here = False
            for m in sent_mentions:
                # "China remained Germany's most important trading partner", "India's largest trading partner": the country
                # whose partners the story ranks (a ranked partner's amount is its figure with that country)
                hub = _HUB_AFTER_RE.match(text, m.end) if m.kind == "country" and m.iso3 and m.start >= dateline_end else None
                if hub:
                    kind, noun = (hub.group("kind") or "").lower(), hub.group("noun").lower()
                    flow = "exports" if kind == "export" or noun in ("market", "destination") else \
                        "imports" if kind == "import" or noun in ("supplier", "source") else "trade"
                    self._hub = (m.iso3, flow)
                    hub_here = True
                    break
            # pairs of countries named together so far: "the two countries" is the pair the story is about
            isos = list(dict.fromkeys(m.iso3 for m in sent_mentions if m.iso3 and m.kind in ("country", "person")
                                      and m.start >= dateline_end
                                      and not _CURRENCY_AFTER_RE.match(text, m.end))) if len(sent_mentions) > 1 else ()
            for i, x in enumerate(isos):
                for j, y in enumerate(isos[i + 1:], i + 1):
                    if hub_here and self._hub[0] not in (x, y):
                        continue  # "Spain has displaced France as Morocco's first trading partner": rivals, no pair (session 8)
                    # named first in their sentence ranks first: "North Korea's trade with China ..., data from South
                    # Korea's agency showed"
                    seen = self._pairs.setdefault((x, y) if (y, x) not in self._pairs else (y, x), [0, index, i + j])
                    seen[0] += 1
            for m in sent_mentions:
                # "South Korea's exports fell for a tenth month ...": the country whose trade the story follows
                own = _OWN_TRADE_AFTER_RE.match(text, m.end) if m.kind == "country" and m.iso3 and m.start >= dateline_end else None
                if own and not _ORG_AFTER_RE.match(text, own.end()):  # not "South Korea's trade promotion agency"
                    self._trader = m.iso3
                    break
            own_flow = False
            if not self.quick.search(sentence) and not _has_spelled(sentence):
                # (perf s18: the rarer trade word first; the tests are pure, so their order changes nothing)
                if _TRADE_WORD_GATE.may_match_range(ascii_low, s, e) and _TRADE_WORD_RE.search(sentence) \
                        and (_MONTH_WORD_RE.search(sentence) or _REL_YEAR_WORD_RE.search(sentence)) \
                        and (self._has_metric(sentence) or (own_flow := any(
                            m.kind == "country" and _OWN_SALES_AFTER_RE.match(text, m.end) for m in sent_mentions))):
                    pass  # "Taiwan's exports rose for a third month in August.": the period of what follows (and "Peru's
                    # sales to Korea fell last year.": the year of what follows; figures session 8)
                else:
                    continue
            has_metric = self._has_metric(sentence)
            # "... our trade with Vietnam grew to $6 billion. This year we will reach 8 billion.": the trade of the
            # sentence before; a Kremlin speaker's "we will reach 100 billion with China": the speaker's trade
            self._reach_metric = None
            if not has_metric:
                if self._last_metric == "trade" and last_figure_sentence == index - 1 and _CARRY_SUBJECT_RE.search(sentence):
                    self._reach_metric = "trade"
                elif home_iso3 and _WE_REACH_RE.search(sentence):
                    self._reach_metric = "trade"
            # "trade with China is 87 billion": a trade sentence without a currency is in the article's, else dollars
            self._sentence_countries = [m.iso3 for m in sent_mentions if m.kind == "country" and m.iso3
                                        and not _CURRENCY_AFTER_RE.match(text, m.end)]
            amounts = self.amounts(sentence, s, (default_currency or "USD") if has_metric or self._reach_metric else None)
            # an amount without a currency counts only after its cue ("trade with China is 87 billion") or a verb of
            # reaching in a trade context, and never as a count of people ("population will reach 1.5 billion")
            amounts = [x for x in amounts if not x.bare or self._bare_ok(sentence, x.start - s, has_metric)]
            if not amounts:
                goods = self._aid_goods_pair(sentence, s, sent_mentions, dateline_end, home_iso3)
                if goods:
                    self._aid_goods = (index, *goods)
                if has_metric or hub_here or own_flow:  # "Trade between Japan and Vietnam rose 9 percent in 2016.": the story's period
                    # ("Korea's chip sales slumped last year.": a country's own flow, no partner; review of session 8, F6)
                    # ("Taiwan's exports rose for a third month in August.": a month too)
                    # ("... last year for the first time since the two countries established ties in 1992": the
                    # since-clause's year is a yardstick, not the story's period)
                    years = [d for d in self.dates.find(sentence, published) if d.precision in ("year", "month")
                             and not d.text.lower().startswith("since")
                             and not _SINCE_CLAUSE_BEFORE_RE.search(sentence, max(0, d.char_start - 70), d.char_start)]
                    if years:
                        self._carry = years[-1]
                    if self._last_row is None:
                        # "Malaysia's trade with India fell 3 percent last year. It stood at $19.5 billion": the lead's
                        # metric is the story's, for an "It" or "the figure" after it
                        self._last_metric = self._last_metric or self._lead_metric(sentence)
                    if _SOURCE_ESTIMATE_AFTER_RE.search(sentence) or _LEAD_ESTIMATE_RE.match(sentence):
                        # "Italy's trade with Turkey rose in 2023, preliminary figures show. Italian exports to Turkey
                        # reached 14 billion euros": the lead's source reckons the figures after it
                        self._story_estimate = index
                continue
            explicit = [a.currency for a in amounts if a.currency and not a.bare]
            default_currency = default_currency or (explicit[0] if explicit else None)
            periods = []
            self._index = index
            self._since_figure = index - last_figure_sentence
            self._since_aid = index - self._last_aid[2] if self._last_aid else 99
            # the dateline's city ("SEOUL, July 26 (wire) -- China's trade with North Korea ...") is where the story was
            # filed: no party of the amounts after it
            fig_mentions = sent_mentions if s >= dateline_end else [m for m in sent_mentions if m.start >= dateline_end]
            self._sentence_rows = {}  # amount index -> its figure row, for the coordinated amounts after it
            base_end = None  # the end of the amount before, when it was a change's base (its year not carried)
            for k, amount in enumerate(amounts):
                row = self._figure(article_id, text, s, e, sentence, amounts, k, fig_mentions,
                                   article_countries, published, home_iso3)
                if row is not None:
                    rows.append(row)
                    self._sentence_rows[k] = row
                    if self._period_published:
                        self._news_sum = (index, row)  # its parts after a colon or in the next sentence (s17-fy)
                    self._last_metric = row["metric"]
                    if row["metric"] == "aid":
                        self._last_aid = (row["reporter_iso3"], row["partner_iso3"], index)
                        self._last_aid_period = (row["period_start"], row["period_end"]) if row["period_start"] else None
                        if self._period_published:
                            self._last_aid_period = None  # the publication year of a done act is not carried on (s12)
                    self._last_parties = (row["reporter_iso3"], row["partner_iso3"])
                    if row["is_record"] and row["period_start"] and row["period_start"].year == row["period_end"].year:
                        self._peak_period = (row["period_start"], row["period_end"])
                    self._first_row = self._first_row or (row["metric"], row["reporter_iso3"], row["partner_iso3"])
                    self._last_row = row
                    last_figure_sentence = index
                    base = _BASE_BEFORE_RE.search(text, max(s, amount.start - 60), amount.start) is not None or (
                        base_end is not None and _COORD_BASE_GAP_RE.fullmatch(text, base_end, amount.start) is not None)
                    # ("compares with $570 million in 2022 and $500 million in 2021": a base coordinated with a base is
                    # one too; figures session 8)
                    base_end = amount.end if base else None
                    if row["period_text"] and row["period_text"] != self._carry_text and not self._earlier_peak \
                            and not row["period_text"].lower().startswith("since") and not base \
                            and not _EARLIER_AFTER_RE.fullmatch(row["period_text"].strip()):
                        # a total since a year is not carried; nor the year of a change's base ("up from $240.1
                        # billion in 2023"): the breakdown after is the sentence's lead period's
                        periods.append(row)
                else:
                    base_end = None
            if periods:
                last = periods[-1]
                self._carry = DateSpan(last["period_start"], last["period_end"], "year", last["period_text"])
            elif not self._sentence_rows and self._has_metric(sentence):
                # "Trade between China and the five countries reached $70 billion last year." gives no pair figure, but its
                # year is the story's period, as a moneyless lead's would be ("Kazakhstan alone accounted for $31 billion
                # of it"; figures session 7)
                years = [d for d in self.dates.find(sentence, published) if d.precision == "year"
                         and not d.text.lower().startswith("since")
                         and not _SINCE_CLAUSE_BEFORE_RE.search(sentence, max(0, d.char_start - 70), d.char_start)]
                if len(years) == 1:
                    self._carry = years[0]
                if self._last_row is None:
                    self._last_metric = self._last_metric or self._lead_metric(sentence)
        rows = drop_pooled_money(rows, text, mentions, self._lexdir)  # co-givers' and pooled sums (figures session 13)
        return _drop_undated_repeats(rows)

    def _prefix_mentions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with a country mention for each combining form right before a hyphen and a country mention
        ("Indo-Bangladesh", "Sino-Brazilian", "Franco-German"); "Indo-Pacific", "Anglo-Saxon" have no country after the
        hyphen and stay nothing."""
        by_start = {m.start: m for m in mentions if m.kind == "country" and m.iso3}
        extra = []
        for m in self.prefix_re.finditer(text):
            after = by_start.get(m.end())
            iso = self.country_prefixes[m.group(1).lower()]
            if after is None or after.iso3 == iso:
                continue
            extra.append(Mention(m.start(), m.end() - 1, f"prefix:{iso}", "country", iso, "prefix", m.group(1),
                                 m.group(1), None, after.sentence_index))
        if not extra:
            return mentions
        return sorted([*mentions, *extra], key=lambda x: x.start)

    def _aid_goods_pair(self, sentence, s, mentions, dateline_end, home_iso3):
        """An aid sentence that sends goods, not a sum ("The Japanese government decided to send North Korea 125,000 tons
        of food through the WFP"): (giver, recipient) when a giving verb has one country before it (else the outlet's)
        and one after it, and the sentence names no third country; else None."""
        verb = _GIVE_VERB_RE.search(sentence)
        if verb is None or not any(v == "aid" for v, _w, _sn, _cs, _ce in self._metric_cues(sentence)):
            return None
        isos = [(m.start - s, m.iso3) for m in mentions if m.kind == "country" and m.iso3 and m.start >= dateline_end]
        before = {iso for st, iso in isos if st < verb.start()}
        after = [iso for st, iso in isos if st >= verb.end()]
        giver = before.pop() if len(before) == 1 else (home_iso3 if not before else None)
        if giver is None or not after or len(set(after) | {giver}) != 2:
            return None
        return giver, after[0]

    def _bare_ok(self, sentence: str, a: int, has_metric: bool) -> bool:
        clause_lo = max([m.end() for m in _SOFT_BREAK_RE.finditer(sentence[:a])], default=0)
        if _NOT_MONEY_BEFORE_RE.search(sentence, clause_lo, a):
            return False
        if has_metric:
            return any(m.start() < a for _v, rx, _w, _s in self.metric for m in rx.finditer(sentence, 0, a))
        if not self._reach_metric:
            return False
        return bool(_REACH_BEFORE_RE.search(sentence, max(0, a - 60), a) or _ANAPHORIC_START_RE.match(sentence)
                    or (self._since_figure <= 1 and _ANAPHORIC_TIME_START_RE.match(sentence))
                    or _ANAPHORIC_AMOUNT_RE.search(sentence, max(0, a - 60), a))

    def _lead_metric(self, sentence: str) -> str | None:
        """The metric of the first trade, exports or imports cue of a sentence (not a weak verb like "sold"), else None."""
        cues = [(cs, v) for v, w, _sn, cs, _ce in self._metric_cues(sentence) if w >= 1 and v in ("trade", "exports", "imports")]
        return min(cues)[1] if cues else None

    def _has_metric(self, sentence: str) -> bool:
        """A trade, exports or imports cue (not a weak verb like "sold"): amounts without a currency count there."""
        combined = self.__dict__.get("_has_metric_re")
        if combined is None:
            combined = self._has_metric_re = self._metric_alternation()
        if combined is not False:
            gate = self.__dict__.get("_has_metric_gate")
            if gate is None:
                gate = self._has_metric_gate = RegexGate(combined)
            if not gate.may_match(sentence):
                return False  # perf s13: no cue's literal word in the sentence (most sentences with a digit have none)
            return combined.search(sentence) is not None  # (perf s12: one scan for all the cues)
        return any(rx.search(sentence) for v, rx, w, _s in self.metric if w >= 1 and v in ("trade", "exports", "imports", "other"))

    def _metric_alternation(self):
        """Perf s12: the strong metric cues of `_has_metric` as one pattern (it finds a match when one of them does), or
        False when they do not join (a cue with a named group or a flag of its own keeps the one-by-one search)."""
        cues = [rx for v, rx, w, _s in self.metric if w >= 1 and v in ("trade", "exports", "imports", "other")]
        if not cues or any(rx.groupindex or rx.groups or rx.flags & ~(re.I | re.U) for rx in cues):
            return False
        try:
            return re.compile("|".join(f"(?:{rx.pattern})" for rx in cues), re.I)
        except re.error:
            return False

    def _figure(self, article_id, text, s, e, sentence, amounts, k, mentions, article_countries, published,
                home_iso3) -> dict | None:
        amount = amounts[k]
        a, b = amount.start - s, amount.end - s
        seg_lo = amounts[k - 1].end - s if k else 0
        seg_hi = amounts[k + 1].start - s if k + 1 < len(amounts) else len(sentence)
        # "(in 2007 the figure was $40 billion)", ", which is more than in 2021": another clause
        stop = _SEGMENT_END_RE.search(sentence, b, seg_hi)
        self._clause_end = stop.start() if stop else None
        if stop:
            seg_hi = stop.start()
        opener = [m.end() for m in _SEGMENT_END_RE.finditer(sentence, seg_lo, a)]
        if opener and "(" in sentence[opener[-1] - 1:opener[-1]]:
            seg_lo = opener[-1]
        near_hi = min(seg_hi, b + 30)
        cause = _CAUSE_AFTER_RE.search(sentence, b, near_hi) if "," in sentence[b:near_hi] else None
        cause = cause or _SUBCLAUSE_AFTER_RE.search(sentence, b, near_hi)  # "... in 2022 as gas prices soared"
        near = sentence[max(seg_lo, a - 45):cause.start() if cause else near_hi]
        bonds = self._bond_pair(sentence, s, a, b, mentions)  # (s18) a state lending by buying bonds: not ignored
        if bonds is None and any(rx.search(near) for rx in self.ignore) \
                and not self._cut_ignore(sentence, max(seg_lo, a - 45), near):
            return None
        if _PERCENT_AFTER_RE.match(sentence[b:]):
            return None
        if "nterest" in sentence and (_INTEREST_AFTER_RE.match(sentence, b)
                                      or _INTEREST_BEFORE_RE.search(sentence, max(0, a - 140), a)):
            return None  # the interest paid on a loan, not the loan
        if k and _MARK_AFTER_RE.match(sentence, b) and _MARK_BEFORE_RE.search(sentence, max(0, a - 5), a) \
                and not _MARK_GOAL_RE.search(sentence, amounts[k - 1].end - s, a):
            # "rose to $206.2 billion, the first time above the $200 billion mark": a yardstick (but "... and is expected
            # to cross the $10 billion mark by 2030" is a forecast of its own)
            return None
        if _ASSET_SALE_RE.search(sentence, max(0, a - 160), a):
            return None  # the price of a sold plant or business
        if _SHARE_OF_WHOLE_RE.search(sentence, max(0, a - 140), a):
            return None  # "China took 65% of the country's fruit exports, which earned $2.3 billion": the whole, all markets
        metric, metric_pos = self._metric(sentence, a, b, seg_lo, seg_hi, [x.start - s for x in amounts[k + 1:]])
        if metric in ("exports", "imports") and metric_pos > b \
                and _PURPOSE_BEFORE_FLOW_RE.search(sentence, max(b, metric_pos - 40), metric_pos):
            # "raise the tranche to 35 billion yuan, which the central bank can draw to pay for imports": what the money is
            # for, not what it measures (round 2 of session 8)
            metric, metric_pos = None, -1
        if k and (metric is None or metric_pos < seg_lo) and self._sentence_rows.get(k - 1, {}).get("metric") in ("exports", "imports"):
            those = [t for t in _THOSE_FLOW_RE.finditer(sentence, seg_lo, a)]
            if those:
                # "Shipments to China gained 2.3 percent to $9.8 billion, while those to the United States rose to $9.6
                # billion": the flow of the clause before, to another partner
                metric, metric_pos = self._sentence_rows[k - 1]["metric"], those[-1].start()
        base_of = None
        if k and metric is not None and self._sentence_rows.get(k - 1) is not None \
                and 0 <= metric_pos < amounts[k - 1].start - s and _BASE_TAIL_RE.search(sentence, amounts[k - 1].end - s, a) \
                and a - (amounts[k - 1].end - s) <= 80:
            # "Taiwan bought $40 billion of Japanese goods, down from $52 billion in 2010": the base of a change whose cue
            # stands before the first amount measures what the first amount measures (its metric and its two sides), not
            # what a farther word ("the trade dataset") names; a cue of its own after it ("versus $9 billion in imports")
            # keeps its own (figures session 7)
            prev = self._sentence_rows[k - 1]
            pair = {prev["reporter_iso3"], prev["partner_iso3"]}
            if not any(m.kind == "country" and m.iso3 not in pair and amounts[k - 1].end - s <= m.start - s < min(len(sentence), b + 40)
                       for m in mentions):
                base_of = prev
                metric = prev["metric"]
        if base_of is None and k and metric is None and self._sentence_rows.get(k - 1) is not None:
            base_of = self._far_base(sentence, s, amounts, k, mentions)
            if base_of is not None:
                metric = base_of["metric"]  # "fell to $23.69 billion in 2014, ..., from $35.51 billion in 2011"
        whole_of = None
        whole = _WHOLE_BEFORE_RE.search(sentence, max(amounts[k - 1].end - s, a - 40), a) \
            if k and self._sentence_rows.get(k - 1) is not None and metric in (None, self._sentence_rows[k - 1]["metric"]) else None
        if whole and self._sentence_rows[k - 1]["metric"] not in ("investment", "aid"):
            return None  # "Vietnam's exports to Japan reached $24 billion out of a total of $355 billion": to all markets
        if whole:
            pair = (self._sentence_rows[k - 1]["reporter_iso3"], self._sentence_rows[k - 1]["partner_iso3"])
            if whole and not any(m.kind == "country" and m.iso3 not in pair and amounts[k - 1].end - s <= m.start - s < a
                                 for m in mentions):
                # "COSCO has put $1.3 billion into the port, out of a planned $3.5 billion": the whole of the money before,
                # between the same two (figures round 2 of session 8)
                whole_of = self._sentence_rows[k - 1]
                metric, metric_pos = whole_of["metric"], -1
        ranked = self._ranked_partner(sentence, s, a, mentions)
        if ranked is not None and metric is None:
            metric, metric_pos = self._hub[1], -1  # "The United States came second with $111 billion"
        metric_sense = self._metric_sense
        total = _RUNNING_TOTAL_BEFORE_RE.search(sentence, max(seg_lo, a - 100), a) if k else None
        running = self._sentence_rows.get(k - 1) if total else None
        if running is None and _ON_TOP_BEFORE_RE.search(sentence, max(seg_lo, a - 40), a):
            # "The pledge comes on top of the $5.54 billion plant the group announced on Friday": added to the figure
            # before it (in the sentence, else the sentence before), the same kind of money between the same two; but a
            # country named before the amount speaks of other money
            ref = self._sentence_rows.get(k - 1) if k else (self._last_row if self._since_figure == 1 else None)
            if ref is not None and metric in (None, ref["metric"]) and not (not k and any(
                    m.kind == "country" and m.start - s < a and m.iso3 not in (ref["reporter_iso3"], ref["partner_iso3"])
                    for m in mentions)):
                running = ref
        if running is not None and not (metric is not None and total is not None and total.start() <= metric_pos < a):
            # "it will invest about $8 billion more in the plant, bringing its total commitment to $13.9 billion": the same
            # money, summed up (its metric, parties and qualifier; "raising total trade to ..." names its own metric)
            metric, metric_pos = running["metric"], -1
        window = sentence[max(seg_lo, a - 40):min(seg_hi, b + 30)]
        if k and _SHORT_LEAD_RE.fullmatch(sentence[seg_lo:a]):
            window = sentence[:min(seg_hi, b + 30)]  # "the target of $100 billion ... and $200 billion by 2020"
        if metric is None and amount.value >= 1e9 and (home_iso3 or self._last_metric == "trade") \
                and _IMPLICIT_TARGET_RE.search(window):
            metric, metric_pos = "trade", -1  # "we will reach the $100 billion target": a trade target in a trade story
        if metric is None and self._reach_metric and amount.value >= 1e9 and _REACH_BEFORE_RE.search(sentence, max(seg_lo, a - 60), a):
            metric, metric_pos = self._reach_metric, -1  # "This year we will reach 8 billion." after a trade sentence
        earlier_peak = bool(_EARLIER_PEAK_RE.search(sentence, max(seg_lo, a - 60), a))
        self._earlier_peak = earlier_peak  # its period is the old peak's: not carried to the next sentence
        earlier_peak = earlier_peak and metric is None
        # "Of the total, $4 billion ...", "$4 billion of that ...": a part of the sum in the sentence right before (read once
        # for the amount: its metric, its parties, its period and qualifier below)
        total_lead = _OF_TOTAL_LEAD_RE.match(sentence) if self._since_figure == 1 else None
        of_total = self._since_figure == 1 and bool(total_lead or _OF_TOTAL_AFTER_RE.match(sentence, b))
        if metric is None and self._last_metric and (_ANAPHORIC_AMOUNT_RE.search(sentence, max(seg_lo, a - 60), a)
                                                     or _ANAPHORIC_START_RE.match(sentence) or earlier_peak or of_total
                                                     # "The figure compares with $5.3 billion in 2022 and $3 billion in
                                                     # 2021": the same story's money as the amount before (session 8)
                                                     or (k and self._sentence_rows.get(k - 1) is not None
                                                         and _COORD_BASE_GAP_RE.fullmatch(sentence, amounts[k - 1].end - s, a))
                                                     or (self._since_figure <= 1 and _ANAPHORIC_TIME_START_RE.match(sentence))):
            # "the figure can climb above $10 billion", "That was above the $240 billion of 2023": the story's metric
            metric, metric_pos = self._last_metric, -1
            anaphor = True
            if metric in ("exports", "imports") and _PAIR_WORDS_RE.search(sentence, 0, a):
                metric = "trade"  # "... Exports rose to $15.7 billion. The two countries remain below the record of $30.8
                # billion": a pair's money is their trade, not one side's flow (figures round J)
        else:
            anaphor = False
        if metric is None and self._aid_goods is not None and self._index - self._aid_goods[0] == 1 \
                and _WORTH_BEFORE_RE.search(sentence, max(seg_lo, a - 30), a) \
                and not any(m.kind == "country" and m.iso3 not in self._aid_goods[1:] for m in mentions):
            # "The grain, rice and other food, worth about $40 million, ..." right after the sentence that sent it
            metric, metric_pos = "aid", -1
            goods_pair = self._aid_goods[1:]
        else:
            goods_pair = None
        change_anaphor = metric is None and self._first_row is not None and self._since_figure <= 3 \
            and _CHANGE_START_RE.match(sentence) is not None and not any(m.kind == "country" for m in mentions)
        if change_anaphor:
            metric, metric_pos = self._first_row[0], -1  # "The downturn follows a record $56.83 billion in 2008."
        if self._since_aid <= 2 and (metric is None or metric == "exports" and metric_pos >= 0
                                     and _SUPPLY_WORD_RE.match(sentence[metric_pos:])) \
                and _GAVE_BEFORE_RE.search(sentence, max(seg_lo, a - 50), a):
            # an aid story goes on: "Between 1995 and 2008, the United States provided over $1.3 billion", "Russia
            # supplied food worth $25 mln": given, like the aid of the sentences before
            metric, metric_pos = "aid", -1
        give_pair = None
        give = _GIVE_MONEY_BEFORE_RE.search(sentence, max(seg_lo, a - 40), a) if metric is None else None
        if give:
            # "India will provide Rs 4,000 crore to Nepal", "Japan will give $300 million to support Sri Lanka's ...": money
            # itself given to a country named right after it is aid (figures session 8) when a country or its government
            # is the verb's subject, the giver (not "the IMF will disburse", "British tourists gave"; a deposit or a swap
            # is other money; review of session 8, finding 1)
            recipient_at = _TO_RECIPIENT_AFTER_RE.match(sentence, b)
            recipient = next((m.iso3 for m in mentions if recipient_at and m.kind == "country" and m.iso3
                              and m.start - s == recipient_at.end() and _NOUN_END_RE.match(sentence, m.end - s)), None)
            giver = self._state_giver(sentence, s, give.start(), mentions) if recipient else None
            if giver is not None and giver != recipient:
                metric, metric_pos = "aid", -1
                if _NOT_AID_MONEY_RE.search(sentence, b, _clause_bounds(sentence, a, b)[1]):
                    metric = "other"  # "Qatar gave $500 million to Egypt's central bank as a deposit"
                give_pair = (giver, recipient)
        # figures session 11: a state's deposit in another's central bank (other) and compensation between states (aid)
        # name their money and both sides themselves, whatever cue a farther word gives ("... part of a $3 billion aid
        # package", "... and will invest a further $2 billion")
        deposit = self._central_bank_deposit(sentence, s, a, b, seg_lo, mentions)
        compensation = None if deposit is not None else self._compensation_pair(sentence, s, a, b, seg_lo, mentions)
        borrowed = None if deposit or compensation else self._borrowed_pair(sentence, s, a, b, seg_lo, mentions)
        if bonds is not None and deposit is None and compensation is None and borrowed is None:
            metric, metric_pos, give_pair = "aid", -1, bonds  # (s18) the buyer lends to the issuing government
        elif deposit is None and compensation is None and borrowed is None \
                and (loan_deal := self._loan_deal_pair(sentence, s, a, b, mentions, home_iso3,
                                                            article_countries)) is not None:
            metric, metric_pos, give_pair = "aid", -1, loan_deal  # (s18) a loan signed with another state's lender
        elif borrowed is not None:
            metric, metric_pos, give_pair = "aid", -1, borrowed
            if _BORROW_OTHER_RE.search(sentence, b, max(b, _clause_bounds(sentence, a, b)[1])):
                metric = "other"  # "borrowed $200 million from Bangladesh under a currency swap" (loans convention)
        elif deposit is not None:
            metric, metric_pos, give_pair = "other", -1, deposit
        elif compensation is not None:
            metric, metric_pos, give_pair = "aid", -1, compensation
        if metric == "aid" and _REPAY_BEFORE_RE.search(sentence, max(seg_lo, a - 40), a):
            return None  # "Pakistan repaid $2 billion in Chinese loans": paid back, no aid from the payer
        if _MULTILATERAL_DOC_AFTER_RE.match(sentence, b):
            return None  # "signed a 3-billion-dollar agreement with the IMF": a lender's or fund's deal (review of s13)
        company = self._company_investor(sentence, s, a, b, seg_lo, metric, metric_pos, mentions)
        if company is _AT_HOME:
            return None
        if company is None and metric_sense == "company" and metric_pos >= 0:
            return None  # "Poland will spend $3 billion on a new army site": spending is investment only for a company
        if company is not None:
            metric, metric_pos = "investment", company[2]
        elif metric == "other":
            # "Egyptian contractor Orascom won a $1.1 billion contract in Saudi Arabia", "French companies won contracts worth
            # 5 billion euros": a firm's contract abroad, state-owned or private, is no bilateral figure (session 8; the
            # lead's convention, tests/gold/README.md "Contracts"); a government's own deal stays other money
            deal = None if _CONTRACT_AFTER_RE.match(sentence, b) else _CONTRACT_BEFORE_RE.search(sentence, max(0, a - 40), a)
            if (deal is not None or _CONTRACT_AFTER_RE.match(sentence, b)) \
                    and self._firm_subject(sentence, s, deal.start() if deal is not None else a, mentions):
                return None
            if self._firm_in_deal(sentence, s, a, b, mentions):
                return None  # "Siemens of Germany signed a rail contract with Egypt valued at $8 billion" (session 10)
            if _AGREEMENT_AFTER_RE.match(sentence, b) and self._firm_signs_before(sentence, s, a, b, mentions):
                return None  # "Germany's Siemens signed a $2.5 billion agreement with Egypt": a firm's (session 13)
        if metric is None and self._prev_sentence and _DEAL_ANAPHOR_RE.match(sentence):
            # "Japan and India renewed their currency swap arrangement on Friday. The arrangement is now worth $75
            # billion.": the money the sentence before named
            named = [(w, v) for v, w, sn, _cs, _ce in self._metric_cues(self._prev_sentence) if w >= 1 and sn != "weak"]
            if named:
                metric, metric_pos = max(named)[1], -1
        if metric is None:
            return None
        if metric == "trade" and metric_pos >= 0 and any(m.start() <= metric_pos < m.end() for m in
                                                        _OWN_FOREIGN_TRADE_RE.finditer(sentence, max(0, metric_pos - 9), metric_pos + 40)):
            return None  # "Mongolia's overall foreign trade fell to $2.2 billion, partly because ... into China"
        if metric in ("trade", "other", "exports", "imports") and metric_pos >= 0:
            whole = _WHOLE_ECONOMY_RE.search(sentence, max(0, metric_pos - 30), metric_pos + 40)
            if whole and whole.start() <= metric_pos < whole.end() \
                    and not _PAIR_OWNER_BEFORE_RE.search(sentence, max(0, whole.start() - 30), whole.start()) \
                    and (len({m.iso3 for m in mentions if m.kind == "country" and m.iso3}) == 1
                         or _ONE_OWNER_BEFORE_RE.search(sentence, max(0, whole.start() - 20), whole.start())
                         or (seg_lo > 0 and not any(m.kind == "country" and seg_lo <= m.start - s < seg_hi for m in mentions)
                             and any(m.kind == "country" and m.start - s < seg_lo for m in mentions))):
                # "Japan's total exports topped ..., and the overall trade deficit shrank to 9.3 trillion yen": one
                # country's trade with the world ("Total trade rose to $2.55 billion" with no country named goes on with
                # the story's pair)
                return None
        if metric in ("trade", "exports", "imports", "investment") \
                and any(_POTENTIAL_IS_AMOUNT_GAP_RE.fullmatch(sentence, p.end(), a) for p in
                        _POTENTIAL_BEFORE_RE.finditer(sentence, max(_clause_bounds(sentence, a, b)[0], a - 100), a)):
            # (no other amount between: "..., against actual trade of about $2 billion a year" is a flow)
            return None  # "A study put the potential for trade between India and Pakistan at $37 billion" (session 10)
        if metric in ("exports", "imports") and self._later_world_total(sentence, s, a, b, mentions):
            return None  # "Thailand's exports to China rose 5%, while total exports reached $285 billion" (session 10)
        if metric_pos >= 0:
            clo, chi = _clause_bounds(sentence, a, b)
            # (the amount's own clause; or, when its metric word stands in an earlier clause, right after that word: "Trade
            # between China and the other four members, A, B, C and D, totalled ..."; figures session 7)
            # (a phrase starting within 45 characters may end beyond them: "and the other four original BRICS members")
            if any((clo <= m.start() < chi or (metric_pos < clo and metric_pos <= m.start() < chi)) and m.start() <= metric_pos + 45
                   for m in self.multi_re.finditer(sentence, max(0, metric_pos - 25), metric_pos + 100)):
                return None  # "Trade among the three countries exceeded $700 billion", "trilateral investment": over three
        if metric_pos >= 0 and any(m.start() <= metric_pos < m.end() for rx in self.ignore
                                   for m in rx.finditer(sentence, max(0, metric_pos - 30), metric_pos + 120)):
            return None  # the metric word is part of an ignored phrase: "direct foreign investment"
        if metric == "investment" and _PUT_INTO_BEFORE_RE.search(sentence, max(0, a - 40), a):
            # money put or poured into something (figures session 10): a fund shared with the other side or a joint venture
            # is both sides' money; a deposit in a central bank is `other` (the loans convention); a fund an international
            # body runs for a country is aid to that country
            if _INTO_JOINT_AFTER_RE.match(sentence, b):
                return None  # "Indonesia put $2 billion into a fund with Japan"
            if _NOT_AID_MONEY_RE.search(sentence, b, _clause_bounds(sentence, a, b)[1]):
                metric = "other"  # "Saudi Arabia put $3 billion into Egypt's central bank as a deposit"
            elif _INTO_BODY_FUND_AFTER_RE.match(sentence, b):
                metric = "aid"  # "Norway has put $1.2 billion into the UN-run fund for Afghanistan"
        if self._about_a_bloc(sentence, s, seg_lo, seg_hi, mentions, a):
            return None
        if metric in ("investment", "aid"):
            clo, chi = _clause_bounds(sentence, a, b)
            if _JOINT_RE.search(sentence[max(clo, a - 150):min(chi, b + 120)]):
                return None  # "joint investment projects worth $1 billion", "invest $3 billion at home"
        qualifier = self._qualifier(sentence, a, b, seg_lo, seg_hi, self._last_qualifier if k else None)
        if metric == "aid" and qualifier == "actual" and not _KEPT_PLEDGE_BEFORE_RE.search(sentence, max(0, a - 60), a) \
                and (_AID_PLEDGED_BEFORE_RE.search(sentence, max(0, a - 40), a)
                                                          or _AID_APPROVED_RE.search(sentence, max(0, a - 60), a)
                                                          or _AID_OFFERED_NOUN_RE.search(sentence, max(0, a - 110), a)
                                                          or _TO_BE_SENT_AFTER_RE.match(sentence, b)
                                                          or (_OFFERED_BY_AFTER_RE.match(sentence, b)
                                                              and not _RECEIVE_BEFORE_RE.search(sentence, max(0, a - 60), a))
                                                          or _AID_PROMISED_TO_RE.search(sentence, max(0, a - 60), a)
                                                          or (_AID_PLEDGE_WORDS_RE.search(sentence, b, min(len(sentence), b + 60))
                                                              and _AID_PLEDGED_AFTER_RE.match(sentence, b))):
            qualifier = "forecast"  # "Japan committed $500 million in aid", "approved $250 million in aid": still to be paid
        if compensation is not None and qualifier == "actual" and give_pair == compensation \
                and _COMP_PROMISE_RE.search(sentence, max(seg_lo, a - 80), a):
            qualifier = "forecast"  # "Italy agreed to pay Libya $5 billion ... as compensation": promised (pledges convention)
        if qualifier == "actual" and metric in ("aid", "investment") and _ANNOUNCED_BEFORE_RE.search(sentence, max(0, a - 40), a) \
                and _NEW_FACILITY_AFTER_RE.match(sentence, b):
            # (s18) money a giver announces as new is to come, as a pledge is: "announced a $1 billion line of credit for
            # Russia's Far East" (gold b17-026), "announced a $10 billion fund for investments in Türkiye", "announcing
            # C$500 million in new military aid"; not money received ("announcing a $1 billion loan from China") nor
            # a statistic ("announced $3 billion of South Korean investment in the first quarter")
            qualifier = "forecast"
        pledged = metric == "aid" and qualifier == "forecast" \
            and bool(_AID_PLEDGE_VERB_RE.search(sentence, max(seg_lo, a - 80), a))
        if metric == "investment" and company is None and qualifier in ("actual", "forecast") \
                and (_PLEDGE_BEFORE_RE.search(sentence, max(seg_lo, a - 60), a) or (_PLEDGE_WORDS_RE.search(sentence, b, seg_hi) and _PLEDGE_AFTER_RE.match(sentence, b, seg_hi))):
            qualifier = "target"  # a government's pledge: "Japan committed to investment of up to $550 billion in the US"
        if qualifier in ("forecast", "target") and _PAST_BASE_LEAD_RE.search(sentence, max(seg_lo, a - 50), a) \
                and _past_period_after(sentence, b, published):
            qualifier = "actual"  # "to top $13 billion this year after a record $12.5 billion in 2023" (figures session 9)
        if bonds is not None and give_pair == bonds and qualifier == "actual" and self._bond_to_come(sentence, a):
            qualifier = "forecast"  # (s18) "agreed to invest $15 billion in Ukrainian government bonds": still to come
        self._last_qualifier = qualifier
        before = sentence[max(0, a - 40):a]
        is_approx = any(rx.search(before) for rx in self.approx) or bool(_BETWEEN_END_RE.search(before))
        reached = _REACHED_LEAD_RE.search(sentence, max(0, a - 60), a)
        # "on course for a record year after reaching $110 billion": the record is only expected; a record word of the
        # reached amount itself still counts ("after reaching a record $110 billion")
        window = sentence[max(seg_lo, a - 60, reached.start() if reached else 0):min(seg_hi, b + 20)]
        is_record = any(rx.search(window) for rx in self.record) or bool(_RECORD_AFTER_RE.search(sentence[b:min(seg_hi, b + 100)])) \
            or self._earlier_peak or bool(_BEATS_PEAK_AFTER_RE.match(sentence, b)) \
            or bool((_FIRST_TIME_AFTER_RE.match(sentence, b, min(seg_hi, b + 60)) or _FIRST_TIME_LEAD_RE.match(sentence))
                    and _THRESHOLD_VERB_BEFORE_RE.search(sentence, max(seg_lo, a - 40), a)) \
            or bool(_FIRST_TIME_MARK_AFTER_RE.match(sentence, b, min(_clause_bounds(sentence, a, b)[1], b + 120)))
        # "the previous peak of $378.4 billion set in 2011": a record in its day; "$391.4 billion, surpassing the previous peak"
        self._amount_spans = amounts
        if company is not None:
            reporter, partner = company[0], company[1]
            if qualifier == "actual" and _COMPANY_PLANS_RE.search(sentence, max(0, company[3]), b):
                qualifier = "forecast"  # "Samsung is building a $17 billion plant", "announced a plant": a planned sum
            elif qualifier == "target":
                qualifier = "forecast"  # "Samsung will lift its planned investment to $4 billion": a company's plan
        elif ranked is not None:
            reporter, partner = ranked  # "..., ahead of the United States at $118.3 billion": the hub's trade with it
        elif self._coordinated_flow(sentence, s, amounts, k, metric, metric_pos, mentions):
            # "North Korean exports of $134 million and imports of $1.39 billion": the imports are the same country's
            prev = self._sentence_rows[k - 1]
            reporter, partner = prev["reporter_iso3"], prev["partner_iso3"]
        elif self._coordinated_predicate(sentence, s, amounts, k, metric, metric_pos, mentions):
            # "The United States imported $505 billion worth of Chinese goods and exported $130 billion": the subject of
            # the predicate before buys and sells with the same partner (figures session 9)
            prev = self._sentence_rows[k - 1]
            reporter, partner = prev["reporter_iso3"], prev["partner_iso3"]
        elif metric == "investment" and give_pair is None and self._and_invest(sentence, s, amounts, k, mentions):
            prev = self._sentence_rows[k - 1]  # "will deposit $1 billion in ... and will invest a further $2 billion"
            reporter, partner = prev["reporter_iso3"], prev["partner_iso3"]
        else:
            speaker = home_iso3 or self._quote_speaker(sentence, s, a, mentions)
            reporter, partner = self._parties(sentence, s, a, b, metric, metric_pos, mentions, article_countries,
                                              speaker, seg_lo, seg_hi)
            if metric in ("exports", "imports") and partner is not None and metric_pos > 0 and any(
                    m.kind == "country" and m.iso3 == partner and _OWNER_GAP_RE.fullmatch(sentence, m.end - s, metric_pos)
                    for m in mentions):
                # "..., of which Chinese exports made up $21 billion", "China's imports of copper ... accounted for": the
                # country that owns the flow word is the exporter or importer, whatever order the pair was named in
                # (review of round K, finding 8)
                reporter, partner = partner, reporter
        if (reporter is None or partner is None) and metric_pos < 0 and (self._reach_metric or earlier_peak or anaphor) \
                and self._last_parties \
                and not any(m.kind == "country" and m.start - s < _clause_bounds(sentence, a, b)[1]
                            and m.iso3 not in self._last_parties for m in mentions):
            # countries only in a later clause (", where North Koreans work for South Korean firms") name no party, and
            # one of the pair itself (", Lima's trade office said") does not break the pair
            reporter, partner = self._last_parties  # "Our trade with China grew to $100 billion. It was 87 billion in 2017."
        part_of = None  # the row of the sum before that this amount is a part of
        if total_lead and a < total_lead.end():
            return None  # "Of the $10 billion, ...": the sum before, told again
        if (reporter is None or partner is None) and of_total and self._last_parties \
                and None not in self._last_parties and _AGGREGATE not in self._last_parties:
            # "... a $35 billion deal. Of the total, USD 24 billion pays for development rights at ..., and USD 11 billion
            # of Emirati deposits ...": a part of the sum before, between the same two (figures round K). A country the
            # part's own sentence names wins: "Of that, $500 million is earmarked for Moldova" is the same giver's money
            # for Moldova; a named giver outside the pair gives no row (review of round L, finding 5)
            named = reporter or partner
            if named is None or named in self._last_parties:
                reporter, partner = self._last_parties
            elif not any(m.kind == "country" and m.iso3 == named and _FROM_COUNTRY_BEFORE_RE.search(
                    sentence, max(0, m.start - s - 12), m.start - s) for m in mentions):
                reporter, partner = self._last_parties[0], named  # "... will go to (neighbouring) Lebanon"
            else:
                return None  # "Of that, $300 million is a grant from Britain": another giver, not in the pair
            metric = metric or self._last_metric
        if of_total and self._last_row is not None and reporter == self._last_parties[0] \
                and metric == self._last_row["metric"]:
            part_of = self._last_row
            if qualifier == "actual" and part_of["qualifier"] in ("forecast", "target") \
                    and not _REALISED_AFTER_RE.search(sentence[b:seg_hi]):
                # "Japan pledged $10 billion ... Of that, $4 billion is for roads": a part of a pledge is pledged too;
                # "$4 billion has already been disbursed" is money paid (review of round L, finding 7)
                qualifier = self._last_qualifier = part_of["qualifier"]
        if metric == "aid" and reporter is not None and partner is not None:
            lender_of = _FROM_BANK_OF_AFTER_RE.match(sentence, b)  # a bank of its country only (review fixes, s12)
            if lender_of and (("," in lender_of.group() and not _OR_ABOUT_BEFORE_RE.search(sentence, max(0, a - 30), a)
                               and not re.search(r"\bor\b", sentence[a:b]))
                              or _POSSESSIVE_AT_RE.match(sentence, lender_of.end())):
                lender_of = None  # "$2 billion, money it raised from the Development Bank of Angola's bonds"
            if lender_of and any(m.kind == "country" and m.iso3 == partner and m.start - s == lender_of.end() for m in mentions):
                # "Solomon Islands will receive a loan of 66 mln U.S. dollars from the Export-Import Bank of China": the
                # lender's country gives (figures session 12)
                reporter, partner = partner, reporter
        if metric in ("investment", "aid") and reporter is not None and partner is not None:
            src = _FROM_RIGHT_AFTER_RE.match(sentence, b)
            if src and any(m.kind == "country" and m.iso3 == partner and m.start - s == src.end() for m in mentions):
                # "USD 35 billion from Abu Dhabi to develop ...": the money's source right after it is the investor or
                # giver (figures round K)
                reporter, partner = partner, reporter
        if metric in ("investment", "aid") and reporter is not None and partner is not None:
            # "a pledge of $6 billion in Chinese funding for ...", "$9 billion in soft loans offered by Beijing": the
            # money's own nationality, or the giver named after it, is the investor or giver (figures session 8)
            lead = _MONEY_NATION_GAP_RE.match(sentence, b)
            giver = next((m.iso3 for m in mentions if lead and m.kind == "country" and m.start - s == lead.end()
                          and ((lead.group("by") is None and _MONEY_NOUN_AFTER_RE.match(sentence, m.end - s)
                                # a receiving subject ("Kenya secured $2 billion in Chinese loans"), not a giving one
                                # ("how Norway will deliver the $5 billion in Indian investment it pledged")
                                and _RECEIVE_BEFORE_RE.search(sentence, max(0, a - 60), a))
                               or lead.group("by") is not None)), None)
            if giver is not None and giver == partner:
                reporter, partner = partner, reporter
            money_giver = giver is not None and giver == reporter
        else:
            money_giver = False
        if metric in ("exports", "imports") and (reporter is None) != (partner is None) and self._since_figure == 1 \
                and self._last_row is not None and self._last_row["metric"] == "trade" and self._last_parties \
                and (reporter or partner) in self._last_parties and None not in self._last_parties \
                and _AGGREGATE not in self._last_parties and self._last_row["currency"] == amount.currency \
                and amount.value < self._last_row["value"] \
                and not _GLOBAL_SCOPE_RE.search(sentence, *_clause_bounds(sentence, a, b)) \
                and not any(m.kind == "country" and m.iso3 not in self._last_parties for m in mentions):
            # "Trade between Chile and China reached $60 billion in 2022. Chinese exports made up $21 billion.": one side's
            # flow, smaller than the pair's trade in the sentence right before, is towards the other side (figures round L)
            other = self._last_parties[1] if (reporter or partner) == self._last_parties[0] else self._last_parties[0]
            reporter, partner = (reporter, other) if reporter is not None else (partner, other)
        if metric in ("exports", "imports") and reporter is None and partner is None and self._since_figure == 1:
            total_row = self._parts_total(sentence, a, b, amount, mentions, (amounts, s))
            if total_row is not None:
                # "India's trade with China reached $113.8 billion. Imports accounted for $98.5 billion; exports were a mere
                # $15.3 billion.": the parts of the pair's trade in the sentence before, its owner's flows (session 9)
                reporter, partner = total_row["reporter_iso3"], total_row["partner_iso3"]
        if goods_pair is not None:
            reporter, partner = goods_pair  # the giver and recipient of the goods ("to reach the North" is no giver)
        if give_pair is not None:
            reporter, partner = give_pair  # the government that gives the money and the country it goes to
        giver_recipient = self._double_object_giver(sentence, s, a, mentions) if metric == "aid" else None
        if giver_recipient is not None and (reporter, partner) == giver_recipient[::-1]:
            reporter, partner = giver_recipient  # "Xi Jinping promised Kenya $1 billion in loans": Xi's country lends (s13)
        host_giver = self._visit_pledge_giver(sentence, s, a, mentions) if metric in ("aid", "investment") else None
        if host_giver is not None and partner == host_giver and reporter not in (None, host_giver) \
                and not any(x.kind == "country" and x.start - s >= b and x.iso3 != host_giver
                            and not (x.iso3 == reporter and _RECIPIENT_PREP_BEFORE_RE.search(sentence, max(0, x.start - s - 12),
                                                                                             x.start - s))
                            for x in mentions) \
                and self._host_money_told(sentence, s, b, host_giver, reporter, mentions):  # review of s13: told so only
            reporter, partner = host_giver, reporter  # "a visit to China that yielded a pledge of ...": the host gives (s13)
        if whole_of is not None:
            reporter, partner = whole_of["reporter_iso3"], whole_of["partner_iso3"]
            if whole.group("plan"):
                qualifier = "forecast"  # "out of a planned $3.5 billion": the rest is still to come
        if reporter is None and partner is None and change_anaphor:
            reporter, partner = self._first_row[1], self._first_row[2]
        if reporter is None and partner is not None and metric in ("exports", "imports") and metric_pos > 0:
            # "Gazprom's exports to China rose to $10 billion": the company's country
            firms = [(m.end(), m.lastgroup) for m in self.company_re.finditer(sentence, 0, metric_pos)]
            firms += [(m.end - s, m.iso3) for m in mentions if m.kind == "organisation" and m.iso3 and m.end - s <= metric_pos]
            firms = [f for f in firms if f[1] != partner and _POSSESSIVE_GAP_RE.fullmatch(sentence[f[0]:metric_pos])]
            if firms:
                reporter = max(firms)[1]
        if reporter is not None and partner is None and metric == "aid" and self._since_aid <= 2 \
                and self._last_aid[1] not in (None, reporter) and not _AID_NEED_RE.search(sentence):
            partner = self._last_aid[1]  # "... aid to North Korea ... Between 1995 and 2008, the United States provided ..."
        if reporter is None and partner is None and metric == "aid" and self._last_metric == "aid" \
                and self._last_parties and None not in self._last_parties and _AGGREGATE not in self._last_parties \
                and self._since_figure <= 2 and _AID_GOES_ON_RE.search(sentence) and not _AID_NEED_RE.search(sentence) \
                and not _AID_BODY_RE.search(sentence) \
                and not any(m.kind in ("country", "organisation", "person")
                                                         and m.iso3 not in self._last_parties for m in mentions):
            # "Seoul released USD 8 million for aid programmes in the North. ... The Unification Ministry puts total
            # government assistance at about 2.4 trillion won.": no country named, the story's aid goes on
            reporter, partner = self._last_parties
        if reporter is None and partner is not None and metric == "aid" \
                and _GOVERNMENT_GIVES_RE.search(sentence, 0, a) \
                and any(m.kind == "country" and m.iso3 == partner and b <= m.start - s and "," not in sentence[b:m.start - s]
                        for m in mentions):
            # "The government on Thursday approved a plan to give $8 million ... to North Korea" (the recipient in the
            # amount's own clause): the outlet's government, else the one country other than the recipient whose leader
            # the story names
            leaders = {c for c in self._leader_countries if c != partner}
            if home_iso3 and home_iso3 != partner:
                reporter = home_iso3
            elif len(leaders) == 1:
                reporter = leaders.pop()
        if (reporter is None) != (partner is None) and metric == "aid":
            # "In Bishkek he agreed to provide Kyrgyzstan with aid of up to $120 million", "..., where he promised Papua New
            # Guinea aid worth $10 million" (the recipient right after the verb, not a giver)
            recipient = partner or reporter
            pron = _PRONOUN_GIVES_RE.search(sentence, 0, a)
            giver = self._main_person_country
            if pron is None:
                # "Prime Minister Fumio Kishida offered an ODA loan of ...": a named leader right before the giving verb
                for m in mentions:
                    if m.kind == "person" and m.iso3 and m.end - s < a:
                        g = _PERSON_GIVES_RE.match(sentence, m.end - s)
                        if g and g.end() <= a:
                            pron, giver = g, m.iso3
            if pron and giver not in (None, recipient) \
                    and any(m.kind == "country" and m.iso3 == recipient and m.start - s >= pron.start() for m in mentions) \
                    and not any(m.kind == "country" and m.iso3 == recipient and m.start - s >= pron.start()
                                and _FROM_GIVER_BEFORE_RE.search(sentence, max(0, m.start - s - 12), m.start - s) for m in mentions):
                reporter, partner = giver, recipient
        pledge = _BARE_PLEDGE_BEFORE_RE.search(sentence, max(0, a - 40), a) if metric == "aid" else None
        if pledge:
            clo = max(sentence.rfind(", and ", 0, a) + 6, sentence.rfind("; ", 0, a) + 2, _clause_bounds(sentence, a, b)[0])
            # the pledge's own subject: a country or leader between the clause's start and the verb; none ("..., and
            # promised a further $5 billion", "; it has promised ..."): the donor of the clause before goes on
            subject = next((m.iso3 for m in mentions if m.kind in ("country", "person") and m.iso3
                            and clo <= m.start - s < pledge.start()), None) if clo > 5 else None
            to = _RECIPIENT_AFTER_RE.match(sentence, b)
            named = to is not None and any(m.kind == "country" and m.iso3 and to.end() <= m.start - s <= to.end() + 12
                                           for m in mentions)  # "to Ukraine", not "to the fund"
            prev = next((r for _k, r in sorted(self._sentence_rows.items(), reverse=True) if r.get("metric") == "aid"), None)
            if subject is not None and not named and (prev is not None or _DONOR_WORD_RE.search(sentence, 0, clo)):
                # "South Korea raised its contribution ..., and U.S. President Joe Biden had earlier promised $4 billion":
                # a bare pledge with a subject of its own is a fellow donor's (figures round K); its recipient is the one
                # of the clause before when that gave aid to a country ("Japan gave Ukraine $5 billion ..., and Germany
                # promised $3 billion"), else unknown (review of round K, finding 5)
                if prev is None or prev["partner_iso3"] == subject:
                    return None
                reporter, partner = subject, prev["partner_iso3"]
        if running is not None:
            reporter, partner = running["reporter_iso3"], running["partner_iso3"]
            qualifier = running["qualifier"] if qualifier == "actual" else qualifier
        if base_of is not None and {reporter, partner} - {None} <= {base_of["reporter_iso3"], base_of["partner_iso3"]}:
            reporter, partner = base_of["reporter_iso3"], base_of["partner_iso3"]  # the base's two sides: the first amount's
        if metric == "aid" and reporter is not None and partner is not None and running is None and base_of is None:
            recv = _RECEIVE_BEFORE_RE.search(sentence, max(seg_lo, a - 60), a)
            recipient = self._state_giver(sentence, s, recv.start(), mentions) if recv else None
            if recipient is not None and recipient != partner:
                # "Washington has given Egypt $1.3 billion a year. Israel, the largest recipient, receives about $3.8
                # billion a year": the receiving subject is the recipient; the giver is the other side, else the giver of
                # the story's aid before when the other side is a recipient of it (round 2 of session 8)
                giver = partner if recipient == reporter else reporter
                if self._last_aid is not None and giver == self._last_aid[1] and self._last_aid[0] not in (None, recipient):
                    giver = self._last_aid[0]
                reporter, partner = giver, recipient
        if metric in ("exports", "imports") and reporter is not None and partner is not None and metric_pos >= 0 \
                and _PRONOUN_PARTNER_AFTER_RE.match(sentence, metric_pos):
            # "$419 billion of imports from Canada and $354 billion of exports to it": the pronoun is the country named last
            # before it, the partner (figures session 9)
            named = [m.iso3 for m in mentions if m.kind == "country" and m.iso3 and m.start - s < metric_pos
                     and not _CURRENCY_AFTER_RE.match(sentence, m.end - s)]
            if named and named[-1] == reporter:
                reporter, partner = partner, reporter
        if metric in ("aid", "investment") and k and sentence.rfind(":", 0, a) >= 0:
            whole_row = self._colon_whole(sentence, s, amounts, k, mentions)
            if whole_row is not None:
                # "... with $24 billion in Chinese pledges: $15 billion of investment and $9 billion in credit lines": the
                # breakdown after a colon is between the two of the sum before it (figures session 9)
                reporter, partner = whole_row["reporter_iso3"], whole_row["partner_iso3"]
                part_lo = max(sentence.rfind(":", 0, a), sentence.rfind(",", 0, a), sentence.rfind(" and ", 0, a))
                part_hi = amounts[k + 1].start - s if k + 1 < len(amounts) else len(sentence)
                if qualifier == "actual" and whole_row["qualifier"] in ("forecast", "target") \
                        and not _ACTUAL_PART_RE.search(sentence, part_lo, part_hi):
                    qualifier = self._last_qualifier = whole_row["qualifier"]  # a part of a pledge is pledged too
        if metric in ("aid", "investment") and k:
            gapped = self._gapped_party(sentence, s, amounts, k, mentions)
            if gapped is not None:
                # "Saudi Arabia pledged $5 billion to Egypt, the United Arab Emirates $3 billion and Kuwait $4 billion": the
                # verb and the recipient left out, the country before the amount is the next giver; "pledged Kenya $5
                # billion and Uganda $3 billion": the next recipient (figures session 9). No row before: no pair.
                prev, role, iso = gapped
                if prev is None or prev["metric"] != metric:
                    return None
                reporter, partner = (iso, prev["partner_iso3"]) if role == "giver" else (prev["reporter_iso3"], iso)
                if reporter == partner:
                    return None
                qualifier = self._last_qualifier = prev["qualifier"]  # the verb left out is the one before ("pledged")
        if metric in ("aid", "investment") and _SUM_OF_GIVERS_AFTER_RE.match(sentence, b) \
                and (_coordinated_givers(sentence, a, mentions, s)
                     or len({(r["reporter_iso3"], r["partner_iso3"]) for r in self._sentence_rows.values()
                             if r["metric"] == metric}) >= 2):  # "Laos $500 million and Cambodia $300 million, $800 million together"  # one giver "jointly" keeps its figure (review fixes)
            return None  # "Saudi Arabia and the UAE pledged $8 billion between them": a sum over givers (figures session 12)
        if k and _COMBINED_BEFORE_RE.search(sentence, max(0, a - 30), a):
            rows_here = [r for r in self._sentence_rows.values() if r["metric"] == metric]
            if len({r["reporter_iso3"] for r in rows_here}) >= 2 or len({r["partner_iso3"] for r in rows_here}) >= 2:
                return None  # "..., Kuwait $4 billion, a combined $12 billion lifeline": the sum of several givers' money
        if reporter is None or partner is None or reporter == _AGGREGATE:
            return None  # a sum with a country on one side only, or summed over partners, is no bilateral figure
        if self._not_bilateral_s18(sentence, s, a, b, metric, partner, mentions):
            return None
        if metric == "aid" and not money_giver and any(m.kind == "country" and m.iso3 == reporter and m.start - s < a
                                   and self.private_giver_re.match(sentence, m.end - s) for m in mentions):
            return None  # "A South Korean pastor donated $20,000 ...": a private gift, no state aid
        lead_estimate = carried_estimate = False
        if qualifier == "estimate" and (self._source_estimate or _LEAD_ESTIMATE_RE.match(sentence)
                                        or _SINGLE_ESTIMATE_RE.match(sentence, 0, 30)):
            lead_estimate = True  # "..., according to calculations by X", "By our reckoning, trade came to ..."
        elif qualifier == "actual" and self._lead_estimate and self._index - self._lead_estimate[0] in (0, 1, 2) \
                and {reporter, partner} == self._lead_estimate[1] and not _OWN_SOURCE_RE.search(sentence):
            # "Trade ... shrank to 1.43 trillion yen, according to calculations made by the agency. Japan's purchases
            # from Russia fell to 1.04 trillion yen, while ...": the breakdown right after is the same reckoning
            qualifier = "estimate"
            carried_estimate = True
        # (a pledge's "in January" is the past month of pledging, not a month to come)
        period = self._period(sentence, s, a, b, seg_lo, seg_hi, published,
                              qualifier in ("forecast", "target") and not pledged, reporter)
        if bonds is not None and give_pair == bonds and period is not None and period.text \
                and not self._bond_dated(sentence, a, b, period.text):
            period = None  # (s18) "released in September, committed Beijing to buying ...": another clause's month
        if _IN_ALL_AFTER_RE.match(sentence, b) and len({y.group() for y in _YEAR_NUM_RE.finditer(sentence, b)}) >= 2:
            # "credit lines worth $8 billion in all - $862 million in 2010, $2 billion in 2016 and ...": a sum over years
            period = None
        elif period is not None and compensation is not None and give_pair == compensation \
                and _COMP_OVER_YEARS_RE.search(sentence, b, max(b, _clause_bounds(sentence, a, b)[1])):
            # "paid the Philippines $550 million in war reparations over 20 years after 1956": the payments' horizon gives no
            # year (the lead's horizon convention; figures fix of session 11)
            period = None
        elif period is not None and period.text in self._horizon_texts:
            # "pledged $1 billion over the next five years", "in the coming three years": a span from now gives no year
            # (the lead's convention decision, figures session 7, fourth round; "by 2030" keeps 2030)
            period = None
        if period is not None and qualifier == "target" and period.precision in ("month", "day") \
                and period.char_end <= a and period.text != self._carry_text \
                and not _DEADLINE_TEXT_RE.match(sentence, max(0, period.char_start - 8), period.char_end):
            # "Sisi visited in January, when both sides agreed to lift trade to $12 billion within five years", "agreed on
            # Monday to lift trade to": a month or day before a goal is when the goal was set, not the goal's own period
            # ("by March 2025" is a deadline and stays; figures session 7)
            period = None
        if period is not None and qualifier == "target" and period.text != self._carry_text \
                and goal_year_of_other_clause(sentence, period, a, published):
            period = None  # "reached $7.4 billion last year, and the leaders set a goal of $10 billion" (figures session 13)
        if (period is None or period.text == self._carry_text) and k + 1 < len(amounts) \
                and _COORDINATED_NEXT_RE.fullmatch(sentence, b, amounts[k + 1].start - s):
            # "imported $13 billion of goods from China and $9 billion from India in 2023": the first of two coordinated
            # amounts takes the date written right after the second (figures session 7, fourth round)
            nxt = amounts[k + 1].end - s
            later = [d for d in self.dates.find(sentence, published) if d.char_start >= nxt
                     and d.precision in ("year", "month") and not d.text.lower().startswith("since")]
            if later and _COORDINATED_TAIL_RE.fullmatch(sentence, nxt, later[0].char_start) \
                    and not any(nxt <= x.start - s < later[0].char_start for x in amounts[k + 2:]):
                period = later[0]
        if period is None and qualifier in ("actual", "estimate") and published is not None \
                and _YEAR_AHEAD_RE.search(sentence, b, min(seg_hi, b + 60)):
            # "exports reached $97 billion, up 12% from 2022", "a 6% rise on 2022": with no date of its own the amount is
            # of the year after its yardstick year, once that year is over (figures session 7)
            for d in self.dates.find(sentence, published):
                if b <= d.char_start < min(seg_hi, b + 60) and d.precision == "year" and d.start.year == d.end.year \
                        and _YEAR_ONLY_RE.search(d.text) and _RATE_GAP_RE.search(sentence, b, d.char_start) \
                        and _is_yardstick(sentence, d, b, [d], published):
                    y = d.start.year + 1
                    if dt.date(y, 12, 31) < published:
                        period = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y} (a year after {_YEAR_ONLY_RE.search(d.text).group()})")
                    break
        if period is not None and 58 <= (period.end - period.start).days < 367 \
                and qualifier == "actual" and (period.text == self._carry_text or period.char_end <= a) \
                and (published is None or period.end < published) \
                and not _EARLIER_AFTER_RE.search(sentence, b, min(len(sentence), b + 30)):
            prev_k = max((j for j, x in enumerate(amounts) if x.end - s <= a), default=None)
            prev_end = amounts[prev_k].end - s if prev_k is not None else None
            if prev_end is not None and self._same_quantity(sentence, s, a, b, prev_k, metric, reporter, partner, mentions) \
                    and (_CHANGE_BASE_GAP_RE.fullmatch(sentence, prev_end, a)
                    # "rose to $25 billion in the first half of 2023 from $22 billion": the first amount's own period of
                    # any length between the two (figures round L)
                    or (prev_end <= period.char_start and period.char_end <= a and period.text != self._carry_text
                        and _DATE_GLUE_RE.fullmatch(sentence, prev_end, period.char_start)
                        and _CHANGE_BASE_GAP_RE.fullmatch(sentence, period.char_end, a))):
                # "Imports fell to $1.52 billion from $2.32 billion" in a 1998 story: the base is 1997's (the convention
                # for a change's base: the year before the sentence's, unless it names its own; figures round K); a half
                # year or a run of months: the same stretch a year before ("compared with", "versus" alike; round L); a
                # single month is left alone ("in August from $X" may be July's)
                seq = _SEQUENTIAL_BASE_AFTER_RE.match(sentence, b)
                if seq:
                    # "from $30 billion in the previous quarter", "from $31 billion three months earlier": the stretch
                    # right before, as long as the amount's own (review of round L, finding 2)
                    n = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
                    period = DateSpan(_months_before(period.start, n), period.start - dt.timedelta(days=1), "month",
                                      seq.group().strip(" ,"), period.char_start, period.char_end)
                else:
                    # (its words: "a year earlier", not the first amount's "in the first half of 2023"; review of round L,
                    # finding 10)
                    period = DateSpan(_years_before(period.start), _years_before(period.end), period.precision,
                                      "a year earlier", period.char_start, period.char_end)
        if period is not None and period.precision == "year" and period.start.year == period.end.year \
                and period.char_start > a and _SAME_PERIOD_BEFORE_RE.search(sentence, max(0, period.char_start - 40),
                                                                             period.char_start):
            # "$12.7 billion in the first 11 months of 2023, down from $13.8 billion in the same period of 2022": the
            # stretch of the amount before in the sentence, in the year named (figures round L)
            ref = next((r for r in reversed(list(getattr(self, "_sentence_rows", {}).values()))
                        if r.get("period_start") and 28 <= (r["period_end"] - r["period_start"]).days < 360), None)
            if ref is not None:
                n = ref["period_end"].year - period.start.year
                period = DateSpan(_years_before(ref["period_start"], n), _years_before(ref["period_end"], n), "month",
                                  period.text, period.char_start, period.char_end)
        if _PEAK_YEAR_AFTER_RE.match(sentence, b):
            # "dropped to $4 billion from $11 billion in the peak year": the year of the story's record figure, else none
            # (not a date of a later clause, "... stopped loading this month"; figures session 7)
            peak = self._peak_period
            period = DateSpan(peak[0], peak[1], "year", "the peak year") if peak else None
        if period is None and part_of is not None and part_of.get("period_start"):
            # "... pledged $600 million in aid to Ethiopia for 2024. Out of that, $250 million will go to ...": the part
            # covers the whole's period (figures round L)
            whole_years = part_of["period_start"].timetuple()[1:3] == (1, 1) and part_of["period_end"].timetuple()[1:3] == (12, 31)
            period = DateSpan(part_of["period_start"], part_of["period_end"], "year" if whole_years else "month",
                              part_of["period_text"] or "")
        own_month = _MONTH_FIGURE_RE.search(sentence, max(seg_lo, a - 60), a) if anaphor else None
        if own_month and (period is None or period.text == self._carry_text):
            # "November's figure of 161.92 billion yuan" after a January-November total: that month, in the story's year
            month = _MONTHS.index(own_month.group("m")[:3].lower()) + 1
            year = period.start.year if period is not None else (
                published.year - (month > published.month) if published is not None else None)
            if year is not None:
                nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
                period = DateSpan(dt.date(year, month, 1), nxt - dt.timedelta(days=1), "month", own_month.group(),
                                  own_month.start(), own_month.end())
        if pledged and period is not None and published is not None and period.text != self._carry_text \
                and period.end < published and (period.end - period.start).days < 366 \
                and not _FOR_PERIOD_BEFORE_RE.search(sentence, max(0, period.char_start - 30), period.char_start) \
                and not _FOR_PERIOD_RE.match(period.text):
            # "Seoul promised Moscow $3 billion in economic aid in January", "pledged $50 million ... last year": the day
            # of the pledge, not a period the money covers (figures round J); but "pledged $3 billion in aid to Ukraine for
            # 2023" names the money's period (review of round J, finding 10b)
            period = None
        if qualifier == "actual" and self._index - self._story_estimate in (1, 2) and not _OWN_SOURCE_RE.search(sentence) \
                and (period is None or self._carry is None or (period.start <= self._carry.end and self._carry.start <= period.end)):
            # "Italy's trade with Turkey rose in 2023, preliminary figures show. Italian exports to Turkey reached 14 billion
            # euros": a preliminary count named in a moneyless lead reckons the figures of its period after it
            qualifier = "estimate"
        if lead_estimate:
            self._lead_estimate = (self._index, {reporter, partner}, period)
        elif carried_estimate:
            lead_period = self._lead_estimate[2]
            if period is not None and lead_period is not None and (period.start, period.end) != (lead_period.start, lead_period.end) \
                    and period.text != self._carry_text:
                qualifier = "actual"  # "close to the $34.4 million cited for 2023": another year, no breakdown of the estimate
            else:
                self._lead_estimate = (self._index, self._lead_estimate[1], lead_period)
        if qualifier == "target" and period is not None and period.text != self._carry_text and period.char_end <= a \
                and _TARGET_REL_AFTER_RE.match(sentence, b):
            # "reached $10 billion in 2022, short of the $15 billion which both adopted as a target": 2022 is not its year;
            # "... named as their target for 2025": the clause's own year is
            rel = _TARGET_REL_AFTER_RE.match(sentence, b)
            own = _TARGET_REL_YEAR_RE.match(sentence, rel.end())
            y = int(own.group("y")) if own else None
            period = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", own.group().strip()) if y else None
        if period is None and metric == "aid" and self._since_aid == 1 and self._last_aid_period \
                and self._last_aid[:2] == (reporter, partner) and _ALSO_BEFORE_RE.search(sentence, 0, a):
            # "... worth about $40 million, is expected to reach the North from October. Tokyo will also give about $7
            # million to UNICEF ...": "also" adds to the package of the sentence before, in its time frame
            period = DateSpan(self._last_aid_period[0], self._last_aid_period[1], "year", self._carry_text)
        if period is None and metric in ("aid", "investment") and published is not None and qualifier in ("actual", "estimate") \
                and _HAVE_GIVEN_RE.search(sentence):
            since = _SINCE_YEAR_RE.search(sentence)
            if since and int(since.group("y")) <= published.year:
                period = DateSpan(dt.date(int(since.group("y")), 1, 1), dt.date(published.year, 12, 31), "year",
                                  since.group())
        if period is None and qualifier == "actual" and metric in ("aid", "other") and part_of is None:
            # "Saudi Arabia has deposited $5 billion with Egypt's central bank": a one-off transfer told as the story's news
            # with no period of its own covers the publication year (the lead's convention, figures session 12)
            period = _done_act_period(sentence, a, b, seg_lo, seg_hi, [x.start - s for x in amounts[:k]], published)
        if period is None and metric == "other" and qualifier == "actual" and part_of is None and (
                y := swap_news_year(sentence, a, b, self._prev_sentence, published, self._lexdir)) is not None:
            period = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", _PUBLISHED_TEXT)  # s14 (figures_swap14.py)
        if period is None and qualifier == "actual" and metric in ("aid", "other", "investment") and part_of is None \
                and self._news_sum is not None and breakdown_of_news_sum(
                    sentence, s, a, self._index, {"reporter_iso3": reporter, "partner_iso3": partner, "value": amount.value,
                                                  "currency": amount.currency,
                                                  "value_usd": amount.value if amount.currency == "USD" else amount.usd},
                    self._news_sum):
            # "has released $87.3 million to Palau: $65.2 million for ...", "... signed loans worth 61 billion yen. The
            # biggest, a 50 billion yen loan, ...": a part of a sum signed or paid as the news covers the sum's year
            # (s17-fy, figures_year17.py); not a sum of its own, so its year is not carried on either
            whole = self._news_sum[1]
            period = DateSpan(whole["period_start"], whole["period_end"], "year", _PUBLISHED_PART_TEXT)
        self._period_published = period is not None and period.text == _PUBLISHED_TEXT
        if qualifier in ("actual", "estimate") and period is not None and published is not None \
                and period.start > published and period.text != self._carry_text:
            qualifier = "forecast"  # "We count on trade reaching $200 billion by 2024": a year still to come
        if metric == "exports" and reporter is not None and partner is not None \
                and (adj := goods_exporter_offset(sentence, a)) is not None \
                and any(m.kind == "country" and m.iso3 == partner and m.start - s == adj for m in mentions):
            # "The US remained the biggest market for Indian goods, taking exports worth $77.5 billion": the goods'
            # nationality exports, the market imports (s17-fy, figures_year17.py)
            reporter, partner = partner, reporter
        confidence = 0.9 if reporter and partner else 0.6
        if amount.bare:
            confidence -= 0.2  # no currency written: taken from the article
        return {
            "figure_id": stable_id(article_id, metric, reporter, partner, amount.value, amount.start, amount.end),
            "article_id": article_id,
            "metric": metric,
            "reporter_iso3": reporter,
            "partner_iso3": partner,
            "value": amount.value,
            "value_low": amount.low,
            "value_high": amount.high,
            "currency": amount.currency,
            "value_usd": amount.value if amount.currency == "USD" else amount.usd,
            "amount_text": amount.text,
            "period_start": period.start if period else None,
            "period_end": period.end if period else None,
            "period_text": (None if period.text in (self._carry_text, _PUBLISHED_TEXT, _PUBLISHED_PART_TEXT) else period.text)
            if period else None,
            "qualifier": qualifier,
            "is_record": is_record,
            "is_approximate": is_approx,
            "evidence": sentence,
            "char_start": amount.start,
            "char_end": amount.end,
            "confidence": round(confidence, 2),
        }

    def _far_base(self, sentence, s, amounts, k, mentions) -> dict | None:
        """The row of the amount before when amount ``k`` is the base of its change ("dropped to $1.63 billion from $2.36
        billion", "fell to $23.69 billion in 2014, the year ..., from $35.51 billion in 2011"): the same money between the
        same two, unless another country is named between them or right after (figures session 9)."""
        prev_a, prev_b = amounts[k - 1].start - s, amounts[k - 1].end - s
        a, b = amounts[k].start - s, amounts[k].end - s
        if not (_CHANGE_TO_BEFORE_RE.search(sentence, max(0, prev_a - 80), prev_a)
                and _FAR_BASE_GAP_RE.fullmatch(sentence, prev_b, a)):
            return None
        prev = self._sentence_rows[k - 1]
        pair = {prev["reporter_iso3"], prev["partner_iso3"]}
        if any(m.kind == "country" and m.iso3 not in pair and prev_b <= m.start - s < min(len(sentence), b + 40)
               for m in mentions):
            return None
        return prev

    def _ranked_partner(self, sentence, s, a, mentions) -> tuple[str, str] | None:
        """(hub, partner) when the amount at ``a`` is a ranked partner's, right after it: "China is Brazil's largest trading
        partner, ..., far ahead of the United States at $75 billion", "The Netherlands followed in third place with a
        turnover of 220.1 billion euros" (with a hub named so far); else None."""
        if self._hub is None or not _RANKED_WORD_RE.search(sentence):
            return None
        for m in mentions:
            if m.kind == "country" and m.iso3 and m.iso3 != self._hub[0] and m.end - s < a \
                    and _RANKED_GAP_RE.fullmatch(sentence, m.end - s, a):
                return self._hub[0], m.iso3
        return None

    def _same_quantity(self, sentence, s, a, b, prev_k, metric, reporter, partner, mentions) -> bool:
        """whether the amount ending at b measures what the amount before it in the sentence (index prev_k) measures: the
        same metric between the same two, in the same direction, and no other country named right after it. Only then is
        it the base of a change ("rose to $X from $Y", "$X, compared with $Y"); "compared with $Y for its exports to
        India", "versus $Y in imports" set another quantity beside it, of the same period (review of round L, finding 1)"""
        prev = self._sentence_rows.get(prev_k) if prev_k is not None else None
        if prev is None or prev["metric"] != metric or (prev["reporter_iso3"], prev["partner_iso3"]) != (reporter, partner):
            return False
        hi = min(_clause_bounds(sentence, a, b)[1], b + 40)
        return not any(m.kind == "country" and m.iso3 not in (reporter, partner) and b <= m.start - s < hi
                       for m in mentions)

    def _coordinated_flow(self, sentence, s, amounts, k, metric, metric_pos, mentions) -> bool:
        """True when the amount's exports/imports word is coordinated right after the figure before, of the other flow,
        and names no country of its own: "X's exports of $1 billion and imports of $2 billion" (the same two countries)."""
        prev = self._sentence_rows.get(k - 1) if k else None
        if prev is None or metric not in ("exports", "imports") or prev["metric"] not in ("exports", "imports") \
                or metric == prev["metric"] or metric_pos < 0:
            return False
        gap_lo, a = amounts[k - 1].end - s, amounts[k].start - s
        return gap_lo <= metric_pos < a and bool(_COORD_FLOW_GAP_RE.fullmatch(sentence, gap_lo, metric_pos)) \
            and not any(m.kind == "country" and metric_pos <= m.start - s < a for m in mentions)

    def _colon_whole(self, sentence, s, amounts, k, mentions) -> dict | None:
        """The row of the sum told right before a colon when amount ``k`` is one item of its breakdown after it, with no
        country named from the colon to the end of the amount's clause ("$24 billion in Chinese pledges: $15 billion of
        investment and $9 billion in credit lines"); None otherwise (figures session 9)."""
        a = amounts[k].start - s
        colon = sentence.rfind(":", 0, a)
        # the last amount before the colon, within the few amounts before this one (a breakdown is short)
        whole_k = next((j for j in range(k - 1, max(-1, k - 8), -1) if amounts[j].end - s <= colon), None)
        whole = self._sentence_rows.get(whole_k) if whole_k is not None else None
        if whole is None:
            return None
        if whole["metric"] not in ("aid", "investment") or amounts[k].value >= whole["value"] \
                or not _COLON_GAP_RE.fullmatch(sentence, amounts[whole_k].end - s, colon):
            return None
        hi = _clause_bounds(sentence, a, amounts[k].end - s)[1]
        if any(m.kind in ("country", "organisation") and colon < m.start - s < hi for m in mentions) \
                or _COLON_APART_RE.match(sentence, colon + 1):
            return None  # "...: separately, $2 billion of aid from the IMF arrived" (review of session 9)
        return whole

    def _gapped_party(self, sentence, s, amounts, k, mentions):
        """(row before, "giver" or "recipient", ISO3) when amount ``k`` follows a country in a list that leaves out the verb
        of the amount before ("..., the United Arab Emirates $3 billion and Kuwait $4 billion", "..., matched by Germany's
        $100 million"): the country is a giver when the amount before ran on to its recipient ("pledged $5 billion to
        Egypt"), a recipient when the recipient stood before it ("pledged Kenya $5 billion"); None otherwise (figures
        session 9)."""
        prev_b, a = amounts[k - 1].end - s, amounts[k].start - s
        # only the mentions between the two amounts (a sentence of thousands of them must stay linear)
        lo = bisect.bisect_left(mentions, prev_b + s, key=lambda m: m.start)
        hi = bisect.bisect_left(mentions, a + s, lo, key=lambda m: m.start)
        country = next((m for m in mentions[lo:hi] if m.kind == "country" and m.iso3
                        and _GAPPED_BEFORE_AMOUNT_RE.fullmatch(sentence, m.end - s, a)), None)
        if country is None or not _GAPPED_LEAD_RE.search(sentence, max(prev_b, country.start - s - 16), country.start - s) \
                or _GAPPED_VERB_RE.search(sentence, prev_b, country.start - s):
            return None
        # a recipient or a verb of its own after the amount ("Iran's $3 billion loan to Iraq has stalled", "India's $1
        # billion in aid to Nepal"): no gapped item (review of session 9)
        nxt = amounts[k + 1].start - s if k + 1 < len(amounts) else len(sentence)
        hi_item = min(_clause_bounds(sentence, a, amounts[k].end - s)[1], nxt)
        sep = _ITEM_END_RE.search(sentence, amounts[k].end - s, hi_item)
        hi_item = sep.start() if sep else hi_item  # the item ends at the next comma or "and" (", and Kuwait $4 billion")
        lo_m = bisect.bisect_left(mentions, amounts[k].end, key=lambda m: m.start)
        hi_m = bisect.bisect_left(mentions, hi_item + s, lo_m, key=lambda m: m.start)
        if any(m.kind == "country" for m in mentions[lo_m:hi_m]) \
                or _GAPPED_VERB_RE.search(sentence, amounts[k].end - s, hi_item):
            return None
        prev = self._sentence_rows.get(k - 1)
        if prev is None:
            return None, "giver", country.iso3
        prev_a = amounts[k - 1].start - s
        before = any(m.kind == "country" and m.iso3 == prev["partner_iso3"] and m.start - s < prev_a
                     and (_GAPPED_VERB_BEFORE_RE.search(sentence, max(0, m.start - s - 24), m.start - s)
                          or _GAPPED_LEND_BEFORE_RE.search(sentence, max(0, m.start - s - 24), m.start - s)) for m in mentions)
        if not before and not _GAPPED_GIVER_VERB_RE.search(sentence, max(0, prev_a - 200), prev_a):
            return None  # a gapped giver only after a verb of giving ("pledged $5 billion to Egypt, ...")
        return prev, ("recipient" if before else "giver"), country.iso3

    def _cut_ignore(self, sentence, lo, near) -> bool:
        """True when every ignored phrase found in ``near`` (the text at ``lo`` of ``sentence``) runs to the window's cut
        and is no ignored phrase in the whole sentence: "$4 billion of foreign direct investment| from South Korea" (the
        cut hid the "from" that makes it a country's investment; figures session 9)."""
        hi = lo + len(near)
        for rx in self.ignore:
            for m in rx.finditer(near):
                if sentence[lo + m.end():hi].strip() or hi >= len(sentence):
                    return False
                full = rx.match(sentence, lo + m.start())
                if full is not None or not _CUT_FROM_NAMED_RE.match(sentence, lo + m.end()):
                    return False  # "foreign direct investment from abroad": a national inflow (review of session 9)
        return True

    def _parts_total(self, sentence, a, b, amount, mentions, located=None) -> dict | None:
        """The trade row of the sentence before when the amount at [a, b) is one flow of it told with no country at all
        ("Imports accounted for $98.5 billion; exports were a mere $15.3 billion" after "India's trade with China reached
        $113.8 billion"): smaller than the total, in its currency, not a country's trade with the world (figures
        session 9). Its reporter is the country that owns the trade, named first."""
        last = self._last_row
        total = last if last is not None and last["metric"] == "trade" else \
            (self._parts_of[0] if self._parts_of is not None and self._parts_of[1] == self._index else None)
        if total is None:
            return None
        if None in (total["reporter_iso3"], total["partner_iso3"]) or _AGGREGATE in (total["reporter_iso3"], total["partner_iso3"]) \
                or total["currency"] != amount.currency or amount.value >= total["value"] \
                or _GLOBAL_SCOPE_RE.search(sentence, *_clause_bounds(sentence, a, b)) \
                or any(m.iso3 for m in mentions if m.kind in ("country", "person", "organisation")) \
                or not (_PARTS_PAIR_RE.search(sentence) or self._parts_sum(sentence, total, located)):
            return None
        self._parts_of = (total, self._index)  # the sentence's next part ("...; exports were a mere $15.3 billion")
        return total

    @staticmethod
    def _parts_sum(sentence, total, located) -> bool:
        """True when the sentence tells both flows of the pair's trade and its two amounts add up to the total ("Imports
        accounted for $98.5 billion; exports were a mere $15.3 billion" after $113.8 billion): a breakdown, not one good's
        flow or another flow of the story (review of session 9)."""
        if located is None:
            return False
        amounts, s = located  # the sentence's amounts (sorted by start; a document of thousands stays linear)
        lo = bisect.bisect_left(amounts, s, key=lambda x: x.start)
        here = amounts[lo:bisect.bisect_left(amounts, s + len(sentence), lo, min(len(amounts), lo + 3), key=lambda x: x.start)]
        if len(here) != 2 or not (_PARTS_IMPORT_RE.search(sentence) and _PARTS_EXPORT_RE.search(sentence)) \
                or any(x.currency != total["currency"] for x in here):
            return False
        return abs(sum(x.value for x in here) - total["value"]) <= 0.015 * total["value"]

    def _coordinated_predicate(self, sentence, s, amounts, k, metric, metric_pos, mentions) -> bool:
        """True when the amount's flow verb is a second predicate of the subject of the flow before, with no country of its
        own in its clause: "X imported $505 billion worth of Y goods in 2017 and exported $130 billion", "X bought $463
        billion of Y goods and sold $116 billion there" (figures session 9)."""
        prev = self._sentence_rows.get(k - 1) if k else None
        if prev is None or metric not in ("exports", "imports") or prev["metric"] not in ("exports", "imports") \
                or metric_pos < 0:
            return False
        gap_lo, a = amounts[k - 1].end - s, amounts[k].start - s
        if not (gap_lo <= metric_pos < a and _FLOW_VERB_RE.match(sentence, metric_pos)
                and _COORD_PREDICATE_GAP_RE.fullmatch(sentence, gap_lo, metric_pos)):
            return False
        hi = _clause_bounds(sentence, a, amounts[k].end - s)[1]
        comma = sentence.find(",", amounts[k].end - s, hi)
        hi = comma if comma >= 0 else hi  # "..., producing a gap that the White House wants cut": another phrase
        return not any(m.kind == "country" and metric_pos <= m.start - s < hi for m in mentions)

    @staticmethod
    def _quote_speaker(sentence, s, a, mentions) -> str | None:
        """The country of the speaker of a quote with "we"/"our" around the amount: '"We expect trade to reach $30 billion
        by 2030," Vietnamese Prime Minister Pham Minh Chinh told Yoon' -> VNM; None without such a quote."""
        for q in _QUOTE_RE.finditer(sentence):
            if not (q.start() <= a < q.end()) or not _FIRST_PERSON_RE.search(q.group()):
                continue
            att = _ATTRIBUTION_RE.match(sentence, q.end())
            if not att:
                return None
            who = [m for m in mentions if m.iso3 and m.kind in ("country", "person")
                   and q.end() <= m.start - s < q.end() + att.end() - q.end() + 60]
            return who[0].iso3 if who else None
        return None

    def _company_investor(self, sentence, s, a, b, seg_lo, metric, metric_pos, mentions):
        """A company investing abroad: (its country, the host country, metric position, company start) or None.

        "Hyundai Motor was ready to invest 27 billion rubles in a plant in St. Petersburg, the Russian minister said":
        the company is the subject right before "invest" (or before "a $17 billion plant"); the host is the country
        after "in"/"into", else the other country of the sentence. A company at home ("Toyota will invest $1 billion in
        its plants") or with no host named gives nothing here."""
        stake_bought = _STAKE_BOUGHT_BEFORE_RE.search(sentence, max(0, a - 140), a) if metric in (None, "investment", "imports") \
            else None
        if metric == "imports" and stake_bought:
            metric = None  # "bought a 67 percent stake in the port authority for ...": a stake, not goods (session 8)
        if metric not in (None, "investment"):
            return None
        found = [f for f in self._sentence_firms(sentence, s, mentions) if f[1] <= a]
        if not found:
            return None
        bought = None
        if metric is None or (metric == "investment" and not _INVESTMENT_AFTER_RE.match(sentence, b)):
            # a stake bought or money put into a project (figures session 8): the verb anchors the company subject
            if _STAKE_FOR_AFTER_RE.match(sentence, b):
                bought = _PAY_BEFORE_RE.search(sentence, max(0, a - 40), a) or stake_bought
            else:
                bought = stake_bought or (
                    _INTO_AFTER_RE.match(sentence, b) and _PUT_INTO_BEFORE_RE.search(sentence, max(0, a - 40), a))
        if bought:
            anchor = bought.start()
        elif metric == "investment" and _INVESTMENT_AFTER_RE.match(sentence, b):
            anchor = a  # "Honda announced a $4.4 billion investment in Ohio"
        elif (metric is None or metric_pos > b) and _PLANT_AFTER_RE.match(sentence, b):
            # "is building a $2 billion plant": the plant is the company's money, whether no word names the metric or one
            # after it does ("..., the largest foreign investment in ..."; session 8, one rule since its review)
            anchor = a
        elif metric == "investment":
            if not 0 <= metric_pos < a or not (_INVEST_VERB_RE.match(sentence, metric_pos)
                                               or _OWN_INVESTMENT_RE.match(sentence, max(0, metric_pos - 30), metric_pos + 12)):
                return None  # "invest" the verb, with its subject before it; or "its planned investment in the US"
            anchor = metric_pos
        else:
            return None
        subject = [f for f in found if f[1] <= anchor and (_COMPANY_GAP_RE.fullmatch(sentence, f[1], anchor)
                                                            or _COMPANY_SAID_GAP_RE.fullmatch(sentence, f[1], anchor)
                                                            or _COMPANY_HEAD_GAP_RE.fullmatch(sentence, f[1], anchor))
                   and not _COMPANY_BREAK_RE.search(sentence[f[1]:anchor])]
        if not subject and bought:
            # "COSCO bought a 51 percent stake ... for 280.5 million euros and is due to pay a further 88 million euros for
            # another 16 percent": the company is the subject of both verbs (figures session 8)
            subject = [f for f in found if f[1] <= anchor and _COORD_VP_GAP_RE.fullmatch(sentence, f[1], anchor)]
        if not subject:
            return None
        c0, c1, iso = subject[-1]
        countries = [(m.start - s, m.end - s, m.iso3) for m in mentions if m.kind == "country" and m.iso3
                     and m.iso3 != iso and not _CURRENCY_AFTER_RE.match(sentence, m.end - s)
                     and not (c0 <= m.start - s < c1)]
        # the host after "in"/"into" in the amount's own clause ("..., Putin told Xi in China" is another clause)
        host = [c for c in countries if c[0] > c1 and _prep_before(sentence, c[0], "in|into|to")
                and not _SOFT_BREAK_RE.search(sentence[b:c[0]])]
        if not host and iso != "USA":
            # "a $17 billion chip plant in Taylor, Texas": a U.S. state names the host (not Georgia: also a country)
            state = _US_STATE_RE.search(sentence, b)
            if state and _IN_PLACE_END_RE.search(sentence[max(b, state.start() - 40):state.start()]) \
                    and not _HARD_BREAK_RE.search(sentence[b:state.start()]):
                return iso, "USA", anchor, c0
        if not host and any(c[2] == iso and _prep_before(sentence, c[0], "in|into|to")
                            for c in ((m.start - s, m.end - s, m.iso3) for m in mentions
                                      if m.kind == "country" and m.start - s > c1)):
            # (the home country as the place the money goes; "..., on top of loans offered by Beijing" is no place;
            # figures session 8)
            return _AT_HOME  # "Toyota will invest $1 billion in Japan": at home
        if not host:
            # else the country of the words before the company: "Russian Deputy Minister X said Hyundai was ready to ..."
            host = [c for c in countries if c[1] <= c0
                    and not _prep_before(sentence, c[0], "from|by|than|of")]
        placed = bought or _PLACE_AFTER_RE.match(sentence, b)
        if not host and placed and len({c[2] for c in countries}) == 1 and countries[0][0] > c1 \
                and self._object_country(sentence, s, b, countries[0], mentions):
            # "CATL is building a $7 billion plant in Debrecen, the largest foreign investment in Hungary's history": a
            # plant or stake in a place, and the one other country the sentence names after the company as the object's
            # own place (session 8; not a rival's nationality: "..., outbidding a Chinese rival", review finding 2)
            return iso, countries[0][2], anchor, c0
        if not host and not countries and placed:
            # "... it would put $1.8 billion into its plant in northern Bac Ninh province" in a Korea-Vietnam story: the
            # story's other country
            pair = self._story_pair(iso)
            others = [c for c in self._article_countries if c != iso]
            if pair is not None:
                return iso, pair[0] if pair[1] == iso else pair[1], anchor, c0
            if len(others) == 1:
                return iso, others[0], anchor, c0
        if not host:
            return None
        return iso, host[0][2], anchor, c0

    def _sentence_firms(self, sentence, s, mentions) -> list[tuple[int, int, str]]:
        """The companies of a sentence as (start, end, iso3), read once per sentence (every amount of it asks): a listed
        company, an organisation with a country, and a nationality word heading a company noun ("The Chinese state-owned
        firm is paying ...", figures session 8)."""
        if self._firm_cache[0] is not sentence:
            firms = [(m.start(), m.end(), m.lastgroup) for m in self.company_re.finditer(sentence)]
            firms += [(m.start - s, m.end - s, m.iso3) for m in mentions if m.kind == "organisation" and m.iso3]
            for m in mentions:
                if m.kind == "country" and m.iso3:
                    noun = _NATIONAL_FIRM_AFTER_RE.match(sentence, m.end - s)
                    if noun:
                        firms.append((m.start - s, noun.end(), m.iso3))
            self._firm_cache = (sentence, firms)
        return self._firm_cache[1]

    def _object_country(self, sentence, s, b, country, mentions) -> bool:
        """True when ``country`` (start, end, iso3), named after the amount ending at ``b``, is the place of the stake or
        plant: inside the object phrase before the first comma ("a stake in a Moroccan bank"), or a country's own name
        after "in"/"into" or owning a noun ("in Hungary's history", "which Poland's government calls"); not a nationality
        word after a comma ("a studio in Tokyo, outbidding a Chinese rival") nor a place set after a place ("in
        Savannah, Georgia")."""
        c0, c1, _iso = country
        if not _HARD_BREAK_RE.search(sentence, b, c0) and "," not in sentence[b:c0]:
            return True
        mention = next((m for m in mentions if m.start - s == c0), None)
        if mention is None or mention.alias_kind == "demonym":
            return False
        return bool(_prep_before(sentence, c0, "in|into") or _POSSESSIVE_AFTER_RE.match(sentence, c1))

    def _state_giver(self, sentence, s, verb, mentions) -> str | None:
        """The country whose name or government is the subject right before the giving verb at ``verb`` ("Japan will give",
        "Kenya's finance ministry has agreed to provide", "the Kenyan government provided"), else None (a bank, a firm,
        "British tourists"). A nationality word gives only with a government word after it."""
        for m in sorted(mentions, key=lambda m: m.end, reverse=True):
            if m.kind != "country" or not m.iso3 or m.end - s > verb:
                continue
            gap = _GIVER_GAP_RE.fullmatch(sentence, m.end - s, verb)
            if gap is None and m.alias_kind != "demonym" and said_it_would(sentence, m.end - s, verb, m.start - s):
                return m.iso3  # "the UAE said it would place $3 billion with ..." (figures session 13)
            if gap is None or (m.alias_kind == "demonym" and not gap.group("gov")):
                return None  # the nearest country before the verb is not its subject
            return m.iso3
        return None

    @staticmethod
    def _later_world_total(sentence, s, a, b, mentions) -> bool:
        """True when the amount at [a, b) is a country's total flow told in a later clause of its own, after a clause about
        the same flow to or from a partner: "Thailand's exports to China rose 5% in 2023, while total exports reached
        $285 billion" (with the world). A total naming its partner ("total exports to China"), a total in the sentence's
        first clause, or one whose clause names a country stays (figures session 10)."""
        total = None
        for total in _LATER_TOTAL_FLOW_RE.finditer(sentence, max(0, a - 80), a):
            pass  # the total nearest before the amount
        if total is None:
            return False
        join = None
        for join in _NEXT_CLAUSE_JOIN_RE.finditer(sentence, max(0, total.start() - 300), total.start()):
            pass  # the start of the total's clause: ", while", ", and", ";"
        if join is None or _NEXT_CLAUSE_JOIN_RE.search(sentence, total.end(), a):
            return False
        clo = join.start()
        if _TOTAL_PARTNER_WORD_RE.search(sentence, total.end(), a):
            return False  # "total exports of chips to its neighbour reached": the pair's flow (review of session 10)
        if any(m.kind == "country" and clo <= m.start - s < b for m in mentions):
            return False  # "..., while Vietnam's total exports ..." / a partner in the total's own clause
        root = _FLOW_ROOT[total.group("flow").lower()]
        return any(_FLOW_ROOT.get(w.group().lower()) == root for w in
                   re.finditer(r"\b(?:exports?|imports?|shipments|sales|purchases)\b", sentence[:clo], re.I))

    def _firm_in_deal(self, sentence, s, a, b, mentions) -> bool:
        """True when the deal whose value is the amount at [a, b) is a firm's: a company signed or won it ("Siemens of
        Germany signed a rail contract with Egypt valued at $8 billion") or is its other side ("Iraq signed a contract with
        South Korea's Hyundai Engineering valued at $2.5 billion"). By the contracts convention (tests/gold/README.md) a
        firm's deal abroad is no bilateral figure; a government's own deal ("Russia signed a deal with Turkey valued at
        $20 billion") stays `other` (figures session 10)."""
        deal = _DEAL_GAPPED_BEFORE_RE.search(sentence, max(0, a - 160), a)
        if deal is None:
            return False
        lo = _clause_bounds(sentence, a, b)[0]
        for f0, f1, _iso in self._sentence_firms(sentence, s, mentions):
            if deal.start() <= f0 < a and _FIRM_WITH_GAP_RE.search(sentence, deal.start(), f0):
                # (a firm named in the gap only as a side of the deal: "welcomed by Toyota and Suzuki" is no side; review of
                # session 10)
                return True  # "... a contract with South Korea's Hyundai Engineering valued at"
            if lo <= f0 and f1 <= deal.start() and _FIRM_SIGNED_GAP_RE.match(sentence, f1, deal.start()):
                return True  # "Siemens of Germany signed a rail contract ..."
        return False

    def _double_object_giver(self, sentence, s, a, mentions) -> tuple[str, str] | None:
        """(giver, recipient) when a giving verb takes a country and then the amount at ``a`` as its two objects and a
        country or a leader of one is its subject: "Xi Jinping promised Kenya $1 billion in loans", "Tokyo offered Manila
        a 40 billion yen loan" (figures session 13). None when either side is not found or they are one country."""
        m = _DOUBLE_OBJECT_GIVE_RE.search(sentence, max(0, a - 120), a)
        if m is None:
            return None
        recipients = {x.iso3 for x in mentions if x.kind == "country" and x.iso3
                      and m.start("rcpt") <= x.start - s and x.end - s <= m.end("rcpt")}
        if len(recipients) != 1:
            return None
        recipient = recipients.pop()
        # the subject: the last country or leader named before the verb in its clause, with no clause break between
        lo = _clause_bounds(sentence, m.start(), m.start() + 1)[0]
        before = [x for x in mentions if x.kind in ("country", "person") and x.iso3 and lo <= x.start - s
                  and x.end - s <= m.start()]
        if not before:
            return None
        subject = max(before, key=lambda x: x.start)
        if _SUBJECT_GAP_BREAK_RE.search(sentence, subject.end - s, m.start()) or subject.iso3 == recipient:
            return None
        return subject.iso3, recipient

    def _visit_pledge_giver(self, sentence, s, a, mentions) -> str | None:
        """The country a visit went to when the visit "yielded a pledge of" the amount at ``a``: the host makes the pledge
        ("Ruto's trip to Tokyo yielded a pledge of $300 million in loans", "a visit to China that brought a promise of 1
        billion yuan"); None when no such phrase leads to the amount or no country is named as the place (session 13)."""
        m = _VISIT_PLEDGE_RE.search(sentence, max(0, a - 220), a)
        if m is None:
            return None
        hosts = {x.iso3 for x in mentions if x.kind == "country" and x.iso3
                 and m.start("place") <= x.start - s < m.end("place")}
        return hosts.pop() if len(hosts) == 1 else None

    def _host_money_told(self, sentence, s, b, host, visitor, mentions) -> bool:
        """True when the words after the amount ending at ``b`` tell that the visited country ``host`` gives it: the host
        named as the source ("... of $2 billion from Riyadh", "in Japanese loans") or the visitor's country as the one
        it goes to ("... in investment for Egypt"). A visitor's leader is as often the donor ("Xi's visit to Pakistan
        yielded a pledge of $46 billion"), so nothing said leaves the pair as read (review of figures session 13)."""
        hi = _clause_bounds(sentence, b, b)[1]
        for x in mentions:
            if x.kind != "country" or not (b <= x.start - s < hi):
                continue
            pos, end = x.start - s, x.end - s
            money_after = bool(_MONEY_NOUN_AFTER_RE.match(sentence, end))  # "in Japanese loans" (not "in Ukrainian aid")
            if x.iso3 == host and (money_after or _HOST_FROM_BEFORE_RE.search(sentence, max(0, pos - 12), pos)):
                return True  # "in Japanese loans", "from Tokyo"
            if x.iso3 == visitor and not money_after and not _HOST_AID_AFTER_RE.match(sentence, end) \
                    and _RECIPIENT_PREP_BEFORE_RE.search(sentence, max(0, pos - 12), pos):
                return True  # "for Egypt", "in Indian infrastructure"
        return False

    def _firm_signs_before(self, sentence, s, a, b, mentions) -> bool:
        """True when a firm is the subject of the amount at [a, b) written before its document: "Germany's Siemens signed
        a $2.5 billion agreement", "Siemens of Germany signed a 2.5-billion-euro accord" (figures session 13)."""
        if self._firm_subject(sentence, s, a, mentions):
            return True
        lo = _clause_bounds(sentence, a, b)[0]
        return any(lo <= f0 and f1 <= a and _FIRM_SIGNED_GAP_RE.match(sentence, f1, a)
                   for f0, f1, _iso in self._sentence_firms(sentence, s, mentions))

    def _firm_subject(self, sentence, s, a, mentions) -> bool:
        """True when a company is the subject right before the amount at ``a`` ("Egyptian contractor Orascom won a ...",
        "Hyundai Engineering secured a ..."): a listed company, an organisation with a country, or a nationality word
        heading a company noun, with no country named between it and the amount (figures session 8)."""
        firms = [f[1] for f in self._sentence_firms(sentence, s, mentions) if f[1] <= a]
        countries = [m.start - s for m in mentions if m.kind == "country"]
        # (a firm in apposition: "Rosatom, Russia's state nuclear company, signed ...": the comma closing it)
        return any(_COMPANY_GAP_RE.fullmatch(sentence, f + (sentence.startswith(",", f) and f > 0), a)
                   and not _COMPANY_BREAK_RE.search(sentence[f:a])
                   and not any(f <= c < a for c in countries) for f in firms)

    def _about_a_bloc(self, sentence, s, seg_lo, seg_hi, mentions, a=None) -> bool:
        """True when the amount is trade with a bloc or region: "our trade with the EU is $450 billion";
        or when the sentence is about trade with a bloc and the amount's own segment names no country
        partner ("the US has a turnover with EU countries of $600 billion, while for China it is $545 billion")."""
        found = list(self.bloc_re.finditer(sentence))
        if not found:
            return False
        hits = [m.start() for m in found]
        if a is not None and any(seg_lo <= m.start() < a and (m.group().lower().startswith("with") or (
                m.group().lower().startswith("and") and _BETWEEN_WORD_RE.search(sentence[seg_lo:m.start()])))
                for m in found):
            return True  # "..., and between China and the EU about $600 billion": the amount's own segment
        cues = [m.end() for _v, rx, _w, _s in self.metric for m in rx.finditer(sentence)]
        cue_starts = [m.start() for _v, rx, _w, _s in self.metric for m in rx.finditer(sentence)]
        # the bloc must be the other side of a metric: "turnover with EU countries", "ASEAN countries' trade"
        hits = [h for h in hits if any(0 <= h - c <= 40 for c in cues) or any(0 <= c - h <= 30 for c in cue_starts)]
        if not hits:
            return False
        if any(seg_lo <= h < seg_hi for h in hits):
            return True
        own = [m for m in mentions if m.kind == "country" and seg_lo <= m.start - s < seg_hi
               and _prep_before(sentence, m.start - s, "with|between|to|from", 12)]
        return not own

    def _metric_cues(self, sentence) -> list[tuple]:
        """The metric cues of a sentence as (metric, weight, sense, start, end), in lexicon order; words inside a body's
        name or naming a data source are left out. Computed once per sentence (every amount of it asks)."""
        if self._cue_cache[0] is not sentence:
            cues = []
            for value, rx, weight, sense in self.metric:
                for m in rx.finditer(sentence):
                    if _ORG_AFTER_RE.match(sentence, m.end()) or _ORG_BEFORE_RE.search(sentence, max(0, m.start() - 30), m.start()) \
                            or ((value != "aid" or sense == "loan") and _in_name(sentence, m.start(), m.start() + len((m.group().split(None, 1) or [""])[0]))) \
                            or _DATA_AFTER_RE.match(sentence, m.end()) \
                            or (m.start() and _CAUSE_BEFORE_RE.search(sentence, max(0, m.start() - 60), m.start())):
                        continue  # "..., the trade ministry said", "the Korea Trade-Investment Promotion Agency": a name
                    if value in ("exports", "imports") and _FOR_EXPORT_CUE_RE.fullmatch(m.group()) \
                            and _FOR_EXPORT_BEFORE_RE.search(sentence, max(0, m.start() - 8), m.start()):
                        continue  # "textiles for re-export", "grown for export": what goods are for (figures session 9)
                    cues.append((value, weight, sense, m.start(), m.end()))
            self._cue_cache = (sentence, cues)
        return self._cue_cache[1]

    def _metric(self, sentence, a, b, seg_lo, seg_hi, later=()) -> tuple[str | None, int]:
        """The metric of the amount at [a, b) and the position of its cue (-1: none); ``later`` holds where the sentence's
        later amounts start."""
        best = None
        named = []  # cues that name what the money is ("investment projects worth"), not a bare "deal worth"
        clause_lo, clause_hi = _clause_bounds(sentence, a, b)
        # a cue farther than this can never be chosen (the distance only grows below, and over 320 is no cue): not
        # looked at, so an amount's cost does not grow with the length of its sentence (review of round K, finding 15)
        reach = 320 * self._max_cue_weight
        for value, weight, sense, m_start, m_end in self._metric_cues(sentence):
            # distance from the amount; cues inside the amount's own segment are preferred
            if m_end <= a:
                dist = a - m_end
                if dist + 20 > reach:
                    continue
            elif m_start >= b:
                dist = m_start - b + 5
                if _CUE_NAMES_AMOUNT_RE.fullmatch(sentence, b, m_start):
                    dist = 0  # "$200 million worth \"loan\"", "$50 million in aid": what the amount is
                elif dist + 20 > reach:
                    continue
                if _CUE_OF_NEXT_RE.match(sentence, m_end):
                    dist += 200  # "..., with a surplus of $320 billion": the cue of the next amount
                elif _AND_BEFORE_CUE_RE.search(sentence, b, m_start) and _CUE_TO_AMOUNT_RE.match(sentence, m_end):
                    dist += 200  # "... to $30 billion by 2025 and mutual investment to $15 billion": the next amount's
                if _OF_WHOLE_RE.fullmatch(sentence, b, m_start):
                    dist += 200  # "imports from China accounted for $2.3 billion of its trade": the whole, not the part
                if _NEXT_CLAUSE_HEAD_RE.search(sentence[b:m_start]):
                    dist += 200  # "$95 million in the first half, and imports from North Korea ...": the next clause's head
                if _NEXT_CLAUSE_RE.search(sentence[b:m_start]):
                    dist += 60  # "exports to China grew to $72 billion, and imports ...": the next clause's cue
                next_a = next((x for x in later if x >= m_end), None)
                if dist and next_a is not None and _LATER_HEAD_GAP_RE.search(sentence, b, m_start) \
                        and _HEAD_TO_AMOUNT_RE.fullmatch(sentence, m_end, next_a):
                    continue  # "$26.72 billion, lifting two-way trade to $87.69 billion": the later amount's head
                if _COMPOSITION_AFTER_RE.search(sentence, b, m_start):
                    continue  # "$100 mln in 2014, most of it Russian shipments to the North": what the sum is made of
                if m_start - b <= 80 and _SUBORDINATE_GAP_RE.fullmatch(sentence, b, m_start):
                    dist += 120  # "fell to $575 billion as U.S. imports of Chinese goods dropped": that clause's money
                    # (the amount's own cue before it wins; figures session 9)
                if _CONSEQUENCE_AFTER_RE.search(sentence, b, m_start):
                    continue  # "$10.35 billion, widening Seoul's surplus with ...": a consequence of the amount
            else:
                continue
            if not (seg_lo <= m_start < seg_hi):
                dist += 60
            if not (clause_lo <= m_start < clause_hi):
                dist += 120  # "... to $1.5bn in 2010, but Mexican investments here will ...": another clause
            elif m_end <= a and ":" in sentence[m_end:a]:
                dist += 120  # "X runs a deficit in its trade with Peru: imports from Peru came to $3 billion": the detail after
                # a colon is its own clause (figures session 7)
            dist = (dist + 20) / weight
            # "a deal worth", "X's largest trading partner": words that describe, not name what the money is
            weak = sense == "weak"
            if best is None or dist < best[0]:
                best = (dist, value, m_start, weak, m_end, sense)
            if not weak and clause_lo <= m_start < clause_hi:
                named.append((dist, value, m_start, weak, m_end, sense))
        if best is not None and best[3]:
            # "investment projects worth $22 billion", "Shipments to Vietnam, Japan's largest trading partner, ...";
            # but not a word inside the weak cue itself ("a $5 billion trade deal" is a deal)
            named = [c for c in named if c[0] <= 320 and not (best[2] <= c[2] < best[4])]
            if named:
                best = min(named)
        self._metric_sense = ""
        if best is None or best[0] > 320:
            return None, -1
        if (best[1] == "other" or best[5] == "loan") and best[2] >= b:
            mix = _AID_MIX_AFTER_RE.match(sentence, b)
            if mix and best[2] < mix.end():
                return "aid", mix.end() - len(_LAST_WORD_RE.search(mix.group()).group())
        self._metric_sense = best[5]  # "loan": the loan parties rules of _parties apply
        kind = self._loan_kind(sentence, best[2], best[4], clause_lo, clause_hi) if best[5] == "loan" and best[1] == "aid" else None
        if kind == "multilateral":
            self._metric_sense = ""
            return None, -1  # "backed a $3 billion IMF loan to Sri Lanka": an international body's loan, no two-country money
        if kind == "commercial":
            return "other", best[2]  # "a syndicated loan from foreign banks": business lending, no state's aid (session 7)
        return best[1], best[2]

    def _is_loan(self, metric, metric_pos) -> bool:
        """whether the amount's cue is a loan or credit (figure_cues.csv sense "loan"), the one test of the loan parties
        rules of _parties (review of session 7, M7)"""
        return metric in ("other", "aid") and metric_pos >= 0 and self._metric_sense == "loan"

    def _loan_kind(self, sentence, c_start, c_end, clause_lo, clause_hi) -> str | None:
        """The kind of the loan named at [c_start, c_end) when it is no state lending ("commercial": a firm's or a
        private bank's; "multilateral": an international body's), from the words of data/lexicons/figure_loans.csv
        near it in its clause; None for a state's loan, which is aid (figures session 7)."""
        for kind, window, rx in self.loan_kinds:
            lo, hi = max(clause_lo, c_start - window), min(clause_hi, c_end + window)
            for m in rx.finditer(sentence, lo, hi):
                if m.end() <= hi:
                    return kind
        return None

    def _qualifier(self, sentence, a, b, seg_lo, seg_hi, previous=None) -> str:
        if _TARGET_AFTER_RE.match(sentence, b) or _TARGET_REL_AFTER_RE.match(sentence, b):
            return "target"  # "their $200 billion trade target", "the $100 billion that both had set as their goal"
        if _REACHED_LEAD_RE.search(sentence, max(0, a - 60), a):
            return "actual"  # "is on course for a record year after reaching $110 billion": what was reached is what is
        starts = [m.end() for m in _CLAUSE_START_RE.finditer(sentence, seg_lo, a)]
        starts += [m.end() for m in _COLON_CLAUSE_RE.finditer(sentence, seg_lo, a)]
        # the amount's own predicate, decided once for the cue scans before and after it and for the FUTURE_RE fallback
        # (review of round K, findings 9: "could reach $100 billion by 2030 and is now $85 billion", "stands at $85
        # billion and is set to hit $100 billion", "..., and the two sides aim to reach ...")
        pred_lo, pred_hi = _predicate_bounds(sentence, a, b, seg_lo, seg_hi)
        self._pred_lo = pred_lo if pred_lo > seg_lo else -1  # for _period: the dates of the predicate before are not this one's
        starts.append(pred_lo)
        starts.sort()
        lo = starts[-1] if starts else seg_lo
        clause = sentence[lo:a]
        past = _PAST_THEN_INFINITIVE_RE.search(clause)
        if past:
            # "grew by 30 percent to reach $120 billion": the infinitive tells the result, not a forecast
            clause = clause[:past.start("inf")] + " " * (past.end("inf") - past.start("inf")) + clause[past.end("inf"):]
        found: list[str] = []
        for value, rx in self.qualifier:
            if rx.search(clause):
                found.append(value)
        if "forecast" in found and _UNDER_PLAN_LEAD_RE.match(sentence):
            found.append("target")  # "Under the plan, trade between the two should reach $100 billion by 2030"
        if "estimate" not in found and (_LEAD_ESTIMATE_RE.match(sentence) or _MID_ESTIMATE_RE.search(sentence, seg_lo, a)
                                        or _SINGLE_ESTIMATE_RE.match(sentence, 0, 30)):
            found.append("estimate")  # "According to some estimates, trade ... came to about $4 billion"
        if found and "estimate" not in found and _TRAIL_ESTIMATE_RE.match(sentence, b):
            found.append("estimate")  # "is about $4 billion, according to estimates"
        semi = sentence.find(";", b)
        coord = _COORD_SOURCE_RE.search(sentence, b, semi if semi >= 0 else len(sentence))
        if coord:
            # "peaked at $6.54 billion in 2013 and, according to estimates by X, fell to $2.7 billion": the source
            # opens the next coordinated clause with an amount of its own, so it tells that amount only
            semi = coord.start()
            seg_hi = min(seg_hi, coord.start())
        self._source_estimate = bool(_SOURCE_ESTIMATE_AFTER_RE.search(sentence, b, semi if semi >= 0 else len(sentence))
                                     or _SINGLE_ESTIMATE_RE.search(sentence, b, semi if semi >= 0 else len(sentence)))
        if "estimate" not in found and self._source_estimate:
            found.append("estimate")  # "..., or about $9.6 billion at the current rate, according to calculations made by X"
        if "estimate" not in found:
            reckoned = [m for m in _RECKONED_THAT_RE.finditer(sentence, 0, a)]
            if reckoned and not _PARTY_CLAUSE_RE.search(sentence, reckoned[-1].end(), a):
                found.append("estimate")  # "KOTRA estimated that trade reached $1.5 billion, with exports of $134 million"
        if not found and _UP_FROM_BEFORE_RE.search(sentence, max(0, a - 40), a):
            join = _NEXT_CLAUSE_JOIN_RE.search(sentence, b)
            if not FUTURE_RE.search(sentence, b, join.start() if join else len(sentence)):
                return "actual"  # "... would provide $150 million this year, up from about $100 million last year"
        if not found:
            # "currently stands at $62 billion and is moving towards the goal of $100 billion": a second predicate
            # about the same subject tells the next amount, not this one (figures round K)
            after = sentence[b:min(pred_hi, seg_hi)]
            after = after[:after.find(" out of ")] if " out of " in after else after  # "..., out of a projected $2 billion"
            for value, rx in self.qualifier:
                m = rx.search(after)
                if m and m.start() < 40 and not (rx.pattern.endswith("$")
                                                 and _AMOUNT_AFTER_WINDOW_RE.match(sentence, b + m.end())):
                    found.append(value)  # a row read right before an amount tells the NEXT amount here (s13 review)
        if seg_lo and (_TO_GAP_RE.fullmatch(sentence[seg_lo:a]) or _TO_GAP_DATED_RE.fullmatch(sentence, seg_lo, a)):
            frm = [m.start() for m in _FROM_WORD_RE.finditer(sentence[:seg_lo])]
            if frm and _FROM_SHORT_RE.fullmatch(sentence[frm[-1]:seg_lo]):
                # "want trade to grow from $2 billion to $5 billion": the words before "from" qualify the new amount
                return self._qualifier(sentence, frm[-1], b, 0, seg_hi)
        if _FROM_BEFORE_RE.search(sentence[max(0, a - 40):a]) and _TO_NUMBER_AFTER_RE.match(sentence[b:]):
            return "actual"  # "to grow from $2 billion to $5 billion by 2025": the base of the change
        if previous is not None and _FROM_BASE_RE.fullmatch(sentence, seg_lo, a) and not FUTURE_RE.search(sentence, b, seg_hi):
            return "actual"  # "aim to raise trade to $10 billion from $2 billion currently": the base is what is
        if not found:
            if previous is not None and pred_lo == seg_lo and _COORD_LEAD_RE.match(sentence[seg_lo:a]):
                # "would hit $100 billion in 2015 and $200 billion in 2020", "... to $60 billion by 2030 and Japanese
                # investment in Vietnam to $20 billion": a coordinated goal keeps the first one's qualifier
                return previous
            _clo, chi = _clause_bounds(sentence, a, b)  # "... to $1.5bn in 2010, but investments will ...": not this one
            found = ["forecast" if FUTURE_RE.search(sentence, lo, min(seg_hi, pred_hi, chi)) else "actual"]
        best = max(found, key=lambda q: _QUAL_PRIORITY[q])
        if best == "forecast" and _BEFORE_GOAL_AFTER_RE.match(sentence, b):
            return "target"  # "expect trade to hit $100 billion before their 2030 goal": the goal's sum, expected early
        return best

    def _parties(self, sentence, s, a, b, metric, metric_pos, mentions, article_countries, home, seg_lo, seg_hi):
        amounts_at = [(x.start - s, x.end - s) for x in self._amount_spans]
        key = (sentence, s, len(mentions), len(amounts_at))
        if self._phrase_cache[0] != sentence:
            self._phrase_cache = (sentence, next(((rep, par) for rx, rep, par in self.party_phrases if rx.search(sentence)),
                                                 None))
        if self._phrase_cache[1]:
            return self._phrase_cache[1]
        if self._party_cache[0] != key:
            # the sentence's countries, once per sentence, not once per amount (a sentence of thousands of amounts and
            # countries made this cubic; review of round K, finding 15)
            starts = [x0 for x0, _x1 in amounts_at]
            base = []
            for m in mentions:
                if m.kind != "country" or not m.iso3:
                    continue
                i = bisect.bisect_right(starts, m.start - s) - 1
                if (i >= 0 and m.start - s < amounts_at[i][1]) or _CURRENCY_AFTER_RE.match(sentence, m.end - s):
                    continue  # inside an amount ("US$"), or a currency ("U.S. dollars")
                base.append((m.start - s, m.end - s, m.iso3))
            for m in _LOWER_SOUTH_RE.finditer(sentence):
                base.append((m.start(), m.end(), "KOR"))  # KCNA's "south Korea"
            for m in _DESCRIBED_COUNTRY_RE.finditer(sentence):
                base = [c for c in base if not m.start() <= c[0] < m.end()]  # "the central American country"
            # "estimated ... by South Korea's KOTRA", "according to China", "next to China": a source or a
            # yardstick, not a party
            not_party = {c for c in base if _NOT_PARTY_BEFORE_RE.search(sentence[max(0, c[0] - 24):c[0]])
                         # "..., with the United States its biggest market": a ranked market beside a total, no party
                         # (figures session 7, third round)
                         or (_WITH_RANKED_AFTER_RE.match(sentence, c[1])
                             and _prep_before(sentence, c[0], "with") is not None)}
            self._party_cache = (key, base, not_party)
        _key, countries, not_party = self._party_cache
        # "Imports of Russian crude by India", "Investment by Japanese companies in India": the agent of a flow after "by"
        agents = [c for c in countries if metric in _DIRECTED and 0 <= metric_pos < c[0]
                  and _AGENT_BY_BEFORE_RE.fullmatch(sentence, metric_pos, c[0])]
        countries = [c for c in countries if c in agents or c not in not_party]
        if ", " in sentence and len(countries) >= 3:
            # "Chile and Peru, which with Mexico make up the bloc, traded goods worth ...": a country inside a relative
            # clause the amount is not in is no party, when two others stay (figures session 7, third round)
            rel = [m.span() for m in _REL_CLAUSE_RE.finditer(sentence) if not m.start() <= a < m.end()
                   and not (metric_pos >= 0 and m.start() <= metric_pos < m.end())]
            outer = [c for c in countries if not any(x0 < c[0] < x1 for x0, x1 in rel)]
            if len(outer) < len(countries) and len({c[2] for c in outer}) >= 2:
                countries = outer
        if len({c[2] for c in agents}) == 1:
            others = [c for c in countries if c[2] != agents[0][2] and _clause_bounds(sentence, a, b)[0] <= c[0]]
            if len({c[2] for c in others}) == 1:
                return agents[0][2], others[0][2]
        if self._hub is not None and _RANKED_WORD_RE.search(sentence):
            # "..., far ahead of the United States at $75 billion and Argentina at $28 billion": a ranked partner with an
            # amount of its own is no party of another amount
            countries = [c for c in countries if not (c[0] > b and any(
                x0 > c[1] and _RANKED_GAP_RE.fullmatch(sentence, c[1], x0) for x0, _x1 in amounts_at))]
        owners = [c for c in countries if _BODY_OWNER_AFTER_RE.match(sentence, c[1])]
        others = sorted(c for c in countries if c not in owners and c[2] not in {o[2] for o in owners})
        if owners and len({c[2] for c in others}) >= 2 and _subject_or_pair(sentence, others):
            # "South Korea's trade promotion agency KOTRA estimated that North Korea's trade with China ...": the agency's
            # country tells the figure; the two countries it is about are the parties. "Japan's finance ministry said
            # exports to China ..., while exports to the United States ...": destinations only, the body's country is
            # the exporter.
            countries = [c for c in countries if c not in owners]
        if _RANK_RE.search(sentence):
            countries = [c for c in countries if not _RANK_BEFORE_RE.search(sentence[max(0, c[0] - 14):c[0]])]
        # "..., according to figures released on Monday from the Australian Bureau": attribution after the amount
        source = _SOURCE_RE.search(sentence, b)
        if source:
            countries = [c for c in countries if c[0] < source.start()]
        reason = _REASON_AFTER_RE.search(sentence, b)
        if reason:
            countries = [c for c in countries if c[0] < reason.start()]
        for m in _SINO_RE.finditer(sentence):
            countries.append((m.start(), m.end() - 1, "CHN"))
        for m in self.korean_re.finditer(sentence):
            # "Korean exports": the South, unless the outlet is the North's, the story speaks with the North's voice
            # (korea_markers.csv, as mentions.py reads a bare "Korea": "DPRK", "KCNA", "south Korea"), or the sentence
            # names the North and not the South; a story that merely names the North elsewhere ("North Korea fired a
            # missile. Korean exports to Vietnam ...") is Seoul business copy, as for "Korea's exports" (review of
            # round K, item E)
            if not any(c[0] <= m.start() < c[1] for c in countries):
                here = {c[2] for c in countries}
                north = home == "PRK" or (home != "KOR" and "KOR" not in article_countries
                                          and (self._north_voice or ("PRK" in here and "KOR" not in here)))
                countries.append((m.start(), m.end(), "PRK" if north else "KOR"))
        if home:
            for m in _FIRST_PERSON_RE.finditer(sentence):
                # "our Chinese partners": "our" is no party of its own there
                if any(0 <= c[0] - m.end() <= 1 for c in countries):
                    continue
                countries.append((m.start(), m.end(), home))
        countries.sort()
        if metric in ("investment", "aid") and metric_pos > b and _RECEIVE_BEFORE_RE.search(sentence, max(0, a - 40), a):
            # "North Korea received $100 million in Chinese investment", "Vietnam drew $20 billion of Japanese
            # investment": the adjective gives the money, the subject before the amount takes it
            giver = [c for c in countries if b <= c[0] < metric_pos
                     and _IN_OF_GAP_RE.fullmatch(sentence[b:c[0]])
                     and _ADJ_BEFORE_METRIC_RE.fullmatch(sentence, c[1], metric_pos)]
            taker = [c for c in countries if giver and c[2] != giver[0][2] and c[0] < a]
            if giver and taker:
                return giver[0][2], taker[-1][2]
        # the amount's own clause ("; but Russian investment in Kazakhstan has reached ..."), when it names a country
        clause_lo, clause_hi = _clause_bounds(sentence, a, b)
        in_clause = [c for c in countries if clause_lo <= c[0] < clause_hi]
        if not in_clause and metric in ("investment", "aid") and clause_lo <= metric_pos < clause_hi \
                and (clause_lo > 0 or clause_hi < len(sentence)):
            return None, None  # "– with $55 billion invested by Gazprom alone –": no country in the amount's clause
        if metric in ("exports", "imports", "trade"):
            # "China, with which trade totalled $30 billion": the country right before ", with which" is the partner,
            # the country whose trade the story follows the reporter
            ww = _WITH_WHICH_RE.search(sentence, max(0, a - 80), a)
            if ww:
                prev = [(m.start - s, m.end - s, m.iso3) for m in mentions if m.kind == "country" and m.iso3
                        and 0 <= ww.start() - (m.end - s) <= 1]  # (a rank's yardstick too: "after the US, with which")
                if prev:
                    partner = prev[-1][2]
                    last = self._last_parties
                    reporter = last[0] if last and last[0] not in (None, partner, _AGGREGATE) and partner not in last \
                        else (self._trader if self._trader not in (None, partner) else None)
                    if reporter is None:
                        pair = self._story_pair(partner)
                        reporter = (pair[0] if pair[1] == partner else pair[1]) if pair else None
                    if reporter is not None:
                        return reporter, partner
        if metric in ("exports", "imports") and not in_clause and clause_lo > 0 and metric_pos >= clause_lo:
            # "India's imports from China climbed to $113 billion, while exports to its neighbour slid to $14 billion":
            # a second clause with no country of its own has the first clause's owner and partner
            owner = [c for c in countries if c[0] < clause_lo and _POSSESSIVE_AFTER_RE.match(sentence, c[1])]
            if owner:
                other = [c for c in countries if c[0] < clause_lo and c[2] != owner[0][2]
                         and _prep_before(sentence, c[0], _PREP_WORDS)]
                if other:
                    return owner[0][2], other[-1][2]
        all_countries = countries
        if in_clause and len(in_clause) < len(countries) and (metric_pos < 0 or clause_lo <= metric_pos < clause_hi):
            countries = in_clause
        elif in_clause and 0 <= metric_pos < clause_lo:
            # "The US trade with China is $600 billion, while ours is 100 billion": a new subject, the same partner
            own = [c for c in in_clause if not _prep_before(sentence, c[0], _PREP_WORDS)]
            earlier = [c for c in countries if c[0] < clause_lo and _prep_before(sentence, c[0], "with|to")]
            if own and len(own) == len(in_clause) and earlier and earlier[-1][2] != own[0][2]:
                return own[0][2], earlier[-1][2]
        # "between Russia and South Korea", "Russian-Chinese trade"
        pairs = []
        for i in range(len(countries) - 1):
            x, y = countries[i], countries[i + 1]
            gap = sentence[x[1]:y[0]]
            if x[2] == y[2]:
                continue
            if _DASH_GAP_RE.fullmatch(gap) or (
                    _AND_THE_GAP_RE.fullmatch(gap) and _prep_before(sentence, x[0], "between", 14)):
                # "Trade between Russia and India reached $10 billion, and between Russia and Vietnam about the same
                # amount": the pair in the amount's own segment, before it, first
                pairs.append((0 if seg_lo <= x[0] < seg_hi else 1, 0 if x[0] < a else 1, x[2], y[2]))
        if pairs and metric in _DIRECTED and min(pairs)[0] and any(seg_lo <= c[0] < seg_hi for c in countries):
            pairs = []  # "Trade between A and B eased to $X, with B's purchases from A making up $Y": the segment's own
        if pairs:
            _o, _s, rep, par = min(pairs)
            return rep, par
        # partner: a country after with/to/from/into/in nearest the amount; reporter: the subject
        slots = []
        # a country's possessive right before the metric word owns the money whatever preposition stands before it
        # ("With Pyongyang's trade with Russia amounting to ...", ", with South Korea's purchases from Norway making up ...")
        owners = {c for c in countries if 0 <= c[1] < metric_pos and _POSSESSIVE_AFTER_RE.match(sentence, c[1])
                  and _ADJ_BEFORE_METRIC_RE.fullmatch(sentence, c[1], metric_pos)}
        # a directed cue of another metric opening the next clause ("..., and imports from China hit ...")
        other_cues = [cs for v, _w, _sn, cs, _ce in self._metric_cues(sentence) if cs > b and v != metric
                      and v in ("exports", "imports", "trade", "investment", "aid")
                      and _NEXT_CLAUSE_JOIN_RE.search(sentence, b, cs)] if metric in _DIRECTED else []
        for st, en, iso in countries:
            if other_cues and st > b and any(b < cs < st for cs in other_cues):
                continue  # "exports rose to $680 billion, ..., and imports from China hit ...": the next cue's country
            prep = _prep_before(sentence, st, "with|to|from|into|in|on|and|for")
            if prep is None and _GIVE_BEFORE_RE.search(sentence, max(0, st - 16), st):
                prep = "to"  # "will provide Laos with a loan", "to supply China with oil": the recipient
            if prep == "with" and metric in _DIRECTED and st < metric_pos \
                    and _ADJ_BEFORE_METRIC_RE.fullmatch(sentence, en, metric_pos):
                prep = None  # "..., with North Korean exports of $134 million": the exports' owner, not a partner
            if prep is None and metric == "imports" and _IMPORTS_OF_BEFORE_RE.search(sentence, max(0, st - 40), st):
                prep = "from"  # "imports of Russian goods", "purchases of Australian coal": where they come from
            if prep and (st, en, iso) in owners:
                prep = None  # "With Pyongyang's trade with Russia at ...", "for Kenya's exports to Uganda": the owner
            if prep == "on" and en <= a and _OWNER_OF_AMOUNT_GAP_RE.fullmatch(sentence, en, a):
                prep = None  # "Interest on Kenya's $1 billion loan from China": the money's owner (figures session 9)
            if prep == "for" and metric not in ("aid", "investment"):
                prep = None  # "the turnover for the US": the US is the subject there
            if prep == "in" and metric in ("trade", "other"):
                prep = None  # "the trade deficit in Japan": Japan's own, not its partner
            if prep == "in" and _IN_OWNERS_NOUN_RE.match(sentence, en):
                prep = None  # s21: "the largest aid package in Australia's history": whose history, not a partner
            if prep == "in" and _PEOPLE_IN_RE.search(sentence, max(0, st - 40), st):
                prep = None  # "analysts in Tokyo estimate ...": where the speakers sit, not a partner
            if prep:
                if prep in ("with", "to") and _GROUP_AFTER_RE.match(sentence, en) \
                        and (seg_lo <= st < seg_hi or metric_pos >= 0 and abs(st - metric_pos) < 40):
                    if st > b and any(sl[0] == 0 and sl[1] == 0 for sl in slots):
                        continue  # "exports to the U.S. rose to $11.1 billion, outpacing exports to China and Hong Kong"
                    return _AGGREGATE, None  # "trade with China and Mongolia": two partners summed
                if self._clause_end is not None and st >= self._clause_end and any(c[0] < self._clause_end for c in countries):
                    continue  # "..., and Germany is second with ...": a partner of the next clause
                # the amount's own segment first, then before it, then nearest; but a country the amount itself runs on to
                # ("$9 billion from India", "$2 billion of goods to Kenya") is its own, before one an earlier amount took
                # (figures session 7, third round)
                outside = 0 if seg_lo <= st < seg_hi else 1
                if st > b and prep in ("from", "to", "into") and _OWN_PARTNER_GAP_RE.fullmatch(sentence, b, st):
                    outside = -1
                slots.append((outside, 0 if st < a else 1, abs(st - a) if st < a else st - b, prep, iso, st))
        if metric == "exports":
            # (s21: "bought $41.6 billion of goods from Saudi Arabia, while its exports to the kingdom were $4.9 billion",
            # "Jordan buys far more from Korea than it sells: Korean exports to the kingdom reached $822 million": a
            # "from" before the exports word belongs to another verb, naming neither side of this flow)
            slots = [sl for sl in slots if not (sl[3] == "from" and 0 <= sl[5] < metric_pos)]
        slots.sort()
        partner = reporter = None
        from_party = False
        partner_prep = None
        if slots:
            _o, _side, _d, prep, partner, _st = slots[0]
            partner_prep = prep
            loan = self._is_loan(metric, metric_pos)
            if prep == "from" and (metric in ("investment", "aid", "exports") or loan):
                reporter, partner = partner, None
                from_party = metric != "exports"  # "investment from China" flows into the speaker's country
                to = [sl for sl in slots[1:] if sl[4] != reporter and sl[3] in ("to", "into", "in")]
                if to:
                    partner = to[0][4]  # "a $2 billion loan from China to Pakistan"
        if _THERE_RE.search(sentence[clause_lo:clause_hi]) and not any(clause_lo <= sl[5] < clause_hi for sl in slots):
            # "..., while China has invested $20 billion there": the place named in the clause before
            there = [c for c in all_countries if c[0] < clause_lo and c[2] != partner
                     and _prep_before(sentence, c[0], "in|into|to")]
            if there:
                partner = there[-1][2]
        # "Vietnam hopes Korean investment will ...": the country right before a directed metric word gives
        part_of_sum = False
        if reporter is None and metric in _DIRECTED and metric_pos >= 0:
            # (s21) "..., with Korean exports of $308 million": "with" opens the owner's phrase, as in the partner slots
            # above; such a part breaks down the sum before it, its other side the sum's (below)
            adj = [(c, vp is not None) for c in countries if c[1] <= metric_pos and c[2] != partner
                   and _ADJ_BEFORE_METRIC_RE.fullmatch(sentence, c[1], metric_pos)
                   and (not (vp := _VERB_OR_PREP_BEFORE_RE.search(sentence, max(0, c[0] - 16), c[0]))
                        or (vp.group().split()[0].lower() == "with" and c[0] < metric_pos))]
            if adj:
                reporter, part_of_sum = adj[-1][0][2], adj[-1][1]
                if partner is None or partner == reporter:
                    nxt = [sl for sl in slots[1:] if sl[4] != reporter and sl[3] != "from"]
                    partner = nxt[0][4] if nxt else None
        # a subject sits before the end of the amount's segment ("..., which is at war with Russia" is not one);
        # "with Spain" is a partner, never the subject ("Trade with Italy came to ..., and with Spain it was 9")
        own_lo, own_hi = clause_lo, clause_hi
        for m in _DIRECTED_CLAUSE_RE.finditer(sentence):
            if m.start() >= b:
                own_hi = min(own_hi, m.start())
                break
            if m.end() <= a:
                own_lo = max(own_lo, m.start())
        subjects = [c for c in countries if c[2] not in (partner, reporter) and c[0] < max(seg_hi, b)
                    and (c in owners or not _prep_before(sentence, c[0], "with"))
                    # "Shipments to China dropped ..., while exports to the United States rose": destinations, no subject
                    and not (metric == "exports" and _prep_before(sentence, c[0], "to|into"))
                    and not (metric == "imports" and (_prep_before(sentence, c[0], "from")
                                                      or _IMPORTS_OF_BEFORE_RE.search(sentence, max(0, c[0] - 40), c[0])))
                    # "Shipments to China fell to ..., and imports from Australia rose": a partner of another clause
                    and not (metric in ("exports", "imports") and not own_lo <= c[0] < own_hi
                             and _prep_before(sentence, c[0], "to|into|from"))]
        if reporter is None:
            before_metric = [c for c in subjects if c[0] < max(metric_pos, 0) + 1]
            if seg_lo > 0 and any(c[0] >= seg_lo for c in before_metric):
                # "A's trade with B came to $26 billion, and C's trade with D reached a similar amount": the segment's own
                before_metric = [c for c in before_metric if c[0] >= seg_lo]
            if not before_metric and not self._is_loan(metric, metric_pos):
                before_metric = subjects  # but a lender comes before its loan ("the World Bank's loan ..., the US said")
            if before_metric:
                reporter = before_metric[0][2]
        if reporter is None and partner is not None:
            # "Trump ordered ... aid for Ukraine": the person's country gives
            people = [m.iso3 for m in mentions if m.kind == "person" and m.iso3 and m.iso3 != partner
                      and m.start - s < a]
            if people:
                reporter = people[0]
        if partner is None:
            # not a country of the next clause (", with shipments to Russia up 12 percent")
            rest = [c for c in countries if c[2] != reporter
                    and not (self._clause_end is not None and c[0] >= self._clause_end and c[0] >= b)
                    and not (c[0] > b and any(b < cs < c[0] for cs in other_cues))]
            if rest:
                partner = rest[0][2]
        # the article's other country stands in only for words that point at it: "shipments to the North",
        # "bilateral trade", "the two countries"; the outlet's country only for "we", "our"
        anaphor = _ANAPHOR_RE.search(sentence) is not None
        first_person = _FIRST_PERSON_RE.search(sentence) is not None
        others = [c for c in article_countries if c not in (reporter, partner)]
        if reporter is None and partner is not None and metric == "investment":
            # "projects ... under way in Kazakhstan with Chinese capital": the money's nationality names the investor
            money = [c for c in all_countries if c[2] != partner and _INVESTOR_AFTER_RE.match(sentence, c[1])]
            if money:
                reporter = money[0][2]
        if reporter is None and partner is not None and metric in _DIRECTED and len(all_countries) > len(countries):
            # "Seoul's exports to Moscow fell ..., while imports from Russia rose to $9 billion": the subject of the
            # clause before goes on
            subj = [c for c in all_countries if c[0] < clause_lo and c[2] != partner
                    and not _prep_before(sentence, c[0], _PREP_WORDS)
                    and not _VERB_OR_PREP_BEFORE_RE.search(sentence, max(0, c[0] - 16), c[0])]
            if subj:
                reporter = subj[0][2]
        prev = self._last_row if self._sentence_rows or self._since_figure <= 2 else None
        if reporter is None and partner is not None and metric in ("exports", "imports") and prev is not None \
                and prev["metric"] == metric and prev["reporter_iso3"] not in (None, partner, _AGGREGATE) \
                and prev["partner_iso3"] not in (None, partner) \
                and not any(c[2] == prev["reporter_iso3"] and c[0] < b for c in all_countries):
            # "Shipments to the U.S. came to $11.29 billion, while exports to China slipped to $10.87 billion. For 2023 as a
            # whole, exports to the U.S. rose to ...": another destination of the same flow, the same exporter
            reporter = prev["reporter_iso3"]
        if reporter is None and partner is not None and metric in ("exports", "imports"):
            # "Chinese customs data showed imports of Russian goods reached ...", "..., the Korea Customs Service said": the
            # country of the statistics body that tells a flow with no trader named (figures round I)
            bodies = {m.iso3 for m in mentions if m.kind == "organisation" and m.iso3 and m.iso3 != partner
                      and _STATS_BODY_RE.search(sentence, max(0, m.start - s), m.end - s)}
            if len(bodies) == 1:
                reporter = bodies.pop()
        if reporter is None and partner is not None and metric in ("exports", "imports") and not first_person:
            # "China's exports to North Korea fell ... Shipments to North Korea dropped to 14.67 billion yuan. Imports
            # from the North plunged to ...": the other country of the pair the story named together with the partner
            # ("Exports to the United States rose ..., while exports to China fell ...": another destination of the
            # sentence's flow is never its exporter)
            flow_end = _EXPORTS_TO_END_RE if metric == "exports" else _IMPORTS_FROM_END_RE
            ends = {c[2] for c in all_countries if c[2] != partner and flow_end.search(sentence[max(0, c[0] - 40):c[0]])}
            pair = self._story_pair(partner, earlier=True, exclude=ends)
            if pair is not None and (home is None or home in pair):
                reporter = pair[0] if pair[1] == partner else pair[1]
            elif pair is None and self._trader not in (None, partner) and home in (None, self._trader) \
                    and not any(c[2] not in (partner, self._trader) and not _prep_before(
                        sentence, c[0], "to|from|into|with") for c in all_countries):
                # "South Korea's exports fell 15 percent in May. Shipments to China dropped to $10 billion."
                reporter = self._trader
        if reporter is None and partner is not None and metric in _DIRECTED and metric_pos >= 0 and not first_person:
            # "Vietnam's textile industry is booming. The country's exports to the United States reached ...", "Investment
            # from the emirate in Kazakhstan has reached ...": the side a pointing word names is the story's other country
            # (the one named with the partner before, else the story's first-ranked one; figures session 7, third round)
            owner = _ANAPHOR_OWNER_BEFORE_RE.search(sentence, max(clause_lo, metric_pos - 60), metric_pos) \
                or (metric in ("investment", "aid") and _ANAPHOR_GIVER_AFTER_RE.match(sentence, metric_pos)) \
                or (metric_pos < a and _ANAPHOR_SUBJECT_RE.fullmatch(sentence, clause_lo, metric_pos))
            if owner and owner.group(0).lstrip(" ;:").lower().startswith(("its", "their", "and", "but", "while")):
                # "Its exports to the United States": only the country the sentence before opened with, never a firm's
                opening = self._prev_opening if self._sentence_countries == [partner] or not self._sentence_countries \
                    else None
                reporter = opening if opening not in (None, partner) else None
            elif owner:
                pair = self._story_pair(partner)
                rest = [c for c in article_countries if c != partner and c != home]
                # without a story pair, the story's only other country; with several, nothing says which one the words
                # point at ("X's president met Y's minister. The Gulf state will invest ...": no guess; review of session 7, M5)
                reporter = (pair[0] if pair[1] == partner else pair[1]) if pair else (rest[0] if len(rest) == 1 else None)
        if reporter is None and partner is not None:
            # "Trade with China fell to ..." in a Seoul paper, in a Kremlin transcript: the outlet's country
            use_home = home and home != partner
            if metric in ("exports", "imports") and use_home and not first_person and metric_pos >= 0 \
                    and _BARE_FLOW_BEFORE_RE.search(sentence, max(clause_lo, metric_pos - 40), metric_pos):
                # "Exports to Turkey rose to $380 million, the commerce ministry said" in a Karachi paper: a flow with no
                # owner named is the outlet's country's (round 2 of session 8, an s7b xfail)
                reporter = home
            elif metric in _DIRECTED and not first_person and not (metric == "investment" and partner_prep == "with"):
                # "the U.S. plan to invest $700 billion" in a KCNA story: who pays must be in the sentence (but "a fund
                # set up with China" is money of both sides: the outlet's country or the story's other one)
                reporter = None
            elif self._is_loan(metric, metric_pos) and not first_person:
                reporter = None  # "the World Bank approved a $500 million loan to Egypt": a lender that is no country
            elif use_home and not first_person and _PRONOUN_SUBJECT_RE.search(sentence, clause_lo, a):
                # "Recently it struck a 10 billion yuan swap agreement with Mongolia" in a KCNA story about China: "it" is
                # the story's country, not the outlet's (figures round I)
                reporter = others[0] if others else None
            else:
                # "France overtook Germany as Spain's main trading partner, ending a run for Berlin. Trade with France
                # ...": the country whose partners the story ranks, before the story's most-named other (session 8)
                hub = self._hub[0] if self._hub is not None and self._hub[0] in others else None
                reporter = home if use_home else (hub or (others[0] if others else None))
        if partner is None and reporter is not None:
            if home and home != reporter and (from_party or first_person):
                partner = home  # a Russian speaker's "investment from China": into Russia
            else:
                # "the U.S. exported arms worth $66 billion" in a KCNA story: no partner; but "shipments to the
                # North", "bilateral trade": the story's other country
                others = [c for c in others if c != home or first_person]
                pair = self._story_pair(reporter) if anaphor else None
                if pair is not None and (home is None or home in pair or first_person):
                    others = [pair[0] if pair[1] == reporter else pair[1]]  # the country named with it before
                # (a state loan is aid since figures session 7, but finds its borrower as before: "China is paying for
                # the line with a state loan of $3 billion" after a sentence on Kenya's leader in Beijing)
                loan = self._is_loan(metric, metric_pos)
                partner = others[0] if others and (anaphor or part_of_sum or metric in ("trade", "other") or loan) else None
        if (reporter is None or partner is None) and self._title_mentions is not None:
            # "Oman and Kenya sign trade pact" over "Bilateral trade between the two countries reached ...": when the story
            # names no country beyond one of the headline's two, the headline names the pair (figures session 7, fourth
            # round); a story that names a third country, or a headline with one country, gives none
            pair = self._headline_pair()
            if pair and all(c in pair for c in article_countries):
                if reporter is None and partner is None:
                    # (a story that names both itself keeps the order of its own countries, below)
                    if (metric == "trade" or (anaphor and metric not in _DIRECTED)) \
                            and not all(c in article_countries for c in pair):
                        reporter, partner = pair
                elif reporter is None:
                    if partner in pair:
                        reporter = pair[0] if pair[1] == partner else pair[1]
                elif reporter in pair and (anaphor or metric in ("trade", "other")):
                    partner = pair[0] if pair[1] == reporter else pair[1]
        if reporter is None and partner is None and len(article_countries) >= 2 and not self._title_bloc:
            loan = self._is_loan(metric, metric_pos)
            if metric != "trade" and not ((metric == "other" or loan) and (anaphor or _DEAL_ANAPHOR_RE.match(sentence))):
                # "pledged $1 million for a fund": no country in sight, no bilateral money ("The swap line between the two
                # countries", "The deal is worth $400 billion" after the sentence that named the pair: the story's pair)
                return None, None
            pair = self._story_pair() if anaphor else None
            # "Xi held talks with Putin ... The United States criticised the visit ... Trade between the two
            # countries hit a record": the pair named together, not the two most frequent countries
            if pair:  # in the order of the story's countries, as before
                rank = {c: i for i, c in enumerate(article_countries)}
                pair = tuple(sorted(pair, key=lambda c: rank.get(c, len(rank))))
            reporter, partner = pair if pair else (article_countries[0], article_countries[1])
        if home and metric == "investment" and metric_pos >= 0 and _INVESTORS_RE.match(sentence[metric_pos:]) \
                and _OUR_BEFORE_RE.search(sentence[max(0, metric_pos - 40):metric_pos]):
            # "Germany is among our largest investors": the investors put money into the speaker's country
            if reporter == home and partner:
                reporter, partner = partner, home
            elif reporter and reporter != home:
                partner = home
        if reporter == partner:
            partner = None
        return reporter, partner

    def _central_bank_deposit(self, sentence, s, a, b, seg_lo, mentions) -> tuple[str, str] | None:
        """(depositor, bank's country) when the amount at [a, b) is money a state puts in another country's central bank
        ("Kuwait has deposited $2 billion with the Central Bank of Egypt", "Qatar will place $3 billion on deposit at
        Turkey's central bank", "The Saudi government will make a $2 billion deposit in the Central Bank of Sudan"), else
        None (a bank, a firm or savers as depositor; "its own central bank"; commercial banks). Figures session 11."""
        verb = _DEPOSIT_VERB_BEFORE_RE.search(sentence, max(seg_lo, a - 40), a)
        after = _DEPOSIT_AFTER_RE.match(sentence, b) if verb else None
        if after is None:
            verb = _DEPOSIT_NOUN_BEFORE_RE.search(sentence, max(seg_lo, a - 40), a)
            after = _DEPOSIT_NOUN_AFTER_RE.match(sentence, b) if verb else None
        if after is None:
            return None
        host = None
        for m in mentions:
            if m.kind != "country" or not m.iso3 or not after.end() <= m.start - s <= after.end() + 40:
                continue
            if (m.start - s == after.end() and _COUNTRY_BANK_AFTER_RE.match(sentence, m.end - s)) \
                    or _BANK_OF_GAP_RE.fullmatch(sentence, after.end(), m.start - s):
                host = m.iso3
                break
        if host is None or _NEGATED_BEFORE_RE.search(sentence, max(0, verb.start() - 40), verb.start()):
            return None
        # figures fix of session 11: a request or hope ("Pakistan asked Saudi Arabia to deposit"), frozen money ("put ... out of
        # the Taliban's reach"), a commercial bank ("the State Bank of India"), a list of depositors: no deposit figure
        if _COMP_CLAIM_RE.search(sentence, 0, verb.start()) or _MONEY_FROZEN_RE.search(sentence) \
                or _COMMERCIAL_BANK_RE.match(sentence, after.end()) \
                or self._listed_country(sentence, s, max(0, verb.start() - 120), verb.start(), mentions):
            return None
        giver = self._state_giver(sentence, s, verb.start(), mentions)
        return (giver, host) if giver is not None and giver != host else None

    @staticmethod
    def _listed_country(sentence, s, lo, hi, mentions) -> bool:
        """True when two countries inside [lo, hi) of the sentence are joined as a list ("Kuwait, Qatar and the UAE",
        "China and Russia"): a sum of the list, none of its members' alone (figures fix of session 11)."""
        inside = [m for m in mentions if m.kind == "country" and m.iso3 and lo <= m.start - s and m.end - s <= hi][:20]
        return any(n.start > m.end and n.iso3 != m.iso3 and _COUNTRY_LIST_GAP_RE.fullmatch(sentence, m.end - s, n.start - s)
                   and not _COMP_POSSESSIVE_RE.match(sentence, n.end - s) for m in inside for n in inside)

    def _compensation_pair(self, sentence, s, a, b, seg_lo, mentions) -> tuple[str, str] | None:
        """(payer, recipient) when the amount at [a, b) is compensation or reparations a state pays another ("Italy will
        pay Libya $5 billion over 25 years as compensation", "Japan paid $550 million in reparations to the Philippines";
        with no recipient named, the story's other country), else None: a payer that is no state ("the airline"), a
        recipient that is no country ("pay farmers", "Ukraine's Naftogaz"), a demand or refusal ("Poland demands that
        Germany pay ..."). Figures session 11, the lead's convention "Compensation between states"."""
        pay = _COMP_PAY_BEFORE_RE.search(sentence, max(seg_lo, a - 80), a)
        comp = _COMPENSATION_AFTER_RE.match(sentence, b) if pay else None
        if comp is None or _COMP_CLAIM_RE.search(sentence, max(0, pay.start() - 80), pay.start()) \
                or _NEGATED_BEFORE_RE.search(sentence, max(0, pay.start() - 40), pay.start()):
            return None
        # figures fix of session 11: a claim, estimate or hypothetical anywhere before the verb or a denial after; a wrong of
        # the past named in the sentence (war, colonial rule, atrocities), no fee, bill, debt or lease in the clause
        hi = _clause_bounds(sentence, a, b)[1]
        if _COMP_CLAIM_RE.search(sentence, 0, pay.start()) or _COMP_CLAIM_AFTER_RE.search(sentence, comp.end()) \
                or _COMP_HYPOTHETICAL_RE.search(sentence, max(0, pay.start() - 40), pay.start()) \
                or not (_COMP_WRONG_RE.search(sentence) or _REPARATIONS_RE.search(sentence, b, comp.end())) or _COMP_NOT_RE.search(sentence, pay.start(), max(hi, comp.end())):
            return None
        passive = _COMP_PASSIVE_RE.search(sentence, max(0, pay.start() - 30), pay.start()) \
            if _COMP_PAST_VERB_RE.match(sentence, pay.start()) else None
        if passive is not None:
            # "Kuwait was paid $52.4 billion in war reparations by Iraq": the by-agent pays the subject
            by = None if pay.group("obj") else _COMP_BY_AFTER_RE.match(sentence, comp.end())
            recipient = self._state_giver(sentence, s, passive.start(), mentions)
            payer = None if by is None else next(
                (m.iso3 for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"
                 and m.start - s == by.end() and not _COMP_POSSESSIVE_RE.match(sentence, m.end - s)), None)
            if payer is None or recipient is None or payer == recipient \
                    or self._listed_country(sentence, s, max(0, passive.start() - 120), len(sentence), mentions):
                return None
            return payer, recipient
        payer = self._state_giver(sentence, s, pay.start(), mentions)
        if payer is None or self._listed_country(sentence, s, max(0, pay.start() - 120), pay.start(), mentions):
            return None
        recipient = None
        if pay.group("obj"):
            lo, hi = pay.start("obj"), pay.end("obj")
            if sentence.startswith("the ", lo) or sentence.startswith("The ", lo):
                lo += 4
            recipient = next((m.iso3 for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"
                              and m.start - s == lo and m.end - s == hi), None)
            if recipient is None:
                return None  # "pay farmers", "pay Ukraine's Naftogaz": no state receives it
            if self._listed_country(sentence, s, lo, b, mentions):
                return None  # "pay Libya and Chad $1 billion": no split (figures fix of session 11)
        else:
            to = _COMP_TO_AFTER_RE.match(sentence, comp.end())
            if to is not None and re.search(r"\bfor\b", to.group(), re.I):
                to = None  # "compensation for the grain cargo shipped to Syria": a destination (figures fix of session 11)
            if to is not None:
                recipient = next((m.iso3 for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"
                                  and m.start - s == to.end() and _NOUN_END_RE.match(sentence, m.end - s)
                                  and not _COMP_POSSESSIVE_RE.match(sentence, m.end - s)), None)
                if recipient is None or self._listed_country(sentence, s, to.end(), min(len(sentence), to.end() + 120),
                                                             mentions):
                    return None  # "$52 billion in compensation to 1.5 million claimants", "to France's Naval Group"
            else:
                return None  # no recipient named: no bilateral figure (figures fix of session 11: not the story's country)
        return (payer, recipient) if recipient is not None and recipient != payer else None

    def _and_invest(self, sentence, s, amounts, k, mentions) -> bool:
        """True when the amount is what the subject of the money before in the sentence "will invest" in a second
        predicate with no country of its own: "The UAE will deposit $1 billion in the National Bank of Ethiopia and will
        invest a further $2 billion", "Japan will lend Vietnam $1 billion and invest another $2 billion" (figures session
        11). The money before must be given or lent by a state (aid, other, investment, directed from its subject)."""
        prev = self._sentence_rows.get(k - 1) if k else None
        if prev is None or prev["metric"] not in ("aid", "other", "investment") or None in (prev["reporter_iso3"], prev["partner_iso3"]):
            return False
        lo, a, b = amounts[k - 1].end - s, amounts[k].start - s, amounts[k].end - s
        if not _AND_INVEST_GAP_RE.fullmatch(sentence, lo, a):
            return False
        hi = _clause_bounds(sentence, a, b)[1]
        comma = sentence.find(",", b, hi)
        hi = comma if comma >= 0 else hi
        pair = {prev["reporter_iso3"], prev["partner_iso3"]}
        # (the gap may name the first money's own place, "in the National Bank of Ethiopia"; no other country, and none
        # after the amount: "... and will invest a further $2 billion in Kenya" has a partner of its own)
        return not any(m.kind == "country" and ((lo <= m.start - s < a and m.iso3 not in pair) or b <= m.start - s < hi)
                       for m in mentions)

    def _borrowed_pair(self, sentence, s, a, b, seg_lo, mentions) -> tuple[str, str] | None:
        """(lender's country, borrower) when the amount at [a, b) is money a state borrowed from another state's lender
        ("Laos borrowed $500 million from China Development Bank", "In 2014 the government borrowed $944 million from the
        Export-Import Bank of China": a bare "the government" is the story's other country), else None: a commercial
        bank, "Chinese banks", the IMF, a firm as borrower, the borrower's own lender. Figures session 11."""
        verb = _BORROW_BEFORE_RE.search(sentence, max(seg_lo, a - 40), a)
        frm = _BORROW_FROM_AFTER_RE.match(sentence, b) if verb else None
        if frm is None:
            return None
        # figures fix of session 11: a past borrowing only ("plans to borrow" is the borrower's plan); no bond, market, firm,
        # multilateral or commercial lender in the clause; no list of lenders
        hi = _clause_bounds(sentence, a, b)[1]
        if not _BORROWED_PAST_RE.match(sentence, verb.start()) \
                or _COMP_HYPOTHETICAL_RE.search(sentence, max(0, verb.start() - 40), verb.start()) \
                or _COMP_CLAIM_RE.search(sentence, 0, verb.start()) \
                or _BORROW_NOT_STATE_RE.search(sentence, frm.end(), max(hi, frm.end())) \
                or self._listed_country(sentence, s, frm.end(), max(hi, frm.end()), mentions):
            return None
        lender = _lender_at(sentence, s, frm.end(), (m for m in mentions if m.alias_kind != "demonym"),
                            _LENDER_AFTER_COUNTRY_SAFE_RE, _LENDER_OF_GAP_RE)
        if lender is None or _NEGATED_BEFORE_RE.search(sentence, max(0, verb.start() - 40), verb.start()):
            return None
        borrower = self._borrower(sentence, s, verb.start(), mentions, lender)
        return (lender, borrower) if borrower is not None and borrower != lender else None

    def _borrower(self, sentence, s, verb, mentions, lender, home_iso3=None, article_countries=None) -> str | None:
        """The borrowing country of a loan whose verb is at ``verb``: the verb's subject ("Laos borrowed"), else for a
        bare "the government" the outlet's country (when ``home_iso3`` is given), else the other country of the story's
        pair, else (when ``article_countries`` is given) the story's one other country."""
        borrower = self._state_giver(sentence, s, verb, mentions)
        if borrower is not None or not _BARE_BORROWER_RE.search(sentence, max(0, verb - 60), verb):
            return borrower
        if home_iso3 and home_iso3 != lender:
            return home_iso3
        pair = self._story_pair(lender)
        borrower = next((c for c in pair if c != lender), None) if pair else None
        rest = [c for c in article_countries or () if c != lender]
        if borrower is None and article_countries is not None and len(rest) == 1:
            borrower = rest[0]
        return borrower

    def _not_bilateral_s18(self, sentence, s, a, b, metric, partner, mentions) -> bool:
        """Money that goes to no one country or is no state's (s18), whatever parties the rules found: pledged "to the
        fund" (a multilateral fund; not "to the fund for Kenya's schools"), "in assistance for the Middle East" or "for
        countries battling ..." (a region or a group, the partner named only elsewhere), or "other" deals that "companies
        from the two sides signed" (business deals; "companies signed investment deals" stays investment, as the gold
        reads it). The aid amounts of that sentence and the next that name no recipient after
        "to/for" join the pledge to the fund ("Germany matched it with another $100m. Britain said it would contribute up
        to £60m, the United States $17.5m")."""
        if metric == "aid":
            fund = _TO_FUND_AFTER_RE.match(sentence, b)
            if fund is not None:
                self._fund_at = self._index
                return True
            if self._index - self._fund_at <= 1 and not any(
                    m.kind == "country" and m.iso3 == partner and m.start - s >= b
                    and _RECIPIENT_PREP_BEFORE_RE.search(sentence, max(0, m.start - s - 12), m.start - s) for m in mentions):
                return True  # "... to the fund, and Germany matched it with another $100m. Britain ... up to £60m"
            region = _REGION_RECIPIENT_AFTER_RE.match(sentence, b)
            if region is not None and not any(m.kind == "country" and m.iso3 == partner
                                              and b <= m.start - s < region.end() for m in mentions):
                return True
        if metric == "other" and _COMPANIES_SIGNED_BEFORE_RE.search(sentence, max(0, a - 120), a):
            return True
        return False

    def _bond_pair(self, sentence, s, a, b, mentions) -> tuple[str, str] | None:
        """(buyer, issuer) when the amount at [a, b) is a state's purchase of another state's bonds or debt ("Qatar will
        buy $500 million worth of Lebanese government bonds", "Venezuela has bought 5 billion dollars of Argentine
        government debt"): lending to that government, aid from the buyer (s18); else None. The buyer is the country
        that is the verb's subject (``_state_giver``); the issuer the country or nationality right after "of/in"."""
        verb = _BOND_BUY_BEFORE_RE.search(sentence, max(0, a - 40), a)
        of = _BOND_OF_AFTER_RE.match(sentence, b) if verb else None
        if of is None:
            return None
        issuer = next((m for m in mentions if m.kind == "country" and m.iso3 and m.start - s == of.end()), None)
        if issuer is None or not _BOND_PAPER_AFTER_RE.match(sentence, issuer.end - s) \
                or _NEGATED_BEFORE_RE.search(sentence, max(0, verb.start() - 40), verb.start()):
            return None
        buyer = self._state_giver(sentence, s, verb.start(), mentions)
        return (buyer, issuer.iso3) if buyer is not None and buyer != issuer.iso3 else None

    def _loan_deal_pair(self, sentence, s, a, b, mentions, home_iso3, article_countries=()) -> tuple[str, str] | None:
        """(lender's country, borrower) when the amount at [a, b) is a loan the borrower signed with another state's
        lender ("Kenya signed a $2 billion loan agreement with China's Exim Bank", "The government signed a $3 billion
        facility agreement with the China Development Bank" under an Accra dateline); else None (s18). A loan
        agreement "with China" alone names no lender (Japan's loan agreements with India run the other way); a bare
        "the government" is the outlet's country, else the other country of the story's pair, else the story's one
        other country ("NAIROBI - The government signed ...")."""
        verb = _LOAN_DEAL_VERB_BEFORE_RE.search(sentence, max(0, a - 50), a)
        deal = _LOAN_DEAL_AFTER_RE.match(sentence, b) if verb else None
        if deal is None:
            return None
        lender = _lender_at(sentence, s, deal.end(), sorted(mentions, key=lambda m: m.start),
                            _STATE_LENDER_AFTER_RE, _STATE_BANK_OF_GAP_RE)
        if lender is None or _NEGATED_BEFORE_RE.search(sentence, max(0, verb.start() - 40), verb.start()):
            return None
        borrower = self._borrower(sentence, s, verb.start(), mentions, lender, home_iso3, list(article_countries))
        return (lender, borrower) if borrower is not None and borrower != lender else None

    @staticmethod
    def _bond_dated(sentence, a, b, date_text) -> bool:
        """Whether the date text of a bond purchase's period lies in the purchase's own words: from its verb (70
        characters before the amount at the most) to the end of its clause (s18)."""
        verb = _BOND_BUY_BEFORE_RE.search(sentence, max(0, a - 40), a)
        lo = verb.start() if verb else a
        hi = _clause_bounds(sentence, a, b)[1]
        return date_text in sentence[lo:max(hi, b)]

    @staticmethod
    def _bond_to_come(sentence, a) -> bool:
        """Whether the bond purchase before ``a`` is still to be made: "will buy", "agreed to invest", "committed Beijing
        to buying" (s18; the gold reads such a purchase as a forecast)."""
        return _BOND_TO_COME_RE.search(sentence, max(0, a - 70), a) is not None

    def _headline_pair(self) -> tuple[str, str] | None:
        """The two countries the article's title names, in its order (read once, on first need); None unless exactly two."""
        if not isinstance(self._title_mentions, tuple):
            title, found = self._title_mentions
            found = found() if callable(found) else found
            if "-" in title and self.prefix_re.search(title):
                found = self._prefix_mentions(title, found)
            isos = list(dict.fromkeys(m.iso3 for m in found if m.kind == "country" and m.iso3
                                      and not _CURRENCY_AFTER_RE.match(title, m.end)))
            self._title_mentions = (tuple(isos),)
        isos = self._title_mentions[0]
        return (isos[0], isos[1]) if len(isos) == 2 and not self._title_bloc else None

    def _story_pair(self, member: str | None = None, earlier: bool = False, exclude=()) -> tuple[str, str] | None:
        """The pair of countries named together most often so far (the first such pair on a tie), with ``member``
        when given; with ``earlier``, only pairs named before the current sentence; none with a country of ``exclude``."""
        last = self._last_parties
        if last and None not in last and _AGGREGATE not in last and (member is None or member in last) \
                and not set(last) & set(exclude):
            return last  # the pair of the story's figure before
        pairs = [(-n, first, rank, pair) for pair, (n, first, rank) in self._pairs.items() if (member is None or member in pair)
                 and not (earlier and first >= self._index) and not set(pair) & set(exclude)]
        return min(pairs)[3] if pairs else None

    def _fiscal_span(self, year: int, named_by: str | None, country: str | None, m) -> DateSpan:
        """The fiscal year ``year`` names in ``country``'s fiscal_years.csv row ("FY25" of a US figure: Oct 2024 - Sep
        2025; of an Indian one: Apr 2024 - Mar 2025); ``named_by`` "start" for a two-year name ("2024-25" starts in
        2024), None for the country's own way of naming one year. Unlisted: April-March, named by the year it ends in."""
        first_month, own = self.fiscal.get(country, (4, "end"))
        y0 = year if (named_by or own) == "start" or first_month == 1 else year - 1
        end = dt.date(y0 + 1, first_month, 1) - dt.timedelta(days=1) if first_month > 1 else dt.date(y0, 12, 31)
        return DateSpan(dt.date(y0, first_month, 1), end, "month", m.group(), m.start(), m.end())

    def _period(self, sentence, s, a, b, seg_lo, seg_hi, published, future, fiscal: str | None = None) -> DateSpan | None:
        """The period of the amount at [a, b); ``fiscal`` is the country whose fiscal year a "FY25", "2024-25" or "fiscal
        2025" names: the figure's reporter ("Brazil's exports to India ... in fiscal 2023" is Brazil's calendar year,
        not India's fiscal year)."""
        spans = self.dates.find(sentence, published, future=future, offset=0)
        dated = [d for d in spans if d.precision in ("year", "month")]  # every date, for a horizon's start
        spans = [d for d in spans if (d.precision in ("year", "month") or "year" in d.text or "month" in d.text)
                 and not d.text.lower().startswith("since")
                 and not _SINCE_END_RE.search(sentence, max(0, d.char_start - 7), d.char_start)  # "since February 2022"
                 and not _SAID_BEFORE_DATE_RE.search(sentence, max(0, d.char_start - 30), d.char_start)
                 and not (future and d.char_end <= a and _SAID_PLAN_AFTER_DATE_RE.match(sentence, d.char_end, a))
                 and not (d.char_start > b and _SINCE_CLAUSE_BEFORE_RE.search(sentence, max(b, d.char_start - 70), d.char_start))
                 # "$3.8 billion a year under a memorandum signed in 2016": the date of the document, not of the money
                 and not (d.char_start > b and _SIGNED_NOUN_BEFORE_DATE_RE.search(sentence, max(b, d.char_start - 80), d.char_start))
                 # "the 64 trillion-won arrangement that expired earlier this month": when the document ended (session 13)
                 and not (d.char_start > b and _EXPIRY_BEFORE_DATE_RE.search(sentence, max(b, d.char_start - 50), d.char_start))
                 # "The Kerry-Lugar bill, signed by President Obama earlier this month, triples aid to ...": the date of a
                 # participle set off by commas before the amount is the document's (figures session 10)
                 and not (d.char_end <= a and _PARTICIPLE_BEFORE_DATE_RE.search(sentence, max(0, d.char_start - 70), d.char_start)
                          and _COMMA_AFTER_DATE_RE.match(sentence, d.char_end))]
        # "..., the first by an Indian premier in 34 years": a count back after a first or a superlative, no period
        # (figures session 12)
        spans = [d for d in spans if not (_IN_YEARS_SPAN_RE.fullmatch(d.text.strip())
                                          and _look_back_np(sentence, d.char_start))]
        if published is not None:
            for m in _PAST_SPAN_RE.finditer(sentence):
                # "in the past two years" (published 2017-09): 2015-09 .. 2017-09
                if any(d.char_start <= m.start() < d.char_end for d in spans):
                    continue
                n = _WORD_NUM.get((m.group("n") or "one").lower()) or int(m.group("n"))
                days = n * (365 if m.group("unit").lower().startswith("year") else 30)
                start = published - dt.timedelta(days=days)
                spans.append(DateSpan(start, published, "year" if days >= 365 else "month", m.group().strip(),
                                      m.start(), m.end()))
            spans.sort(key=lambda d: d.char_start)
        for m in _MONTHS_TO_RE.finditer(sentence):
            # "in the 11 months to November", "in the first nine months through September 2023"
            n = _MONTH_WORDS.get(m.group("n").lower()) or int(m.group("n"))
            month = _MONTHS.index(m.group("m")[:3].lower()) + 1
            if m.group("y"):
                year = int(m.group("y"))
            elif published is not None:
                year = published.year if month <= published.month else published.year - 1
            else:
                continue
            if not 1 <= n <= 12:
                continue
            first = (year * 12 + month - 1) - (n - 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            spans = [d for d in spans if not (m.start() <= d.char_start < m.end() or d.char_start <= m.start() < d.char_end)]
            spans.append(DateSpan(dt.date(first // 12, first % 12 + 1, 1), nxt - dt.timedelta(days=1), "month", m.group(),
                                  m.start(), m.end()))
            spans.sort(key=lambda d: d.char_start)
        if published is not None and "year" in sentence:
            for m in _MONTH_RANGE_REL_RE.finditer(sentence):
                # "in January-July this year": the months of the year named relative to publication
                m1, m2 = (_MONTHS.index(m.group(g)[:3].lower()) + 1 for g in ("m1", "m2"))
                year = published.year - (m.group("rel").lower() in ("last", "the previous"))
                if m2 < m1:
                    continue
                spans = [d for d in spans if not (d.char_start < m.end() and m.start() < d.char_end)]
                spans.append(DateSpan(dt.date(year, m1, 1), dt.date(year + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1),
                                      "month", m.group(), m.start(), m.end()))
                spans.sort(key=lambda d: d.char_start)
        for m in _FIRST_MONTHS_RE.finditer(sentence):
            # "over the first ten months of the year": January .. October of the publication year
            word = m.group("n") or m.group("n2")
            n = 6 if m.group("half") else (_MONTH_WORDS.get(word.lower()) or int(word))
            year = int(m.group("y")) if m.group("y") else (published.year - bool(m.group("last")) if published is not None
                                                           else None)
            if year is None or not 1 <= n <= 11:
                continue
            spans = [d for d in spans if not (m.start() <= d.char_start < m.end())]
            spans.append(DateSpan(dt.date(year, 1, 1), dt.date(year + (n == 12), n % 12 + 1, 1) - dt.timedelta(days=1),
                                  "month", m.group(), m.start(), m.end()))
            spans.sort(key=lambda d: d.char_start)
        for m in _QUARTER_YEAR_RE.finditer(sentence) if "Q" in sentence else ():
            # "in Q3 2024": July .. September 2024
            q, year = int(m.group("q") or m.group("q2")), int(m.group("y"))
            spans = [d for d in spans if not (d.char_start < m.end() and m.start() < d.char_end)]
            spans.append(DateSpan(dt.date(year, 3 * q - 2, 1), dt.date(year + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1),
                                  "month", m.group(), m.start(), m.end()))
            spans.sort(key=lambda d: d.char_start)
        for m in _FIRST_QUARTERS_RE.finditer(sentence) if "first" in sentence else ():
            # "in the first three quarters", "in the first half of this year" (figures session 9): from January of the
            # year named, else of the publication year (the year before when those months are not over yet)
            n = 6 if m.group("half") else 3 * (_WORD_NUM.get((m.group("n") or "one").lower()) or int(m.group("n")))
            if any(d.char_start < m.end() and m.start() < d.char_end for d in spans) or n > 11 \
                    or _FIRST_QUARTERS_SKIP_RE.match(sentence, m.end()):
                continue  # "... of next year", "... of fiscal 2024": the year resolver's (review of session 9)
            if m.group("y"):
                year = int(m.group("y"))
            elif published is None:
                continue
            elif m.group("this"):
                year = published.year  # "of the year", "of this year": the publication year (review of session 9)
            else:
                year = published.year - 1 if m.group("last") or published.month <= n else published.year
            spans.append(DateSpan(dt.date(year, 1, 1), dt.date(year, n + 1, 1) - dt.timedelta(days=1), "month", m.group(),
                                  m.start(), m.end()))
            spans.sort(key=lambda d: d.char_start)
        if published is not None and not spans:
            for m in _YEAR_TO_DATE_RE.finditer(sentence):
                # "Year-to-date exports ... stand at $26 billion": January 1 .. publication
                spans.append(DateSpan(dt.date(published.year, 1, 1), published, "month", m.group(), m.start(), m.end()))
        if published is not None:
            for m in _NEXT_SPAN_RE.finditer(sentence):
                # "over the next decade" (2025): to 2035; "pledged last December to invest ... over the following four
                # years": from the pledge's year
                n = 10 if m.group("decade") else (_WORD_NUM.get(m.group("n").lower()) or int(m.group("n")))
                base = published.year
                if m.group("rel").lower() == "following":
                    prior = [d for d in dated if d.char_end <= m.start() and d.start <= published]
                    if prior:
                        base = prior[-1].start.year
                spans = [d for d in spans if not (m.start() <= d.char_start < m.end())]
                spans.append(DateSpan(dt.date(base + n, 1, 1), dt.date(base + n, 12, 31), "year", m.group(),
                                      m.start(), m.end()))
                spans.sort(key=lambda d: d.char_start)
                self._horizon_texts.add(m.group())  # the span stays in place (it ends the amount's clause), undated
        for m in _YEAR_SPAN_RE.finditer(sentence):
            # "in 2011-2017", "between 1995 and 2008": the amount covers the whole span (its last year among them)
            y0, y1 = int(m.group("a")), int(m.group("b"))
            if len(m.group("b")) == 2:
                y1 += y0 // 100 * 100
            if not y0 < y1 <= y0 + 50:
                continue
            spans = [d for d in spans if not (m.start() <= d.char_start < m.end())]
            spans.append(DateSpan(dt.date(y0, 1, 1), dt.date(y1, 12, 31), "year", m.group(), m.start(), m.end()))
            spans.sort(key=lambda d: d.char_start)
        for m in _FISCAL_SPAN_RE.finditer(sentence):
            y0, y1 = int(m.group("a")), int(m.group("b"))
            if len(m.group("b")) == 2:
                y1 += y0 // 100 * 100
            if y1 != y0 + 1 or not (m.group("fy") or m.group("fy2") or len(m.group("b")) == 2):
                continue  # "in 2011-2017", "between 2019-2020": a span of calendar years
            spans = [d for d in spans if not (d.char_start < m.end() and m.start() < d.char_end)]
            spans.append(self._fiscal_span(y0, "start", fiscal, m))
            spans.sort(key=lambda d: d.char_start)
        for m in _FY_SHORT_RE.finditer(sentence):
            spans = [d for d in spans if not (d.char_start < m.end() and m.start() < d.char_end)]
            spans.append(self._fiscal_span(2000 + int(m.group("yy")), None, fiscal, m))
            spans.sort(key=lambda d: d.char_start)
        if ("iscal" in sentence or "FY" in sentence) and fiscal in self.fiscal:
            for m in _FISCAL_ONE_YEAR_RE.finditer(sentence):
                # "fiscal 2025" of a country whose fiscal year is not the calendar year (fiscal_years.csv)
                spans = [d for d in spans if not (d.char_start < m.end() and m.start() < d.char_end)]
                spans.append(self._fiscal_span(int(m.group("y")), None, fiscal, m))
                spans.sort(key=lambda d: d.char_start)
        if "iscal" in sentence or "inancial" in sentence:
            first_month = self.fiscal.get(fiscal, (1, ""))[0]
            for m in _FY_RELATIVE_RE.finditer(sentence) if first_month > 1 and published is not None else ():
                # "Bangladesh's imports from India were $9 billion last fiscal year" (Sept 2024): July 2023 - June 2024
                rel = m.group("rel").lower()
                y0 = (published.year if published.month >= first_month else published.year - 1) \
                    + (-1 if rel in ("last", "previous", "past") else 1 if rel in ("next", "coming") else 0)
                spans = [d for d in spans if not (d.char_start < m.end() and m.start() < d.char_end)]
                spans.append(DateSpan(dt.date(y0, first_month, 1), dt.date(y0 + 1, first_month, 1) - dt.timedelta(days=1),
                                      "month", m.group(), m.start(), m.end()))
                spans.sort(key=lambda d: d.char_start)
        for m in _FY_ENDED_RE.finditer(sentence):
            month = _MONTHS.index(m.group("m")[:3].lower()) + 1
            if m.group("y"):
                year = int(m.group("y"))
            elif published is not None:
                year = published.year if month <= published.month else published.year - 1
            else:
                continue
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            first = year * 12 + month - 12  # the twelve months up to the end month
            spans = [d for d in spans if not (d.char_start < m.end() and m.start() < d.char_end)]
            spans.append(DateSpan(dt.date(first // 12, first % 12 + 1, 1), nxt - dt.timedelta(days=1), "month", m.group(),
                                  m.start(), m.end()))
            spans.sort(key=lambda d: d.char_start)
        # (right after the amount: "growth slowed from the previous year's 26%" is about another number)
        earlier = _EARLIER_AFTER_RE.search(sentence[b:min(seg_hi, b + 30)])
        if earlier and _PERCENT_GAP_RE.search(sentence, b, b + earlier.start()):
            earlier = None  # "one trillion rubles, 11% more than a year earlier": a growth rate's yardstick (round K)
        earlier = earlier or _PREV_YEARS_BEFORE_RE.search(sentence, max(0, a - 50), a)
        if earlier:
            # "to $5.63 billion from $3.47 billion a year earlier": the year before the sentence's
            # (no year in the sentence: the year carried from the figure before, "Trade rose to $25.95 billion in 2022.
            # Exports rose to $15.74 billion from $10.73 billion a year earlier." -> 2021; else publication's)
            base = next((d for d in spans if d.precision == "year" and d.char_start < a), None)
            part = next((d for d in spans if d.char_start < a and 58 <= (d.end - d.start).days < 367
                         and not (d.precision == "year" and d.start.year == d.end.year)), None) if base is None else None
            if part is not None and earlier.re is _EARLIER_AFTER_RE:
                # "fell to $11 billion in the year ended March 2024, from $12.2 billion a year earlier", "in the first half
                # ... a year earlier": the same stretch, n years back (figures round L)
                n = _earlier_years(earlier)
                return DateSpan(_years_before(part.start, n), _years_before(part.end, n), part.precision, earlier.group())
            if base is None and not any(d.char_start < b for d in spans) and self._carry is not None and self._carry.precision == "year" \
                    and not _RECENT_RE.search(sentence, 0, a):
                base = self._carry
            if _FISCAL_WORD_RE.search(earlier.group()) and fiscal not in self.fiscal \
                    and not any(d.char_start < a for d in spans):
                # "Kenya's exports to Uganda reached $1 billion in the previous fiscal year": a fiscal year of a country
                # whose fiscal calendar fiscal_years.csv does not give is no calendar year; undated, as "last financial
                # year" already is (figures session 10)
                self._horizon_texts.add(earlier.group())
                return DateSpan(published or dt.date(2000, 1, 1), published or dt.date(2000, 1, 1), "year", earlier.group())
            year = (base.start.year if base else (published.year if published else None))
            if year is not None:
                year -= _earlier_years(earlier) if earlier.re is _EARLIER_AFTER_RE else 1  # "the year before last": two back
                return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", earlier.group())
        spans = [d for d in spans if not (d.char_start >= b and _YEAR_ONLY_RE.fullmatch(d.text.strip())
                                          and _COMPARED_YEAR_BEFORE_RE.search(sentence, max(0, d.char_start - 8), d.char_start)
                                          and _COMPARED_YEAR_AFTER_RE.match(sentence, d.char_end)
                                          # "$2.91 billion of the 2013 total": the whole the amount is part of, its year
                                          and not _PART_OF_YEAR_GAP_RE.fullmatch(sentence, b, d.char_start))
                 and not (d.char_start >= b and _is_yardstick(sentence, d, b, spans, published))]
        # "$769 million last year, roughly flat on 2022, while imports ... slipped to $196 million": a yardstick of an earlier
        # amount of the sentence is no period of a later one (figures session 10; the amount goes on with its own)
        prior_ends = [x.end - s for x in self._amount_spans if 0 <= x.start - s and a - 300 <= x.end - s <= a]  # (near ones)
        if prior_ends:
            # ("up from 2022, when they stood at $850 million": the year of the amount after "when" stays)
            spans = [d for d in spans if not (prior_ends[0] <= d.char_start and d.char_end <= a
                                              and not _WHEN_AFTER_DATE_RE.match(sentence, d.char_end)
                                              # ("up from 2022 levels of $4 billion", "against 2021 trade of $3 billion":
                                              # the year right before the later amount is its own; review of session 10)
                                              and not _DATE_OWNS_AMOUNT_GAP_RE.fullmatch(sentence, d.char_end, a) and any(
                e <= d.char_start and (_is_yardstick(sentence, d, e, spans, published) or _flat_yardstick(sentence, d, e))
                for e in prior_ends))]
        # "to $124.8 billion from $155.7 billion in 2022, while imports ... to $142.8 billion": the date glued to the base
        # of a change is that base's, not the period of the amounts after it
        bases = [(x.end - s) for x in self._amount_spans if x.end - s <= a
                 and _BASE_BEFORE_RE.search(sentence, max(0, x.start - s - 60), x.start - s)]
        if bases:
            spans = [d for d in spans if not (d.char_end <= a and any(
                x_end <= d.char_start and _DATE_GLUE_RE.fullmatch(sentence, x_end, d.char_start) for x_end in bases))]
        within = _WITHIN_YEARS_RE.search(sentence, b, min(seg_hi, b + 200)) if future else None
        first_amount = min((x.start - s for x in self._amount_spans if x.start - s >= 0), default=a)
        if within and not any(b <= d.char_start < within.start() for d in spans) \
                and not any(d.char_end <= min(a, first_amount) for d in spans):
            # ("By 2030, trade ... is expected to reach $100 billion, doubling within seven years": a year told before
            # every amount of the sentence is the amount's own and stays; review of session 10)
            # "could hit $20 billion within a few years": a horizon counted from now gives no year, and no period of an
            # earlier amount of the sentence is carried to it (the lead's horizon convention; figures session 10)
            self._horizon_texts.add(within.group())
            return DateSpan(published or dt.date(2000, 1, 1), published or dt.date(2000, 1, 1), "year", within.group())
        horizon = _OVER_YEARS_RE.search(sentence, b, seg_hi) if future and published is not None else None
        if horizon and not any(b <= d.char_start < horizon.start() for d in spans):
            # "A year ago Kishida set a goal of 5 trillion yen ... over five years": the goal's horizon, counted from when
            # it was set (a date before the amount, else publication)
            n = _WORD_NUM.get(horizon.group("n").lower()) or int(horizon.group("n"))
            prior = [d for d in dated if d.char_end <= a and d.start <= published]
            lead = _EARLIER_LEAD_RE.match(sentence)
            base = prior[-1].start.year if prior else published.year
            if not prior and lead and lead.end() <= a and lead.group("rel").lower() == "ago":
                base -= 1 if lead.group("one") else (_WORD_NUM.get(lead.group("n").lower()) or int(lead.group("n")))
            self._horizon_texts.add(horizon.group())
            return DateSpan(dt.date(base + n, 1, 1), dt.date(base + n, 12, 31), "year", horizon.group())
        accord = _DATED_ACCORD_RE.search(sentence, 0, a) if not spans and "nder" in sentence else None
        if accord:
            # "the 1965 normalisation treaty, under which Japan provided Korea with $800 million": the accord's year
            year = int(accord.group("y") or accord.group("y2"))
            return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year))
        lead = _EARLIER_LEAD_RE.match(sentence)
        if not (lead and lead.end() <= a):
            # "The combined $6.36 billion was the most ...; a year later turnover slipped to $5.6 billion": the lead of
            # the amount's own clause after a semicolon (figures round K)
            semi = sentence.rfind(";", 0, a)
            lead = _EARLIER_LEAD_RE.match(sentence, semi + 1) if semi >= 0 else None
            if lead and any(lead.end() <= d.char_start < a or (d.char_end <= a and semi < d.char_start) for d in spans):
                lead = None
            elif lead:
                spans = [d for d in spans if d.char_start > semi]
        if lead and lead.end() <= a and not any(d.char_end <= a for d in spans):
            # "A year earlier it was $5.2 billion" after a 2023 figure: 2022; "Ten years ago it stood at ...": from publication
            n = 1 if lead.group("one") else (_WORD_NUM.get(lead.group("n").lower()) or int(lead.group("n")))
            base = (published.year if published else None) if lead.group("rel").lower() == "ago" \
                else (self._carry.start.year if self._carry is not None else None)
            dated_rows = [r for r in getattr(self, "_sentence_rows", {}).values() if r.get("period_start")]
            if lead.start() > 0 and dated_rows and lead.group("rel").lower() != "ago":
                base = dated_rows[-1]["period_start"].year  # "...$6.36 billion in 2013; a year later ...": that amount's year
            if base is not None:
                n = -n if lead.group("rel").lower() == "later" else n  # "A year later it ticked up to ...": the year after
                return DateSpan(dt.date(base - n, 1, 1), dt.date(base - n, 12, 31), "year", lead.group())
        semi = sentence.rfind(";", 0, a)
        if semi >= 0 and _PRESENT_LEVEL_BEFORE_RE.search(sentence, semi, a) and not any(semi < d.char_start for d in spans):
            # "... reached $23.2 billion in 2023; Chinese capital invested in the country adds up to more than $13 billion":
            # a stock told in the present in a clause of its own has no period of the clause before (figures round K)
            return None
        if 0 <= self._pred_lo < a:
            # "could reach $100 billion by 2030 and is now $85 billion": "by 2030" is the first predicate's
            spans = [d for d in spans if d.char_start >= self._pred_lo]
        in_seg = [d for d in spans if seg_lo <= d.char_start < seg_hi]
        if not in_seg:
            before = [d for d in spans if d.char_end <= a]
            if before:
                return before[-1]
            if self._carry is not None and not future and not _PER_YEAR_AFTER_RE.match(sentence, b) \
                    and not (published is not None and self._carry.start > published) \
                    and not _RECENT_RE.search(sentence, 0, a):
                # "$65 billion a year": a rate; "... over the next five years" before: a horizon, not a period;
                # "Recently it signed a 10 billion yuan swap": lately, not in the period of the sentence before
                return DateSpan(self._carry.start, self._carry.end, self._carry.precision, self._carry_text)
            return None
        after = [d for d in in_seg if d.char_start >= b]
        before = [d for d in in_seg if d.char_end <= a]
        # "in 2012 ... increased to $87.5 billion (in 2007 the figure was $40 billion)"
        if after and (not before or after[0].char_start - b <= a - before[-1].char_end + 10):
            return after[0]
        return before[-1] if before else in_seg[0]
