"""Actor mentions: registry aliases (longest match wins) plus officials found from a title or an
appositive ("Foreign Minister X", "his South Korean counterpart, Kim Sung-hwan")."""
from __future__ import annotations

import bisect
import datetime as dt
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from .lexicons import alternation, lexicon_dir, lexicon_file, read_rows
from .places import unit_name_re
from .regex_gate import literal_gate  # perf s14
from .registry import Alias, Registry, name_variants
from .text import TOKEN_RE, fold, slug, tokens


def _spacy_stop_words() -> set[str]:
    """spaCy's English stop words (spacy/lang/en/stop_words.py), loaded as a module of its own.

    perf s10: ``from spacy.lang.en.stop_words import STOP_WORDS`` first runs the spacy package's
    __init__ (thinc, the pipeline registry), about a second of start-up per worker process for one
    word list; the list itself is a plain module without imports. Same set either way.
    """
    spec = importlib.util.find_spec("spacy")  # (finds the package without importing it)
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():
        from spacy.lang.en.stop_words import STOP_WORDS as words
        return words
    file_spec = importlib.util.spec_from_file_location("_newslens_spacy_en_stop_words", path)
    module = importlib.util.module_from_spec(file_spec)
    file_spec.loader.exec_module(module)
    return module.STOP_WORDS


STOP_WORDS = _spacy_stop_words()

_NAME_PART = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?"
_SP = r"[ \t\u00a0]+"  # names never run over a line break
# (an Arabic article joined to a surname by a hyphen is part of the name: "Abdel Fattah el-Sisi")
NAME = rf"{_NAME_PART}(?:{_SP}(?:{_NAME_PART}|[A-Z]\.|(?:al|el|ad|ash|as|ar|at|an|ul)-{_NAME_PART})){{0,3}}"
# round 17: a name may open on one or two initials ("Foreign Minister K. Shanmugam", "Chairman B. Davaadorj"); not the
# end of an abbreviation ("U.S. President": the "S." follows a letter and a dot)
NAME_I = rf"(?:(?<![\w.])[A-Z]\.{_SP}){{0,2}}{NAME}"
_INITIALS_BEFORE_RE = re.compile(rf"(?<![\w.])(?:[A-Z]\.{_SP}){{1,2}}$")
# Capitalised words that end a name rather than belong to it ("President Obama Monday").
_STOP_NAME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december the a an on in at and of for with to by from as but or if when
    while after before during this that these those his her its their he she it they we says said meets met
    visits visited arrives arrived leaves left holds held talks calls called told asks urged""".split()
)


_GLUE_RE = re.compile(r"[a-z][A-Z][a-z]|\b[A-Z][a-z]{1,3}(?:who|and|received|met|sent|visited|inspected|said|has|had|was|is|at|in|on|to|with|for|of)\b")
_CAMEL_RE = re.compile(r"([A-Za-z][a-z]+)(?=[A-Z][a-z])")
_GLUE_WORDS = frozenset("who and received met sent visited inspected said has had was is at in on to with for of".split())
# s13: the word right before "America(n)" that makes it a region ("Latin America", "South American leaders")
_REGION_AMERICA_RE = re.compile(r"(?<![\w-])(?:Latin|South|Central|North|Meso|Ibero|Pan)[ \t\u00a0-]$")
# s19: "the anti-Japanese struggle", "anti-U.S. rallies", "pro-Chinese": a stance toward a country, not the country as an
# actor or a place (KCNA's "visit to the anti-Japanese battle sites" was read as a trip to Japan)
_STANCE_BEFORE_RE = re.compile(r"(?<![\w-])(?i:anti|pro)-$")
# (not "... of Korea": a KCNA organisation that names no country, "the General Federation of Trade Unions of Korea",
# "the Workers' Party of Korea", is the North's)
_BARE_KOREA_RE = re.compile(r"(?<![\w-])(?<!North )(?<!South )(?<!of )Korea\b(?!\s+(?-i:[A-Z]))")
_NAMED_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:Socialist|University|Square|Stadium|Prize|Order|Medal|Mausoleum|Memorial|Youth|Street|"
    r"Bridge|Award|Institute|Academy|Library|Museum|Foundation|Palace|Military\s+University|Higher|Revolutionary\s+School|"
    r"Political\s+University|Polytechnic|Kimilsungia|Kimjongilia|Era|Bay|Airport|Port)\b")
_FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM", "HKG", "MAC"})
_ORG_WORDS = frozenset(
    """bureau committee ministry department assembly council party army union association agency office
    commission company corporation bank fund university institute academy federation republic kingdom
    government staff region district city province state county hall hotel square street airport station
    hospital school college museum theatre theater forum summit conference congress parliament court
    navy force forces command group news times post daily herald review development affairs trade culture
    economy economic defence defense security foreign industry education health finance energy transport
    agriculture justice interior external public national central regional administration directorate
    secretariat headquarters authority inspectorate service procuratorate confederation
    chiefs""".split())  # (s22: "who chaired the U.S. Joint Chiefs": no person "Joint Chiefs")
# "on a visit to", "on his current visit to", "visiting": where a person is, not whose he is
ON_A_VISIT_RE = re.compile(r"\b(?:on|during)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b|\bvisiting\b")
# sentence openers that are no surnames before "X, head of ...": data/lexicons/sentence_adverbs.csv (`_lone_surname`)
# and spaCy's English stop words (review of round 18, finding 4: "Nonetheless, chairman of ..."; fixV2: a word list,
# no adverb endings, which refused "Edwards", "Glover", "Kelly")
# the office of a lone surname is an appositive closed by a comma before its verb ("Petrov, head of the ... of the
# Russian Academy, on a visit ..."); an adverb's office runs into the verb ("Overall, director of the Bank of Russia
# visited China"): a lower-case verb-like word before the closing comma, or no comma in the sentence
_LONE_OFFICE_RE = re.compile(r"[^,;:!?\n]{0,300}?(?:,|(?P<end>(?<=[a-z]{2})\.(?=\s+[A-Z]|\s*$)|[;:!?\n]|$))")
_LONE_VERB_RE = re.compile(r"\b(?:[a-z]+ed|is|was|were|are|has|have|had|will|would|said|says|met|meets|left|leaves|made|"
                           r"makes|took|takes|gave|gives|paid|pays|went|goes|came|comes|held|holds|told|tells|sent|sends|"
                           r"visits|arrives|flew|flies|led|leads|laid|lays)\b")
_OF_BODY_RE = re.compile(r"\s+(?:of|at|with)\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
_RANK_WORDS = frozenset("major lieutenant colonel brigadier senior junior rear vice first".split())
# a rank cut short before its dot is no name ("Deputy Minister Lieut. General X": "Lieut" is not a person)
_RANK_ABBREVIATIONS = frozenset("lieut lt gen col maj brig adm capt cmdr sgt cpl".split())


# mentions session 7: a wire dateline, a place in capitals opening the story ("NEW DELHI, Nov 10 (agency) --")
_DATELINE_RE = re.compile(r"\s*(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=(?:,[^\n]{0,40}?)?\s*(?:\([^)\n]{0,40}\))?\s*(?:--|-|–|—|:))")


_SENTENCE_STOP_RE = re.compile(r"[.!?](?:\s|$)|\n")
# mentions fix session 10 (registry review): patronymic connectors. A registry name right after one of them is a
# father's or grandfather's name inside someone else's full name: "Salman bin Hamad bin Isa Al Khalifa" is Bahrain's
# crown prince, not King Hamad bin Isa Al Khalifa. Any case for the lower-case forms; capitalised only where the word
# is no given name ("Bin", "Ibn", "Bint", "Binti", "Ould"; not "Ben" or "Wad": "Ben Wallace"). No lexicon CSV reads
# name particles, so the list stays here. (Only the last 60 characters before a match are searched.)
_PATRONYMIC_BEFORE_RE = re.compile(
    r"(?:(?P<w>[\w'’.-]+)[ \t\u00a0]+)?(?<![\w'’.-])(?P<link>bin|bint|binti|ibn|ben|ould|wad|Bin|Bint|Binti|Ibn|Ould)[ \t\u00a0]+$")


# perf s12 (second round): the runs of word characters that open a word (`MentionFinder._title_matches`)
_WORD_OPEN_RE = re.compile(r"(?<![\w-])\w+")


def _opening_words(words) -> frozenset | None:
    """The lower-cased first runs of word characters of ``words``; None when one opens with another character or
    has a non-ASCII one (its case-insensitive match may reach an ASCII letter: the long s matches "s")."""
    out = set()
    for w in words:
        m = re.match(r"\w+", w)
        if m is None or not m.group().isascii():
            return None
        out.add(m.group().lower())
    return frozenset(out)


def _opener_runs_re(openers: frozenset) -> re.Pattern:
    """Perf s13: the starts of the runs `_title_matches` tries: a run of word characters (after no word character or
    hyphen, as `_WORD_OPEN_RE` finds them) that is one of ``openers`` up to case, or that holds a non-ASCII character.

    >>> [m.start() for m in _opener_runs_re(frozenset({"minister", "dr"})).finditer("Dr. Ri, MINISTER of Ministers, Dré")]
    [0, 8, 31]
    """
    words = "|".join(sorted((re.escape(w) for w in openers), key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?:(?<![\w-])|(?<=(?<![\w-])[Ee]x-))(?:(?i:{words})(?!\w)|(?=\w*?(?![\x00-\x7f])\w))")


# a run of word characters after no word character or hyphen (s19: or after "ex-": "Chinese ex-ambassador to the DPRK"
# is a title as "former Chinese ambassador" is)
_RUN_START_RE = re.compile(r"(?:(?<![\w-])|(?<=(?<![\w-])[Ee]x-))\w+")
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")  # \w on ASCII


def _ascii_opener_starts(text: str, openers: frozenset) -> list[int]:
    """perf s18: for ASCII ``text``, the starts of the matches of ``_opener_runs_re(openers)``, ascending: the runs of
    word characters (after no word character or hyphen) that are one of ``openers`` up to case. The runs' words are
    read at C speed and only the openers among them are looked up, not every word start tried against the long
    alternation of openers.

    >>> _ascii_opener_starts("Dr. Ri, MINISTER of Ministers, vice-minister", frozenset({"minister", "dr"}))
    [0, 8]
    """
    low = text.lower()
    found = openers.intersection(_RUN_START_RE.findall(low))
    starts = []
    for word in found:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or (low[at - 1] not in _ASCII_WORD_CHARS and low[at - 1] != "-")
                    or (low[at - 3:at] == "ex-" and (at == 3 or (low[at - 4] not in _ASCII_WORD_CHARS and low[at - 4] != "-")))) \
                    and (end == len(low) or low[end] not in _ASCII_WORD_CHARS):
                starts.append(at)
            at = low.find(word, at + 1)
    starts.sort()
    return starts


@dataclass
class Mention:
    """One actor found in the text; offsets are into the article text."""

    start: int
    end: int
    actor_id: str
    kind: str
    iso3: str | None
    alias_kind: str
    surface: str
    name: str
    role: str | None = None
    sentence_index: int = 0


class MentionFinder:
    """Find actor mentions in an article; ``find(text, published_date, sentence_starts)``."""

    def __init__(self, registry: Registry, lexicons=None):
        self.registry = registry
        lex = lexicon_dir() if lexicons is None else lexicons
        rows = read_rows(lex / "titles.csv", ("title", "role"))
        self.not_surnames = frozenset(r["word"].lower() for r in read_rows(
            lexicon_file(lex, "sentence_adverbs.csv"), ("word",))) | STOP_WORDS
        self.role_of = {r["title"].lower(): r["role"] for r in rows}
        # session 9 registry review: shared surnames too common to resolve by the office held on the day
        self.undated_surnames = frozenset(r["word"].lower() for r in read_rows(
            lexicon_file(lex, "surnames_not_dated.csv"), ("word", "reason")))
        hon_rows = read_rows(lex / "honorifics.csv", ("word",), {"kind": ("name", "style")})
        self.honorifics = {r["word"] for r in hon_rows if r.get("kind", "name") in ("", "name")}
        self._style_words = {r["word"] for r in hon_rows if r.get("kind") == "style"}
        titles = alternation([r["title"] for r in rows])
        hon = alternation(sorted(self.honorifics))
        # "Foreign Minister Sergei Lavrov", "leader Kim Jong Il", "Mr. Kim"
        self.title_re = re.compile(rf"(?<![\w-])(?P<title>(?i:{titles})|{hon}){_SP}(?P<name>{NAME_I})")
        # perf s12 (second round): the lower-cased first words of the titles and honorifics; `_title_matches` tries
        # the title pattern only at a word opening one of them (None: some title opens with no word character)
        self._title_openers = _opening_words([r["title"] for r in rows] + sorted(self.honorifics))
        # "Minister of Youth and Sports Affairs of Indonesia Andi Mallarangeng", "Vice Premier of the DPRK Kang
        # Sok Ju": a title, its portfolio and the country, then the name (the KCNA order)
        self.title_of_re = re.compile(
            rf"(?<![\w-])(?P<title>(?i:{titles}))\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|the|for)\s+)*){{0,7}}?$")
        self.name_after_re = re.compile(rf"{_SP}(?P<name>{NAME_I})")
        # "The U.S. special representative for North Korea, Stephen Biegun, arrived": the title, a comma, the name
        # (opening with "the": a cheap anchor, and a bare "envoy, Name," is too often a list)
        self.title_comma_re = re.compile(
            rf"\b[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}(?P<title>(?i:{titles}))(?:\s+(?:for|of|to|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?"
            rf",{_SP}(?P<name>{NAME})(?=\s*,)")
        # the second of two names after a plural title: "Presidents X of Nigeria and Y of Benin"
        self.coordinated_re = re.compile(
            rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:{_SP}[A-Z][\w'’-]*){{0,2}})?(?:\s*,)?\s+and{_SP}(?P<name>{NAME})")
        # "his South Korean counterpart, Kim Sung-hwan"
        self.counterpart_re = re.compile(rf"(?i:counterparts?),?\s+(?P<name>{NAME})")
        # "his Indonesian and Laotian counterparts A B C and D E": two names, paired in order with two
        # nationalities (the first name may run to five words)
        self.counterparts_pair_re = re.compile(
            rf"(?P<a1>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(?:the\s+)?(?P<a2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+counterparts,?{_SP}"
            rf"(?P<n1>{_NAME_PART}(?:{_SP}{_NAME_PART}){{1,4}}),?{_SP}and{_SP}(?P<n2>{NAME})")
        # "his Greek, Cypriot and French counterparts, A, B and C(, respectively)": three names, paired in order
        _ADJ = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
        self.counterparts_three_re = re.compile(
            rf"(?P<a1>{_ADJ}),\s+(?P<a2>{_ADJ}),?\s+and\s+(?P<a3>{_ADJ})\s+counterparts,?{_SP}"
            rf"(?P<n1>{NAME}),{_SP}(?P<n2>{NAME}),?{_SP}and{_SP}(?P<n3>{NAME})")
        # "Yang Hyong Sop, vice-president of the Presidium ... of the DPRK,"
        roles = alternation([r["word"] for r in read_rows(lex / "appositive_roles.csv", ("word",))])
        self.appositive_re = re.compile(
            # (s22: a name with a particle before its last part, "Alejandro Cao de Benos, chairman of the ...": only here,
            # where an English office follows, not in the Spanish service's "de" of every phrase)
            rf"(?P<name>{NAME}(?:{_SP}(?:de|da|dos|das|do|van|von|der|den|di|del|du){_SP}{_NAME_PART})?),\s+"
            rf"(?:(?:the|a|then|former|acting|first|senior|executive|deputy|vice)[\s-]+)*"
            rf"(?:[A-Za-z'’.-]+\s+){{0,3}}?(?:(?i:ex)-)?(?P<title>(?i:{roles}))\b")  # (s19: "Chinese ex-ambassador")
        self._honorific_words = {w.rstrip(".") for w in self.honorifics}
        self._title_words = {w for t in self.role_of for w in t.split()}  # (mentions session 7: `_title_start`)
        # last two words of the registry's person names ("Jong Un", "Il Sung"): a glued "Jong Unreceived"
        self._name_ends = {a.key[-2:] for bucket in registry.index.values() for a in bucket
                           if a.kind == "person" and len(a.key) > 1 and len(a.key[-1]) <= 4}
        # "the North" is North Korea only in a story that names North Korea
        # a bare "Korea": the North's voice (per story) and the North named (per sentence), korea_markers.csv
        markers = read_rows(lexicon_file(lex, "korea_markers.csv"), ("kind", "pattern"),
                            {"kind": ("voice", "north", "south_after", "south_before")})
        self.norths_voice_re = re.compile("|".join(r["pattern"] for r in markers if r["kind"] == "voice"))
        self.north_named_re = re.compile("|".join(r["pattern"] for r in markers if r["kind"] == "north"))
        self.south_after_re = re.compile("|".join(r["pattern"] for r in markers if r["kind"] == "south_after") or r"(?!)")
        self.south_before_re = re.compile("|".join(r["pattern"] for r in markers if r["kind"] == "south_before") or r"(?!)")
        econ = read_rows(lexicon_file(lex, "korea_economic_nouns.csv"), ("word",))
        self.korea_economic_re = re.compile(rf"(?:['’]s)?\s+(?:{alternation([r['word'] for r in econ])})\b")
        self.unit_re = unit_name_re(lex)
        # mentions session 7: a title that names its holder's country ("Pope X" -> VAT), title_countries.csv
        self.title_iso3 = {r["title"].lower(): r["iso3"] for r in read_rows(
            lexicon_file(lex, "title_countries.csv"), ("title", "iso3"))}
        # mentions session 7: last words that make a capitalised run no person's name, name_not_person.csv
        self.not_person_heads = frozenset(r["word"].lower() for r in read_rows(
            lexicon_file(lex, "name_not_person.csv"), ("word",)))
        # s11: the styles that open a ruling family member's full name ("Sheikh Ahmad Nawaf ...": `_after_given_name`)
        self._royal_openers = frozenset(r["word"] for r in read_rows(
            lexicon_file(lex, "name_openers_royal.csv"), ("word",)))
        # mentions session 7: "the president" / "the secretary" -> the last named person of that office
        anaphors = read_rows(lexicon_file(lex, "title_anaphors.csv"), ("word", "role_pattern"))
        self.anaphor_roles = {r["word"].lower(): re.compile(rf"(?:{r['role_pattern']})", re.I) for r in anaphors}
        self.anaphor_re = re.compile(
            # (s23: or capitalised, as Wikinews writes it: "The President flew to Riyadh")
            rf"\b(?P<the>[Tt]he){_SP}(?P<word>(?i:{alternation([r['word'] for r in anaphors])}))\b(?![-\w]|['’]s?\s+(?i:office|palace)\b|"
            rf"\s+(?:of|and|general|league|elect)\b|{_SP}(?:Mc|Mac|O')?[A-Z])")
        # mentions session 7: a dateline's country for a bare head-of-state title, dateline_titles.csv
        # visits session 9 (binding): an untitled full name, and a definite description of an office holder ("The New
        # Zealand prime minister", "the Treasury secretary", "The Israeli president's", "a visit by a Turkish foreign
        # minister"); `_described_names`
        self.bare_name_re = re.compile(r"(?<![\w'’.-])(?-i:[A-Z])[a-z][\w'’-]*(?:[ \t](?-i:[A-Z])[a-z][\w'’-]*){1,2}(?![\w'’-])")
        offices = alternation([r["title"] for r in read_rows(lexicon_file(lex, "title_countries.csv"), ("title", "iso3"))]
                              + ["president", "prime minister", "premier", "foreign minister", "defence minister",
                                 "defense minister", "finance minister", "trade minister", "minister", "chancellor",
                                 "foreign secretary", "secretary of state", "envoy", "special envoy", "king", "leader",
                                 "vice president", "first lady", "secretary", "defense secretary", "defence secretary",
                                 "treasury secretary", "commerce secretary", "trade secretary", "home secretary"])
        self.described_re = re.compile(
            rf"(?:(?<=[.!?] )|(?<=[.!?]\u201d )|^|(?<=, )|\b(?:visit|trip)\s+by\s+)(?:[Tt]he|[Aa]n?)\s+"
            rf"(?:(?P<nat>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?)\s+)?"
            rf"(?P<office>(?i:{offices}))(?:['’]s)?\b(?!\s+(?:of|and)\b|\s+(?-i:[A-Z]))")
        self._desc_holders: dict = {}  # visits session 9 review fixes: (iso3, role, day) -> the registry has a holder
        self.nationality_anaphor_re = re.compile(
            rf"(?:(?<=[.!?] )|(?<=[.!?]\u201d )|^)[Tt]he{_SP}(?P<nat>(?-i:[A-Z])[\w'’-]+){_SP}"
            rf"(?P<word>{alternation([r['word'] for r in anaphors])})\b(?![-\w]|\s+(?:of|and|general|league|elect)\b)")
        self.described_before_re = re.compile(
            rf"(?P<nat>(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?)['’]s\s+(?P<office>(?:[\w-]+\s+){{0,2}}?(?i:{offices}))"
            rf"(?:\s+(?:for|on|to)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)?,\s+$")
        self.name_subject_re = re.compile(r",?\s+(?:(?:also|then|later|first|has|had|have|will|was|is)\s+)?(?:arrived|arrives|flew|flies|"
                                          r"landed|lands|travell?ed|travels|visited|visits|met|meets|held|holds|reached|"
                                          r"went|came|left|leaves|toured|tours|was\s+in|is\s+in|heads|headed)\b")
        self.name_guest_re = re.compile(r"\b(?:met|meets|hosted|hosts|welcomed|welcomes|received|receives|greeted|greets|"
                                        r"talks\s+with|met\s+with|joined|joins|and)\s+$")
        self.dateline_roles = frozenset(r["role"].lower() for r in read_rows(
            lexicon_file(lex, "dateline_titles.csv"), ("role",)))
        # mentions session 8: a titled person travelling to the dateline's own country is a guest there,
        # dateline_visit_cues.csv
        cues = read_rows(lexicon_file(lex, "dateline_visit_cues.csv"), ("kind", "word"),
                         {"kind": ("verb", "noun", "partner", "host", "home_after", "other")})
        cue = lambda kind: alternation([r["word"] for r in cues if r["kind"] == kind]) or "(?!)"
        # (mentions fix session 8: the cue must lead straight to the country, right before the country's mention)
        self.dateline_verb_re = re.compile(rf"\b(?i:{cue('verb')}){_SP}(?:(?:in|to|into|at){_SP})?(?:the{_SP})?$")
        self.dateline_noun_re = re.compile(
            rf"(?:^['’]s|\b(?:[Hh]is|[Hh]er|on{_SP}an?))\s+(?:[\w-]+\s+){{0,3}}?(?i:{cue('noun')}){_SP}(?:to|in){_SP}"
            rf"(?:the{_SP})?$")
        self.dateline_partner_re = re.compile(rf"\b(?i:{cue('partner')})\s+(?:the\s+)?$")
        self.dateline_host_re = re.compile(rf"\b(?i:{cue('host')})\b")
        self.dateline_home_after_re = re.compile(
            rf"[^;.]{{0,40}}?\b(?:after|following|from)\s+(?:(?:an?|his|her|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"(?i:{cue('home_after')})\b")
        self.dateline_gap_stop_re = re.compile(r";|\b(?:said|says|say|told|tells|that|which|whose)\b")
        self.dateline_other_re = re.compile(rf"\s+(?i:{cue('other')})\b")
        # mentions fix session 8: a ship's prefix before a registered person's name, name_prefix_not_person.csv
        ships = alternation([r["word"] for r in read_rows(lexicon_file(lex, "name_prefix_not_person.csv"), ("word",))])
        self.ship_prefix_re = re.compile(rf"\b(?:{ships}){_SP}$")
        # mentions fix session 8: a regnal name and number has no surname ("John Paul II"), regnal_titles.csv
        self.regnal_words = frozenset(r["word"].lower() for r in read_rows(
            lexicon_file(lex, "regnal_titles.csv"), ("word",)))
        # mentions session 7: descriptive visitors without a name, descriptive_visitors.csv
        desc = read_rows(lexicon_file(lex, "descriptive_visitors.csv"), ("kind", "word"),
                         {"kind": ("plural", "possessive", "counterpart")})
        self.desc_role = {(r["kind"], re.sub(r"\s+", " ", r["word"].lower())): r.get("role", "") for r in desc}
        words = lambda kind: alternation([r["word"] for r in desc if r["kind"] == kind]) or "(?!)"
        self.plural_office_re = re.compile(rf"\b(?i:{words('plural')}){_SP}of{_SP}(?:the{_SP})?$")
        self.possessive_office_re = re.compile(
            rf"['’]s{_SP}(?:visiting{_SP})?(?P<word>{words('possessive')})\b(?![-'’\w]|{_SP}(?:Mc|Mac|O')?[A-Z]|\s*,\s*(?:Mc|Mac|O')?[A-Z])")
        self.counterpart_before_re = re.compile(r"\b(?:his|her|their)\s+(?:visiting\s+)?$", re.I)
        self.counterpart_word_re = re.compile(rf"(?i:{words('counterpart')})")
        self.counterpart_after_re = re.compile(
            rf"{_SP}(?P<word>{words('counterpart')})\b(?!s\b|[-\w]|,?{_SP}(?:Mc|Mac|O')?[A-Z])")
        # mentions session 7: "Nigeria's Olusegun Obasanjo": a country's possessive, then a full name without a title
        self.possessive_name_re = re.compile(rf"['’]s{_SP}(?P<name>{NAME})")
        # mentions session 7: "Olusegun Obasanjo of Nigeria": a full name, then "of" and the country
        self.name_of_re = re.compile(rf"(?P<name>{NAME}){_SP}of{_SP}$")
        # mentions session 7 review #2: given names of the registry's people (the first word of a full name, outside
        # the family-name-first countries): positive evidence that an untitled "Country's X Y" is a person
        self.given_names = frozenset(
            a.name.split()[0] for a in registry.actors.values()
            if a.kind == "person" and len(a.name.split()) >= 2 and a.iso3 not in _FAMILY_NAME_FIRST
            and re.fullmatch(r"[A-Z][a-z]{2,}", a.name.split()[0]) and a.name.split()[0].lower() not in STOP_WORDS)
        self._roled_people = None  # (`_office_rx`: the people of the current mention list with a role, by end)
        self._by_start = None  # (`_guest_of_dateline`: this story's mentions sorted by start)
        self._own_tokens: dict[str, set[str]] = {}  # (`_in_other_name`: a person's own name words, by id)
        self.age_after_re = re.compile(rf",{_SP}(?:aged{_SP})?\d{{1,3}},")
        self.person_cue_after_re = re.compile(
            rf"(?:,{_SP}(?:aged{_SP})?\d{{1,3}},|{_SP}(?:said|says|told|added|adds|recalled|insisted)\b)")
        self.context_aliases = [
            (re.compile(rf"\b{re.escape(r['phrase'])}\b"), r["iso3"], r["requires_iso3"], r["phrase"])
            for r in read_rows(lex / "context_aliases.csv", ("phrase", "iso3", "requires_iso3"))]

    # -- public ---------------------------------------------------------------------------
    def find(self, text: str, published_date: dt.date | None = None,
             sentence_starts: list[int] | None = None, outlet_iso3: str | None = None) -> list[Mention]:
        """Actor mentions of ``text``. ``outlet_iso3`` is the country of the outlet when its URL or name tells
        it (KCNA -> "PRK"): a bare "Korea" in the North's own outlet is never the South."""
        if text.isascii():  # the usual case: lower-case once, offsets unchanged
            spans = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text.lower())]
        else:
            spans = [(fold(m.group()).lower(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        if _GLUE_RE.search(text):
            spans = self._unglue(text, spans)
        local: dict[str, list[Alias]] = {}
        self._text = text
        self._by_start = None
        titled = self._titled_people(text)
        # registry pass first so that titled names the registry knows keep the registry id
        found = self._scan(text, spans, local, published_date)
        # s17: "New Jersey", "New Mexico", "Inner Mongolia" are dropped here too, before the titled names read the country
        # before their title ("New Jersey Governor Phil Murphy" is no official of Jersey); the same filter runs below
        found = [m for m in found if not (m.kind == "country" and (
            (m.alias_kind in ("name", "short") and text[max(0, m.start - 4):m.start] == "New ")
            or (m.alias_kind in ("name", "short", "demonym") and text[max(0, m.start - 6):m.start] == "Inner ")
            or _STANCE_BEFORE_RE.search(text, max(0, m.start - 6), m.start)))]
        # s13: "Latin America", "South American", "Central America": a region (its adjective), not the United States
        found = [m for m in found if not (m.kind == "country" and m.iso3 == "USA" and _REGION_AMERICA_RE.search(
            text, max(0, m.start - 10), m.start) and text[m.start:m.end].lower().startswith("america"))]
        taken = {t[1] for t in titled}
        # pathological bench: per-title work is bounded (quote counts by bisection over the quote marks, mention
        # cover by a character mask), so 1,500 titled names in one paragraph stay linear
        quotes = [i for i, ch in enumerate(text) if ch in "\"“”"] if ('"' in text or "“" in text or "”" in text) else []
        nonperson_cover = _cover(len(text), (m for m in found if m.kind != "person"))
        by_end = sorted(((m.end, i) for i, m in enumerate(found) if m.kind == "country"))
        # perf s11 (second round): (start, index) of every mention and of the countries, sorted, for the per-title
        # scans of `_country_after` and `_dateline_fits` (``found`` is not changed in the loop over the titled names)
        by_start = sorted((m.start, i) for i, m in enumerate(found))
        country_by_start = [(st, i) for st, i in by_start if found[i].kind == "country"]
        for cm in found:
            if cm.kind != "country" or cm.alias_kind in ("demonym", "capital"):
                continue
            # (perf s18: the pattern's own "of" must be in the window; the search is skipped where it is not)
            tm = self.title_of_re.search(text, max(0, cm.start - 90), cm.start) if text.find("of", max(0, cm.start - 90),
                                                                                               cm.start) >= 0 else None
            nm = self.name_after_re.match(text, cm.end) if tm else None
            if nm is None or _in_headline(text, tm.start()) or (bisect.bisect_left(quotes, tm.start()) - bisect.bisect_left(
                    quotes, text.rfind("\n", 0, tm.start()) + 1)) % 2:
                continue  # (not inside a quoted film or book title)
            name, ns, ne = self._trim_name(text, nm.group("name"), nm.start("name"))
            if name and " " in name and ns not in taken and not re.search(
                    r"\b(?:Corp|Co|Company|Ltd|Inc|Group|Orchestra|Ensemble|Troupe|Association|Committee|Council|Party|"
                    r"University|Institute|Bank|Agency|Federation|Union|Society|Club|International|Municipal|National)\b",
                    name) and not nonperson_cover[ns]:
                taken.add(ns)
                titled.append((name, ns, ne, self.role_of.get(tm.group("title").lower(), tm.group("title")), cm.end,
                               self._appositive_end(text, ne)))
        for name, ns, ne, hint_end in self._untitled_people(text, found, quotes, nonperson_cover):
            if ns not in taken:
                taken.add(ns)
                titled.append((name, ns, ne, None, hint_end, self._appositive_end(text, ne)))
        described: dict[int, str] = {}  # visits session 9 (binding): name start -> the country a description gives
        for name, ns, ne, role, iso3 in self._described_names(text, found, quotes, nonperson_cover, taken, published_date):
            taken.add(ns)
            described[ns] = iso3
            titled.append((name, ns, ne, role, -1, self._appositive_end(text, ne)))
        extra: list[Mention] = []
        person_cover = _cover(len(text), (m for m in found if m.kind == "person"))
        dateline_iso3 = self._dateline_iso3(text) if titled else None
        first_person = None  # perf s9: the index of the first person of ``found`` at a span, built on first use
        for name, nstart, nend, role, hint_end, appos_end in titled:
            if any(person_cover[nstart:nend]):
                # "Premier of the DPRK Cabinet Choe Yong Rim": a known name inside the titled words
                if first_person is None:
                    first_person = _first_person_at(found)
                m = found[first_person(nstart, nend)]
                m.role = m.role or role
                continue
            iso3 = described.get(nstart) or (
                self._country_before(found, hint_end, by_end) or self._country_after(found, nend, appos_end, text,
                                                                                     by_start)
                or self._country_of(text, found, nend) or self.title_iso3.get((role or "").lower()))
            if iso3 is None and role:
                iso3 = self._country_before_department(text, found, self._title_start(text, nstart), by_end)
            actor_id = self._local_person_id(name, local)
            actor = self.registry.actors.get(actor_id)
            if actor is not None and actor.kind == "person":
                iso3 = iso3 or actor.iso3_on(published_date)
            elif iso3 is None and dateline_iso3 and (role or "").lower() in self.dateline_roles and hint_end >= 0 \
                    and self._dateline_fits(text, found, self._title_start(text, nstart), dateline_iso3,
                                            country_by_start) \
                    and not self._guest_of_dateline(text, found, nend, dateline_iso3):
                iso3 = dateline_iso3  # mentions session 7: "MUSCAT -- Sultan X": the dateline's country
            extra.append(Mention(nstart, nend, actor_id, "person", iso3, "person", text[nstart:nend], name, role))
            self._add_local(name, actor_id, local, role)
        people = [m for m in found if m.kind == "person"] + extra
        surnames = self._surnames(people)
        # mentions session 7: a given name alone ("Abiy" after "Abiy Ahmed"), and a registry surname several people
        # share ("Bush") when only one of them held office on the publication day; both only as a whole name (a
        # capitalised word next to it makes it part of someone else's name: `_loose_alias`)
        loose = {**self._dated_surnames(spans, published_date, surnames), **self._given_names(people, surnames)}
        for surname, actor_id in list(surnames.items()) + list(loose.items()):
            key = (surname.lower(),)
            bucket = local.setdefault(key[0], [])
            if not any(a.key == key for a in bucket):
                bucket.append(Alias(key, actor_id, "person", "person", surname, False, list(key)))
        if extra or surnames or loose:
            # second pass: later bare mentions of the names ("Kim Sung-hwan said", "Lavrov", "Kim")
            occupied = _cover(len(text), extra)
            found = [m for m in found if not any(occupied[m.start:m.end]) and not (
                m.kind == "person" and m.surface in surnames and surnames[m.surface] != m.actor_id)]
            occupied = _cover(len(text), extra + found)
            known = {m.actor_id: m for m in extra}
            known.update({m.actor_id: m for m in found if m.kind == "person" and m.actor_id not in known})
            again = self._scan(text, spans, local, published_date, only_local=True)
            for m in again:
                if any(occupied[m.start:m.end]):
                    continue
                if len(m.surface.split()) == 1 and m.surface in loose and not self._loose_alias(text, m.start, m.end):
                    continue
                if m.actor_id not in known and m.surface in loose:
                    actor = self.registry.actors.get(m.actor_id)
                    if actor is not None and actor.kind == "person":
                        m.iso3, m.name, m.role = actor.iso3_on(published_date), actor.name, actor.role_on(published_date)
                first = known.get(m.actor_id)
                if first is not None:
                    m.iso3, m.name, m.role = first.iso3, first.name, first.role
                found.append(m)
            found.extend(extra)
        found += self._nearest_surnames(text, found)
        found += self._title_anaphors(text, found)
        found = self._nationality_anaphors(text, found)
        found = self._descriptive_visitors(text, found, published_date)
        # round 17: "New Jersey", "New Mexico", "New Guinea": a country's name after "New" names a place of its own
        # round 19: "Inner Mongolia", "the Inner Mongolian Autonomous Region": a region of another country
        found = [m for m in found if not (m.kind == "country" and (
            (m.alias_kind in ("name", "short") and text[max(0, m.start - 4):m.start] == "New ")
            or (m.alias_kind in ("name", "short", "demonym") and text[max(0, m.start - 6):m.start] == "Inner ")
            # fixP round: "the Seoul Ryu Kyong Su 105 Guards Tank Division": a capital opening a unit's name is no place
            or (m.alias_kind == "capital" and self.unit_re.match(text, m.end))))]
        named = {m.iso3 for m in found if m.kind == "country"}
        for rx, iso3, needs, phrase in self.context_aliases:
            if needs not in named:
                continue
            for cm in rx.finditer(text):
                if not any(m.start < cm.end() and cm.start() < m.end for m in found):
                    actor = self.registry.actors.get(f"country:{iso3}")
                    found.append(Mention(cm.start(), cm.end(), f"country:{iso3}", "country", iso3, "short",
                                         cm.group(), actor.name if actor else iso3))
        if "Korea" in text and outlet_iso3 != "PRK" and not self.norths_voice_re.search(text):
            # The one place a bare "Korea" is decided (round 18). It is the South unless: the outlet is the North's
            # own; the story is in the North's voice; the story names the North (a country or one of its people) and
            # never the South by name, so "Korea" is the peninsula ("Kim Jong Il arrived in Russia. Korea was divided
            # in 1945."); or its sentence names the North (judged per sentence: a Seoul story that names Pyongyang
            # once keeps its other "Korea"s). "Korea's exports to China", "Japan and Korea agreed" stay the South;
            # never inside a name ("Korea Herald", "Party of Korea")
            kor = self.registry.actors.get("country:KOR")
            cuts = sentence_starts or [0]
            north_only = self._about_the_north_only(found)
            # (per sentence once, and the spans found so far by bisection: a story of 6,000 "Korea"s is no longer
            # quadratic)
            north_in: dict[int, bool] = {}
            prk_sentences = {max(0, bisect.bisect_right(cuts, m.start) - 1) for m in found
                             if m.kind == "country" and m.iso3 == "PRK"}
            spans = sorted((m.start, m.end) for m in found)
            span_starts = [a for a, _ in spans]
            reach = []  # the furthest end of the spans up to each index
            for _, b in spans:
                reach.append(max(b, reach[-1]) if reach else b)
            added = []
            for cm in _BARE_KOREA_RE.finditer(text):
                k = max(0, bisect.bisect_right(cuts, cm.start()) - 1)
                if north_only and not self.korea_economic_re.match(text, cm.end()):
                    # the peninsula, or the North, in a story about the North (review of round 18, finding 7: not
                    # "Korea's exports"); paired with a country the story has not named before ("Japan and Korea will
                    # hold talks"), the South; with one it named ("Kim hosted Putin ... Russia and Korea"), the North
                    after = self.south_after_re.match(text, cm.end())
                    before = self.south_before_re.search(text, max(0, cm.start() - 40), cm.start())
                    if after is None and before is None:
                        continue
                    lo_pair = before.start() if before else cm.start()
                    hi_pair = after.end() if after else cm.end()
                    partners = {m.iso3 for m in found if m.kind == "country" and lo_pair <= m.start < hi_pair and m.iso3}
                    earlier = {m.iso3 for m in found if m.start < cuts[k] and m.iso3}
                    if not partners or partners & earlier:
                        continue
                if k not in north_in:
                    lo, hi = cuts[k], cuts[k + 1] if k + 1 < len(cuts) else len(text)
                    north_in[k] = k in prk_sentences or self.north_named_re.search(text, lo, hi) is not None
                if north_in[k]:
                    continue
                j = bisect.bisect_left(span_starts, cm.end()) - 1  # spans starting before the word's end
                if j >= 0 and reach[j] > cm.start():
                    continue  # inside a mention found before
                added.append(Mention(cm.start(), cm.end(), "country:KOR", "country", "KOR", "short",
                                     cm.group(), kor.name if kor else "KOR"))
            found.extend(added)
        # "the Kim Il Sung Socialist Youth League", "Kim Chaek University": a name inside an
        # institution's name is not the person
        found = [m for m in found if not (m.kind == "person" and _NAMED_AFTER_RE.match(text, m.end))]
        found.sort(key=lambda m: (m.start, -m.end))
        starts = sentence_starts or [0]
        for m in found:
            m.sentence_index = max(0, bisect.bisect_right(starts, m.start) - 1)
        return found

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def _about_the_north_only(found: list[Mention]) -> bool:
        """True when the mentions name the North (its name, capital or one of its people) and never the South."""
        north = False
        for m in found:
            if m.iso3 == "KOR" and m.kind in ("country", "person"):
                return False
            north = north or (m.iso3 == "PRK" and m.kind in ("country", "person"))
        return north

    def _unglue(self, text: str, spans: list) -> list:
        """Split words that lost a space (web copies of KCNA): "ComradeKim", "ofKim" (a lower-case
        word or a title glued to a capitalised name) and "Unreceived", "Unwho" (the end of a known
        name glued to a common word). Offsets stay those of ``text``."""
        starts = [sp[1] for sp in spans]
        targets = set()
        for m in _GLUE_RE.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and spans[i][1] <= m.start() < spans[i][2]:
                targets.add(i)
        if not targets:
            return spans
        out = []
        for i, (tok, a, b) in enumerate(spans):
            if i not in targets or b - a <= 3:
                out.append((tok, a, b))
                continue
            surface = text[a:b]
            cut = 0
            if tok not in self.registry.index:
                m = _CAMEL_RE.match(surface)
                if m and (m.group(1).islower() or m.group(1).lower() in self.role_of
                          or m.group(1) in self._honorific_words):
                    cut = m.end(1)
                elif surface[:1].isupper() and surface[1:].islower() and out:
                    for k in (2, 3, 4):
                        if (out[-1][0], surface[:k].lower()) in self._name_ends and surface[k:] in _GLUE_WORDS:
                            cut = k
                            break
            if cut:
                out.append((tok[:cut], a, a + cut))
                out.append((tok[cut:], a + cut, b))
            else:
                out.append((tok, a, b))
        return out

    def _nearest_surnames(self, text: str, found: list[Mention]) -> list[Mention]:
        """A surname two people of the story share ("Kim" after Kim Jong Un and Kim Jong Il): the one
        named last before it ("Kim Jong Un greeted Putin ... the visit Kim made to Russia")."""
        people = sorted((m for m in found if m.kind == "person" and m.name and len(m.name.split()) >= 2
                         and not _NAMED_AFTER_RE.match(text, m.end)), key=lambda m: m.start)  # ("Kim Il Sung Square")
        owners: dict[str, list[Mention]] = {}
        for m in people:
            parts = m.name.replace("-", " ").split()
            surname = parts[0] if m.iso3 in _FAMILY_NAME_FIRST else _last_name(m.name, self._regnal(m.name, m.role))
            if surname and len(surname) >= 2 and surname[0].isupper():
                owners.setdefault(surname, []).append(m)
        out: list[Mention] = []
        for surname, ms in owners.items():
            if len({m.actor_id for m in ms}) < 2:
                continue
            if any(a.kind != "person" for a in self.registry.index.get(surname.lower(), []) if len(a.key) == 1):
                continue
            for hit in re.finditer(rf"\b{re.escape(surname)}\b(?=['’]s\b|[,.;:]|\s+[a-z(])", text):
                if any(m.start <= hit.start() < m.end for m in found):
                    continue
                prev = [m for m in ms if m.end <= hit.start()]
                if not prev:
                    continue
                # a leader before anyone else: "Kim's train" after Kim Jong Il and a minister Kim is the leader's
                leaders = [m for m in prev if self._is_leader(m.actor_id)]
                ref = leaders[-1] if leaders else prev[-1]
                out.append(Mention(hit.start(), hit.end(), ref.actor_id, "person", ref.iso3, "person", hit.group(),
                                   ref.name, ref.role))
        return out

    def _is_leader(self, actor_id: str) -> bool:
        actor = self.registry.actors.get(actor_id)
        roles = [t.role for t in actor.terms] if actor is not None and actor.terms else [actor.role if actor else None]
        return any(r and re.search(r"\b(?:leader|president|chairman|general\s+secretary|prime\s+minister|premier|king|emperor)\b",
                                   r, re.I) and not re.search(r"\bvice\b|deputy", r, re.I) for r in roles)

    def _surnames(self, people: list[Mention]) -> dict[str, str]:
        """Surname -> person for the people of one article, when only one person has it: "Putin",
        and for Korean and Chinese names the first word, "Kim" (family name first)."""
        owners: dict[str, set[str]] = {}
        in_full: dict[str, set[str]] = {}  # (the owners the story named by more than the surname)
        for m in people:
            parts = m.name.replace("-", " ").split() if m.name else []
            if len(parts) < 2:
                continue
            surname = parts[0] if m.iso3 in _FAMILY_NAME_FIRST else _last_name(m.name, self._regnal(m.name, m.role))
            if not surname or len(surname) < 2 or not surname[0].isupper():
                continue
            owners.setdefault(surname, set()).add(m.actor_id)
            if " " in m.surface.strip():
                in_full.setdefault(surname, set()).add(m.actor_id)
        out = {}
        for surname, ids in owners.items():
            if len(ids) != 1 and len(in_full.get(surname, ())) == 1:
                ids = in_full[surname]  # mentions fix session 8: "Amber Rudd ... Rudd": the registry's other Rudd
                # came only from the bare surname, a guess the full name overrules
            if len(ids) != 1:
                continue  # two Kims in one story: "Kim" alone stays unresolved
            if any(a.kind != "person" for a in self.registry.index.get(surname.lower(), []) if len(a.key) == 1):
                continue
            out[surname] = next(iter(ids))
        return out

    def _scan(self, text, spans, local, day, only_local=False) -> list[Mention]:
        index = self.registry.index
        out: list[Mention] = []
        words = [t[0] for t in spans]
        i, n = 0, len(spans)
        # perf s10: the words that open an alias, found in one pass; the loop jumps from one to the next
        opens = [j for j, w in enumerate(words) if w in index or w in local]
        while i < n:
            key = words[i]
            if key not in index and key not in local:
                p = bisect.bisect_right(opens, i)
                if p == len(opens):
                    break
                i = opens[p]
                continue
            cands = (local.get(key, []) if only_local else local.get(key, []) + self._index_cands(key, words[i + 1] if i + 1 < n else None))
            hit = None
            for alias in cands:
                k = len(alias.key)
                if i + k > n:
                    continue
                if k == 1 or words[i:i + k] == alias.key_list:
                    surface = text[spans[i][1]:spans[i + k - 1][2]]
                    if alias.exact_case and surface.replace(" ", "") != alias.surface.replace(" ", ""):
                        continue
                    if alias.surface[:1].isupper() and not surface[:1].isupper():
                        continue
                    if hit is None or k > len(hit[0].key):
                        hit = (alias, k, surface)
            if hit is None:
                i += 1
                continue
            alias, k, surface = hit
            actor = self.registry.actors.get(alias.actor_id)
            start, end = spans[i][1], spans[i + k - 1][2]
            if actor is not None and actor.kind == "person" and not only_local \
                    and any(a is alias for a in index.get(key, ())) \
                    and ((k == 1 and self._in_other_name(text, start, end, actor))
                         or self._name_goes_on(text, start, end, actor)):
                i += 1  # mentions fix session 8: "Grace Mugabe", "Amber Rudd", "Bruni-Sarkozy" are someone else;
                continue  # "Crown Prince Mohammed bin Zayed", "HMS Queen Elizabeth", "Benigno Aquino Jr." too
            if actor is not None and actor.kind == "person" and not only_local \
                    and any(a is alias for a in index.get(key, ())) and self._after_patronymic(text, start, end, actor):
                i += 1  # mentions fix session 10: "Theyazin bin Haitham bin Tarik" is the crown prince, not the sultan
                continue
            if actor is not None and actor.kind == "person" and not only_local and k > 1 \
                    and any(a is alias for a in index.get(key, ())) and self._after_given_name(text, start, end, actor):
                i += 1  # s11: "Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah" is the emir's son, not Emir Nawaf Al-Ahmad Al-Sabah
                continue
            if actor is not None:
                iso3 = actor.iso3_on(day) if actor.kind == "person" else actor.iso3
                out.append(Mention(start, end, actor.actor_id, actor.kind, iso3, alias.alias_kind, surface,
                                   actor.name, actor.role_on(day) if actor.kind == "person" else None))
            else:  # an article-local person found from a title earlier
                out.append(Mention(start, end, alias.actor_id, "person", None, "person", surface,
                                   alias.surface, None))
            i += k
        return out

    def _index_cands(self, key: str, nxt: str | None) -> list[Alias]:
        """perf s12 (second round): the registry aliases opening with ``key`` that `_scan` can match before the word
        ``nxt`` (None at the end): the one-word ones and those whose second word is ``nxt``, in the bucket's order
        (the others fail `_scan`'s word test; "the" opens 16 aliases, "kim" over 100). The positions per second word
        are kept per key while the bucket is the same list of the same length (`Registry.add_alias` appends, or
        replaces an alias by one with the same words)."""
        bucket = self.registry.index.get(key)
        if not bucket:
            return []
        memo = self.__dict__.setdefault("_index_cands_memo", {})
        entry = memo.get(key)
        if entry is None or entry[0] is not bucket or entry[1] != len(bucket):
            ones, by_second = [], {}
            for j, alias in enumerate(bucket):
                if len(alias.key) == 1:
                    ones.append(j)
                else:
                    by_second.setdefault(alias.key[1], []).append(j)
            by_second = {w: sorted(ones + js) for w, js in by_second.items()}
            entry = memo[key] = (bucket, len(bucket), ones, by_second)
        picks = entry[3].get(nxt, entry[2]) if nxt is not None else entry[2]
        return [bucket[j] for j in picks]

    def _title_matches(self, text: str):
        """perf s12 (second round): the matches of ``title_re.finditer(text)``, the pattern tried only where a word
        opens that is the first word of a title or honorific (the long alternation at every word start was most of
        `_titled_people`). A title opens with a word character after no word character or hyphen, and its first
        word is followed by a non-word character (in the title or the space after it), so a match can start only
        at a word whose whole run of word characters is a title's first word, up to case. Runs with non-ASCII
        characters are always tried (the pattern's case-insensitive match knows a few non-ASCII equivalents)."""
        openers = self._title_openers
        if openers is None:
            yield from self.title_re.finditer(text)
            return
        match = self.title_re.match
        done = 0
        runs_re = self.__dict__.get("_opener_runs_re")
        if runs_re is None or runs_re[0] is not openers:
            runs_re = self._opener_runs_re = (openers, _opener_runs_re(openers))
        # perf s13: the runs the loop below tries, found by one pattern (not a test of every word of the text)
        # perf s18: in ASCII text, found from the words that are openers (`_ascii_opener_starts`, the same positions)
        starts = _ascii_opener_starts(text, openers) if text.isascii() else (w.start() for w in runs_re[1].finditer(text))
        for at in starts:
            if at < done:
                continue
            m = match(text, at)
            if m is not None:
                done = m.end()
                yield m

    def _titled_people(self, text: str) -> list[tuple[str, int, int, str, int, int]]:
        """(name, start, end, role, end of the words before the name, end of the appositive)."""
        out = []
        seen: set[int] = set()
        for m in self._title_matches(text):
            name, s, e = self._trim_name(text, m.group("name"), m.start("name"))
            if not name or s in seen or _in_headline(text, m.start()):
                continue
            title = m.group("title")
            role = self.role_of.get(title.lower()) or ("Mr." if title in self.honorifics else title)
            if title in self.honorifics and " " not in name:
                continue  # "Mr. Kim" alone is too ambiguous to make a new person
            seen.add(s)
            out.append((name, s, e, role, m.start(), self._appositive_end(text, e)))
            if re.fullmatch(r"(?:[\w-]+\s+)?(?:presidents|ministers|premiers|leaders)", title.lower()):
                # "Presidents X of Nigeria and Y of Benin": the second name shares the title
                nxt = self.coordinated_re.match(text, e)
                if nxt:
                    name2, s2, e2 = self._trim_name(text, nxt.group("name"), nxt.start("name"))
                    if name2 and s2 not in seen and " " in name2:
                        seen.add(s2)
                        out.append((name2, s2, e2, role, nxt.start("name"), self._appositive_end(text, e2)))
        for m in self.title_comma_re.finditer(text):
            if m.group("title") in self.honorifics or _in_headline(text, m.start()):
                continue
            name, s, e = self._trim_name(text, m.group("name"), m.start("name"))
            if name and s not in seen and " " in name:
                seen.add(s)
                title = m.group("title")
                out.append((name, s, e, self.role_of.get(title.lower()) or title, m.start("title"),
                            self._appositive_end(text, e)))
        for m in (self.counterparts_pair_re.finditer(text) if "counterparts" in text else ()):
            for key, hint in (("n1", m.end("a1")), ("n2", m.end("a2"))):
                name, s, e = self._trim_name(text, m.group(key), m.start(key))
                if name and s not in seen and " " in name:
                    seen.add(s)
                    out.append((name, s, e, "Counterpart", hint, e))
        for m in (self.counterparts_three_re.finditer(text) if "counterparts" in text else ()):
            for key, hint in (("n1", m.end("a1")), ("n2", m.end("a2")), ("n3", m.end("a3"))):
                name, s, e = self._trim_name(text, m.group(key), m.start(key))
                if name and s not in seen and " " in name:
                    seen.add(s)
                    out.append((name, s, e, "Counterpart", hint, e))
        for m in self.counterpart_re.finditer(text):
            name, s, e = self._trim_name(text, m.group("name"), m.start("name"))
            if name and s not in seen:
                seen.add(s)
                out.append((name, s, e, "Counterpart", m.start(), e))
        for m in self.appositive_re.finditer(text):
            raw, at = m.group("name"), m.start("name")
            initials = _INITIALS_BEFORE_RE.search(text, max(0, at - 8), at)
            if initials is not None:  # (round 17: "L. Purevsuren, foreign policy adviser ...": the initials open the name)
                raw, at = text[initials.start():m.end("name")], initials.start()
            if re.fullmatch(r"He[ \t\u00a0]+[A-Z][a-z]+", raw) and (given := raw.split()[-1].lower()) not in _STOP_NAME_WORDS \
                    and given not in STOP_WORDS and not given.endswith("ed"):  # ("He Said, ...": the pronoun and a verb)
                # round 18: "He Zhiping, chief secretary of ...": the Chinese surname He, not the pronoun (a pronoun is
                # never followed by a name and its office)
                name, s, e = raw, at, at + len(raw)
            else:
                name, s, e = self._trim_name(text, raw, at)
            if not name or s in seen or (" " not in name and not self._lone_surname(text, name, s, m.end())):
                continue
            seen.add(s)
            out.append((name, s, e, self.role_of.get(m.group("title").lower(), m.group("title")), -1,
                        self._appositive_end(text, m.end(), opened=True)))
        return out

    def _untitled_people(self, text: str, found: list[Mention], quotes: list[int], nonperson_cover) -> list:
        """mentions session 7: full names without a title that a country binds: "Nigeria's Olusegun Obasanjo"
        (the possessive of a country's name) and "Olusegun Obasanjo of Nigeria". (name, start, end, end of the words
        before the name: the country's end for the possessive, -1 for "of"; the country is found by the titled-name
        lookups.) Two to four capitalised words, none a body's, a firm's or a place's word, not a place, not inside a
        quotation or a headline."""
        out = []
        for cm in found:
            if cm.kind != "country" or cm.alias_kind not in ("name", "short", "abbrev"):
                continue
            possessive = text[cm.end:cm.end + 1] in ("'", "’")
            of = text[max(0, cm.start - 4):cm.start] in (" of ", "\xa0of ", " of\xa0")
            if not possessive and not of:
                continue  # (cheap tests first: most country words are neither)
            for m, hint in ((self.possessive_name_re.match(text, cm.end) if possessive else None, cm.end),
                            (self.name_of_re.search(text, max(0, cm.start - 80), cm.start) if of else None, -1)):
                if m is None:
                    continue
                name, ns, ne = self._trim_name(text, m.group("name"), m.start("name"))
                if not name or not self._plain_name(text, name, ns, ne, quotes, nonperson_cover):
                    continue
                if hint < 0 and (ne != m.end("name") or re.search(r"(?:\b(?:the|a|an|of|for|and)|(?-i:[A-Z])[\w.'’-]*)[ \t\u00a0]+$",
                                                                  text[max(0, ns - 30):ns], re.I)):
                    continue  # ("the Kenneth Kaunda Foundation of Zambia": a body; "minister of Foreign Affairs and
                    # International Cooperation of Fiji": an office's words; "the Yanbian Korean Autonomous Prefecture
                    # of China": a longer capitalised run than a name; the name must reach "of")
                if not self._person_evidence(text, name, ne):
                    continue  # (review #2: "Nigeria's Super Eagles", "Kenya's Safaricom Plc": no sign of a person)
                out.append((name, ns, ne, hint))
        return out

    @staticmethod
    def _country_before_department(text: str, found: list[Mention], title_start: int,
                                   by_end: list | None = None) -> str | None:
        """Visits session 9 (binding): the country before a department's name that opens a title: "US Treasury
        Secretary X", "U.S. Commerce Secretary X" (one or two capitalised words between the country and the title).
        ``by_end`` (perf s11, second round): (end, index) of the country mentions, sorted: only those ending in the
        30 characters before the title are read, in the order of ``found``."""
        for c in (found if by_end is None else _indexed_between(found, by_end, title_start - 30, title_start - 1)):
            if c.kind == "country" and c.iso3 and 0 < title_start - c.end <= 30 and re.fullmatch(
                    r"\s+(?:(?-i:[A-Z])[\w&-]*\s+){1,2}", text[c.end:title_start]):
                return c.iso3
        return None

    def _described_names(self, text: str, found: list[Mention], quotes: list[int], nonperson_cover, taken,
                         day=None) -> list:
        """Visits session 9 (binding): a full name the registry does not know, told without a title, that a definite
        description after it places in a country: "Janet Yellen arrived in Beijing. The Treasury secretary said ...",
        "Xi met Chris Hipkins ... The New Zealand prime minister ...", "X welcomed Isaac Herzog ... The Israeli
        president's visit ...", "... hosted Y ... the first visit by a Turkish foreign minister". The description must
        follow within the name's sentence or the next one, with no other untitled name between them; its country is a
        country word right before the office, else the office's own country (title_countries.csv: "Treasury
        Secretary"). A description whose country is that of a registry person named between them is theirs.
        Returns (name, start, end, role, iso3)."""
        if "'s " not in text and "’s " not in text and not (  # perf s14: the literal words first (exact)
                literal_gate(self, "described_re").may_match(text) and self.described_re.search(text)):
            return []
        out = []
        countries = {m.start: m for m in found if m.kind == "country" and m.iso3}
        people = [m for m in found if m.kind == "person"]
        names = []
        covered = _cover(len(text), found)  # (by position: a story of thousands of names is not quadratic)
        desc_at = [dm.start() for dm in self.described_re.finditer(text)]
        for nm in self.bare_name_re.finditer(text):
            if covered[nm.start()] or nm.start() in taken:
                continue
            k = bisect.bisect_left(desc_at, nm.end())
            if not (k < len(desc_at) and desc_at[k] - nm.end() <= 400) and not (
                    text[nm.end():nm.end() + 1] == "," and ("'s " in text[max(0, nm.start() - 120):nm.start()]
                                                           or "’s " in text[max(0, nm.start() - 120):nm.start()])):
                continue  # (cheap tests first: only a name a description can reach is read further)
            name, ns, ne = self._trim_name(text, nm.group(), nm.start())
            if not name or ns in taken or covered[ns] or not self._plain_name(text, name, ns, ne, quotes, nonperson_cover):
                continue
            # (a person's place in the sentence: its subject, "Lloyd Austin arrived"; or the guest of a meeting verb,
            # "Xi met Chris Hipkins"; "... addressing the Shangri-La Dialogue in Singapore. The US defense secretary"
            # is no name of his)
            if not (self.name_subject_re.match(text, ne) or re.search(r"(?:^|[.!?][\"”’']?\s+)$", text[max(0, ns - 4):ns])
                    or self.name_guest_re.search(text, max(0, ns - 30), ns)):
                continue
            names.append((name, ns, ne))
        if not names:
            return []
        for name, ns, ne in names:
            # a description before the name, set off by commas: "China's special envoy for Eurasian affairs, Li Hui,"
            bm = self.described_before_re.search(text, max(0, ns - 120), ns)
            c = countries.get(bm.start("nat")) if bm is not None else None
            if c is not None and c.end == bm.end("nat") and text[ne:ne + 1] == ",":
                out.append((name, ns, ne, re.sub(r"\s+", " ", bm.group("office")).strip().title(), c.iso3))
        name_ends = [n[2] for n in names]
        ctx = None
        for dm in self.described_re.finditer(text):
            office = re.sub(r"\s+", " ", dm.group("office")).strip()
            iso3 = None
            c = countries.get(dm.start("nat")) if dm.group("nat") else None
            if c is not None and c.end >= dm.end("nat") - 1:
                iso3 = c.iso3
            else:  # ("The Treasury secretary": the capitalised word is the office's own)
                if dm.group("nat"):
                    office = f"{dm.group('nat')} {office}"
                iso3 = self.title_iso3.get(office.lower())
            if iso3 is None:
                continue
            k = bisect.bisect_right(name_ends, dm.start())
            if not k:
                continue
            name, ns, ne = names[k - 1]
            if re.search(r"[.!?][\"”’']?\s+\S[^.!?]*[.!?][\"”’']?\s", text[ne:dm.start()]) or dm.start() - ne > 400:
                continue  # (the name's sentence or the next one only)
            if any(p.iso3 == iso3 and ne <= p.start < dm.start() for p in people):
                continue
            if any(o[1] == ns for o in out):
                continue
            if ctx is None:  # (sorted once per text: each description reads only its own window)
                cs = sorted((m for m in found if m.kind == "country" and m.iso3), key=lambda m: m.start)
                ps = sorted(people, key=lambda m: m.start)
                ctx = (cs, [m.start for m in cs], ps, [m.start for m in ps])
            if not self._description_binds(text, ctx, ns, dm, office, iso3, day):
                continue
            out.append((name, ns, ne, office.title(), iso3))
        return out

    _DESC_APPOS_RE = re.compile(r"\s*,\s*(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)+\s*,")
    _DESC_STATUS_RE = re.compile(r"\b(?:delay|postpone|cancel|call(?:ed|s|ing)?\s+off|scrap|shelv|put\s+off|put\s+on\s+hold)",
                                 re.I)
    _DESC_HOST_AT_RE = re.compile(r"\b(?:in|at|to)\s+$")

    def _description_binds(self, text: str, ctx, ns: int, dm, office: str, iso3: str, day) -> bool:
        """Visits session 9 (review fixes #4-#9): a description may give its country to the untitled name before it only
        when nothing else fits it: never when the registry has a holder of that office for the day ("The French
        president" is Macron; "The Spanish king"), when the office is a monarch's, when a person of that country is named in the name's sentence or
        after it, when the name's sentence places the name in that country ("arrived in Beijing ... The Chinese
        premier": the host's office), when a name follows the description as its appositive (", Espen Barth Eide,"),
        and when the description's sentence tells a delay or cancellation (a binding never brings a trip's status)."""
        if day is None or office.lower() in ("king", "queen", "emir", "sultan", "pope", "crown prince", "first lady"):
            return False  # (a monarch is named by the title, never left untitled: "The Norwegian king" is the king)
        role = self.role_of.get(office.lower(), office.title())
        cache = self._desc_holders  # (one registry scan per office and day)
        for r in {role, office.title()}:
            if (iso3, r, day) not in cache:
                cache[(iso3, r, day)] = bool(self.registry.office_holders(iso3, r, day))
            if cache[(iso3, r, day)]:
                return False
        if self._DESC_APPOS_RE.match(text, dm.end()) or re.match(r"\s+(?-i:[A-Z])", text[dm.end():dm.end() + 2]):
            return False
        lo = max(0, ns - 400)
        s_start = max(text.rfind(". ", lo, ns), text.rfind("! ", lo, ns), text.rfind("? ", lo, ns), text.rfind("\n", lo, ns),
                      lo - 1) + 1
        cs, c_starts, ps, p_starts = ctx
        if any(p.iso3 == iso3 for p in ps[bisect.bisect_left(p_starts, s_start):bisect.bisect_left(p_starts, dm.start())]):
            return False
        for c in cs[bisect.bisect_left(c_starts, s_start):bisect.bisect_left(c_starts, dm.start())]:
            if c.iso3 == iso3 and c.alias_kind != "demonym" and self._DESC_HOST_AT_RE.search(text, max(0, c.start - 12), c.start):
                return False
        stop = re.search(r"[.!?](?:\s|$)", text[dm.end():dm.end() + 400])
        if self._DESC_STATUS_RE.search(text, dm.end(), dm.end() + (stop.start() if stop else 400)):
            return False
        return True

    def _person_evidence(self, text: str, name: str, ne: int) -> bool:
        """mentions session 7 review #2: positive evidence that an untitled full name is a person's: its first word is
        a given name of a registry person ("Olusegun"), or the name or its last word is followed by an age or a verb
        of saying ("Moses Blah, 66,", "Blah said"), or is preceded by a title or an honorific later in the story
        ("President Blah", "Mr. Blah"), or the next sentence opens with "He"/"She"."""
        parts = name.split()
        if parts[0] in self.given_names or self.age_after_re.match(text, ne):
            return True  # (a verb of saying right after the full name is no evidence: "Hyundai Motor said")
        last = re.escape(parts[-1])
        for m in re.finditer(rf"(?<![\w-]){last}(?![\w-])", text[ne:ne + 3000]):
            at = ne + m.end()
            before = re.search(rf"(?P<w>[\w.'’-]+){_SP}$", text[max(0, ne + m.start() - 30):ne + m.start()])
            if m.start() == 0 or (before is not None and before.group("w")[:1].isupper()
                                  and not before.group("w").endswith(".") and before.group("w").lower() not in self.role_of
                                  and before.group("w") not in self.honorifics):
                continue  # (the name itself, or the word inside another capitalised run: "Hyundai Motor said")
            if self.person_cue_after_re.match(text, at):
                return True
            if before is not None and (before.group("w").lower() in self.role_of
                                                         or before.group("w") in self.honorifics
                                                         or before.group("w").rstrip(".") in self._honorific_words):
                return True
        end = re.search(r"[.!?][\"”’']?\s+", text[ne:ne + 400])
        return end is not None and re.match(r"(?:He|She)\b", text[ne + end.end():ne + end.end() + 4]) is not None

    def _plain_name(self, text: str, name: str, ns: int, ne: int, quotes: list[int], nonperson_cover) -> bool:
        parts = name.split()
        if not 2 <= len(parts) <= 4 or nonperson_cover[ns] or _in_headline(text, ns):
            return False
        lows = [p.lower() for p in parts]
        if any(w in _ORG_WORDS or w in self.not_person_heads or w in self.role_of or w in STOP_WORDS for w in lows):
            return False
        if self.registry.place(name) is not None or any(
                a.kind != "person" and len(a.key) == 1 for a in self.registry.index.get(lows[0], [])):
            return False  # ("Egypt's Sharm el-Sheikh", "Britain's Brexit Party": a place, a country's word first)
        if re.match(rf"{_SP}(?:Mc|Mac|O')?[A-Z]", text[ne:ne + 4]) or _NAMED_AFTER_RE.match(text, ne):
            return False  # the run goes on ("... Motor Company"), or names an institution
        line = text.rfind("\n", 0, ns) + 1
        return (bisect.bisect_left(quotes, ns) - bisect.bisect_left(quotes, line)) % 2 == 0

    def _title_start(self, text: str, name_start: int) -> int:
        """Start of the title words right before a name ("Prime Minister X" -> the "P"; words of titles.csv only)."""
        pos = name_start
        for w in reversed(list(re.finditer(r"[\w.'’-]+[ \t\u00a0]+", text[max(0, name_start - 40):name_start]))):
            if w.group().strip().lower() not in self._title_words:
                break
            pos = max(0, name_start - 40) + w.start()
        return pos

    def _dateline_iso3(self, text: str) -> str | None:
        """mentions session 7: the country of a wire dateline in capitals at the start of the text ("MUSCAT --",
        "NEW DELHI, Nov 10 (agency) --", "JAKARTA (daily) -"); None without one."""
        m = _DATELINE_RE.match(text)
        if m is None:
            return None
        place = self.registry.place(m.group("city"))
        if place is not None:
            return place[1]
        for alias in self.registry.index.get(m.group("city").split()[0].lower(), []):
            if alias.kind == "country" and " ".join(alias.key) == m.group("city").lower():
                return self.registry.actors[alias.actor_id].iso3
        return None

    def _dateline_fits(self, text: str, found: list[Mention], title_start: int, iso3: str,
                       country_by_start: list | None = None) -> bool:
        """The dateline's country may stand for a bare head-of-state title at ``title_start`` (the title's first
        character): no other country named before it in its sentence ("from Turkmenistan, where he met President X":
        the clause's country) and no capitalised word right before the title but an honorific or the dateline's dash
        ("European Commission President X": an office of a body)."""
        a = max(text.rfind(". ", 0, title_start), text.rfind("\n", 0, title_start)) + 1
        # (perf s11, second round: ``country_by_start``, (start, index) of the country mentions, sorted)
        if any(m.kind == "country" and a <= m.start < title_start and m.iso3 != iso3 for m in (
                found if country_by_start is None else _indexed_between(found, country_by_start, a, title_start - 1))):
            return False
        head = text[max(a, title_start - 40):title_start].rstrip()
        if head.endswith(("--", "-", "–", "—", ")")) or not head:
            return True
        last = re.findall(r"[\w.'’-]+", head)
        return not last or not last[-1][:1].isupper() or last[-1] in self._honorific_words \
            or last[-1] in self._style_words or last[-1] == "The"

    def _guest_of_dateline(self, text: str, found: list[Mention], name_end: int, iso3: str) -> bool:
        """mentions session 8: the titled person is a guest in the dateline's country. Fix session 8: only when a cue
        of the person's own leads straight to that country's name or capital later in the name's clause (within 80
        characters, no other person, no ';', no "said/that", no "<demonym> leader" between): a verb of travel ("ACCRA
        -- Chancellor X arrived in Accra"), a trip noun after the person's possessive ("PARIS -- King Y's state visit
        to France"), or a word of dealing right before the country itself ("signed a pact with Ghana", not "with
        Ghana's farmers"). A word of hosting or coming back before the country, or "after a visit to ..." right after
        it, keeps the dateline's country; so does anything undecided."""
        stop = _SENTENCE_STOP_RE.search(text, name_end, name_end + 160)
        limit = stop.start() if stop else min(len(text), name_end + 160)
        if self._by_start is None:  # (sorted once per story, `find` resets it: bisect per name)
            ms = sorted(found, key=lambda m: m.start)
            self._by_start = (ms, [m.start for m in ms])
        ms, starts = self._by_start
        for m in ms[bisect.bisect_left(starts, name_end):bisect.bisect_left(starts, limit)]:
            if m.kind == "person":
                return False  # (another person named first: the words after belong to them)
            if m.kind == "country" and m.alias_kind == "demonym" and self.dateline_other_re.match(text, m.end):
                return False  # ("the visiting Spanish king", "the Ugandan leader": the cue after is theirs)
            if m.kind != "country" or m.iso3 != iso3 or m.alias_kind == "demonym":
                continue
            between = text[name_end:m.start]
            if self.dateline_host_re.search(between) or self.dateline_home_after_re.match(text, m.end, limit):
                return False
            if re.match(r"['’]s\b", text[m.end:m.end + 3]):
                continue  # ("Ghana's farmers", "Kenya's coast": the country as an owner, no destination)
            cue = (self.dateline_verb_re.search(between) or self.dateline_noun_re.search(between)
                   or self.dateline_partner_re.search(between))
            cue_at = cue.start() if cue else None
            if cue_at is None or cue_at > 80:
                continue
            if self.dateline_gap_stop_re.search(between, 0, cue_at):
                return False
            return True
        return False

    def _dated_surnames(self, spans, day, surnames: dict[str, str]) -> dict[str, str]:
        """mentions session 7: a surname several registry people share ("Bush", "Clinton", "Sharif") -> the one of
        them who held an office on ``day``, when exactly one did. Only surnames the registry gives no one alone and
        no name of the story took."""
        if day is None:
            return {}
        out = {}
        taken = {s.lower() for s in surnames}
        for word in {w for w, _, _ in spans if w in self.registry.surname_holders}:
            if word in taken or any(len(a.key) == 1 for a in self.registry.index.get(word, [])):
                continue
            ids = self.registry.surname_holders[word]
            if len(ids) < 2:
                continue  # (review #1: one holder's surname is no alias unless people.csv lists it: "Ahmed", "Brown")
            live = [i for i in ids if self.registry.in_office(i, day)]
            if len(live) == 1 and word not in STOP_WORDS and word not in self.not_surnames \
                    and word not in self.undated_surnames:
                actor = self.registry.actors[live[0]]
                if actor.iso3_on(day) in _FAMILY_NAME_FIRST:
                    continue  # ("Kim", "Lee": family names too common to stand for one person)
                out[word[:1].upper() + word[1:]] = live[0]
        return out

    def _given_names(self, people: list[Mention], surnames: dict[str, str]) -> dict[str, str]:
        """mentions session 7: the given name of a person the story named in full ("Abiy" after "Abiy Ahmed",
        "Mahathir" after "Mahathir Mohamad"), when one person of the story has it and it is nobody's surname there;
        not for family-name-first countries (their first word is the surname), not a common word, a title, a country
        or a place."""
        owners: dict[str, set[str]] = {}
        for m in people:
            parts = m.name.split() if m.name else []
            if len(parts) < 2 or not m.iso3 or m.iso3 in _FAMILY_NAME_FIRST:
                continue
            given = parts[0]  # ("Pope Francis": a title first, which the role_of test below refuses)
            if not re.fullmatch(r"[A-Z][a-z]{2,}", given):
                continue
            owners.setdefault(given, set()).add(m.actor_id)
        out = {}
        surnames_low = {s.lower() for s in surnames}
        for given, ids in owners.items():
            low = given.lower()
            if len(ids) != 1 or low in surnames_low or low in STOP_WORDS or low in _STOP_NAME_WORDS \
                    or low in self.not_surnames or low in self.role_of or given in self._honorific_words \
                    or low in _ORG_WORDS or low in self.not_person_heads \
                    or any(len(a.key) == 1 or a.kind != "person" for a in self.registry.index.get(low, [])) \
                    or self.registry.place(given) is not None:
                continue
            out[given] = next(iter(ids))
        return out

    def _in_other_name(self, text: str, start: int, end: int, actor) -> bool:
        """mentions fix session 8: a registry person's one-word alias (a surname: "Zardari", "Rudd") is part of
        another person's full name: a capitalised word right before it that is not a title, an honorific, a common
        word, a country word, an initial ("S Jaishankar") or a word of the person's own name ("Bilawal Bhutto Zardari",
        "Grace Mugabe", "Amber Rudd"), or a word hyphen-joined to it that is no registered person's ("Dlamini-Zuma",
        "Bruni-Sarkozy"; not "Merkel-Sarkozy"). Title-case headlines are left alone."""
        own = self._own_words(actor)
        joined = [m.group(1) for m in (re.search(r"(\w+)[-‐]$", text[max(0, start - 30):start]),
                                       re.match(r"[-‐]([A-Z]\w+)", text[end:end + 30])) if m]
        for w in joined:
            if w.lower() not in own and not any(a.kind == "person" for a in self.registry.index.get(w.lower(), [])):
                return True
        before = re.search(rf"(?P<w>(?:Mc|Mac|O')?[A-Z][\w.'’-]*){_SP}$", text[max(0, start - 30):start])
        if before is None:
            return False
        w = before.group("w")
        low = w.lower()
        if w.endswith((".", "'s", "’s", "'", "’")) or re.fullmatch(r"[A-Z]{1,2}", w) or low in own or low in self.role_of or w in self.honorifics \
                or w in self._honorific_words or w in self._style_words or low in STOP_WORDS \
                or low in _STOP_NAME_WORDS or low in self._title_words:
            return False
        if any(a.kind != "person" for a in self.registry.index.get(low, []) if len(a.key) == 1):
            return False  # ("Turkish Erdogan", "Kremlin")
        return not _in_headline(text, start)

    def _name_goes_on(self, text: str, start: int, end: int, actor) -> bool:
        """mentions fix session 8: a registered person's alias is the start of a longer name that is not theirs:
        "bin/ibn <Name>" after it ("Crown Prince Mohammed bin Zayed" is not "Crown Prince Mohammed" bin Salman), a
        regnal number or generational suffix the alias lacks ("Benigno Aquino Jr.", "King Abdullah II"), "The
        <Title>" ("Queen Elizabeth The Queen Mother"), or a capitalised word of a place, body or thing
        (name_not_person.csv and the organisation words: "Queen Elizabeth Hospital", "Xi Jinping Thought"), not a longer
        form of the name ("Sheikh Hasina Wazed"); or a ship's prefix before it ("HMS Queen
        Elizabeth", "the liner ..."). Title-case headlines are left alone for the capitalised word."""
        if self.ship_prefix_re.search(text, max(0, start - 12), start):
            return True
        nxt = re.match(r"\s+(?:(?P<link>bin|ibn|bint|ben)\s+[A-Z]|(?P<num>[IVX]+\b|Jr\b|Sr\b)|The\s+[A-Z]"
                       r"|(?P<w>(?:Mc|Mac|O')?[A-Z][a-z][\w'’-]*))", text[end:end + 40])
        if nxt is None or (nxt.group("link") and nxt.group(0).split()[-1].lower() in self._own_words(actor)):
            return False
        w = nxt.group("w")
        if w is None:
            return True
        low = w.lower()
        if low in self._own_words(actor) or not (low in _ORG_WORDS or low in self.not_person_heads):
            return False  # ("Sheikh Hasina Wazed": a longer form of her own name)
        return not _in_headline(text, start)

    def _after_patronymic(self, text: str, start: int, end: int, actor) -> bool:
        """mentions fix session 10: a registered person's alias right after "bin", "ibn", "bint", "ould" or "wad" is
        the father's name inside a relative's full name ("Abdullah bin Hamad bin Khalifa Al Thani" is not the Father
        Emir; "Salman bin Hamad bin Isa Al Khalifa" is not the King), unless the connector and the word before it
        belong to the person's own registered name (a longer form of it, e.g. "Mohamed Ould Abdel Aziz" where only
        "Abdel Aziz" matched)."""
        m = _PATRONYMIC_BEFORE_RE.search(text[max(0, start - 60):start])
        if m is None:
            return False
        longer = " ".join(p for p in (m.group("w"), m.group("link"), text[start:end]) if p).lower()
        return not any(longer in form.lower() for form in [actor.name, *actor.aliases])

    def _after_given_name(self, text: str, start: int, end: int, actor) -> bool:
        """s11 (registry brief item 2): a registered person's alias of two or more words that opens with the person's
        own given name, right after "<Sheikh|Prince|...> <Given name>" with no connector, is a relative's longer name:
        "Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah" (the emir's son, prime minister in 2022-24) is not Emir Nawaf Al-Ahmad
        Al-Sabah; "Prince Turki Salman bin Hamad ..." is not the crown prince. Not when the word before the alias is
        itself a style or title ("Crown Prince Sheikh Mohammed bin Zayed"), nor without a style before the given name
        ("the DPRK Cabinet Choe Yong Rim", "del Dirigente Kim Jong Il"), nor when the alias opens with a family part
        of the name and the word before is the given name in another spelling ("Sheikh Meshal Al-Ahmad Al-Jaber
        Al-Sabah" for the registered "Al-Ahmad Al-Jaber Al-Sabah"). Title-case headlines are left alone."""
        if not self._royal_openers:
            return False
        given_of = {form.split()[0].lower() for form in [actor.name, *actor.aliases] if form.split()}
        first = text[start:end].split()[0].lower() if text[start:end].split() else ""
        if first not in {actor.name.split()[0].lower()} or first.startswith(("al-", "el-", "bin", "ibn")):
            return False
        before = re.search(r"(?<![\w.'’-])(?P<opener>[A-Z][a-z]+)[ \t\u00a0]+(?P<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t\u00a0]+$",
                           text[max(0, start - 60):start])
        if before is None or before.group("opener") not in self._royal_openers:
            return False
        w = before.group("w")
        low = w.lower()
        if w in self._royal_openers or low in self.role_of or low in self._title_words or w in self.honorifics \
                or w in self._honorific_words or w in self._style_words or low in STOP_WORDS or low in _STOP_NAME_WORDS \
                or low in given_of:
            return False
        longer = f"{w} {text[start:end]}".lower()
        if any(longer in form.lower() for form in [actor.name, *actor.aliases]):
            return False
        return not _in_headline(text, start)

    def _own_words(self, actor) -> set[str]:
        """The lower-cased words of a registered person's name and aliases (cached by id)."""
        own = self._own_tokens.get(actor.actor_id)
        if own is None:
            own = {t.lower() for n in [actor.name, *actor.aliases] for t in re.findall(r"[\w’'.-]+", n)}
            own |= {p for t in list(own) for p in t.split("-")}
            self._own_tokens[actor.actor_id] = own
        return own

    def _loose_alias(self, text: str, start: int, end: int) -> bool:
        """A lone given name or shared surname stands alone: no capitalised name word just before it (other than a
        title or an honorific: "President Bush") and none after it ("Laura Bush", "Donald Tusk", "Bush Sr")."""
        if re.match(rf"{_SP}(?:Mc|Mac|O')?[A-Z][a-z]|[-’'][A-Z]", text[end:end + 4]):
            return False
        before = re.search(rf"(?P<w>(?:Mc|Mac|O')?[A-Z][\w.'’-]*){_SP}$", text[max(0, start - 30):start])
        if before is None:
            return True
        w = before.group("w")
        if w.endswith((".", "’", "'")) and len(w) > 2:
            return True  # the end of the sentence before ("on Monday. Bush"), or a title's abbreviation ("Gen.")
        return w.lower() in self.role_of or w in self.honorifics or w.rstrip(".") in self._honorific_words \
            or w.lower() in STOP_WORDS or w.lower() in _STOP_NAME_WORDS

    def _title_anaphors(self, text: str, found: list[Mention]) -> list[Mention]:
        """mentions session 7: "the president", "the secretary", "the king" -> the person of that office the story
        named last before it (within the 1,500 characters before; a person's office is the title that introduced
        them or the registry's on the day). Not "the president of ...", "the secretary general", a title before a
        name ("the President Obama": the name is found) or after a country word ("the Russian president": visits.py
        reads those at country level)."""
        if not self.anaphor_re.search(text):
            return []
        people = sorted((m for m in found if m.kind == "person" and m.role), key=lambda m: m.start)
        if not people:
            return []
        starts = [m.start for m in people]
        out = []
        covered = _cover(len(text), found)  # (review #11: by position, not a scan of every mention per anaphor)
        for am in self.anaphor_re.finditer(text):
            if covered[am.start("word")]:
                continue
            if am.group("word")[0].isupper() and am.group("the") == "the":
                continue  # (s23: KCNA's honorific "the President" is Kim Il Sung; only a sentence's "The President" reads back)
            rx = self.anaphor_roles.get(re.sub(r"\s+", " ", am.group("word").lower()))
            i = bisect.bisect_left(starts, am.start())
            holders = [p for p in people[max(0, i - 60):i] if am.start() - p.end <= 1500 and rx is not None and rx.fullmatch(p.role.strip())]
            if len({p.actor_id for p in holders}) != 1 or not holders[-1].iso3:
                continue  # (two presidents named before it: "the president" is either; none: no one)
            ref = holders[-1]
            out.append(Mention(am.start(), am.end(), ref.actor_id, "person", ref.iso3, "person", am.group(), ref.name,
                               ref.role))
        return out

    def _nationality_anaphors(self, text: str, found: list[Mention]) -> list[Mention]:
        """Visits session 9 (binding): "The French president arrived from Vietnam" -> the person of that country and
        office the story named last before it (within the 1,500 characters before; one person only, as for "the
        president"). The demonym's country mention is replaced by the person. Only a sentence's opening words ("The
        French president ..." as a subject); elsewhere "the Russian president" stays the country's reading."""
        if not (literal_gate(self, "nationality_anaphor_re").may_match(text)  # perf s14: the literal words first (exact)
                and self.nationality_anaphor_re.search(text)):
            return found
        demonyms = {m.start: m for m in found if m.kind == "country" and m.alias_kind == "demonym" and m.iso3}
        people = sorted((m for m in found if m.kind == "person" and m.role and m.iso3), key=lambda m: m.start)
        if not demonyms or not people:
            return found
        starts = [m.start for m in people]
        drop, out = set(), []
        for am in self.nationality_anaphor_re.finditer(text):
            dm = demonyms.get(am.start("nat"))
            rx = self.anaphor_roles.get(re.sub(r"\s+", " ", am.group("word").lower()))
            if dm is None or rx is None or dm.end != am.end("nat"):
                continue
            i = bisect.bisect_left(starts, am.start())
            holders = [p for p in people[max(0, i - 60):i] if am.start() - p.end <= 1500 and p.iso3 == dm.iso3
                       and rx.fullmatch(p.role.strip())]
            if len({p.actor_id for p in holders}) != 1:
                continue
            ref = holders[-1]
            drop.add(id(dm))
            out.append(Mention(am.start(), am.end(), ref.actor_id, "person", ref.iso3, "person", am.group(), ref.name,
                               ref.role))
        if not out:
            return found
        return [m for m in found if id(m) not in drop] + out

    def _descriptive_visitors(self, text: str, found: list[Mention], day) -> list[Mention]:
        """mentions session 7: unnamed office holders as actors: "the presidents of Kenya and Rwanda" (one per country of
        the list, two or more), "Kuwait's emir", "his Egyptian counterpart" (no name after it). Each is the person of
        that country the story named last before it, else the registry's one holder of the office on the day, else
        the country itself (actor id ``country:ISO``, visitor_iso3 only). The country word that the phrase holds is
        replaced by the person mention."""
        countries = [m for m in found if m.kind == "country" and m.iso3]
        if not countries or not (" of " in text or "'s " in text or "’s " in text
                                 or self.counterpart_word_re.search(text)):
            return found
        last_of: dict[str, list[Mention]] = {}  # iso3 -> its people in text order
        for m in sorted((m for m in found if m.kind == "person" and m.iso3), key=lambda m: m.end):
            last_of.setdefault(m.iso3, []).append(m)
        drop: set[int] = set()
        out: list[Mention] = []
        holder_of: dict[tuple[str, str], str | None] = {}  # perf s9: (iso3, role) -> its one holder on ``day``, read once

        def make(cm: Mention, start: int, end: int, kind: str, word: str) -> Mention:
            role = self.desc_role.get((kind, re.sub(r"\s+", " ", word.lower())), "")
            rx = self._office_rx(word, role, text, found, cm, start, kind)
            same = [p for p in last_of.get(cm.iso3, []) if rx is not None and p.role and rx.fullmatch(p.role.strip())]
            k = bisect.bisect_right([p.end for p in same], start) if same else 0
            if k:  # (review #9: the last named person of that country whose office is the one the words name)
                p = same[k - 1]
                return Mention(start, end, p.actor_id, "person", p.iso3, "person", text[start:end], p.name, p.role)
            if kind == "counterpart" and not role:
                # visits session 7c: "President X met his Egyptian counterpart": the office of the one whose
                # counterpart he is (the last person named before, in the same sentence), held in that country
                owner = max((p for p in found if p.kind == "person" and p.end <= start and p.role
                             and not re.search(r"[.!?]\s", text[p.end:start])), key=lambda p: p.end, default=None)
                role = owner.role if owner is not None else ""
            if role and (cm.iso3, role) not in holder_of:  # (a list of thousands of countries: the registry read per pair)
                holder_of[(cm.iso3, role)] = self._office_holder(cm.iso3, role, day)
            holder = holder_of[(cm.iso3, role)] if role else None
            if holder is None and not role and kind == "plural" and word.lower() == "leaders":
                # (s18) "the leaders of Italy, Greece and Cyprus": each country's leader on the day (data/actors/
                # leader_offices.csv), else the country stands for him as before
                if (cm.iso3, "") not in holder_of:
                    holder_of[(cm.iso3, "")] = self.registry.leader(cm.iso3, day)
                holder = holder_of[(cm.iso3, "")]
                if holder is not None:
                    actor = self.registry.actors[holder]
                    return Mention(start, end, holder, "person", cm.iso3, "person", text[start:end], actor.name,
                                   actor.role or "")
            if holder is not None:
                actor = self.registry.actors[holder]
                return Mention(start, end, holder, "person", cm.iso3, "person", text[start:end], actor.name, role)
            return Mention(start, end, f"country:{cm.iso3}", "person", cm.iso3, "country", text[start:end], cm.name,
                           role or word)

        for i, cm in enumerate(countries):
            if cm.alias_kind in ("name", "short", "abbrev"):
                pm = self.plural_office_re.search(text, max(0, cm.start - 40), cm.start) \
                    if text[max(0, cm.start - 8):cm.start].rstrip().endswith(("of", "the")) else None
                if pm is not None:
                    # the list: this country and those after it joined by ", " / " and " / ", and "
                    group, j = [cm], i
                    while j + 1 < len(countries) and re.fullmatch(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?",
                                                                  text[countries[j].end:countries[j + 1].start]):
                        j += 1
                        group.append(countries[j])
                    if len(group) >= 2 and not (i > 0 and re.fullmatch(
                            r",?\s+(?:and\s+)?(?:the\s+)?", text[countries[i - 1].end:cm.start])):
                        word = re.sub(r"\s+of\s+(?:the\s+)?$", "", pm.group(), flags=re.I)
                        for g in group:
                            drop.add(id(g))
                            out.append(make(g, g.start, g.end, "plural", word))
                        continue
                om = self.possessive_office_re.match(text, cm.end) if text[cm.end:cm.end + 1] in ("'", "’") else None
                if om is not None and not _in_headline(text, cm.start):
                    drop.add(id(cm))
                    out.append(make(cm, cm.start, om.end(), "possessive", om.group("word")))
                    continue
            if cm.alias_kind == "demonym" and self.counterpart_before_re.search(text, max(0, cm.start - 20), cm.start):
                am = self.counterpart_after_re.match(text, cm.end)
                if am is not None:
                    drop.add(id(cm))
                    out.append(make(cm, cm.start, am.end(), "counterpart", am.group("word")))
        if not out:
            return found
        return [m for m in found if id(m) not in drop] + out

    def _office_rx(self, word: str, role: str, text: str, found: list[Mention], cm: Mention, start: int, kind: str):
        """mentions session 7 review #9: the role pattern (title_anaphors.csv) a person must hold to be the office
        holder that descriptive words name: the row of the office word ("emir", "queen"), else the row that the
        descriptive row's role fits ("presidents" -> President); for "his Egyptian counterpart", the row that the
        office of the person named last before it from another country fits (a counterpart holds the same office).
        None when no row fits: then no named person is taken."""
        low = re.sub(r"\s+", " ", word.lower())
        if kind != "counterpart":
            rx = self.anaphor_roles.get(low)
            if rx is not None:
                return rx
            return next((r for r in self.anaphor_roles.values() if role and any(r.fullmatch(one) for one in role.split("|"))), None)
        if self._roled_people is None or self._roled_people[0] is not found:
            people = sorted((m for m in found if m.kind == "person" and m.iso3 and m.role), key=lambda m: m.end)
            self._roled_people = (found, people, [m.end for m in people])
        _, people, ends = self._roled_people
        k = bisect.bisect_right(ends, start)
        while k and people[k - 1].iso3 == cm.iso3:
            k -= 1  # (bounded in practice: the people of the counterpart's own country named just before it)
        if not k:
            return None
        own = people[k - 1].role.strip()
        return next((r for r in self.anaphor_roles.values() if r.fullmatch(own)), None)

    def _office_holder(self, iso3: str, role: str, day) -> str | None:
        """The one registry person of ``iso3`` whose role on ``day`` is ``role``; None when none or several."""
        if day is None:
            return None
        hits = set()
        for one in role.split("|"):  # (s23: a row may name the office's titles in several countries, "A|B")
            hits |= self.registry.office_holders(iso3, one, day)
        return hits.pop() if len(hits) == 1 else None

    def _lone_surname(self, text: str, name: str, start: int, title_end: int) -> bool:
        """A single word is a person's surname when it opens a sentence and an office "of"/"at" a body follows:
        "Vorontsov, chief of the section ...,", "Ivanova, director at the institute ..." (round 18). Not a word the
        registry or the gazetteer knows, an adverb or a word of the stop list ("Meanwhile, the head of ...")."""
        low = name.lower()
        if (len(name) < 3 or not name[0].isupper() or not name[1:].islower()
                or low in _STOP_NAME_WORDS or low in self.not_surnames or low in self.registry.index
                or self.registry.place(name) is not None):
            return False
        if not _OF_BODY_RE.match(text, title_end):
            return False
        office = _LONE_OFFICE_RE.match(text, title_end)
        if office is None or office.group("end") is not None or not office.group().endswith(",") \
                or _LONE_VERB_RE.search(office.group()):
            return False  # (review of round 18: the office must close as an appositive, no verb inside)
        j = start
        while j > 0 and text[j - 1] in " \t\u00a0\"“'‘":
            j -= 1
        return j == 0 or text[j - 1] in ".!?:\n"

    @staticmethod
    def _appositive_end(text: str, pos: int, opened: bool = False) -> int:
        """End of the appositive after a name: "X, president of the Russian Federation, met" ->
        the offset of the comma before "met"; ``pos`` itself when no comma follows the name."""
        if not opened and not text.startswith(",", pos):
            return pos
        tail = text[pos:pos + 220]
        stop = re.search(r"[;()]|(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)\.\s|,\s+(?:who|which|that|and|said|told|met|visited|arrived|left|as|in|at|on|came|went|flew|"
                         r"paid|gave|made|took|had|has|have|was|were|is|are|will|would|sent|held|laid|toured|leaves|arrives|returns|"
                         r"comes|goes|meets|visits|also|on|by|for|while|whereas|but|though|although)\b|"
                         r",\s+(?:[a-z]+ed)\b|,\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", tail[1:])
        return pos + 1 + (stop.start() if stop else len(tail) - 1)

    def _trim_name(self, text: str, name: str, start: int) -> tuple[str | None, int, int]:
        parts = name.split()
        if len(parts) == 1 and parts[0].lower() in _RANK_ABBREVIATIONS and text.startswith(".", start + len(parts[0])):
            return None, start, start
        while parts and parts[-1].lower() in _STOP_NAME_WORDS:
            parts.pop()
        while len(parts) > 2 and parts[0].lower() in _RANK_WORDS and parts[1].lower() in self.role_of:
            word = parts.pop(0)
            start = text.index(word, start) + len(word)  # "Major General Qian Lihua": a rank, then the title
            while text[start].isspace():
                start += 1
        while len(parts) > 1 and parts[0].lower() in self.role_of:
            word = parts.pop(0)
            start = text.index(word, start) + len(word)  # "Director Kim Pyong Ho": a title, then the name
            while text[start].isspace():
                start += 1
        # mentions session 8: "Comoros President Azali Assoumani" (a run that an appositive's name pattern took whole):
        # a one-word title inside the run, with two or more words after it, ends what comes before the name
        cut = max((i for i, p in enumerate(parts[1:-2], 1) if p.lower() in self.role_of), default=0)
        for _ in range(cut + 1 if cut else 0):
            word = parts.pop(0)
            start = text.index(word, start) + len(word)
            while text[start].isspace():
                start += 1
        while parts and parts[0].lower() in _STOP_NAME_WORDS and not (
                # s22: the Korean surname An ("An Kuk Thae, member of ..."), not the article: two short given-name parts
                parts[0] == "An" and len(parts) == 3 and all(len(p) <= 5 and p[1:].islower() for p in parts[1:])
                and not parts[1].lower().endswith(("an", "ese", "ish", "ic"))):
            word = parts.pop(0)
            start = text.index(word, start) + len(word)
            while text[start].isspace():
                start += 1
        if not parts or all(p.lower() in self.role_of or p in self._honorific_words for p in parts):
            return None, start, start  # "Director General and ...": a title, no name
        key = tuple(t.lower() for t in tokens(" ".join(parts)))
        for alias in self.registry.index.get(key[0], []):
            if alias.key == key and alias.kind != "person":
                return None, start, start  # "President Russia" is no one's name
        if len(parts) == 1 and len(parts[0]) < 3:
            return None, start, start
        if re.search(r"\bof\s+(?:the\s+)?$", text[max(0, start - 8):start]):
            # "Minister of Regional Development Viktor Basargin": the office, then the name
            while len(parts) > 1 and (parts[0].lower() in _ORG_WORDS or len(parts) > 3):
                word = parts.pop(0)
                start = text.index(word, start) + len(word)
                while text[start].isspace():
                    start += 1
        if any(p.lower() in _ORG_WORDS for p in parts):
            return None, start, start  # "General Bureau of ...", "President Hotel"
        end = start
        for part in parts:  # the name may span several spaces: find its end in the text
            end = text.index(part, end) + len(part)
        return " ".join(parts), start, end

    def _country_before(self, found: list[Mention], title_start: int, by_end: list | None = None) -> str | None:
        """Country named just before the title: "Russian Deputy Prime Minister", "China's Premier".
        ``by_end``: (end, index in found) of the country mentions, sorted, so that only those ending in the 40
        characters before the title are looked at."""
        if title_start < 0:
            return None
        best = None
        if by_end is not None:
            lo = bisect.bisect_left(by_end, (title_start - 40, -1))
            hi = bisect.bisect_right(by_end, (title_start, len(found)))
            if lo < hi:
                best = found[max(i for _, i in by_end[lo:hi])]
        else:
            for m in found:
                if m.kind == "country" and m.end <= title_start and title_start - m.end <= 40:
                    best = m
        if best is None:
            return None
        if re.search(r"[.;!?]\s|\n", self._text[best.end:title_start] if getattr(self, "_text", None) else ""):
            return None  # "... returned to the US.\n\nPrime Minister Johnson": the sentence before, not his country
        return best.iso3 if title_start - best.end <= 4 or best.alias_kind == "demonym" else None

    @staticmethod
    def _country_of(text: str, found: list[Mention], name_end: int) -> str | None:
        """"Foreign Minister Ivan Sorokin of Russia" -> RUS."""
        m = re.match(r"\s+of\s+(?:the\s+)?", text[name_end:name_end + 12])
        if not m:
            return None
        for c in found:
            if c.kind == "country" and c.start == name_end + m.end():
                return c.iso3
        # "Chairman X of the Nile Holdings SAE of Egypt": the country that ends the name's "of" phrase
        chain = re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+(?:(?:and|of|the|for)\s+)*){1,8}?of\s+(?:the\s+)?",
                         text[name_end:name_end + 140])
        if chain:
            for c in found:
                if c.kind == "country" and c.start == name_end + chain.end() and c.alias_kind not in ("capital", "demonym"):
                    return c.iso3
        return None

    def _country_after(self, found: list[Mention], name_end: int, limit: int, text: str = "",
                       by_start: list | None = None) -> str | None:
        """Country in an appositive after the name: "X, president of the Russian Federation",
        "Y, secretary of the Workers' Party of Korea" (an organisation of a country); a capital only as the
        possessive that opens the appositive ("Z, Ottawa's special envoy for ..."), which stands for its country.
        A country after "on a visit to" / "visiting" is where the person is, not whose ("X, secretary of the Fund on
        a visit to the DPRK,": round 18)."""
        if text and (trip := ON_A_VISIT_RE.search(text, name_end, limit)) is not None:
            limit = trip.start()
        # (perf s11, second round: ``by_start``, (start, index) of every mention, sorted: only those from the name's
        # end to the limit are read, in the order of ``found``)
        for m in (found if by_start is None else _indexed_between(found, by_start, name_end, limit)):
            if name_end <= m.start <= limit and m.alias_kind == "capital" and m.kind == "country" and text \
                    and re.fullmatch(r",\s*(?:the\s+)?", text[name_end:m.start]) and text[m.end:m.end + 2] in ("'s", "’s"):
                return m.iso3
            if name_end <= m.start <= limit and m.alias_kind != "capital":
                if m.kind == "country":
                    return m.iso3
                if m.kind == "organisation" and m.iso3:
                    return m.iso3
        return None

    def _local_person_id(self, name: str, local: dict[str, list[Alias]]) -> str:
        key = tuple(t.lower() for t in tokens(name))
        for alias in local.get(key[0], []):
            if alias.key == key:
                return alias.actor_id
        for alias in self.registry.index.get(key[0], []):
            if alias.key == key and alias.kind == "person":
                return alias.actor_id
        return f"person:{slug(name)}"

    def _regnal(self, name: str, role: str | None) -> bool:
        """mentions fix session 8: the name or its role is a pope's or a monarch's (regnal_titles.csv)."""
        first = name.split()[0].lower() if name else ""
        return first in self.regnal_words or any(w in self.regnal_words for w in (role or "").lower().split())

    def _add_local(self, name: str, actor_id: str, local: dict[str, list[Alias]], role: str | None = None) -> None:
        surfaces = set(name_variants(name))
        last = _last_name(name, self._regnal(name, role))
        if last and "-" not in last:
            surfaces.add(last)  # "Lavrov" after "Sergei Lavrov"
        for s in surfaces:
            key = tuple(t.lower() for t in tokens(s))
            bucket = local.setdefault(key[0], [])
            if not any(a.key == key for a in bucket):
                bucket.append(Alias(key, actor_id, "person", "person", s, False, list(key)))
            bucket.sort(key=lambda a: len(a.key), reverse=True)


_NAME_SUFFIX_RE = re.compile(r"(?:[IVX]+|Jr\.?|Sr\.?)")


def _last_name(name: str, regnal: bool = False) -> str | None:
    """mentions session 8: the surname of a full name, past a regnal number or a generational suffix ("Benigno Aquino
    III" -> "Aquino", "Ferdinand Marcos Jr" -> "Marcos"); None for one word or a monarch's given name and number
    ("Elizabeth II", "Felipe VI": no surname, and "II" alone is no one). Fix session 8: with ``regnal`` (a pope's or
    a monarch's title or role) a name ending in a Roman number has no surname at all ("John Paul II", "Juan Carlos
    I": no "Paul", no "Carlos"); "Henry Ford II", without such a title, keeps "Ford"."""
    parts = name.split()
    if regnal and len(parts) > 1 and re.fullmatch(r"[IVX]+", parts[-1]):
        return None
    while len(parts) > 1 and _NAME_SUFFIX_RE.fullmatch(parts[-1]):
        parts.pop()
    return parts[-1] if len(parts) >= 2 else None


def _first_person_at(found: list[Mention]):
    """perf s9: ``first(nstart, nend)``, the index of the first person of ``found`` that covers ``nstart`` or starts
    inside ``[nstart, nend)`` (what a scan of ``found`` in order finds), from two maps built once, so that thousands of
    titled names do not scan thousands of mentions each. Persons at 0-5 and 10-14: first(3, 8) -> 0, first(8, 12) -> 1."""
    covering: dict[int, int] = {}  # character -> first person over it
    starting: dict[int, int] = {}  # start -> first person starting there
    for i, m in enumerate(found):
        if m.kind == "person":
            starting.setdefault(m.start, i)
            for pos in range(m.start, m.end):
                covering.setdefault(pos, i)

    def first(nstart: int, nend: int) -> int:
        hits = [covering[nstart]] if nstart in covering else []
        return min(hits + [starting[pos] for pos in range(nstart, nend) if pos in starting])

    return first


def _indexed_between(found: list, index: list, low: int, high: int) -> list:
    """perf s11 (second round): the mentions of ``found`` whose key (start or end, as ``index`` holds: sorted
    (key, index in found) pairs) lies from ``low`` to ``high`` inclusive, in the order of ``found``; the same
    mentions a loop over ``found`` testing that range would pass, in the same order."""
    if high < low:
        return []
    a = bisect.bisect_left(index, (low, -1))
    b = bisect.bisect_right(index, (high, len(found)))
    return [found[i] for i in sorted(i for _, i in index[a:b])]


def _cover(n: int, mentions) -> bytearray:
    """A mask over the text's characters: 1 where one of ``mentions`` lies (overlap tests in linear time)."""
    mask = bytearray(n + 1)
    for m in mentions:
        mask[m.start:m.end] = b"\x01" * (m.end - m.start)
    return mask


def _in_headline(text: str, pos: int) -> bool:
    """True when the line at ``pos`` is in Title Case ("Lavrov Says N. Korean Leader Always Welcome"),
    where a capitalised word after a title is no evidence of a name."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    if line.endswith((".", '"', "”", "?", "!")):
        return False  # a sentence, not a headline
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def to_rows(article_id: str, mentions: list[Mention]) -> list[dict]:
    """mentions rows (schema "mentions"), one per (char_start, actor_id)."""
    seen = set()
    rows = []
    for m in mentions:
        if (m.start, m.actor_id) in seen:
            continue
        seen.add((m.start, m.actor_id))
        rows.append({"article_id": article_id, "actor_id": m.actor_id, "actor_kind": m.kind,
                     "sentence_index": m.sentence_index, "char_start": m.start, "char_end": m.end,
                     "surface": m.surface})
    return rows


__all__ = ["Mention", "MentionFinder", "to_rows"]


def mentions_by_sentence(sentences, mentions):
    """(index, start, end, mentions inside) for each sentence; ``mentions`` sorted by start (one pass over both)."""
    mi = 0
    for si, (s, e) in enumerate(sentences):
        inside = []
        while mi < len(mentions) and mentions[mi].start < e:
            if mentions[mi].start >= s:
                inside.append(mentions[mi])
            mi += 1
        yield si, s, e, inside
