"""Visits session 13: foreign guests at home told by a state agency's own stories (KCNA), where no verb of travel
names the guest and only a description says where he comes from.

- ``guest_voices``: a lede that puts a crowd of guests here ("Personages of different countries, on a visit to the
  DPRK, expressed ...", "Many foreigners visited the venue of the festival") and then quotes them one by one
  ("X, rector of the Institute of Journalism of Benin, told the agency: ...", "Y, a member of the dance troupe of
  Ukraine, said that ..."): each speaker whose description names one foreign country makes one occurred visit of
  that country to the home country (one per country), dated to the lede's day when it tells one, else to the
  publication month (the voices come from a stay the lede places in that month).
- ``kin_guests``: "Family members of A and B, Chinese veterans of the anti-Japanese war, visited the statue on
  Tuesday", "X, daughter of Y, Chinese ..., and the family of Z, a compatriot in Russia, laid bouquets": a subject that
  opens with a relative and goes to a site here; each conjunct of the subject that names one foreign country gives
  that country's visit, dated to the sentence's day (else the month).
- ``talks_abroad``: "Talks were held between the delegations of the Workers' Party of Korea and the Union
  Solidarity and Development Party in Myanmar on June 14", "Talks between delegations of the DFRK and the National
  Front of Laos were held in Vientiane on Tuesday": talks between two delegations, one of them the home country's
  (a home name of ``home_org`` or a mention of the home country), at a venue abroad: the home delegation's occurred
  trip there, dated to the sentence's day (else the month). Not a plan, not a posted envoy's talks, not a venue of
  overseas compatriots ("Koreans in Japan").
- ``other_guests``: "The director of the Research Institute of Guinea and other foreigners visited the statues on
  Oct. 1": the subject joined to "other foreigners" / "other foreign guests" is a guest too; when its description
  names one foreign country, that country visits the home country, dated to the sentence's day (else the month).

Both run only for a story whose source has a home country (the agency's "here"), and never when the lede or the
clause names a foreign place (a crowd of guests at an embassy abroad is no visit here), a description that says
the person is posted or resident ("ambassador", "embassy", "staying in"), or a description that names the home
country itself ("vice-chairman of the DPRK-China Friendship Association" is a host).

Words are data: ``data/lexicons/visit_kcna13.csv``.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from .dates import DateSpan
from .lexicons import lexicon_file, read_rows
from .regex_gate import literal_gate  # perf s18

_KINDS = ("group_noun", "visit_cue", "speech_verb", "site_verb", "kin_head", "home_org", "posted_word", "speaker_head",
          "after_cue")
# a name opening its sentence (after KCNA's stray ".," joints), then ", <description>, <speech verb>"
# ((s18) with a lower-case particle inside: "Alejandro Cao de Benos", "Ludwig van Beethoven")
_NAME = (r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ben|al|el|la|le)"
         r"\s+)?(?-i:[A-Z][\w'’.-]*)){0,4}")
# the home country named inside a description: "DPRK", "Korea", "Korean Committee" (not "Koreans in China", an
# overseas compatriots' group recorded by the country they live in)
# (s18) not the home country: the second half of a foreign society's name ("the Switzerland-Korea Committee", "the
# Russia-Korea Friendship Society": the first country owns it) and overseas Koreans told by where they live ("the
# General Association of Korean Residents in Japan", "Korean nationals in China": recorded by that country)
_OVERSEAS_NOUN = r"(?i:residents?|nationals?|compatriots?|youth|students?|citizens?|women|traders?|merchants?)"
_HOME_WORD_RE = re.compile(rf"\b(?:DPRK|D\.P\.R\.K|(?<![A-Za-z]-)Korea\b|Korean(?!s?\s+(?:{_OVERSEAS_NOUN}"
                           rf"(?:\s+and\s+{_OVERSEAS_NOUN})?\s+)?in\b)(?!\s+[Ww]ar\b))")
# the overseas Koreans a roster names by where they live ("Korean residents in Japan", "Korean youth and students in
# Japan"): guests of that country, not the home side nor residents here (visit_kcna14.py rosters)
_OVERSEAS_KOREANS_RE = re.compile(rf"\bKoreans?\s+(?:{_OVERSEAS_NOUN}(?:\s+and\s+{_OVERSEAS_NOUN})?\s+)?in\b", re.I)
_FUTURE_RE = re.compile(r"\b(?:will|would|shall|to\s+visit|plans?\s+to|is\s+to|are\s+to|expected\s+to)\b", re.I)
_FOREIGN_SAY_RE = re.compile(r"\s+(?:\w+\s+){0,3}?in\s+(?:a|an|his|her|their|its)\s+"
                             r"(?:statement|letter|article|message|speech|press\s+release|interview)\b", re.I)
# (fixer s13) a voice not here in person: "said in the letter", "told KCNA by phone", "in a video greeting", "via"
_REMOTE_SAY_RE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:in\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+)?"
                            r"(?:statement|letters?|article|message|speech|press\s+release|interview|video|greeting|"
                            r"post|e-?mail)|by\s+(?:tele)?phone|over\s+the\s+phone|via|online)\b", re.I)


# --- fixer s13 (review rk): guards shared by the four rules ---------------------------------------------------
# a description cut where it stops telling the person himself: a relative clause ("who fought in China", "that houses
# gifts from China"), a topic ("an expert on Japanese war crimes"), the deeds or the place of the dead ("of the overseas
# operation in the Kursk region of Russia", "the liberation of Kursk")
_DESC_CUT_RE = re.compile(r"\b(?:who|whom|whose|which|that|on|about|against|fought|fell|died|killed|operations?|"
                          r"liberation|battles?|struggle|studied|accompanied|guided|escorted)\b", re.I)
# a guest who was not here in person, or a scene abroad: an embassy's event, a pavilion at a fair, an online show, a
# letter, a phone call, a tour abroad
_REMOTE_RE = re.compile(r"\b(?:embassy|embassies|pavilion|online|virtual(?:ly)?|video|letters?|by\s+(?:tele)?phone|"
                        r"social\s+media|abroad|on\s+(?:its|their|a)\s+tour)\b", re.I)
# not a trip that happened: negation, a wish, a cancelled plan, a denied report
_UNREAL_RE = re.compile(r"\b(?:no|not|never|hopes?|hoped|wish(?:es|ed)?|want(?:s|ed)?|can|could|(?-i:may|might)|"
                        r"called\s+off|cancel(?:l?ed|s)?|postponed?|false|denied|in\s+the\s+past)\b|n't\b", re.I)
# residents, not guests: "foreigners living in the DPRK", "working in", "staying in"
# ("foreign guests staying in the DPRK" are on a stay here: a visit, gold blind42-18)
_RESIDENT_RE = re.compile(r"\b(?:living|working|residing|resident|based|stationed)\s+(?:here|in)\b", re.I)
# for relatives: the dead relative's own people may be told in a relative clause ("daughter of Z who was related to the
# anti-Japanese struggle in China", gold blind27-06), but never by where he fought or fell
_KIN_CUT_RE = re.compile(r"\b(?:on|about|against|fought|fell|died|killed|operations?|liberation|battles?)\b", re.I)
# a sentence adverb taken for a name ("Meanwhile, in Beijing, ...")
_NOT_NAME_RE = re.compile(r"(?:Meanwhile|However|Also|Besides|Moreover|Earlier|Later|Then|Likewise|Similarly|"
                          r"Furthermore|Elsewhere|Previously|Recently|Today|Yesterday)\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# the "in/at" that puts what follows as a scene: "took place at the Bolshoi Theatre in Moscow", "In Vientiane,"
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$", re.I)


def _cut_desc(text, lo, hi) -> int:
    """Where the description [lo, hi) stops telling the person himself (module fixer note)."""
    cut = _DESC_CUT_RE.search(text, lo, hi)
    return cut.start() if cut is not None else hi


def _foreign_scene(vx, text, countries, lo, hi, home) -> bool:
    """Whether [lo, hi) puts a scene abroad: "in/at <foreign country or town>" ("held in Moscow", "In Vientiane,")."""
    for m in countries.between(lo, hi):
        if m.iso3 != home and _LOCATIVE_BEFORE_RE.search(text, max(lo, m.start - 40), m.start):
            return True
    for pl in vx.places.find(text, lo, hi):
        if pl.iso3 and pl.iso3 != home and _LOCATIVE_BEFORE_RE.search(text, max(lo, pl.start - 40), pl.start):
            return True
    return False


def _other_year(text, lo, hi, published) -> bool:
    """Whether [lo, hi) tells a year other than the publication's (a past trip recalled)."""
    return any(int(y.group()) != published.year for y in _YEAR_RE.finditer(text, lo, hi))


class Kcna13Words:
    """The word lists of ``visit_kcna13.csv``, compiled."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_kcna13.csv"), ("kind", "word"), {"kind": _KINDS})

        def alt(kind):
            words = sorted((re.escape(r["word"]) for r in rows if r["kind"] == kind), key=len, reverse=True)
            return "|".join(w.replace(r"\ ", r"\s+") for w in words) or "(?!)"

        groups = alt("group_noun")
        # "foreigners", "foreign guests", "personages of different countries", "delegates from various countries"
        self.group_re = re.compile(
            rf"\b(?:foreign\s+(?:{groups})|foreigners|(?:{groups})(?:\s+and\s+\w+)?\s+(?:of|from)\s+"
            r"(?:different|various|many|several|other)\s+countries)\b", re.I)
        self.visit_re = re.compile(rf"\b(?:{alt('visit_cue')})\b", re.I)
        speech = alt("speech_verb")
        self.speaker_re = re.compile(
            rf"[\s,]*(?P<name>{_NAME}),\s+(?P<role>[^\n]{{3,250}}?),\s+(?:{speech})\b")
        # (s18) two more shapes of a quoted guest: no name ("A member of the Vietnamese government delegation said
        # that"), and a relative clause for the description ("X who was head of an Indian cultural delegation noted",
        # "X who visited the DPRK at the head of a Pakistani delegation said"): the stay is over, so undated
        self.nameless_re = re.compile(
            rf"[\s,]*(?P<name>(?-i:A|An|The|One)\s+(?:\w+\s+){{0,2}}?(?:{alt('speaker_head')}))\s+"
            rf"(?P<role>of\s+[^\n]{{3,200}}?),?\s+(?:{speech})\b")
        self.who_re = re.compile(
            rf"[\s,]*(?P<name>{_NAME})\s+who\s+(?:was|visited\s+(?:the\s+)?(?:DPRK|country|here)\s+(?:as|at))\s+"
            rf"(?P<role>[^\n]{{3,250}}?),?\s+(?:{speech})\b")
        # (s18) the trip told before the crowd: "After enjoying the mass games, foreigners expressed ..."
        self.after_cue_re = re.compile(rf"\b(?-i:A|a)fter\s+(?:{alt('after_cue')})\b", re.I)
        # "<subject> and other foreigners / foreign guests <...> visited": the subject opens the sentence
        self.other_re = re.compile(
            rf"\s+and\s+(?:many\s+)?other\s+(?:foreign\s+(?:{groups})|foreigners)\b", re.I)
        self.site_re = re.compile(rf"\b(?:{alt('site_verb')})\b", re.I)
        self.posted_re = re.compile(rf"\b(?:{alt('posted_word')})\b", re.I)
        kin = alt("kin_head")
        # "Family members of A, B and C, Chinese related to ...", "Zhou Wei, daughter of Zhou Baozhong, ...": a
        # subject that opens its sentence with a relative (the name part bounded: one try per sentence)
        self.kin_re = re.compile(rf"[\s,]*(?:(?i:{kin})\s+of\b|{_NAME},\s+(?:a\s+|the\s+)?(?i:{kin})\s+of\b)")
        orgs = sorted((re.escape(r["word"]) for r in rows if r["kind"] == "home_org"), key=len, reverse=True)
        self.home_org_re = re.compile(rf"(?<![\w.])(?:{'|'.join(orgs) or '(?!)'})(?![\w])")
        # "Talks were held between the delegations of", "Talks between delegations of the Central Committees of"
        self.talks_between_re = re.compile(
            r"\btalks\s+(?:were\s+held\s+|took\s+place\s+)?between\s+(?:the\s+)?(?:two\s+)?delegations\s+of\b", re.I)
        # the venue: "in <Place>" closing the clause ("in Myanmar on June 14.", "were held in Vientiane on Tuesday")
        self.venue_re = re.compile(r"\bin\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
                                   r"(?=\s+on\b|\s+from\b|\s*[.,;]|\s*$)")
        # the next conjunct of a subject: ", and the family of", ", and X, son of"
        self.conjunct_re = re.compile(r",?\s+and\s+(?=(?:the\s+)?(?-i:[a-zA-Z]))")


    def gate(self, text: str) -> bool:
        """Whether a story with no travel word may still tell a guest here ("and other foreign guests", "expressed
        condolences before the bier")."""
        return self.other_re.search(text) is not None or self.site_re.search(text) is not None


def _month_of(day: dt.date) -> DateSpan:
    return DateSpan(day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month", "")


_AGAINST_RE = re.compile(r"(?:anti|pro|counter)\s*[-‐－–]\s*$", re.I)
# a demonym that names a language or a field, not a people: "the Chinese language department", "Russian studies"
_FIELD_AFTER_RE = re.compile(r"\s+(?:language|languages|studies|literature|medicine|cuisine|history|affairs|politics|issues?|art|music)\b", re.I)


class _Countries:
    """The country mentions of a story in text order, read by span with bisection (a story of 1,500 speakers is not
    quadratic)."""

    def __init__(self, mentions):
        self.ordered = sorted((m for m in mentions if m.kind == "country" and m.iso3), key=lambda m: m.start)
        self.starts = [m.start for m in self.ordered]

    def between(self, lo, hi):
        return self.ordered[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


def _foreign_iso(mentions, lo, hi, home, text="") -> str | None:
    """The one foreign country the mentions in [lo, hi) name ("of Benin", "Chinese", "in the U.S."); None when none or
    several, or when the home country is among them. "anti-Japanese struggle" names a cause, not a people.
    ``mentions``: a list, or a ``_Countries`` index of them."""
    if isinstance(mentions, _Countries):
        mentions = mentions.between(lo, hi)
    isos = {m.iso3 for m in mentions if m.kind == "country" and m.iso3 and lo <= m.start < hi
            and not _AGAINST_RE.search(text, max(0, m.start - 8), m.start)
            and not (m.alias_kind == "demonym" and _FIELD_AFTER_RE.match(text, m.end))}
    if home in isos or len(isos) != 1:
        return None
    return next(iter(isos))


def _abroad(vx, text, mentions, lo, hi, home) -> bool:
    """Whether [lo, hi) names a foreign country, capital or town ("in Hanoi", "in Shenyang", "in China")."""
    if isinstance(mentions, _Countries):
        mentions = mentions.between(lo, hi)
    if any(m.kind == "country" and m.iso3 and m.iso3 != home and lo <= m.start < hi for m in mentions):
        return True
    return any(p.iso3 and p.iso3 != home for p in vx.places.find(text, lo, hi))


# "Vientiane, May 5 (KCNA) --": the agency's dateline (place, month, day, the agency in capitals in brackets)
_AGENCY_DATELINE_RE = re.compile(r"\s*(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}),\s+"
                                 r"(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}\s+\((?-i:[A-Z]{2,8})\)")


def _home_story(vx, text="", mentions=()):
    """The home country of the story's source, or None (no home, or a dateline abroad: "Vientiane, May 5 (KCNA) --"
    puts the story's sites there)."""
    home = getattr(vx, "_home_now", None)
    if not home:
        return None
    scene = vx._scene[0] if getattr(vx, "_scene", None) is not None else None
    if scene is not None and scene.iso3 and scene.iso3 != home[1]:
        return None
    line = _AGENCY_DATELINE_RE.match(text)
    if line is not None and _abroad(vx, text, mentions, line.start("place"),
                                    line.end("place"), home[1]):
        return None
    return home[1]


def _after_dateline(text: str, s: int) -> int:
    """Where the story's first sentence starts once the agency's dateline is skipped ("Pyongyang, May 5 (KCNA) -- ")."""
    line = _AGENCY_DATELINE_RE.match(text) if s == 0 else None
    if line is None:
        return s
    dash = re.compile(r"\s*(?:--|—|–|-)?\s*").match(text, line.end())
    return dash.end()


def _lede_day(vx, text, s, e, published):
    """The one day the lede tells (past), else None."""
    days = [d for d in vx._undateline(vx.dates.find(text[s:e], published, future=False, offset=s)) if d.precision == "day"]
    return days[0] if len(days) == 1 and days[0].start <= published else None


def _guest_record(vx, host, iso, name, s, e, si, date, how, mentions=(), sentence=None):
    """An occurred visit of ``iso`` to ``host``: the person named at ``s`` when a mention of him starts there and
    gives no other country ("Meng Jianzhu, state councilor ... of China"), else the country itself. ``sentence``: the
    bounds of the sentence that tells it, the record's evidence (s18: before, the evidence was the name alone)."""
    from .visits import Party, Record
    person = next((m for m in mentions if m.kind == "person" and m.start == s and m.iso3 in (None, iso)), None)
    party = (Party(person.start, person.end, person.actor_id, person.name, iso, "person") if person is not None
             else Party(s, e, f"country:{iso}", name, iso, "country"))
    rec = Record(party, host, "occurred", "042", 0.6, sentence or (s, e), si, None, None)
    rec.date = date
    rec.preset = True
    rec.history.append(how)
    return rec


def _told_country(records, host, iso) -> bool:
    return any(r.host_iso3 == host and not r.is_domestic and r.status == "occurred" and r.visitor.iso3 == iso
               for r in records)


def guest_voices(vx, text, sentences, mentions, records, published) -> None:
    """Speakers quoted after a lede about a crowd of guests here: one occurred visit per country (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or not sentences:
        return
    words: Kcna13Words = vx._kcna13
    countries = _Countries(mentions)
    s0, e0 = sentences[0]
    s0 = _after_dateline(text, s0)
    lede = text[s0:e0]
    group = words.group_re.search(lede)
    if group is None:
        return
    cue = words.visit_re.search(lede, group.end())
    if cue is None:
        cue = words.after_cue_re.search(lede, 0, group.start())  # (s18) "After enjoying X, foreigners expressed"
        if cue is None or _FUTURE_RE.search(lede, cue.end(), group.start()) is not None:
            return
    elif _FUTURE_RE.search(lede, group.end(), cue.end()) is not None:
        return
    if _abroad(vx, text, countries, s0, e0, home):
        return  # (a place abroad in the lede: "foreigners visited the DPRK embassy in Moscow")
    # (fixer s13) a lede that denies, wishes, plans, recalls another year or tells residents
    # (the lede up to its reported clause: "expressed conviction that it would emerge" is no plan)
    said = re.compile(r"\bthat\b").search(text, s0 + max(cue.end(), group.end()), e0)
    le = said.start() if said is not None else e0
    if (_UNREAL_RE.search(text, s0, le) or _FUTURE_RE.search(text, s0, le) or _RESIDENT_RE.search(text, s0, le)
            or _other_year(text, s0, le, published)):
        return
    speakers = [(si, _speaker(words, text, *sentences[si])) for si in range(1, len(sentences))]
    # (fixer s13) the story's narrative, not the speakers' own descriptions or words: no scene abroad, no embassy,
    # pavilion, online show, letter or tour ("The performance took place at the Bolshoi Theatre in Moscow", "Similar
    # exhibitions were held in Moscow and Beijing"); (s18) what a guest says is no scene of the story ("said: the
    # Chinese embassy hung a picture ... the flower won a prize at the expo held in China")
    for lo, hi in _narrative(text, sentences, speakers, s0):
        if _REMOTE_RE.search(text, lo, hi) or _foreign_scene(vx, text, countries, lo, hi, home):
            return
    day = _lede_day(vx, text, s0, e0, published)
    date = day if day is not None else _month_of(published)
    for si, sp in speakers:
        s, e = sentences[si]
        if sp is None or _NOT_NAME_RE.match(sp.group("name")):
            continue
        role = sp.group("role")
        if ((_HOME_WORD_RE.search(role) or words.home_org_re.search(role)) and not _SEATED_ABROAD_RE.search(role)) \
                or words.posted_re.search(role):
            continue
        if _FOREIGN_SAY_RE.match(text, sp.end(), min(e, sp.end() + 60)) is not None:
            continue  # ("said in a statement": a voice from abroad)
        if _REMOTE_SAY_RE.match(text, sp.end(), min(e, sp.end() + 60)) is not None:
            continue  # (fixer s13: "said in the letter", "told KCNA by phone")
        iso = _foreign_iso(countries, sp.start("role"), _cut_desc(text, sp.start("role"), sp.end("role")), home, text)
        if iso is None or _told_country(records, home, iso):
            continue
        # (s18) "X who was head of the delegation said": the stay is over and the story tells no day of it
        when = None if sp.re is words.who_re else date
        records.append(_guest_record(vx, home, iso, sp.group("name"), sp.start("name"), sp.end("name"), si, when,
                                     "kcna13-guest-voices", mentions, sentence=sentences[si]))


def _speaker(words: Kcna13Words, text: str, s: int, e: int):
    """The quoted guest opening sentence [s, e): "X, <role>, said", "A member of <role> said", "X who was <role>
    said"; None when the sentence opens otherwise."""
    return (words.speaker_re.match(text, s, e) or words.nameless_re.match(text, s, e)
            or words.who_re.match(text, s, e))


# (s18) a sentence that carries a guest's words, not the story's narrative: first or second person ("I", "we", "our"),
# or a speech verb of "he/she" ("..., he stressed", "He said that ...")
_QUOTE_LINE_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|[Yy]ou|[Yy]our)\b|(?:^|,\s*|\s)(?:he|she|He|She)\s+"
                            r"(?:said|stressed|noted|added|underlined|emphasized|emphasised|remarked|stated|went\s+on)\b")
_COLON_AFTER_RE = re.compile(r"\s*:")
# a society seated abroad whatever its name says ("the Korean Friendship Association headquartered in Spain"): its
# country is the one named after it (``_foreign_iso`` still needs exactly one foreign country in the description)
_SEATED_ABROAD_RE = re.compile(r"\b(?:headquartered|based|seated|registered)\s+in\b")


def _narrative(text, sentences, speakers, s0):
    """The spans of the story a guard must read (``guest_voices``): the lede up to the first speaker's description,
    each speaker's name, and every later sentence that is not a guest's words: not the rest of a speaker's
    sentence, not a line that follows "said:" up to the next speaker, not a line in the first person or closed by
    "he said"."""
    spans = []
    lo = s0
    quoting = False
    for si, sp in speakers:
        s, e = sentences[si]
        if sp is not None:
            spans.append((lo, sp.start("role")))
            quoting = _COLON_AFTER_RE.match(text, sp.end()) is not None
            lo = e
            continue
        if quoting or _QUOTE_LINE_RE.search(text, s, e):
            if lo < s:
                spans.append((lo, s))
            lo = e
            continue
    spans.append((lo, len(text)))
    return [(a, b) for a, b in spans if a < b]


def other_guests(vx, text, sentences, mentions, records, published) -> None:
    """"X and other foreigners visited ...": X's country visits the home country (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None:
        return
    words: Kcna13Words = vx._kcna13
    countries = _Countries(mentions)
    gate = literal_gate(words, "other_re")  # perf s18: the joint's literal words looked for first, by sentence (exact)
    ascii_low = text.lower() if text.isascii() else None
    for si, (s, e) in enumerate(sentences):
        if not gate.may_match_range(ascii_low, s, e):
            continue
        s = _after_dateline(text, s)
        joint = words.other_re.search(text, s, e)
        if joint is None or joint.start() - s > 400:
            continue
        subject = text[s:joint.start()]
        if words.posted_re.search(subject):
            continue
        verb = words.site_re.search(text, joint.end(), e)
        if verb is None or _FUTURE_RE.search(text, joint.end(), verb.end()) is not None:
            continue
        # (fixer s13) no denial or cancelled plan, no residents after the joint ("other foreign guests working in the
        # DPRK"), no embassy, online show or letter, no scene abroad before the subject ("In Vientiane, ..."), no
        # other year ("visited ... in 2018")
        if (_UNREAL_RE.search(text, s, e) or _RESIDENT_RE.search(text, joint.end(), verb.start())
                or _REMOTE_RE.search(text, s, e) or _foreign_scene(vx, text, countries, s, s + 60, home)
                and re.match(r"\s*(?:In|At)\b", text[s:s + 5]) or _other_year(text, s, e, published)):
            continue
        # the clause from the verb on names no foreign place ("visited the embassy in Beijing"); the guests listed
        # between ("and overseas Koreans including a delegation of Koreans in Japan") may name theirs
        if _abroad(vx, text, countries, verb.start(), e, home):
            continue
        day = _lede_day(vx, text, verb.start(), e, published)
        date = day if day is not None else _month_of(published)
        # "A delegation of X, a fisheries representative of Russia, a delegation of a firm in Jilin Province, China and
        # other foreign guests ...": each listed guest by its own country (a piece naming the home country is skipped)
        lo = s
        for cut in [*_PIECE_RE.finditer(text, s, joint.start()), None]:
            hi = cut.start() if cut is not None else joint.start()
            if not _HOME_WORD_RE.search(text, lo, hi) and not words.home_org_re.search(text, lo, hi):
                iso = _foreign_iso(countries, lo, _cut_desc(text, lo, hi), home, text)
                if iso is not None and not _told_country(records, home, iso):
                    records.append(_guest_record(vx, home, iso, text[lo:hi].strip(" ,"), lo, hi, si, date,
                                                 "kcna13-other-guests", sentence=sentences[si]))
            if cut is not None:
                lo = cut.end()


def kin_guests(vx, text, sentences, mentions, records, published) -> None:
    """Relatives of foreign veterans at a site here: one occurred visit per country of the subject (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None:
        return
    words: Kcna13Words = vx._kcna13
    countries = _Countries(mentions)
    for si, (s, e) in enumerate(sentences):
        s = _after_dateline(text, s)
        if words.kin_re.match(text, s, e) is None:
            continue
        verb = words.site_re.search(text, s, min(e, s + 400))
        if verb is None or _FUTURE_RE.search(text, s, verb.end()) is not None:
            continue
        subject = text[s:verb.start()]
        if _HOME_WORD_RE.search(subject) or words.home_org_re.search(subject) or words.posted_re.search(subject):
            continue
        # (fixer s13) the verb inside a relative clause still open ("Relatives of X, who visited Pyongyang in 2010,
        # sent ..."); a wish, a denial; a letter or an embassy; a past year
        rel = None
        for rel in re.finditer(r"\b(?:who|which|that)\b", subject):
            pass
        if rel is not None and "," not in subject[rel.end():]:
            continue
        if (_UNREAL_RE.search(text, s, e) or _REMOTE_RE.search(text, s, e) or re.search(r"\bthrough\s+the\b", text[s:e])
                or _other_year(text, s, e, published)):
            continue
        if _abroad(vx, text, countries, verb.start(), e, home):
            continue  # (a site abroad: "laid flowers at the cemetery in Shenyang")
        # a subject's country read from "anti-Japanese struggle" by the back-off is a cause, not a traveller
        records[:] = [r for r in records if not (r.sentence_index == si and s <= r.visitor.start < verb.start()
                                                 and _AGAINST_RE.search(text, max(0, r.visitor.start - 8), r.visitor.start))]
        day = _lede_day(vx, text, s, e, published)
        date = day if day is not None else _month_of(published)
        lo = s
        for cut in [*words.conjunct_re.finditer(text, s, verb.start()), None]:
            hi = cut.start() if cut is not None else verb.start()
            deed = _KIN_CUT_RE.search(text, lo, hi)
            iso = _foreign_iso(countries, lo, deed.start() if deed is not None else hi, home, text)
            if iso is not None and not _told_country(records, home, iso):
                records.append(_guest_record(vx, home, iso, text[lo:hi].strip(" ,"), lo, hi, si, date, "kcna13-kin-guests",
                                             sentence=sentences[si]))
            if cut is not None:
                lo = cut.end()


_CLAUSE_END_RE = re.compile(r";|,\s+(?:as|which|who|after|while|when|where|but|following)\b", re.I)
_SIDES_CUT_RE = re.compile(r"\b(?:which|who|that|on|about|over|concerning|regarding)\b", re.I)
_PIECE_RE = re.compile(r",\s+(?=(?:a|an|the)\s)|\s+and\s+(?=(?:a|an|the)\s)", re.I)
_COMPATRIOTS_RE = re.compile(r"\b(?:Koreans?|Korean\s+[Rr]esidents|[Cc]ompatriots)\s+(?:living\s+|resident\s+)?$")


def talks_abroad(vx, text, sentences, mentions, records, published) -> None:
    """Talks of the home country's delegation at a venue abroad: its occurred trip there (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or "talks" not in text.lower():
        return
    words: Kcna13Words = vx._kcna13
    countries = _Countries(mentions)
    for si, (s, e) in enumerate(sentences):
        s = _after_dateline(text, s)
        between = words.talks_between_re.search(text, s, e)
        if between is None or _FUTURE_RE.search(text, s, e) is not None:
            continue
        if "held" not in text[s:e] and "took place" not in text[s:e]:
            continue
        if _UNREAL_RE.search(text, s, e):
            continue  # (fixer s13: "No talks were held", "was a false report; the talks were postponed")
        # (fixer s13) the venue is told in the talks' own clause, not in a later one ("..., as agreed in Beijing")
        clause = _CLAUSE_END_RE.search(text, between.end(), e)
        ce = clause.start() if clause is not None else e
        venue = None
        for v in words.venue_re.finditer(text, between.end(), ce):
            venue = v  # (the last "in <Place>" of the clause: the venue, after the two sides' names)
        if venue is None or _COMPATRIOTS_RE.search(text, max(s, venue.start() - 30), venue.start()):
            continue
        sides = text[between.end():venue.start()]
        if words.posted_re.search(sides):
            continue
        # (fixer s13) the sides end where a topic or a relative clause starts ("on the DPRK", "which discussed ...")
        topic = _SIDES_CUT_RE.search(text, between.end(), venue.start())
        se = topic.start() if topic is not None else venue.start()
        home_side = words.home_org_re.search(text, between.end(), se) is not None or any(
            m.iso3 == home and between.end() <= m.start < se for m in mentions)
        if not home_side:
            continue
        ps, pe = venue.start("place"), venue.end("place")
        isos = {m.iso3 for m in countries.between(ps, pe)}
        if not isos:
            isos = {p.iso3 for p in vx.places.find(text, ps, pe) if p.iso3}
        if len(isos) != 1 or home in isos:
            continue
        host = next(iter(isos))
        if _told_country(records, host, home):
            continue
        day = _lede_day(vx, text, venue.end(), e, published) or _lede_day(vx, text, s, e, published)
        date = day if day is not None else _month_of(published)
        from .visits import Party, Record
        rec = Record(Party(between.start(), between.end(), f"country:{home}", home, home, "country"), host, "occurred",
                     "042", 0.6, (s, e), si, None, None)
        rec.date = date
        rec.preset = True
        rec.history.append("kcna13-talks-abroad")
        records.append(rec)


# (s18) a speaker's description that puts him here on a visit: "head of the visiting art group of ... of China", "a
# member of the Nigerian delegation on a visit to the DPRK" (not an academic title: "visiting professor of Qinghua
# University of China")
_VISITING_ROLE_RE = re.compile(r"\bvisiting\b(?!\s+(?:professor|scholar|fellow|lecturer|researcher|research)\b)|\bon\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?visit\s+to\s+(?:the\s+)?"
                               r"(?:DPRK|D\.P\.R\.K\.?|country|Korea)\b|\bnow\s+(?:in|visiting)\s+(?:the\s+)?DPRK\b")
# "..., said X, chief of the ensemble of the Russian Ministry, when interviewed by KCNA Monday before his departure from
# the DPRK": a guest who spoke as he left
_DEPARTING_RE = re.compile(r"\b(?:before|on|upon|prior\s+to)\s+(?:(?:his|her|their)\s+(?:departure|leaving)\s+(?:from\s+)?"
                           r"(?:the\s+DPRK|D\.P\.R\.K\.?|here|Pyongyang|the\s+country)|returning\s+home|leaving\s+for\s+home"
                           # s22: "X, ..., gave an interview to KCNA on Friday before leaving Pyongyang" (no possessive)
                           r"|(?:leaving|departing\s+from)\s+(?:the\s+DPRK|Pyongyang|here))\b")
# s21: the guest as the subject: "X, head of the Japanese delegation of ..., had an interview with KCNA at the hotel on
# Monday before returning home"
_FOREIGN_GROUP_RE = re.compile(r"\b(?:the|a)\s+(?-i:[A-Z])[\w-]*\s+(?:delegation|group|troupe|team)\b")
_SUBJECT_INTERVIEWED_RE = re.compile(r",\s+(?:had\s+an\s+interview\s+with|was\s+interviewed\s+by|gave\s+an\s+interview\s+to)\s+"
                                     r"(?-i:[A-Z]{2,6})\b")
_INVERTED_SAID_RE = re.compile(r"\b(?:said|says|told|noted|stressed|added)\s+(?-i:[A-Z])")


def _cut_desc_unquoted(text, lo, hi) -> int:
    """``_cut_desc``, but a cut word inside a quoted title does not cut ("the art group of dance drama "Confetti on
    Silk Road" of the Gansu theatre of China")."""
    pos = lo
    while (cut := _DESC_CUT_RE.search(text, pos, hi)) is not None:
        if text.count('"', lo, cut.start()) % 2 == 0 and text.count("“", lo, cut.start()) == text.count("”", lo, cut.start()):
            return cut.start()
        pos = cut.end()
    return hi


def visiting_speakers(vx, text, sentences, mentions, records, published) -> None:
    """(s18) A guest described as on a visit here, anywhere in an agency's story: "X, head of the visiting art group of
    ... of China, said ...", "A member of the delegation of Benin on a visit to the DPRK said ..."; and one who spoke
    as he left: "..., said X, chief of the ensemble of the Russian ministry, when interviewed by KCNA before his
    departure from the DPRK". One occurred visit of the country his description names (one per country), dated to the
    publication month: the story tells the stay under way or just over, with no day of it. Not when the lede puts
    the story abroad, nor a description that names the home side or a posted envoy, nor a voice by letter or phone."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or not sentences or not (
            "visiting" in text or "visit to" in text or "departure" in text or "now in" in text or "returning home" in text or "for home" in text
            or "leaving" in text or "departing from" in text):
        return
    words: Kcna13Words = vx._kcna13
    countries = _Countries(mentions)
    s0, e0 = sentences[0]
    s0 = _after_dateline(text, s0)
    if _foreign_scene(vx, text, countries, s0, e0, home):
        return  # (a lede abroad: "The DPRK troupe performed in Beijing. X, director of the Chinese theatre, said")
    date = _month_of(published)
    for si, (s, e) in enumerate(sentences):
        if _VISITING_ROLE_RE.search(text, s, e) is None and _DEPARTING_RE.search(text, s, e) is None:
            continue  # (neither shape can hold: the speaker patterns are not tried on every sentence)
        sp = _speaker(words, text, s, e)
        if sp is not None and not _NOT_NAME_RE.match(sp.group("name")) and (
                _VISITING_ROLE_RE.search(text, sp.start("role"), sp.end("role")) is not None
                or _DEPARTING_RE.search(text, s, e) is None):  # (s21: else the departing shapes below)
            lo, hi = sp.start("role"), _cut_desc_unquoted(text, sp.start("role"), sp.end("role"))
            if _VISITING_ROLE_RE.search(text, sp.start("role"), sp.end("role")) is None:
                continue
            if _REMOTE_SAY_RE.match(text, sp.end(), min(e, sp.end() + 60)) or _FOREIGN_SAY_RE.match(
                    text, sp.end(), min(e, sp.end() + 60)):
                continue
            name_lo, name_hi, name = sp.start("name"), sp.end("name"), sp.group("name")
        else:
            dep = _DEPARTING_RE.search(text, s, e)
            said = _INVERTED_SAID_RE.search(text, s, dep.start()) if dep is not None else None
            subj = _SUBJECT_INTERVIEWED_RE.search(text, s, dep.start()) if dep is not None and said is None else None
            if said is not None:
                lo, hi = said.end() - 1, dep.start()
            elif subj is not None and text.find(",", (s1 := _after_dateline(text, s)), subj.start()) > s1:
                lo, hi = s1, subj.start()  # (s21) the subject and its description before the verb (s22: not the dateline)
            else:
                continue
            name_lo, name_hi, name = lo, lo, text[lo:hi].split(",")[0].strip()
        role = text[lo:hi]
        # (s21: "head of the Japanese delegation of the ... Council for the Reunification of Korea": a foreign group
        # named before the body's own words, which may name the home country)
        group = _FOREIGN_GROUP_RE.search(role)
        own = _foreign_iso(countries, lo, lo + group.end(), home, text) if group else None
        if (((_HOME_WORD_RE.search(role) or words.home_org_re.search(role)) and not _SEATED_ABROAD_RE.search(role))
                and own is None) or words.posted_re.search(role) or _RESIDENT_RE.search(role):
            continue
        if _UNREAL_RE.search(text, lo, hi) or _FUTURE_RE.search(text, lo, hi) or _other_year(text, s, e, published):
            continue
        iso = own or _foreign_iso(countries, lo, hi, home, text)
        if iso is None or _told_country(records, home, iso):
            continue
        records.append(_guest_record(vx, home, iso, name, name_lo, name_hi, si, date, "kcna13-visiting-speakers",
                                     mentions, sentence=sentences[si]))
