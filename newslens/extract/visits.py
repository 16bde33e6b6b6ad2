"""Visits: who travels where, when, and what became of it (occurred, planned, invited, cancelled).

Each cue of data/lexicons/visit_cues.csv opens a frame in its sentence: the visitor is looked for
on the left of the cue (nearest person, delegation, "the North Korean leader", "he"), the
destination on the right (country, city, host person, "here"). A meeting in a place settles who
travelled: the side whose country is not the place's. "The meeting never took place" and
"X backed out" refer back to the last visit record of the article.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from types import SimpleNamespace
from dataclasses import dataclass, field, replace

from .dates import FUTURE_RE, MONTHS, PAST_RE, DateResolver, DateSpan, _month_end, has_past_form
from .lexicons import alternation as _alternation, lexicon_dir, lexicon_file, read_rows
from .mentions import ON_A_VISIT_RE, Mention, mentions_by_sentence
from .places import COMMON_PLACE_WORDS, Place, PlaceFinder
from .regex_gate import RegexGate, literal_gate  # perf s18
from .registry import Registry
from .text import slug, stable_id
from .visit_hosts import HostWords, indirect_hosts
from .visit_revisions import RevisionWords, called_off, declined, due_day, invitations, none_attend, pending
from .visit_rosters import RosterWords, conjunct_visitors, person_rosters
from .visit_scene_arrivals import _FRONTED_GATE_RE
from .visit_stays import StayWords, here_scene, lead_subject, past_stays, since_named
from .visit_long_wire import LongWire
from .visit_wire12 import (Wire12Words, appositive_role, ending_ahead, female_referent, scene_attended, lede_day_for_scene_trips, onward_leg_of_plan, onward_leg_start,
                           participle_is_modifier, topic_possessive)
from .visit_summit import SummitWords, scene_rosters
from .visit_wire13 import Wire13Words, wire13_passes
from .visit_wire14 import Wire14Words, colon_scene, wire14_passes
from .visit_kcna13 import _HOME_WORD_RE, _OVERSEAS_NOUN, Kcna13Words, guest_voices, kin_guests, other_guests, talks_abroad, visiting_speakers
from .visit_kcna14 import Kcna14Words, present_rosters, visiting_givers
from .visit_kcna16 import Kcna16Words, on_visit_guests, party_guests, referred_givers, visiting_home_delegation
from .visit_refusal14 import RefusalWords, refusal_drops

FRAMES = ("travel", "depart", "meet", "host", "invite_noun", "invite_verb", "cancel", "visiting")
STATUSES = ("occurred", "planned", "invited", "cancelled", "auto")

_GROUP_RE = re.compile(r"\b(?:delegations?|delegates?|exhibitors|mourners|troupe|orchestra|ensemble|team|mission|group|frigate|warship|players|athletes|sportspersons|choir|chorus|squad|contingent|circus|"
                       r"footballers|wrestlers|boxers|gymnasts|weightlifters|skaters|swimmers|judoists|"
                       r"ships?|vessels?|fleet|flotilla|squadron)\b", re.I)
# "of the Asia Society of the United States" up to "led by", a verb, or a comma (at most 400 characters: a group's
# name runs no longer, and an unbounded tail re-read the rest of the sentence for every group noun: quadratic)
_NP_TAIL_RE = re.compile(
    r"(?:\s+(?:of|from|for)\s+[^,;]{0,400}?)(?=\s+(?:led|headed|which|who|that|arrived|arrives|arriving|left|leaves|returned|"
    r"visited|paid|met|will|is|was|were|has|had|on|at|by|here|flew|came|went|goes|laid|lays|toured|(?-i:[a-z]+ed)|"
    r"to\s+(?:attend|visit|take|participate|pay|make|tour|study))\b|[,;.]|$)", re.I)
_LED_BY_RE = re.compile(r"\b(?:led|headed)\s+by\s+", re.I)
# s10 R2: an office holder's sent party right after the office ("the Nepali king's envoy", "the Iraqi president's
# special envoy", "the Lao prime minister's personal representative", "the Cuban leader's delegation"): not the holder
_OWNER_ENVOY_RE = re.compile(
    r"['’]s?\s+(?:(?:special|personal|private|top|chief|senior|official|goodwill|new)\s+){0,2}"
    r"(?:envoys?|emissar(?:y|ies)|representatives?|delegations?|delegates?|messengers?|aides?|advisers?|advisors?|"
    r"spokes(?:man|woman|person))\b", re.I)
_ROLE_REF_RE = re.compile(
    r"(?:(?:defen[cs]e|foreign|prime|deputy|vice|trade|economy|finance|energy|unification|top|supreme|former|new|special|chief|senior)\s+){0,2}"
    r"\b(?:leader|president|premier|prime\s+minister|foreign\s+minister|minister|chairman|king|head\s+of\s+state|envoy|counterpart|official|"
    r"secretary|commander)s?\b",
    re.I)
_ROLE_OF_RE = re.compile(
    r"\b(?P<det>the|a|an)\s+(?:visiting\s+)?(?:[\"“](?=[^\"”]{0,80}[\"”]\s+of\s))?(?P<role>(?:(?:defen[cs]e|foreign|prime|deputy|vice|trade|"
    r"economy|finance|energy|special|personal|presidential|first)[\s-]+){0,2}"
    r"(?:leader|president|premier|prime\s+minister|minister|chairman|king|emir|envoy|head\s+of\s+state))"
    # (round 17: a quoted title, "the \"special envoy for the human rights issue in north Korea\" of the U.S. State Department")
    r"(?:\s+(?:for|on)\s+[^\"”]{1,70}[\"”])?\s+of\s+(?:the\s+)?"
    # (round 17: "a vice-minister of Defense of Japan": a portfolio between the office and its country)
    r"(?P<portfolio>(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+)?){0,3}?(?:(?-i:[A-Z])[\w'’-]*\s+of\s+(?:the\s+)?)?)"
    r"(?:(?:government|kingdom|republic)\s+of\s+(?:the\s+)?)?", re.I)
_SUBORDINATE_HE_RE = re.compile(r"\b(?:when|where|after|before|while|because|until|as|and|but)\s+$", re.I)
_WHEN_CLAUSE_RE = re.compile(r",\s*when\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_OPENING_TITLE_RE = re.compile(r"\s*(?:(?-i:[A-Z])[\w.-]*\s+){0,3}")
_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her|his|it|its)\b", re.I)
_VISIT_NOUN_RE = re.compile(r"\b(?:the|this|that|his|her|their|a)\s+(?:[\w-]+\s+)?(?:meeting|visit|trip|summit|talks|tour|journey)\b", re.I)
# a country's posts abroad: one word list for the embassy checks below
_POST_WORDS = r"embass(?:y|ies)|consulates?"
_EMBASSY_WORDS = _POST_WORDS + r"|missions?"
_EMBASSY_RE = re.compile(rf"\b(?:{_EMBASSY_WORDS}|representation)\b", re.I)
# visits session 8 (`_dated_past_trips`): the head of "the first (visit) by a <nationality> <role> since <Name> in D" that
# names no place: a trip noun (or none) and "by/of" a visitor ("first state visit by an Indian premier", "first by a")
# (visits fix session 8: a capitalised word, the nationality, among the visitor's words: not "his first trip of a busy
# year since X in 2000 urged him")
_SINCE_TRIP_BY_RE = re.compile(r"\s*(?:(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|journey|stop)\s+)?(?:by|of)\s+(?:an?\s+|the\s+)?"
                               r"(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?(?-i:[A-Z])[\w.'’-]*\s+(?:[\w.'’-]+\s+){0,3}?", re.I)
# visits session 8: a relative clause on a tour noun right before a leg cue ("a tour that also takes him to X")
_TOUR_THAT_RE = re.compile(r"\b(?:tour|trip|journey|swing)\s+(?:that|which)\s+$", re.I)
# visits session 8 (`_trip_nouns`): "during" before a trip noun's visitor ("during Prime Minister X's stop in P")
_DURING_WHO_RE = re.compile(r"\bduring\s+(?:(?:a|an|the)\s+)?(?:[\w.'’-]+\s+){0,4}$", re.I)
# visits session 8 (`_dedupe`): a country's group told again ("the delegation", "The troupe ..."), a group told as a new
# one ("a delegation of ..."), a leader named for it, and a person named as the head of a group
_GROUP_NOUNS = r"(?:delegations?|troupes?|groups?|teams?|party|parties|ensembles?|missions?)"
# (one capitalised word at most before the noun: "the Russian delegation", "the DPRK delegation"; "the Chinese Red Cross
# delegation" is a group with a name of its own)
_DEFINITE_GROUP_WORD_RE = re.compile(rf"\b(?:the|this|these)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){{0,4}}?"
                                     rf"{_GROUP_NOUNS}\b", re.I)
_INDEFINITE_GROUP_RE = re.compile(rf"\b(?:an?|another|two|three|several)\s+(?:[\w'’-]+\s+){{0,6}}?{_GROUP_NOUNS}\b", re.I)
_HEADED_THE_RE = re.compile(r"\b(?:led|headed)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:delegation|troupe|group|team|party)\b", re.I)
_OTHER_GROUP_RE = re.compile(r"\b(?:also|another|other|second)\b", re.I)
# visits fix session 8: the "been to" cue (visit_cues.csv) told of another ("whose wife had been to", "X's government has
# been to"), or in a conditional ("If X had been to P")
_BEEN_TO_RE = re.compile(r"(?:had|has|have)\s+(?:\w+\s+)?been\s+to\b", re.I)
_BEEN_TO_NOT_RE = re.compile(r"(?:\bwhose\s+(?:[\w-]+\s+){1,2}|['’]s\s+(?-i:[a-z])[\w-]*\s+)(?:\w+\s+)?$", re.I)
_BEEN_TO_IF_RE = re.compile(r"\b(?:if|unless|whether)\s+[^,;]*$", re.I)
# visits fix session 8: "X, who led the delegation"; a group noun with its lower-case modifiers ("the military delegation")
_WHO_HEADED_RE = re.compile(r"\s*,\s*who\s+(?:\w+\s+)?(?:led|leads|headed|heads)\s+the\b", re.I)
_GROUP_PHRASE_RE = re.compile(rf"\b(?:(?-i:[a-z])[\w'’-]*\s+){{0,4}}{_GROUP_NOUNS}\b")
_HEADED_BY_BEFORE_RE = re.compile(r"\b(?:led|headed)\s+by\s+(?:(?:its|his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,8}?$", re.I)
# visits session 8: a departure told in the simple present with its destination ("leaves Khartoum on Wednesday for Tunis")
_LEAVES_HOME_RE = re.compile(r"[^.;,]{0,40}?\bfor\s+home\b", re.I)  # (visits fix session 8)
_PRESENT_LEAVES_RE = re.compile(r"(?:leaves|departs)\b", re.I)
_LEAVES_FOR_RE = re.compile(r"[^.;,]{0,40}?\bfor\s+(?:the\s+)?(?-i:[A-Z])")
_CLAUSE_BREAK_RE = re.compile(r",|;|\s[—–]\s|\(|\bbut\b|\bwhile\b|\bafter\b|\bbefore\b|\bwhere\b")
_AHEAD_RE = re.compile(r"\b(?:ahead\s+of|before|upcoming|forthcoming|planned|proposed|possible|expected)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# s20: a trip noun that is the object of getting ready or of waiting: "we are preparing the Chinese President's official
# visit", "looking forward to the state visit of X": a trip ahead (the trip-noun status of `_sentence`, `_trip_nouns`)
_AWAITED_RE = re.compile(r"\b(?:preparing(?:\s+for)?|prepare\s+for|preparations?\s+for|looking\s+forward\s+to|look\s+forward\s+to|"
                         r"awaiting|await)\s+(?:[\w'’-]+\s+){0,5}(?:[\w'’-]+)?$", re.I)  # (to the cue, "President" of "President's")
# s20: a trip noun phrase whose own predicate is ahead: "The state visit of X to Russia will take place in June"
_TN_AHEAD_AFTER_RE = re.compile(r"\s*(?:,\s*which\s+(?:we|I)\s+(?:are|am)\s+looking\s+forward\s+to\b|(?:[\w'’-]+\s+){0,2}?"
                                r"(?:will\s+(?:take\s+place|be\s+held|begin|start|be\b)|is\s+(?:scheduled|due|expected|set|slated|"
                                r"planned|to\s+take\s+place)\b"
                                # s23: a schedule told in the present ("Hasina's state visit to India begins on Friday")
                                r"|(?:begins|starts|opens|kicks\s+off)\s+(?=on\s|next\s|this\s|tomorrow\b|later\b)))", re.I)
_OBJECT_RE = re.compile(
    r"\b(?:met|meets|meet|meeting|with|by|to|from|for|received|visited|invited|greeted|told|thanked|"
    r"accompanied|and)\s+(?:(?:the|his|her|its)\s+)?(?:[A-Z][\w.-]*\s+){0,3}$"
    r"|\b(?:his|her|their|its)\s+(?:[A-Z][\w.-]*\s+){0,2}(?:and\s+(?:[A-Z][\w.-]*\s+){1,2})?counterparts?,?\s+$")  # (his counterpart X)
_OBJECT_NOT_AND_RE = re.compile(_OBJECT_RE.pattern.replace("|and)", ")"))  # "X and Y arrived": Y is no object
_REL_AGENT_RE = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:that|which)\s+", re.I)
_BY_RE = re.compile(r"\s*(?:[\w-]+\s+){0,6}?by\s+", re.I)
# what `_BY_RE.search` finds, without its leading "\s*" that restarts at every space of a long run (quadratic on
# hostile input): the first "by" and its spaces
_BY_ANYWHERE_RE = re.compile(r"by\s+", re.I)
# s21: a finite verb or relative word between a trip noun and "by": the "by" is another clause's agent
_BY_OTHER_CLAUSE_RE = re.compile(r"\b(?:was|were|is|are|which|that|who|whom|has|have|had|will|would)\b", re.I)
_ANNIVERSARY_RE = re.compile(
    r"\b(?:the\s+)?(?P<n>(?<![\d,.])\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"fifteenth|twentieth|thirtieth|fortieth|fiftieth)\s+anniversary\s+of\b[^.;]*$", re.I)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "thirtieth": 30,
                  "fortieth": 40, "fiftieth": 50}
_NOT_VISIT_DATE_RE = re.compile(
    r"congratulat|statement|posted|released|published|marking|marked|anniversary|letter|message|write-up|said|told|"
    r"\bhail|celebrat|prais|acclaim|article|poem|made\s+public|issued", re.I)
# KCNA s8: "will soon visit", "is soon to pay a visit": a plan the story dates only as near (its publication month)
_SOON_PLAN_RE = re.compile(r"\b(?:will|would|shall|is|are|was|were)\s+(?:(?:also|shortly)\s+)?soon\s+(?:to\s+)?"
                           r"(?:visit|pay|make|travel|leave|go|come|tour|arrive)\b", re.I)
# KCNA s8: a date after the trip introduced by the text that tells of it ("... his visit to Laos in the statement on May 3",
# "in its bulletin dated June 2"): the statement's day
_IN_THE_STATEMENT_RE = re.compile(r"\bin\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+){0,3}?(?:statements?|bulletins?|"
                                  r"articles?|letters?|messages?|editorials?|commentar(?:y|ies)|press\s+releases?|"
                                  r"communiques?|reports?)\b[^.;]{0,60}?\b(?:on|dated|of)\s+$", re.I)
# KCNA s8: a person told as on the move just before "his <trip>": "Kim passing through Jilin in the wake of his visit"
_ON_THE_MOVE_RE = re.compile(r"\s+(?:who\s+(?:is|was)\s+)?(?:passing|transiting|travell?ing|touring|staying|returning|heading|"
                             r"going|coming|on\s+(?:his|her)\s+way)\b", re.I)
# KCNA s8: "the visits to Russia paid by Kim Jong Il", "a series of trips to China made by ...": the by-agent's trips
_VISITS_TO_PAID_BY_RE = re.compile(r"\b(?:visits?|trips?|tours?)\s+to\s+(?P<dest>[^.;,]{2,60}?)\s+(?:paid|made)\s+by\s+", re.I)
# KCNA s8: the purpose infinitive that closes each group of an inverted departure list
_PURPOSE_TO_RE = re.compile(r"\bto\s+(?:visit|attend|participate\s+in|take\s+part\s+in|tour)\b", re.I)
# KCNA s8: an inverted departure list ("Leaving here today were ...") and the start of its next group
_INVERTED_DEPART_RE = re.compile(r"\s*(?:(?:Also|And)\s+)?(?:Leaving|Departing)\s+(?:here|Pyongyang)\b[^.;]{0,60}?\bwere\s", re.I)
_NEXT_GROUP_RE = re.compile(r"(?:,\s*+|\s++and\s+)(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:delegations?|groups?|troupes?|teams?|"
                            r"party|parties)\b", re.I)
# KCNA s8: a plural group noun right after a demonym ("... and Zambian delegations", "and Cuban government delegations")
_GROUP_PLURAL_RE = re.compile(r"\b(?:delegations|groups|teams|troupes|delegates)\b", re.I)  # (the cheap gate)
_DEMONYM_GROUPS_RE = re.compile(r"\s++(?:(?:government|parliamentary|party|friendship|military|youth|women's|trade|"
                                r"sports|art|press|goodwill|student)\s+){0,2}(?:delegations|groups|teams|troupes|delegates)\b", re.I)
# KCNA s8: a second host named by its region ("the Primorye region of Russia and the Yanbian area of China")
_REGION_OF_JOIN_RE = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:regions?|areas?|provinces?|"
                                r"territor(?:y|ies)|districts?|parts?|cit(?:y|ies))\s+of\s+(?:the\s+)?")
# KCNA s8: trips an authority blocked: "rejected the application of X for a visit to the DPRK", "barred X from
# attending the joint event in Kaesong on June 14"
_REJECTED_VISIT_RE = re.compile(r"\b(?:rejected|turned\s+down|refused|disallowed)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                                r"(?:application|request|bid)s?\b(?P<who>[^.;]{0,120}?)\bfor\s+(?:an?\s+|the\s+)?visits?\s+"
                                r"to\s+(?:the\s+)?", re.I)
_BARRED_ATTEND_RE = re.compile(r"\b(?:barred|prevented|blocked|banned|kept)\s+(?P<who>(?:[\w'’-]+\s+){1,8}?)from\s+"
                               r"(?:attending|taking\s+part\s+in|participating\s+in|joining)\s+(?P<ev>[^.;]{0,120})", re.I)
# KCNA s8: the opening of a quoted title of a gathering ('held the meeting "Glory to ...')
_QUOTED_TITLE_RE = re.compile(r"\b(?:meeting|night|evening|seminar|symposium|gathering|exhibition|event|rally|festival|"
                              r"photo\s+exhibition|film\s+show|lecture)\s+(?:under\s+the\s+title\s+)?[\"“][^\"”]*$", re.I)
# KCNA s8: "after the (historic) Russia visit", "during the current China trip": a country as the trip noun's adjective
_THE_BEFORE_COUNTRY_RE = re.compile(r"\b(?:after|following|during|since|on|of|with|hailing|hailed|about|recalled|recalling|"
                                    r"praised|praising)\s+the\s+"
                                    r"(?:(?:current|historic|recent|successful|last|unofficial|official|latest)\s+){0,2}$", re.I)
_COUNTRY_NOUN_AFTER_RE = re.compile(r"\s+(?:visits?|trips?|tours?)\b(?!\s+(?:of|to)\b)", re.I)
# KCNA s8: a pronoun right after a verb of saying ("The release said that he visited ...")
_REPORTED_PRONOUN_RE = re.compile(r"\b(?:said|says|noted|stressed|recalled|added|wrote|reported|pointed\s+out|underlined|"
                                  r"emphasized|emphasised|mentioned|recollected)\s+(?:that\s+)?$"
                                  r"|\b(?:news|reports?|information|message)\s+that\s+$", re.I)
# KCNA s8: a gift or basket handed over by a bearer "on a visit to" the country (`_gift_bearer`)
_BEARER_HANDED_RE = re.compile(r"\b(?:handed|conveyed|delivered|passed)\b[^.;]{0,80}?\b(?:to\s+an?\s+(?:senior\s+)?official|"
                               r"to\s+officials?)\b", re.I)
_BEARER_HANDED_GATE = RegexGate(_BEARER_HANDED_RE)  # perf s18: its literal words looked for first (exact)
_BEARER_VISIT_RE = re.compile(r"\b(?:(?:now\s+)?on\s+a\s+visit\s+to|(?:now\s+)?visiting)\s+(?:the\s+)?|\b(?P<head>head\s+of\s+the\s+"
                              r"delegation)\b", re.I)
_GIFT_GIVEN_RE = re.compile(r"\b(?:gifts?|(?:floral\s+)?baskets?|bouquets?|presents?)\b", re.I)
_ENVOY_WORD_RE = re.compile(r"\b(?:ambassadors?|embass(?:y|ies)|charg[eé]|attach[eé]s?|consul(?:ate)?|resident\s+here)\b", re.I)
# round 17: a trip noun a sentence praises or reports on ("issued statements on Sept. 5 hailing Kim's successful visits to
# Russia and China", "an article congratulating him on his visit"): the sentence's date is the praise's; the trip
# itself takes only a date of its own phrase ("his visit to Russia in 2001"), else none (not the publication month)
_PRAISED_TRIP_RE = re.compile(r"\bhail|celebrat|congratulat|prais|acclaim|statement|article|poems?\b|write-up|"
                              r"made\s+public|devoted|dealing\s+with"
                              # s17: a message or letter sent after the trip, a lecture given on it ("In the message
                              # Choe expressed thanks ... during his visit to China", "gave a lecture on Sept. 21 on his
                              # visit to the DPRK"): told afterwards, the trip keeps no date of theirs
                              r"|\bmessages?\b|\bletters?\b|\blectures?\b", re.I)
# s17: a trip told as the reference point of a development ("relations are developing after Kim's visit to Vietnam",
# "the friendship is growing strong thanks to Kim Jong Il's visit to China"): a past trip, not the news; with no date of
# its own it stays undated (the gold README: a trip told in passing). Checked on the words before the trip noun.
_REFERENCE_TRIP_RE = re.compile(r"\b(?:after|following|thanks\s+to|owing\s+to|because\s+of)\s+"
                                r"[^,;.]{0,60}?(?:(?:['’]s|\b(?:his|her|their|its))\s+(?:[\w-]+\s+){0,3}?)?$", re.I)
# s17: words telling the sentence is about travel under way (a leg, an arrival, a return): there "after his visit to
# China" is the leg before and the legs rules date it
_TRAVEL_NEWS_WORD_RE = re.compile(r"\b(?:arriv\w*|left|leaves?|leaving|flew|fl(?:y|ies|ying)|return\w*|came|comes?|coming|"
                                  r"head(?:s|ed|ing)|travel\w*|depart\w*|went|goes|go(?:ing)?|moved|mov(?:es|ing)|back|"
                                  r"proceed\w*|stop\w*|continu\w*|wound|wrap\w*|end\w*|pass(?:es|ed|ing)?|transit\w*|"
                                  r"(?:sent|seeing|saw|see)\s+(?:\w+\s+){0,2}off)\b", re.I)
_TRIP_NEWS_RE = re.compile(r"\b(?:returning\s+home|returned\s+home|came\s+back|coming\s+back|winding\s+up|wound\s+up|wrapping\s+up|"
                           r"wrapped\s+up|concluding|concluded|(?:is|are)\s+now|under\s*way|currently|these\s+days|"
                           r"(?:is|are)\s+(?:now\s+)?(?:making|paying|visiting|touring|staying))\b", re.I)
_TRIP_NOUN_CUE_RE = re.compile(r"(?:['’]s|\b(?:his|her|their|its))\s+(?:[\w-]+\s+){0,3}?(?:visits?|trips?|tours?|journey)(?:\s+to)?$|"
                               r"\b(?:visits?|trips?|tours?)\s+(?:paid|made)\s+by$", re.I)
# the invitee's yes: "accepted the invitation", "accepted Kishida's invitation", "the Russian leader accepted.", "Qin
# agreed to visit": the trip is agreed (planned)
# s22: a country named as what talks are about, not where: "talks with Blinken on North Korea", "talks on Ukraine and
# North Korea", "discussed the situation in Syria" (the countries of a list after the topic word too)
_TOPIC_BEFORE_RE = re.compile(
    r"\b(?:talks|discussions?|discussed|negotiations|consultations|dialogue|issues?|tensions|policy|policies|sanctions|"
    r"cooperation|views|concerns?|positions?|briefed\s+(?:him|her|them))\s+(?:[\w.'’-]+\s+){0,8}?"
    r"(?:on|about|over|regarding|concerning)\s+(?:the\s+)?(?:(?:situation|crisis|war|conflict|issue|question|"
    r"programmes?|programs?)\s+(?:in|of|on)\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
    r"(?:,\s+|,?\s+and\s+))*$")
# s22: "X accompanied Y to P" (`_accompanied_to`): the verb, then the one accompanied
_ACCOMPANIED_TO_RE = re.compile(r"\baccompanied\s+(?:(?:the|his|her)\s+)?")
_APPOS_TO_RE = re.compile(r"(?:,[^,;]{1,80},)?\s+to\s+")  # (the one accompanied, an appositive, then "to")
# s22: the next trip noun a cancel verb governs ("a planned stop in A and a visit to B")
_NEXT_TRIP_NOUN_RE = re.compile(r"(?:\s*,)?\s+(?:and|or)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:visits?|trips?|stops?|tours?|legs?)\s+(?:to|in)\s+(?:the\s+)?")
# s22: a second verb of the same subject after a list ("... a visit to Australia and met Albanese in Hiroshima")
_SECOND_VERB_RE = re.compile(r"\s+and\s+(?:then\s+|later\s+|instead\s+)?(?:met|meets|flew|flies|went|goes|held|holds|travelled|traveled|"
                             r"headed|arrived|visited|attended|joined|spoke|signed|returned|stayed|will|would)\b")
# s22: a speech verb told with its place right after it, or after its hearer (`_presence`): "said in Kyiv", "told Putin
# in Moscow", "told a news conference in Riyadh"
_SPEECH_AT_RE = re.compile(r"(?:said|told)(?:\s+(?:reporters|journalists|(?:a\s+|the\s+)?(?:news|press)\s+conference|"
                           # s23: "said at a press conference in Riyadh", "told reporters at a news conference in Minsk"
                           r"(?:reporters\s+)?at\s+(?:a|the|an)\s+(?:joint\s+)?(?:news|press)\s+conference(?:\s+held)?|"
                           r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?))?\s+(?:in|at)\s+(?:the\s+)?", re.I)
_WORLD_BODY_ROLES = frozenset({"Secretary-General of the United Nations"})


def _world_body_term(actor, day) -> bool:
    """(s22) Whether the registry's actor held a world body's office (``_WORLD_BODY_ROLES``) on ``day``."""
    return day is not None and any(t.role in _WORLD_BODY_ROLES and (t.start is None or t.start <= day)
                                   and (t.end is None or day <= t.end) for t in actor.terms)


_ACCEPTED_RE = re.compile(r"\b(?:accepted|accepts|has\s+accepted|took\s+up)\s+(?:the|an|this|that|his|her|their|"
                          r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}['’]s?)\s+(?:[\w-]+\s+)?invitation\b"
                          r"|\b(?:accepted|accepts|has\s+accepted)(?=\s*[.;]|\s*,\s+(?:the|a|an)\s)"
                          r"|\b(?:agreed|agrees|has\s+agreed)\s+to\s+(?:visit|come|go|travel|make\s+the\s+(?:trip|visit))\b"
                          r"(?!\s+(?:ahead|up|on|along|back|forward|further|beyond|together)\b)", re.I)
_FIRST_SINCE_RE = re.compile(
    r"\b(?:first|only)\s+(?:[\w.'’-]+\s+){0,4}?(?:to\s+(?:visit|travel\s+to|come\s+to|go\s+to)|(?:visit|trip)\s+(?:by\s+[^.;]{0,50}?\s+)?to"
    r"|(?:received|welcomed|hosted)\s+as\s+an?\s+(?:state\s+|official\s+)?guest"
    r"|(?:(?:visit|trip|one)\s+)?by\s+an?\s+(?=[^.;]{0,50}?\bsince\s))\b"  # ("..., the first by a Chinese premier since")
    r"[^.;]{0,50}?\bsince\s+(?:then-|former\s+|late\s+)?", re.I)
_SINCE_VERB_RE = re.compile(r"(?:(?:['’]s(?:\s+(?:state\s+|official\s+)?(?:visit|trip))?|\s+(?:went|visited|came|travell?ed|did|was\s+there|paid\s+a\s+visit))"
                            r"(?:\s+(?:to|for|there)\b[^.;,]{0,80}?)?\s+(?:in|on)\s+|,?\s+(?:in|on)\s+(?=(?-i:[A-Z0-9])))", re.I)
# "the last (American president) to ...": one prefix for `_last_to_visit` and `_background_trips`
_LAST_TO = r"\b(?:last|previous|most\s+recent)\s+(?:[\w.'’-]+\s+){0,3}?to\s+"
_LAST_TO_VISIT_RE = re.compile(
    _LAST_TO + r"(?:(?:visit|travel\s+to|go\s+to|set\s+foot\s+in)\s+"
    r"(?P<dest>(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})|(?:visit|come|go\s+there|travel\s+there))"
    r"\s+(?:was|were)\s+(?:then-|former\s+)?", re.I)
# ("The last Chinese leader to visit was President Hu Jintao, in October 2005": no place, the story's trip's host)
_VISIT_BY_RE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+by\s+", re.I)
_WHEN_AFTER_RE = re.compile(r"\s*,?\s+(?:in|on|that)\s+(?=(?:[A-Z]|\d))")
_TOLD_THAT_RE = re.compile(r"\b(?:promised|pledged|vowed|said|says|told|warned|stressed|insisted|argued|claimed)\s+(?:\w+\s+)?that\b", re.I)
_CAPITAL_AFTER_RE = re.compile(r"\s+capital\b")
_DECLINED_RE = re.compile(r"\b(?:declined|declines|declining|rejected|rejects|rejecting|turned\s+down|turns\s+down|refused|refuses)\s+"
                          r"(?:(?:an?|the|his|her|their|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_HOPE_RE = re.compile(r"\b(?:hopes?|hoped|hoping|wish(?:es|ed|ing)?)\s+(?:that\b|(?!to\b|for\b|of\b))[^.;]{0,100}$", re.I)
# s20: a sentence whose subject is a person the registry and the titles do not know ("Jamal Khashoggi, a Saudi
# national, was a columnist"): a "He" after it is that person, not the story's last known subject
_UNKNOWN_NAMED_SUBJECT_RE = re.compile(r"\s*((?-i:[A-Z][a-z'’-]+\s+){1,2}(?-i:[A-Z][a-z'’-]+))(?:,\s+(?:a|an)\s|\s+(?:was|is|had|has|lived|wrote|worked|became)\b)")
# s20: the object of an attend cue that is a meeting "with" someone: its sides are not its place
_WITH_PARTNER_RE = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}?(?:summit|meeting|talks|conference|session|forum|dinner|lunch)\s+with\s", re.I)
# s20: a plural group subject: "Delegations of A and B arrived", "the delegations of Koreans in Japan and China"
_PLURAL_GROUPS_RE = re.compile(r"\bdelegations\s+of\b", re.I)
# s20: a back-off sentence that goes on telling what the subject of the story did: "They also met the members of the
# delegations of ...": on the day a sentence before told (as "Also leaving here were ...")
_BO_THEY_GO_ON_RE = re.compile(r"\s*(?:They|He|She)\s+(?:also|then|later|afterwards)\s")
# s20: an indefinite article before a country's office: "a Russian deputy foreign minister", "a senior U.S. official"
_INDEFINITE_OFFICIAL_RE = re.compile(r"\b(?:an?|another)\s+(?:(?:senior|top|high-ranking|high-level|visiting|junior|leading|"
                                     r"cabinet|government|military|special)\s+){0,2}$", re.I)
# (not after a preposition or a conjunction: "the first visit by a Japanese prime minister", "between ... and a North
# Korean leader" measure or pair a trip told of someone else)
_INDEFINITE_NOT_AFTER_RE = re.compile(r"\b(?:by|of|for|to|with|than|since|from|as|like|when|and|or|between)\s$", re.I)
_KIN_OF_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:sister|brother|wife|husband|son|daughter|father|mother|uncle|aide|"
                        r"envoy|spokesman|spokeswoman|spokesperson|adviser|advisor|deputy)\b", re.I)
# s11: the next leg of a trip, after this one: "before moving on to", "before heading to", "before flying on to"
_BEFORE_NEXT_LEG_RE = re.compile(r"\bbefore\s+(?:moving|heading|going|flying|travell?ing|continuing|pressing|leaving)"
                                 r"\s+(?:on\s+)?(?:to|for)\b", re.I)
# s11: a traveller there now: "..., who is in Seoul for the summit", "..., who is currently visiting Japan"
_WHO_IS_IN_RE = re.compile(r",\s+who\s+(?:is|are)\s+(?:now\s+|currently\s+)?(?:in|visiting)\s+$", re.I)
# s11: a passive meeting ("was met by", "were greeted at the airport by"): the one after "by" is the host at home
_MET_BY_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?(?:met|greeted|welcomed|received)\b"
                               r"[^.;]{0,40}?\bby\s+(?:[\w.'’-]+\s+){0,4}$", re.I)
# s11 fix (R1): a passive visit ("The Mobutu-era palace was visited by Belgian officials", "Mandela Day events in London
# were attended by the Kenyan president"): the subject is the place or thing visited, never a traveller, whoever its
# name modifies or owns; the one after "by" travels. The auxiliary right before the participle; "by" right after it, or
# after a short time or place phrase ("was visited on Tuesday by"); not a means of travel ("visited by train")
_PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:[a-z]+ly\s+|also\s+|later\s+|first\s+|"
                             r"often\s+|once\s+|then\s+|not\s+|never\s+)?$", re.I)
_PASSIVE_PART_RE = re.compile(r"(?:visited|toured|attended)", re.I)
# s20: "Koreans in" of an overseas-Korean body's name, not a break of a group's name ("delegations of the Association of
# Koreans in Brazil and the Federation of Koreans in Australia")
_KOREANS_IN_WORDS_RE = re.compile(rf"\bKoreans?\s+(?:(?:{_OVERSEAS_NOUN}|and|(?-i:[A-Z])[\w'’-]*)\s+){{0,4}}in\b")
# s20: the start of the next member of a list of groups ("..., the delegation of the Party ... of Brazil")
_NEXT_MEMBER_RE = re.compile(r",\s+(?:and\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:delegations?|groups?|troupes?|teams?)\s+of\b", re.I)
# s20: a guest's own appositive, then "and his party" ("X, president of the Y Co., Ltd. of Japan, and his party")
_AND_HIS_PARTY_RE = re.compile(r"(?:,[^;]{0,140}?)?,?\s+and\s+(?:his|her)\s+(?:party|entourage|suite)\b")
_INVERTED_FOR_RE = re.compile(r"\b(?:for|to\s+visit|to)\s+(?=(?:the\s+)?(?-i:[A-Z]))")  # (s20: "Leaving for China ... was X")
# s20 (`_speaking_delegates`): a story opening (after its dateline, if any) on unnamed guests at a site here, and a
# speaker heading a delegation of a country, then a verb of saying ("X, head of the delegation of the Y Foundation of
# Russia, said")
_GUESTS_VISITED_RE = re.compile(r"\s*(?:[^.;\n]{0,60}?\s--\s*)?(?:The\s+)?(?:foreign\s+|overseas\s+)?(?:[Pp]articipants|[Gg]uests|[Pp]ersonages|[Dd]elegates|"
                                r"[Mm]embers|[Vv]isitors)\b[^.;]{0,200}?\b(?:visited|toured|paid\s+(?:a\s+)?visits?\s+to)\b")
_SPEAKER_DELEGATE_RE = re.compile(r"(?-i:[A-Z])[\w'’.-]*,\s+(?:the\s+)?(?:head|chief|leader|member|delegate)\s+of\s+(?:the\s+|a\s+)?"
                                  r"(?:[\w'’-]+\s+){0,3}?delegation\s+of\s+[^,;:]{0,120}?\b(?:of|from)\s+(?:the\s+)?$|"
                                  r"(?-i:[A-Z])[\w'’.-]*,\s+(?:a\s+)?delegate\s+of\s+[^,;:]{0,120}?\b(?:of|from)\s+(?:the\s+)?$")
_SAID_AFTER_RE = re.compile(r"\s*,\s+(?:said|says|noted|stressed|told|remarked|added|wrote|recalled)\b")
_PASSIVE_TRIBUTE_RE = re.compile(r"(?:was|were)\s+(?:also\s+)?(?:laid|placed)\s+before", re.I)  # (visit_backoff.csv rows)
_TRIBUTE_BY_RE = re.compile(r"[^.;:]{0,200}?\bby\s+", re.I)
# lead's s11 check: the plural nouns that make "by <nationality> <noun>" a state's group (not tourists, students, fans)
_PASSIVE_OFFICIAL_NOUNS = frozenset({
    "officials", "ministers", "lawmakers", "legislators", "parliamentarians", "mps", "senators", "congressmen",
    "diplomats", "envoys", "delegates", "delegations", "leaders", "dignitaries", "generals", "commanders", "negotiators",
    "representatives", "deputies", "emissaries", "ambassadors", "officers"})
_BY_NOT_AGENT = (r"(?!(?:train|plane|car|air|sea|road|boat|helicopter|ship|land|bus|rail|motorcade|invitation|chance|video|"
                 r"phone|the\s+(?:way|time|end)|then|now|far)\b)")  # "by train", "by invitation": a means, not an agent
_PASSIVE_BY_RE = re.compile(r"\s+(?:(?:on|in|at|during|last|this|earlier|later|in)\s[^.,;:]{0,50}?\s)?by\s+" + _BY_NOT_AGENT,
                            re.I)
_PASSIVE_BY_NEXT_RE = re.compile(r"\s+by\s+" + _BY_NOT_AGENT, re.I)
# s11 fix (R2): a person's own trip told with "there" after a trip earlier in the same sentence ("Putin's aide flew to
# Ankara and Putin's trip there followed on Tuesday", "Xi's envoy reached Kyiv and Xi travelled there on Friday")
_OWN_TRIP_THERE_RE = re.compile(r"(?:['’]s\s+(?:own\s+|first\s+|state\s+|official\s+){0,2}(?:visit|trip|journey)\s+there|"
                                r"\s+(?:himself\s+|herself\s+|later\s+|then\s+|also\s+)?(?:flew|went|travell?ed|came|arrived)"
                                r"\s+there)\b", re.I)
# (a plan, a doubt or a trip called off after it: "Putin's trip there was cancelled", "Xi will travel there")
_THERE_NOT_DONE_RE = re.compile(r"\b(?:cancel+ed|postponed|called\s+off|scrapped|shelved|delayed|not|never|no\s+longer|will|would|"
                                r"may|might|could|is\s+(?:expected|due|set|planned|scheduled)|was\s+(?:expected|due|set|planned|"
                                r"scheduled)|plans?|planned|hopes?|wants?)\b", re.I)
# s11: a report verb after "X's spokesman": what follows is told of someone else ("... said he would fly to Ankara")
_OWNED_REPORT_RE = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|confirmed|confirms|added|stated|"
                              r"declared|denied|denies|insisted|quoted|according)\b", re.I)
_DAYS_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT = "|".join(_DAYS_WORDS)  # (the number words of a stay's length, one list for every regex below)
_ENDED_TRIP_RE = re.compile(
    r"\b(?:wrap(?:ped|s|ping)?\s+up|end(?:ed|s|ing)|conclud(?:ed|es|ing)|w(?:ou|i)nd(?:s|ing)?\s+up|finish(?:ed|es|ing)|"
    r"round(?:ed|s|ing)?\s+off|cap(?:ped|s|ping))\s+(?:a|an|his|her|their|its|the)\s+(" + _COUNT + r"|\d{1,2})"
    r"-day\b", re.I)
_STAY_RE = re.compile(r"\b(a|an|one|" + _COUNT + r"|\d{1,2})\s+(?:full\s+)?(days?|nights?|weeks?)\s+in\b",
                      re.I)  # "after three days in <place>": a stay that ran up to the day the clause gives
_SAID_RE = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed)\s+(?:on\s+)?$", re.I)
_REPORT_RE = re.compile(r"\b(?:said|says|told|added|reported|according|announced|noted|stressed)\b|;", re.I)
_TWO_RE = re.compile(r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|presidents|heads\s+of\s+state|premiers|prime\s+ministers|"
                     r"foreign\s+ministers|ministers)\b(?!\s+of\b)", re.I)
# "when the three met on the sidelines of ...": the last N people of different countries the story named
_N_MET_RE = re.compile(r"\bthe\s+(?P<n>two|three|four)(?:\s+(?:leaders|presidents|heads\s+of\s+state|premiers|prime\s+ministers|"
                       r"allies|sides|men))?(?=\s+(?:(?:last|first|also|had|have|previously|briefly)\s+)?(?:met|held\s+talks|"
                       r"gathered|convened|talked)\b)", re.I)
_SIGNED_BETWEEN_RE = re.compile(r"(?i:agreement|protocol|memorandum|MOU|minutes|accord|contract)\b[^.;]*\bbetween\s*$")
_GATHER_RE = re.compile(r"\b(?:met|meet|meets|talks|summit|meeting|held|hold|attend\w*|conferred|negotiat\w*|gathered|convened|assembled)\b", re.I)
_HEADLINE_FOR_RE = re.compile(r"\b(?:Leaves|Left|Departs|Leave|Off|Heads|Leaving)\s+(?:for|to)\b|\bto\s+Visit\b", re.I)
_PLURAL_GROUP_RE = re.compile(
    r"\s*(?:the\s+)?(?:[\w()'’-]+\s+){0,6}?(?:leaders|heads\s+of\s+state|heads\s+of\s+government|presidents|"
    r"prime\s+ministers|foreign\s+ministers|ministers|delegations)\b[^,;]*$", re.I)
# round 19: "paid a courtesy call on", "a farewell visit to", "when the latter paid a farewell call"
_ENVOY_CALL_RE = re.compile(r"\b(?:courtesy|farewell)\s+(?:calls?|visits?)\b", re.I)
# fixP round (audit kind 4): "X met Y who paid a courtesy call on him": the one called on is at home receiving
_CALLED_ON_RE = re.compile(r"\b(?:courtesy|farewell)\s+(?:calls?|visits?)\s+(?:on|to)\s+(?:him|her|them)\b", re.I)
# fixV4 (item 1): "X ... in his talk with / received (the) representatives of Y who attended ...": the clause after
# "who" tells the guests' trip, not the host's; Y's party, when named there, is the visitor
_GUEST_WHO_RE = re.compile(
    r"\b(?:with|received|receiving|met|meeting|welcomed|greeted)\s+(?:(?:the|a|an|some|visiting|foreign)\s+)*"
    r"(?:[\w-]+\s+){0,2}?(?:representatives|delegates|delegations?|guests|members|envoys?|ambassadors?|officials|"
    r"visitors|people|personages|figures)\b(?P<of>\s+(?:of|from)\s+[^,;]{1,60}?)?,?\s+who\s+$", re.I)
# fixV4 (item 3): a group named only by its definite noun ("the delegation", "the visiting troupe"), and one of a
# body "headed by him": the group of a visitor the story has already named
_DEFINITE_GROUP_RE = re.compile(r"(?:the|this)\s+(?:visiting\s+)?(?:delegation|group|team|troupe)\b", re.I)
_LED_BY_PRONOUN_RE = re.compile(r"\s*,?\s*(?:headed|led)\s+by\s+(?:him|her)\b", re.I)
# an ambassador's title just before his name: "Ambassador of Niger X", "Nigerian Ambassador X", "DPRK Ambassador X"
_ENVOY_TITLE_BEFORE_RE = re.compile(r"\b(?:[\w'’-]+\s+){0,2}?ambassador(?:\s+(?:of|to)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*"
                                    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})?\s+$", re.I)
_POSTED_RE = re.compile(r",?\s*(?:the\s+)?(?:new\s+|outgoing\s+|[\w'’-]+\s+){0,3}?(?:ambassador|charg[eé]\s+d['’]affaires|consul)\b", re.I)
_DELAY_RE = re.compile(r"\b(?:delay(?:ed|s)?|postpone[ds]?|pushed\s+back|put\s+off|later\s+than\s+planned|rescheduled|"
                       r"called\s+off|cancell?ed|scrapped|instead)\b", re.I)
_UNPLACED = "group:unplaced"
# "Pyongyang, August 28 (KCNA) --": the day the story was filed, not the day of the event told
_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}[ \t]?,[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})"
    r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([A-Za-z.-]{2,20}\)[ \t]*)?(?:--|—|–)"
    # a wire dateline: "WASHINGTON (wire) -", "SEOUL, June 19 (AP) -", "VOSTOCHNY, Russia, Sept 13 (wire) -",
    # "MOSCOW, June 17. /TASS/."
    r"|^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2}(?:,[ \t]+[A-Z][\w.'’]+(?:[ \t][A-Z][\w.'’]+)?)?"
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\.?)?[ \t]*(?:\([^()\n]{2,30}\)[ \t]*(?:--|—|–|-)|/[^/\n]{2,30}/\.?)")


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """perf s10: [(m.start(), m.end()) for m in _DATELINE_RE.finditer(text)], trying line starts only (a dateline
    opens its line and holds no newline, so no other position can match)."""
    out, pos = [], 0
    while True:
        m = _DATELINE_RE.match(text, pos)
        if m:
            out.append((m.start(), m.end()))
        nl = text.find("\n", pos)
        if nl < 0:
            return out
        pos = nl + 1


# visits round 2 (session 8): a wire dateline with no agency, at the head of the story only: "KATHMANDU - ",
# "NAIROBI, March 3 - ", "CHEJU, South Korea, April 20 -- " (a head that is no place, "ANALYSIS - ", sets no scene).
# Read only for the scene of the lead (`_dateline_scene`), not as a dateline of the older rules.
# (s18: capitals with accents, "BRASÍLIA - "; and an all-capitals head closed by a full stop, "TANGA, TANZANIA. ")
_DL_CAPS = "A-ZÀ-ÖØ-Þ"
_BARE_DATELINE_RE = re.compile(
    rf"\A[ \t]*[{_DL_CAPS}][{_DL_CAPS}.'’-]+(?:[ \t][{_DL_CAPS}][{_DL_CAPS}.'’-]+){{0,2}}"
    r"(?:(?:,[ \t]+[A-Z][\w.'’]+(?:[ \t][A-Z][\w.'’]+)?)?"
    r"(?:,[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})\.?)?[ \t]+(?:--|—|–|-)(?=[ \t])"
    rf"|(?:,[ \t]+[{_DL_CAPS}][{_DL_CAPS}'’-]+(?:[ \t][{_DL_CAPS}][{_DL_CAPS}'’-]+)?)?\.(?=[ \t]+[A-Z][a-z]))")


# the object of a visit cue that keeps it inside one country: "visiting the class education bases across the
# DPRK", "toured the historic sites throughout the country" (another country the sentence names is no host)
_INLAND_RE = re.compile(r"[^.;,]{0,80}?\b(?:across|throughout|all\s+over)\s+the\s+(DPRK|country)\b")


# -- round 13 back-off (`_backoff`): module-level patterns; the words themselves are data (visit_backoff.csv)
# a destination right before a country or place: "to", "in", "at", "visited", "the port city of"
# s19: a subject that is talks of two sides ("Talks between the delegations of A and B were held here")
_TALKS_BETWEEN_RE = re.compile(r"\s*(?:(?:The|Round-table)\s+)?(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations)\s+between\b")
# overseas Koreans right before the country they live in ("Koreans in Japan", "Korean youth and students in Japan")
# and their bodies there, "the Korean Youth League in Japan")
# (s20: or a later country of a list after them, "Koreans in Japan and China", "Koreans in Japan, China and Russia")
_KOREANS_IN_BEFORE_RE = re.compile(rf"\bKoreans?\s+(?:(?:{_OVERSEAS_NOUN}|and|(?-i:[A-Z])[\w'’-]*)\s+){{0,4}}in\s+(?:the\s+)?"
                                   r"(?:(?:(?-i:[A-Z])[\w.'’-]*,?\s+){1,3}(?:and\s+(?:the\s+)?)?)?$")
# s19: a foreign party's or state body's delegation, its name all capitalised words to the organisation ("A delegation
# of the International Liaison Department of the C.C., the Communist Party of China laid a wreath"): its country travels
# even when the sentence names no place (not "Officials of the Osaka headquarters of Chongryon took part")
_GROUP_OF_BEFORE_RE = re.compile(r"\bdelegations?\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|the|and|for),?\s+)*$")
_ARRIVED_NO_PLACE_RE = re.compile(r"\s+(?:(?:on|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                                  r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b[^.;]{0,12}?\s+(?:to|for)\s+(?:take\s+part|participate|attend)\b")
# s19: a tour named by its route, a foreign town first ("the Harbin-Mt. Kumgang tourist group", "Dalian-Mt. Kumgang")
_ROUTE_TOWN_RE = re.compile(r"\b([A-Z][a-z]{2,})-(?:Mt\.|Mount)\s+[A-Z]")
_HEADED_BY_ITS_RE = re.compile(r"\b(?:headed|led)\s+by\s+(?:its\s+|the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$")
_BO_DEST_BEFORE_RE = re.compile(r"(?:\b(?:to|in|at|into|inside|visited|toured|reached|for)|(?<!the\s)(?<!\ba\s)\b(?:visiting|touring))\s+(?:the\s+)?"
                                r"(?:(?:[A-Za-z-]+\s+){0,3}?(?:city|capital|town|port|island)\s+of\s+)?$", re.I)
# the home country's missions abroad are no destination: "congratulatory visits to DPRK missions"
_BO_MISSION_AFTER_RE = re.compile(rf"\s+(?:{_EMBASSY_WORDS})\b", re.I)
# a country named as where a group comes from: "of", "from" after the group word, with no clause break between
# round 19: an arrival that names no place ("Earlier, teams from A and B arrived.", "... also arrived earlier."), in a
# story that told arrivals here before it
_BARE_ARRIVAL_AFTER_RE = re.compile(r"(?:\s++(?:earlier|too|also|as\s+well|before))?\s*+[.,;]?\s*+$", re.I)
_ARRIVED_HERE_RE = re.compile(r"\b(?:arrived|arriving|arrives)\s+here\b|\bArriving\s+here\b", re.I)
# round 19: a group "of foreign countries and regions including A, B and C" up to one of the countries listed
_BO_INCLUDING_LIST_RE = re.compile(
    r"\s*(?:of|from)\s+(?:(?:the\s+)?(?:foreign|various|different|many|other|several|over\s+\d+|some\s+\d+|\d+)\s+)?"
    r"(?:countries|nations)(?:\s+and\s+(?:regions|areas|territories))?,?\s+(?:including|such\s+as)\s+"
    r"(?:(?:the|of|and|(?-i:[A-Z])[\w.'’-]*),?\s+){0,100}?(?:the\s+)?", re.I)
_BO_NAME_GLUE = frozenset("of the and for de du des la le del von van".split())  # lower-case words inside names
_BO_BREAK_RE = re.compile(r"[;:]|\b(?:to|in|at|with|by|which|who|that|while|when)\b", re.I)  # ("for": "Front for the ...")
# a demonym or country before its group noun: "the Mongolian group", "Russian schoolchildren's camping group"
_BO_WORD_RE = re.compile(r"(?P<brk>[,;:.()]|\b(?:and|or|who|which|that)\b)|(?P<w>[\w-]+)(?:['’]s?)?")
# a country listed after a destination: "visited Vietnam and Laos" (Laos is a destination too)
_BO_DEST_LIST_RE = re.compile(r"\b(?:to|in|at|visited|visiting|toured)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*[ \t]?(?:,[ \t]*|[ \t]and[ \t]+)){1,4}$")
# a sentence that lists who did what the sentence before told: "They included ...", "Among them were ..."
_LIST_OPEN = r"\s*(?:They|These|Those)\s+(?:included|include)\b|\s*Among\s+(?:them|those|the\s+\w+)\s+(?:were|was)\b"
# (s19: and KCNA's "left here Saturday ..., They were X, secretary general of ..., and a delegation of ...": a list
# of names or groups, not "They were warmly seen off" nor "They were handed to")
# s21: a listed guest's own title up to his country: ", minister of Culture and Heritage of ", ", former prime minister of "
# (not another item of the list: no "the" opening it, no group noun, no "led by")
_GUEST_TITLE_RE = re.compile(r",\s+(?!the\s)(?!(?:[\w.'’-]+\s+){0,14}?(?:delegations?|group|led|headed)\b)(?:[\w.,'’()-]+\s+){0,14}?"
                             r"(?:of|from)\s+(?:the\s+)?")
# s21: a meeting's own relative clause that tells its place: "talks between A and B which took place in Ulan-Ude"
_BETWEEN_REL_PLACE_RE = re.compile(r"\s*,?\s*(?:which|that)\s+(?:(?:had\s+)?took\s+place|(?:was|were|had\s+been)\s+held)(?=\s+(?:in|at)\s)")
# s21: an office told again with its country after it ("the vice foreign minister of Russia"): the visitor's span, or
# the words right before a country
_OFFICE_WORDS = r"(?:minister|president|premier|chairman|secretary|envoy|representative|director|governor|mayor|speaker)"
_OFFICE_PHRASE = rf"(?-i:the)\s+(?:(?-i:[a-z])[\w-]*\s+){{0,3}}{_OFFICE_WORDS}\s+of\s+(?:the\s+)?"
_OFFICE_OF_BEFORE_RE = re.compile(rf"(?:^|\s){_OFFICE_PHRASE}$", re.I)
_OFFICE_OF_RE = re.compile(rf"{_OFFICE_PHRASE}(?-i:[A-Z])", re.I)
# s21: a country name that is part of a currency's ("5 million U.S. dollars donated by ..."): money, no traveller
_CURRENCY_AFTER_RE = re.compile(r"\s+(?:dollars?|yuan|yen|rubles?|roubles?|won|euros?|pounds?)\b", re.I)
# s21: a subject that is goods ("Food worth $5 million donated by X arrived"): no traveller
_GOODS_SUBJECT_RE = re.compile(r"\s*(?:(?:The|A|An)\s+)?(?:[\w-]+\s+){0,2}?(?:food|aid|goods|cargo|relief|supplies|fertili[sz]er|rice|"
                               r"flour|wheat|maize|medicines?|equipment|materials?|shipments?|consignments?)\b"
                               r"(?!\s+(?:workers?|teams?|groups?|delegations?|experts?|officials?|personnel|staff|missions?)\b)", re.I)
# s21: the side a roster names ("Present at the ceremony from the DPRK side were ...")
_FROM_SIDE_RE = re.compile(r"\bfrom\s+the\s+(.{1,40}?)\s+side\b")
_WAS_WERE_RE = re.compile(r"\b(?:was|were)\b")
_BO_CONT_RE = re.compile(_LIST_OPEN + r"|[\s,]*(?:They|These|Those)\s+were\s+(?=(?:the\s+|an?\s+)?(?-i:[A-Z])|(?:an?|the)\s+delegations?\b)")
_BO_HERE_RE = re.compile(r"\bhere\b", re.I)
_BO_NOUN_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|recent|last|first|official|state|these|those)|['’]s)\s+"
                                r"(?:(?:successful|historic|recent|official|unofficial|goodwill|working|fruitful|brief|latest|"
                                r"previous|several)\s+){0,2}$", re.I)  # (round 17: "his successful visits to Russia")
_BO_REL_BEFORE_RE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+)?$", re.I)
_BO_EMBASSY_RE = re.compile(rf"\b(?:{_POST_WORDS})\b", re.I)
# a head count before a group ("1.3 million Russian tourists", "some 40,000 Chinese visitors", "thousands of
# Japanese fans"): a flow of people counted by a statistic, not a trip told as an event
_BO_FLOW_BEFORE_RE = re.compile(r"(?:\b(?:thousands?|millions?|hundreds)(?:\s+of)?|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:m|mn|mln|k))\s+(?:\w+\s+)?$", re.I)
_NO_DATE = DateSpan(dt.date.min, dt.date.min, "none", "")  # a marker: the back-off's trip is left undated
_MEET_HERE_RE = re.compile(r"\b(?:meets?|met|gather(?:s|ed)?|convene[sd]?|assemble[sd]?)\s+$", re.I)

# a sentence that opens on the time of day of the event just told: "That evening the ministry hosted a reception"
_THAT_DAY_RE = re.compile(r"\s*(?:On\s+)?That\s+(evening|afternoon|morning|night|day)\b")


_VENUE_PREP_RE = re.compile(r"\b(?:to|for|toward|towards|visit(?:ed|ing|s)?|toured|in|at|ambassador|embassy)\s+", re.I)
# each word taken whole and one way of spacing: no catastrophic backtracking on long runs of capitals
_VENUE_CHAIN_RE = re.compile(r"(?:(?:the|of|and|(?-i:[A-Z])[\w'’.-]*)(?![\w'’.-])\s*(?:,\s*)?)*$", re.I)


def _venue_before(before: str) -> bool:  # ``before``: the sentence up to the country (its last 200 characters)
    """Whether the text before a country makes it a destination or venue ("which visited Vietnam and",
    "in Lisbon of"): a preposition, then only articles, "of", "and" and capitalised words up to the country.
    A "for"/"in"/"to"/"at" right after a capitalised word is inside a body's name and gives its seat ("the
    Association for the Study of ... of Russia", "the Committee for ... of Korea in Nepal"), not a venue."""
    purpose = re.search(r"\bto\s+(?:attend|participate|take\s+part|visit|tour)\b[^,;]*$", before, re.I) is not None
    for pm in _VENUE_PREP_RE.finditer(before):
        if not _VENUE_CHAIN_RE.fullmatch(before, pm.end()):
            continue
        word = pm.group().split()[0].lower()
        if purpose:  # "... led by P to attend the Assembly of the X Organization in Britain": where they go
            return True
        if word in ("for", "in", "to", "at") and re.search(r"(?-i:[A-Z])[\w'’.-]*\s+$", before[:pm.start()]):
            continue
        if word == "for" and re.match(r"(?:the\s+)?(?-i:Study|[A-Z][a-z]+ing)\b", before[pm.end():]):
            continue  # "a delegation for Studying the Juche Idea of Slovenia": a purpose, no destination
        return True
    return False


# visits dates round: the longest stay that dated stages of one trip may cover (first to last day)
_ONE_TRIP_DAYS = 14
# visits newswire round: "a three-day state visit", "his 5-day trip": how long a story says its trip lasts
# visits dates round: "on the second day of his three-day state visit": the day told is the k-th of n
_NTH_DAY_OF_RE = re.compile(r"\bon\s+the\s+(first|second|third|fourth|fifth|sixth|seventh|last|final)\s+day\s+of\s+"
                            r"(?:[\w'’.-]+\s+){0,3}?(\d{1,2}|" + _COUNT + r")-day\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b", re.I)
# visits dates round: "a day after X met Y here", "two weeks after hosting X": the trip told after it came that long
# before the day the sentence (else the story) gives
_N_UNITS_AFTER_RE = re.compile(r"\b(a|one|" + _COUNT + r"|\d{1,2})\s+(days?|weeks?)\s+after\s+"
                               r"(?:[\w'’.-]+\s+){0,12}$", re.I)
# visits dates round: "four times since March 2018, most recently in January" (the latest of those trips)
_MOST_RECENTLY_RE = re.compile(r"\s*,?\s*(?:(?:and\s+)?most\s+recently|the\s+latest|the\s+last\s+(?:one|time))\s+", re.I)


def _rank_of(d: DateSpan) -> int:
    return {"day": 3, "month": 2, "year": 1}.get(d.precision, 0)


_TRIP_LENGTH_RE = re.compile(r"\b(\d{1,2}|" + _COUNT + r")-day\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b", re.I)
_TRIP_LENGTH_GATE = RegexGate(_TRIP_LENGTH_RE)  # perf s18: its literal words ("-day") looked for first (exact)


def _later_leg(first_leg: DateSpan) -> DateSpan:
    """The date of a later leg that tells none of its own: the month of the day after the first leg's, undated in
    the text ("flies to Riyadh on Tuesday and will then visit Ankara": Ankara in the month of Wednesday)."""
    first = first_leg.end + dt.timedelta(days=1)
    return DateSpan(first.replace(day=1), _month_end(first.year, first.month), "month", "", first_leg.char_start,
                    first_leg.char_end)


# perf s9: the end of the text between a back-off verb and each country of a list after it ("visited the station of")
_BO_OWNER_OF_END_RE = re.compile(r"\b(?:of|at|by)\s+(?:the\s+)?$")
_BO_MEMBER_OF_END_RE = re.compile(r"\b(?:head|heads|member|members|part)\s+of\s+(?:the\s+)?$", re.I)


def _ends_with(pattern: re.Pattern, text: str, lo: int, hi: int, words: int) -> bool:
    """``pattern.search(text[lo:hi])`` for a pattern tied to the end ("...$") whose match spans at most ``words`` words
    (runs without blanks), reading only the slice's last ``words`` + 1 words: a match reaching further back would have to
    cover them all. perf s9: one test per country of a list of thousands after one verb reads a few words each, not the
    whole list. _ends_with(_BO_OWNER_OF_END_RE, "visited the station of the", 0, 26, 2) -> True."""
    k, seen = hi, 0
    while k > lo and seen <= words:
        while k > lo and text[k - 1].isspace():
            k -= 1
        if k > lo:
            seen += 1
            while k > lo and not text[k - 1].isspace():
                k -= 1
    if seen <= words or k <= lo:
        return pattern.search(text[lo:hi]) is not None  # (short: the slice itself, its start read as a start)
    return pattern.search(text, k, hi) is not None  # (the word boundary at k reads the blank before it, as in the slice)


_SINCE_WORD_RE = re.compile(r"since", re.I)  # (perf s11: the gate of the "since ..." searches of `_date`)


def _window(items: list, lo: int, hi: int, cache: dict) -> list:
    """``[x for x in items if lo <= x.start < hi]``, by bisection when ``items`` is in order of start (perf s11: the
    countries and places of one long sentence were walked once per record of it). ``cache``: id of a list -> (the
    list, its length, its starts or None when out of order), so each list is checked once."""
    hit = cache.get(id(items))
    if hit is None or hit[0] is not items or hit[1] != len(items):
        starts = [x.start for x in items]
        hit = (items, len(items), starts if all(a <= b for a, b in zip(starts, starts[1:])) else None)
        cache[id(items)] = hit
    starts = hit[2]
    if starts is None:
        return [x for x in items if lo <= x.start < hi]
    return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)] if lo < hi else []


def _is_since(text: str, d: DateSpan) -> bool:
    """"since March", "since 2002": the start of a stretch, not the date of the trip told."""
    return d.text.lower().startswith("since") or re.search(r"\bsince\s+$", text[max(0, d.char_start - 7):d.char_start]) is not None  # a delegation whose country the sentence does not give
_OPENS_RE = re.compile(r"\s*(?:(?:Also|And|Meanwhile,?)\s+)?")  # what may come before a cue that opens its sentence
_RETURN_NEWS_RE = re.compile(r"\b(?:came|comes|flew|went|returned|returning|returns|back\s+home|left|leaving|leaves|"
                             r"departed|arrived|arriving|arrives)\b", re.I)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_ABBREV_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Co|Ltd|Inc|Corp|Mr|Mrs|Ms|Dr|St|Jr|No|Gen|Col|Lt|Prof)\.$")
_MEMBERS_RE = re.compile(_LIST_OPEN + r"|\s*(?:They|These|Those)\s+(?:were|are)\b")  # (the back-off's list opening, or "They were")
_HERE_BEFORE_RE = re.compile(r"\bhere\s*$", re.I)
_HERE_ARRIVAL_RE = re.compile(r"\s*here\b(?!\s+(?:and\s+)?(?:now|today|is|are|was|were|that)\b)", re.I)
# (s20: a home outlet's overseas compatriots "on a visit to the homeland": the home country, as "here")
_HERE_RE = re.compile(r"^\s*(?:here|there|the\s+(?:socialist\s+)?(?:homeland|motherland)\b(?!\s+of\b))\b", re.I)
# fixV3: a list that goes on from the one before ("Also leaving here for home were ...", "Also arriving here were ...")
# s17: a sentence listing guests present at an event: "X and Y were present on invitation", "Among them were also ...",
# "They included ...", "Present there were ...", "Also on hand were ..."
_ATTENDED_LIST_RE = re.compile(_LIST_OPEN + r"|[^.;]*?\b(?:were|was)\s+(?:also\s+)?present\b"
                               r"|\s*(?:Also\s+)?(?:present|on\s+hand)\s+(?:there\s+|at\s+[^.;]{0,80}?)?(?:were|was)\b"
                               r"|[^.;]*?\b(?:were|was)\s+(?:also\s+)?on\s+hand\b", re.I)
_ALSO_INV_RE = re.compile(r"\s*Also\s+(?:leaving|departing|arriving|returning|coming|going\s+back)\b[^.;]{0,120}?\b(?:was|were)\b")
_ROUNDUP_INV_RE = re.compile(r"\s*(?:(?:Also|And|Meanwhile,?)\s+)?(?:Arriving|Leaving|Departing|Going\s+back|Arrivals|Departures|"
                             r"(?<=(?:Also|.And|ile,)\s)(?:arriving|leaving|departing|going\s+back))\b[^.;]{0,80}?\b(?:was|were|included)\b")
_ROUNDUP_PLURAL_RE = re.compile(r"\b(?:delegations|delegates|groups|teams|troupes|guests|participants)\b|\bof\s+(?:different|various|many|several|foreign)\s+countries\b", re.I)
_ROUNDUP_TRIP_RE = re.compile(r"\b(?:arrived|arrives|came\s+here|visited|visits|toured|tours|left\s+here|departed\s+here|"
                              r"paid\s+(?:tribute|homage)|pay\s+(?:tribute|homage))\b", re.I)
_MISSION_RE = re.compile(rf"\b(?:visit\w*|to|at)\s+(?:the\s+)?(\S+)\s+(?:permanent\s+|standing\s+)?(?:{_EMBASSY_WORDS})\b", re.I)
_ROUNDUP_SUBJ_RE = re.compile(
    r"\s*(?:Earlier,?\s+)?(?:the\s+)?(?:delegates?|delegations?)(?:\s+and\s+(?:the\s+)?(?:delegates?|delegations?))?\s+(?:of|from)\s+"
    r"[^.;]{0,80}?\b(?:left|departed|arrived)\b(?=\s+here\b|\s*[.,]|\s+(?:on|earlier|later)\b)", re.I)
_TOURNAMENT_RE = re.compile(
    r"\b(?:Championships?|Cup|Games|Olympics|Tournament|Universiade|matches|qualifiers|league|contest|competition)\b(?:\s+\d{4})?"
    r"(?:\s+(?:of|for)\s+[^.;]{0,80}?)?\s+(?:was|were|is|are)\s+(?:being\s+)?(?:held|going\s+on|taking\s+place|under\s*way|"
    r"opened|underway|staged)\s+(?:[\w\s]{0,40}?\s)?in\s+(?:the\s+)?", re.I)


# -- round 15: a home team at a contest abroad with no travel verb ("DPRK swimmers proved successful at the Asian
# Championship held in Dubai", "The DPRK team beat its rival in the World Cup now under way in Japan"); the team
# nouns and contest words are data (visit_backoff.csv, kinds "team" and "contest")
# between the contest word and its place: "held in", "now under way in", "that started in", or a bare "in"
_SPORT_PLACE_GAP_RE = re.compile(r"[^.;:]{0,90}?\b(?:(?:held|staged|hosted|(?:now\s+)?under\s*way|(?:now\s+)?going\s+on|"
                                 r"taking\s+place|(?:that|which)\s+(?:started|opened|began|kicked\s+off))\s+)?in\s+(?:the\s+)?"
                                 r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+)?$", re.I)
# a contest still ahead, or one the team only qualified for: no trip yet
_SPORT_FUTURE_RE = re.compile(r"\b(?:will|would|shall|upcoming|forthcoming|to\s+(?:take\s+part|participate|attend|compete))\b|"
                              r"\bqualified\b", re.I)
# the team's rivals in the same contest: "its Norwegian rival", "the south Korean team"
_SPORT_RIVAL_AFTER_RE = re.compile(r"\s+(?:rivals?|opponents?|team|side|squad)\b", re.I)
# a year in a contest's sentence ("the 2010 Challenger Cup", "in 1989"): before the publication year it is a record
_SPORT_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "They returned home on Saturday": the day the trip ended
_SPORT_HOME_RE = re.compile(r"\b(?:returned|came\s+back|arrived\s+back)\s+home\b", re.I)

_EVENT_WORD_RE = re.compile(r"\b(?:Olympics|Olympiad|Olympic\s+Games|Paralympics|Paralympic\s+Games|Asian\s+Games|Universiade|"
                            r"Championships?|Cup|Tournament|Games)\b")
_EVENT_WORD_GATE = RegexGate(_EVENT_WORD_RE)  # perf s18: its literal words looked for first (exact)
# "the leaders' Vladivostok summit in 2019", "their Hanoi summit in February 2019": the pair met in that city
# "Russia was also the destination of his first foreign tour, in March 2013"
_DESTINATION_OF_RE = re.compile(r"\s+(?:was|had\s+been)\s+(?:also\s+)?the\s+(?:first\s+|final\s+|last\s+)?destination\s+of\s+"
                                r"(?P<who>his|her|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey)\b", re.I)
# "It was their third meeting, after Singapore in June last year and a summit in Hanoi in February"
_NTH_MEETING_AFTER_RE = re.compile(
    r"\b(?:their|the\s+pair['’]s|the\s+two\s+leaders['’])\s+(?:second|third|fourth|fifth|sixth)\s+(?:meeting|summit|encounter),?\s+"
    r"(?:coming\s+)?after\s+(?P<list>)", re.I)
# "after visits in April, when he was still CIA director, May and July": earlier trips, a list of months
_MONTH_LIST_RE = re.compile(
    r"\b(?:after|following|besides|on\s+top\s+of)\s+(?:(?:earlier|previous|prior|his|her|two|three|four)\s+)*(?:visits|trips)\s+"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?:,?\s+(?:when\s+[^,;.]{1,60},\s+)?(?:and\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)+")
# "At the opening of the AU summit, ...", "Speaking at the forum in Vladivostok, ...": a clause naming the event
_AT_EVENT_RE = re.compile(
    r"\s*(?:Speaking\s+|Addressing\s+(?:the\s+)?(?:leaders|delegates)\s+)?(?:[Aa]t|[Oo]n)\s+the\s+(?:(?:opening|close|closing|start|end|"
    r"sidelines|margins)\s+(?:session\s+|ceremony\s+)?of\s+the\s+)?(?:[\w()'’.-]+\s+){0,4}?(?P<ev>summit|conference|forum)\b[^,;.]{0,60},")
_SPEECH_RE = re.compile(r"\b(?:said|says|told|urged|called|stated|declared|noted|stressed|warned|announced|spoke|addressed|"
                        r"pledged|promised|praised|proposed)\b")
_EVENT_AFTER_CITY_RE = re.compile(r"\s+(?:\d{4}\s+)?(?:Summer\s+|Winter\s+)?(?:Olympics|Olympiad|Olympic\s+Games|Paralympics|"
                                  r"Paralympic\s+Games|Asian\s+Games|Universiade)\b")

# -- round 15: an event's own day refines a plan or a no-show dated only by its month ("will not travel to X for
# next month's summit" ... "the Aug. 22-24 meeting in Johannesburg"; "the summit due in Islamabad on November 9-10")
_EVENT_DAY_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
_EVENT_DAY_BEFORE_RE = re.compile(r"\bthe\s+(?P<date>" + _EVENT_DAY_MONTH + r")\s+(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:summits?|meetings?|forum|conference|gathering|session)\s+in\s+(?:the\s+)?$")
_EVENT_DAY_AFTER_RE = re.compile(r"\b(?:summits?|meetings?|forum|conference|gathering|session)\s+(?:(?:is\s+|was\s+)?(?:due|scheduled|set|planned)\s+"
                                 r"(?:to\s+(?:be\s+held|take\s+place)\s+)?)?in\s+(?:the\s+)?$")
_EVENT_DAY_ON_RE = re.compile(r"\s+(?:on|from)\s+(?P<date>" + _EVENT_DAY_MONTH + r")\b")
# visits session 7c: "next week's <name> summit in P" (the event's week, however long its name), and "the Sept. 4-6
# meeting" with no place after it (the story's one event)
_EVENT_REL_BEFORE_RE = re.compile(r"\b(?P<date>(?:next|this|the\s+coming)\s+(?:week|month))['’]s\s+(?:[\w'’.-]+\s+){0,7}?"
                                  r"(?:summits?|meetings?|forum|conference|gathering|session)\s+in\s+(?:the\s+)?$", re.I)
_EVENT_DAY_UNPLACED_RE = re.compile(r"\b[Tt]he\s+(?P<date>" + _EVENT_DAY_MONTH + r")\s+(?:[\w'’-]+\s+){0,3}?"
                                    r"(?:summits?|meetings?|forum|conference|gathering|session)\b(?!\s+(?:in|at|on)\b)")

# -- round 16: the story's scene (`_scene_events`): an event noun, then the words that place it ("held in", "due
# in", "on the island of"), then the place; a date right after the place dates it ("the summit in Astana on July 3-4")
_SCENE_AFTER_EVENT = (r"(?:,?\s+(?:(?:to\s+be\s+|being\s+|was\s+|were\s+|will\s+be\s+|is\s+|are\s+|which\s+(?:is|was)\s+)?"
                      r"(?:held|hosted|taking\s+place|under\s*way|due|scheduled|set|planned|slated|opening|starting)"
                      r"(?:\s+to\s+(?:be\s+held|take\s+place|open|begin|start))?))?\s+(?:in|on|at)\s+(?:the\s+)?"
                      r"(?:(?:city|capital|island|port|resort|town)\s+of\s+)?$")
# the opening of a sentence that goes on telling the act of the sentence before: a pronoun, or "the" and a noun
# ("The gift was handed ...", "The floral basket was conveyed ...") or a titled name ("Commander X handed ...") or
# a name and its office ("X Y, leader of the group, handed ...")
_CONTINUED_OPEN_RE = re.compile(r"\s*(?:(?:He|She|They|It)\b|The\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]{2,})\b"
                                r"(?=\s+(?:was|were|is|are|had|has|have)\b)|(?P<name>(?:[A-Z][\w.'’-]*\s+){1,5}(?=[a-z])|"
                                r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,(?=\s+[a-z])))")  # (round 18: "X Y, head of ..., handed")
_INDEFINITE_NP_RE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]{3,})\b(?=\s+(?:to|for|from|of|by|at|in|on|was|were)\b|[,.;])")
_DEFINITE_NP_RE = re.compile(r"\b(?:[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]{3,})\b(?=\s+(?:to|for|from|of|by|at|in|on|over|was|were)\b|[,.;])")
# what ends the clause before a cue: a report verb, or a subordinator after a comma
_OTHER_CLAUSE_RE = re.compile(r"\b(?:said|says|told|announced|reported)\b|,\s+(?:after|before|when|while|as)\b|;")
# the verbs of an event taking place (`_event_participants`)
_EVENT_HELD_VERB_RE = re.compile(r"\b(?:opened|took\s+place|(?:was|were)\s+(?:held|played|staged|opened|kicked\s+off)|"
                                 r"kicked\s+off|(?:got|is|was|are|were)\s+under\s*way|began|started)\b", re.I)
# round 17: events ahead and events that gathered people (looked for only when one of the words below is in the text)
_EVENT_AHEAD_VERB_RE = re.compile(r"\b(?:(?:will|shall)\s+(?:be\s+(?:held|opened|staged|played)|take\s+place|open|begin|start|"
                                  r"kick\s+off)|(?:is|are)\s+to\s+be\s+(?:held|opened|staged)|being\s+held|"
                                  r"(?:brought|brings|will\s+bring)\s+together)\b", re.I)
_EVENT_AHEAD_WORDS = ("be held", "be opened", "be staged", "be played", "take place", "being held", "together", "will open",
                      "will begin", "will start", "will kick")
# a contest, where a home outlet's own competitors named anywhere in the story took part
_CONTEST_EVENT_RE = re.compile(r"\b(?:Olympiad|Olympics|Olympic|Games|Universiade|Championships?|Tournament|Cup|Contest|Matche?s?)\b", re.I)
# the home side named by its competitors: "DPRK students", "DPRK player Pak Mi Song", "the DPRK's women's team"
_HOME_SIDE_RE = re.compile(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}?(?:players?|athletes?|students?|team|teams|squad|swimmers?|divers?|"
                           r"wrestlers?|boxers?|gymnasts?|weightlifters?|shooters?|skaters?|judoists?|archers?|footballers|"
                           r"sportspersons|competitors|contestants)\b", re.I)
_REMOTE_EVENT_RE = re.compile(r"\b(?:internet|online|virtual|video|videoconference|tele-?conference|web)\b", re.I)
_TO_BE_RE = re.compile(r"\b(?:is|are)\s+to\s+be\b", re.I)  # "is to be held": ahead
# between an event's word and its verb: "The Olympiad held in Argentina brought together"
_HELD_IN_RE = re.compile(r"\s*(?:,\s*)?(?:which\s+was\s+|that\s+was\s+)?(?:held|staged|hosted|taking\s+place|being\s+held)\s+in\s", re.I)
# an event's name opening on a city: "the 13th Pyongyang International Film Festival"
_EVENT_NAME_RE = re.compile(r"\bthe\s+(?:\d+(?:st|nd|rd|th)\s+)?(?=(?-i:[A-Z]))(?:[\w'’-]+\s+){0,6}?$", re.I)
# a list of participating countries: "from over 20 countries including the DPRK, Kazakhstan and Mongolia"
_INCLUDING_RE = re.compile(r"\b(?:countries|nations)(?:\s+and\s+regions)?,?\s+(?:including|such\s+as)\s+(?:the\s+)?$", re.I)

_STOP_RE = re.compile(r"[.;:]")
_EVENT_CLAUSE_END_RE = re.compile(r"[,;]\s+(?:and|but|while|which|who|where)\b|;")
_RIVAL_WORD_RE = re.compile(r"\b(?:rivals?|opponents?)\b", re.I)
_COUNTRY_CHAIN_GAP_RE = re.compile(r"(?:['’]s)?(?:\s*,\s*|\s+and\s+)(?:the\s+)?")
_EXPERIENCE_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:visited|toured|travell?ed|been\s+(?:to|in|there|here|abroad)\b)", re.I)
_SAME_DAY_RE = re.compile(r"\b(?:the\s+same\s+day|that\s+day|at\s+the\s+time)\b")  # (on lower-cased text)
_SAME_DAY_GATE = RegexGate(_SAME_DAY_RE)  # perf s18: its literal words looked for first (exact)
_SCENE_DATE_GAP_RE = re.compile(r"\s*+,?\s*+(?:(?:on|from|between|starting|beginning)\s++)?$", re.I)

# -- events with several attendees (_event_roles): a summit, forum or meeting placed once in the story, and the
# people told as attending, skipping, or sent to it ("A and B were among the leaders who attended the meeting",
# "X will skip a gathering that Y is due to attend", "X stayed away and sent Z instead")
_EVENT_NOUN = r"(?:summits?|meetings?|forum|conference|gathering|talks|session|assembly)"
_GATHER_IN_RE = re.compile(r"\b(?:gathered|convened|assembled|met)\s+(?:(?:again|together|briefly)\s+)?(?:in|on)\s+(?:the\s+)?$", re.I)
_EVENT_REF_RE = re.compile(rf"\b(?:the|that|this|a|an|its|their)\s+(?:[\w()'’.-]+\s+){{0,4}}?{_EVENT_NOUN}\b"
                           r"|\b(?:skip(?:s|ped|ping)?|attend(?:s|ed|ing)?|miss(?:es|ed|ing)?|boycott(?:s|ed|ing)?)\s+it\b", re.I)
# words after which the places named are not the destination ("a country other than China", "together with ...")
_NOT_DEST_WORD_RE = re.compile(r"\b(?:other\s+than|except|apart\s+from|outside\s+of|together\s+with|along\s+with|accompanied\s+by)\b", re.I)
# the trip noun a cancel cue governs ("called off a trip to X"); visits newswire round (item 2): plural trip nouns and
# the stops of a tour ("dropped planned stops in A and B", "scrapped visits to A and B")
_CANCELLED_TRIP_NOUN_RE = re.compile(r"\b(?:(?:visit|trip|tour|journey)s?\s+to|(?:stop|leg)s?\s+in)\b", re.I)
# visits newswire round (item 1): presence at an event told without a movement verb ("was also on the tribune",
# "stood beside X", "watched the parade"; the role verbs of visit_clauses.csv)
_PRESENCE_VERB_RE = re.compile(r"(?:is|are|was|were)\s+(?:also\s+)?on\s+the\b|(?:stood|sat|stands|sits|standing|sitting)\s", re.I)
# (visits review NW, finding 4: no bare "watch": watching is presence only at the event's own place, never from afar)
# visits review NW (A): the sentence-prefix tests of _finish, _frame and _frame_one, compiled so they can read a bounded
# window (a relative pronoun right before the cue) or a per-sentence cached first hit ("recalled" anywhere before it)
_ING_THAT_RE = re.compile(r",\s+(?:[a-z]+ing)\b[^.;]*?\b(?:that|which)\b")  # (lazy: its first match ends first)
_WHICH_BEFORE_RE = re.compile(r"\bwhich\s+$")
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|who|that)\s+$")
_RECALLED_RE = re.compile(r"\b(?:recalled|recalling|recalls|remembered|remembering|reminisced)\b", re.I)
_BESIDE_RE = re.compile(r"\b(?:beside|next\s+to|alongside)$", re.I)
_ROLE_SKIP_RE = re.compile(r"^(?:skip|stay|boycott|miss|pull)|\bnot\b|n['’]t\b|\bagainst\b", re.I)
_REPRESENT_RE = re.compile(r"\b(?:(?P<verb>represented\s+by|sen[dt]s?|sending|dispatch(?:es|ed|ing)?)\s+(?:(?:his|her|its|their|the)\s+)?)"
                           r"(?:(?:[A-Z][\w.'’-]*|of|and|for|the)\s+){0,6}$")
_EVENT_BEFORE_PLACE_RE = re.compile(rf"\b{_EVENT_NOUN}(?:,?\s+(?:(?:to\s+be\s+|being\s+|was\s+|were\s+|will\s+be\s+|which\s+was\s+)?(?:held|taking\s+place|hosted)|,?\s+which\s+took\s+place))?\s+(?:in|on|at)\s+(?:the\s+)?$", re.I)
# "their third summit, held in ...", "the leaders' Vladivostok summit": the pair's own earlier meeting
_CITY_EVENT_RE = re.compile(r"\b(?:the|their|the\s+(?:two\s+)?leaders['’]|the\s+pair['’]s)\s+(?:(?:first|second|third|fourth|fifth|sixth|last|previous|earlier)\s+)?"
                            rf"(?P<city>(?-i:[A-Z])[a-z]+(?:[ -](?-i:[A-Z])[a-z]+)?)\s+(?:(?-i:[A-Z])[a-z]+\s+){{0,2}}?{_EVENT_NOUN}\b", re.I)
_PAIR_POSS_RE = re.compile(r"\b(?:their|the\s+(?:two\s+)?leaders['’]|the\s+pair['’]s)\s+(?:(?:first|second|third|fourth|fifth|sixth|last|previous|earlier)\s+)?$", re.I)
_EVENT_AFTER_PLACE_RE = re.compile(rf"\s+(?:(?-i:[A-Z])[\w-]*\s+)?{_EVENT_NOUN}\b", re.I)
_NOT_ATTENDER_RE = re.compile(r"\b(?:invited|invites?|inviting|urged|urges|asked|asks|called\s+on|welcomed|welcomes|met|meets|received|receives|"
                              r"hosted|hosts|told|tells|with|by|for)\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,6}$")
_OPENING_PRONOUN_RE = re.compile(r"\s*(?:(?:But|And|Yet|Instead),?\s+)?(He|She)\b")
# -- earlier trips told in a background clause (_background_trips): "X last went there in October 2005", "X last
# visited Japan in 2019", "The last Chinese president to visit, X, ... in 1998", "X made the first visit by a monarch
# to China, in October 1992" (one family: the person, the place or the story's place, a past date)
_BG_LAST_WENT_RE = re.compile(r"\s+last\s+(?:went|travell?ed|came|visited|flew|was)\b(?:\s+(?:there|here|to|in|back\s+to))?"
                              r"|\s+was\s+last\s+(?:in\s+(?=(?:the\s+)?(?-i:[A-Z]))|there\b|here\b)", re.I)
# (visits newswire round: "X was last in Turkey in 2014"; visits review NW, finding 8: a place after "in", which the
# match ends on so the host is read there; not "was last in office / in the headlines")
# visits newswire round: "The last such visit was made by X in September 2013", "the last such trip was paid by X"
_BG_LAST_SUCH_RE = re.compile(r"\blast\s+such\s+(?:visit|trip)\s+(?:was|had\s+been)\s+(?:made|paid)\s+by\s+(?:[\w.'’-]+\s+){0,4}?$", re.I)
_BG_LAST_TO_RE = re.compile(_LAST_TO + r"(?:visit|come|travel|go)(?:\s+(?:there|here))?,\s+", re.I)
_BG_MADE_RE = re.compile(r"\s+(?:made|paid)\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:visit|trip)\s+"
                         r"(?:by\s+(?:an?|the)\s+(?:[\w'’-]+\s+){1,5}?)?to\s+(?:the\s+)?", re.I)
_SINCE_CANCEL_RE = re.compile(r"\b(?:years?|months?|weeks?|decades?)\s+(?:after|since)\s+(?:(?:he|she|they|it|[\w'’.-]+)\s+){0,4}$", re.I)
# visits session 7: a sentence that may tell a trip with a past date of its own ("in March 2019", "last November")

def alternation(words) -> str:
    """The alternation of lexicon rows, or a pattern that never matches when a kind has no rows (an empty
    alternation would match everywhere: "\\b(?:)\\b" hits every word boundary and drops or makes every record)."""
    return _alternation(words) or "(?!)"


def alternation_of_patterns(patterns) -> str:
    """The same for rows that are regexes already (visit_not_trip.csv)."""
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


# s23: the agent of a passive host verb, its titles between "by" and the name ("by Chinese Premier Li Qiang", "by his
# host, President X"): the name's own start is after them
_BY_TITLED_RE = re.compile(r"\bby\s*(?:(?:(?-i:[A-Z])[\w.'’-]*|the|his|her|their|its|host|hosts|counterpart|president|premier|"
                           r"prime|minister|foreign|chancellor|king|queen|emperor|leader|crown|prince)[\s,]+){0,6}$", re.I)
# s23: what a trip noun's clause says right after its place to deny the trip ("was not on the agenda", "is not planned",
# "has been ruled out", "was never confirmed")
_TN_DENIED_RE = re.compile(r"[^.;]{0,60}?\b(?:(?:is|was|are|were)\s+(?:not|never)\s+(?:on\s+the\s+(?:agenda|cards|table)|planned|"
                           r"expected|scheduled|envisaged|being\s+(?:considered|planned|prepared)|likely|possible)|"
                           r"(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+ruled\s+out|"
                           r"(?:is|was)\s+out\s+of\s+the\s+question)\b", re.I)
_TN_DENIED_BEFORE_RE = re.compile(r"\b(?:ruled|rules|ruling)\s+out\s+(?:any\s+)?$|\bno\s+(?:plans?|intention)\s+(?:for|of)\s+$", re.I)
_ADJECTIVAL_COUNTRY_RE = re.compile(r"\s+(?:(?:Vice|Deputy|Acting|First)\s+)?(?:President|Prime|Premier|Foreign|Chancellor|King|Queen|"
                                    r"Emperor|Crown|Secretary|Defen[cs]e|Minister|leader|officials?|delegations?|envoy)\b")
# s23: "hosted leaders from 29 countries, including X": people "from" places are the guests (not "a letter from X")
_PEOPLE_FROM_RE = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|delegations|delegates|guests|dignitaries|officials|"
                             r"ministers|presidents|premiers)\s+from\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states)\b[^.;]*$", re.I)
_HOSTED_BEFORE_RE = re.compile(r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s+(?:(?:was\s+)?honou?red\s+to\s+)?"
                               r"(?P<verb>hosted|hosts|host|will\s+host|is\s+hosting|played\s+host\s+to)\s+(?:the|a|an)\s+"
                               r"(?:[\w-]+\s+){0,2}$", re.I)
_ARRIVED_FROM_RE = re.compile(r"(?:arrived|landed|flew\s+in|touched\s+down)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?", re.I)
_ADJACENT_VERB_RE = re.compile(r"\s+(?:(?:also|later|then|himself|herself|too)\s+)?")
# s23: a trip noun's owner as the object of a cancel verb ("agreed to postpone Chinese President Xi Jinping's state visit")
_CANCEL_OWNER_RE = re.compile(r"\b(?:postpone|postponed|postponing|cancel|cancell?ed|cancell?ing|call(?:ed)?\s+off|put\s+off|"
                              r"scrap(?:ped)?|shelve[ds]?|delay(?:ed)?)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?(?:[\w.'’-]+)$", re.I)
# s23: a trip noun's clause that calls the trip off right after its place ("... in the Maldives has been called off")
_TN_OFF_AFTER_RE = re.compile(r"[^.;]{0,40}?\b(?:has|had|have)\s+been\s+(?:called\s+off|cancell?ed|postponed|put\s+off|scrapped|"
                              r"shelved|dropped|delayed)\b|[^.;]{0,40}?\b(?:was|were)\s+(?:called\s+off|cancell?ed|postponed|put\s+off|"
                              r"scrapped|shelved|dropped)\b", re.I)
_AND_GROUP_RE = re.compile(r"\s+and\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:delegation|group|troupe)\s+of\s+(?:the\s+)?")
_FUTURE_PASSIVE_RE = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|is\s+due\s+to|is\s+expected\s+to|to)\s+(?:also\s+)?be\s+$", re.I)
_PAST_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b|\blast\s+(?:" + "|".join(_MONTHS) + r")\b")
# visits session 7 (`_joint_presence`): "A and (President) B <verb> ... in <place>", "signed by A and B in <place>"
_JOINT_GAP_RE = re.compile(r"\s+and\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}")
_JOINT_STOP_RE = re.compile(r"[;:]|,\s+(?:a\s+day|the\s+day|days?|weeks?|after|before|while|when|where|who|which|but)\b|\s[—–]\s")
_JOINT_VERB_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:will|are\s+to|are\s+due\s+to|are\s+set\s+to)\s+(?:[a-z]+ly\s+)?)?"
                            r"(?:led|lead|agreed|agree|signed|sign|opened|open|launched|launch|inaugurated|inaugurate|held|hold|"
                            r"met|meet|attended|attend|chaired|chair|co-chaired|co-chair|witnessed|witness|unveiled|unveil|laid|"
                            r"lay|reviewed|review|visited|visit|toured|tour|addressed|address|announced|announce)\b")
_JOINT_BY_RE = re.compile(r"\b(?:signed|inked|initialled|unveiled|opened|inaugurated|launched|chaired|co-chaired)\s+by\s+"
                          r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}$")
_JOINT_IN_RE = re.compile(r"\bin\s+(?:the\s+)?(?=(?-i:[A-Z]))")
# visits session 7b (`_presence`): between a doer and his act, an apposition or a second unregistered doer;
# "he/she" as the doer; the apposition "<doer>, in <place> this week,"
_PRES_GAP_RE = re.compile(r"(?:\s*,\s+(?!who\b|which\b|whose\b)[^,.;()]{1,80}?,)?(?:\s+and(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4})?"
                          r"\s+(?:(?:also|then|later|briefly|finally|first)\s+)?")
_PRES_PAIR_RE = re.compile(r"\s+and\s+(?:[\w.'’-]+\s+){0,4}")
_PRES_PRONOUN_RE = re.compile(r"(?:^|[.;]\s+|,\s+|\b(?-i:[A-Z])[a-z]+\s+|\b(?:[Oo]n|[Ll]ater|[Tt]hen|[Ee]arlier)\s+(?:\w+\s+){0,2})"
                              r"(?-i:[Hh]e|[Ss]he)\s+(?:(?:also|then|later|briefly|finally|first)\s+)?$")
_ALSO_ATTENDING_RE = re.compile(r"\b(?:are|is|were|was)\s+(?:also\s+)?(?:attending|in\s+attendance|taking\s+part)\b(?!\s+(?:in|at|via|by|from)\b)")
_PRES_LOC_RE = re.compile(r"\s(?:in|at)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_PRES_APPOS_RE = re.compile(r",\s+(?:who\s+is\s+(?:also\s+)?|now\s+|also\s+)?in\s+(?:the\s+)?(?=(?-i:[A-Z]))")
# session 10 (visits): the apposition's place may be followed by the gathering it is there for ("Rex Tillerson, also in
# Manila for the meetings, did not ..."; "X, in Davos for the forum,"): the gathering nouns only, then the comma
_PRES_APPOS_FOR_RE = re.compile(r"\s+for\s+(?:the|a|an|this\s+week['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:meetings?|talks|summit|forum|"
                                r"conference|gathering|funeral|ceremony|inauguration|session|negotiations)\s*,")

_APPOS_COMPLEMENT_RE = re.compile(r"(?:^|[,;(]\s*|\b[a-z][\w'’-]*\s+)(?:of|for|to|by|with|from|against|behind|about|on|and)\s+"
                                  r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")


def _appos_for_gathering(text, person, p_end, s0, e0):
    """Session 10 fix round (review H10): "X, in P for the talks," only when X is no one's complement ("a spokesman for
    X", "the wife of X", "lawyers for Chancellor X"; a title's own "of" stays: "Secretary of State X"): the
    `_PRES_APPOS_FOR_RE` match, else None."""
    if _APPOS_COMPLEMENT_RE.search(text[max(s0, person.start - 80):person.start]):
        return None
    return _PRES_APPOS_FOR_RE.match(text, p_end, e0)


# visits session 7 review: what may follow the apposition's place ("X, in Paris this week, ..."): a time word at most
_PRES_APPOS_END_RE = re.compile(r"(?:\s+(?:this\s+week|today|tonight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?,")
# an act handed on: "left the talks in Geneva to his foreign minister" (a `handed` event verb of visit_presence.csv)
_HANDED_TO_RE = re.compile(r"\s+to\s+(?:his|her|their)\s")
# visits session 7b (`_legs`): a list of places ("A, B and C", "A, followed by B"), "from the <event> in <place>",
# "After <place>, ...", "<X>'s / his next stop (after <place>) is ..."
# (`_LEG_LIST_SEP_RE` and `_LEG_EVENT_IN_RE` are built in `VisitExtractor.__init__` from the `gathering` rows of
# visit_presence.csv: "A, B and C", "A for the summit, then B"; "from the <event> in <place>")
_LEG_LIST_SEP = (r"(?:\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{gathering}))?"
                 r"(?:,\s+(?:followed\s+by\s+|then\s+(?:to\s+)?|and\s+(?:then\s+)?)?|\s+and\s+(?:then\s+)?(?:to\s+)?|"
                 r"\s+followed\s+by\s+|\s+then\s+(?:on\s+)?(?:to\s+)?)(?:the\s+)?(?=(?-i:[A-Z]))")
_LEG_EVENT_IN = r"(?:[\w'’-]+\s+){{0,4}}?(?:{gathering}|G\d+)\s+(?:in|at)\s+(?:the\s+)?(?=(?-i:[A-Z]))"
_LEG_MOVE_RE = re.compile(r"\b(?:(?P<fut>will|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+)?(?:left|leaves|leave|set\s+off|sets\s+off|"
                          r"embarked|embarks|embark|began|begins|begin|started|starts|start|flew|flies|fly|headed|heads|head)\s+"
                          r"(?:on\s+|off\s+)?(?:for|to|on)\b")
_MOVED_RE = re.compile(r"\b(?:arrived|arrives|flew|flies|landed|lands|travell?ed|travels|came|went|visited|toured)\b", re.I)
_LEG_BEFORE_RE = re.compile(r"\bbefore\s+(?:flying|heading|travell?ing|going|moving|continuing|leaving)\s+(?:on\s+|off\s+)?(?:to|for)\s+"
                            r"(?:the\s+)?(?=(?-i:[A-Z]))")
_NT_CLAUSE_BREAK_RE = re.compile(r",\s+(?:and|but|while|whereas)\s|;|\s(?:while|whereas|but)\s")
_LEG_NEXT_RE = re.compile(r"\b(?:then|next|afterwards|after\s+that|from\s+there|on\s+to|go(?:es)?\s+on|move[sd]?\s+on|"
                          r"(?:fly|flies|travel|travels|head|heads|continue|continues)\s+on)\b", re.I)
_LEG_AFTER_RE = re.compile(r"\s*After\s+(?:the\s+)?(?=(?-i:[A-Z]))")
_LEG_NEXT_STOP_RE = re.compile(r"(?P<poss>['’]s|\b(?:his|her))\s+next\s+(?:stop|destination|leg)(?:\s+after\s+(?P<prev>(?-i:[A-Z])[\w.'’-]*"
                               r"(?:\s+(?-i:[A-Z])[\w.'’-]*)?))?\s+(?:is|will\s+be|was)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_WHERE_PRONOUN_RE = re.compile(r",\s+where\s+(?:he|she)\s")
_WHEN_AFTER_DATE_RE = re.compile(r"\s*,\s*when\s")
_CLAUSE_STOP_RE = re.compile(r"[.;:]|\s[—–]\s")
_STOP_MARK_RE = re.compile(r"[;:\"“]")  # (perf s12: `_parties`'s marks that end a pronoun's reach back)
_BARE_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
# a status cue inside a relative clause on the trip noun tells the trip's history, not the main clause's verb:
# "landed in Jakarta ... for a visit that had been called off twice", "the trip, which was put off in March"
_REL_HISTORY_RE = re.compile(r"\b(?:visit|trip|tour|journey|stop|summit)s?\s*,?\s+(?:that|which)\s+(?:(?:had|has|have|was|were|is)\s+)?"
                             r"(?:(?:been|already|twice|once|repeatedly|earlier)\s+){0,2}$", re.I)
_POSTPONED_RE = re.compile(r"\b(?:(?:originally|initially|first)\s+|had\s+been\s+(?:originally\s+|initially\s+|first\s+)?)(?:planned|scheduled|set|due)\b"
                           r"(?:[^.;]|\.(?=\s*\d))(?:[^.;]|(?<=\b[A-Z][a-z]{2})\.){0,80}?\b(?:delayed|postponed|pushed\s+back|put\s+off|rescheduled)\b"
                           # s22: "The trip had been set for Oct. 22 and was pushed back after ...", "landed in Shanghai at
                           # the start of a visit to China that was postponed last month": a delay before the trip made
                           r"|\b(?:that|which)\s+(?:had\s+been|was)\s+(?:\w+\s+)?(?:postponed|delayed|pushed\s+back|put\s+off)\b"
                           r"|\blong-(?:delayed|postponed)\b", re.I)
_FOR_N_DAYS_RE = re.compile(r"[^.;]{0,60}?\bfor\s+(?:a|an|his|her|their|its)\s+(" + _COUNT + r"|\d{1,2})-day\b", re.I)
_REL_EVENT_RE = re.compile(rf"\b{_EVENT_NOUN}\s+(?:that|which)\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){{0,6}}$", re.I)
_PAST_SKIP_RE = re.compile(r"\b(?:skipped|stayed|missed|boycotted|pulled|did|didn['’]t|decided|chose|opted)\b", re.I)
# "X's Asia tour began in India and continues in Indonesia": the legs of a tour told with its owner
_TOUR_BEGAN_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|journey|swing)\s+(?:(?:that|which)\s+)?"
                            r"(?:began|started|opened|kicked\s+off)\s+(?:in|with\s+a\s+stop\s+in)\s+(?:the\s+)?", re.I)
_TOUR_NEXT_RE = re.compile(r",?\s+and\s+(?:(?:now|then|later)\s+)?(?P<verb>continues|continued|moves\s+on|moved\s+on|goes\s+on|went\s+on|"
                           r"heads\s+on|ends|ended|will\s+end|will\s+continue)\s+(?:in|to)\s+(?:the\s+)?", re.I)
# a frequency phrase owns the period after it: "postponed his trip for the second time this year", "called off
# twice this year", "his third visit this month" are counts, not the trip's date (date scope)
_FREQ_BEFORE_RE = re.compile(r"\b(?:for\s+the\s+(?:second|third|fourth|fifth|sixth|\w+th)\s+time|twice|"
                             r"(?:three|four|five|several|many|\d+)\s+times)\s+(?:so\s+far\s+)?$", re.I)
# (only a period counted relative to now: "for the first time in 2012" still dates the trip)
_FREQ_PERIOD_RE = re.compile(r"(?:this|last|so\s+far|the\s+past)\b", re.I)
# "He first put off the trip in March": an earlier no-show of the same trip, told with its own past month
_FIRST_CANCEL_RE = re.compile(r"\b(?:first|initially|originally|already|earlier)\s+(?:had\s+)?$", re.I)
# "The week-long journey ... had been scheduled for June 13-19": the date of the plan the sentence before
# called off or announced (a trip noun as subject, no traveller named)
_SCHEDULED_FOR_RE = re.compile(r"\s*(?:The|This|That|His|Her|Their|Its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey|"
                               r"summit|stop)\b[^.;]{0,60}?\b(?:had\s+been|was|were|is|has\s+been)\s+(?:originally\s+|"
                               r"initially\s+|first\s+)?(?:scheduled|planned|set|slated|due)\s+(?:for|to\s+\w+(?:\s+\w+)?)\s+")
# companions: "Wen is accompanied by Foreign Minister Yang Jiechi", "Accompanying him are ...", "with his foreign
# minister in tow": the companions make the trip of the traveller the clause names (same host, status and date)
# "returns the trip DPRK Premier Kim Yong Il paid to Beijing in March", "the visit X made to Hanoi in 2019": an
# earlier trip told as the object of a noun (the traveller between the trip noun and paid/made)
_TRIP_PAID_RE = re.compile(r"\b(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|journey)\s+(?P<who>[^.;,]{3,60}?)\s+"
                           r"(?:had\s+)?(?:paid|made|took|undertook)\s+to\s+", re.I)
_THEN_WORD_RE = re.compile(r"\bthen\b", re.I)
_THEN_LEG_RE = re.compile(r"\b(?:then|afterwards|later)\s+(?:\w+\s+)?$", re.I)
# the further legs of one trip: "and will then visit", "and then to", "and then on to"
_ONWARD_RE = re.compile(r"\b(?:and|then)\s+(?:will\s+)?(?:also\s+)?(?:then\s+)?(?:(?:on\s+)?to\s+(?:visit\s+|tour\s+)?|(?:visit|tour)\s+)(?:the\s+)?", re.I)
_CITY_COMMA_RE = re.compile(r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?,\s+")
_TOLD_PAST_RE = re.compile(r"\b(?:last|ago|earlier|previous)\b|\d{4}", re.I)
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.I)
_POSSESSIVE_AT_RE = re.compile(r"['’]s\b")
_ARRIVAL_VERB_RE = re.compile(r"arriv|land|touch|flew\s+in|fly\s+in|reach|came|come", re.I)
# round 17: "who is on a visit to": the relative clause of the party just before it
# a destination that names no country: "visits to foreign countries", "left here to visit Asian countries"
_UNNAMED_DEST_RE = re.compile(r"\s*(?:to\s+)?(?:the\s+)?(?:(?:foreign|various|several|different|many|other|some|neighbouring|neighboring|"
                              r"(?-i:[A-Z])[a-z]+)\s+)?(?:countries|nations|regions)\b(?!\s+(?:of|including|such\s+as|like)\b)", re.I)
# where the sides of "the delegations of A and B" end: the place, the verb or the date after them
_SIDES_END_RE = re.compile(r"\s(?:here|in|at|on|were|was|took|had|held|met|from)\b|[;.]")
# a named hall at home: "at the Mansudae Assembly Hall", "at the Paekhwawon State Guest House" (no country named)
_HOME_HALL_RE = re.compile(r"\s*(?:at|in)\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?:Hall|House|Palace|Hotel|Building|Stadium|"
                           r"Gymnasium|Theatre|Theater|Arena)\b(?![^.;]{0,60}\bin\s+(?:the\s+)?(?-i:[A-Z]))")
_HERE_IN_CUE_RE = re.compile(r"\bheld\s+here\b", re.I)
# the subject of a back-off sentence (`_subject_country`): an opening adverbial is no part of it; a report, a time
# clause or a relative "who met" ends the chance that the words before the verb are its subject
_SUBJECT_LEAD_RE = re.compile(r"\s*(?:(?:Earlier|Meanwhile|Also|Later|Then|That\s+day|On\s+the\s+same\s+day|"
                              r"On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)?")
_SUBJECT_BREAK_RE = re.compile(r"\b(?:said|says|told|noted|stressed|reported|wrote|carried|quoted|stated|announced|claimed|"
                               r"added|when|while|after|before|as|if|met|received|sent|invited|welcomed|greeted|hosted|"
                               r"gave|handed|presented|according)\b|[;:\"“”]", re.I)
_SUBJECT_POSTED_RE = re.compile(r"\b(?:studying|working|living|stationed|accredited|troops|soldiers|forces|servicemen|"
                                r"marines|diplomats?|diplomatic)\b", re.I)
# a count of travellers, not a trip: "At least 212,000 Koreans from overseas ... have visited Mangyongdae"
_BO_FLOW_RE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b(?:thousands|millions|hundreds)\b", re.I)
# someone named as another's kin or family: "X, widow of Kim Dae Jung"
_COUNTRY_MODIFIER_RE = re.compile(r"\s+(?!(?:on|in|at|for|from|to|and|or|with|as|by|during|last|this|early|late|over|after|"
                                  r"before|between|since|until|via|under|amid|together|again|recently|twice|once|several|"
                                  r"frequently|earlier|later|today|yesterday|here|there|where|when|which|who|that|is|was|were|"
                                  r"are|has|had|have|will|would|but|while|upon|across|within|without|through|throughout|along|"
                                  r"around|about|the|a|an|its|their|his|her|to|of|aboard|too|also|first|then|soon)\b)(?-i:[a-z][a-z-]+)\b")
_FORMER_RE = re.compile(r"\s*(?:(?:A|An|The)\s+)?(?:former|ex-|late)\b", re.I)  # "A former Japanese prime minister"
_KIN_BEFORE_RE = re.compile(r"\b(?:widow|wife|husband|son|daughter|families|family|relatives?|sister|brother|mother|father|"
                            r"grandson|granddaughter|descendants?)\s+of\s+(?:the\s+)?(?:late\s+)?(?:[\w.-]+\s+){0,4}$", re.I)
_HERE_AFTER_VERB_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?here\b", re.I)
_HOME_AGAIN_RE = re.compile(r"\b(?:left\s+for\s+home|flew\s+back|went\s+back\s+home|came\s+back\s+home)\b", re.I)
# a trip noun whose country stands before it: "his south Korea trip", "Kim's historic Russia and China visit"
_POSS_NOUN_TRIP_RE = re.compile(r"(?:['’]s|\b(?:his|her|their))\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:(?:south|north)\s+)?(?-i:[A-Z])[\w.'’-]*"
                                r"(?:\s+(?-i:[A-Z])[\w.'’-]*)?(?:\s+and\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?)?\s+"
                                r"(?:visits?|trips?|tours?)$", re.I)
_N_DAY_TOUR_OF_RE = re.compile(r"\b(\w+)-day\s+(?:[\w-]+\s+)?(?:tour|trip|visit)s?\s+of$", re.I)
_MADE_TOUR_OF_RE = re.compile(r"(?:made|making|makes|began|started|wrapped\s+up|concluded|ended|completed)\b", re.I)  # "made a tour of A, B"
# the subject of a main clause told by a pronoun or an office: ", the president said", ", he noted"
_ROLE_SUBJECT_RE = re.compile(r",\s*(?:(?:he|she)\b|the\s+(?:[\w-]+\s+)?(?:president|premier|prime\s+minister|minister|leader|"
                              r"chairman|king|secretary)\s+(?:said|noted|stressed|told|added|called|urged|declared|emphasized|expressed)\b)", re.I)
# s23: Spanish dates of the service: "el día 12", "el día primero"; "hoy", "la víspera" (the day before); a guest leaving
# "de esta capital" (after the verb's date and means: "partió el día 28 por vía aérea de esta capital")
# what may stand before a trip verb that opens a Spanish sentence ("Por otra parte, llegaron ...", "Hoy partió ...", "El
# día 8 llegaron ..."; s23: the day words)
_ES_OPENING_RE = re.compile(r"\s*(?:(?:Por\s+otra\s+parte|Con\s+anterioridad|Ademas|Además),?\s+)?(?:el\s+mism[oa]\s+d[ií]a\s+)?"
                            r"(?:(?:hoy|ayer|la\s+v[ií]spera|el\s+d[ií]a\s+\w+|este\s+\w+),?\s+)?", re.I)
# s23: talks or a meeting told without a trip verb (`_spanish_talks`), where they were held, and an envoy posted here
# (talks told by a verb: "departió", "conversó", "se reunió", "sostuvo conversaciones"; the nouns only with "tuvo/tuvieron
# lugar ...": "el lunes tuvieron lugar aquí las conversaciones entre A y B", not "el diálogo previo para las
# conversaciones militares", a dance named "Diálogo" or a proposed "contacto")
_ES_TALKS_RE = re.compile(r"\b(?:conversaron|convers[oó]|departi(?:[oó]|eron)|se\s+reuni(?:[oó]|eron)|se\s+entrevist(?:[oó]|aron)|"
                          r"sostuvi?(?:o|eron)\s+(?:\w+\s+){0,3}?conversaciones|"
                          r"tuvi?(?:o|eron)\s+lugar\s+(?:[^.;]{0,120}?\s)?(?:las\s+|el\s+)?(?:conversaciones|di[aá]logo))\b", re.I)
# the home side named in talks abroad ("el canciller coreano Pak Ui Chun"): not "del Sur de Corea"
_ES_HOME_SIDE_RE = re.compile(r"(?<!Sur de )(?<!Sur del )\b(?:Corea|coreano|coreana|RPDC|PTC)\b(?!\s+del\s+Sur)")
_ES_TALKS_HERE_RE = re.compile(r"\b(?:esta\s+capital|capitalin[oa]|aqu[ií]|Pyongyang|(?-i:Palacio))\b", re.I)
_ES_POSTED_NEAR_RE = re.compile(r"\b(?:embajad\w*|diplom[aá]tic\w*|consul\w*|residen\w*|acreditad\w*)\b[^.;]*$", re.I)
_ES_CAPITAL_OR_COUNTRY_RE = re.compile(r"(?-i:[A-Z])[\wáéíóúñ .]+")
_ES_DAY_RE = re.compile(r"\bd[ií]a\s+(?:(\d{1,2})\b|primero\b)", re.I)
_ES_TODAY_RE = re.compile(r"\b(?:(hoy)|la\s+v[ií]spera)\b", re.I)
_ES_FROM_HERE_RE = re.compile(r"(?:\s+(?:el\s+d[ií]a\s+\w+|este\s+\w+|hoy|ayer|la\s+v[ií]spera|de\s+regreso|por\s+(?:avi[oó]n|v[ií]a\s+a[eé]rea|tren)"
                              r"(?:\s+(?:particular|especial|fletado))?|,))*\s+de\s+(?:esta\s+capital|aqu[ií]|Pyongyang)\b", re.I)


def _looks_spanish(low: str) -> bool:
    """A cheap first test for a story in Spanish: five or more of its commonest short words ("el", "la", "y", "del",
    ...) in its first 600 characters (lower-cased text)."""
    head = " " + low[:600]
    return sum(head.count(f" {w} ") for w in _ES_COMMON) >= 5


_ES_COMMON = ("el", "la", "los", "las", "del", "al", "y", "su", "con", "por", "para", "una", "que", "en")
_ES_NOUN_BEFORE_RE = re.compile(r"\b(?:su|el|al|del|la)\s$", re.I)
_ES_WEEKDAYS = {"lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6}
_ES_WEEKDAY_RE = re.compile(r"\b(?:el|este)\s+(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b", re.I)
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
              "diciembre"]
_OF_CHINA_RE = re.compile(r"\s+of\s+China\b")
_TITLE_GAP_RE = re.compile(r"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}")  # "by General Secretary Kim": the title before a name
_BO_SITE_VERB_RE = re.compile(r"visited|visits|toured|looked\s+(?:round|around)|went\s+(?:round|around)|paid\s+(?:homage|tribute)|"
                              r"laid\s+(?:a\s+)?(?:wreaths?|floral\s+baskets?)|placed\s+(?:a\s+)?floral\s+baskets?", re.I)
_WHO_IS_RE = re.compile(r"\bwho\s+$", re.I)
# between a traveller and an "on a visit to" / "who is on a visit to" after it: an appositive (closed by a comma or
# running to the cue), "and his party", "who"
# (round 18: whitespace possessive: "Petrov, head" and 20,000 spaces took minutes once a lone surname became a person)
_NEAR_TRAVELLER_RE = re.compile(r"(?:,\s++[^,;()]{1,150}?,?)?\s*+(?:and\s++(?:his|her|their|its)\s++(?:party|suite|entourage|team|delegation)"
                                r"\s*+)?(?:,?\s*+who\s++)?", re.I)
# where a person's appositive ends ("X, acting mayor of the Dandong City People's Government, handed ..."): a comma
# before a verb or a relative word, a semicolon, a bracket or the sentence's end
_APPOSITIVE_STOP_RE = re.compile(r"[;()]|,\s+(?:who|which|that|and|said|on|in|at|to|by|for|as|when)\b|,\s+[a-z]+(?:ed|s)\b|\.(?:\s|$)")
# "secretary of the Fund", "member of the Committee": a body told by its head word alone (`_body_named_before`)
# (round 19: also KCNA's lower-case head, "chairman of the society", "a secretary of the federation")
_OF_THE_BODY = (r"\bof\s+the\s+((?-i:[A-Z])[a-z]{{3,}}|{heads})\b(?!\s+(?:of|for)\b|\s+(?-i:[A-Z]))")  # heads: body_heads.csv
# `_body_named_before`: "<head> [of|the|Capitalised]{0,4} of [the] <country>" and "<country> [Capitalised]{0,4} <head>"
# (fixV2: "for/with" too, "the Society for Friendship with the DPRK of Nepal")
_BODY_OF_TAIL_RE = re.compile(r"(?:\s+(?:of|the|for|with|[A-Z][\w'’-]*)){0,6}?\s+of\s+(?:the\s+)?$")
_CAPS_BEFORE_HEAD_RE = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,4}?\s+")


def _sentence_at(sentences: list[tuple[int, int]], pos: int) -> int | None:
    """Index of the sentence holding ``pos`` (sentences in text order), else None; by bisection."""
    k = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    return k if k >= 0 and sentences[k][0] <= pos < sentences[k][1] else None


def _per_sentence(sentences: list[tuple[int, int]], mentions: list) -> list[list]:
    """The mentions of each sentence, in text order, by bisection (a story of 2,000 sentences is not quadratic)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    return [ordered[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)] for s, e in sentences]


def _word_at(window: str, low: str, k: int, n: int) -> bool:
    """True when ``low[k:k+n]`` is a whole word of ``window``."""
    return (k == 0 or not (window[k - 1].isalnum() or window[k - 1] == "_")) and (
        k + n == len(window) or not (window[k + n].isalnum() or window[k + n] == "_"))


def _head_then(window: str, head: str, tail: re.Pattern) -> bool:
    """``head`` (any case) as a word in ``window`` with ``tail`` matching from its end to the window's end."""
    low, h = window.lower(), head.lower()
    k = low.find(h)
    while k >= 0:
        if _word_at(window, low, k, len(h)) and tail.match(window, k + len(h)):
            return True
        k = low.find(h, k + 1)
    return False


def _caps_then_head(window: str, head: str) -> bool:
    """``window`` opens on up to four capitalised words, then ``head`` (any case) as a word."""
    low, h = window.lower(), head.lower()
    k = low.find(h)
    while 0 <= k <= 200:
        if _word_at(window, low, k, len(h)) and (k + len(h) == len(window) or not window[k + len(h)].isalnum()) \
                and _CAPS_BEFORE_HEAD_RE.fullmatch(window, 0, k):
            return True
        k = low.find(h, k + 1)
    return False


# round 18: a trip someone was kept from making: "barred south Koreans from visiting", "prevented the envoys from
# travelling to"; the verbs and the nouns that name people are data (visit_barred.csv), built in `VisitExtractor`
_BARRED_FROM_TAIL = (r"\s++(?P<who>(?:[\w'’-]+\s++){1,6}?)from\s++"
                     r"(?:visiting|travell?ing\s++to|going\s++to|entering)\s++(?:the\s++)?")
# round 18: talks named by their two sides and placed, after "Russia-DPRK": " summit talks in", " summit held in"
# s20: a pair's summit named by its city: "the DPRK-Russia Pyongyang summit" (`_pair_talks`), and its own past predicate
_PAIR_CITY_TALKS_RE = re.compile(r"[ \t]+(?P<city>(?-i:[A-Z])[\w'’-]+)[ \t]+(?:summit|talks)\b(?![ \t]+(?:between|with)\b)")
_PAIR_HELD_AFTER_RE = re.compile(r"(?:[ \t]+(?:meeting|talks))?,?[ \t]+(?:which[ \t]+)?(?:(?:was|were)[ \t]+)?(?:held|took[ \t]+place|happened)\b")
_PAIR_TALKS_RE = re.compile(r"[ \t]+(?:(?:top-level|high-level|bilateral|official|summit)[ \t]+){0,2}(?:summit|talks|negotiations)"
                            r"(?:[ \t]+(?:talks|meeting))?(?:,?[ \t]+(?:which[ \t]+)?(?:was|were)[ \t]+held|[ \t]+held)?[ \t]+in[ \t]+")
# talks that did not happen: "were never held", "did not go ahead" (`_pair_talks`; the cancel cues take the rest)
# (fixV2: "take" only as "take place": "did not take long / up / questions" are held talks)
_NOT_HELD_RE = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(?:(?:take|took|taken)\s+place|held|happen(?:ed)?|go\s+ahead|went\s+ahead|"
                          r"materiali[sz]e[ds]?)\b|n['’]t\s+(?:\w+\s+)?(?:take\s+place|happen|go\s+ahead)\b", re.I)
_DENIAL_START_RE = re.compile(r"(?:never|not|did|didn|will|won|would|is\s+not|was|were)\b", re.I)
# an office and its "of" right before a place: "governor of", "mayor of the city of", "head of the ... of"
# (the offices are appositive_roles.csv plus "deputy" and plurals: review of round 18, item 12; built in `VisitExtractor`)
_OFFICE_OF = (r"\b(?:{roles}|deputy)s?\s+of\s+(?:the\s+)?"
              r"(?:(?:city|region|province|town|district|territory|state)\s+of\s+)?$")
_CHAIN_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|then|former|for)\s+){0,6}")


@dataclass(frozen=True)
class Cue:
    frame: str
    status: str
    cameo: str
    confidence: float
    regex: re.Pattern
    keywords: tuple[str, ...] = ()


@dataclass
class Party:
    """Someone who can travel or receive: a person, a delegation, or a country."""

    start: int
    end: int
    actor_id: str
    name: str
    iso3: str | None
    kind: str  # person | delegation | country
    person_id: str | None = None  # for a delegation led by someone
    pair: "Party | None" = None  # "the two leaders": the second of the two


# (s18) a country's name inside an airline's ("Qatar Airways", "Turkish Airlines", "Korean Air", "Air India")
_AIRLINE_AFTER_RE = re.compile(r"\s+(?:Airways|Airlines|Airline|Air(?![\w-]))")
_AIRLINE_BEFORE_RE = re.compile(r"\bAir\s+$")
# (s18) the comma and stops of a company's legal form inside a name ("Co., Ltd. of the ..."), read as spaces by the visit
# rules
_CO_LTD_RE = re.compile(r"(?<=\bCo\.),(?=[ \t]*Ltd\b)|(?:(?<=\bCo)|(?<=\bLtd))[.](?=,?[ \t]+(?:Ltd\b|of\b|[a-z]))")
# (s18) a clause of the same moment right after a report's day: "X said Sunday, as Y flew to Z" (the trip's words follow)
_AS_AFTER_SAID_DAY_RE = re.compile(r"\s*,\s*(?:as|while|just\s+as)\s+[^,;.:]{1,80}?\s*")
# (s18) "announced Monday, a day after the emir flew in", "said on Friday, two days before Xi arrives": the trip N days
# before or after the report's day
_DAYS_AFTER_SAID_DAY_RE = re.compile(r"\s*,\s*(?P<n>a|one|two|three)\s+days?\s+(?P<rel>after|before)\s+[^,;.:]{1,80}?\s*",
                                     re.I)
# the end of a report the sentence closes before a trip noun: its words are not the trip's status (s18: "announced")
_AUTO_QUOTE_RE = re.compile(r"[\"”]|\b(?:said|says|told|announced|announces|declared|declares)\b")


@dataclass
class Record:
    visitor: Party
    host_iso3: str
    status: str
    cameo: str
    confidence: float
    sentence: tuple[int, int]
    sentence_index: int
    host_person: Party | None = None
    place: Place | None = None
    date: DateSpan | None = None
    is_domestic: bool = False
    history: list[str] = field(default_factory=list)
    also: Party | None = None  # the other side of a summit in a third country, who travelled too
    earlier: bool = False  # an earlier trip a "second trip since March" implies: kept apart from this one
    preset: bool = False  # dated where it was made (an earlier round of talks): _finish keeps its date
    weak: bool = False  # a site toured at home by a guest: only when the article tells no other visit of theirs


def load_cues(lexdir=None) -> list[Cue]:
    lex = lexicon_dir() if lexdir is None else lexdir
    rows = read_rows(lex / "visit_cues.csv", ("frame", "status", "cameo", "confidence", "keywords", "pattern"),
                     {"frame": FRAMES, "status": STATUSES})
    return [Cue(r["frame"], r["status"], r["cameo"], float(r["confidence"]), re.compile(r["pattern"], re.I),
                tuple(k for k in r["keywords"].lower().split("|") if k))
            for r in rows]


def _envoy_head(text: str, r: Record) -> bool:
    """s21: whether the named head of a group record is an envoy the group's words name ("the delegation led by Head X
    and Ambassador Y": Y is posted here); looked for at the head's name in the record's sentence."""
    s, e = r.sentence
    at = text.find(r.visitor.name or "\0", s, e) if r.visitor.name else -1
    return _ENVOY_WORD_RE.search(text, max(s, r.visitor.start), r.visitor.end) is not None or (
        at >= 0 and _ENVOY_WORD_RE.search(text, max(s, at - 30), at) is not None)


class VisitExtractor:
    """``extract(article_id, text, sentences, mentions, published, url)`` -> visits rows."""

    def __init__(self, registry: Registry, dates: DateResolver, places: PlaceFinder, lexdir=None):
        lex = lexicon_dir() if lexdir is None else lexdir
        self.registry = registry
        self.dates = dates
        self.places = places
        self.cues = load_cues(lex)
        self._lexdir = lex
        self.negation = [re.compile(r["pattern"], re.I) for r in read_rows(lex / "negations.csv", ("pattern",))]
        # visits dates round: "will visit Seoul at an appropriate time": no time set (visit_open_time.csv)
        self._open_time_re = re.compile(r"\bat\s+(?:" + alternation(
            [r["word"] for r in read_rows(lexicon_file(lex, "visit_open_time.csv"), ("word",))]) + r")\b", re.I)
        barred = read_rows(lexicon_file(lex, "visit_barred.csv"), ("kind", "word"),
                           {"kind": ("verb", "not_people")})
        self._barred_re = re.compile(rf"\b(?:{alternation([r['word'] for r in barred if r['kind'] == 'verb'])})"
                                     + _BARRED_FROM_TAIL, re.I)
        self._barred_things = frozenset(r["word"].lower() for r in barred if r["kind"] == "not_people")
        # the cancel cues of visit_cues.csv, for frames that read a sentence's status without a cue of their own
        self._cancel_cue_res = [c.regex for c in self.cues if c.frame == "cancel"]
        self._reset_story_state()
        # visits session 7: a trip told as background with a past date of its own (visit_past_trip.csv)
        past = read_rows(lexicon_file(lex, "visit_past_trip.csv"), ("kind", "word"),
                         {"kind": ("noun", "verb", "host_anaphor", "role", "not_trip")})
        pw = {k: alternation([r["word"] for r in past if r["kind"] == k]) for k in ("noun", "verb", "host_anaphor", "role", "not_trip")}
        order = r"(?:(?:first|last|previous|earlier|most\s+recent|only|second|third|fourth|fifth|sixth|seventh|\w+th)\s+)?"
        # "X's / his (previous) (state) visit ... in|since <date>": the trip noun a possessor owns, then the date
        # (the noun may be left out after "first": "his first since November 2005")
        # (s23: or "his first to the republic since 2012": "first" and a place before "since")
        self._past_noun_re = re.compile(rf"(?P<poss>['’]s|\b(?:his|her))\s+(?:{order}(?:{pw['noun']})|first(?=(?:\s+(?:to|in)\s+[^.;:,()]{{1,40}}?)?\s*(?:since\b|$)))\b(?P<mid>(?:[^.;:()]|(?<=\b[A-Z])\.){{0,70}}?)"
                                        r"(?:,?\s+(?:was|came)\s*|,\s*)?(?:\b(?:in|since)\s+)?$", re.I)
        # "X / he / the Italian leader (first|last) came ... in <date>": a movement verb after its subject
        self._past_verb_re = re.compile(rf"(?P<subj>\b(?i:he|she)|\b(?i:the)\s+(?P<dem>[A-Z][\w.'’-]*)\s+(?:{pw['role']}))?"
                                        rf"\s+(?i:(?:first|last|also|later|then|once)\s+)?(?i:{pw['verb']})\b"
                                        r"(?P<mid>(?:[^.;:()]|(?<=\b[A-Z])\.){0,70}?)(?:,\s*)?(?:\b(?:in|since)\s+)?$")
        # "the first <demonym> <role> to visit <P> since <Name> (came ...) in <date>"; "the first visit to <P> by a(n)
        # <demonym> <role> since <Name> ..."
        # (s23: a lower-case role before the name, "since communist leader Enver Hoxha"; a name particle, "Luiz
        # Inacio Lula da Silva")
        self._past_since_re = re.compile(r"\bfirst\b(?P<head>(?:[^.;:()]|(?<=\b[A-Z])\.){0,90}?)\bsince\s+(?:then-|former\s+|late\s+)?"
                                         rf"(?:(?-i:[a-z][\w-]*\s+)?(?-i:{pw['role']})\s+)?"
                                         r"(?P<name>(?-i:[A-Z])[\w.'’-]*(?:\s+(?:(?-i:[A-Z])[\w.'’-]*|(?-i:d[aeo]s?|van|von|der|bin|al|el)(?=\s+(?-i:[A-Z])))){0,4})"
                                         rf"(?:\s+(?:{pw['verb']})\b(?P<mid>(?:[^.;:()]|(?<=\b[A-Z])\.){{0,70}}?))?(?:,\s*)?(?:\s+in)?\s*$", re.I)
        self._past_anaphor_re = re.compile(rf"\b(?:{pw['host_anaphor']})\b", re.I)
        self._past_not_trip_re = re.compile(rf"\b(?:{pw['not_trip']})\b", re.I)
        self._past_role_after_re = re.compile(rf"\s+(?:{pw['role']})\b", re.I)
        heads = read_rows(lexicon_file(lex, "body_heads.csv"), ("word",))
        self._of_the_body_re = re.compile(_OF_THE_BODY.format(heads=alternation([r["word"] for r in heads])))
        roles = read_rows(lexicon_file(lex, "appositive_roles.csv"), ("word",))
        self._office_of_re = re.compile(_OFFICE_OF.format(roles=alternation([r["word"] for r in roles])), re.I)
        self.outlets = read_rows(lex / "outlets.csv", ("url_contains", "home_place", "iso3"))
        exempt = read_rows(lexicon_file(lex, "envoy_exempt.csv"), ("word",))
        self._envoy_exempt_re = re.compile(rf"\b(?:{alternation([r['word'] for r in exempt])})\b", re.I)
        rep = read_rows(lexicon_file(lex, "visit_report_words.csv"), ("kind", "word"), {"kind": ("verb", "noun")})
        rverbs = alternation([r["word"] for r in rep if r["kind"] == "verb"])
        rnouns = alternation([r["word"] for r in rep if r["kind"] == "noun"])
        # fixV3: the day a text was issued, carried or posted ("on Friday carried a travelogue written after visiting
        # Pyongyang"; "in its statement on Tuesday"): a date followed by the publishing verb, or after the text's noun
        self._report_after_re = re.compile(rf"\s*,?\s*(?:(?:also|again|jointly)\s+)?(?:{rverbs})\b", re.I)
        self._report_before_re = re.compile(
            rf"\b(?:(?:{rnouns})s?(?:\s+(?:{rverbs}))?|(?:{rverbs})(?:\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{rnouns}))?)"
            r"\s+(?:on\s+|last\s+)?$", re.I)
        statw = read_rows(lexicon_file(lex, "visit_status_words.csv"), ("kind", "word"), {"kind": ("past", "welcome")})
        # fixV4 (item 2): "the death of leader X", "people yearning for X": X is honoured, not the traveller
        honw = read_rows(lexicon_file(lex, "visit_honouree_words.csv"), ("kind", "phrase"), {"kind": ("before", "gift")})
        gifts = [r['phrase'] for r in honw if r['kind'] == 'gift']
        self._gift_from_re = re.compile(
            r"\s*(?:,[^,]{0,120},\s*)?(?:received|receives|(?:was|were|is|are)\s+presented\s+with)\s+"
            r"(?:(?:an?|the|his|her|their|two|three|several)\s+)?(?:[\w-]+\s+(?:and\s+(?:an?\s+)?)?){0,3}?"
            rf"(?:{alternation(gifts)})\s+(?:from|by)\s+", re.I) if gifts else None
        honw = [r for r in honw if r['kind'] == 'before']
        # s11 (registry brief item 1): "Putin's spokesman flew to Ankara": the spokesman travels, not Putin
        owned = read_rows(lexicon_file(lex, "visit_possessed_people.csv"), ("word", "note"),
                          {"note": ("relative", "staff")})
        self._possessed_person_re = re.compile(
            rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{alternation([r['word'] for r in owned])})s?\b(?!-)", re.I)
        self._possessed_staff = frozenset(r["word"].lower() for r in owned if r["note"] == "staff")
        # s22: a relative named in an appositive of the one who acts: "Kim Yo Jong, the sister of North Korean leader
        # Kim Jong Un, met Moon in Seoul", "X, youngest son of former President Y, arrived in Pyongyang": the
        # head travels, not the relative the appositive names (the relative gives the head's country)
        kin = alternation([r["word"] for r in owned if r["note"] == "relative"])
        self._kin_appositive_re = re.compile(
            rf"(?P<name>(?-i:[A-Z])[\w'’-]+(?:[ ](?-i:[A-Z])[\w'’-]+){{1,3}}),\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?i:{kin})\s+of\s+(?:(?:the|late|former|ex-?)\s+)?(?:[\w.'’-]+\s+){{0,5}}?$")
        self._honouree_re = re.compile(
            rf"\b(?:{alternation([r['phrase'] for r in honw])})\s+(?:[\w.'’-]+\s+){{0,4}}[\w.'’-]*$", re.I) if honw else None
        # fixV3: "his recent visit" is a trip made; "would welcome a visit by X" is an offer (invited)
        self._past_trip_re = re.compile(
            rf"\b(?:{alternation([r['word'] for r in statw if r['kind'] == 'past'])})\s+(?:[\w-]+\s+)?(?:visits?|trips?|tours?|journeys?)\b", re.I)
        self._welcome_re = re.compile(
            rf"\b(?:{alternation([r['word'] for r in statw if r['kind'] == 'welcome'])})\s+(?:to\s+|be\s+(?:\w+\s+)?to\s+)?"
            r"(?:welcome|receive)\s+(?:(?:a|an|the|his|her|their|its|such)\s+)?(?:[\w-]+\s+){0,2}"
            r"(?:(?:visits?|trips?|tours?)\s+[^.;:,!?]{0,100}?\s+and\s+(?:(?:a|an|the|his|her|their|its)\s+)?)?$", re.I)
        talks = read_rows(lexicon_file(lex, "visit_talks_predicate.csv"), ("kind", "word"), {"kind": ("aux", "break")})
        self._talks_aux_re = re.compile(
            rf"\b(?:{alternation([r['word'] for r in talks if r['kind'] == 'aux'])})\s+(?:(?:\w+ly|also|again|then|now|not)\s+)?$", re.I)
        self._talks_break_re = re.compile(
            rf"[;:]|\b(?:{alternation([r['word'] for r in talks if r['kind'] == 'break'])})\b", re.I)
        # the back-off's words (round 13), from the lexicon folder when it has the file, else the package's
        bo = read_rows(lexicon_file(lex, "visit_backoff.csv"), ("kind", "word"),
                       {"kind": ("verb", "here", "group", "guard", "posted", "team", "contest", "event", "participant",
                                 "tribute", "home_monument")})
        def words(kind):
            return rf"\b(?:{alternation([r['word'] for r in bo if r['kind'] == kind])})\b"
        self._bo_verb_re = re.compile(words("verb"), re.I)
        # s19: acts done in person at a home outlet's monuments, whose place the story need not name ("X, widow of ...,
        # and her party paid respects to the bier"): the subject's foreign country travelled there without "here" (not
        # when an embassy or mission is named in the sentence or the ones just before it: the tribute was paid at the
        # embassy abroad; not "laid a wreath before the Independence Monument" in Phnom Penh: the home outlet's own
        # monuments, after the verb, case as written)
        self._bo_tribute_re = re.compile(words("tribute"), re.I)
        self._bo_home_monument_re = re.compile(words("home_monument"))
        self._bo_here_re = re.compile(words("here"), re.I)
        self._bo_group_re = re.compile(words("group"), re.I)
        self._bo_guard_re = re.compile(words("guard"), re.I)
        self._bo_posted_re = re.compile(words("posted"), re.I)
        # round 15: a home team's nouns right after the country ("DPRK swimmers", "the DPRK women's team") and the
        # words naming a contest ("Championship", "World Cup", "contest")
        # fixP round: a list of countries' people who stayed where they are, or of things (visit_stay_home.csv)
        stay = read_rows(lexicon_file(lexdir, "visit_stay_home.csv"), ("kind", "word"),
                         {"kind": ("act_verb", "act_noun", "resident", "thing")})
        sw = lambda k: alternation([r["word"] for r in stay if r["kind"] == k])
        self._stay_act_re = re.compile(rf"\b(?:{sw('act_verb')})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{sw('act_noun')})\b", re.I)
        self._stay_resident_re = re.compile(rf"\s*,?\s*(?:who\s+(?:are|were)\s+)?(?:{sw('resident')})\s+(?:in|at)\b", re.I)
        self._stay_thing_re = re.compile(rf"\b(?:{sw('thing')})\s+of\b", re.I)
        # visits review NW (finding 5): "arrived ... from X, where he had attended ..." (visit_from_where.csv)
        fw = read_rows(lexicon_file(lexdir, "visit_from_where.csv"), ("kind", "word"),
                       {"kind": ("move", "pronoun", "pronoun_group", "act")})
        fww = lambda k: alternation([r["word"] for r in fw if r["kind"] == k]).replace(" ", r"\s+")
        self._from_where_re = re.compile(
            rf"\b(?:{fww('move')})\s+(?:[\w.'’-]+\s+){{0,8}}?from\s+"  # (session 7: 8 words, "to Kyiv on Friday by overnight train")
            r"(?P<where_from>(?-i:[A-Z])[^,;.()]{1,60}?(?:\.[^,;.()]{1,30}?)?),\s+where\s+"
            rf"(?:(?P<group>{fww('pronoun_group')})|{fww('pronoun')})\s+(?:had\s+)?(?:{fww('act')})\b", re.I)
        # s22: the bare leg the gold README's eleventh-session rule tells ("arrived in Bangkok from Hanoi", "flew in to
        # Hanoi early on Thursday from Pyongyang"): an arrival verb, at most six words, "from" and a capitalised place
        # that closes its phrase (not "from Hanoi, where ...", the rule above; not "via")
        self._from_bare_re = re.compile(
            r"\b(?:arrived|arrives|arriving|flew|flies|flying|flown)\s+(?:[\w.'’-]+\s+){0,6}?from\s+"
            r"(?P<where_from>(?-i:[A-Z])[\w'’.-]*(?:[ -](?-i:[A-Z])[\w'’.-]*){0,2})"
            r"(?=\s*[.;]|\s*,(?!\s+where\b)|\s+(?:on|late|early|for|to|and|after|ahead|in|at)\b)")
        # visits session 7c: a pronoun's onward leg from the place the story is about (visit_onward_leg.csv)
        onward = read_rows(lexicon_file(lexdir, "visit_onward_leg.csv"), ("phrase",))
        self._onward_re = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, r["phrase"].split()))
                                                        for r in onward) + r")\b", re.I)
        # visits session 7c: the bare offices mentions.py may leave unresolved ("The premier said he ...")
        offices = read_rows(lexicon_file(lexdir, "title_anaphors.csv"), ("word",))
        self._office_subject_re = re.compile(r"\s*The\s+(?:" + "|".join(r"\s+".join(map(re.escape, r["word"].split()))
                                                                 for r in offices) + r")\b(?!\s+of\b)", re.I)
        # visits newswire round (item 1): stand-ins for a dropped trip (visit_stand_in.csv)
        sub = read_rows(lexicon_file(lexdir, "visit_stand_in.csv"), ("kind", "word"),
                        {"kind": ("after", "before", "verb", "replaced", "go", "group", "appoint")})
        sw2 = lambda k: alternation([r["word"] for r in sub if r["kind"] == k])
        _title = r"(?:(?:its|his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,5}?$"
        self._stand_before_re = re.compile(rf"\b(?:{sw2('before')})\s+{_title}", re.I)
        self._stand_after_re = re.compile(rf"\b(?:{sw2('go')})\b[^,;:.]{{0,60}}?\b(?:{sw2('after')})\b(?!\s+of\b)", re.I)
        self._stand_verb_re = re.compile(
            rf"\s*(?:,[^,;.]{{0,60}},\s*)?(?:will|would|is\s+to|is\s+(?:expected|due|set)\s+to|was\s+to)\s+(?:{sw2('verb')})\s+"
            rf"(?:(?:[\w'’-]+\s+){{0,3}}?delegation\b|(?:the\s+)?(?-i:[A-Z]))", re.I)
        self._stand_replaced_re = re.compile(rf"\b(?:{sw2('replaced')})\s+{_title}", re.I)
        # visits review NW (findings 1, 2, 7): "led by / headed by / represented by" hangs on a delegation-like body (or a
        # country, checked in code); the stand-in's go verb has no place of its own before "instead"; "in place of X"
        # told of a post ("picked Z as ... in place of X") is no trip
        self._stand_group_re = re.compile(rf"\b(?:{sw2('group')})\s*,?\s+(?:will\s+be\s+|would\s+be\s+|was\s+|were\s+|is\s+|are\s+|"
                                          rf"to\s+be\s+|being\s+)?$", re.I)
        self._stand_by_re = re.compile(r"\b(?:led|headed|represented)\s+by\s+(?:(?:its|his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,5}?$", re.I)
        self._stand_appoint_re = re.compile(rf"\b(?:{sw2('appoint')})\b", re.I)
        self._stand_go_re = re.compile(rf"\b(?:{sw2('go')})\b", re.I)
        # visits session 8: verbs of a plan agreed, right before a meeting or travel cue (visit_agreed_plan.csv)
        agreed_rows = read_rows(lexicon_file(lexdir, "visit_agreed_plan.csv"), ("kind", "word"), {"kind": ("verb", "held")})
        self._agreed_re = re.compile(r"\b(?:" + alternation(
            [r["word"] for r in agreed_rows if r["kind"] == "verb"])
            + r")\s+(?:(?:also|jointly|again)\s+)?(?:to\s+)?$", re.I)
        # visits fix session 8: wording that tells the agreed meeting as held ("held talks there as planned")
        self._agreed_held_re = re.compile(r"\b(?:" + "|".join(r["word"] for r in agreed_rows if r["kind"] == "held") + r")\b", re.I)
        # visits round 2 of session 8: acts done in person, for a dateline scene (visit_scene_acts.csv, `_dateline_scene`)
        # (final review: a row with an object counts only with one of its nouns within three words: "opened a bridge")
        acts = read_rows(lexicon_file(lexdir, "visit_scene_acts.csv"), ("word",))
        self._scene_act_re = re.compile(r"\b(?:" + "|".join(
            [alternation([r["word"] for r in acts if not r.get("object")]).replace(" ", r"\s+")]
            + [re.escape(r["word"]).replace(r"\ ", r"\s+") + r"\s+(?:[\w'’-]+\s+){0,3}?(?:"
               + "|".join(re.escape(o.strip()) for o in r["object"].split("|") if o.strip()) + ")"
               for r in acts if r.get("object")]) + r")\b", re.I)
        # final review of session 8: the subject's home institutions ("addressed Congress", "at the White House")
        self._home_seat_re = re.compile(r"\b(?:" + alternation(
            [r["word"] for r in read_rows(lexicon_file(lexdir, "visit_home_seats.csv"), ("word",))]) + r")\b", re.I)
        # visits round 2 of session 8: rosters of leaders at an event (visit_roster.csv, `_rosters`)
        ros = read_rows(lexicon_file(lexdir, "visit_roster.csv"), ("kind", "word"))
        def rw(kind):
            return alternation([r["word"] for r in ros if r["kind"] == kind]).replace(" ", r"\s+")
        self._roster_head_re = re.compile(r"\b(?:the\s+)?(?:" + rw("head") + r")\s+of\s+(?:the\s+)?$", re.I)
        self._roster_before_re = re.compile(r"\b(?:" + rw("before") + r")\s+(?:the\s+)?(?:" + rw("head")
                                            + r")?(?:\s+of)?\s*(?:the\s+)?$", re.I)
        self._roster_after_re = re.compile(r"\s*(?:,[^,.;]{1,60},\s*)?(?:(?P<attend>" + rw("attend") + r")|(?P<plan>"
                                           + rw("plan") + r")|(?P<skip>" + rw("skip") + r"))\b", re.I)
        self._roster_gate_re = re.compile(r"\b(?:" + rw("head") + r")\s+of\b|'s\s+[A-Z]", re.I)
        # session 9: lists of named people at one place and the other side of a pair (visit_rosters.py), status from
        # several statements (visit_revisions.py), hosts named by a description (visit_hosts.py)
        self._roster_words = RosterWords(lexdir)
        self._summit_words = SummitWords(lexdir)  # visits session 11, second round: summit attendees
        self._revision_words = RevisionWords(lexdir)
        self._host_words = HostWords(lexdir)
        # session 10: stays told without a verb of travel (visit_stays.py)
        self._stay_words = StayWords(lexdir)
        self._long_wire = LongWire(lexdir)  # visits session 11: long wire stories
        self._wire12 = Wire12Words(lexdir)  # visits session 12 (visit_wire12.py)
        self._kcna13 = Kcna13Words(lexdir)  # visits session 13, guests at home (visit_kcna13.py)
        self._kcna14 = Kcna14Words(lexdir)  # visits session 14, KCNA trips told without travel (visit_kcna14.py)
        self._kcna16 = Kcna16Words(lexdir)  # visits session 16 (K), visit_kcna16.py
        self._refusal14 = RefusalWords(lexdir)  # visits session 14, refusals with no trip arranged (visit_refusal14.py)
        # the wire rounds' words, built here once (before the workers fork) rather than at first use (words_of)
        self._wire13_words = Wire13Words(lexdir)  # visits session 13 (visit_wire13.py)
        self._wire14_words = Wire14Words(lexdir)  # visits session 14 (visit_wire14.py)
        # visits round 2 of session 8: the scene of an act told with a gathering (visit_scene_at.csv, `_at_scene`)
        sat = read_rows(lexicon_file(lexdir, "visit_scene_at.csv"), ("kind", "word"))
        def sa(kind):
            return alternation([r["word"] for r in sat if r["kind"] == kind]).replace(" ", r"\s+")
        self._at_scene_re = re.compile(r"\b(?:" + sa("lead") + r")\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?"
                                       r"(?:[a-z][\w'’-]*\s+){0,3}?(?:(?P<talks>" + sa("talks") + r")|(?P<speech>" + sa("speech")
                                       + r"))\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])")
        # visits session 8: irregular past forms, for the tense of a plan's own clause (`_plan_clause_ahead`)
        self._irregular_past_re = re.compile(r"\b(?:" + alternation(
            [r["word"] for r in read_rows(lexicon_file(lexdir, "visit_irregular_past.csv"), ("word",))]).replace(" ", r"\s+")
            + r")\b", re.I)
        # visits session 7b: presence predicates, an act told "in/at <place>" (visit_presence.csv, `_presence`)
        pres = read_rows(lexicon_file(lexdir, "visit_presence.csv"), ("kind", "word"),
                         {"kind": ("verb", "event", "object", "future", "past", "present", "remote", "origin", "leg", "trip", "plan", "off", "handed",
                                   "gathering")})
        pres_words = lambda k: [r["word"].lower() for r in pres if r["kind"] == k]
        pa = lambda k: alternation([r["word"] for r in pres if r["kind"] == k]).replace(" ", r"\s+")
        self._pres_re = re.compile(
            rf"\b(?:(?P<aux>{pa('future')})\s+(?:[a-z]+ly\s+)?)?(?:(?P<verb>{pa('verb')})|(?P<event>{pa('event')}))\b"
            rf"(?P<obj>(?:\s+[\w'’-]+){{0,5}}?)\s+(?:in|at)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
        self._pres_object_re = re.compile(rf"\b(?:{pa('object')})s?\b", re.I)
        self._pres_remote_re = re.compile(rf"\b(?:{pa('remote')})\b", re.I)
        self._pres_past = frozenset(pres_words("past"))
        self._pres_handed = frozenset(pres_words("handed"))
        gathering = alternation(pres_words("gathering"))
        self._leg_list_sep_re = re.compile(_LEG_LIST_SEP.format(gathering=gathering))
        self._leg_event_in_re = re.compile(_LEG_EVENT_IN.format(gathering=gathering), re.I)
        self._pres_present = frozenset(pres_words("present"))
        self._pres_gate = tuple(sorted({w.split()[0] for w in pres_words("verb") + pres_words("event")}))
        trip = rf"(?:{pa('trip')})s?"
        # visits session 8: the gate of `_trip_nouns` is the lexicon's trip nouns (it listed five in code; "stop" was missing)
        self._tn_gate = tuple(sorted({" " + w.lower() for w in pres_words("trip")}))
        mods = r"(?:[\w'’-]+\s+){0,4}?"
        # "a (planned) visit by / of <visitor> to/in <place>"
        self._tn_by_re = re.compile(rf"\b(?:an?|the)\s+(?P<mods>{mods}){trip}\s+(?:by|of)\s+", re.I)
        # "<visitor>'s (first) trip (abroad as premier), to <place>", "whose last foreign trip (...) was to <place>"
        self._tn_poss_re = re.compile(rf"(?P<poss>['’]s|\bwhose)\s+(?P<mods>{mods}){trip}\b(?:\s+(?:abroad|overseas))?"
                                      rf"(?:\s+(?:as|since|before|after)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?"
                                      rf"(?:,|\s+(?:was|were|had\s+been|is)(?:\s+also)?)?\s+(?:to|in)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
        # "<visitor> ... with / after trips to A, B and C" (the clause's subject)
        self._tn_bare_re = re.compile(rf"\b(?:with|after|following|on|during)\s+(?:(?:his|her|their|a|an|the)\s+)?(?P<mods>{mods})"
                                      rf"(?:{pa('trip')})s\s+to\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
        self._leg_part_words = tuple(sorted({w.split()[0].lower() for w in pres_words("leg")}))
        self._tn_plan_re = re.compile(rf"\b(?:{pa('plan')})\b", re.I)
        self._tn_off_re = re.compile(rf"\b(?:{pa('off')})\b", re.I)
        self._tn_last_re = re.compile(r"\b(?:last|previous)\b", re.I)
        nt = read_rows(lexicon_file(lexdir, "visit_not_trip.csv"), ("kind", "pattern"),
                       {"kind": ("post", "denial", "no_plan", "remote")})
        self._not_trip_re = {k: re.compile(alternation_of_patterns([r['pattern'] for r in nt if r["kind"] == k]), re.I)
                             for k in ("post", "denial", "no_plan", "remote")}
        self._leg_origin_re = re.compile(rf"\b(?:{pa('origin')})\s+(?:(?:here|there|back|directly|straight)\s+)?from\s+(?:the\s+)?"
                                         r"(?=(?-i:[A-Z]))", re.I)
        self._leg_part_re = re.compile(rf",\s+(?:(?:then|also|first|briefly)\s+)?(?:{pa('leg')})\s+(?:(?:briefly|first)\s+)?(?:in\s+|at\s+)?"
                                       r"(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
        # visits newswire round (item 1): the event frame's extra nouns and verbs (visit_event_frame.csv)
        evf = read_rows(lexicon_file(lexdir, "visit_event_frame.csv"), ("kind", "word"),
                        {"kind": ("noun", "gather", "opens", "bare", "negation", "series", "here", "remote", "here_verb", "history")})
        ew = lambda k: alternation([r["word"] for r in evf if r["kind"] == k])
        noun = rf"(?:{_EVENT_NOUN[3:-1]}|(?:{ew('noun')})s?)"
        self._ev_before_place_re = re.compile(
            rf"\b{noun}(?:,?\s+(?:(?:to\s+be\s+|being\s+|was\s+|were\s+|will\s+be\s+|which\s+was\s+)?(?:held|taking\s+place|hosted)"
            rf"|,?\s+which\s+took\s+place|(?:{ew('opens')})))?\s+(?:in|on|at)\s+(?:the\s+)?$", re.I)
        self._ev_gather_in_re = re.compile(
            rf"\b(?:gathered|convened|assembled|met|{ew('gather')})\s+(?:(?:again|together|briefly)\s+)?(?:in|on)\s+(?:the\s+)?$", re.I)
        self._ev_ref_re = re.compile(rf"\b(?:the|that|this|a|an|its|their)\s+(?:[\w()'’.-]+\s+){{0,4}}?{noun}\b"
                                     r"|\b(?:skip(?:s|ped|ping)?|attend(?:s|ed|ing)?|miss(?:es|ed|ing)?|boycott(?:s|ed|ing)?)\s+it\b", re.I)
        # (a story with one of the event nouns is read even without a visit cue: "were on the tribune for the parade")
        self._ev_gate_words = tuple(r["word"].lower() for r in evf if r["kind"] == "noun")
        # visits review NW (findings 3, 4): a serial event hosted elsewhere, the lead placing the event here, from afar
        self._ev_series_re = re.compile(rf"\b(?:{ew('series')})\b")
        self._ev_here_re = re.compile(rf"\b(?:{ew('here')})\b", re.I)
        self._ev_remote_re = re.compile(rf"\b(?:{ew('remote')})\b", re.I)
        self._ev_here_verb_re = re.compile(rf"\b(?:{ew('here_verb')})\b", re.I)
        self._ev_history_re = re.compile(rf"\b(?:{ew('history')})\s+(?:[\w-]+\s+)?$", re.I)
        self._ev_bare_re = re.compile(rf"\s*(?:(?:{ew('bare')})\b\s*)?(?:[.;,]|$)", re.I)
        self._ev_negation_re = re.compile(rf"(?:\b|(?<=\w))(?:{ew('negation')})\s+(?:(?:be|been|yet|also)\s+)?$", re.I)
        effigies = alternation([r["word"] for r in read_rows(lexicon_file(lexdir, "visit_effigies.csv"), ("word",))])
        # "the statue(s) of President X (and leader Y)": the people shown (fixP round, audit kind 5)
        self._effigy_of_re = re.compile(
            rf"\b(?:{effigies})\s+(?:of|to)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?$|"
            rf"\b(?:{effigies})\s+(?:of|to)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,6}}?and\s+(?:[\w'’.-]+\s+){{0,2}}?$", re.I)
        self._effigy_word_re = re.compile(rf"\b(?:{effigies})\s+(?:of|to)\b", re.I)
        self._sport_team_re = re.compile(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?" + words("team"), re.I)
        self._sport_contest_re = re.compile(words("contest"), re.I)
        # round 16: clause words once written in the code (visit_clauses.csv): each kind one alternation
        clauses = read_rows(lexicon_file(lex, "visit_clauses.csv"), ("kind", "pattern"),
                            {"kind": ("role_verb", "role_plan", "accompanied", "plan", "guess", "group_plain", "caption")})
        # visits fix session 8: modifiers of a group told again that name no kind of group of their own (`_dedupe`)
        self._group_plain = frozenset(r["pattern"].lower() for r in clauses if r["kind"] == "group_plain")
        # visits fix session 8: a photo caption, told in the present of a past scene (`_plan_clause_ahead`)
        self._caption_re = re.compile(r"\b(?:" + ("|".join(r["pattern"] for r in clauses if r["kind"] == "caption") or "(?!)") + r")\b", re.I)
        def alts(kind):
            return "|".join(r["pattern"] for r in clauses if r["kind"] == kind) or "(?!)"  # (no rows: never matches)
        self._role_verb_re = re.compile(rf"\b(?:{alts('role_verb')})\b", re.I)
        self._role_plan_re = re.compile(rf"\b(?:{alts('role_plan')})\b|[’']ll\b", re.I)
        self._accompanied_re = re.compile(rf"\b(?:{alts('accompanied')})\s*", re.I)
        self._bo_plan_re = re.compile(rf"\b(?:{alts('plan')})\s+(?:\w+\s+){{0,2}}$", re.I)
        # round 17: Spanish stories of a home outlet (visit_spanish.csv)
        es = read_rows(lexicon_file(lex, "visit_spanish.csv"), ("kind", "pattern"),
                       {"kind": ("marker", "verb", "plan", "here", "country", "group", "times", "posted", "site")})
        def es_alts(kind):
            return "|".join(r["pattern"] for r in es if r["kind"] == kind) or "(?!)"  # (no rows: never matches)
        self._es_markers = frozenset(r["pattern"] for r in es if r["kind"] == "marker")
        self._es_verb_re = re.compile(rf"\b(?:{es_alts('verb')})", re.I)
        self._es_plan_re = re.compile(rf"(?:{es_alts('plan')})", re.I)
        self._es_here_re = re.compile(rf"\b(?:{es_alts('here')})")
        self._es_group_re = re.compile(rf"\b(?:{es_alts('group')})\b", re.I)
        self._es_times_re = re.compile(rf"\b(?:{es_alts('times')})\b", re.I)
        self._es_posted_re = re.compile(rf"\b(?:{es_alts('posted')})", re.I)
        self._es_site_re = re.compile(rf"\b(?:{es_alts('site')})\b")
        # (s23: in any case, "Pueblo Chino", "Grupo Francés")
        self._es_countries = [(r["pattern"].split("=", 1)[0], re.compile(rf"\b(?:{r['pattern'].split('=', 1)[1]})\b", re.I))
                              for r in es if r["kind"] == "country"]
        # KCNA s8: Spanish noun trips ("su reciente visita a Francia", "la visita a China del Dirigente", cancellations)
        esn = read_rows(lexicon_file(lex, "visit_spanish_nouns.csv"), ("kind", "pattern"),
                        {"kind": ("adj", "cancel", "cancel_after", "plan", "recent", "praise", "now")})
        def esn_alts(kind):
            return "|".join(r["pattern"] for r in esn if r["kind"] == kind) or "(?!)"
        adj = rf"(?:(?:{esn_alts('adj')})\s+){{0,3}}"
        self._esn_noun_re = re.compile(rf"\b(?:su|sus|la|las|una|esta|esa|el)\s+{adj}visitas?\s+{adj}"
                                       rf"(?:(?P<of>de|del)\s+)?", re.I)
        self._esn_cancel_re = re.compile(rf"\b(?:{esn_alts('cancel')})\b", re.I)
        self._esn_cancel_after_re = re.compile(rf"\b(?:{esn_alts('cancel_after')})\b", re.I)
        self._esn_plan_re = re.compile(rf"\b(?:{esn_alts('plan')})\b", re.I)
        self._esn_recent_re = re.compile(rf"\b(?:{esn_alts('recent')})\b", re.I)
        self._esn_praise_re = re.compile(rf"\b(?:{esn_alts('praise')})", re.I)
        self._esn_now_re = re.compile(rf"\b(?:{esn_alts('now')})\b", re.I)
        self._bo_guess_re = re.compile(rf"\b(?:{alts('guess')})\b", re.I)
        # round 16: a noun naming a gathering a story can be set at ("summit", "inauguration", "Games"); with a
        # place and a date right after it ("the summit in Astana on July 3-4") it is the story's scene
        self._scene_event_re = re.compile(words("event") + _SCENE_AFTER_EVENT, re.I)
        # an event told as happening ("A match was played in Glasgow on Wednesday", "The ... Tournament opened here"):
        # the event word, then within its clause a verb of taking place
        # (found verb first, the rarer word: `_event_held`)
        self._event_word_re = re.compile(rf"(?:{words('event')}|{words('contest')})", re.I)
        # the people of a country taking part ("players from Norway, ...", "the DPRK and Colombian teams", "French rivals")
        self._participant_re = re.compile(words("participant"), re.I)
        self.keywords = sorted({k for c in self.cues for k in c.keywords})
        self._title_finder = None  # built on first use: countries a headline sends a delegation to
        self._title_hosts: list[str] = []
        self._home_now: tuple[str, str] | None = None
        self._title_place: str | None = None
        self._title_plural = False
        self._published: dt.date | None = None
        self._sent_mentions: list[Mention] = []
        self._datelines: list[tuple[int, int]] = []
        # per-article context, reset by extract()
        self._story_day: DateSpan | None = None
        self._story_countries: set[str] = set()
        self._story_country_list: list[tuple[int, str]] = []
        self._story_country_surface: dict[int, str] = {}
        self._prev_sentence: tuple[int, int] | None = None
        self._last_group: Party | None = None  # the delegation a sentence named last: "It" in the next one
        # (country, office) -> [(person id, term start, term end)]: "the DPRK foreign minister" named only by office
        self._offices: dict[tuple[str, str], list[tuple[str, dt.date | None, dt.date | None]]] = {}
        for actor in registry.actors.values():
            if actor.kind != "person":
                continue
            for t in actor.terms:
                if t.role and (t.iso3 or actor.iso3):
                    key = (t.iso3 or actor.iso3, re.sub(r"\s+", " ", t.role.lower()))
                    self._offices.setdefault(key, []).append((actor.actor_id, t.start, t.end))
        self._init_tour_route(lexdir)

    def _init_tour_route(self, lexdir) -> None:
        """Visits session 9 (tour legs): the route patterns of `_tour_route`, from visit_tour_route.csv."""
        kinds = ("noun", "take", "include", "start", "wrap", "behind", "ahead", "next", "next_back", "leave", "onto")
        rows = read_rows(lexicon_file(lexdir, "visit_tour_route.csv"), ("kind", "status", "pattern"),
                         {"kind": kinds, "status": ("-", "occurred", "planned", "tense")})
        alt = {k: "|".join(f"(?:{r['pattern']})" for r in rows if r["kind"] == k) or "(?!)" for k in kinds}
        # (kind, fullmatch pattern, status): the status of the verb a match found
        self._tr_status = [(r["kind"], re.compile(r["pattern"], re.I), r["status"]) for r in rows if r["kind"] != "noun"]
        self._tr_gate = ("tour", "trip", "swing", "journey", "itinerary", "leg", "visit", "voyage", "next",
                         "en route", "way to", "after ", "following ", "having ", "port of call", " rest of ", "round",
                         "fresh from", " left ", " depart", " leaves ", " out of ")
        nouns = rf"(?:{alt['noun']})s?"
        # "a tour of Africa that takes", "the trip, which took", "the last leg takes"
        # (perf s11: "\s*,?\s+" split a long run of spaces every way before failing, quadratic; "(?:\s*+,)?\s++"
        # reads the same text, since a word follows it)
        link = r"(?:(?:\s+[\w'’-]+){0,6}?(?:\s*+,)?\s++(?:that|which)|\s*,\s+which)?\s+"
        aux = (r"(?:(?P<aux>will|would|is\s+to|are\s+to|is\s+due\s+to|is\s+set\s+to|is\s+expected\s+to|was\s+to|"
               r"has|have|had)\s+)?")
        adv = r"(?:(?:also|then|now|later|next|eventually|finally|further|first|already)\s+)?"
        obj = (r"(?:(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:president|leader|premier|minister|chancellor|king|queen|"
               r"pope|emir|envoy|secretary|delegation|pair|couple|leaders)|(?-i:[A-Z])[\w.-]+['’]s\s+(?:[\w-]+\s+){0,2}?"
               r"(?:president|leader|premier|minister|chancellor|envoy|secretary|diplomat|king)"
               # (s22: or the traveller's name, "the tour had already taken Wang to Italy, the Netherlands ...")
               r"|(?P<objname>(?-i:[A-Z])[a-z][\w'’-]*(?:\s+(?-i:[A-Z])[a-z][\w'’-]*){0,2}))\s+)?")
        cap = r"(?:the\s+)?(?=(?-i:[A-Z]))"
        head = rf"\b{nouns}\b{link}{aux}{adv}"
        self._tr_take_re = re.compile(rf"{head}(?P<verb>{alt['take']})\s+{obj}{adv}(?:on\s+|back\s+)?"
                                      rf"(?:to|in|through|across|around)\s+{cap}", re.I)
        self._tr_include_re = re.compile(rf"{head}(?P<verb>{alt['include']})\s+(?:(?:stops?|visits?|calls?|stopovers?)\s+"
                                         rf"(?:in|to|at)\s+)?{cap}", re.I)
        self._tr_start_re = re.compile(rf"{head}(?P<verb>{alt['start']})\s+(?:in|at|with\s+(?:a\s+)?(?:stops?|visits?)\s+"
                                       rf"(?:in|to))\s+{cap}", re.I)
        self._tr_wrap_re = re.compile(rf"\b(?P<aux>will\s+|is\s+to\s+|is\s+due\s+to\s+)?(?P<verb>{alt['wrap']})\s+"
                                      rf"(?:(?:a|an|his|her|their|the|its)\s+)?(?:[\w'’-]+\s+){{0,4}}?{nouns}\b"
                                      rf"(?:\s+(?:of|through|to|across|around)\s+(?P<list>{cap}))?", re.I)
        self._tr_final_re = re.compile(rf"\s+in\s+{cap}")
        # "a tour that began in A and went through B": a second route verb of the same tour
        self._tr_chain_re = re.compile(rf"(?:\s+and|,)\s+(?:(?:also|then|later|now)\s+)?(?P<verb>{alt['take']}|{alt['include']}|"
                                       rf"{alt['start']})\s+{obj}{adv}(?:on\s+|back\s+)?(?:(?:to|in|through|across|around)\s+)?{cap}",
                                       re.I)
        self._tr_leave_re = re.compile(rf"\b(?P<verb>{alt['leave']})\s+{cap}", re.I)
        self._tr_onto_re = re.compile(rf"\b(?P<aux>will\s+|would\s+|is\s+to\s+|is\s+due\s+to\s+|plans\s+to\s+)?"
                                      rf"(?P<verb>{alt['onto']})\s+{cap}", re.I)
        self._tr_behind_re = re.compile(rf"\b(?:{alt['behind']})\s+{cap}", re.I)
        self._tr_ahead_re = re.compile(rf"\b(?:{alt['ahead']})\s+{cap}", re.I)
        self._tr_next_re = re.compile(rf"\b(?:{alt['next']})\s+{cap}", re.I)
        # (from the start of a run of spaces only: a long run is not scanned again from each of its spaces)
        self._tr_next_back_re = re.compile(rf"(?<!\s)\s+(?:{alt['next_back']})\b", re.I)
        self._tr_after_leg_re = re.compile(r"\s*(?:$|[,.;:)—–-]|(?:on|in|and|then|before|after|for|to|this|next|later|early|late|"
                                           r"by|until|till|at|where|as|via|followed|with|from|during|over|the|a|an|"
                                           r"earlier|last|en|while|when|is|are|was|were|will|make|makes|round|rounds)\b)", re.I)
        self._tr_also_re = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|is\s+set\s+to|plans\s+to)\s+also\s+(?:travel|go|visit|"
                                      r"fly|head|stop|call|tour)\b|\balso\s+(?:travels|goes|visits|flies|heads|stops)\s", re.I)
        self._tr_days_after_re = re.compile(r"\b(?P<n>an?|one|two|three|four|five|\d)\s+days?\s+after\s+(?:a|an|the|his|her|their)\s+"
                                            r"(?:[\w'’-]+\s+){0,3}?$", re.I)
        self._tr_seq_re = re.compile(r"\b(?:then|on\s+to|before|followed\s+by|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                                     r"Friday|Saturday|Sunday)|next\s+week|later)\b", re.I)
        # between two legs of one list: "A, B and C", "A on Monday, then to B on Tuesday and C", "A before flying on to B"
        # (fullmatched on the gap only; the date words are read separately)
        self._tr_gap_re = re.compile(
            r"(?:\s+(?:on|this|next|later|early|late|until|till|by|over)\b[^,.;:()]{0,40}?)?"
            r"(?:,\s+where\s[^,;.()]{0,150},)?"
            r"(?:\s*,\s*(?:and\s+|then\s+|before\s+|followed\s+by\s+)?|\s+(?:and|then|before|followed\s+by|as\s+well\s+as)\s+)"
            r"(?:(?:then|finally|later|also|eventually)\s+)?"
            r"(?:(?:(?:fly|flying|flies|travel|travell?ing|travels|head|heading|heads|go|going|goes|move|moving|moves)\s+)?"
            r"(?:on\s+)?(?:to|in|at)\s+)?(?:the\s+)?", re.I)

    # -- public ---------------------------------------------------------------------------
    def _reset_story_state(self) -> None:
        """Per-story state the helpers of rounds 18/19 read (review of round 18, item 12: no attribute read through
        getattr before it is set): the sentences and the index of the one being read, every mention of the story, the
        reading back of a sentence before "It", where "arrived here" was told."""
        self._sentences: list[tuple[int, int]] | None = None
        self._si = 0
        self._all_mentions: list[Mention] = []
        self._looking_back = False
        self._arrived_here_at: int | None = None
        self._first_hit: dict = {}  # visits review NW (finding A): (pattern, sentence) -> end of its first match
        self._tr_step_memo: dict = {}  # perf s11 (`_tr_route_list`): (pos, hi) -> one step, for one text and its countries
        # perf s11 (`_date`): id of a sentence's date list -> (list, text, size, less "since"); "text", "ends": the
        # story's text and the (start, end) of each "since" in it
        self._since_free: dict = {}
        self._windows: dict = {}  # perf s11 (`_window`): id of a list of mentions or places -> (list, length, starts)
        # perf s17 (`_finish`): (sentence start, end) -> (first praise word's end or None, a trip told as news in it)
        self._praise_at: dict = {}
        self._attended_at: dict = {}  # perf s17 (`_attended_day`): (sentence start, end, index) -> its day or None

    def extract(self, article_id: str, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                published: dt.date | None, url: str | None, title_iso3: str | None = None,
                home_hint: str | None = None, title: str | None = None) -> list[dict]:
        """Visit rows of one article. ``title_iso3``: the country a headline gives a delegation
        ("Chinese Delegation Arrives"), used when the text does not say whose it is.
        ``home_hint``: URL and outlet name, to tell where "here" is (defaults to ``url``)."""
        low = text.lower()
        self._reset_story_state()
        if not any(k in low for k in self.keywords) and not self._bo_verb_re.search(text) and not (
                ("took part in" in low or "olympi" in low or "paralympi" in low or "games" in low) and _EVENT_WORD_RE.search(text)) \
                and not (_looks_spanish(low) and (self._es_verb_re.search(text) or _ES_TALKS_RE.search(text))) \
                and not any(w in low for w in self._ev_gate_words) \
                and not (any(w in low for w in self._pres_gate) and self._pres_matches(text, 0, len(text))) \
                and not (", in " in text and _PRES_APPOS_RE.search(text)) \
                and not ("accompanied " in low and _ACCOMPANIED_TO_RE.search(text)) \
                and not self._tr_wrap_re.search(text) and not self._tr_leave_re.search(text) \
                and not self._stay_words.gate(text) \
                and not self._kcna13.gate(text) \
                and not (_BARE_DATELINE_RE.match(text) and self._scene_act_re.search(text)) \
                and not ((" among " in low or " included " in low or " were " in low or " are " in low)
                         and self._roster_words.gate_re.search(text)) \
                and not ("in " in low and _FRONTED_GATE_RE.search(text)):
            # (session 10: visit_stays.py; s13: visit_kcna13.py; s18: a dateline's lead with an act in person, "TANGA -
            # President Museveni yesterday laid the foundation stone", which `_dateline_scene` reads)
            return []  # (a home team at an event abroad needs no visit word: _event_abroad; a Spanish story: _spanish)
        original = text
        glued = [m for m in mentions if m.kind == "person" and m.end < len(text) and text[m.end].islower()]
        if glued:
            # "Kim Jong Unreceived" in web copies of KCNA: the cue after a glued name is found when the
            # name's last letter gives way to a space (offsets unchanged; evidence keeps the original)
            chars = list(text)
            for m in glued:
                chars[m.end - 1] = " "
            text = "".join(chars)
            low = text.lower()
        if "C.C" in text:
            # KCNA's "the C.C., the Communist Party of China": the abbreviation's dots and comma do not end the
            # group's name (offsets unchanged; evidence keeps the original)
            # (only after "of the": "his start of work at the C.C., the WPK and his visit to China" keeps its stops)
            # (s19: and the same with its last dot missing, "the C.C, the Communist Party of China")
            text = re.sub(r"(?<=\bof the )C\.C(?:\.,?|,)", lambda m: "CC" + " " * (len(m.group()) - 2), text)
            low = text.lower()
        if "Co." in text or "Ltd." in text:
            # (s18) "the delegation of the Kumgang Insurance Co., Ltd. of the General Association of Korean Residents in
            # Japan": a company's legal form does not end the group's name (offsets unchanged; evidence keeps the original)
            text = _CO_LTD_RE.sub(" ", text)
            low = text.lower()
        home = self._home(home_hint or url)
        suite_one_trip = self._outlet_flag(home_hint or url, "suite_is_one_trip")
        self._home_now = home
        self._low = low
        self._article_keywords = [k for k in self.keywords if k in low]
        if "Air" in text:
            # (s18) an airline is no country: "flew in on a commercial Qatar Airways flight", "aboard an Air India jet"
            mentions = [m for m in mentions if not (m.kind == "country" and (_AIRLINE_AFTER_RE.match(text, m.end)
                                                                              or _AIRLINE_BEFORE_RE.search(text, max(0, m.start - 5), m.start)))]
        if any(m.kind == "country" and m.iso3 in ("HKG", "MAC", "TWN") for m in mentions):
            # round 17: "Hong Kong of China", "Taipei of China", "Taiwan of China": the text makes it China's
            china = self.registry.actors.get("country:CHN")
            mentions = [replace(m, actor_id="country:CHN", iso3="CHN", name=china.name if china else "China")
                        if m.kind == "country" and m.iso3 in ("HKG", "MAC", "TWN") and _OF_CHINA_RE.match(text, m.end) else m
                        for m in mentions]
        self._datelines = _dateline_spans(text)
        # a wire dateline's city ("VLADIVOSTOK, April 25 (wire) - Kim and Putin held their first summit"): where a
        # meeting the lead tells without a place took place
        self._wire_place = None
        if self._datelines and self._datelines[0][0] < 5 and (city := re.match(r"\s*([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})\b",
                                                                                text[:self._datelines[0][1]])):
            hit = self.registry.place(city.group(1).title())
            if hit is not None:
                self._wire_place = Place(hit[0], hit[1], hit[2], hit[3], city.start(1), city.end(1))
        # visits round 2 of session 8: the scene of the lead, from a dateline with or without an agency
        self._scene = None
        if self._wire_place is not None:
            self._scene = (self._wire_place, self._datelines[0][1])
        elif not self._datelines and (bare := _BARE_DATELINE_RE.match(text)) is not None:
            city = re.match(rf"\s*([{_DL_CAPS}][{_DL_CAPS}'’-]+(?:[ \t][{_DL_CAPS}][{_DL_CAPS}'’-]+){{0,2}})(?![\w])", text)
            hit = self.registry.place(city.group(1).title()) if city is not None else None
            if hit is not None:
                # (s18: past the blanks, so that "TANGA, TANZANIA. " split off as a sentence of its own leaves the lead
                # in the next one)
                self._scene = (Place(hit[0], hit[1], hit[2], hit[3], city.start(1), city.end(1)),
                               len(text) - len(text[bare.end():].lstrip(" \t")))
        if self._scene is None and not self._datelines:  # s14: "ISLAMABAD: ...", "ABU DHABI // ..." (visit_wire14.py)
            self._scene = colon_scene(self, text)
        self._published = published
        self._title_hosts = self._headline_hosts(title)
        self._title_place = self._headline_place(title)
        tm = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b",
                       title or "")
        # a round-up's headline month ("On the campaign trail in the USA, September 2020"): the period its
        # undated news belongs to, when it is before publication
        self._title_month = None
        if tm and published is not None:
            first = dt.date(int(tm.group(2)), _MONTHS.index(tm.group(1)) + 1, 1)
            if first <= published.replace(day=1):
                self._title_month = first
        self._title_plural = bool(title and re.search(r"\b(?:Delegations|Groups|Teams|Troupes)\b", title))
        self._story_day = None  # the last date a cue sentence named; dates trips told without one
        self._praise_owners: set[int] = set()  # round 17: "hailing his visits": the pronoun stands for the story's traveller
        self._last_group = None
        self._story_countries = {m.iso3 for m in mentions if m.kind == "country" and m.iso3}
        self._story_country_list = [(m.start, m.iso3) for m in mentions
                                    if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"]
        self._story_country_surface = {m.start: m.surface for m in mentions if m.kind == "country"}
        # perf s18: the story lowered once for the literal-word gates of the patterns below (None: not ASCII, always tried)
        ascii_low = low if text.isascii() else None
        records: list[Record] = []
        self._records = records  # the trips told so far: where a later meeting takes place
        last_date: DateSpan | None = None
        persons_seen: list[Mention] = []
        last_subject: Party | None = None
        for si, s, e, sent_mentions in mentions_by_sentence(sentences, mentions):
            sentence = text[s:e]
            cues = self._cues(sentence, low[s:e])
            self._prev_sentence = sentences[si - 1] if si else None
            self._sentences, self._si = sentences, si
            self._all_mentions = mentions
            if si and published is not None and (sched := _SCHEDULED_FOR_RE.match(text, s, e)) is not None:
                self._scheduled_for(text, sched.end(), e, si, records, published)
            if cues:
                self._sentence(text, s, e, si, cues, sent_mentions, persons_seen, records, published,
                               last_date, home, last_subject, title_iso3)
            if "last" in low[s:e] and _LAST_TO_VISIT_RE.search(text, s, e):
                self._last_to_visit(text, s, e, si, sent_mentions, persons_seen, records, published, last_subject, title_iso3)
            if "visit by" in low[s:e] and records:
                self._visit_by(text, s, e, si, sent_mentions, persons_seen, records, published, last_subject, title_iso3)
            if "since" in low[s:e] and _FIRST_SINCE_RE.search(text, s, e):
                self._since_who(text, s, e, si, sent_mentions, persons_seen, records, published, last_subject, title_iso3)
            # round 19: a home outlet lists a leader's suite ("Accompanying him were X, Y ... and other suite
            # members") as part of one trip, which its readers record once; newswire companions stay visits
            # fixV2: keyed on the outlet's own convention (outlets.csv suite_is_one_trip), not on "is a home outlet"
            if records and not suite_one_trip and ("ccompan" in low[s:e] or " in tow" in low[s:e]) and (
                    acc := self._accompanied_re.search(text, s, e)) is not None:
                self._companions(text, s, e, si, acc, sent_mentions, records, last_subject)
            if published is not None and (" paid to " in low[s:e] or " made to " in low[s:e]
                                          or " took to " in low[s:e]):
                self._trip_paid(text, s, e, si, sent_mentions, persons_seen, records, published, last_subject, title_iso3)
            if " paid by " in low[s:e] or " made by " in low[s:e]:
                self._visits_to_paid_by(text, s, e, si, sent_mentions, persons_seen, records, last_subject, title_iso3)  # KCNA s8
            # (perf s11, second round: the sentence's own test first, then the records from the newest, where this
            # sentence's are: a scan of every record per sentence was quadratic in a story of thousands of trips)
            if records and _GROUP_PLURAL_RE.search(sentence) and any(r.sentence_index == si for r in reversed(records)):
                self._demonym_list_twins(text, s, e, si, sent_mentions, records)  # KCNA s8
            if published is not None and (" visit" in low[s:e] or " trip" in low[s:e]) and " the " in low[s:e]:
                self._the_country_visit(text, s, e, si, sent_mentions, records, published, last_subject)  # KCNA s8
            if si and home and published is not None and _BEARER_HANDED_GATE.may_match_range(ascii_low, s, e) \
                    and _BEARER_HANDED_RE.search(sentence):
                self._gift_bearer(text, s, e, si, sentences[si - 1], records, published, home)  # KCNA s8
            if home and published is not None and _INVERTED_DEPART_RE.match(sentence):
                self._inverted_departures(text, s, e, si, sent_mentions, records, published, home)  # KCNA s8
            if si and home and _MEMBERS_RE.match(sentence):
                self._members_been(text, s, e, si, sentences[si - 1], sent_mentions, records, published, last_date, home)
            if home:
                self._roundup(text, s, e, si, sent_mentions, records, published, last_date, home)
            they_next = (not cues and si + 1 < len(sentences) and re.match(
                r"\s*They\s+(?:[\w-]+\s+){0,2}?(?:arrived|came|returned|left|went)\b", text[sentences[si + 1][0]:sentences[si + 1][1]]))
            if cues or they_next:  # "at the time" is the time of the last visit-like event told
                # (a group's wreath-laying "on Tuesday", then "They arrived here on the same day": that Tuesday)
                spans = self._undateline(self.dates.find(sentence, published, offset=s, context=last_date))
                if published is not None and any(d.start <= published for d in spans):
                    spans = [d for d in spans if d.start <= published]  # the day told, not the one ahead
                if spans:
                    last_date = spans[-1]
                    self._story_day = last_date
            elif published is not None and si + 1 < len(sentences) \
                    and _SAME_DAY_GATE.may_match_range(ascii_low, sentences[si + 1][0], sentences[si + 1][1]) \
                    and _SAME_DAY_RE.search(low, sentences[si + 1][0], sentences[si + 1][1]):
                # round 16: "X returned from Mongolia on Thursday. On the same day a delegation ... went back home":
                # "the same day" is the day the sentence before told, with or without a visit cue of its own
                told = [d for d in self._undateline(self.dates.find(sentence, published, offset=s))
                        if d.precision == "day" and d.start <= published
                        and not _SAID_RE.search(text, max(s, d.char_start - 14), d.char_start)]
                if told:
                    last_date = told[-1]
            persons_seen.extend(m for m in sent_mentions if m.kind == "person")
            # (not the possessor of a relative or aide: "Kim's younger sister Kim Yo Jong handed ...": the sister)
            first = next((m for m in sent_mentions if m.kind == "person" and not _KIN_OF_RE.match(text, m.end)), None)
            opens_with_pronoun = re.match(r"\s*(?:He|She)\b", text[s:e]) is not None
            if first is not None and not opens_with_pronoun and re.search(r"\b(?:he|she)\s+(?-i:[a-z])", text[s:first.start], re.I):
                opens_with_pronoun = True  # s22: "On Sunday in Bangkok he called on King X": X is no new subject
            if first is not None and first.start - s < 60 and not opens_with_pronoun:
                last_subject = Party(first.start, first.end, first.actor_id, first.name, first.iso3, "person")
            elif (last_subject is not None and not opens_with_pronoun
                  and (unk := _UNKNOWN_NAMED_SUBJECT_RE.match(text, s, e)) is not None
                  and not any(m.start < unk.end(1) for m in sent_mentions)):
                last_subject = None
        if published is not None and ("destination of" in low or (("their" in low or "leaders" in low or "pair" in low) and (
                _NTH_MEETING_AFTER_RE.search(text)))):
            self._earlier_places(text, sentences, mentions, records, published)
        if published is not None and records and ("visits in" in low or "trips in" in low) and _MONTH_LIST_RE.search(text):
            self._month_list(text, sentences, mentions, records, published)
        if published is not None and ("At the" in text or "Speaking at" in text):
            self._speaker_at_event(text, sentences, mentions, records, published)
        if published is not None and ("began in" in low or "started in" in low or "opened in" in low or "kicked off in" in low):
            self._tour_legs(text, sentences, mentions, records, published)
        if published is not None and records and (", where " in low or " from " in low):
            self._from_where_legs(text, mentions, records)
        if published is not None and records and ("last" in low or "made" in low or "paid" in low):
            self._background_trips(text, sentences, mentions, records, published)
        if published is not None and records and " there" in low:
            self._own_trip_there(text, sentences, mentions, records, published)  # s11 fix (R2)
        dated_past = published is not None and bool(records) and _PAST_YEAR_RE.search(text) is not None
        if dated_past:
            self._dated_past_trips(text, sentences, mentions, records, published)
        dated_hosts = {(r.host_iso3, r.sentence_index) for r in records}
        if published is not None and records and ", where " in text:
            self._where_clause_days(text, sentences, mentions, records, published)
        if published is not None and " and " in text and " in " in text:
            self._joint_presence(text, sentences, mentions, records, published)
        if published is not None and (" in " in text or " at " in text) and (", in " in text or any(w in low for w in self._pres_gate)):
            self._presence(text, sentences, mentions, records, published)
        if published is not None and "accompanied " in low and " to " in low:
            self._accompanied_to(text, sentences, mentions, records, published, suite_one_trip)
        if published is not None and " from " in low and self._barred_re.search(text):
            self._barred_trips(text, sentences, mentions, records, published)
        if published is not None and (" from " in low or "application" in low or "request" in low) and (
                _BARRED_ATTEND_RE.search(text) or _REJECTED_VISIT_RE.search(text)):
            self._blocked_events(text, sentences, mentions, records, published)  # KCNA s8
        if records and ('"' in text or "“" in text or "Inner Mongolia" in text):
            self._kcna_false_travellers(text, records)  # KCNA s8
        if published is not None and ("summit" in low or "talks" in low or "negotiations" in low):
            self._pair_talks(text, sentences, mentions, records, published)
        if any(w in low for w in ("summit", "meeting", "forum", "conference", "gathering", "talks", "gathered", "convened", " met in", " met on",
                                  " gather", " meet in", " meet on", " convene") + self._ev_gate_words):
            self._event_roles(text, sentences, mentions, records, published)
        if published is not None and any(r.status in ("planned", "cancelled") and (r.date is None or r.date.precision in ("month", "day"))
                                         for r in records):
            self._event_day(text, mentions, records, published)
        self._backoff(text, sentences, mentions, records, published, home)
        if published is not None and records and " from " in low:
            self._from_where_legs(text, mentions, records, backoff_only=True)  # s22: the bare legs of its arrivals
        if home and published is not None and _looks_spanish(low):
            self._spanish(text, sentences, mentions, records, published, home)
        if published is not None and any(r.date is None for r in records):
            self._scene_dates(text, sentences, mentions, records, published)
        if published is not None and any(r.date is not None and not r.date.text and r.date.precision == "month"
                                         for r in records):
            self._continued_day(text, sentences, mentions, records, published)
        if published is not None and (" from " in text or "After " in text or "next " in low or " before " in text
                                      or any(w in low for w in self._leg_part_words)):
            self._legs(text, sentences, mentions, records, published)
        if published is not None and any(w in low for w in self._tn_gate):
            self._trip_nouns(text, sentences, mentions, records, published)
        if published is not None and (records or any(w in low for w in self._tr_gate)):
            self._tour_route(text, sentences, mentions, records, published)  # visits session 9 (tour legs)
        if published is not None and not home and self._scene is not None:
            self._dateline_scene(text, sentences, mentions, records, published)
        if published is not None and not home and (" in " in text or " at " in text) and self._at_scene_re.search(text):
            self._at_scene(text, sentences, mentions, records, published)
        if published is not None and not home and self._roster_gate_re.search(text):
            self._rosters(text, sentences, mentions, records, published)
        if published is not None and any(r.date is None and r.status in ("planned", "occurred") for r in records):
            self._undated_legs(text, records, published)
        if published is not None and records and ("attending" in low or "attendance" in low or "taking part" in low):
            self._also_attending(text, sentences, mentions, records, published)
        if published is not None:  # session 9 (visit_rosters.py, visit_hosts.py, visit_revisions.py)
            person_rosters(self, text, sentences, mentions, records, published)
            scene_rosters(self, text, sentences, mentions, records, published)  # s11 round 2 (visit_summit.py)
            scene_attended(self, text, sentences, mentions, records, published)  # s12 (visit_wire12.py)
            guest_voices(self, text, sentences, mentions, records, published)  # s13 (visit_kcna13.py)
            other_guests(self, text, sentences, mentions, records, published)  # s13 (visit_kcna13.py)
            kin_guests(self, text, sentences, mentions, records, published)  # s13 (visit_kcna13.py)
            talks_abroad(self, text, sentences, mentions, records, published)  # s13 (visit_kcna13.py)
            visiting_speakers(self, text, sentences, mentions, records, published)  # s18 (visit_kcna13.py)
            visiting_givers(self, text, sentences, mentions, records, published)  # s14 (visit_kcna14.py)
            present_rosters(self, text, sentences, mentions, records, published)  # s14 (visit_kcna14.py)
            referred_givers(self, text, sentences, mentions, records, published)  # s16 K (visit_kcna16.py)
            visiting_home_delegation(self, text, sentences, mentions, records, published)  # s16 K
            on_visit_guests(self, text, sentences, mentions, records, published)  # s16 K
            party_guests(self, text, sentences, mentions, records, published)  # s16 K
            indirect_hosts(self, text, sentences, mentions, records, published)
            if records:
                conjunct_visitors(self, text, sentences, mentions, records, published)
            declined(self, text, sentences, mentions, records, published)
            if records:
                called_off(self, text, sentences, mentions, records, published)
                pending(self, text, sentences, mentions, records, published)
                due_day(self, text, sentences, mentions, records, published)
                none_attend(self, text, sentences, mentions, records, published)
            invitations(self, text, sentences, mentions, records, published)
            # session 10 (visit_stays.py): "X had been in Kyiv on Tuesday"; a dateline's subject acting "here"
            if " been in " in text or " last in " in text:
                past_stays(self, text, sentences, mentions, records, published)
            if not home and self._scene is not None:
                here_scene(self, text, sentences, mentions, records, published)
            if records and (" since " in text or " after " in text):
                since_named(self, text, sentences, mentions, records, published)
        if home:
            self._tournament(text, sentences, mentions, records, published, home)
            self._event_abroad(text, sentences, mentions, records, published, home)
            if literal_gate(self, "_sport_contest_re").may_match_range(ascii_low, 0, len(text)) \
                    and self._sport_contest_re.search(text):
                self._contest_abroad(text, sentences, mentions, records, published, home)
            home_at = {m.start for m in mentions if m.kind == "country" and m.iso3 == home[1]
                       and m.alias_kind not in ("demonym", "capital")}  # ("the Pyongyang Mission of the AINDF" is here)
            mission_at: dict[tuple[int, int], bool] = {}  # perf s17: by sentence (a list of guests: thousands of records)

            def at_mission(r):
                # "The special envoy of the Egyptian president ... visited DPRK missions": a visit to the home
                # country's missions abroad, not a trip to the home country
                if r.sentence not in mission_at:
                    s0, e0 = r.sentence
                    mission_at[r.sentence] = any(m.start(1) in home_at for m in _MISSION_RE.finditer(text, s0, e0))
                return mission_at[r.sentence]
            records[:] = [r for r in records if not (r.host_iso3 == home[1] and r.visitor.iso3 != home[1]
                                                     and r.status == "occurred" and at_mission(r))]
        if published is not None and self._event_held(text, 0, len(text)):
            self._event_participants(text, sentences, mentions, records, published, home)
        if published is not None and home and ("delegation of" in text or "delegate of" in text) and _GUESTS_VISITED_RE.match(text):
            self._speaking_delegates(text, sentences, mentions, records, published, home)
        if published is not None and records and ("instead" in low or " place" in low or " by " in low or "send" in low
                                                  or "sent" in low or "represent" in low or "lead" in low or "head" in low):
            self._stand_ins(text, sentences, mentions, records, published)
        if home:
            told = {(r.visitor.iso3, r.host_iso3, r.status) for r in records if not getattr(r, "roundup", False)}
            records[:] = [r for r in records if not getattr(r, "roundup", False)
                          or (r.visitor.iso3, r.host_iso3, r.status) not in told]
        # an ambassador posted in a country, named so once ("X, Nicaraguan ambassador to the DPRK, visited ...
        # Earlier, he toured ..."), makes no visit to it in any sentence of the story
        posted: dict[str, set[tuple[str, int]]] = {}
        for m in mentions:
            if m.kind == "person" and _POSTED_RE.match(text, m.end) is not None:
                envoy, dest = self._envoy(text, m, mentions, before=False)
                # (only "ambassador to the DPRK", the posting named; "X, Russian Ambassador to the DPRK Y and ...": a list)
                if envoy and dest is not None:
                    posted.setdefault(m.actor_id, set()).add((dest, m.start))
        if posted:
            # (the sentence of the title itself is judged where the visit is found: "X, ambassador to the DPRK
            # who is presidential envoy, arrived here" is a trip)
            records[:] = [r for r in records if r.earlier or not any(
                iso == r.host_iso3 and not (r.sentence[0] <= at < r.sentence[1])
                for iso, at in posted.get(r.visitor.actor_id, ()))]
        # fixP round (audit kind 5): the person a statue or portrait shows ("visited the statues of President X") is
        # never the one who travelled
        if records and self._effigy_word_re.search(text):
            shown = {m.actor_id: m for m in mentions if m.kind == "person" and self._effigy_of_re.search(
                text, max(0, m.start - 80), m.start)}  # (people named right after "the statue(s) of")
            kept = []
            for r in records:
                m = shown.get(r.visitor.person_id or r.visitor.actor_id) if r.visitor.kind == "delegation" else None
                if m is not None and r.sentence[0] <= m.start < r.sentence[1] and r.visitor.iso3:
                    actor = self.registry.actors.get(f"country:{r.visitor.iso3}")  # a delegation "headed by" the statue
                    r.visitor = replace(r.visitor, person_id=None, actor_id=f"country:{r.visitor.iso3}",
                                        name=f"{actor.name if actor else r.visitor.iso3} delegation")
                m = shown.get(r.visitor.actor_id) if r.visitor.kind == "person" else None
                if m is not None and r.sentence[0] <= m.start < r.sentence[1]:
                    continue
                kept.append(r)
            records[:] = kept
        if records and ("courtesy" in low or "farewell" in low):
            records[:] = [r for r in records if not self._envoy_call(text, r, mentions) and not self._called_on(text, r)]
        # one meeting, one place: "Yoon will make a state visit to the United States, with a summit with Biden"
        # is no trip by Biden to Korea (the meeting's place is the trip's destination)
        records[:] = [r for r in records if not (getattr(r, "frame", None) == "meet" and any(
            o is not r and o.sentence == r.sentence and getattr(o, "frame", None) in ("travel", "depart")
            and o.status == r.status and o.visitor.iso3 == r.host_iso3 and o.host_iso3 == r.visitor.iso3
            and not o.is_domestic for o in records))]
        if home and len(records) > 1:
            self._host_abroad(text, records, home[1])
        if records:
            self._not_trips(text, records)
        if len(records) > 1:
            self._host_not_traveller(text, records)
        if records:
            self._long_wire_passes(text, sentences, mentions, records, published)
        wire13_passes(self, text, sentences, mentions, records, published)  # s13 (visit_wire13.py)
        wire14_passes(self, text, sentences, mentions, records, published)  # s14 (visit_wire14.py)
        if published is not None and records and any((r.host_iso3, r.sentence_index) not in dated_hosts for r in records) \
                and _PAST_YEAR_RE.search(text):
            # s23: trips only the later passes told ("MEXICO CITY -- X arrived on Tuesday for a state visit, the first by a
            # Brazilian leader since Y came in 2007", the dateline's lede): their background trips (read again, but not in a
            # sentence whose background trip is already told)
            self._dated_past_trips(text, sentences, mentions, records, published, skip_told=True)
        refusal_drops(self, text, sentences, mentions, records, published)  # s14 (visit_refusal14.py)
        for rec in records:
            trip = getattr(rec, "companion_of", None)
            if trip is not None:  # a companion ends with the leader's trip as the article settled it
                rec.status, rec.date, rec.place, rec.weak = trip.status, trip.date, trip.place, False
        anaphors = {id(r) for r in records if re.fullmatch(  # "the delegation": the group the story has named
            r"(?:the|this)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?:delegation|group|team|troupe)", text[r.visitor.start:r.visitor.end], re.I)}
        # s21: "During the visit the vice foreign minister of Russia paid a courtesy call": an office told again with its
        # country after it is the named person of that office the story told before (a country record only when unnamed)
        anaphors |= {id(r) for r in records if r.visitor.actor_id.startswith("country:") and (
            _OFFICE_OF_RE.match(text, r.visitor.start, r.visitor.end) or _OFFICE_OF_BEFORE_RE.search(
                text, max(0, r.visitor.start - 60), r.visitor.start))}
        # fixV4 (item 3): "the delegation of <a body> headed by him": the group of the one named before
        anaphors |= {id(r) for r in records if r.visitor.kind == "delegation" and _DEFINITE_GROUP_RE.match(
            text, r.visitor.start, r.visitor.end) and _LED_BY_PRONOUN_RE.match(text, r.visitor.end)}
        bare = {id(r) for r in records if id(r) in anaphors and (_DEFINITE_GROUP_RE.fullmatch(
            text, r.visitor.start, r.visitor.end) or _LED_BY_PRONOUN_RE.match(text, r.visitor.end))}
        # (round 17: "the DPRK delegation" three sentences after "Talks between DPRK FM X and ..." is X's)
        # visits newswire round (item 3): the stay a story gives its trip ("a three-day state visit"): a plan to the
        # same host on a later day within it is the same trip
        stay = max((dt_num for dt_num in (_DAYS_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
                                          for m in (_TRIP_LENGTH_RE.finditer(text)
                                                    if _TRIP_LENGTH_GATE.may_match_range(ascii_low, 0, len(text)) else ()))
                    if dt_num), default=0)
        # s20: an unnamed official of a country ("a Chinese premier last came to Fiji in April 2006, when Wen Jiabao ...")
        # is the named person of that country the story gives the same trip to: one record, the person's
        for r in records:
            if r.visitor.kind == "delegation" and (r.visitor.name or "").endswith(" official"):
                named = {m.actor_id: m for m in mentions if m.kind == "person" and m.iso3 == r.visitor.iso3
                         and r.sentence[0] <= m.start < r.sentence[1] and m.actor_id}
                if len(named) == 1 and re.search(r"\bwhen\s+$", text[max(r.sentence[0], (m := next(iter(named.values()))).start - 6):m.start]):
                    # ("A Chinese premier last came to Fiji in April 2006, when Wen Jiabao opened a forum": Wen)
                    r.visitor = Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")
        people_trips = [r for r in records if r.visitor.kind == "person" and r.visitor.iso3 and not r.is_domestic]
        records = [r for r in records if not (
            r.visitor.kind == "delegation" and (r.visitor.name or "").endswith(" official") and any(
                p.visitor.iso3 == r.visitor.iso3 and p.host_iso3 == r.host_iso3 and (
                    p.date is None or r.date is None or (p.date.start <= r.date.end and r.date.start <= p.date.end))
                for p in people_trips))]
        # s22: the head of a world body travelling for it is no visit of his country (the gold README: "the UN
        # Secretary-General, UN or AU envoys"); his term in the registry (people.csv role) on the trip's day decides, so
        # Ban Ki-moon's trips as South Korea's foreign minister stay
        records = [r for r in records if not (
            r.visitor.kind == "person" and (actor := self.registry.actors.get(r.visitor.actor_id)) is not None
            and _world_body_term(actor, r.date.start if r.date is not None else published))]
        rows = [self._row(article_id, original, r, url) for r in self._dedupe(records, anaphors, bare, stay, text, self._group_plain)]
        seen: set[str] = set()
        for row in rows:  # two trips of one visitor told in one sentence, each with its own date
            if row["visit_id"] in seen:
                row["visit_id"] = stable_id(row["visit_id"], row["date_start"], row["date_end"])
            seen.add(row["visit_id"])
        return rows

    def _long_wire_passes(self, text, sentences, mentions, records, published) -> None:
        """Visits session 11 (newslens/extract/visit_long_wire.py): government-only hosts, "comes N months after",
        undated trips to the dateline's country, and the month of a stop told by where the traveller came from."""
        lw = self._long_wire
        scene_iso3 = self._scene[0].iso3 if self._scene is not None else None
        lw.drop_government_hosts(text, records, mentions, scene_iso3)
        lw.date_after_clauses(text, records, published)
        lede_day = None
        if published is not None and sentences and scene_iso3 is not None:
            s0, e0 = sentences[0]
            days = [d for d in self._undateline(self.dates.find(text[s0:e0], published, future=False, offset=s0))
                    if d.precision == "day" and dt.timedelta(0) <= published - d.start <= dt.timedelta(days=7)]
            lede_day = days[-1] if days else None  # (the lede's own day after a dateline "MEXICO CITY, June 21 -")
        lw.office_dates(text, records, scene_iso3, lede_day, published)
        lw.date_undated_scene_trips(text, records, sentences, scene_iso3, lede_day)
        # s12: a trip dated only by the publication month whose traveller the lede names takes the lede's day
        lede_day_for_scene_trips(self, text, sentences, mentions, records, published, scene_iso3, lede_day)
        lw.month_for_origin_legs(text, records, mentions)

    def _day_before(self, text, published) -> list[DateSpan]:
        """ "That evening ... hosted a reception": the day one of the six sentences before gives
        ("An opening ceremony took place ... on Oct. 29."), even when they tell no visit."""
        sentences, si = self._sentences, self._si
        for k in range(si - 1, max(-1, si - 7), -1):
            ps, pe = sentences[k]
            spans = [d for d in self._undateline(self.dates.find(text[ps:pe], published, offset=ps))
                     if d.precision == "day" and (published is None or d.start <= published)]
            if spans:
                return [DateSpan(spans[-1].start, spans[-1].end, "day", "")]
        return []

    def _undateline(self, spans: list[DateSpan]) -> list[DateSpan]:
        """The dateline's day ("Pyongyang, August 28 (KCNA) --") gives way to any other date of the
        sentence ("... paid a courtesy call on him on Tuesday"); alone, it stays."""
        lines = getattr(self, "_datelines", ())
        if not lines:
            return spans
        rest = [d for d in spans if not any(ls <= d.char_start < le for ls, le in lines)]
        return rest if rest else spans

    def _headline_place(self, title: str | None) -> str | None:
        """The country a headline sets its story in: "Pak Ui Chun Meets Several FMs in Cambodia",
        "Talks Held in Ulan Bator" -> KHM, MNG."""
        if not title or not re.search(r"\b(?:in|at)\s", title):
            return None
        if self._title_finder is None:
            from .mentions import MentionFinder
            self._title_finder = MentionFinder(self.registry, self._lexdir)
        found = [c.iso3 for c in self._title_finder.find(title)
                 if c.kind == "country" and c.iso3 and c.alias_kind != "demonym"
                 and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", title[max(0, c.start - 8):c.start])]
        return found[0] if len(set(found)) == 1 else None

    def _headline_hosts(self, title: str | None) -> list[str]:
        """Countries a headline says a departure is for: "DPRK Delegation Leaves for Laos and
        Vietnam" -> [LAO, VNM]; the text often says only "left here"."""
        if not title:
            return []
        m = _HEADLINE_FOR_RE.search(title)
        if m is None:
            return []
        if self._title_finder is None:
            from .mentions import MentionFinder
            self._title_finder = MentionFinder(self.registry, self._lexdir)
        out = []
        for c in self._title_finder.find(title):
            if c.kind == "country" and c.start >= m.end() and c.iso3 and c.iso3 not in out and c.alias_kind != "demonym":
                out.append(c.iso3)
        return out

    # -- per sentence ---------------------------------------------------------------------
    def _cues_with(self, present: set[str]) -> list[Cue]:
        """perf s12 (second round): the cues that have one of the ``present`` keywords, in the order of ``self.cues``
        (from the cue positions per keyword, built once per cue list, instead of a set test on all 100 cues per
        sentence)."""
        cues = self.cues
        memo = self.__dict__.get("_cues_by_keyword")
        if memo is None or memo[0] is not cues or memo[1] != len(cues):
            by_keyword: dict[str, list[int]] = {}
            for j, cue in enumerate(cues):
                for k in set(cue.keywords):
                    by_keyword.setdefault(k, []).append(j)
            memo = self._cues_by_keyword = (cues, len(cues), by_keyword)
        picks: set[int] = set()
        for k in present:
            picks.update(memo[2].get(k, ()))
        return [cues[j] for j in sorted(picks)]

    def _cues(self, sentence: str, low: str | None = None) -> list[tuple[int, int, Cue]]:
        low = sentence.lower() if low is None else low
        hits = []
        # each keyword looked for once per sentence, among those the article holds (round 17, speed)
        present = {k for k in getattr(self, "_article_keywords", self.keywords) if k in low}
        if not present:
            return []
        for cue in self._cues_with(present):
            if present.isdisjoint(cue.keywords):
                continue
            for m in cue.regex.finditer(sentence):
                hits.append((m.start(), m.end(), cue))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, Cue]] = []
        for h in hits:
            # a cancellation inside a longer cue ("had cancelled a summit with") still counts
            if out and h[0] < out[-1][1] and h[2].frame != "cancel" and out[-1][2].frame != "cancel":
                continue
            out.append(h)
        return out

    def _sentence(self, text, s, e, si, cues, mentions, persons_seen, records, published, last_date, home,
                  last_subject, title_iso3):
        sentence = text[s:e]
        self._sent_mentions = mentions
        parties = self._parties(text, s, e, mentions, persons_seen, last_subject, title_iso3, home)
        countries = [m for m in mentions if m.kind == "country"]
        places = self.places.find(text, s, e, [(m.start, m.end) for m in countries if m.alias_kind != "capital"]
                                  # "Kim" of "Kim Il Sung University" is no town in India
                                  + [(m.start, m.end) for m in mentions if m.kind in ("person", "organisation")],
                                  self._story_countries)
        # capitals named as countries ("in Moscow") are places too
        for m in countries:
            if m.alias_kind == "capital":
                p = self.registry.place(m.surface)
                if p is not None and not any(pl.start == m.start for pl in places):
                    places.append(Place(p[0], m.iso3 or p[1], p[2], p[3], m.start, m.end))
            elif (m.alias_kind == "demonym" and m.iso3 and (cap := _CAPITAL_AFTER_RE.match(text, m.end)) is not None
                  and re.search(r"\bthe\s+$", text[max(s, m.start - 5):m.start])
                  and (c := self.registry.capital(m.iso3)) is not None):
                # "talks in the North Korean capital", "arrived in the Russian capital": its capital
                places.append(Place(c[0], m.iso3, c[1], c[2], m.start, cap.end()))
        places.sort(key=lambda p: p.start)
        # "a group of Koreans in Japan led by Ko, chairman of the Tokyo Metropolitan Headquarters of the General
        # Association of Korean Residents in Japan": where overseas Koreans live, and a branch's town, are no venue
        # "Minister of Youth and Sports of Indonesia Andi M.": the country of a title is no venue
        person_iso_at: dict[int, set] = {}
        for q in mentions:
            if q.kind == "person":
                person_iso_at.setdefault(q.start, set()).add(q.iso3)

        def title_country(m) -> bool:  # a person named right after the country, blanks between (one lookup, not a scan)
            j = m.end
            while j < len(text) and text[j].isspace():
                j += 1
            return j > m.end and m.iso3 in person_iso_at.get(j, ())
        countries = [m for m in countries if not title_country(m)]
        if any(p.kind == "delegation" for p in parties):
            countries = [m for m in countries if not re.search(
                r"\bKorean(?:s|\s+(?:residents|compatriots|nationals))\s+in\s+(?:the\s+)?$", text[max(s, m.start - 30):m.start], re.I)]
            places = [p for p in places if not re.search(
                r"\bKorean(?:s|\s+(?:residents|compatriots|nationals))\s+in\s+(?:the\s+)?$", text[max(s, p.start - 30):p.start], re.I)
                and not re.match(r"\s+(?:Metropolitan\s+|Prefectural\s+|Provincial\s+)?(?:Headquarters|Branch|Chapter)\b",
                                 text[p.end:p.end + 40])]
        if places and any(c[2].frame == "meet" for c in cues):
            # round 18: "had a talk with X, governor of Amur Region of Russia, and his party": the region of a
            # guest's office is no venue of the meeting
            offices = [(p.end, stop.start() if (stop := _APPOSITIVE_STOP_RE.search(text, p.end + 1, e)) else e)
                       for p in parties if p.kind == "person" and text.startswith(",", p.end)]
            places = [pl for pl in places if not any(
                a < pl.start < b and self._office_of_re.search(text, max(a, pl.start - 40), pl.start) for a, b in offices)]
        date_cache: dict[bool, list[DateSpan]] = {}
        once: dict[str, bool] = {}  # visits fix session 8: sentence-wide checks, made once (linear in the cues)

        def in_sentence(kind: str, rx) -> bool:
            if kind not in once:
                once[kind] = rx.search(sentence) is not None
            return once[kind]

        # (a frequency's period dates the events counted: "visited China twice last year" is 2010, but "postponed
        # the trip for the second time this year" counts postponements, not the trip's date)
        has_cancel = any(c[2].frame == "cancel" for c in cues)

        def dates_for(future: bool) -> list[DateSpan]:
            if future not in date_cache:
                date_cache[future] = self._undateline([d for d in self.dates.find(sentence, published, future=future,
                                                                                  offset=s, context=last_date)
                                                       if not re.fullmatch(r"\d{4}", d.text)
                                                       and not (has_cancel and _FREQ_PERIOD_RE.match(d.text)
                                                                and _FREQ_BEFORE_RE.search(text, max(s, d.char_start - 50),
                                                                                           d.char_start))])
                if not date_cache[future] and (that := _THAT_DAY_RE.match(sentence)) is not None:
                    date_cache[future] = [DateSpan(d.start, d.end, d.precision, that.group().strip(),
                                                   s + that.end() - len(that.group().lstrip()), s + that.end())
                                          for d in self._day_before(text, published)]
            return date_cache[future]

        # cancellations last: they refer to the visits the other cues of the sentence record
        order = [k for k, c in enumerate(cues) if c[2].frame != "cancel"] + [
            k for k, c in enumerate(cues) if c[2].frame == "cancel"]
        for k in order:
            cs, ce, cue = cues[k]
            lo = s + (cues[k - 1][1] if k else 0)
            nxt = self._next_stop(sentence, cues, k)
            hi = s + (cues[nxt][0] if nxt < len(cues) else len(sentence))
            if cue.frame in ("cancel", "invite_verb") or (cue.frame == "depart" and _OPENS_RE.fullmatch(sentence, 0, cs)):
                hi = e  # ("Leaving here on Saturday were X to attend ... and Y to visit ...": the whole sentence)
            a, b = s + cs, s + ce
            if cue.frame == "meet" and text[s:a].replace("“", '"').replace("”", '"').count('"') % 2 and re.search(
                    r"^\s*(?:[A-Z][\w'’-]*|of|the|with|and)\b", text[a:b] + text[b:b + 20]) and text[a:a + 1].isupper():
                continue  # a cue in a quoted film or book title: "the film \"The Leader Meets with ...\""
            before = text[max(s, a - 40):a]
            status = cue.status
            dropped = False
            if cue.frame == "invite_noun" and _DECLINED_RE.search(before):
                # "declined an invitation to visit Tokyo in May": the trip will not happen
                status, dropped = "cancelled", True
            elif cue.frame != "cancel" and (any(n.search(before) for n in self.negation)
                                          or re.search(r"\b(?:not|never)\b|n't\b", text[a:b], re.I)):
                if status != "planned" and not (status == "auto" and re.search(
                        r"\b(?:will|shall)\s+not\s+$|\bwon['’]t\s+$", before, re.I)):
                    continue  # "has never visited Japan": no visit ("will not attend the summit": a plan dropped)
                status, dropped = "cancelled", True  # "will not go to North Korea": a plan dropped
            # visits session 8: "agreed to hold talks in Brussels in June": a plan, its date ahead
            if cue.frame == "travel" and _BEEN_TO_RE.match(text, a, b) and (
                    _BEEN_TO_NOT_RE.search(text, max(s, a - 120), a)
                    or _BEEN_TO_IF_RE.search(text, max(lo, s, a - 150), a)):
                continue  # visits fix session 8: "if X had been to P", "whose wife had been to P", "X's government has been to"
            agreed_m = self._agreed_re.search(before) if cue.frame in ("meet", "travel") else None
            if agreed_m is not None and not re.search(r"\bto\s+$", agreed_m.group(), re.I) \
                    and not re.match(r"to\b", text[a:b], re.I):
                agreed_m = None  # "agreed at their summit in Beijing on Thursday to expand trade": an act told, no plan
            # visits fix session 8: not "had agreed to meet in Rome in March" (told from after it), nor an agreed
            # meeting the sentence tells as held ("..., and the meeting took place there")
            agreed = agreed_m is not None and not re.search(r"\bhad\s+(?:\w+\s+)?$", before[:agreed_m.start()], re.I) \
                and not in_sentence("held", self._agreed_held_re)
            leaves = False
            # visits fix session 8: "leaves Washington on Friday for home": the stay is under way (the month of the
            # story when the day told is ahead, below)
            leaves_home = (cue.frame == "depart" and status == "occurred" and _PRESENT_LEAVES_RE.match(text, a, b) is not None
                           and _LEAVES_HOME_RE.match(text, b, hi) is not None and not self._past_clause_words(text, s, e, a, b))
            if (cue.frame == "depart" and status == "occurred" and _PRESENT_LEAVES_RE.match(text, a, b)
                    and _LEAVES_FOR_RE.match(text, b, hi) and not self._past_clause_words(text, s, e, a, b)):
                # visits session 8: "leaves N'Djamena on Wednesday for Tunis": the simple present of a schedule, as
                # "flies to" is: the leg ahead is planned, its day ahead (visits fix session 8: the nearest day, below)
                status, leaves = "planned", True
            if status == "auto" and agreed:
                status = "planned"
            elif status == "auto" and self._welcome_re.search(text, max(s, a - 200), a):
                status = "invited"  # "showed its willingness to welcome the visit by ...": an offer, no trip arranged
            elif status == "auto" and (pt := self._past_trip_re.search(text, max(s, a - 30), b)) and not ending_ahead(text, pt):
                status = "occurred"  # "said during his recent visit to Cuba that ties would grow": a trip made
            if status == "auto":
                # the cue's own words: not a quotation the sentence closes before it ("'... will be done',
                # Johnson said in a statement released with a visit to Ireland")
                # (s18: or a statement the sentence reports before it: "Pakistan will extend a credit line, Khan
                # announced in Colombo at the end of his first official visit")
                quote = max((m.end() for m in _AUTO_QUOTE_RE.finditer(text[lo:a])), default=0)
                # nor a wish the sentence adds after it ("the visit paid by X recently and expressed the belief
                # that relations would grow stronger")
                wish = re.compile(r"\b(?:expressed|noted|stressed|added|hoped|wished|pledged|belief|hope|sure|confident|"
                                  r"predicted|forecast|warned|argued|said|says|told)\b", re.I).search(text, b, hi)
                window = text[lo + quote:wish.start() if wish else hi]
                # (or a plan its own clause told before it: "will fly to Tokyo on Sunday for talks with Kishida")
                # (the clause start only when that cue is there: fixV3, one sentence of 2,500 trip nouns took 8 s)
                status = "planned" if (FUTURE_RE.search(window) or _AHEAD_RE.search(text[max(s, a - 60):a])
                                       or _AWAITED_RE.search(text, max(s, a - 70), a)
                                       or (k and cues[k - 1][2].status == "planned" and cues[k - 1][2].frame == "travel"
                                           and not quote and s + cues[k - 1][1] > max(
                                               (m.end() for m in _CLAUSE_BREAK_RE.finditer(text, s, a)), default=s))
                                       or (k and onward_leg_of_plan(text, s, a, b, cues[k - 1], quote))
                                       ) else "occurred"
            # a planned trip's date is ahead unless the sentence tells it in the past ("was expected to")
            future = status == "invited" or (dropped and cue.frame == "invite_noun") or (status == "planned" and (agreed or leaves)) or (  # (an invitation is to a trip ahead: "invited Moon to the forum in September")
                (status == "planned" or dropped) and bool(FUTURE_RE.search(sentence) or not (PAST_RE.search(sentence) or (  # (visits fix session 8: or an irregular past: "and lost his temper there")
                    in_sentence("irregular", self._irregular_past_re) and self._past_clause_words(text, s, e, a, b))) or (
                    status == "planned" and not dropped and not in_sentence("caption", self._caption_re)  # (nor a caption: "in this photo")
                    and self._plan_clause_ahead(text, s, e, a, b, published))))
            if cue.frame == "travel" and text[a:a + 2] in ("'s", "’s") and _CANCEL_OWNER_RE.search(text, max(s, a - 70), a):
                status, future, dropped = "cancelled", True, True  # s23: "agreed to postpone Xi Jinping's state visit to Japan"
            if cue.frame == "host" and status == "occurred" and _FUTURE_PASSIVE_RE.search(text, max(s, a - 30), a):
                status, future = "planned", True  # s23: "He will be received by President Obama on Tuesday": ahead
            if status == "planned" and re.search(r"\bhad\s+been\s+(?:due|scheduled|expected|set|slated)\b", text[max(s, a - 40):b], re.I) \
                    and _DELAY_RE.search(text):
                # "had been due to fly on Monday" in a story of a delay: that plan was dropped; its day is ahead
                status, future = "cancelled", True
            if cue.frame == "cancel":
                self._cancel(text, s, e, si, a, b, lo, hi, parties, countries, places, records, cue, dates_for,
                             published)
                continue
            if status == "planned" and _HOPE_RE.search(text, max(s, a - 120), a):
                continue  # "expressed the hope that the orchestra would often come to France": a wish, no plan
            made = self._frame(text, s, e, si, a, b, lo, hi, cue, status, parties, countries, places, home)
            if cue.frame in ("invite_verb", "invite_noun") and ((acc := _ACCEPTED_RE.search(text, b, e)) is not None or (
                    cue.frame == "invite_noun" and (acc := _ACCEPTED_RE.search(text, max(s, a - 60), b)) is not None
                    and acc.end() >= a - 2 and self._open_time_re.search(text, b, e) is None
                    and any(b <= d.char_start < e for d in dates_for(True)))):
                # (s22: or the invitation the visitor accepted with its time: "Moon has accepted Kim Jong Un's invitation
                # to visit Pyongyang in the autumn"; with no time it stays an invitation, the sample gold's convention)
                # "invited Putin to visit the North, and Putin accepted the invitation": the trip is agreed
                for rec in made:
                    if rec.status == "invited" and not any(
                            p.kind == "person" and p.actor_id != rec.visitor.actor_id and b <= p.start < acc.start()
                            and re.match(r"\s+(?:\w+\s+)?$", text[p.end:acc.start()]) for p in parties):
                        rec.status = "planned"
                        rec.history.append("planned")
            for rec in made:
                rec.frame = cue.frame
                rec.from_auto = cue.status == "auto"  # (a trip noun whose status the cue's wording decided)
                self._finish(rec, dates_for, future, a, b, lo, hi, text, s, cue, published, records, countries, parties)
                if leaves_home and rec.status == "occurred" and rec.date is not None and rec.date.precision == "day" \
                        and published is not None and rec.date.end < published and (ahead := next(
                            (d for d in dates_for(True) if d.char_start == rec.date.char_start and d.start > published), None)) \
                        and (ahead.start - published) < (published - rec.date.end):
                    rec.date = DateSpan(published.replace(day=1), _month_end(published.year, published.month), "month",
                                        rec.date.text, rec.date.char_start, rec.date.char_end)
                if (leaves or (agreed and rec.date is not None and rec.date.precision != "day")) and rec.status == "planned" \
                        and rec.date is not None and rec.date.text \
                        and published is not None and rec.date.start > published:
                    # visits fix session 8: an agreed meeting (or "leaves P on <day> for Q") takes the reading of its
                    # date nearest the telling when the one behind is recent (two months at most): "agreed to meet in
                    # New York in September", told in October, is the September gone; "leaves Khartoum on Wednesday",
                    # told on Thursday, is a day made; "agreed to meet in January", told in April, is the next January (an agreed
                    # weekday stays ahead: "agreed on Wednesday to meet on Tuesday")
                    back = next((d for d in dates_for(False) if d.char_start == rec.date.char_start and d.end < published), None)
                    if back is not None and (published - back.end).days <= 62 and (published - back.end) < (rec.date.start - published):
                        rec.date = back
                        if leaves:
                            rec.status = "occurred"
                            rec.history.append("occurred")
                if rec.status == "planned" and rec.date is not None and rec.date.precision == "month" and rec.date.text:
                    # "will make a state visit next month, with a summit set for April 26": the day of the month
                    day = [d for d in dates_for(True) if d.precision == "day" and rec.date.start <= d.start <= rec.date.end
                           and d.char_start > b and not _SAID_RE.search(text, max(s, d.char_start - 14), d.char_start)]
                    if len(day) == 1:
                        rec.date = day[0]

    def _past_clause_words(self, text, s, e, a, b) -> bool:
        """Visits session 8: whether the clause of the cue text[a:b] holds a past form (as `_plan_clause_ahead` reads it)."""
        lo, hi = self._cue_clause(text, s, e, a, b)
        if has_past_form(text[lo:hi]) and participle_is_modifier(self._wire12, text, lo, hi):
            # s12: "flies to Jakarta on Thursday for a meeting ... called to coordinate relief": a noun's participle
            return any(p.group().lower() not in ("said", "told") for p in self._irregular_past_re.finditer(text, lo, hi))
        return has_past_form(text[lo:hi]) \
            or any(p.group().lower() not in ("said", "told") for p in self._irregular_past_re.finditer(text, lo, hi))

    def _plan_clause_ahead(self, text, s, e, a, b, published) -> bool:
        """Visits session 8: a plan whose own clause (from the clause break before the cue text[a:b] to the one after
        it, inside the sentence text[s:e]) holds a date and no past form is ahead, whatever the rest of the sentence
        tells: a verb of attribution ("flies to Tehran on Thursday, officials said") tells when the news was given, and
        another clause's past ("flies to Male on Friday, weeks after a tour that included Brazil") is not the plan's
        tense. A clause without a date of its own leaves the tense to the sentence ("Media reported in late June that
        ..., taking him to meet X in Y")."""
        if self._past_clause_words(text, s, e, a, b):
            return False
        lo, hi = self._cue_clause(text, s, e, a, b)
        return bool(self.dates.find(text[lo:hi], published, future=True))

    @staticmethod
    def _cue_clause(text, s, e, a, b) -> tuple[int, int]:
        """Visits session 8: the clause of the cue text[a:b] inside the sentence text[s:e], from the clause break before
        it to the one after it, each looked for within 300 characters (a sentence of thousands of cues stays linear)."""
        w0 = max(s, a - 300)
        lo = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text, w0, a)), default=w0)
        brk = _CLAUSE_BREAK_RE.search(text, b, min(e, b + 300))
        return lo, brk.start() if brk else min(e, b + 300)

    def _last_to_visit(self, text, s, e, si, mentions, persons_seen, records, published, last_subject, title_iso3) -> None:
        """ "The last American president to visit South Korea was Donald Trump, in November 2017, and
        again in June 2019": the trips of the one named, to that country, on each date given."""
        m = _LAST_TO_VISIT_RE.search(text, s, e)
        if m.group("dest") is not None:
            host = next((c.iso3 for c in mentions if c.kind == "country" and m.start("dest") <= c.start < m.end("dest")
                         and c.alias_kind != "demonym" and c.iso3), None)
        else:  # no place named: the host of the trip the story told last
            told = [r for r in records if r.sentence_index < si and r.status in ("occurred", "planned")
                    and not r.is_domestic and not r.earlier]
            host = told[-1].host_iso3 if told else None
        parties = self._parties(text, s, e, mentions, persons_seen, last_subject, title_iso3, self._home_now)
        # (the one named right after "was", a title before the name allowed: "was Prime Minister X")
        who = next((p for p in parties if p.kind == "person" and p.iso3 and m.end() <= p.start <= m.end() + 30
                    and _OPENING_TITLE_RE.fullmatch(text, m.end(), p.start)), None)
        if host is None or who is None or who.iso3 == host:
            return
        spans = self._undateline(self.dates.find(text[s:e], published, future=False, offset=s))
        pos = who.end
        while (when := re.compile(r"\s*,?\s*(?:and\s+(?:again\s+|also\s+)?)?(?:in|on)\s+").match(text, pos, e)) is not None:
            d = next((x for x in spans if x.char_start in (when.end(), when.end() - 3)), None)
            if d is None or (published is not None and d.start > published):
                break
            if not any(r.visitor.actor_id == who.actor_id and r.host_iso3 == host and r.date is not None
                       and r.date.start <= d.end and d.start <= r.date.end for r in records):
                records.append(self._earlier_record(who, host, d, (s, e), si, 0.7, preset=False))
            pos = d.char_end

    def _visit_by(self, text, s, e, si, mentions, persons_seen, records, published, last_subject, title_iso3) -> None:
        """ "The trip follows the landmark visit by South Korean President Kim Dae-jung in June 2000
        and a visit by Madeleine Albright that October": earlier trips, named with a date but no
        place, to the country of the trip the story tells."""
        told = [r for r in records if r.sentence_index < si and r.status in ("occurred", "planned")
                and not r.is_domestic and not r.earlier]
        if not told or not re.match(r"\s*(?:(?:The|This|That|His|Her|Their|It)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:trip|visit|summit|meeting|it)\s+|It\s+)(?:follows|comes|came|followed)\b", text[s:e]):
            return
        host = told[-1].host_iso3
        parties = self._parties(text, s, e, mentions, persons_seen, last_subject, title_iso3, self._home_now)
        spans = self._undateline(self.dates.find(text[s:e], published, future=False, offset=s))
        last_year = None
        for m in _VISIT_BY_RE.finditer(text, s, e):
            who = next((p for p in parties if m.end() <= p.start <= m.end() + 60 and p.kind == "person" and p.iso3
                        and re.fullmatch(r"(?:[\w.'’-]+\s+){0,6}", text[m.end():p.start])), None)
            if who is None or who.iso3 == host:
                continue
            when = _WHEN_AFTER_RE.match(text, who.end, e)
            if when is None:
                continue
            d = next((x for x in spans if x.char_start <= when.end() <= x.char_end or x.char_start == when.end()), None)
            if d is not None and d.precision != "day":
                last_year = d.start.year
            elif d is None and last_year is not None and (mon := re.match(r"that\s+(\w+)", text[when.end() - 5:e])):
                num = MONTHS.get(mon.group(1).lower())
                if num is None:
                    continue  # "that October": the month of the year the sentence gave before
                d = DateSpan(dt.date(last_year, num, 1), _month_end(last_year, num), "month", mon.group())
            if d is None or (published is not None and d.start > published):
                continue
            if any(r.visitor.actor_id == who.actor_id and r.host_iso3 == host for r in records):
                continue
            records.append(self._earlier_record(who, host, d, (s, e), si, 0.65, preset=False))

    def _since_who(self, text, s, e, si, mentions, persons_seen, records, published, last_subject, title_iso3) -> None:
        """ "the first Japanese premier to visit since Shinzo Abe came for the Olympics in February
        2018": the one named after "since" made the earlier trip, to the country of the trip told."""
        m = _FIRST_SINCE_RE.search(text, s, e)
        parties = self._parties(text, s, e, mentions, persons_seen, last_subject, title_iso3, self._home_now)
        countries = [c for c in mentions if c.kind == "country"]

        def dates_for(future):
            return self._undateline(self.dates.find(text[s:e], published, future=future, offset=s))
        if m is None:
            return
        who = next((p for p in parties if p.start == m.end() and p.kind == "person" and p.iso3), None)
        if who is None:
            return
        verb = _SINCE_VERB_RE.match(text, who.end, e)
        if verb is None:
            return
        named = [c for c in countries if m.start() <= c.start < m.end() and c.alias_kind != "demonym" and c.iso3
                 and re.search(r"\b(?:to|visit)\s+(?:the\s+)?$", text[max(s, c.start - 12):c.start])]  # ("first U.S. leader to")
        if named:
            host = named[-1].iso3
        else:
            told = [r for r in records if r.sentence_index >= si - 3 and r.status != "invited" and not r.is_domestic
                    and r.visitor.actor_id != who.actor_id]
            host = told[-1].host_iso3 if told else None
        if host is None or host == who.iso3:
            return
        at = verb.end()
        when = next((d for d in dates_for(False) if d.char_start <= at + 3 and at <= d.char_end), None)
        if when is None:
            return
        if any(r.visitor.actor_id == who.actor_id and r.host_iso3 == host and r.date is not None
               and r.date.start <= when.end and when.start <= r.date.end for r in records):
            return
        records.append(self._earlier_record(who, host, DateSpan(when.start, when.end, when.precision, when.text,
                                                                when.char_start, when.char_end), (s, e), si, 0.7, preset=False))

    @staticmethod
    def _next_stop(sentence, cues, k) -> int:
        """Index of the cue that closes cue ``k``'s right window. A meeting chained to another
        ("met and had talks with", "received and held talks with") or to "the visiting" that
        opens its object reaches over them; a departure reaches over "to pay a visit to"."""
        frame = cues[k][2].frame
        j = k + 1
        while j < len(cues):
            gap = sentence[cues[j - 1][1]:cues[j][0]]
            nf = cues[j][2].frame
            if nf == "visiting" and frame in ("meet", "host") and re.fullmatch(r"\s*(?:the|a|an)?\s*", gap):
                j += 1
                continue
            if frame in ("meet", "host") and nf in ("meet", "host") and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:also\s+)?", gap):
                j += 1
                continue
            if frame == "travel" and nf == "meet" and re.match(r"attend", sentence[cues[k][0]:cues[k][1]], re.I) \
                    and re.fullmatch(r"\s*(?:[\w-]+\s+){0,4}", gap):
                j += 1  # "will not attend a special summit between South Korea and ASEAN in Busan": the event attended
                continue
            if frame == "meet" and nf == "meet" and re.match(r"(?:at|during)\s", sentence[cues[j][0]:cues[j][1]], re.I) \
                    and len(gap) < 60 and not re.search(r"[;:]|\b(?:and|but|while|after|before|when)\b", gap):
                j += 1  # "met in September, at a regional summit in Samarkand": the summit is where they met
                continue
            if frame == "depart" and nf == "travel" and re.fullmatch(
                    r"\s*(?:[\w.,]+\s+){0,6}?to\s+(?:(?:pay|make)\s+)?", gap, re.I):
                j += 1
                continue
            break
        return j

    def _praised_before(self, text: str, s: int, a: int, e: int) -> bool:
        """``_PRAISED_TRIP_RE.search(text, s, a)``: a praise word between the sentence start and the cue. Searched once
        per sentence (perf s17: a sentence of hundreds of "X's visit to our country" searched its prefix per record);
        only when the sentence's first praise word ends after the cue is the prefix searched itself."""
        hit = self._praise_at.get((s, e))
        if hit is None:
            first = _PRAISED_TRIP_RE.search(text, s, e)
            hit = self._praise_at[(s, e)] = (None if first is None else first.end(),
                                             _TRIP_NEWS_RE.search(text, s, e) is not None)
        if hit[0] is None:
            return False
        return hit[0] <= a or _PRAISED_TRIP_RE.search(text, s, a) is not None

    def _attended_day(self, text, s, e, si, published):
        """Memoised per sentence (a list of a thousand guests asks once per guest): see `_attended_day_of`."""
        key = (s, e, si)
        if key not in self._attended_at:
            self._attended_at[key] = self._attended_day_of(text, s, e, si, published)
        return self._attended_at[key]

    def _attended_day_of(self, text, s, e, si, published):
        """s17: a guest told as present at an event ("Delegations visiting the region were present on invitation",
        "Among them were also a visiting group of ...") came for that event: the day the nearest sentence before
        (up to three back) names, when it is a day in the week before publication. None when the sentence is no
        attendance list, or the nearest dated sentence before names no such day."""
        low = text[s:e].lower()
        if not si or not ("present" in low or "among" in low or "on hand" in low or "includ" in low) \
                or _ATTENDED_LIST_RE.match(text, s, e) is None:
            return None
        for k in range(si - 1, max(-1, si - 4), -1):
            ks, ke = self._sentences[k]
            told = [d for d in self._undateline(self.dates.find(text[ks:ke], published, offset=ks))
                    if d.start <= published and not _SAID_RE.search(text, max(ks, d.char_start - 14), d.char_start)]
            if told:
                d = told[-1]
                if d.precision == "day" and d.start == d.end and dt.timedelta(0) <= published - d.start <= dt.timedelta(days=7):
                    return d
                return None
        return None

    def _finish(self, rec, dates_for, future, a, b, lo, hi, text, s, cue, published, records, countries,
                parties=()) -> None:
        """Date a new record (its clause, an anniversary, else the publication month for a trip
        under way) and add it, with the other countries of "a visit to Russia and China"."""
        if rec.preset:
            records.append(rec)
            return
        if (inland := _INLAND_RE.match(text, b, hi)) is not None and rec.host_iso3 != (
                "PRK" if inland.group(1) == "DPRK" else rec.visitor.iso3):
            return  # "are visiting the sites across the DPRK amid anger at the puppet ROK": a tour at home
        if re.search(r"\b(?:wreaths?|baskets?|bouquets?)\b", text[a:b]) and (
                rec.visitor.iso3 == rec.host_iso3 or re.search(r"\b(?:embass(?:y|ies)|ambassadors?|charg[eé])\b", text[s:a], re.I)):
            # a tribute at a statue at home is no trip ("the Society for Study of Kim Jong Il's Works laid ..."),
            # nor one by a mission posted here ("Staff members of the Russian embassy here laid a wreath ...")
            return
        rec.date = self._date(dates_for, future, a, b, lo, hi, text, s, cue.frame, rec.sentence[1])
        if rec.date is None and rec.status == "planned" and published is not None and _SOON_PLAN_RE.search(
                text, max(s, a - 50), b + 12) is not None:
            # KCNA s8: "will soon pay a visit to Nepal": a plan told relative to publication, its month (gold convention)
            first = published.replace(day=1)
            rec.date = DateSpan(first, _month_end(first.year, first.month), "month", "")
        reported = (rec.date is not None and rec.date.text and rec.date.char_end <= a and rec.status == "occurred"
                    and (self._report_after_re.match(text, rec.date.char_end, a) is not None
                         or self._report_before_re.search(text, max(s, rec.date.char_start - 60), rec.date.char_start)))
        if reported:
            rec.date = None  # the day of the statement or travelogue, not of the trip it tells of (the rules below
            # date the trip as any other the sentence leaves undated)
        if (rec.date is not None and rec.date.text and b <= rec.date.char_start
                and _IN_THE_STATEMENT_RE.search(text, b, rec.date.char_start) is not None):
            rec.date = None  # KCNA s8: "his visit to Laos in the statement on May 3": the statement's day, not the trip's
        praised = (rec.status == "occurred" and _TRIP_NOUN_CUE_RE.search(text, max(s, a - 40), b) is not None
                   and self._praised_before(text, s, a, rec.sentence[1])
                   # (not a trip the sentence tells as just ended or under way: "on his returning home after winding up
                   # his Russia and China visit")
                   and not self._praise_at[(s, rec.sentence[1])][1])
        if praised and rec.date is not None and not b <= rec.date.char_start < hi:
            rec.date = None  # (the praise's date, not the trip's)
        rec.praised = praised and rec.date is None
        rec.arrival = _ARRIVAL_VERB_RE.match(text, a, b) is not None  # visits dates round: the first day of its trip
        if (when := _WHEN_CLAUSE_RE.search(text, max(s, a - 30), a)) is not None:
            # "since January 2020, when he visited Myanmar": the "when" clause is the time named just before it
            told = [d for d in dates_for(False) if 0 <= when.start() - d.char_end <= 2 and d.text]
            if told and (published is None or told[-1].start <= published):
                rec.date = told[-1]
        if (rec.date is not None and rec.date.char_end <= a and rec.date.text
                and (_THEN_LEG_RE.search(text, max(s, a - 20), a) or _THEN_WORD_RE.search(text, a, b)
                     # visits session 8: "arrived in Manila on Thursday, the first stop of a tour that also takes him to
                     # Jakarta": the day is the arrival's; the tour's other legs are later
                     or _TOUR_THAT_RE.search(text, max(rec.date.char_end, a - 40), a))):
            # "flies on to Riyadh on Tuesday and will then visit Ankara": the day belongs to the leg before; a later
            # leg takes a date of its own clause, else the month of the day after it (date scope)
            own = [d for d in dates_for(future) if b <= d.char_start < hi]
            if rec.status != "planned" and _TOUR_THAT_RE.search(text, max(rec.date.char_end, a - 40), a):
                # visits fix session 8: "arrived in Manila on Wednesday, the last stop of a tour that took him to A and
                # B": the legs made came before the arrival; no day of their own is told
                rec.date = own[0] if own else None
            else:
                rec.date = own[0] if own else _later_leg(rec.date)
        if ((rec.date is None or (published is not None and rec.date.start > published))
                and rec.status == "occurred" and published is not None and rec.visitor.end <= a
                and _WHO_IS_IN_RE.match(text, rec.visitor.end, b) is not None):
            # s11: "signed during an official visit by President X, who is in Seoul for the summit": there now, the day of
            # the story (registry brief: the Tanzanian president became a record once registered, with no date)
            rec.date = DateSpan(published, published, "day", "", rec.visitor.end, rec.visitor.end)
        if (rec.date is not None and rec.date.text and rec.date.char_start >= b
                and _BEFORE_NEXT_LEG_RE.search(text, b, rec.date.char_start) is not None):
            # s11: "Jiang will hold talks with Deve Gowda and visit Mumbai before moving on to Pakistan on Sunday": the
            # day is the next leg's; a step of a trip to the same host the story already tells is that trip, not one
            # of its own (registry brief: the talks became a record once India's 1996 prime minister was registered)
            # (kept until `_dedupe`, which drops it, so the later legs it names still get their records; no anchor of
            # `_legs`, whose legs would take its day)
            rec.step_of_trip = rec.status == "planned" and any(
                r.status == "occurred" and not r.earlier and r.host_iso3 == rec.host_iso3
                and r.visitor.actor_id == rec.visitor.actor_id for r in records)
        if rec.date is None and rec.status == "occurred" and (
                times := re.compile(r"[^,;.]{0,40}?\b(?:\w+\s+times|twice)\s+since\s+", re.I).match(text, b, hi)) is not None:
            # "has visited China four times since March 2018": the first of them in March 2018
            rec.date = next((d for d in dates_for(False) if d.char_start in (times.end() - 6, times.end())), None)
            if rec.date is not None and (latest := _MOST_RECENTLY_RE.match(text, rec.date.char_end, hi)) is not None:
                # visits dates round: "..., most recently in January": the trips run from the first to the latest
                last = next((d for d in dates_for(False) if latest.end() - 4 <= d.char_start <= latest.end() + 4), None)
                if last is not None and rec.date.start <= last.start and _rank_of(last) >= 2 and _rank_of(rec.date) >= 2:
                    rec.date = DateSpan(rec.date.start, last.end, "month" if "month" in (rec.date.precision, last.precision)
                                        else "day", rec.date.text, rec.date.char_start, last.char_end)
        if rec.date is not None and rec.date.precision == "day" and rec.date.start == rec.date.end and (
                span := _ENDED_TRIP_RE.search(text, max(s, a - 60), b)) is not None:
            # "wrapped up a two-day trip to Seoul on Monday", "ending a three-day visit": it began days before
            word = span.group(1).lower()
            n = int(word) if word.isdigit() else _DAYS_WORDS[word]
            if 1 < n <= 14:
                rec.date = replace(rec.date, start=rec.date.end - dt.timedelta(days=n - 1))
        if rec.date is not None and rec.date.precision == "day" and rec.date.start == rec.date.end and (
                length := _FOR_N_DAYS_RE.match(text, b, min(hi, b + 90))) is not None and rec.status in ("occurred", "planned") and _ARRIVAL_VERB_RE.match(text, a, b):
            # "arrived in Tokyo on Wednesday for a four-day state visit": the days of the visit, from the arrival
            word = length.group(1).lower()
            n = int(word) if word.isdigit() else _DAYS_WORDS.get(word, 0)
            if 1 < n <= 14:
                rec.date = replace(rec.date, end=rec.date.start + dt.timedelta(days=n - 1))
        if rec.date is not None and rec.date.precision == "day" and rec.date.start == rec.date.end and (
                tour := _N_DAY_TOUR_OF_RE.search(text, a, b)) is not None:
            # round 17: "made an 11-day tour of A, B and C from July 31": every leg falls in those days
            word = tour.group(1).lower()
            n = int(word) if word.isdigit() else _DAYS_WORDS.get(word, 0)
            if 1 < n <= 31:
                rec.date = replace(rec.date, end=rec.date.start + dt.timedelta(days=n - 1))
        if rec.status == "occurred" and not rec.earlier and (nth := _NTH_DAY_OF_RE.search(
                text, max(s, a - 200), min(rec.sentence[1], b + 200))) is not None:  # (a window: one scan per record)
            # visits dates round: "met on Friday, on the second day of a three-day visit": the visit ran from the day
            # before to the day after; with no day in the sentence, the day the story told just before (this week)
            n = int(nth.group(2)) if nth.group(2).isdigit() else _DAYS_WORDS.get(nth.group(2).lower(), 0)
            k = n if nth.group(1).lower() in ("last", "final") else _ORDINAL_WORDS.get(nth.group(1).lower(), 0)
            day = rec.date if rec.date is not None and rec.date.text and rec.date.precision == "day" \
                and rec.date.start == rec.date.end else None
            if day is None and published is not None:
                day = next((d for d in self._day_before(text, published)
                            if dt.timedelta(0) <= published - d.start <= dt.timedelta(days=7)), None)
            if day is not None and 1 <= k <= n <= 14:
                rec.date = DateSpan(day.start - dt.timedelta(days=k - 1), day.start + dt.timedelta(days=n - k), "day",
                                    day.text or nth.group(), day.char_start, day.char_end)
        if rec.date is not None and rec.date.precision == "day" and rec.date.start == rec.date.end and (
                stay := _STAY_RE.search(text, a, b)) is not None:
            # "back on Saturday after three days in <place>": the stay ended that day and began days before
            word = stay.group(1).lower()
            n = int(word) if word.isdigit() else 1 if word in ("a", "an", "one") else _DAYS_WORDS[word]
            n *= 7 if stay.group(2).lower().startswith("week") else 1
            if 1 <= n <= 21:
                rec.date = replace(rec.date, start=rec.date.end - dt.timedelta(days=n))
        if (rec.status == "occurred" and not rec.earlier and published is not None
                and (after := _N_UNITS_AFTER_RE.search(text, max(s, a - 150), a)) is not None
                and (rec.date is None or (rec.date.text and rec.date.char_end <= after.start()))):
            # visits dates round: "said on Wednesday ..., a day after Modi met the president here": the Tuesday (the day
            # before the phrase is the anchor, not the trip's; a date in the trip's own clause stays)
            word = after.group(1).lower()
            n = 1 if word in ("a", "one") else int(word) if word.isdigit() else _DAYS_WORDS.get(word, 0)
            told = [d for d in dates_for(False) if d.char_end <= after.start() and d.precision == "day"
                    and d.start == d.end and d.start <= published]
            anchor = told[-1].start if told else (
                self._story_day.start if self._story_day is not None and self._story_day.precision == "day"
                and dt.timedelta(0) <= published - self._story_day.start <= dt.timedelta(days=7) else published)
            if n:
                day = anchor - dt.timedelta(days=n * (7 if after.group(2).lower().startswith("week") else 1))
                if after.group(2).lower().startswith("week"):
                    rec.date = DateSpan(day.replace(day=1), _month_end(day.year, day.month), "month", after.group())
                else:
                    rec.date = DateSpan(day, day, "day", after.group())
        ann, pos = None, max(s, a - 120)
        while (found := _ANNIVERSARY_RE.search(text, pos, a)) is not None:
            ann, pos = found, found.end("n")  # the last one: "the 10th anniversary of ... and the first anniversary of his visit"
        if ann and published is not None:
            # "the 10th anniversary of Kim Jong Il's visit to Russia": ten years before
            n = _ORDINAL_WORDS.get(ann.group("n").lower()) or int(re.match(r"\d+", ann.group("n")).group())
            year = published.year - n
            if n <= 200:  # (s18: not "the 1,700th anniversary of the first ecumenical council", read as the 700th)
                rec.date = DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", ann.group())
        elif rec.date is None and (ym := re.search(r"\b(1[89]\d\d|20\d\d)\s+(?:[\w-]+\s+)?(?:trip|visit|tour|journey)\b",
                                                  text[a:b])) is not None:
            # "during a 2018 trip to France", "his 2019 visit to Hanoi": the year the cue gives
            y = int(ym.group(1))
            rec.date = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", ym.group(1))
        elif (rec.date is None and rec.status == "occurred" and published is not None
              and self._prev_sentence is not None and re.search(r"\b(?:visit|trip|tour|journey)\s+to$", text[a:b], re.I)
              # only a sentence that points back at that event: "It was ...", "At that time ..."
              and re.match(r"\s*(?:(?:It|This|That)\s+(?:was|is|were)\b|At\s+(?:that|the)\s+time\b)", text[s:s + 25])
              and (old := self._old_date(text, published))):
            # "On March 17, Juche 38 (1949) ... concluded an agreement. It was the first agreement Kim
            # Il Sung signed during his visit to Russia": the visit of the date the sentence before gave
            rec.date = old
        elif (rec.date is None and rec.status == "occurred" and published is not None and not praised
              and (not re.search(r"\b(?:(?<!during\s(?:his|her|its)\s)(?<!during\stheir\s)(?<!during\sthe\s)recent|previous|"
                                 r"earlier|last|past|former|first|second|third|historic|several|many|"
                                 r"numerous|series|repeated|frequent|frequently|often|regularly|repeatedly)\b",  # (s22: "frequently visited the U.S.")
                                 text[max(s, a - 25):b], re.I) or _TRIP_NEWS_RE.search(text, s, rec.sentence[1]))
              # "has visited China several times", "had been to Russia before": experience, no date
              # (not "who has been ill": "been" only as a stay somewhere)
              and not _EXPERIENCE_RE.search(text, max(s, a - 25), b)
              # "Meng recalled the day he was received ... during his visit to the DPRK"; "paid ... recently"
              and not self._hit_before(_RECALLED_RE, text, s, rec.sentence[1], a)
              and not re.search(r"\brecently\b", text[b:min(hi, b + 80)], re.I)
              # "the delegation ... which visited the Maritime Territory", "X, who visited the DPRK,
              # said": a trip that names the party, told in passing, not the news of the day
              and not (re.match(r"(?:visited|toured)\b", text[a:b], re.I)
                       and re.search(r"\b(?:who|which|that)\s+$", text[max(s, a - 8):a])
                       # (unless the news is their return: "came back home Tuesday. They were a
                       # delegation ... which visited Vietnam")
                       and not _RETURN_NEWS_RE.search(text, self._prev_sentence[0] if self._prev_sentence else s,
                                                      rec.sentence[1]))
              and not re.match(r"[^,;.]{0,40}?\b(?:times|twice|once|before(?!\s+(?:them|him|her|it)\b)|previously|ever|in\s+the\s+past)\b"
                               r"|[^,;.]{0,90}?\brecent\s+years\b", text[b:hi], re.I)
              # (round 17: "his Russia visit", "made a performance tour of A and B" told with no time at all: undated,
              # unless the sentence tells the trip as news)
              and not ((_POSS_NOUN_TRIP_RE.search(text, a, b) or _MADE_TOUR_OF_RE.match(text, a, b))
                       and not _TRIP_NEWS_RE.search(text, s, rec.sentence[1])
                       and not re.search(r"\b(?:recently|now|this\s+year|this\s+month)\b", text[s:rec.sentence[1]], re.I))
              # s17: "developing after Kim Jong Un's visit to Vietnam": a past trip as a reference point, undated
              and not (_TRIP_NOUN_CUE_RE.search(text, max(s, a - 40), b) is not None
                       and _REFERENCE_TRIP_RE.search(text, max(s, a - 90), a) is not None
                       and not _TRAVEL_NEWS_WORD_RE.search(text, s, rec.sentence[1])
                       and not _TRIP_NEWS_RE.search(text, s, rec.sentence[1]))):
            # an occurred trip the story does not date is under way or just over: the day the story
            # last named (within the week before publication), else the publication month.
            # ("his first visit" is an older trip: left undated; "his recent visit", one trip just ended, takes the
            # publication month, fixV3: the gold README's convention for a trip just ended)
            day = self._story_day
            if day is not None and re.search(r"\bbefore\s+(?:them|him|her|it)\b", text[b:rec.sentence[1]], re.I):
                day = None  # fixV3: "X arrived here before them": before the day the story told, so its month
                # (not "Arriving here earlier were ...": the gold dates those lists to the story's day)
            elif (told := self._attended_day(text, s, rec.sentence[1], rec.sentence_index, published)) is not None:
                day = told  # s17: guests listed at an event the sentences just before dated
            if day is not None and dt.timedelta(0) <= published - day.start <= dt.timedelta(days=7) \
                    and day.precision == "day" and day.start == day.end:
                rec.date = DateSpan(day.start, day.end, "day", "")
            else:
                first = getattr(self, "_title_month", None) or published.replace(day=1)
                last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                rec.date = DateSpan(first, last, "month", "")
        if rec.date is not None and rec.status == "occurred" and published is not None and rec.date.start > published:
            # "met X on the sidelines to press him on a launch planned for next month": a trip made is not dated
            # after the story; the later date belongs to something else in the clause (left undated, unless the
            # sentence opens with the trip's date: "On last Thursday, X met ... to sign a deal to build it by 2025")
            before = [d for d in dates_for(False) if s <= d.char_start <= s + 20 and d.char_end <= a and d.start <= published]
            rec.date = before[-1] if before else None
            rec.scene_dated = rec.date is None  # (round 16: the story's scene may date it, `_scene_dates`)
        records.append(rec)
        if re.search(r"\b(?:first|second|third|fourth|fifth|another|latest|new)\s+(?:[\w-]+\s+){0,2}(?:trip|visit|tour|journey)\b"
                     r"|\bfirst\s+(?:[\w-]+\s+){1,3}to\s+(?:visit|travel|come|go)$", text[max(s, a - 40):b], re.I):
            # "his second trip to China since March": the first one was in March
            host = next((m for m in countries if b <= m.start < hi and m.iso3 == rec.host_iso3), None)
            country_word = re.match(r"\s*the\s+country\b", text[b:hi], re.I)  # "his first visit to the country"
            host_end = host.end if host is not None else (b + country_word.end() if country_word else None)
            if host_end is None and re.match(r"\s+since\s", text[b:hi]):
                host_end = b  # "the first Japanese premier to visit since Abe came in 2018"
            since = re.match(r"\s+since\s+", text[host_end:hi]) if host_end is not None else None
            earlier_who, at = rec.visitor, None
            if since is not None and rec.status == "occurred":
                at = host_end + since.end()
            elif since is None and host_end is not None:
                # "the first visit to Japan by a South Korean president since Lee Myung-bak went in
                # December 2011": the one named after "since" made the earlier trip
                since2 = re.compile(r"\s+(?:by\s+[^,.;]{0,60}?\s+)?since\s+").match(text, host_end, rec.sentence[1])
                who = next((p for p in parties if since2 and p.start == since2.end() and p.kind == "person"), None)
                verb = re.match(r"\s+(?:went|visited|came|travell?ed|did|was\s+there)(?:\s+(?:to|for)\s+[^.;,]{0,80}?)?\s+(?:in|on)\s+",
                                text[who.end:who.end + 110]) if who else None
                if verb and who.iso3 and who.iso3 != rec.host_iso3:
                    earlier_who, at = who, who.end + verb.end()
            gap = (re.match(r"\s+in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
                            text[host_end:hi], re.I) if host_end is not None and published is not None else None)
            if (gap is not None and at is None and rec.status in ("occurred", "planned")
                    and re.search(r"\bfirst\s+(?:[\w-]+\s+){0,2}(?:trip|visit|tour|journey)\b", text[max(s, a - 40):b], re.I)
                    and not re.search(r"\b(?:more\s+than|over|nearly|almost)\s+$", text[host_end:host_end + gap.start(1)])):
                # "his first trip to North Korea in 24 years": the one before was 24 years earlier
                word = gap.group(1).lower()
                y = published.year - (int(word) if word.isdigit() else _DAYS_WORDS[word])
                records.append(self._earlier_record(
                    rec.visitor, rec.host_iso3, DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", gap.group()),
                    rec.sentence, rec.sentence_index, rec.confidence, rec.cameo, preset=False, is_domestic=rec.is_domestic))
            if at is not None:
                when = next((d for d in dates_for(False) if d.char_start in (at - len("since "), at)
                             or (d.char_start < at <= d.char_end)), None)
                if when is None:  # "since 2002": a bare year, which the sentence's dates leave out
                    ym = re.match(r"(1[89]\d\d|20\d\d)\b", text[at:at + 5])
                    if ym:
                        y = int(ym.group(1))
                        when = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", ym.group(1), at, at + 4)
                if when is not None:
                    records.append(self._earlier_record(
                        earlier_who, rec.host_iso3, DateSpan(when.start, when.end, when.precision, when.text), rec.sentence,
                        rec.sentence_index, rec.confidence, rec.cameo, preset=False, is_domestic=rec.is_domestic))
        extra_hosts = self._also_hosts(text, rec, b, rec.sentence[1] if cue.frame == "depart" else hi, countries, self._windows)
        extra_hosts += [iso for iso in getattr(rec, "more_hosts", ()) if iso not in extra_hosts]
        if cue.frame in ("depart", "travel") and not rec.is_domestic:
            extra_hosts += [iso for iso in self._onward_hosts(text, b, rec.sentence[1], countries)
                            if iso not in extra_hosts and iso != rec.host_iso3 and iso != rec.visitor.iso3]
        onward = _ONWARD_RE.search(text, b, rec.sentence[1]) if extra_hosts else None
        for extra_iso in extra_hosts:
            date = rec.date
            if (onward is not None and date is not None and date.text and date.char_end <= onward.start()
                    and (cue.frame != "depart" or _THEN_WORD_RE.search(onward.group()))
                    and extra_iso not in self._also_hosts(text, rec, b, hi, countries, self._windows)):
                # (a departure's legs share its day: "left here on Monday to attend ... and to visit Malaysia")
                # a later leg ("... on Tuesday and then to Ankara"): the day is the first leg's; the leg takes a
                # date of its own clause, else the month of the day after it
                own = [d for d in dates_for(future) if d.char_start >= onward.end()]
                date = own[0] if own else _later_leg(date)
            twin = Record(rec.visitor, extra_iso, rec.status, rec.cameo, rec.confidence, rec.sentence,
                          rec.sentence_index, None, None, date, bool(rec.visitor.iso3 == extra_iso))
            twin.history.append(rec.status)
            records.append(twin)

    def _subject(self, text: str, left: list[Party], earlier: list[Party] = (), cue_start: int = -1) -> Party | None:
        """The nearest party on the left that is not an object ("who met Putin", "with X"); else
        a subject before the previous cue ("Kim, who met Putin in 2002, ... since a trip to China")."""
        honoured: set[int] = set()
        for group in (left, earlier):
            # the nearest 60 parties only: a subject is never further back in real prose, and a run of hundreds of
            # coordinated objects ("met A in X and B met C in Y and ...") stays linear
            for i in range(len(group) - 1, max(-1, len(group) - 61), -1):
                p = group[i]
                if p.kind == "person" and (role := appositive_role(self._wire12, text, p.start)) is not None:
                    # s12: "Larijani, a senior adviser to Ayatollah Khamenei, met ...": the adviser travels, not his boss
                    # (the name before the comma when it is a party; else the boss's country for staff, no one for kin)
                    if any(q.end == role[1] for q in itertools.chain(left, earlier)):
                        continue
                    if role[0] == "staff" and p.iso3:
                        return Party(p.start, p.end, f"country:{p.iso3}", p.name, p.iso3, "delegation")
                    return None
                possessor = re.match(r"['’]s\b", text[p.end:p.end + 2]) and p.end != cue_start
                if possessor and group is left and i == len(group) - 1 and (owned := self._owns_traveller(text, p, cue_start)):
                    # s11: "Putin's spokesman flew to Ankara": the spokesman travels, not his owner; an aide or envoy
                    # unnamed goes for the owner's country ("Kim's special envoy was received at the White House"), a
                    # relative for no one
                    if owned == "staff" and p.iso3:
                        return Party(p.start, p.end, f"country:{p.iso3}", p.name, p.iso3, "delegation")
                    return None
                if p.kind == "person" and self._honouree_re is not None and self._honouree_re.search(text, max(0, p.start - 60), p.start):
                    honoured.add(id(p))
                    continue  # fixV4 (item 2): "the death of leader X", "yearning for X": the one honoured, not a traveller
                # (s23: a party right before the cue after ", and" opens a clause of its own: "Singh visited Moscow in June,
                # and Foreign Minister S. Jaishankar visited Tehran", not an object of "and")
                obj_re = _OBJECT_NOT_AND_RE if (cue_start >= 0 and group is left and i == len(group) - 1 and p.kind == "person"
                                                and not re.fullmatch(r"(?i:he|she|they|him|her)", text[p.start:p.end])
                                                and _ADJACENT_VERB_RE.fullmatch(text, p.end, cue_start)
                                                and not re.match(r"(?:are|were|have|both|all)\b", text[cue_start:cue_start + 6], re.I)
                                                and re.search(r",\s+and\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$",
                                                              text[max(0, p.start - 40):p.start])) else _OBJECT_RE
                if obj_re.search(text[max(0, p.start - 40):p.start]) or possessor:
                    continue  # an object, or a possessor ("Hu Jintao's invitation"; "Putin's visit" is his)
                head = next((q for q in group[:i] if q.kind == "person" and q.end <= p.start and q.actor_id != p.actor_id
                             and re.fullmatch(r",\s+(?:[a-z][\w-]*\s+){1,4}(?:of\s+)?", text[q.end:p.start])), None) \
                    if p.kind == "delegation" else None
                if head is not None and (head.iso3 or not p.iso3):
                    return head  # "Pak Ui Chun, head of the delegation ...,": the person, not the group of his title
                return p
        return left[-1] if left and id(left[-1]) not in honoured else None

    def _owns_traveller(self, text: str, p: Party, cue_start: int = -1) -> str | None:
        """Whether ``p`` owns a relative or an aide who is the subject of the cue after it: "McAleese's husband visited
        London", "Modi's national security adviser arrived in Dhaka" (True); "Putin's visit to Ankara", "Modi's plane
        landed", "Putin's spokesman said Putin flew" (None: the trip noun, a thing, or a report of someone else).
        Returns "staff" or "relative", the kind of the one owned (visit_possessed_people.csv). (s11, registry item 1)"""
        owned = self._possessed_person_re.match(text, p.end)
        if owned is None:
            return None
        stop = cue_start if cue_start >= owned.end() else min(len(text), owned.end() + 120)
        # (a report verb between: "Putin's spokesman said the president would fly to Ankara": the report's subject)
        if _OWNED_REPORT_RE.search(text, owned.end(), stop) is not None:
            return None
        noun = re.sub(r"\s+", " ", owned.group("noun").lower())
        return "staff" if noun in self._possessed_staff else "relative"

    @staticmethod
    def _passive_at(text: str, s: int, a: int, b: int) -> tuple[bool, int | None]:
        """s11 fix (R1): whether the participle ``text[a:b]`` ("visited", "toured", "attended") is a passive, and where
        its agent starts (after "by"), else None: "was visited by Belgian officials", "were attended on Tuesday by",
        "the palace, visited by ..." (a reduced relative: "by" right after it; its agent not read). (False, None) for an
        active verb."""
        if _PASSIVE_TRIBUTE_RE.fullmatch(text, a, b):
            # s20: "Floral baskets were laid before the statue ... on Thursday by X": the agent after "by" in the clause
            by = _TRIBUTE_BY_RE.match(text, b)
            return True, (by.end() if by is not None else None)
        if not _PASSIVE_PART_RE.fullmatch(text, a, b):
            return False, None
        if _PASSIVE_AUX_RE.search(text, max(s, a - 30), a) is not None:
            by = _PASSIVE_BY_RE.match(text, b)
            return True, (by.end() if by is not None else None)
        by = _PASSIVE_BY_NEXT_RE.match(text, b)
        # (a reduced relative, "Ulan-Ude is the historic place visited by X during his tours in 1984", tells a trip in
        # passing, often an old one the dates there do not place: no traveller named from it, none from its subject)
        return (True, None) if by is not None else (False, None)

    def _passive_visit(self, text, s, e, a, b, hi, by_end, parties, countries, places):
        """s11 fix (R1): (traveller, host iso3, place) of a passive visit: the traveller is the person or group named
        right after "by" ("by the British prime minister", "by Dutch lawmakers": that country's group); the host is the
        country of the place the sentence names (in the subject, "The Mobutu-era palace at Gbadolite", or after the
        agent, "in Gbadolite"), never the agent's own; (None, None, None) when either is missing. The subject itself
        (a place, a thing, or a person visited) is no traveller."""
        none = (None, None, None)
        if by_end is None:
            return none
        agent = next((p for p in parties if by_end <= p.start < by_end + 40 and p.kind in ("person", "delegation")
                      and re.fullmatch(r"(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,4}", text[by_end:p.start], re.I)), None)
        agent_end = agent.end if agent is not None else by_end
        if agent is not None and agent.kind == "person" and re.match(r"['’]s\b", text[agent.end:agent.end + 2]):
            return none  # ("visited by Putin's aide": someone else's)
        if agent is None:
            # "by Belgian officials", "by a group of Dutch lawmakers": a nationality before a plural noun
            dem = next((m for m in countries if by_end <= m.start < by_end + 30 and m.iso3 and m.alias_kind == "demonym"
                        and re.fullmatch(r"(?:(?:the|a|an|some|several|two|three|four|five|senior|visiting|group\s+of)\s+){0,3}",
                                         text[by_end:m.start], re.I)), None)
            if dem is None:
                return none
            noun = re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<n>[a-z][\w-]*s)\b(?!['’])", text[dem.end:min(e, dem.end + 60)])
            if noun is not None and noun.group("n").lower() not in _PASSIVE_OFFICIAL_NOUNS:
                noun = None  # lead's s11 check: "by German tourists", "by Dutch students" are no state's trip
            if noun is None:
                return none
            actor = self.registry.actors.get(f"country:{dem.iso3}")
            agent = Party(dem.start, dem.end, f"country:{dem.iso3}", f"{actor.name if actor else dem.iso3} delegation",
                          dem.iso3, "delegation")
            agent_end = dem.end + noun.end()
        if not agent.iso3 and agent.actor_id not in self.registry.actors:
            return none
        # lead's s11 check: a place after the agent counts only in the agent's own clause (up to a comma or
        # semicolon) and not as an origin ("draws pilgrims from Kenya", "officials from Kenya")
        cut = re.compile(r"[,;]").search(text, agent_end, hi)
        hi = cut.start() if cut is not None else hi
        where = [(p.start, p.iso3, p) for p in places if s <= p.start < a or agent_end <= p.start < hi] + [
            (m.start, m.iso3, None) for m in countries if m.iso3 and m.alias_kind != "demonym"
            and (s <= m.start < a or agent_end <= m.start < hi)
            and not re.match(r"['’]s\b", text[m.end:m.end + 2])]
        where = [w for w in where if w[0] < a or not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(agent_end, w[0] - 12):w[0]], re.I)]
        where = sorted((w for w in where if w[1] and w[1] != agent.iso3), key=lambda w: (w[0] >= a, w[0]))
        if not where:
            return none
        return agent, where[0][1], where[0][2]

    def _with_country(self, text: str, p: Party, e: int) -> Party:
        """``p`` with a country when it has none: for a person, the first country, organisation of a country or
        known town named in the appositive right after the name ("Shi Guang, acting mayor of the Dandong City
        People's Government," -> CHN); else ``p`` unchanged."""
        if p.iso3 or p.kind != "person" or not text.startswith(",", p.end):
            return p
        stop = _APPOSITIVE_STOP_RE.search(text, p.end + 1, e)
        hi = stop.start() if stop else e
        trip = ON_A_VISIT_RE.search(text, p.end + 1, hi)
        if trip is not None:
            hi = trip.start()  # round 18: "X, secretary of the Fund on a visit to the DPRK,": the trip's country is not his
        iso = None
        for m in getattr(self, "_sent_mentions", ()):
            if p.end < m.start < hi and m.iso3 and m.kind in ("country", "organisation") and m.alias_kind != "capital":
                iso = m.iso3
                break
        if iso is None:
            found = self.places.find(text, p.end, hi, [], self._story_countries)
            iso = found[0].iso3 if found else None
        if iso is None and (body := self._of_the_body_re.search(text, p.end + 1, hi)) is not None:
            went = set()
            if trip is not None:  # ("on a visit to the DPRK": the country he went to is not his body's)
                went = {m.iso3 for m in getattr(self, "_sent_mentions", ()) if m.kind == "country" and m.iso3
                        and trip.start() <= m.start < min(e, trip.end() + 40)}
            iso = self._body_named_before(text, body.group(1), p.start, went)
        if iso is None:
            return p
        return replace(p, iso3=iso)

    def _body_named_before(self, text: str, head: str, before: int, went: set | frozenset = frozenset()) -> str | None:
        """The country of a body the story named in full before ``before``, given its head word: "the Fund" after
        "the Shanghai Friendship Fund of China" -> CHN, after "a Cuban solidarity Committee" -> CUB (round 18).
        A body named by two sides ("the Mongolia-DPRK Friendship Association") is the side that is not the country of
        the visit (``went``), else not the outlet's home, else the first named (fixV2, review of round 19 item 3)."""
        home = self._home_now[1] if self._home_now else None
        countries = [m for m in self._all_mentions if m.end <= before and m.kind == "country"
                     and m.iso3 and m.alias_kind != "capital"][-21:]
        for i in range(len(countries) - 1, max(0, len(countries) - 21) - 1, -1):  # (the 20 nearest: a list of 3,000 is no story)
            m = countries[i]
            # (round 19: "the society" goes back to "... Youth Society"; precompiled, the head compared as a string:
            # review of round 18, item 12)
            if m.alias_kind != "demonym" and _head_then(text[max(0, m.start - 70):m.start], head, _BODY_OF_TAIL_RE):
                return m.iso3  # "... Fund of China", (round 19) "the Party of Communists of Italy"
            if m.alias_kind in ("demonym", "name", "short", "abbrev") and _caps_then_head(text[m.end:m.end + 80], head):
                other = countries[i - 1] if i and text[countries[i - 1].end:m.start] in ("-", "–") else None
                if other is not None:  # "the Vietnam-DPRK Friendship Association" in the North's outlet: Vietnam's
                    return min((other.iso3, m.iso3), key=lambda c: (c in went, c == home))
                if m.alias_kind != "abbrev":
                    return m.iso3  # "the Cuban Solidarity Fund", (round 19) "the China Disabled Persons' Federation"
        return None

    def _frame(self, text, s, e, si, a, b, lo, hi, cue, status, parties, countries, places, home) -> list[Record]:
        if re.match(r"(?:was|were|been|be)\s+held\b", text[a:b], re.I) and not re.search(
                r"\b(?:talks|summit|summitry|negotiations|consultations|meeting\s+between)\b", text[s:a], re.I):
            return []  # "a ceremony was held in Jakarta": an event, not a meeting of two sides
        if re.search(r"\b(?:phone|telephone|video|videoconference|virtual|online)\b", text[a:b], re.I):
            return []  # "held a phone conversation with", "had video talks with": no one travelled
        if cue.frame in ("travel", "depart") and re.match(r"[a-z]+s\b", text[a:b]) and re.search(
                r"\b(?:once|if|unless|until|as\s+soon\s+as|in\s+case)\s+(?:he|she|they|it|(?-i:[A-Z])[\w'’-]+)\s+$", text[max(s, a - 40):a], re.I):
            return []  # "could not secure his safety once he arrives in Gaza": a condition, no trip told
        if cue.frame == "travel" and re.match(r"\s*(?:(?:Also|And|Meanwhile,?)\s+)?(?:Present|Attending\s+(?:it|there)|Among\s+(?:the\s+)?(?:audience|spectators)|[Ww]atching)\b", text[a:b], re.I):
            return self._present(text, s, e, si, a, b, cue, status, parties, home)
        if cue.frame in ("meet", "travel") and (_GATHER_RE.search(text, a, b) or (
                cue.frame == "meet" and re.search(r"\b(?:matches|match|games)\s+between\s*$", text[a:b], re.I))
                # s19: "An agreement on ... between A and B was signed here on Monday" (visit_cues.csv, the last row)
                or (cue.frame == "meet" and _SIGNED_BETWEEN_RE.match(text, a, b))):
            group = self._summit(text, s, e, si, a, b, lo, hi, cue, status, parties, countries, places)
            if group:
                return group
            if re.search(r"\bbetween\s*$", text[a:b], re.I):
                return []  # "X worked to arrange a meeting between A and B": X is none of the sides
        rec = self._frame_one(text, s, e, si, a, b, lo, hi, cue, status, parties, countries, places, home)
        if rec is None:
            return []
        out = [rec]
        for q in getattr(rec, "coord", ()):
            if q.iso3 and q.iso3 != rec.host_iso3:
                twin = Record(q, rec.host_iso3, rec.status, rec.cameo, rec.confidence, rec.sentence, rec.sentence_index,
                              rec.host_person, rec.place)
                twin.history.append(rec.status)
                out.append(twin)
        if cue.frame == "travel" and rec.visitor.kind == "person" and (both := re.search(
                r",\s+who\s+(?:are|were|will\s+be|have\s+been|had\s+been)\s+(?:both|all)\b", text[s:b])) is not None:
            # "Abe and Putin, who are both due in Beijing": each of the pair before "who"
            end = s + both.start()
            pair = [p for p in parties if p.kind == "person" and p.iso3 and p.end <= end]
            if len(pair) >= 2 and pair[-1].end == end and re.fullmatch(r"\s+and\s+", text[pair[-2].end:pair[-1].start]):
                for p in pair[-2:]:
                    if p.actor_id != rec.visitor.actor_id and p.iso3 != rec.host_iso3:
                        twin = Record(p, rec.host_iso3, status, rec.cameo, rec.confidence, rec.sentence, rec.sentence_index,
                                      None, rec.place)
                        twin.history.append(status)
                        out.append(twin)
        relative = cue.frame == "travel" and _WHICH_BEFORE_RE.search(text, max(s, a - 60), a) is not None  # ("who" after a group's head: the head)
        if relative and rec.visitor.end <= a:
            # "Players of X ... and a delegation of Y headed by P which visited China returned home": the relative
            # clause tells of the nearest group only (a leader after "headed by" stands for his group)
            near = max((p for p in parties if p.end <= a and p.kind in ("person", "delegation") and p.iso3),
                       key=lambda p: p.end, default=None)
            if near is not None and near.kind == "person":
                near = next((q for q in parties if q.kind == "delegation" and q.actor_id == near.actor_id and q.end <= near.start),
                            near)
            if near is not None and near.actor_id != rec.visitor.actor_id and near.iso3 != rec.host_iso3 \
                    and re.match(r"[^,;]*$", text[near.end:a]):
                rec.visitor = near
        if cue.frame in ("depart", "travel") and rec.visitor.start >= b and status == "occurred" and _OPENS_RE.fullmatch(text, s, a):
            # "Leaving here on Saturday were a delegation of X to attend ... in Lisbon and a
            # delegation of Y to visit Russia": each delegation after the cue goes its own way
            for p in parties:
                if p.start <= rec.visitor.end or p.start >= e:
                    continue
                if p.kind == "person":
                    # "..., Chairman and CEO X of the Y Holdings of Egypt and his party and Z, general director of
                    # ... of Guinea": a foreign person listed after the first traveller, not a group's leader
                    if not (p.iso3 and home and p.iso3 != home[1] and rec.host_iso3 == home[1]
                            and not re.search(r"\b(?:with\s+(?:him|her|them)|accompan\w+|suite|entourage)\b", text[s:e], re.I)
                            and re.search(r"(?:,|\band)\s+(?:(?:[A-Z][\w.'’-]*|and)\s+){0,4}$", text[max(s, p.start - 40):p.start])
                            and not re.search(r"\b(?:led|headed)\s+by\s+(?:(?:[A-Z][\w.'’-]*|and)\s+){0,4}$", text[max(s, p.start - 60):p.start])
                            and not any(q.kind == "delegation" and q.start <= p.start < q.end for q in parties)):
                        continue
                elif p.kind != "delegation" or not (re.search(r"\band\s+$", text[max(s, p.start - 6):p.start])
                                                    or self._middle_conjunct(text, s, e, p, parties)):  # KCNA s8
                    continue
                host_iso, place, _hp = self._destination(text, p.end, e, [q for q in parties if q.start >= p.end and q.actor_id != p.actor_id],
                                                         countries, places, None, 170)
                who = p
                if who.iso3 is None and home and cue.frame == "depart":
                    actor = self.registry.actors.get(f"country:{home[1]}")
                    who = Party(p.start, p.end, f"country:{home[1]}", f"{actor.name if actor else home[1]} delegation",
                                home[1], p.kind)
                    if p.actor_id.startswith("person:"):  # "a delegation ... headed by Vice-Minister Ki Kwang Ho": its head
                        who = Party(p.start, p.end, p.actor_id, p.name, home[1], p.kind, p.actor_id)
                if cue.frame == "travel":  # "Arrivals here were X and Y": all came to the same place
                    host_iso, place = rec.host_iso3, rec.place
                if host_iso in (None, who.iso3) and home and rec.host_iso3 == home[1] and who.iso3 != home[1]:
                    # "Leaving here on the same day were X and the delegation of Y led by Q": Y's stay was here
                    host_iso, place = rec.host_iso3, rec.place
                if host_iso is not None and who.iso3 and who.iso3 != host_iso:
                    twin = Record(who, host_iso, status, rec.cameo, rec.confidence, rec.sentence, rec.sentence_index,
                                  None, place)
                    twin.history.append(status)
                    out.append(twin)
        if (cue.frame in ("travel", "depart") and status == "occurred" and rec.host_iso3 and rec.visitor.end <= a and not relative
                and (re.search(r"arriv|\bleft\b|leav|depart|return|back|home|\bflew\b", text[a:b], re.I)
                     or (re.fullmatch(r"visited|toured", text[a:b], re.I) and rec.visitor.kind == "delegation"))):
            out += self._listed(text, s, lo, a, rec, status, parties)
        if (cue.frame in ("travel", "depart") and rec.host_iso3 and rec.visitor.kind == "delegation"
                and (pg := _PLURAL_GROUPS_RE.search(text, rec.visitor.start, rec.visitor.end)) is not None):
            # s20: "Delegations of the Federation of Koreans in the U.S. led by X and the Federation of Koreans in
            # Canada led by Y arrived": one traveller per side the plural subject names, up to the verb; after an
            # inverted verb ("Also arriving here were delegations of Germany, Austria and Sweden") to the clause's end
            semi = text.find(";", rec.visitor.end, e)
            told = {rec.visitor.iso3, rec.host_iso3} | {r.visitor.iso3 for r in out}
            for side in self._plural_subject_sides(text, pg.start(), a if rec.visitor.end <= a else (
                    semi if semi >= 0 else e)):
                if side.iso3 not in told:
                    told.add(side.iso3)
                    twin = Record(side, rec.host_iso3, status, rec.cameo, rec.confidence, rec.sentence,
                                  rec.sentence_index, rec.host_person, rec.place)
                    twin.history.append(status)
                    out.append(twin)
        if cue.frame in ("host", "meet") and rec.host_iso3 and rec.visitor.kind == "delegation":
            # "received the Chinese friendship delegation led by X, ... and the delegation of the
            # China-Korea Friendship Association headed by Y": each delegation came
            for p in parties:
                if (p.kind == "delegation" and rec.visitor.end < p.start < hi and p.iso3
                        and p.iso3 != rec.host_iso3 and p.actor_id != rec.visitor.actor_id
                        and re.search(r"\band\s+$", text[max(s, p.start - 6):p.start])):
                    twin = Record(p, rec.host_iso3, status, rec.cameo, rec.confidence, rec.sentence, rec.sentence_index,
                                  rec.host_person, rec.place)
                    twin.history.append(status)
                    out.append(twin)
        if (cue.frame == "depart" and self._title_hosts and rec.host_iso3 == self._title_hosts[0] and rec.place is None
                and not self._title_plural):  # ("DPRK Delegations Leave for China and Russia": one each)
            for iso in self._title_hosts[1:]:  # "Leaves for Laos, Vietnam and Myanmar"
                twin = Record(rec.visitor, iso, rec.status, rec.cameo, rec.confidence, rec.sentence, rec.sentence_index)
                twin.history.append(rec.status)
                out.append(twin)
        other = rec.also
        if other is not None and other.iso3 and other.iso3 != rec.host_iso3:  # both sides of a summit in a third country travelled
            twin = Record(other, rec.host_iso3, rec.status, rec.cameo, rec.confidence, rec.sentence,
                          rec.sentence_index, None, rec.place)
            twin.history.append(rec.status)
            out.append(twin)
        if status == "cancelled":
            for r in out:
                r.cameo = "125"
        return out

    def _inverted_departures(self, text, s, e, si, mentions, records, published, home) -> None:
        """KCNA s8: "Leaving here today were a group headed by X, <office> of the DPRK to visit the Y Region of
        Russia, a delegation of Z led by W, <office>, to visit Austria and a delegation ... to attend a fair to be held
        in Vietnam": each group goes to the first country after its own "to visit/attend" (before the next group).
        Every group is home's (a home outlet's departures); a record the sentence already has for a group keeps it,
        and a listed leader read as the destination's national coming home is dropped."""
        purposes = list(_PURPOSE_TO_RE.finditer(text, s, e))
        if len(purposes) < 2:
            return
        hosts, group_start = [], s
        for k, pm in enumerate(purposes):
            stop = purposes[k + 1].start() if k + 1 < len(purposes) else e
            nxt = _NEXT_GROUP_RE.search(text, pm.end(), stop)
            end = nxt.start() if nxt is not None else stop
            host = next((m for m in mentions if m.kind == "country" and m.iso3 and pm.end() <= m.start < end
                         and m.alias_kind != "demonym" and m.iso3 != home[1]), None)
            own, group_start = (group_start, pm.start()), end
            if host is None or any(m.kind == "country" and m.iso3 and m.iso3 != home[1]
                                   and own[0] <= m.start < own[1] for m in mentions):
                hosts.append(None)  # (a group of another country named in its own phrase: not read here)
                continue
            hosts.append(host)
        if sum(h is not None for h in hosts) < 2:
            return
        opened = [d for d in self._undateline(self.dates.find(text[s:purposes[0].start()], published, future=False, offset=s))
                  if d.start <= published]
        if opened:
            date = DateSpan(opened[0].start, opened[0].end, opened[0].precision, opened[0].text)
        else:
            first = published.replace(day=1)
            date = DateSpan(first, _month_end(first.year, first.month), "month", "")
        dests = {h.iso3 for h in hosts if h is not None}
        records[:] = [r for r in records if not (r.sentence_index == si and r.host_iso3 == home[1]
                                                and r.visitor.iso3 in dests)]
        told = {r.host_iso3 for r in records if r.sentence_index == si}
        actor = self.registry.actors.get(f"country:{home[1]}")
        for host in hosts:
            if host is None or host.iso3 in told:
                continue
            who = Party(host.start, host.end, f"country:{home[1]}", f"{actor.name if actor else home[1]} delegation",
                        home[1], "delegation")
            rec = self._earlier_record(who, host.iso3, date, (s, e), si, 0.7, preset=True, listed=False, earlier=False)
            records.append(rec)
            told.add(host.iso3)

    def _demonym_list_twins(self, text, s, e, si, mentions, records) -> None:
        """KCNA s8: "Ugandan, Tanzanian and Zambian delegations arrived", "met heads of Ecuadorian, Bolivian and
        Venezuelan delegations": demonyms coordinated before one plural group noun are one traveller each; the
        sentence's record for the last of them is copied to the others (same host, status and date)."""
        dems = [m for m in mentions if m.kind == "country" and m.alias_kind == "demonym" and m.iso3 and s <= m.start < e]
        for k, last in enumerate(dems):
            if not _DEMONYM_GROUPS_RE.match(text, last.end, e):
                continue
            listed, j = [last], k
            while j > 0 and re.fullmatch(r",\s*|,?\s+and\s+", text[dems[j - 1].end:listed[0].start]):
                j -= 1
                listed.insert(0, dems[j])
            if len(listed) < 2:
                continue
            base = next((r for r in records if r.sentence_index == si and r.visitor.iso3 == last.iso3 and not r.is_domestic), None)
            if base is None:
                continue
            for m in listed[:-1]:
                if m.iso3 == base.host_iso3 or any(r.sentence_index == si and r.visitor.iso3 == m.iso3
                                                   and r.host_iso3 == base.host_iso3 for r in records):
                    continue
                twin = Record(self._country_party(m.iso3, m.start, m.end), base.host_iso3, base.status, base.cameo,
                              base.confidence, base.sentence, si, None, base.place, base.date)
                twin.history.append(base.status)
                records.append(twin)

    def _the_country_visit(self, text, s, e, si, mentions, records, published, last_subject) -> None:
        """KCNA s8: a trip noun whose country stands before it as an adjective after "the": "on his way home after
        the Russia visit in August", "the historic China visit paid by X". The traveller is the person after "by",
        else the person who opens the sentence (or the story's last subject for an opening "He"); dated by "in
        <month>" after the noun, else "recent/current" (publication month), else undated."""
        for c in mentions:
            if c.kind != "country" or not c.iso3 or c.alias_kind == "demonym" or not (s <= c.start < e):
                continue
            noun = _COUNTRY_NOUN_AFTER_RE.match(text, c.end, e)
            lead = _THE_BEFORE_COUNTRY_RE.search(text, max(s, c.start - 40), c.start)
            if noun is None or lead is None:
                continue
            by = re.compile(r"\s+(?:paid\s+|made\s+)?by\s+").match(text, noun.end(), e)
            persons = [m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id]
            who = None
            if by is not None:
                who = next((m for m in persons if by.end() <= m.start <= by.end() + 40
                            and not re.search(r"[,;]", text[by.end():m.start])), None)
            elif persons and persons[0].start - s < 5 and persons[0].start < c.start:
                who = persons[0]
            elif re.match(r"\s*(?:He|She)\b", text[s:e]) and last_subject is not None and last_subject.kind == "person":
                who = last_subject
            if who is None or who.iso3 == c.iso3:
                continue
            if any(r.visitor.actor_id == who.actor_id and r.host_iso3 == c.iso3 for r in records):
                continue
            date = None
            tail = text[noun.end():min(e, noun.end() + 60)]
            month = re.match(r"\s+(?:paid\s+by\s+[^,;.]{0,40}?\s+)?in\s+(January|February|March|April|May|June|July|August|"
                             r"September|October|November|December)\b(?:\s+((?:19|20)\d\d))?", tail)
            if month is not None:
                mon = _MONTHS.index(month.group(1)) + 1
                y = int(month.group(2)) if month.group(2) else (published.year if mon <= published.month else published.year - 1)
                date = DateSpan(dt.date(y, mon, 1), _month_end(y, mon), "month", month.group())
            elif re.search(r"\b(?:recent|current)\b", lead.group(), re.I):
                date = self._month_of(published)
            who_p = Party(who.start, who.end, who.actor_id, who.name, who.iso3, "person")
            records.append(self._earlier_record(who_p, c.iso3, date, (s, e), si, 0.6, preset=True, listed=False,
                                                earlier=False))

    def _gift_bearer(self, text, s, e, si, prev, records, published, home) -> None:
        """KCNA s8: "Kim Jong Il was presented with a gift by the X Bureau of Russia. Vice-Director Y on a visit to the
        DPRK handed it to an official": the bearer (a person the registry may not know) came from the country of the
        giver the sentence before names, or of the body his own office names; the host is the country of "on a visit
        to" ("head of the delegation": home). Resident envoys are no travellers."""
        if any(r.sentence_index == si for r in records) or _ENVOY_WORD_RE.search(text, prev[0], e):
            return
        visit = _BEARER_VISIT_RE.search(text, s, e)
        if visit is None or not _GIFT_GIVEN_RE.search(text, prev[0], e):
            return
        ments = [m for m in self._all_mentions if m.kind == "country" and m.iso3 and prev[0] <= m.start < e]
        if visit.group("head"):
            host = home[1]
        else:
            host = next((m.iso3 for m in ments if visit.end() <= m.start <= visit.end() + 4), None)
        if host is None:
            return
        own = [m for m in ments if s <= m.start < visit.start() and m.iso3 != host]
        giver = [m for m in ments if m.start < s and m.iso3 != host]
        src = own[-1] if own else (giver[-1] if giver else None)
        if src is None or any(r.visitor.iso3 == src.iso3 and r.host_iso3 == host for r in records):
            return
        spans = [d for d in self._undateline(self.dates.find(text[s:e], published, offset=s)) if d.start <= published]
        spans = spans or [d for d in self._undateline(self.dates.find(text[prev[0]:prev[1]], published, offset=prev[0]))
                          if d.start <= published]
        date = DateSpan(spans[0].start, spans[0].end, spans[0].precision, spans[0].text) if spans else self._month_of(published)
        rec = self._earlier_record(self._country_party(src.iso3, src.start, src.end), host, date, (s, e), si, 0.6,
                                   preset=True, listed=False, earlier=False)
        records.append(rec)

    @staticmethod
    def _middle_conjunct(text, s, e, p, parties) -> bool:
        """KCNA s8: "Leaving here were a delegation of A to visit X, a delegation of B to visit Y and ...": a group after
        ", " is a conjunct of its own when it and the group before it each name a purpose ("to visit/attend ...")."""
        if not re.search(r",\s+$", text[max(s, p.start - 4):p.start]):
            return False
        nxt = min((q.start for q in parties if q.kind == "delegation" and q.start > p.end), default=e)
        prev = max((q.end for q in parties if q.kind == "delegation" and q.end <= p.start), default=s)
        return (_PURPOSE_TO_RE.search(text, p.end, nxt) is not None
                and _PURPOSE_TO_RE.search(text, prev, p.start) is not None)

    def _listed(self, text, s, lo, a, rec, status, parties) -> list[Record]:
        """The other members of a list that arrives or leaves together: "A delegation of X led by P, a
        delegation of Y headed by Q and Z, president of ..., and his party arrived here": one visit
        each. A member opens the clause or follows ", " / " and "; the leader of a delegation ("led by
        Q") and an object ("met Q") are no members; a person is one when "and his party" follows, or
        when the list's other members are of other countries."""
        start = max(s, lo)
        opener = _OPENS_RE.match(text, start)
        members: list[Party] = []
        member_groups: list[Party] = []  # perf s9: the delegations among ``members``, the only ones a person can be inside
        for p in _window(parties, start, a + 1, self._windows):  # (perf s12: the parties with start <= p.start <= a)
            if p.start < start or p.end > a:
                continue
            before = text[max(start, p.start - 80):p.start]
            if re.search(r"\b(?:led|headed)\s+by\s+(?:(?!and\b)[\w.'’-]+\s+){0,6}$", before, re.I) or \
                    _OBJECT_NOT_AND_RE.search(text[max(0, p.start - 40):p.start]):
                continue
            if p.start != opener.end() and not re.search(r"(?:,|\band)\s+(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$",
                                                           text[max(start, p.start - 40):p.start]):
                continue
            if p.kind == "person" and any(m.start <= p.start < m.end for m in member_groups):
                continue
            if p.kind not in ("person", "delegation") or not p.iso3:
                continue
            members.append(p)
            if p.kind == "delegation":
                member_groups.append(p)
        if len(members) < 2:
            return []
        out = []
        seen = {rec.visitor.actor_id}
        members_of: dict[str, set[int]] = {}  # perf s9: iso3 -> the members of it (a list of thousands: no scan per member)
        for q in members:
            members_of.setdefault(q.iso3, set()).add(id(q))
        for i, p in enumerate(members):
            if p.actor_id in seen or p.iso3 == rec.host_iso3 or p is rec.visitor:
                continue
            if p.kind == "person":
                nxt = members[i + 1].start if i + 1 < len(members) else a
                party = re.search(r"\band\s+(?:his|her|their)\s+(?:party|suite|entourage|wife|delegation)\b", text[p.end:nxt])
                if not party and len(members_of[p.iso3]) - (id(p) in members_of[p.iso3]) > 0:
                    continue  # "led by Y and Z": a co-leader, not another visitor
            seen.add(p.actor_id)
            twin = Record(p, rec.host_iso3, status, rec.cameo, rec.confidence, rec.sentence, rec.sentence_index,
                          None, rec.place)
            twin.history.append(status)
            out.append(twin)
        return out

    def _present(self, text, s, e, si, a, b, cue, status, parties, home) -> list[Record]:
        """"Minutes ... were signed in Pyongyang on Wednesday. Present at the signing ceremony ... were
        Ri Myong San ... and members of the Vietnamese government economic delegation led by X": each
        foreign delegation present came to the event's place (this sentence's or the one before's;
        for a home outlet with no place named, home), on the event's day."""
        prev = getattr(self, "_prev_sentence", None)
        spans = [(s, e)] + ([prev] if prev else [])
        host_iso = place = None
        if home and re.search(r"\bhere\b", text[s:e]):
            host_iso = home[1]  # "... and staff members of the German embassy here"
        event = re.compile(r"\b(?:took\s+place|(?:was|were|is|are)\s+(?:held|signed|opened|closed|inked|given|hosted|staged|"
                           r"observed|marked|launched)|opened|closed)\b[^.;]{0,60}?\bin\s+(?:the\s+)?")
        for ps, pe in spans:
            if host_iso is not None:
                break
            for ev in event.finditer(text, ps, pe):
                at = ev.end()
                cm = next((c for st, c in self._story_country_list if st == at), None)
                if cm is not None:
                    host_iso = cm
                    break
                found = [p for p in self.places.find(text, max(ps, at - 3), min(pe, at + 40), [], self._story_countries)
                         if p.start == at]
                if found:
                    host_iso, place = found[0].iso3, found[0]
                    break
        if host_iso is None and self._title_place:
            host_iso = self._title_place  # "Seminar on Juche Idea Held in Peru"
        abroad = re.search(r"\b(?:ambassador|embassy|consul[\w-]*|mission)\s+(?:to|in)\s+(?!(?:the\s+)?(?:DPRK|here)\b)", text[s:e], re.I)
        if host_iso is None and home and prev and not abroad and re.search(
                r"\b(?:took\s+place|was\s+held|were\s+held|opened|closed|signed)\b", text[prev[0]:prev[1]]) \
                and not any(r.visitor.iso3 == home[1] and r.host_iso3 != home[1] for r in getattr(self, "_records", [])):
            host_iso = home[1]  # "A closing ceremony took place at the Sci-Tech Complex on October 31." (home story)
        if host_iso is None and home and prev and not abroad and re.search(r"\bhere\b", text[prev[0]:prev[1]]) \
                and not any(r.visitor.iso3 == home[1] and r.host_iso3 != home[1] for r in getattr(self, "_records", [])):
            host_iso = home[1]  # s20: "Wrestlers ... had matches at the Indoor Stadium here on Thursday. Also watching ..."
        if host_iso is None:
            return []
        date = None
        # (s21: else the sentence before that: "A reception was given ... Monday ... It was co-sponsored by ..., Present
        # there on invitation were ...")
        before = [prev] if prev else []
        if prev and si >= 2 and self._sentences[si - 2] != prev:
            before.append(self._sentences[si - 2])
        for ps, pe in before:
            ds = self._undateline([d for d in self.dates.find(text[ps:pe], self._published, offset=ps)
                                   if not re.fullmatch(r"\d{4}", d.text)])
            if ds:
                date = ds[0]
                break
        out, seen, seen_iso = [], set(), set()
        sided = re.search(r"\bsides?\b", text[s:e]) is not None
        # s21: "Present at the signing ceremony from the DPRK side were a delegation of the Ministry of Fisheries led by
        # X": the side the roster's words name gives its groups that name no country
        were = _WAS_WERE_RE.search(text, b, e)
        side = _FROM_SIDE_RE.search(text, s, were.start() if were else b)
        side_iso = next((m.iso3 for m in self._all_mentions if side is not None and side.start(1) <= m.start < side.end(1)
                         and m.kind == "country" and m.iso3), None)
        for p in parties:
            if (p.kind == "person" and p.start >= b and p.iso3 and p.iso3 != host_iso
                    and _AND_HIS_PARTY_RE.match(text, p.end, min(e, p.end + 160))
                    and not _ENVOY_WORD_RE.search(text, max(s, p.start - 30), min(e, p.end + 60))):
                # s20: "Also watching the matches were X, president of the Y Co., Ltd. of Japan, and his party": a guest
                # who came with his party (not an envoy posted here)
                pass
            elif p.kind != "delegation" or p.start < b or not (p.iso3 or side_iso) or p.actor_id == _UNPLACED \
                    or not re.search(r"\b(?:delegations?|troupe|orchestra|ensemble|team)\b", text[p.start:p.end], re.I):
                continue  # (a local "Group for the Study of the Juche Idea", a ship's crew: no travelling group)
            iso = p.iso3 or side_iso
            head = next((q for q in parties if q.kind == "person" and q.actor_id == p.actor_id and q.start >= p.end), None)
            if iso == host_iso and head is not None and head.iso3 and re.search(r"-", text[p.start:p.end]):
                iso = head.iso3  # "a delegation of the DPRK-Russia IT products exhibition led by X, ... of the Russian Federation"
            # (s21: a second group of the country with a head of its own is a trip of its own: "a friendship delegation of
            # China led by X, a delegation of the Chinese People's Association ... headed by Y"; not in talks told by
            # sides, "Present there from the DPRK side were ... from the German side ...")
            key = p.actor_id if p.actor_id.startswith("person:") and not sided else iso
            if iso == host_iso or key in seen or (key == iso and iso in seen_iso) or _EMBASSY_RE.search(text[p.start:p.end]):
                continue
            seen.add(key)
            seen_iso.add(iso)
            who = p if iso == p.iso3 else Party(p.start, p.end, p.actor_id, p.name, iso, p.kind)
            rec = Record(who, host_iso, status, cue.cameo, cue.confidence, (s, e), si, None, place)
            rec.history.append(status)
            rec.weak = True  # (the arrival or talks the story tells otherwise win: one visit)
            if date is not None:
                rec.date = DateSpan(date.start, date.start, "day", date.text) if date.precision == "day" else date
                rec.preset = True
            out.append(rec)
        return out

    _HEAD_ROLE_RE = re.compile(r"(?:acting\s+)?(?:president|prime\s+minister|premier|king|queen|emperor|chancellor|"
                               r"supreme\s+leader|emir|sultan)", re.I)

    def _is_head(self, p: Party, text: str, s: int) -> bool:
        """Whether ``p`` is a head of state or government: the registry's role on the publication date, else
        the appositive right after the name (", president of the Russian Federation")."""
        actor = self.registry.actors.get(p.actor_id)
        if actor is not None and actor.terms:
            role = actor.role_on(self._published) if self._published else None
            return bool(role and self._HEAD_ROLE_RE.fullmatch(role.strip()))
        m = re.match(r",\s+(?:the\s+)?(?:president|prime\s+minister|premier|king)\s+of\s+(?:the\s+)?", text[p.end:p.end + 40], re.I)
        # (the country right after "of": "president of the Cuban Institute of ..." heads no state)
        return m is not None and any(st == p.end + m.end() for st, _c in self._story_country_list)

    def _home_capital_dateline(self, text: str, home: tuple[str, str] | None) -> bool:
        """s10 R1: the story opens on a dateline in the home outlet's capital ("Pyongyang, April 30 (KCNA) --"):
        a home official who "met" a foreign head with no place in the lead (the dateline's own sentence) met a
        guest there, not abroad (any case of the city: KCNA writes "Pyongyang," where wires write "SEOUL,"). Later
        sentences keep the minister-goes-to-the-head rule (a press review's items tell trips abroad)."""
        if not home or not self._datelines or self._datelines[0][0] >= 5:
            return False
        city = re.match(r"\s*([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})[ \t]?,", text[:self._datelines[0][1]])
        cap = self.registry.capital(home[1])
        return bool(city and cap and city.group(1).lower() == cap[0].lower())

    def _trip_host(self, subject: Party, partner: Party, si: int) -> str | None:
        """Host of the last trip (occurred or planned, within three sentences) of one of the two
        sides, when the other side belongs there or is not placed."""
        for r in reversed(getattr(self, "_records", [])):
            if si - r.sentence_index > 3 or r.status not in ("occurred", "planned") or r.is_domestic:
                continue
            for me, other in ((subject, partner), (partner, subject)):
                if r.visitor.actor_id == me.actor_id and other.iso3 in (r.host_iso3, None):
                    return r.host_iso3
        return None

    def _between(self, text, s, e, si, a, b, hi, cue, status, parties, countries, places) -> list[Record]:
        """"The Pyongyang summit between Kim Jong Un and Moon Jae-in held last September", "talks
        between North Korea and Japan in Beijing": each side not from the place's country came."""
        cands = [p for p in parties if b <= p.start < hi]
        for m in countries:
            if b <= m.start < hi and m.iso3 and m.alias_kind != "capital" and not any(p.start <= m.start < p.end for p in cands):
                actor = self.registry.actors.get(f"country:{m.iso3}")
                cands.append(Party(m.start, m.end, f"country:{m.iso3}", f"{actor.name if actor else m.iso3} delegation",
                                   m.iso3, "delegation"))
        cands.sort(key=lambda p: p.start)
        sides_ok = False
        if cands and cands[0].kind == "delegation" and re.match(r"(?:the\s+)?delegations\s+of\s", text[cands[0].start:cands[0].end], re.I):
            # "talks were held between the delegations of the Workers' Party of Korea and the Christian
            # Democratic People's Party of Switzerland": one side per country or party named in it
            plural = cands[0]
            sides = self._plural_sides(text, plural, e)
            home_now = self._home_now
            if home_now and len(sides) == 1 and sides[0].iso3 != home_now[1] and _HOME_WORD_RE.search(
                    text, plural.start, sides[0].start):
                # s19: "the delegations of the C.C. of the Democratic Front for the Reunification of Korea (DFRK) and
                # the C.C. of the Fatherland Front of Vietnam": a home body the registry does not know is the home side
                sides = [Party(plural.start, plural.start, f"country:{home_now[1]}", f"{home_now[1]} delegation",
                               home_now[1], "delegation")] + sides
            if len({p.iso3 for p in sides}) >= 2:
                plural = replace(plural, end=max(plural.end, sides[-1].end))
                cands = sides + [p for p in cands[1:] if p.start >= plural.end]
                sides_ok = True
        if not cands or not re.fullmatch(r"\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|for|and)\s+){0,6}",
                                         text[b:plural.start if sides_ok else cands[0].start] + " "):
            return []  # (round 17: a title's "of": "between Minister of People's Security X and ...")
        members = [cands[0]]
        described: dict[int, str] = {}
        end = self._appositive_after(text, cands[0], e)
        for p in cands[1:]:
            if p.start < end:
                continue  # a country inside the appositive of the name before ("..., minister of X, and")
            gap = text[end:p.start]
            if sides_ok and p in sides:
                members.append(p)
                end = p.end
                continue
            if p.kind == "delegation" and p.actor_id.startswith("country:") and re.fullmatch(
                    r"\s*,?\s*and\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?-i:[A-Z])[\w'’-]*,\s+[^,;()]{1,80}?\bof\s+(?:the\s+)?", gap):
                # "and Z. Enkhbold, chairman of the State Great Hural of Mongolia": a name the registry does not
                # know, placed by its appositive's country
                members.append(p)
                described[id(p)] = gap  # (its name and appositive come before it)
                end = p.end
                continue
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}", gap + " ", re.I) \
                    and not (p.kind == "delegation" and members[-1].kind == "delegation" and re.fullmatch(
                        # "talks between the DPRK Red Cross Society and Japan Red Cross Society": the rest of
                        # the first side's name (a body named after its country), then the second side
                        r"(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4}\s+and\s+(?:the\s+)?", gap, re.I)
                        and re.match(r"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?:Society|Committee|Association|Federation|Union|"
                                     r"Council|Party|Ministry|Foundation|Institute|Academy|Agency)\b", text[p.end:p.end + 60])):
                break
            members.append(p)
            end = self._appositive_after(text, p, e)
        if len(members) < 2 or len({p.iso3 for p in members if p.iso3}) < 2:
            return []
        place = self._last(places, s, a)
        if place is not None and place.end < a - 2:
            place = None  # only "the Pyongyang summit": the place names the meeting
        if place is None:  # (s21: "talks were held in Geneva, Switzerland on Monday between ...": inside the cue)
            place = next((p for p in places if a <= p.start < b and re.search(r"\bin\s+$", text[max(a, p.start - 4):p.start])), None)
        after = end + (1 if text.startswith(",", end) and (end > members[-1].end or re.match(
            r",\s*(?:(?:took|takes)\s+place|(?:was|were|is|are)\s+held)\b", text[end:end + 30])) else 0)
        home = self._home_now
        if place is None and home and re.match(
                # ("... of the DPRK and Singaporean foreign ministries took place here": the plural's own words first;
                # round 17: or the rest of the last side's name, "... and the Indonesian Democratic Party of Struggle
                # (IDPS) here on Tuesday")
                # (s19: or the last side's abbreviation in brackets, "... the Communist Party of China (CPC) were held here")
                r"(?:\s*\((?-i:[A-Z]){2,8}\))?"
                r"(?:(?:\s+(?-i:[a-z])[\w-]*){1,3}?(?=\s+(?:took|takes|was|were|is|are)\s)|"
                r"(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|of|the|and|for|\((?-i:[A-Z])+\)),?){1,8}(?=\s+here\b))?"
                r",?\s*(?:(?:(?:took|takes)\s+place|(?:was|were|is|are)\s+(?:being\s+)?(?:held|signed)|opened)\s+)?here\b",
                text[after:after + 70]):
            # "Talks between X, vice-minister of the DPRK, and Y, deputy minister of Vietnam, took place here"
            hp = self.registry.place(home[0])
            place = Place(hp[0], home[1], hp[2], hp[3], after, after) if hp else None
            if place is None:
                out = []
                for p in members:
                    if p.iso3 and p.iso3 != home[1]:
                        rec = Record(p, home[1], status, cue.cameo, round(cue.confidence * 0.9, 2), (s, e), si)
                        rec.history.append(status)
                        out.append(rec)
                return out
        # (s21: "... between Medvedev, president of Russia, and Kim Jong Il which took place in Ulan-Ude in August": the
        # meeting's own relative clause tells its place)
        rel = _BETWEEN_REL_PLACE_RE.match(text, after, e)
        brk = re.compile(r"[,;]|\s[—–]\s|\b(?:but|while|which|who|said|continued|adding)\b").search(
            text, rel.end() if rel else after, e)
        stop = brk.start() if brk else e  # the meeting's own clause: "talks between A and B in Beijing"
        if place is None:
            place = next((p for p in places if after <= p.start < stop and re.search(
                r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, p.start - 8):p.start])), None)
        place_iso = place.iso3 if place else self._country_in(text, countries, after, stop)
        seat = re.match(r"\s*(?:(?:took|takes)\s+place|(?:was|were|is|are)\s+held)\s+at\s+the\s+(?:building|headquarters|office|"
                        r"premises|seat)\s+of\s+(?:the\s+)?((?:(?-i:[A-Z])[\w'’-]*\s+){0,4}(?-i:[A-Z])[\w'’-]*)", text[after:stop])
        if place_iso is None and seat:
            # "Talks between X and Z, chairman of the State Great Hural of Mongolia, took place at the building
            # of the State Great Hural": the seat of the body one side heads is in that side's country
            for p in members:
                if p.iso3 and seat.group(1) in described.get(id(p), text[p.end:self._appositive_after(text, p, e)]):
                    place_iso = p.iso3
                    break
        if place_iso is None and home and (_HERE_IN_CUE_RE.search(text, a, b) or _HOME_HALL_RE.match(text, after, stop)) \
                and not self._country_in(text, countries, after, stop):
            place_iso = home[1]  # round 17: "Talks were held here on Sunday between ...", "... at the Mansudae Assembly Hall"
        if place_iso is None and home and not seat and re.match(
                r"\s*(?:(?:took|takes)\s+place|(?:was|were|is|are)\s+held)\s+at\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}"
                r"(?:Hall|House|Palace|Hotel|Building|Stadium|Gymnasium|Theatre|Arena)\b", text[after:stop]) and not self._country_in(text, countries, after, stop):
            # "took place at the Mansudae Assembly Hall": a named hall of the home outlet's story, no country named
            place_iso = home[1]
        if place_iso is None and (host_m := _HOSTED_BEFORE_RE.search(text, max(s, a - 40), a)) is not None:
            # s23: "Singapore hosted the summit between Trump and Kim on Tuesday": the host country is the place
            place_iso = next((c.iso3 for c in countries if host_m.start() <= c.start < host_m.start("verb")
                              and c.alias_kind != "demonym"), None)
        if place_iso is None:
            return []
        out = []
        for p in members:
            if p.iso3 and p.iso3 != place_iso:
                rec = Record(p, place_iso, status, cue.cameo, round(cue.confidence * 0.9, 2), (s, e), si, None, place)
                rec.history.append(status)
                out.append(rec)
        return out

    def _plural_subject_sides(self, text, lo: int, hi: int) -> list[Party]:
        """s20: the countries a plural subject ("Delegations of A ... and B ...") names before its verb at ``hi``, one per
        side (`_sides_between`): a comma list too ("of Germany, Austria and Sweden"), up to a destination ("sent
        delegations of American businessmen to Ghana and Kenya": the destinations follow)."""
        return self._sides_between(text, lo, hi, lists=True, stop_at_destination=True)

    def _sides_between(self, text, lo: int, hi: int, lists: bool = False, stop_at_destination: bool = False,
                       first_before: int | None = None) -> list[Party]:
        """The sides a plural group's words between ``lo`` and ``hi`` name, one per country or organisation of a country
        (not a capital): the first, then each one an "and" (nine words at most before it) joins on, or with ``lists`` one
        a comma joins on; a country inside a side's own name ("the Communist Party of Russia") is that side's. The first
        side must start before ``first_before`` when given; with ``stop_at_destination`` a country after a destination
        word ends the sides (overseas Koreans' "in" is none)."""
        sides: list[Party] = []
        for m in getattr(self, "_sent_mentions", []):
            if not (lo <= m.start < hi) or m.kind not in ("country", "organisation") or not m.iso3 \
                    or m.alias_kind == "capital" or any(q.start <= m.start < q.end for q in sides):
                continue
            if stop_at_destination and _BO_DEST_BEFORE_RE.search(text, max(lo, m.start - 40), m.start) \
                    and not _KOREANS_IN_BEFORE_RE.search(text, max(lo, m.start - 60), m.start):
                break
            if sides:
                gap = text[sides[-1].end:m.start]
                # (s19: up to nine words of a department's name: "and the International Liaison Department of the
                # C.C., the Communist Party of China")
                if not (re.search(r"\band\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,9}$", gap) if not lists else (
                        re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", gap)
                        or re.search(r"\band\s+(?:the\s+)?(?:[\w.'’-]+,?\s+){0,9}$", gap))):
                    continue  # "the Party of Korea": a country inside a name
            elif first_before is not None and m.start >= first_before:
                break
            sides.append(Party(m.start, m.end, f"country:{m.iso3}", f"{m.iso3} delegation", m.iso3, "delegation"))
        return sides

    def _plural_sides(self, text, plural: Party, e: int) -> list[Party]:
        """The sides "the delegations of A and B" names, one per country or organisation of a country: "the
        delegations of the Workers' Party of Korea and the Christian Democratic People's Party of Switzerland" ->
        [PRK, CHE] (round 17: the second side's name may run past the group's phrase, to the verb or the place:
        "... and the Ministry of Information, Culture and Tourism of Laos here on Wednesday"). The first side is
        inside the group's phrase (`_sides_between`)."""
        stop = _SIDES_END_RE.search(text, plural.end, e)
        hi = max(plural.end, stop.start() if stop else e)
        return self._sides_between(text, plural.start, hi, first_before=plural.end)

    @staticmethod
    def _appositive_after(text, p, e) -> int:
        """End of a person's appositive: "Pak Sang Gil, vice-minister of Foreign Affairs of the DPRK,
        and ..." -> the comma before "and"; the person's end when none follows."""
        if p.kind != "person":
            return p.end
        m = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?-i:[a-z])[^;()]{0,300}?(?=,\s*(?:and\b|(?:took|takes|was|were|is|are|will|opened|began|held)\b))").match(text, p.end, e)
        return m.end() if m else p.end

    def _attendees(self, text, s, e, si, a, b, cue, status, countries, places) -> list[Record]:
        """"Attending the meeting were delegates of CSTO member nations including Russia, Belarus,
        Kazakhstan and Tajikistan": the countries listed came to the meeting's place (named here or
        in the sentence before: "met in Dushanbe, Tajikistan, on March 16 and 17")."""
        were = re.compile(r"\b(?:were|was)\b").search(text, b, e)
        if were is None:
            return []
        chain: list = []
        end = were.end()
        for c in countries:
            if c.start < end or c.alias_kind == "capital":
                continue
            gap = text[end:c.start]
            if chain and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", gap):
                break
            if not chain and (len(gap) > 90 or re.search(r"[,;]", gap)):
                break
            if c.iso3 and c.iso3 not in chain:
                chain.append(c.iso3)
            end = c.end
        if len(chain) < 2:
            return []
        place = self._first(places, b, were.start())
        if place is None and self._prev_sentence is not None:
            ps, pe = self._prev_sentence
            m = re.compile(r"\b(?:met|held|gathered|convened|opened|took\s+place)\s+in\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)").search(text, ps, pe)
            if m:
                found = self._gazetteer(m.group(1), self._story_countries)
                if found is not None:
                    place = Place(found[0], found[1], found[2], found[3], m.start(1), m.end(1))
        if place is None:
            return []
        out = []
        for iso in chain:
            if iso == place.iso3:
                continue  # the host side
            actor = self.registry.actors.get(f"country:{iso}")
            who = Party(a, a, f"country:{iso}", f"{actor.name if actor else iso} delegation", iso, "delegation")
            rec = Record(who, place.iso3, status, cue.cameo, round(cue.confidence * 0.9, 2), (s, e), si, None, place)
            rec.history.append(status)
            out.append(rec)
        return out

    def _summit(self, text, s, e, si, a, b, lo, hi, cue, status, parties, countries, places) -> list[Record]:
        """A meeting of several sides in one place: "Leaders of China, Russia and Brazil met in
        Johannesburg", "Putin, Xi Jinping and Modi attended the summit in Kazan", "North Korea and
        Japan held talks in Beijing", "the two leaders met in Hanoi": each side not from the
        place's country travelled there."""
        members: list[Party] = []
        if _OPENS_RE.fullmatch(text, s, a) and re.match(r"attend", text[a:b], re.I):
            return self._attendees(text, s, e, si, a, b, cue, status, countries, places)
        if re.search(r"\bbetween\s*$", text[a:b], re.I):
            return self._between(text, s, e, si, a, b, hi, cue, status, parties, countries, places)
        cands = [p for p in _window(parties, lo, a + 1, self._windows) if p.end <= a]  # (perf s12: by bisection)
        cands += [p for p in _window(parties, a, b + 1, self._windows) if p.end <= b and p.pair is not None]  # "the two leaders' meeting"
        for m in _window(countries, lo, a + 1, self._windows):  # (perf s12: the countries with lo <= start <= a)
            if lo <= m.start and m.end <= a and m.iso3 and not any(p.start <= m.start < p.end for p in cands):
                if m.alias_kind == "capital":
                    continue
                if m.alias_kind == "demonym" and not re.match(
                        r"\s+(?:and\s+(?:[A-Z][\w-]*\s+)?)?(?:officials|delegations?|negotiators|leaders|sides|diplomats|envoys|ministers|governments)\b",
                        text[m.end:m.end + 40]):
                    continue
                actor = self.registry.actors.get(f"country:{m.iso3}")
                cands.append(Party(m.start, m.end, f"country:{m.iso3}", f"{actor.name if actor else m.iso3} delegation",
                                   m.iso3, "delegation"))
        cands.sort(key=lambda p: p.start)
        if not cands and _PLURAL_GROUP_RE.match(text, s, a):
            # "Leaders of AU member states met in Niamey for a summit where Presidents X of Nigeria
            # and Y of Benin signed": the people the sentence names after the meeting took part
            stop = re.compile(r";").search(text, b, e)
            named = [p for p in parties if p.start >= b and p.kind == "person" and p.iso3
                     and (stop is None or p.start < stop.start())]
            if len({p.iso3 for p in named}) >= 2:
                cands = named
                members = named
        if members:
            pass
        elif (len(cands) == 1 and cands[0].pair is not None) or (cands and cands[-1].pair is not None and re.fullmatch(
                r"\s*(?:(?:last|first|also|had|have|previously|briefly)\s+)?", text[cands[-1].end:a], re.I)):
            members = [cands[-1]]
            while members[-1].pair is not None and len(members) < 5:  # ("the three met": a chain of pairs)
                members.append(members[-1].pair)
        else:
            # the coordinated chain that ends just before the cue: "A, B and C (officials) met"
            tail = text[cands[-1].end:a] if cands else ""
            if not cands or not re.fullmatch(
                    # (s19: "The DPRK and Japanese governments will hold talks in Ulan Bator")
                    r"\s*(?:(?:and\s+[A-Z][\w-]*\s+)?(?:officials|delegations?|negotiators|leaders|sides|diplomats|envoys|ministers|governments)\s*)?(?:\s(?:have|had|also|jointly|then|will|would|shall|are\s+to|plan\s+to|agreed\s+to)\s*)?",
                    tail) and not (re.match(r"(?:was|were|been|be)\s+held", text[a:b], re.I) and re.fullmatch(
                        # "The DPRK-U.S. military talks were held in Bangkok": the two sides of the talks
                        r"\s*(?:[\w-]+\s+){0,2}(?:talks|summit|meeting|negotiations|consultations)\s+"
                        r"(?:(?:have|had|will|would|shall|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+)?", tail)):
                return []
            members = [cands[-1]]
            if cands[-1].kind == "delegation" and re.match(r"(?:the\s+)?delegations\s+of\s", text[cands[-1].start:cands[-1].end], re.I):
                # round 17: "The delegations of the WPK and the CPC had talks at ...": one side per party named
                sides = self._plural_sides(text, cands[-1], a)
                if len({p.iso3 for p in sides}) >= 2:
                    cands = cands[:-1] + sides
                    members = [cands[-1]]
            for p in reversed(cands[:-1]):
                gap = text[p.end:members[0].start]
                if gap in ("-", "–", "/"):  # "the DPRK-U.S. talks"
                    members.insert(0, p)
                    continue
                if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}", gap + " ", re.I):
                    break
                members.insert(0, p)
            between = re.search(r"\b(?:talks|meeting|summit|negotiations)\s+between\s+$",
                                text[max(s, members[0].start - 40):members[0].start], re.I)
            lead_in = re.search(r"\b(?:leaders|presidents|heads\s+of\s+state|officials|delegations|representatives)\s+(?:of|from)\s+(?:the\s+)?$",
                                text[max(s, members[0].start - 40):members[0].start], re.I)
            if len(members) < 2 or (len(members) == 2 and not (between or lead_in or all(
                    p.kind == "delegation" for p in members))):
                return []  # two named people: the ordinary frames handle them
        if len({p.iso3 for p in members if p.iso3}) < 2:
            return []
        place = self._first(places, b, hi)
        if place is not None and not re.search(r"\b(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", text[max(b, place.start - 30):place.start]):
            place = None  # "met ... according to Seoul's ministry": not where they met
        place_iso = place.iso3 if place else self._country_in(text, countries, b, hi)
        home = self._home_now
        if place_iso is None and home and (_HOME_HALL_RE.match(text, b, hi) or _HERE_RE.match(text[b:hi])):
            # round 17: "had talks at the Mansudae Assembly Hall", "held talks here" in a home outlet's story: at home
            place_iso = home[1]
        if place_iso is None:
            return []
        out = []
        for p in members:
            if not p.iso3:
                continue
            rec = Record(p, place_iso, status, cue.cameo, round(cue.confidence * 0.9, 2), (s, e), si, None, place,
                         is_domestic=p.iso3 == place_iso)
            rec.history.append(status)
            if rec.is_domestic:
                continue  # the host side of the meeting
            out.append(rec)
        if out:
            out += self._prior_round(text, s, e, si, (place.end if place else b), cue, [p for p in members if p.iso3],
                                     place_iso)
        return out

    def _prior_round(self, text, s, e, si, pos, cue, members, place_iso) -> list[Record]:
        """"Talks will be held in Beijing ... in the wake of the opening in Ulan Bator of Mongolia on
        November 15 and 16", "after the first round held in Hanoi last month": the same sides met
        before in another place (occurred, dated by its own words)."""
        m = re.compile(r"\b(?:in\s+the\s+wake\s+of|after|following|on\s+the\s+heels\s+of)\s+(?:the|its|their|those|a)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:opening|round|talks|meeting|session|negotiations|contacts?|ones)\b"
                       r"(?:\s+(?:held|(?:that|which)\s+(?:was|were)\s+held))?\s+in\s+(?:the\s+)?", re.I).search(text, pos, e)
        if m is None:
            return []
        here = self.places.find(text, m.end() - 3, e, [], self._story_countries)
        where = next((p for p in here if p.start == m.end()), None)
        if where is not None:
            iso, place, end = where.iso3, where, where.end
        else:
            c = self._gazetteer(re.match(r"[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?", text[m.end():e]).group()) \
                if re.match(r"(?-i:[A-Z])", text[m.end():m.end() + 1]) else None
            if c is None:
                return []
            iso, end = c[1], m.end() + len(c[0])
            place = Place(c[0], c[1], c[2], c[3], m.end(), end)
        if iso is None or iso == place_iso:
            return []
        stop = re.compile(r"[;]|[,.]\s+(?:and|but|while|which|where)\b").search(text, end, e)
        spans = [d for d in self.dates.find(text[end:stop.start() if stop else e], self._published, future=False, offset=end)]
        when = spans[0] if spans else None
        if when is not None and self._published is not None and when.start > self._published:
            return []
        out = []
        for p in members:
            if p.iso3 == iso:
                continue
            out.append(self._earlier_record(p, iso, when, (s, e), si, round(cue.confidence * 0.8, 2), cue.cameo, place,
                                            listed=False))
        return out

    def _frame_one(self, text, s, e, si, a, b, lo, hi, cue, status, parties, countries, places, home) -> Record | None:
        left = [p for p in _window(parties, lo, a + 1, self._windows) if p.end <= a]  # (perf s12: by bisection)
        right = [p for p in _window(parties, b, hi + 1, self._windows) if p.end <= hi]
        visitor = host_person = also = None
        host_iso = None
        place = None
        cameo = cue.cameo
        if (cue.frame == "travel" and re.match(r"(?:paid|made)\s+to\b", text[a:b], re.I)
                and not re.search(r"\b(?:visit|trip|one|tour|journey)\s+(?:[\w.'’-]+\s+){1,4}$", text[max(s, a - 50):a], re.I)):
            return None  # "the one Yoon paid to Tokyo" is a visit; "attention paid to China" is not
        agent_after = False  # "a trip to Beijing by X": the destination is before X, never after
        site = False
        inner_hosts: list[str] = []  # (round 17: "his Russia and China visit": the second country)
        coord: list[Party] = []
        if cue.frame == "travel" and re.search(r"\b(?:visit|trip|tour)\s+(?:of|by)$", text[a:b], re.I) and not _MADE_TOUR_OF_RE.match(text, a, b):
            # "the DPRK visit of Putin in June": the country before the noun, the person after it
            host = next((m for m in countries if a <= m.start < b and m.iso3 and m.alias_kind != "demonym"), None)
            visitor = next((p for p in right if p.kind == "person" and p.start - b < 4), None)
            if visitor is None:
                return None
            to = re.compile(r"\s+to\s+").match(text, visitor.end)
            if host is not None:
                host_iso, place, host_person = host.iso3, None, None
            elif to is not None:  # "a visit by Putin to Beijing"
                host_iso, place, host_person = self._destination(
                    text, to.end(), hi, [p for p in right if p.start >= to.end()], countries, places, home)
                if host_iso is None:
                    return None
            else:
                return None
        elif cue.frame == "travel" and re.search(r"(?:paid|made)\s+by$", text[a:b], re.I):
            # "the unofficial visit paid by Kim Jong Il to the Far East of Russia this August" (round 17: a title may
            # stand between: "paid by General Secretary Kim Jong Il")
            visitor = next((p for p in right if p.start - b < 4 or _TITLE_GAP_RE.fullmatch(text, b, p.start)), None)
            to = re.compile(r"\s*(?:,[^,]{0,80},\s*)?to\s+").match(text, visitor.end) if visitor else None
            if to is None:
                return None
            host_iso, place, host_person = self._destination(text, to.end(), hi, [p for p in right if p.start >= to.end()],
                                                             countries, places, home)
            if host_iso is None:
                return None
        elif cue.frame == "travel" and self._passive_at(text, s, a, b)[0]:
            # s11 fix (R1): "The Putin-era palace near Sochi was visited by Belgian officials", "Mandela's former cell
            # on Robben Island was visited by the British prime minister": the one after "by" travels to the place's
            # country; the name before the verb (a modifier, an owner or the person visited) is no traveller
            visitor, host_iso, place = self._passive_visit(text, s, e, a, b, hi, self._passive_at(text, s, a, b)[1],
                                                           parties, countries, places)
            host_person = None
            if visitor is None or host_iso is None:
                return None
        elif cue.frame in ("travel", "invite_noun", "depart"):
            # (perf s17: the last 400 parties before the previous cue only; `_subject` reads the nearest 60 of them, and a
            # sentence listing thousands of trips copied all of them for every cue)
            visitor = self._subject(text, left, [p for p in _window(parties, s, lo + 1, self._windows)[-400:] if p.end <= lo], a)
            owner = next((p for p in _window(parties, a - 40, b, self._windows) if p.start in self._praise_owners), None) \
                if self._praise_owners else None
            if owner is not None:
                visitor = owner  # ("X made a statement hailing his successful visits to Russia": his, not X's)
            if visitor is not None and cue.frame == "travel" and owner is None and 0 < a - visitor.end <= 240:
                guest = _GUEST_WHO_RE.search(text, visitor.end, a)
                if guest is not None:
                    # fixV4 (item 1): "X held talks with the representatives of Y who came to ...": the host X stays
                    # at home; the guests travel (Y's party when the phrase names one, else no record)
                    lo_of, hi_of = guest.span("of") if guest.group("of") else (guest.end(), guest.end())
                    visitor = next((p for p in parties if lo_of <= p.start and p.end <= hi_of
                                    and p.kind in ("country", "delegation", "person")), None)
                    if visitor is None:
                        return None
            if cue.frame == "travel" and (re.match(r"on\s+an?\s", text[a:b], re.I) or (
                    re.match(r"is\s", text[a:b], re.I) and _WHO_IS_RE.search(text, max(s, a - 12), a))):
                # "had a talk with Choe Thae Bok, chairman of ..., and his party on a visit to Mongolia":
                # "on a visit to" tells about the party just before it, object or not; round 17: so does "who is
                # on a visit to", and the appositive before it may run to the cue with no closing comma ("a gift
                # from X, first deputy minister of Y on a visit to the DPRK")
                near = next((p for p in reversed(left) if p.kind in ("person", "delegation") and _NEAR_TRAVELLER_RE.fullmatch(
                    text, p.end, a)), None)
                if near is not None:
                    visitor = self._with_country(text, near, e)
            if visitor is not None and visitor.kind == "person" and cue.frame == "travel" and 0 < a - visitor.end <= 400 \
                    and self._gift_from_re is not None:
                given = self._gift_from_re.match(text, visitor.end, a)
                if given is not None and not re.search(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$", text[max(s, a - 60):a]
                                                       + text[a:b].split(" ")[0] + " ", re.I):
                    # (the giver's trip, not a trip of the one given to: "a gift marking his successful visit to X")
                    # fixV4 (item 2): "X received a gift from Y on a visit to ...", "X was presented with a gift by Y
                    # who came to ...": X is given to at home; the giver, when named as a party, is the traveller
                    giver = next((p for p in parties if given.end() <= p.start and p.end <= a
                                  and p.kind in ("person", "delegation")), None)
                    if giver is None:
                        return None
                    visitor = self._with_country(text, giver, e)
            by = _BY_RE.match(text, b) or _BY_ANYWHERE_RE.search(text, b, hi)
            if by is not None and _BY_OTHER_CLAUSE_RE.search(text, b, by.start()):
                by = None  # s21: "X's visit to China in May was an event which boosted the ties provided by Y": another
                # clause's agent
            rel = _REL_AGENT_RE.match(text, b)
            if re.search(r"(?:visit|trip|tour|journey)\s+to\b", text[a:b], re.I) and (by is not None or rel is not None):
                # "a trip to Beijing by Russia's defence minister", "a trip to X that Pompeo was to make"
                agent = next((p for p in right if by is not None and p.start >= by.end() - 1 and p.start - by.end() < 30), None)
                if agent is None and rel is not None:
                    agent = next((p for p in right if p.kind == "person" and 0 <= p.start - rel.end() < 40), None)
                if agent is not None:
                    visitor = agent
                    right = [p for p in right if p is not agent]
                    agent_after = True
            if visitor is None:  # "his visit to Moscow": the owner opens the cue
                visitor = next((p for p in parties if a <= p.start and p.end <= b), None)
            if re.match(r"(?:sent|sends|dispatched)\b", text[a:b], re.I):
                visitor = None  # (the one who sends stays: the group sent travels)
                # round 17: "the U.S. has sent delegations of American businessmen to A, B and C": the group sent, else
                # the country that sent it
                visitor = next((p for p in parties if p.start < b and p.end > a and p.kind == "delegation" and p.iso3
                                and any(m.iso3 == p.iso3 and p.start <= m.start < b for m in countries)), None)
                if visitor is None:
                    # the sender's country: a country named before the verb, or a person's ("Kim Jong Il ... dispatched a
                    # delegation of mourners to Seoul")
                    sender = next((m for m in reversed(countries) if s <= m.start < a and m.iso3
                                   and m.alias_kind not in ("demonym", "capital")), None) or next(
                        (p for p in reversed(parties) if s <= p.start < a and p.kind == "person" and p.iso3
                         and not _OBJECT_RE.search(text[max(0, p.start - 40):p.start])), None)
                    if sender is not None:
                        actor = self.registry.actors.get(f"country:{sender.iso3}")
                        visitor = Party(sender.start, sender.end, f"country:{sender.iso3}",
                                        f"{actor.name if actor else sender.iso3} delegation", sender.iso3, "delegation")
            if visitor is None and re.match(r"(?:during|on)\s|(?:Addressing|Speaking|Attending|While)\b", text[a:b], re.I):
                # "The Atlantic claimed that during a 2018 trip to France, Trump refused ...": the subject
                # of the clause after the trip's comma
                comma = text.find(",", b, hi if hi > b else e)
                visitor = next((p for p in parties if comma >= 0 and p.kind == "person" and p.start > comma and re.fullmatch(
                    r",\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}", text[comma:p.start])), None) if comma >= 0 else None
                role_subject = _ROLE_SUBJECT_RE.search(text, b, hi if hi > b else e) if visitor is None and re.match(
                    r"(?:Addressing|Speaking|Attending)\b", text[a:b], re.I) else None
                if role_subject is not None:
                    comma = role_subject.start()
                    # round 17: "Addressing a meeting held in Dushanbe, Tajikistan, recently, the president said": the
                    # person the story named last before this sentence
                    named = [m for m in self._all_mentions if m.kind == "person" and m.iso3 and m.end <= s]
                    if named:
                        m = named[-1]
                        visitor = Party(comma + 1, comma + 1, m.actor_id, m.name, m.iso3, "person")
                if visitor is not None:
                    right = [p for p in right if p.start < comma]
            if visitor is None and _OPENS_RE.fullmatch(text, s, a) and not re.search(r"(?:visit|trip|tour|journey)\s+to$", text[a:b], re.I):
                # "Arriving here on the same day was the Osaka delegation ...": the visitor follows
                visitor = next((p for p in right if p.kind in ("delegation", "person")), None)
                # (its leader "led by X" is the same visitor, no host met)
                right = [p for p in right if p is not visitor and (visitor is None or p.actor_id != visitor.actor_id)]
                # ("... were X led by P and Y led by Q": the other travellers and their leaders meet no one)
                groups = {q.actor_id for q in right if q.kind == "delegation"}
                nxt = next((q for q in right if q.kind in ("delegation", "person") and visitor is not None and q.start > visitor.end
                            and q.actor_id != visitor.actor_id
                            and re.search(r"\band\s+$", text[max(s, q.start - 6):q.start])), None)
                # (round 17: a person listed next too: "... were a delegation of X led by P and Y, secretary of ...")
                if nxt is not None:
                    hi = min(hi, nxt.start)  # (the next one's "Vietnam General Confederation" is no destination)
                right = [p for p in right if p.kind != "delegation" and p.actor_id not in groups and p.start < hi]
            if visitor is None:
                return None
            relative = _RELATIVE_BEFORE_RE.search(text, max(s, a - 60), a) is not None
            for q in left:  # "Torres and Mehta held talks in Hanoi": both travelled
                # (not for a relative clause, which tells of the nearest group only: "players ... and a
                # delegation ... which visited China returned home")
                first, second = (q, visitor) if q.end <= visitor.start else (visitor, q)
                if q is not visitor and not relative and q.actor_id != visitor.actor_id and re.fullmatch(
                        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*and\s+(?:(?:the|[A-Z][\w.-]*)\s+){0,3}",
                        text[first.end:second.start] + " "):
                    also = q
            bd = visitor.end if visitor.start >= b else b  # the visitor after the cue: its destination after it
            if cue.frame == "depart":
                host_iso, place, host_person = self._depart(text, a, b, hi, visitor, right, countries, places, home, bd)
                if (host_iso is None and visitor.start > b
                        and (fm := _INVERTED_FOR_RE.search(text, b, visitor.start)) is not None):
                    # s20: "Also leaving for China on the same day was a friendship delegation headed by X": the
                    # destination told between the inverted verb and its traveller
                    host_iso, place, host_person = self._destination(text, fm.end(), visitor.start, [], countries, places, home)
            else:
                host_iso = None
                held_in = (_HELD_IN_RE.search(text, b, visitor.start if visitor.start > b else hi)
                           if re.match(r"(?:Addressing|Speaking|Attending)\b", text[a:b], re.I) else None)
                if held_in is not None:
                    # round 17: "Addressing a meeting of the Council of ... held in Dushanbe, Tajikistan, recently, the
                    # president said": where the event was held
                    host_iso, place, host_person = self._destination(
                        text, held_in.start(), visitor.start if visitor.start > b else hi, [], countries, places, home)
                elif bd != b:  # "Arriving here on the same day was the Osaka delegation": "here" before it
                    host_iso, place, host_person = self._destination(
                        text, b, visitor.start, [p for p in right if p.start < visitor.start], countries, places, home)
                if host_iso is None and cue.frame == "travel" and _POSS_NOUN_TRIP_RE.search(text, a, b):
                    # round 17: "his south Korea trip in June", "Kim's historic Russia and China visit": the countries
                    # the trip noun names before it (not a country later in the sentence)
                    for m in countries:
                        if a <= m.start < b and m.iso3 and m.alias_kind != "capital" and (
                                m.alias_kind != "demonym" or re.match(r"\s+(?:visits?|trips?|tours?)\b", text[m.end:b], re.I)) \
                                and m.iso3 != visitor.iso3 and m.iso3 not in inner_hosts:
                            # (s20: a demonym right before the noun is the destination too: "during his German tour")
                            inner_hosts.append(m.iso3)
                    if inner_hosts:
                        host_iso = inner_hosts.pop(0)
                    else:
                        return None  # ("Kishida's Seoul trip": a city; "his Songun leadership trip": no country)
                    if re.match(r"(?:his|her)\b", text[a:b], re.I) and re.fullmatch(r"\s*", text[s:a]):
                        # ("Songchit Pullarp ... made public a statement on Kim Jong Il's visit to China. ... His historic
                        # China visit marked ...": the person whose trip there the story told, not the last subject)
                        told = next((r.visitor for r in reversed(getattr(self, "_records", ())) if r.host_iso3 == host_iso
                                     and r.visitor.kind == "person" and not r.is_domestic), None)
                        if told is not None:
                            visitor = told
                if host_iso is None and not agent_after:
                    host_iso, place, host_person = self._destination(text, bd, hi, right, countries, places, home)
            where = re.search(r",\s+where\s+(?:[\w'’-]+\s+){0,3}$", text[max(s, a - 40):a])
            if host_iso is None and where:
                # "told reporters in Brasilia, where he attended the summit": the place before "where"
                wpos = max(s, a - 40) + where.start()
                p = self._last(places, s, wpos)
                if p is not None and p.end >= wpos - 1:
                    host_iso, place = p.iso3, p
            if (host_iso is None and home and cue.frame == "travel" and re.fullmatch(r"(?:visited|toured)", text[a:b], re.I)
                    and visitor.iso3 and visitor.iso3 != home[1]
                    and (re.match(r"\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+", text[b:b + 40])
                         # round 18: "visited the e-library of Kim Chaek University", "toured the tomb of King X": a
                         # part of a named site
                         or re.match(r"\s+the\s+(?:[a-z][\w-]*\s+){1,3}?of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+", text[b:b + 60])
                         # ("toured different places": sites at home the story does not name)
                         or re.match(r"\s+(?:different|various|many|several)\s+(?:places|parts|sites)\b", text[b:b + 40]))
                    and not any(b <= m.start < hi for m in countries)
                    and not any(b <= p.start < b + 12 for p in right)  # "visited the Unhasu Orchestra", "visited X"
                    and not re.match(r"[^,;.]{0,60}?\b(?:committee|association|embassy|consulate|orchestra|troupe|ensemble|"
                                     r"delegation|council|federation|union|headquarters|office)\b", text[b:hi], re.I)
                    and not _POSTED_RE.match(text, visitor.end)):
                # "A Russian cultural delegation ... visited Mangyongdae on Saturday" in a story of the home
                # outlet: a named site the gazetteer does not know, in no other country: a site at home
                host_iso = home[1]
                site = True
            if (host_iso is None and self._title_place and cue.frame == "travel" and re.fullmatch(r"(?:visited|toured)", text[a:b], re.I)
                    and visitor.iso3 and visitor.iso3 != self._title_place
                    and re.match(r"\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+", text[b:b + 40])
                    and not any(b <= m.start < b + 60 and m.alias_kind != "demonym" for m in countries)
                    and not any(b <= p.start < b + 12 for p in right)
                    and re.match(r"[^,;.]{0,60}?\b(?:Plant|Factory|Works|Station|Farm|Mine|Museum|Memorial|Monument|Park|Palace|"
                                 r"Complex|Centre|Center|Base|Port|Dam|Mill|Site)\b", text[b:hi])):
                # "Monument Erected in Russia ...": "Kim Jong Il, on Aug. 21, 2011 visited Bureya Hydro-electric
                # Plant": a named site the gazetteer does not know, in the country the headline sets the story in
                host_iso = self._title_place
            if host_iso is None and cue.frame == "travel" and re.fullmatch(r"(?:arrived|flew\s+in|landed|touched\s+down)", text[a:b], re.I) \
                    and not re.match(r"\s+(?:on\s+|late\s+|early\s+)?(?:[\w-]+\s+){0,3}?(?:in|at|to)\s+(?:the\s+)?(?-i:[A-Z])", text[b:hi]) \
                    and not re.match(r"\s*(?:Earlier|Before|Previously)\b", text[s:a]):  # (no day of its own)
                # an arrival with no place: where the story's last trip went ("Shoigu flew in on Tuesday ... A Chinese
                # delegation arrived on Wednesday"), else (not for the home outlet, which says "here") the last city
                # the story named before the sentence, in another country than the visitor's
                host_iso, place = self._arrival_place(text, s, visitor, home)
            if host_iso is None and re.search(r"inspect|guidance", text[a:b], re.I):
                host_iso = visitor.iso3  # a leader inspecting a factory at home
                place = self._first(places, b, hi)
            if host_iso is None:
                return None
            if _EMBASSY_RE.search(text[b:min(hi, b + 80)]) and place is None:
                return None
        elif cue.frame == "visiting":
            nxt = text[b:hi]
            first_country = next((m for m in countries if b <= m.start < hi), None)
            gerund = first_country is not None and first_country.alias_kind != "demonym" and re.match(
                r"\s+(?:the\s+)?$", text[b:first_country.start])
            if gerund and any(p.kind == "person" and first_country.end <= p.start <= first_country.end + 80 and re.fullmatch(
                    r"(?:['’]s)?(?:\s+(?:(?-i:[A-Z])[\w.'’-]*|of|the|for|and|on|leader|minister|president|speaker|secretary|"
                    r"chairman|envoy|premier|official|general|commander|chief|representative|senator|deputy|vice))*\s+",
                    text[first_country.end:p.start], re.I)
                    for p in right):
                gerund = False  # "told visiting U.S. House Speaker John Boehner": a guest with his country's name before
            gerund = gerund or any(p.start >= b and re.fullmatch(r"\s+", text[b:p.start]) for p in places)
            # s19: "made contributions ... by visiting the Siberian and Far East Regions of Russia": a verb after a
            # preposition, whatever follows it (not "a visiting group of Russia")
            gerund = gerund or (re.search(r"\b(?:by|after|before|while|when|since|for|of|on|during|through|from)\s+$",
                                          text[max(s, a - 10):a], re.I) is not None
                                and re.match(r"\s+the\s+(?-i:[A-Z])", nxt) is not None)
            if gerund and re.match(r"\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[a-z][\w-]*){0,4}?\s+(?:and\s+[a-z]+\s+)?delegations?\b", nxt):
                gerund = False  # "the visiting Liaoning provincial party and government delegation of China"
            if gerund:  # "after visiting China": the subject on the left travelled
                visitor = left[-1] if left else None
                if visitor is None:
                    return None
                host_iso, place, host_person = self._destination(text, b, hi, right, countries, places, home)
            else:  # e.g. "a visiting foreign warship docked at a port"
                if re.match(r"\s+(?:professor|scholar|fellow|researcher|lecturer|student|card|hours)\b", nxt, re.I):
                    return None  # "visiting professor of Qinghua University": a post, not a trip
                np_end = re.search(r"\s(?:at|in|to|on|from|for|arrived|left|who|which|was|were|is|are|has|had)\s|[,;]|(?<!\b[A-Z])\.", nxt)
                np_end = b + (np_end.start() if np_end else len(nxt))
                who = next((m for m in countries if b <= m.start < np_end), None)
                grp = next((p for p in parties if p.kind == "delegation" and p.iso3 and p.actor_id != _UNPLACED
                            and (p.start <= a < p.end or (p.start >= b and not text[b:p.start].strip()))), None)
                if (who is None or not who.iso3) and grp is not None:
                    # "The visiting delegation of the Communist Party of China": the group's own country (the party
                    # is an organisation of the registry, no country mention)
                    who = SimpleNamespace(start=grp.start, end=grp.end, iso3=grp.iso3)
                if who is None or not who.iso3:
                    return None
                actor = self.registry.actors.get(f"country:{who.iso3}")
                visitor = Party(who.start, who.end, f"country:{who.iso3}",
                                f"{actor.name if actor else who.iso3} delegation", who.iso3, "delegation")
                named = next((p for p in right if p.kind == "person" and who.end <= p.start < np_end
                              and p.iso3 in (who.iso3, None)), None)
                if named is not None:  # "visiting Russian Defence Minister Sergei Shoigu": the minister
                    visitor = Party(named.start, named.end, named.actor_id, named.name, who.iso3, "person")
                host_iso, place, host_person = self._destination(text, np_end, hi, [p for p in right if p.start >= np_end],
                                                                 countries, places, home)
                subj = left[-1] if left else None
                if host_iso is None and subj is not None and subj.kind == "person" and subj.iso3 and subj.iso3 != who.iso3 \
                        and re.match(r"\s*(?:[\w,]+\s+){0,4}?(?:told|met|meets|received|receives|welcomed|greeted|hosted|"
                                     r"held\s+talks\s+with|talked\s+with)\s+(?:the\s+)?$", text[subj.end:a], re.I):
                    # "Iraqi Prime Minister Maliki on Saturday told visiting U.S. Speaker Boehner": the guest came to him
                    host_iso = subj.iso3
                if home and (host_iso is None or (host_iso == who.iso3 and re.match(
                        r"\s*,\s+(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?", text[np_end:np_end + 40]))):
                    # (", chief of the United Russia faction": the appositive of the visitor, not a destination)
                    host_iso, place, host_person = home[1], None, None
                if home and host_iso == home[1] and (more := _AND_GROUP_RE.search(text, who.end, hi)) is not None \
                        and not re.search(r"[,;]|\s(?:who|which|that|at|in|to)\s", text[who.end:more.start()]):
                    # s23: "presents from the visiting delegation of Mongolian writers and the delegation of a Nepalese
                    # Institute of the Juche Idea": "visiting" is said of both groups
                    stop2 = re.search(r"\s(?:at|in|to|on|for|who|which|was|were|is|are|has|had)\s|[,;.]", text[more.end():hi])
                    end2 = more.end() + (stop2.start() if stop2 else len(text[more.end():hi]))
                    other = next((m for m in countries if more.end() <= m.start < end2 and m.iso3 and m.iso3 != home[1]), None)
                    if other is not None and other.iso3 != who.iso3:
                        coord.append(Party(other.start, other.end, f"country:{other.iso3}", other.iso3, other.iso3, "delegation"))
            if host_iso is None:
                return None
        elif cue.frame == "invite_verb":
            if re.match(r"\s*(?:[\w.'’-]+\s+){0,8}?to\s+(?:convey|pass\s+on|deliver|extend|send|give|forward|hand)\b",
                        text[b:hi], re.I):
                return None  # "asked the ambassador to convey a message to X": a farewell courtesy, no invitation
            inviter = left[-1] if left else None
            visitor = right[0] if right else None
            if visitor is None:
                return None
            coord = self._coordinated(text, visitor, right)  # "invited Moon and Kim to the forum"
            base = (coord[-1] if coord else visitor).end
            after = text[base:hi]
            vm = re.search(r"\bto\s+(?:visit|come\s+to|travel\s+to|pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?visit\s+to)\b", after, re.I)
            if vm:
                dest_from = base + vm.end()
                host_iso, place, host_person = self._destination(
                    text, dest_from, hi, [p for p in right if p.start >= dest_from], countries, places, home)
            elif re.match(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])", after):  # "invited Kim to the White House"
                # ("asked him to convey his regards to X" is an errand, not an invitation)
                dest_from = base + re.match(r"\s+to\s+", after).end()
                host_iso, place, host_person = self._destination(
                    text, dest_from, hi, [p for p in right if p.start >= dest_from], countries, places, home)
                if host_iso is None:
                    inst = next((m for m in countries if m.start == dest_from or text[dest_from:m.start].strip().lower() == "the"), None)
                    host_iso = inst.iso3 if inst else None
            elif inviter is not None and re.search(r"\bto\s+(?:visit|come)\b", after, re.I):
                host_iso, host_person = inviter.iso3, inviter if inviter.kind == "person" else None
            if host_iso is None:
                return None
        elif cue.frame in ("meet", "host"):
            subject = self._subject(text, left, [p for p in _window(parties, s, lo + 1, self._windows) if p.end <= lo])
            if subject is None and cue.frame == "host" and re.match(r"(?:hosted|hosts|gave|gives|arranged|threw|played\s+host|plays\s+host|"
                                                                    r"(?:will|would|to)\s+host)\b", text[a:b], re.I):
                # "The Lao Ministry of Defence hosted a reception in honor of a DPRK delegation": the
                # country of the institution that hosts
                owner = [m for m in countries + [o for o in self._sent_mentions if o.kind == "organisation"]
                         if lo <= m.start and m.end <= a and m.iso3 and m.alias_kind != "capital"
                         and re.match(r"\s*(?:the\s+)?$", text[max(s, m.start - 5):m.start], re.I)
                         and not _EMBASSY_RE.search(text, m.end, a) and not _POSTED_RE.match(text, m.end)]
                if owner:
                    m = max(owner, key=lambda o: o.start)
                    subject = Party(m.start, m.end, f"country:{m.iso3}", m.surface, m.iso3, "country")
            if subject is None:
                return None
            partner = right[0] if right else None
            if partner is None:
                # "the North Korean leader and President Dmitry Medvedev would meet"
                for q in left:
                    lo_, hi_ = (subject, q) if subject.start < q.start else (q, subject)
                    if q is not subject and q.actor_id != subject.actor_id and re.fullmatch(
                            r"\s*and\s+(?:(?:the|[A-Z][\w.-]*)\s+){0,3}", text[lo_.end:hi_.start] + " "):
                        partner = q
                        break
            if partner is None:
                # "Yoon met executives of the Japan Business Federation in Tokyo": no named partner, but a person
                # meeting people in a place abroad is there
                venue = self._first(places, b, hi) if (
                    cue.frame == "meet" and subject.kind == "person" and subject.iso3
                    and re.match(r"(?:met|meets|meeting|held\s+talks|had\s+talks|talked|conferred)\b", text[a:b], re.I)
                    and subject.end <= a and re.fullmatch(r"[^,;]{0,25}", text[subject.end:a])) else None
                if (venue is not None and venue.iso3 != subject.iso3 and status == "occurred"
                        and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(b, venue.start - 12):venue.start])
                        and not any(ls <= venue.start < le for ls, le in self._datelines)):
                    rec = Record(subject, venue.iso3, status, cue.cameo, round(cue.confidence * 0.9, 2), (s, e), si, None, venue)
                    rec.history.append(status)
                    rec.weak = site
                    rec.coord = []
                    return rec
                return None
            # (not a place told in what someone said after it: "held talks with Lavrov, at which she
            # promised that Pyongyang would stand by Russia")
            told_at = _TOLD_THAT_RE.search(text, b, hi)
            near_hi = told_at.start() if told_at else hi
            if cue.frame == "meet" and self._datelines:
                # "WASHINGTON (wire) - Trump said he will meet Kim", "SEOUL (wire) - Kim met Xi on Tuesday": the
                # dateline is where the news is told, not where they meet (see the wire place below)
                places = [p for p in places if not any(ls <= p.start < le for ls, le in self._datelines)]
            if cue.frame == "meet" and not self._datelines and self._scene is not None:
                places = [p for p in places if p.start >= self._scene[1]]  # s23: a bare dateline ("ISLAMABAD, June 19 - ")
            if cue.frame == "meet":
                # a place inside a group's name is where the group comes from, not where they meet: "met the
                # delegation of the Amur Region Legislative Assembly of Russia" (like a country in a name, below)
                groups = [(q.start, q.end) for q in parties if q.kind == "delegation"]  # (once, not per place: a
                # sentence of hundreds of parties and places stays linear)
                if groups:
                    places = [p for p in places if not any(gs <= p.start < ge for gs, ge in groups)]
            if cue.frame == "meet" and " from " in text[lo:a]:
                # s22: "flying in from Bangkok for a stop in which he met X": where he came from is no venue (but "slipped
                # away from New Delhi, where he had held talks", "reached Rome from Paris, after talks at the Elysee" are)
                places = [p for p in places if not (p.start < a and re.search(r"\b(?:in|arriving|arrived|coming|came)\s+from\s+(?:the\s+)?$",
                                                                              text[max(s, p.start - 20):p.start]))]
            if cue.frame == "meet" and (" on " in text[b:hi] or " about " in text[b:hi] or " over " in text[b:hi]):
                # s22: "for talks with Blinken on North Korea": the topic's country is no venue
                places = [p for p in places if not (p.start >= b and _TOPIC_BEFORE_RE.search(text, max(a, p.start - 90), p.start))]
            if cue.frame == "meet" and _AHEAD_RE.search(text[max(s, a - 60):a]):
                # "talks in Beijing ahead of a possible summit with Trump": that summit's place is not given
                place = self._first(places, b, near_hi)
            else:
                place = self._first(places, b, near_hi) or self._last(places, lo, a) or self._first(places, s, told_at.start() if told_at else e)
                if cue.frame == "meet" and (inner := self._first(places, a, b)) is not None:
                    place = inner  # s12: "for talks in Canberra with Albanese": the place the cue itself names
            # (a country inside a party's name is not the place: "the art troupe of Koreans in Japan")
            groups = [p for p in parties if p.kind == "delegation"]  # (perf s13: the delegations once per cue)
            free = [m for m in countries if not any(p.start <= m.start < p.end for p in groups)]
            if cue.frame == "meet":  # s12: "talks with Modi on Russia's invasion of Ukraine": a topic, no venue
                free = [m for m in free if not (b <= m.start and (topic_possessive(self._wire12, text, m.end)
                                                                   # s22: "for talks with Blinken on North Korea"
                                                                   or _TOPIC_BEFORE_RE.search(text, max(a, m.start - 90), m.start)))]
            if cue.frame == "meet" and _AHEAD_RE.search(text[max(s, a - 60):a]):
                place_iso = place.iso3 if place else self._country_in(text, free, b, near_hi)
            else:
                # (a country on the left only in the cue's own clause: "... to invest $30 billion in South Korea, the
                # office said Sunday, after Yoon held a summit with Mohamed": South Korea is another clause's)
                own = max((m.end() for m in _OTHER_CLAUSE_RE.finditer(text, lo, a)), default=lo)
                place_iso = place.iso3 if place else self._country_in(text, free, b, near_hi) or self._country_in(text, free, own, a)
            named_in = next((m for m in free if a <= m.start < hi and m.alias_kind != "capital" and m.iso3
                             and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start])), None)
            in_dateline = place is not None and any(ls <= place.start < le for ls, le in self._datelines)
            if named_in is not None and place is not None and (place.start > named_in.start or (place.start < b and in_dateline)) \
                    and place.iso3 != named_in.iso3:
                # ("WASHINGTON - Trump said he will hold a summit with Kim in Vietnam": the place after the cue)
                # "met Trump in Singapore in June 2018 and in Hanoi ...": the first place named
                place, place_iso = None, named_in.iso3
            if (place_iso is None and cue.frame == "meet" and subject.iso3 and partner.iso3
                    and subject.iso3 != partner.iso3):
                # the guest is the object: "met visiting Li Keqiang", "X (of Equatorial Guinea) met
                # the DPRK delegation": a delegation met by a named person came to that person
                if (re.search(r"\bvisiting\s+(?:[\w'’-]+\s+){0,3}$", text[b:partner.start], re.I)
                        or (partner.kind == "delegation" and subject.kind == "person"
                            and _GROUP_RE.search(text, partner.start, partner.end))):
                    place_iso = subject.iso3
                elif subject.kind == "delegation" and partner.kind == "person" and re.search(
                        r"\bvisiting\s+(?:[\w'’-]+\s+){0,3}$", text[max(s, subject.start - 30):subject.start + 12], re.I):
                    place_iso = partner.iso3
            if place_iso is None and cue.frame == "meet":
                # "met ... with his Chinese counterpart Yang during the visit to Indonesia": where the trip is
                during = next((m for m in countries if b <= m.start < e and m.iso3 and m.alias_kind != "demonym" and re.search(
                    r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:the|his|her|their|its|an?)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:visit|trip|stay|tour)\s+(?:to|in)\s+(?:the\s+)?$", text[max(b, m.start - 80):m.start], re.I)), None)
                if during is not None:
                    place_iso = during.iso3
            if place_iso is None and cue.frame == "meet" and not re.search(r"\bhere\b", text[s:e]):
                # a meeting on a trip the story has told: "flew to Russia ... He will meet X": in Russia
                place_iso = self._trip_host(subject, partner, si)
            if (place_iso is None and cue.frame == "meet" and status == "occurred" and si == 0
                    and getattr(self, "_wire_place", None) is not None and self._datelines[0][0] < 5
                    and self._wire_place.iso3 in (subject.iso3, partner.iso3)):
                # (only a dateline in one side's country: "SEOUL - Kim met Xi" is no meeting in Seoul)
                place = self._wire_place  # "VLADIVOSTOK (wire) - Kim and Putin held their first summit on Thursday"
                place_iso = place.iso3
            if (place_iso is None and cue.frame == "meet" and self._title_place and not re.search(r"\bhere\b", text[s:e])
                    and self._title_place in (subject.iso3, partner.iso3)):
                # "met with the Cambodian deputy prime minister" under "... Meets FMs in Cambodia"
                place_iso = self._title_place
            if (place_iso is None and cue.frame == "meet" and home and subject.iso3 == home[1] and partner.iso3
                    and re.search(r"\b(?:met|meets|talked|conferred|negotiated|with)\b", text[a:b], re.I)
                    and partner.iso3 != home[1] and partner.kind in ("person", "delegation")
                    and not re.search(r"\bhere\b", text[s:e])
                    and (re.match(r",\s+(?:the\s+)?head(?:ing|ed)?\s+(?:of\s+)?(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?delegation\b", text[subject.end:a])
                         or (subject.kind == "delegation" and re.search(r"\bdelegation\b", text[subject.start:subject.end], re.I)))):
                # a home delegation (or its head) meeting a foreign official, not "here": it is abroad,
                # in the official's country ("Pak Ui Chun, head of the delegation now taking part in
                # the ARF meeting, met with the Cambodian deputy prime minister")
                place_iso = partner.iso3
            if (place_iso is None and cue.frame == "meet" and home and subject.iso3 == home[1] and partner.iso3
                    and partner.iso3 != home[1] and subject.kind == "person" and partner.kind == "person"
                    and re.fullmatch(r"met|meets|met\s+with|meets\s+with", text[a:b].strip(), re.I)
                    and not re.search(r"\b(?:here|visit\w*|arriv\w*|received|receives|courtesy|came|come)\b", text[s:e], re.I)
                    and not self._is_head(subject, text, s) and self._is_head(partner, text, s)
                    and not (self._datelines and s < self._datelines[0][1] and self._home_capital_dateline(text, home))):  # s10 R1
                # "DPRK Foreign Minister X met with Y, president of Russia" with no place: a minister goes to a
                # head of state or government, not the other way round (the head's country)
                place_iso = partner.iso3
            if (place_iso is None and cue.frame == "meet" and home and partner.iso3 == home[1] and subject.iso3
                    and subject.iso3 != home[1] and subject.kind == "person" and partner.kind == "delegation"
                    and _GROUP_RE.search(text, partner.start, partner.end)
                    and not re.search(r"\b(?:here|visit\w*|arriv\w*|came|come)\b", text[s:e], re.I)
                    and not (home[0] and re.search(rf"\b{re.escape(home[0])}\b", text[s:e]))  # (nor in the home capital)
                    and not (self._datelines and s < self._datelines[0][1] and self._home_capital_dateline(text, home))):
                # s20: "Malaysian Deputy Prime Minister X said this when meeting the DPRK delegation led by Foreign
                # Minister Y Monday": a foreign official meets the home outlet's delegation, no place told: it is abroad,
                # in the official's country (the mirror of the rule above)
                place_iso = subject.iso3
            if place_iso is None and home and partner.iso3 != home[1] and (
                    re.search(r"\bhere\b", text[s:e]) or subject.iso3 in (home[1], None)):
                # a home official meeting a guest in a story of the home outlet: the guest came
                place_iso = home[1]
            if any(_POSTED_RE.match(text, q.end) and self._envoy(text, q, (), before=False)[0] for q in (partner, subject)):
                return None  # an ambassador posted here meeting officials is no visit
            if cue.frame == "host" and ";" in text[b:partner.start]:
                return None  # s19: "China hosts the summit this year; Putin will travel to China in June": another clause
            if cue.frame == "host" and ((re.search(r"\bfrom\b", text[b:partner.start]) and not _PEOPLE_FROM_RE.search(text, b, partner.start))
                                        or re.search(
                    r"\b(?:prize|award|order|medal|gift|letter|message|greetings?|cards?|baskets?|wreath|occasion|"
                    r"birth|centenary|anniversary|news|sorrow|condolences?|report|information|talk)\b", text[b:partner.start], re.I)):
                return None  # "received a letter from X", "to receive the Kim Il Sung Prize": no one came
            if cue.frame == "host" and re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:invitation|letter|message|greetings?|reply|"
                                                r"proposal|offer|call|condolences?|congratulations|gift)\b", text[partner.end:partner.end + 40], re.I):
                return None  # "received Kim's invitation to visit": a thing of X's, not X
            if cue.frame == "host" and _BY_TITLED_RE.search(text, b, partner.start):
                # "X was received by Park Geun-hye in Seoul": X came to the host (s23: also with the agent's titles,
                # "was greeted at the airport by Pakistani Prime Minister Nawaz Sharif")
                if subject.iso3 is None or partner.iso3 is None or subject.iso3 == partner.iso3:
                    return None
                host_iso = place_iso or partner.iso3
                if host_iso != partner.iso3:
                    return None
                visitor, host_person = subject, partner if partner.kind == "person" else None
            elif cue.frame == "host":
                if partner.kind == "country" or not subject.iso3:
                    return None
                host_iso = subject.iso3
                visitor, host_person = partner, subject if subject.kind == "person" else None
                coord = self._coordinated(text, partner, right)  # "welcomed Kishida and Yoon to Camp David"
                if place_iso and place_iso != host_iso:
                    return None
                cameo = "043" if status == "occurred" else cue.cameo
            else:
                if place_iso is None:
                    return None
                if (subject.iso3 and partner.iso3 and subject.iso3 != partner.iso3
                        and place_iso not in (subject.iso3, partner.iso3)):
                    # "Trump and Kim met in Singapore": both came
                    visitor, host_person, also = subject, None, partner
                    if cue.frame == "meet" and (leg := onward_leg_start(text, b, e)) < e and (
                            place.start if place is not None else
                            min((m.start for m in free if m.iso3 == place_iso and m.start >= b), default=-1)) >= leg:
                        # s12: "will hold talks with Koizumi before flying on to Seoul": Seoul is the subject's next
                        # leg, not where the talks are; the partner makes no trip there
                        also = None
                    if _MET_BY_BEFORE_RE.search(text, max(s, a - 30), partner.start):
                        # s11: "Wen flew in from Brazzaville and was met by President dos Santos": the one who meets
                        # an arrival is at home; the place was the leg before (registry brief, after the Angola rows)
                        also = None
                    # (and the others met with the partner: "with his Chinese and Russian counterparts A and B")
                    coord = [q for q in self._coordinated(text, partner, right) if q.iso3 and q.iso3 != place_iso]
                elif subject.iso3 and subject.iso3 != place_iso and partner.iso3 in (place_iso, None):
                    visitor, host_person = subject, partner if partner.kind == "person" else None
                    if partner.iso3 == place_iso:
                        # "met his Indonesian and Laotian counterparts A and B in Bali": B, a third side, came too
                        coord = [q for q in self._coordinated(text, partner, right) if q.iso3 and q.iso3 != place_iso]
                elif partner.iso3 and partner.iso3 != place_iso and subject.iso3 in (place_iso, None):
                    visitor, host_person = partner, subject if subject.kind == "person" else None
                    if status == "occurred":
                        cameo = "043" if status == "occurred" else cue.cameo
                else:
                    return None
                host_iso = place_iso
        else:
            return None
        if visitor is None or host_iso is None:
            return None
        if (re.match(r"(?:entered|enters|reached|pulled\s+into|landed|crossed|walked|stepped|drove)\b", text[a:b], re.I)
                and not re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z])", text[b:b + 40], re.I)):
            return None  # "entered presidential politics": these verbs take the place right after them
        if visitor.iso3 is None and home and host_iso != home[1] and cue.frame in ("travel", "depart"):
            # a group the home outlet does not place, travelling abroad: a home group ("The
            # Unhasu Orchestra ... arrived in Paris" in a KCNA story)
            if visitor.actor_id == _UNPLACED:
                actor = self.registry.actors.get(f"country:{home[1]}")
                visitor = Party(visitor.start, visitor.end, f"country:{home[1]}",
                                f"{actor.name if actor else home[1]} delegation", home[1], visitor.kind)
            else:
                visitor = Party(visitor.start, visitor.end, visitor.actor_id, visitor.name, home[1], visitor.kind)
        if visitor.iso3 is None and visitor.actor_id not in self.registry.actors:
            return None  # someone the story does not place (no country, not in the registry): too unsure
        if host_person is not None and host_person.iso3 not in (None, host_iso):
            host_person = None
        domestic = bool(visitor.iso3 and visitor.iso3 == host_iso)
        if domestic and visitor.kind != "person":
            return None
        if domestic and cue.frame != "travel":
            return None
        conf = cue.confidence * (0.85 if visitor.kind == "delegation" else 1.0)
        rec = Record(visitor, host_iso, status, cameo, round(conf, 2), (s, e), si, host_person, place,
                     is_domestic=domestic)
        rec.history.append(status)
        rec.also = also
        rec.weak = site
        rec.coord = coord
        rec.more_hosts = inner_hosts
        return rec

    @staticmethod
    def _coordinated(text, first: Party, right: list[Party]) -> list[Party]:
        """The people joined to ``first`` by "and" (with their titles): "Kishida and South Korean
        President Yoon", "Moon and North Korean leader Kim Jong-un"."""
        out, last = [], first
        for q in right:
            if q.start <= last.start:
                continue
            if q.kind != "person" or not re.fullmatch(r"\s+and\s+(?:(?:the\s+)?[\w.'’-]+\s+){0,4}", text[last.end:q.start]) \
                    or q.actor_id == first.actor_id:
                break
            out.append(q)
            last = q
        return out if first.kind == "person" else []

    def _depart(self, text, a, b, hi, visitor, right, countries, places, home, bd=None):
        """Where a departure says the visitor was or is going: "left here for Russia" (RUS),
        "left Pyongyang on Monday to visit Laos" (LAO), "left here for home" / "went back home" /
        "left Vladivostok" (the place left, when the visitor is foreign to it: a stay is over)."""
        cue_text = text[a:b]
        going_home = bool(re.search(r"\b(?:back|home)\b", cue_text, re.I)) or re.match(
            r"\s*(?:(?:on|in)\s+[\w.]+\s+(?:\d+\s+)?)?(?:for\s+|back\s+)?(?:home|(?:their|his|her)\s+(?:own\s+)?country)\b",
            text[b:hi], re.I) is not None
        origin = None  # (iso3, place) of the place left
        if re.search(r"\bhere\b", cue_text, re.I):
            if home:
                origin = self._destination(text, b, b, [], [], [], home)[:2]
        else:
            named = re.search(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?$", cue_text)
            if named:
                ns = a + named.start()
                c = next((m for m in countries if ns <= m.start < b), None)
                if c is not None and c.iso3:
                    p = self.registry.place(c.surface) if c.alias_kind == "capital" else None
                    origin = (c.iso3, Place(p[0], c.iso3, p[2], p[3], c.start, c.end) if p else None)
                else:
                    p = self._gazetteer(named.group(), self._story_countries)
                    if p is not None:
                        origin = (p[1], Place(p[0], p[1], p[2], p[3], ns, b))
                    elif not re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", named.group()):
                        return None, None, None  # "left Kim's side": not a departure from a place
        if going_home:
            back_from = re.match(r"\s*(?:home\s+)?from\s+", text[b:hi], re.I)
            if back_from:  # "returned home from Beijing": the trip was there
                return self._destination(text, b + back_from.end(), hi, right, countries, places, None)
            if origin is None and home and (not re.search(r"\b(?:left|leaves|departed|departs)\b", cue_text, re.I)
                                            # "Hor Nam Hong and his party left for home on Wednesday": a guest's stay here
                                            or (visitor.iso3 and visitor.iso3 != home[1])):
                origin = self._destination(text, b, b, [], [], [], home)[:2]  # "went back home" in a home story
            if origin is not None and visitor.iso3 and visitor.iso3 != origin[0]:
                return origin[0], origin[1], None
            if home and visitor.iso3 in (home[1], None) and (origin is None or origin[0] == home[1]):
                # a home group back "after co-performing ... in Paris", "after taking part in the
                # meeting ... in South Africa": the trip was there
                rel = re.compile(r"\b(?:who|which|that)\s+(?:had\s+)?(?:took\s+part|participated|attended|competed|"
                                 r"visited|toured|performed|played)\b", re.I).search(text, visitor.end, a)
                if rel and not re.search(r"[.;]\s", text[visitor.end:a]):
                    # "The DPRK players who took part in the ITTF World Tour, China Open, Shanghai, returned home"
                    host_iso, place, _hp = self._destination(
                        text, rel.end(), a, [p for p in right if rel.end() <= p.start < a], countries, places, None, 170)
                    if host_iso is not None and host_iso != home[1]:
                        return host_iso, place, None
                stop = next((m for m in re.compile(r"[.;]\s|\s[—–]\s").finditer(text, b)
                             if not _ABBREV_RE.search(text, max(0, m.start() - 6), m.start() + 1)), None)
                end = stop.start() if stop else len(text)  # ("on Sept. 11 after ...": an abbreviation, no stop)
                after = re.compile(r"\bafter\s+", re.I).search(text, b, end)
                if after:
                    where = after.end()
                    host_iso, place, _hp = self._destination(
                        text, where, end, [p for p in right if p.start >= where], countries, places, None, 170)
                    if host_iso is not None and host_iso != home[1]:
                        return host_iso, place, None
            if home and visitor.iso3 in (home[1], None) and (origin is None or origin[0] == home[1]) \
                    and not re.search(r"\b(?:also|too|together)\s+(?:[\w-]+\s+)?$", text[max(0, a - 20):a]):
                host_iso, place = self._neighbour_host(text, a, home)
                if host_iso is not None:
                    return host_iso, place, None
            if re.search(r"\b(?:also|too|together)\s+(?:[\w-]+\s+)?$", text[max(0, a - 20):a]) and visitor.iso3:
                # "Pak Ui Chun, foreign minister, and other suite members also returned home": the trip
                # of the return told just before
                if re.search(r"\bafter\s+(?!visiting\b)[\w-]+ing\b", text[b:hi], re.I):
                    return None, None, None  # "also returned home after winning the title of ...": a trip of their own
                prior = [r for r in getattr(self, "_records", []) if r.status == "occurred" and not r.is_domestic
                         and not r.earlier and r.visitor.iso3 == visitor.iso3 and r.sentence[1] <= a
                         and a - r.sentence[1] < 400]
                if prior:
                    return prior[-1].host_iso3, prior[-1].place, None
            return None, None, None
        bd = b if bd is None else bd
        onward = re.search(r"\bto\s+(?:visit|attend|participate|tour|take\s+part)|\bfor\b", text[bd:hi], re.I)
        reach = 170 if onward and not re.match(r"\s*for\b", text[onward.start() + bd:onward.end() + bd], re.I) else 120
        if bd != b and onward:  # "Leaving were X led by P to attend <a long event name> in India and Y ...": up to the next one
            reach = max(reach, min(hi - bd, 300))
        host_iso, place, host_person = self._destination(text, bd, hi, right, countries, places, None, reach)
        held = re.compile(r"\b(?:(?:to\s+be|will\s+be|being|was|is)\s+)?(?:held|hosted|staged)\s+in\s+(?:the\s+)?").search(text, bd, hi) \
            if onward and host_iso is None else None
        if held is not None and not re.search(r"[.;]\s", text[bd:held.start()]):
            # "left here to take part in the 30th Meeting of ... and its 65th General Assembly to be held in
            # Indonesia": the event's place, however long its name
            host_iso, place, host_person = self._destination(text, held.end(), hi, [p for p in right if p.start >= held.end()],
                                                             countries, places, None)
        if host_iso is not None and origin is not None and host_iso == origin[0] and place is None:
            # "left here to attend the DPRK-Russia working group": the place left is no destination
            host_iso, place, host_person = None, None, None
        if (host_iso is None and self._title_hosts and home and origin is not None and origin[0] == home[1]
                and visitor.iso3 in (home[1], None)
                # (s19: once under a headline of one group: not "the delegation of the European Parliament headed by X
                # ... left here on the same day", a group the story does not place, told after the lead's "left here
                # today to visit China" under "Educationist Delegation Leaves for China"; "DPRK Delegations Leave for
                # China" covers every group)
                and (self._title_plural or not any(r.host_iso3 == self._title_hosts[0] and not r.is_domestic
                                                   for r in self._records))
                and not re.search(r"\b(?:in|to|for)\s+(?:the\s+)?(?-i:[A-Z])", text[b:hi])):
            # "A delegation ... left here on Monday" under "... Delegation Leaves for Russia"
            return self._title_hosts[0], None, None
        if host_iso is None and origin is not None and visitor.iso3 and visitor.iso3 != origin[0] and not onward:
            # "left here" after a stay: the visit was to the place left
            return origin[0], origin[1], None
        return host_iso, place, host_person

    def _cancel_trip_noun(self, text, s, lo, hi, pos):
        """perf s11 (second round): `_CANCELLED_TRIP_NOUN_RE.search(text[lo:hi], pos - lo)` (the same match object)
        without reading the rest of the sentence once per cue: the pattern's match starts between `s` and `hi` are
        found once (its matches cannot overlap: none starts inside another), the first at or after the position
        is taken by bisection; a match at the slice's own start (where the slice sees a word boundary that the
        text may not) is tried on the slice itself."""
        window = text[lo:hi]
        if pos == lo:
            first = _CANCELLED_TRIP_NOUN_RE.match(window)
            if first is not None:
                return first
            pos = lo + 1
        if pos < s + 1:
            return _CANCELLED_TRIP_NOUN_RE.search(window, max(0, pos - lo))
        memo = getattr(self, "_cancel_trip_memo", None)
        if memo is None or memo[0] is not text:
            memo = self._cancel_trip_memo = (text, {})
        starts = memo[1].get((s, hi))
        if starts is None:
            starts = memo[1][(s, hi)] = [m.start() for m in _CANCELLED_TRIP_NOUN_RE.finditer(text, s, hi)]
        k = bisect.bisect_left(starts, pos)
        if k == len(starts):
            return None
        return _CANCELLED_TRIP_NOUN_RE.search(window, starts[k] - lo)

    def _cancel(self, text, s, e, si, a, b, lo, hi, parties, countries, places, records, cue, dates_for,
                published=None) -> None:
        """"The meeting never took place", "X backed out", "Seoul called off a trip to Pyongyang by
        its minister": update the visit referred to, or record a cancelled one."""
        left = [p for p in _window(parties, lo, a + 1, self._windows) if p.end <= a]  # (perf s12: by bisection)
        visitor = self._subject(text, left)
        host_iso = place = host_person = None
        vm = self._cancel_trip_noun(text, s, lo, hi, lo)
        brk = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text, max(lo, a - 300), a)), default=lo)
        if vm is not None and vm.start() < brk - lo and _CANCELLED_TRIP_NOUN_RE.search(text, brk, a):
            # visits fix session 8: "A's stop in Aswan drew crowds, while B's stop in Cairo was cancelled": the trip
            # noun of the cue's own clause, not the first of the sentence
            vm = self._cancel_trip_noun(text, s, lo, hi, brk)
        if vm:
            dest_from = lo + vm.end()
            host_iso, place, host_person = self._destination(
                text, dest_from, hi, [p for p in parties if p.start >= dest_from], countries, places, None)
            by = _BY_RE.match(text, dest_from)
            agent = next((p for p in parties if by and p.start >= by.end() - 1 and p.start - by.end() < 30), None)
            rel = _REL_AGENT_RE.match(text, dest_from)
            if agent is None and rel is not None:
                agent = next((p for p in parties if p.kind == "person" and 0 <= p.start - rel.end() < 40), None)
            owner = next((p for p in reversed(parties) if p.end <= lo + vm.start() and re.fullmatch(
                r"['’]s\s+(?:[\w-]+\s+){0,2}", text[p.end:lo + vm.start()])), None)
            if agent is not None:
                visitor = agent
            elif owner is not None:
                visitor = owner  # "Volker worked to arrange ... during Trump's planned trip to Warsaw, which was cancelled"
        elif len(left) >= 2 and (places or countries):
            # "A Kim Jong Il and Medvedev summit planned for Vladivostok never took place"
            place = self._first(places, lo, e) or self._last(places, s, a)
            if place is not None:
                away = [p for p in left if p.iso3 and p.iso3 != place.iso3]
                home_side = [p for p in left if p.iso3 == place.iso3]
                if len(away) == 1 and home_side:
                    visitor, host_iso, host_person = away[0], place.iso3, home_side[0]
        recent = [r for r in records if si - r.sentence_index <= 3]
        if _REL_HISTORY_RE.search(text, max(s, a - 80), a) and any(
                r.sentence_index == si and r.status == "occurred" for r in recent):
            return  # the cue belongs to a relative clause on the trip the main verb made (status scope)
        target = None
        if visitor is not None:
            same = [r for r in recent if r.visitor.actor_id == visitor.actor_id and r.status != "invited"
                    and (host_iso is None or r.host_iso3 == host_iso)]
            target = same[-1] if same else None
        elif re.search(r"\bhad\s+$", text[max(s, a - 5):a]):
            # "Trump had cancelled the meeting a week earlier": not the plan told before, only this sentence's
            same_sentence = [r for r in recent if r.sentence_index == si and r.status != "invited"]
            target = same_sentence[-1] if same_sentence else None
        else:
            same_sentence = [r for r in recent if r.sentence_index == si and r.status != "invited"]
            if same_sentence:
                target = same_sentence[-1]  # "Xi's state visit to Japan ... has been postponed"
            elif _VISIT_NOUN_RE.search(text[lo:a]) or _VISIT_NOUN_RE.search(text[b:hi]):
                prior = [r for r in recent if r.status != "invited" and r.sentence_index < si]
                target = prior[-1] if prior else None
                if target is not None and any(
                        lo <= m.start < hi and m.iso3 and m.iso3 not in (target.host_iso3, target.visitor.iso3)
                        for m in list(countries) + list(places)):
                    target = None  # "Australia, also dropped from the itinerary": another destination's news,
                    # not the trip the sentence before told (no status across sentences without the same trip)
                if target is not None and any(
                        p.kind == "person" and p.actor_id != target.visitor.actor_id and s <= p.start < a
                        and not _OBJECT_RE.search(text[max(s, p.start - 40):p.start]) for p in parties):
                    target = None  # s13: "Venezuela's Nicolas Maduro, who had been expected, called off his trip":
                    # another person is the clause's subject; his trip is not the one the sentence before told
            elif re.fullmatch(r"\s*(?:But\s+|And\s+)?(?:it|this|that)\s+(?:(?:has|had|was|were)\s+)?(?:\w+\s+)?", text[s:a], re.I):
                # "Kim promised to visit Seoul ... It never took place.": the plan of the sentence before
                prior = [r for r in recent if r.status == "planned" and r.sentence_index == si - 1]
                target = prior[-1] if prior else None
        if (target is not None and published is not None and target.date is not None and target.sentence_index < si
                and any(r.sentence == target.sentence and r.status == "cancelled" for r in records)
                and _FIRST_CANCEL_RE.search(text, max(s, a - 25), a)):
            # "He first put off the trip in March" after a postponement told in June: a no-show of its own
            found = [d for d in self.dates.find(text[a:hi], published, future=False, offset=a)
                     if d.end < target.date.start and d.precision in ("day", "month")]
            if found:
                group = [r for r in records if r.sentence == target.sentence and not r.is_domestic
                         and r.visitor.actor_id == target.visitor.actor_id] or [target]
                for r in group:
                    records.append(self._earlier_record(r.visitor, r.host_iso3, found[0], (s, e), si, cue.confidence,
                                                        cue.cameo, listed=False, status="cancelled"))
                return
        if target is not None and target.status in ("occurred", "planned") and published is not None:
            # a trip made is not undone by an older no-show told with it: "arrived ..., a year after he cancelled a
            # trip" (a time-distance "after"/"since" before the cue), "X last year called off a planned September
            # visit" (the cue's clause dates it well before the trip made: a cancelled trip of its own)
            if _SINCE_CANCEL_RE.search(text, max(s, a - 60), a) or (target.status == "occurred" and _POSTPONED_RE.search(text, s, e)):
                return  # (a trip made after a delay: "originally set for August but pushed back" is no no-show)
            found = self.dates.find(text[lo:hi], published, future=False, offset=lo)
            when = [d for d in found if target.date is not None and d.end < target.date.start - dt.timedelta(days=30)
                    and _TOLD_PAST_RE.search(d.text)]
            if when and target.date is not None:
                date = when[-1]
                month = _BARE_MONTH_RE.search(text, lo, hi)
                if date.precision == "year" and month is not None:
                    # "last year called off a planned September visit": that month of that year
                    first = date.start.replace(month=_MONTHS.index(month.group(1)) + 1)
                    date = DateSpan(first, _month_end(first.year, first.month), "month", month.group())
                records.append(self._earlier_record(target.visitor, target.host_iso3, date, (s, e), si, cue.confidence,
                                                    cue.cameo, listed=False, status="cancelled"))
                return
        if target is not None:
            listed = vm is not None and lo + vm.start() >= b and target.sentence_index == si
            if listed:
                # s22: the list the trip noun governs ends where another verb of the subject starts ("cancelled a visit
                # to Australia and met Albanese in Hiroshima": Japan is no listed destination)
                verb2 = _SECOND_VERB_RE.search(text, lo + vm.end(), e)
                list_hi = verb2.start() if verb2 is not None else e
                in_list = {m.iso3 for m in countries if lo + vm.end() <= m.start < list_hi and m.iso3}
                in_list |= {p.iso3 for p in places if lo + vm.end() <= p.start < list_hi and p.iso3}
            group = [r for r in records if r.sentence == target.sentence and r.status == target.status
                     and (r.host_iso3 == target.host_iso3 or (  # both sides of a called-off summit
                         listed and r.visitor.actor_id == target.visitor.actor_id and not r.is_domestic
                         and r.host_iso3 in in_list))]
            # ("postponed his trip to Indonesia and Australia": every destination the cue's trip noun lists)
            for r in group or [target]:
                r.status = "cancelled"
                r.cameo = cue.cameo
                r.history.append("cancelled")
                if r.date is not None and not r.date.text:
                    r.date = None  # a called-off trip is not "under way in the publication month"
                if (r.date is not None and r.date.text and not re.search(r"\d{4}", r.date.text) and published
                        and r.sentence_index == si):
                    # a called-off visit was ahead: "early April" is the coming April
                    ahead = [d for d in self.dates.find(text[r.date.char_start:r.date.char_end], published, future=True,
                                                        offset=r.date.char_start)]
                    if ahead and ahead[0].start >= r.date.start:
                        r.date = ahead[0]
            return
        summit = re.search(r"\b(?:summit|meeting|talks)\b", text[b:e], re.I)
        if visitor is not None and host_iso is None and summit and not vm:
            # "called off the Singapore summit ... with Kim", "cancelled a summit with Putin that was
            # to take place in Budapest": both sides were to travel there
            partner = next((p for p in parties if p.start >= b and p.kind == "person"
                            and re.search(r"\bwith\s+(?:[\w.'’-]+\s+){0,4}$", text[max(b, p.start - 40):p.start])), None)
            place = self._first(places, b, e)
            named = [m for m in countries if b <= m.start < b + summit.end() + 5 and m.alias_kind != "demonym"]
            if not named:  # "his planned summit in Singapore with Kim"
                named = [m for m in countries if b + summit.end() <= m.start < b + summit.end() + 8
                         and m.alias_kind != "demonym" and re.match(r"\s+(?:in|at)\s+", text[b + summit.end():m.start])]
            if named and place is not None and named[0].start < place.start:
                place = None if place.iso3 != named[0].iso3 else place
            host_iso = place.iso3 if place else (named[0].iso3 if named else None)
            if host_iso is not None:
                spans = [d for d in dates_for(True) if d.char_start >= b]
                for who in [visitor, partner]:
                    if who is not None and who.iso3 and who.iso3 != host_iso:
                        rec = Record(who, host_iso, "cancelled", cue.cameo, cue.confidence, (s, e), si, None, place)
                        rec.date = spans[0] if spans else None
                        rec.history.append("cancelled")
                        records.append(rec)
            return
        if visitor is not None and host_iso is not None and visitor.iso3 != host_iso:
            rec = Record(visitor, host_iso, "cancelled", cue.cameo, cue.confidence, (s, e), si, host_person, place)
            # (s22: not the day of the statement that tells it: "..., the White House said on Tuesday")
            spans = [d for d in dates_for(True) if not _SAID_RE.search(text, max(s, d.char_start - 14), d.char_start)]
            rec.date = spans[0] if spans else None
            rec.history.append("cancelled")
            records.append(rec)
            if vm is not None and (first := next((m for m in countries if m.iso3 == host_iso and m.start >= lo + vm.end()
                                                   and m.alias_kind != "demonym"), None)) is not None:
                # s22: "scrapped a planned stop in Papua New Guinea and a visit to Australia": the trip nouns the verb
                # governs, one after another, are all called off (the second one's own cue had read a trip made)
                pos = first.end
                while (nxt := _NEXT_TRIP_NOUN_RE.match(text, pos, hi)) is not None:
                    other = next((m for m in countries if m.start == nxt.end() and m.iso3 and m.alias_kind != "demonym"), None)
                    if other is None or other.iso3 in (host_iso, visitor.iso3):
                        break
                    twin = [r for r in records if r.sentence_index == si and r.host_iso3 == other.iso3
                            and r.visitor.actor_id == visitor.actor_id and r.status in ("occurred", "planned")]
                    for r in twin:
                        r.status, r.cameo, r.date = "cancelled", cue.cameo, rec.date
                        r.history.append("cancelled")
                    if not twin:
                        more = Record(visitor, other.iso3, "cancelled", cue.cameo, cue.confidence, (s, e), si, None, None)
                        more.date = rec.date
                        more.history.append("cancelled")
                        records.append(more)
                    pos = other.end
            if vm is not None and vm.group().lower().startswith(("stops", "legs", "visits", "trips")):
                # visits newswire round (item 2): "dropped planned stops in A and B": every stop the plural noun lists
                first = next((m for m in countries if m.iso3 == host_iso and m.start >= lo + vm.end()), None)
                for iso in self._onward_list(text, first.end if first else None, hi, countries):
                    if iso not in (host_iso, visitor.iso3):
                        more = Record(visitor, iso, "cancelled", cue.cameo, cue.confidence, (s, e), si, None, None)
                        more.date = rec.date
                        if more.date is None:
                            # (an undated dropped stop is a stop of the trip the story tells as called off, on its dates)
                            peer = next((r for r in records if r.visitor.actor_id == visitor.actor_id and r.status == "cancelled"
                                         and r.date is not None and not r.earlier and r is not rec), None)
                            rec.date = more.date = peer.date if peer is not None else None
                        more.history.append("cancelled")
                        records.append(more)

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def _onward_list(text, end, hi, countries) -> list[str]:
        """The countries coordinated right after the one ending at ``end`` ("A, B and C": B, C)."""
        out: list[str] = []
        if end is None:
            return out
        for c in countries:
            if c.start < end or c.start >= hi or c.alias_kind == "demonym":
                continue
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[end:c.start]):
                break
            if c.iso3:
                out.append(c.iso3)
            end = c.end
        return out

    def _destination(self, text, b, hi, right, countries, places, home, depart=False):
        """(host_iso3, place, host person) of the first destination after the cue."""
        if _UNNAMED_DEST_RE.match(text, b, hi):
            return None, None, None  # round 17: "his visits to foreign countries, X of Egypt said": no country named
        cands: list[tuple[int, str, object]] = []
        for m in _window(countries, b, hi, self._windows):  # (perf s11: the countries with b <= start < hi)
            if b <= m.start < hi and m.alias_kind != "capital":
                # a demonym is a destination only as "the Russian Far East", not "Russian President X"
                cands.append((m.start, "country", m))
        for p in _window(places, b, hi, self._windows):
            if b <= p.start < hi:
                cands.append((p.start, "place", p))
        for p in right:
            if p.kind == "person" and p.iso3:
                cands.append((p.start, "person", p))
        if home and (_HERE_RE.search(text[b:hi]) or re.search(r"\bhere\s*$", text[max(0, b - 6):b])):
            cands.append((b, "here", home))
        elif home and b == hi:  # called with an empty window: the outlet's home itself
            cands.append((b, "here", home))
        elif (not home and getattr(self, "_wire_place", None) is not None and self._datelines[0][0] < 5
              and (_HERE_ARRIVAL_RE.match(text, b, hi) or _HERE_BEFORE_RE.search(text, max(0, b - 6), b))):
            # a wire story's "arrived here" / "came here" is the dateline's city ("PYONGYANG, Oct. 4 (Xinhua) --
            # Chinese Premier Wen Jiabao arrived here Sunday"); only "here" right after the travel verb
            wp = self._wire_place
            cands.append((b, "here", (wp.name, wp.iso3)))
        # (the first such word once, not a search per candidate: a list of thousands of countries stays linear)
        barrier = _NOT_DEST_WORD_RE.search(text, b, max((c[0] for c in cands), default=b))
        cands = [c for c in cands if barrier is None or c[0] < barrier.end()]  # "a visit to a country other than China"
        nxt_member = _NEXT_MEMBER_RE.search(text, b, max((c[0] for c in cands), default=b))
        if nxt_member is not None:  # s20: "Leaving here were the delegation of X led by Y, the delegation of ... of Brazil": the
            cands = [c for c in cands if c[0] < nxt_member.start()]  # next member's country is no destination
        # ("visited this place together with the politicians of south Korea": companions, not the destination)
        # "the China-Japan-ROK summit in Seoul": the countries of a hyphenated name are its sides, not its place
        hyphened = [c for c in cands if c[1] == "country" and (re.match(r"[-–/]", text[c[2].end:c[2].end + 1])
                                                                 or re.search(r"[-–/]$", text[max(0, c[0] - 1):c[0]]))]
        if hyphened and any(c[0] > max(h[0] for h in hyphened) and c not in hyphened for c in cands):
            cands = [c for c in cands if c not in hyphened]
        if cands and (withm := _WITH_PARTNER_RE.match(text, b, hi)) is not None:
            # s20: "attended a summit with President of France Emmanuel Macron": the one met, his title's country
            # included, is no place; only a place the words give ("in Brussels", "at the Elysee") is
            cands = [c for c in cands if c[0] < withm.end() or c[1] == "here" or re.search(
                r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, c[0] - 8):c[0]])]
        sides = re.match(r"\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|match|game)\s+between\s+"
                         r"(?:[\w.'’-]+\s+){1,8}?and\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?(?=in\s|at\s)", text[b:hi], re.I)
        if sides is not None and any(c[0] >= b + sides.end() for c in cands):
            # "attend a summit between South Korea and ASEAN in Busan": the sides are not where it is
            cands = [c for c in cands if c[0] >= b + sides.end()]
            b = b + sides.end()
        if not cands and re.match(r"\s*the\s+country\b", text[b:hi], re.I):
            # "his only previous visit to the country": the country the story named last
            earlier = [(st, iso) for st, iso in self._story_country_list if st < b]
            if earlier:
                return earlier[-1][1], None, None
        fed = None if cands else re.match(
            r"\s*(?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:regions?|parts?|areas?|provinces?|territory|territories)\s+of\s+"
            r"the\s+(federation|republic|kingdom|union)\b", text[b:hi], re.I)
        if fed:
            # "his visit to Siberian and Far Eastern regions of the federation": the Russian Federation
            # the story named before
            word = fed.group(1).lower()
            earlier = [(st, iso) for st, iso in self._story_country_list if st < b
                       and word in self._story_country_surface.get(st, "").lower()]
            if earlier:
                return earlier[-1][1], None, None
        if not cands:
            return None, None, None
        cands.sort(key=lambda c: c[0])
        first_pos, kind, obj = cands[0]
        reach = depart if not isinstance(depart, bool) else (120 if depart else 45)
        if first_pos - b > reach and (kind != "person" or first_pos - b > max(reach, 100)
                                      and _REPORT_RE.search(text, b, first_pos + 40)):
            # "his first visit to a Western country since the invasion of Ukraine": too far to be it
            return None, None, None
        # the place must be in the destination's clause: "visit Russia, Lavrov told reporters in Moscow"
        brk = _CLAUSE_BREAK_RE.search(text, first_pos + 1, hi)
        clause_end = brk.start() if brk else hi
        places = _window(places, -1, clause_end, self._windows)  # (the places before clause_end; perf s11)
        if kind == "place":
            named = [c for c in cands if c[1] == "country" and c[0] - obj.end < 80 and c[2].alias_kind != "demonym"
                     and (c[0] < clause_end or re.fullmatch(r",\s*(?:the\s+)?", text[obj.end:c[0]]))
                     and re.search(r"(?:\b(?:in|of)\s+(?:the\s+)?|,\s*)$", text[max(0, c[0] - 8):c[0]])]
            if named and named[0][2].iso3 != obj.iso3:
                # "Amur Region in the Far East of the Russian Federation": the country decides
                first_pos, kind, obj = named[0]
        host_person = None
        place = None
        if kind == "country":
            m = obj
            if m.alias_kind == "demonym" and any(pp.start >= m.end and pp.start - m.end < 30 and pp.kind == "person" for pp in right):
                # "visit Russian President Medvedev": the person is the destination
                nxt = next(pp for pp in right if pp.start >= m.end)
                return nxt.iso3, self._place_of(places, nxt.iso3, b, hi), nxt
            iso = m.iso3
            place = self._place_of(places, iso, b, hi)
        elif kind == "place":
            iso = obj.iso3
            place = obj
        elif kind == "person":
            host_person = obj
            iso = obj.iso3
            place = self._place_of(places, iso, b, hi)
        else:  # here
            name, iso3 = obj
            p = self.registry.place(name)
            iso = iso3
            place = Place(p[0], iso3, p[2], p[3], b, b) if p else None
        return iso, place, host_person

    @staticmethod
    def _also_hosts(text, rec, b, hi, countries, windows=None) -> list[str]:
        """Other countries coordinated with the host: "his visit to Russia and China" -> [CHN]. ``windows``: the cache
        of `_window` (perf s11)."""
        windows = {} if windows is None else windows
        out = []
        host = next((m for m in _window(countries, b, hi, windows) if b <= m.start < hi and m.iso3 == rec.host_iso3), None)
        if host is None:
            return out
        end = host.end
        for m in _window(countries, end, hi, windows):  # (perf s11: the countries with end <= start < hi)
            if m.start < end or m.start >= hi:
                continue
            if (re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[end:m.start])
                    or _REGION_OF_JOIN_RE.fullmatch(text, end, m.start)) and m.alias_kind != "demonym":  # KCNA s8
                if m.iso3 and m.iso3 != rec.host_iso3 and m.iso3 not in out:
                    out.append(m.iso3)
                end = m.end
            else:
                break
        return out

    def _old_date(self, text, published) -> DateSpan | None:
        """The one date with a year the previous sentence gives, when it is well before publication."""
        ps, pe = self._prev_sentence
        spans = [d for d in self.dates.find(text[ps:pe], published, offset=ps) if re.search(r"\d{4}", d.text)]
        if len(spans) == 1 and (published - spans[0].end).days > 60:
            return spans[0]
        return None

    def _search_from(self, pattern, text, b, e):
        """``pattern.search(text, b, e)`` for cues read left to right in one sentence: the first match from ``b`` is also
        the first from any later start up to that match, and none from ``b`` means none later (visits review NW, A: one
        long sentence of many cues is read once, not once per cue)."""
        key = (pattern, e)
        got = self._first_hit.get(key)
        if got is not None and got[0] <= b and (got[1] is None or b <= got[1].start()):
            return got[1]
        m = pattern.search(text, b, e)
        self._first_hit[key] = (b, m)
        return m

    def _onward_hosts(self, text, b, e, countries) -> list[str]:
        """Further legs of one departure: "left here to attend the meeting in Bali, Indonesia and
        to visit Mongolia, Malaysia and Singapore" -> [MNG, MYS, SGP]."""
        m = self._search_from(_ONWARD_RE, text, b, e)
        if m is None:
            return []
        out: list[str] = []
        end = m.end()
        for c in countries:
            if c.start < end or c.start >= e:
                continue
            if c.alias_kind == "demonym":
                break
            gap = text[end:c.start]
            if gap and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", gap) and not (
                    not out and _CITY_COMMA_RE.fullmatch(gap)):  # ("and then to Yokohama, Japan": the city's country)
                break
            if c.iso3 and c.iso3 not in out:
                out.append(c.iso3)
            end = c.end
        return out

    @staticmethod
    def _place_of(places, iso, b, hi):
        for p in places:
            if b <= p.start < hi and p.iso3 == iso:
                return p
        return None

    @staticmethod
    def _first(places, lo, hi):
        for p in places:
            if lo <= p.start < hi:
                return p
        return None

    @staticmethod
    def _last(places, lo, hi):
        found = None
        for p in places:
            if lo <= p.start < hi:
                found = p
        return found

    @staticmethod
    def _country_in(text, countries, lo, hi):
        for m in countries:
            if lo <= m.start < hi and _ADJECTIVAL_COUNTRY_RE.match(text, m.end) and (
                    m.alias_kind == "demonym" or re.search(r"\bto\s+$", text[max(0, m.start - 4):m.start])):
                continue  # s23: "played host to Eritrean President X", "to U.S. President X": the guest's nationality
            if lo <= m.start < hi and re.search(r"\b(?:in|to|on|at)\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start]):
                return m.iso3
            if lo <= m.start < hi and m.alias_kind in ("institution", "capital") and (re.search(
                    r"\bat\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start]) or (m.alias_kind == "institution" and re.search(
                    r"\b(?:in|at)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}of\s+the\s+$", text[max(0, m.start - 50):m.start]))):
                return m.iso3  # "at the Kremlin", "at the Blue House"; s23: "in the Cabinet Room of the White House"
        return None

    def _date(self, dates_for, future, a, b, lo, hi, text, s, frame, e=None) -> DateSpan | None:
        """The cue's own clause on the right first ("will visit Russia on Aug. 24", resolved in the
        cue's tense), then the nearest date on the left in the same clause, resolved in the tense of
        its own words ("Media reported in late June that ... to meet": past; "On Friday he is due
        to travel": ahead), then a date later in the sentence ("on a visit to X, told ... on
        Wednesday"). "since 2002" never dates the trip told: it dates the one before."""
        all_dates = dates_for

        def dates_for(fut: bool) -> list[DateSpan]:  # noqa: F811 - the same dates, less "since ..."
            # perf s11: the sentence's list is filtered once, not once per record of its cues (1,500 records of one
            # sentence were quadratic); keyed by the list itself and the text
            got = all_dates(fut)
            hit = self._since_free.get(id(got))  # (the entry holds the list, so its id is not reused meanwhile)
            if hit is None or hit[0] is not got or hit[1] is not text or hit[2] != len(got):
                hit = (got, text, len(got), [d for d in got if not _is_since(text, d)])
                self._since_free[id(got)] = hit
            return hit[3]

        if frame in ("invite_noun", "invite_verb"):
            # "invited Moon to visit Russia next year" dates the trip; "asked him to Pyongyang in
            # October" dates the asking
            # (visits dates round: "for next year's summit", "to this month's forum": the event's time dates the trip)
            if not re.search(r"\bto\s+(?:visit|come|travel|pay)\b|\b(?:to|for)\s+(?:the|(?:next|this|the\s+coming)\s+"
                             r"(?:year|month|week)['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:forum|summit|"
                             r"celebrations?|parade|games|olympics|conference|ceremony|festival)\b", text[a:hi], re.I):
                return None  # (the date of the event invited to: "invited Moon to the forum in Vladivostok in September")
            brk = self._search_from(_CLAUSE_BREAK_RE, text, b, hi)  # (perf s9: one pass for the many records of one cue)
        else:
            brk = self._search_from(_REPORT_RE, text, b, hi)  # (perf s9: one pass for the many records of one cue)
        right_end = brk.start() if brk else hi
        if (open_time := self._open_time_re.search(text, b, min(right_end, b + 200))) is not None and not any(
                b <= d.char_start < open_time.start() for d in dates_for(future)):
            return None  # visits dates round: "agreed to visit Seoul at an appropriate time, under an accord signed on ..."
        # perf s11: no "since" after the cue, no slice to search (the story's "since" words are found once)
        if self._since_free.get("text") is not text:
            self._since_free["text"] = text
            self._since_free["ends"] = [(m.start(), m.end()) for m in _SINCE_WORD_RE.finditer(text)]
        k = bisect.bisect_left(self._since_free["ends"], (b, -1))
        since_end = self._since_free["ends"][k][1] if k < len(self._since_free["ends"]) else None
        for d in dates_for(future):
            if since_end is not None and since_end <= d.char_start and re.search(
                    r"\bsince\s+(?:[\w'’.-]+\s+){1,}", text[b:d.char_start], re.I):
                continue  # "... to visit since Abe came in February 2018": the earlier trip's date
            if (b <= d.char_start < right_end) or (frame == "meet" and a <= d.char_start and d.char_end <= b):
                return d  # (inside the cue: "the summit held last June between")
        if frame in ("invite_noun", "invite_verb"):
            return None
        noun = re.search(r"(?:visit|trip|tour|journey)\s+to$", text[a:b], re.I)
        before_leg = text.startswith(("before ", "Before "), a)  # (s18) "..., before flying to Cairo"
        # (perf s11: only the last date that passes is read, so the dates are read from the end and the first that
        # passes is kept: a sentence of 1,500 dates and records was quadratic)
        before = list(itertools.islice((d for d in reversed(dates_for(False)) if d.char_end <= a
                  and (not _SAID_RE.search(text, max(s, d.char_start - 14), d.char_start)
                       # "said on Thursday after talks in Moscow with": the talks' day too
                       or re.fullmatch(r"\s*(?:after|during|at|following|before)\s*", text[d.char_end:a], re.I)
                       # (s18) "Cheong Wa Dae said Sunday, as President Lee flew to Abu Dhabi": the same day
                       or _AS_AFTER_SAID_DAY_RE.fullmatch(text, d.char_end, a)
                       or (d.precision == "day" and _DAYS_AFTER_SAID_DAY_RE.fullmatch(text, d.char_end, a)))
                  # "grew 27 percent last year ..., Putin said after talks in Moscow": another clause
                  # (s18: but "X on Monday made a stop at P, where he announced ..., before flying to Cairo": the leg
                  # after the day's stop, whatever the clause between reports)
                  and (before_leg or not self._hit_before(_REPORT_RE, text, d.char_end, e if e is not None else max(a, hi), a))
                  # "arrived in Paris on Sunday, kicking off a tour that will also take him to Serbia": that clause's
                  and not self._hit_before(_ING_THAT_RE, text, d.char_end, e if e is not None else max(a, hi), a)
                  # "congratulated on Sept. 2 on his visit to Russia": that date is not the visit's
                  and not (noun and (_NOT_VISIT_DATE_RE.search(text, d.char_start, a)
                                     or _PRAISED_TRIP_RE.search(text, max(s, d.char_start - 40), d.char_start)))), 1))
        if before:
            d = before[-1]
            gap = _DAYS_AFTER_SAID_DAY_RE.fullmatch(text, d.char_end, a) if d.precision == "day" else None
            if gap is not None:
                # (s18) "announced Monday, a day after the emir flew in": the trip a day before (after) that day
                n = _DAYS_WORDS.get(gap.group("n").lower(), 1)
                shift = dt.timedelta(days=-n if gap.group("rel").lower() == "after" else n)
                return replace(d, start=d.start + shift, end=d.end + shift)
            clause_start = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text, s, d.char_start)), default=s)
            if future or FUTURE_RE.search(text, clause_start, d.char_end):
                future_twin = [x for x in dates_for(True) if x.char_start == d.char_start]
                return future_twin[0] if future_twin else d
            return d
        if e is not None and (not noun or re.match(r"(?:on|during)\s", text[a:b], re.I)):
            under_way = re.match(r"(?:on|during)\s", text[a:b], re.I) is not None
            # (perf s11: only the first date that passes is read, and only for these frames)
            later = list(itertools.islice((d for d in (dates_for(future) if frame in ("travel", "meet", "depart", "visiting")
                                                       else ()) if d.char_start >= right_end and d.char_end <= e
                     # ("X on a visit to Uruguay said on Mar. 30": said during the visit, its day)
                     and (under_way or not _SAID_RE.search(text, max(s, d.char_start - 14), d.char_start))
                     # "the first premier to visit since Abe came ... in February 2018": the earlier trip's date
                     and not re.search(r"\bsince\b", text[b:d.char_start], re.I)
                     # "met him at the border and said the leader would reach the capital on August 4"
                     and not re.search(r"\b(?:said|says|told|announced|added)\b[^.;]*\b(?:would|will|is\s+to|was\s+to)\b",
                                       text[b:d.char_start], re.I)), 1))
            if later and frame in ("travel", "meet", "depart", "visiting"):
                return later[0]
        return None

    def _parties(self, text, s, e, mentions, persons_seen, last_subject, title_iso3, home=None) -> list[Party]:
        """People, delegations, "the North Korean leader" and pronouns of one sentence, in order."""
        sent_places = None  # the sentence's places, found on first use
        out: list[Party] = []
        sentence = text[s:e]
        for m in mentions:
            if m.kind == "person":
                if " of " in text[max(s, m.start - 70):m.start] and (
                        kin := self._kin_appositive_re.search(text, max(s, m.start - 140), m.start)) is not None and re.match(
                        r"(?:\s+of\s+[^,;.]{1,40}?)?\s*,", text[m.end:m.end + 60]):
                    # s22: "X, the sister of leader Y, met ...": X, with Y's country, not Y
                    k = next((i for i, p in enumerate(out) if p.kind == "person" and p.start == kin.start("name")), None)
                    if k is not None and (out[k].actor_id == m.actor_id or out[k].end < kin.end("name")):
                        del out[k]  # ("Kim Hong Gol, son of ... Kim Dae Jung": "Kim" read as the father's surname)
                        k = None
                    if k is None:
                        name = kin.group("name")
                        out.append(Party(kin.start("name"), kin.end("name"), f"person:{slug(name)}", name, m.iso3, "person"))
                    elif out[k].iso3 is None:
                        out[k] = replace(out[k], iso3=m.iso3)  # (a name the story does not place: the relative's country)
                    continue
                out.append(Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person"))
        for dm in _GROUP_RE.finditer(sentence):
            if re.match(r"\s+of\s+(?:traitors|warmongers|fascists|puppets)\b", sentence[dm.end():dm.end() + 20], re.I) or \
                    re.search(r"\bpuppet\s+$", sentence[max(0, dm.start() - 8):dm.start()], re.I):
                continue  # "the puppet group of traitors of south Korea": an epithet, not a travelling group
            if re.match(r"group|choir|chorus|squad", dm.group(), re.I) and (
                    any(p.kind == "delegation" and p.start <= s + dm.start() < p.end for p in out)
                    or re.search(r"\b(?:of|for|to|in|by)\s+(?:the|this|its|their|our)\s+$", sentence[max(0, dm.start() - 12):dm.start()], re.I)):
                continue  # "a delegation of the French Group for ...", "chairman of the group of the Senate": no traveller
            if dm.group().lower() == "delegate" and not any(
                    m.kind == "country" and re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?", text[s + dm.end():m.start])
                    for m in mentions if m.start > s + dm.end()):
                continue  # one delegate is a traveller only as "a delegate of French/from Italy"
            pre = sentence[max(0, dm.start() - 90):dm.start()]
            dets = list(re.finditer(r"(?:^|\b)(?:a|an|the|its|their|his|her|visiting)\s", pre, re.I))
            np_start = s + (dm.start() - len(pre) + dets[-1].start() if dets else dm.start())
            if not dets and re.search(r"[A-Z][\w.-]*\s+$", pre):  # "Chinese Delegation", "DPRK delegation"
                w = re.search(r"(?:[A-Z][\w.'’-]*\s+){1,3}$", pre)
                np_start = s + dm.start() - len(w.group())
            # "Delegations and delegates from China, ...": the second noun shares the "from" phrase
            conj = re.match(r"\s+and\s+(?:delegates|delegations|exhibitors|representatives|observers|guests|members)\b", sentence[dm.end():dm.end() + 40], re.I)
            tail = _NP_TAIL_RE.match(sentence, dm.end() + (conj.end() if conj else 0))
            np_end = s + (tail.end() if tail else dm.end())
            nxt = re.search(r",?\s+and\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _GROUP_RE.pattern, text[s + dm.end():np_end], re.I)
            if nxt:  # "a delegate of French and a delegation of Italy": the next listed group is not this one's name
                np_end = s + dm.end() + nxt.start()
            iso = None
            listed: list[Mention] = []
            # (perf s17: the mentions inside the noun phrase by bisection, not a walk of the sentence's mentions per group)
            for m in _window(mentions, np_start, np_end, self._windows):
                if m.kind == "country" and np_start <= m.start < np_end:
                    iso = m.iso3
                    if dm.group()[-1:].lower() == "s" and (re.search(r"\b(?:of|from)\s+(?:the\s+)?$", text[max(s, m.start - 12):m.start])
                                                           # round 19: "Teams of foreign countries and regions including A, B"
                                                           or _INCLUDING_RE.search(text, max(s, m.start - 60), m.start)):
                        listed = self._country_list(text, m, mentions, e)
                    break
            if iso is None:
                # "a delegation of the Dandong Municipal Committee", "the Amur Region Legislative Assembly":
                # a foreign town or region inside the noun phrase gives the group its country
                if sent_places is None:  # (once per sentence, not per group: "X of Y of Z ..." stays linear)
                    sent_places = self.places.find(text, s, e, [], self._story_countries)
                for pl in (p for p in sent_places if np_start <= p.start < np_end):
                    if any(m.start <= pl.start < m.end for m in mentions if m.kind != "country"):
                        continue  # "the Kim Il Sung Socialist Youth League": a name, not the town "Kim"
                    if pl.iso3 not in self._story_countries and not re.search(
                            r"\s(?:Region|Province|Oblast|Krai|Territory|Prefecture)$", pl.name) and not re.match(
                            r"(?:[\s-]+(?:(?i:municipal|provincial)|City|Provincial|Province|Region|Regional|Territory|Oblast|Krai|"
                            r"Prefecture|County|District|Mount)\b|-Mt\.)", text[pl.end:pl.end + 14]):
                        continue  # ("Dalian-Mt. Kumgang tourism", "Dandong Municipal Committee"; else a town of a story's country)
                    if pl.iso3 and not (home and pl.iso3 == home[1]):
                        iso = pl.iso3
                        break
            if iso is None and (route := _ROUTE_TOWN_RE.search(text, np_start, np_end)) is not None:
                # s19: "A Harbin-Mt. Kumgang tourist group arrived in Wonsan": the tour's foreign town of departure
                hit = self.registry.place(route.group(1))
                if hit is not None and hit[1] and not (home and hit[1] == home[1]):
                    iso = hit[1]
            if iso is None:
                for m in _window(mentions, np_start, np_end, self._windows):
                    if m.kind == "organisation" and np_start <= m.start < np_end:
                        actor = self.registry.actors.get(m.actor_id)
                        iso = actor.iso3 if actor else None
                        break
            if iso is None:
                # "a home-visiting group of students ... at Korean University of the General Association of Korean
                # Residents in Japan led by ...": overseas Koreans are recorded by the country they live in
                clause = re.match(r"[^,;.]{0,160}?(?=\s+(?:led|headed)\s+by\b|[,;.]|\s+(?:arrived|left|visited|toured|paid|laid|"
                                  r"returned|came|met)\b|$)", text[np_end:e])
                for m in mentions:
                    if m.kind == "country" and m.iso3 and np_end <= m.start <= np_end + (clause.end() if clause else 0) and re.search(
                            r"\bKorean(?:s|\s+(?:residents|compatriots|nationals))\s+in\s+(?:the\s+)?$", text[max(s, m.start - 30):m.start], re.I):
                        iso = m.iso3
                        np_end = m.end
                        break
                for m in mentions if iso is None else ():
                    # "... in their final year at Korean University of Chongryon": the overseas Koreans' association
                    actor = self.registry.actors.get(m.actor_id) if m.kind == "organisation" else None
                    if actor is not None and actor.org_type == "association" and actor.iso3 \
                            and np_end <= m.start <= np_end + (clause.end() if clause else 0):
                        iso = actor.iso3
                        break
            if iso is None:
                # "The group for the first Yanji-Mt. Kumgang tour led by P, general manager of the ... Agency of China,
                # arrived here": a group whose name gives no country takes the one ending its leader's appositive
                app = re.compile(r"(?:[^,;.]|(?<=Mt)\.|(?<=St)\.){0,80}?\s+(?:led|headed)\s+by\s+(?:(?-i:[A-Z])[\w'’.-]*\s*){1,5},\s+(?:[\w'’.-]+\s+){1,4}?"
                               r"of\s+[^,;]{0,120}?(?=,\s+(?:arrived|left|visited|toured)\b|\s+(?:arrived|left)\b)").match(text, np_end, e)
                if app:
                    last = [m for m in _window(mentions, app.end() - 100, app.end(), self._windows) if m.kind == "country" and m.iso3
                            and m.alias_kind not in ("demonym", "capital") and m.end == app.end()]
                    if last:
                        iso = last[0].iso3
            if iso is None and (led_at := _LED_BY_RE.search(text, np_end, min(e, np_end + 100))) is not None and \
                    not re.search(r"[;.]|\b(?:and|which|who|to)\b", text[np_end:led_at.start()].replace("C.C.", "CC")):
                # round 17: "a delegation of the International Liaison Department of the C.C., the Communist Party of
                # China led by ...": the name runs on past the abbreviation to "led by"; its organisation's country
                for m in _window(mentions, np_end, led_at.start(), self._windows):
                    if np_end <= m.start < led_at.start() and m.iso3 and (m.kind == "organisation" or (
                            m.kind == "country" and m.alias_kind not in ("demonym", "capital"))):
                        iso = m.iso3
                        np_end = led_at.start()
                        break
            if iso is None and dm.group().lower().startswith("deleg"):
                iso = title_iso3
            if iso is None and home and home[1] in ("PRK", "KOR") and re.search(
                    r"(?<!Republic of )(?<![Ss]outh )(?<!S\. )\bKorea\b", text[np_start:np_end]):  # (s19: not "flew into south Korea")
                iso = home[1]  # "the General Federation of Trade Unions of Korea" in a Korean outlet's story
            loose = re.match(r"group|choir|chorus|squad|footballers|wrestlers|boxers|gymnasts|weightlifters|skaters|swimmers|judoists",
                             dm.group(), re.I)
            if loose and iso is None and (
                    not (_RETURN_NEWS_RE.search(sentence) or re.search(r"\b(?:visited|toured)\b", sentence))
                    or re.search(r"\b(?:conservative|ruling|puppet|traitor\w*|reactionar\w*|fascist|right-wing|ultra-right|sit-in|"
                                 r"bellicose|military|mourners['’]?)\s+$", sentence[max(0, dm.start() - 20):dm.start()], re.I)
                    or re.search(r"right-wing|ultra-right|conservative|reactionar|puppet|politicians", text[np_start:np_end], re.I)
                    or re.match(r"\s+(?:prizes?|photos?|photograph|exercises?|games?|stage|discussions?|leaders?)\b",
                                sentence[dm.end():dm.end() + 14], re.I)):
                continue  # a home group counts as a traveller only in news of a trip; "the conservative group" never
            if iso is None and not (home and re.match(r"deleg|orchestra|troupe|ensemble|team|players|athletes|sportspersons|group|choir|chorus|squad|"
                                                   r"footballers|wrestlers|boxers|gymnasts|weightlifters|skaters|swimmers|judoists",
                                                   dm.group(), re.I)):
                continue  # (a home outlet's unnamed group is placed later, if it goes abroad)
            if iso is None:  # "a delegation of the Ministry of Railways": placed later if it goes abroad
                party = Party(np_start, np_end, _UNPLACED, "delegation", None, "delegation")
            else:
                actor = self.registry.actors.get(f"country:{iso}")
                party = Party(np_start, np_end, f"country:{iso}", f"{actor.name if actor else iso} delegation",
                              iso, "delegation")
            out.append(party)
            for m in listed[1:]:  # "delegations of Germany, Singapore and Italy": one party per country
                if m.iso3 and m.iso3 != iso:
                    actor = self.registry.actors.get(f"country:{m.iso3}")
                    out.append(Party(m.start, m.end, f"country:{m.iso3}", f"{actor.name if actor else m.iso3} delegation",
                                     m.iso3, "delegation"))
            led = _LED_BY_RE.match(text, np_end) or _LED_BY_RE.search(text, np_end, min(e, np_end + 12))
            if led:
                for p in out:
                    if p.kind == "person" and 0 <= p.start - led.end() <= 60 and not re.search(r"\band\s+$", text[led.end():p.start]):
                        # (round 17: "led by its Head X and Y, secretary of ...": Y, after "and", is another traveller)
                        p.iso3 = p.iso3 or iso  # "led by Vice-Chairman Chen Zongxing": a Chinese
                        if iso is None and p.iso3 and party.actor_id == _UNPLACED:
                            # "the delegation of the Organizing Committee ... led by X, president of the German
                            # Football Association": the delegation of its leader's country
                            iso = p.iso3
                            party.iso3 = iso
                        # the delegation and its head are one visitor: one record, not two
                        party.actor_id, party.name, party.person_id = p.actor_id, p.name, p.actor_id
                        break
        # "the North Korean leader", "the Russian president": the last person of that country
        for m in mentions:
            if m.kind != "country" or m.alias_kind not in ("demonym", "name", "short", "abbrev"):
                continue
            after = text[m.end:m.end + 30]
            rest = re.sub(r"^(?:['’]s?)?\s*", "", after)  # ("'s " or a space; not the "s" of "secretary")
            rm = _ROLE_REF_RE.match(rest) if after[:1] in " '’" else None
            if not rm:
                continue
            if re.match(r"\s*(?:Mc|O')?[A-Z][a-z]", rest[rm.end():]):
                continue  # a name follows: the person mention covers it
            possessive = after[:1] in "'’"
            indefinite = (not possessive and (art := _INDEFINITE_OFFICIAL_RE.search(text, max(s, m.start - 40), m.start))
                          is not None and _INDEFINITE_NOT_AFTER_RE.search(text, max(s, art.start() - 12), art.start()) is None)
            if not possessive and not indefinite and not re.search(r"\bthe\s+(?:visiting\s+)?$", text[max(s, m.start - 14):m.start], re.I):
                continue
            if indefinite:
                # s20: "a Russian deputy foreign minister will visit India", "a senior Chinese official arrived": someone of
                # that country, not named (a one-person delegation, as the readers annotate "a Turkish cabinet minister")
                if m.iso3 and not re.match(r"former\b", rm.group(), re.I):
                    end = m.end + (len(after) - len(rest)) + rm.end()
                    actor = self.registry.actors.get(f"country:{m.iso3}")
                    out.append(Party(m.start, end, f"country:{m.iso3}", f"{actor.name if actor else m.iso3} official",
                                     m.iso3, "delegation"))
                continue
            if possessive and re.search(r"[a-z]\s*,\s*$", text[max(s, m.start - 4):m.start]) and any(
                    p.kind == "person" and 0 < m.start - p.end <= 3 for p in out):
                continue  # "Sergei Lavrov, Russia's foreign minister, ...": the appositive of a name
            prior = [p for p in persons_seen if p.iso3 == m.iso3] + [
                p for p in mentions if p.kind == "person" and p.iso3 == m.iso3 and p.start < m.start]
            end = m.end + (len(after) - len(rest)) + rm.end()
            if (own := _OWNER_ENVOY_RE.match(text, end, min(len(text), end + 60))) is not None:
                # s10 R2: "the Nepali king's envoy", "the Lao president's special envoy", "the Cuban leader's
                # delegation": the office holder only sends them; the party is one of that country, not the holder
                if m.iso3:
                    actor = self.registry.actors.get(f"country:{m.iso3}")
                    out.append(Party(m.start, own.end(), f"country:{m.iso3}", f"{actor.name if actor else m.iso3} delegation",
                                     m.iso3, "delegation"))
                continue
            if prior and not possessive:
                p = prior[-1]
                out.append(Party(m.start, end, p.actor_id, p.name, p.iso3, "person"))
            elif m.iso3 and not possessive and (holder := self._office_holder(m.iso3, rm.group())) is not None:
                # ("Japan's prime minister is set to travel": the country's, as the tests want, no name given)
                # "the DPRK foreign minister left here": the registry's holder of that office on the day
                actor = self.registry.actors.get(holder)
                out.append(Party(m.start, end, holder, actor.name if actor else holder, m.iso3, "person"))
            elif m.iso3:  # "Japan's prime minister": someone of that country, name not given
                actor = self.registry.actors.get(f"country:{m.iso3}")
                out.append(Party(m.start, end, f"country:{m.iso3}", f"{actor.name if actor else m.iso3} {rm.group().lower()}",
                                 m.iso3, "delegation"))
        # "the Russian leader invited his host to Moscow": the person of the country the subject's trip went to
        for hm in re.finditer(r"\b(?:his|her)\s+hosts?\b", text[s:e], re.I) if " host" in text[s:e] else ():
            hs = s + hm.start()
            owner = next((p for p in sorted(out, key=lambda p: p.start, reverse=True) if p.end <= hs and p.kind == "person"), None)
            trip = next((r for r in reversed(getattr(self, "_records", [])) if owner is not None and r.visitor.actor_id == owner.actor_id
                         and not r.is_domestic and r.status == "occurred"), None)
            if trip is None:
                continue
            pool = list(persons_seen) + [m for m in mentions if m.kind == "person" and m.end <= hs]
            host = next((m for m in reversed(pool) if m.iso3 == trip.host_iso3), None)
            if host is not None:
                out.append(Party(hs, s + hm.end(), host.actor_id, host.name, host.iso3, "person"))
        # "After Pyongyang, the head of state will travel to Vietnam": the person the story is about
        if last_subject is not None and last_subject.kind == "person" and "head of state" in text[s:e].lower():
            for hm in re.finditer(r"\bthe\s+head\s+of\s+state\b(?!\s+of\b|s)", text[s:e], re.I):
                if not any(p.start <= s + hm.start() < p.end for p in out):
                    out.append(Party(s + hm.start(), s + hm.end(), last_subject.actor_id, last_subject.name,
                                     last_subject.iso3, "person"))
        # "the prime minister of Laos", "the visiting president of Cuba": an office of the country after it
        for m in mentions:
            if m.kind not in ("country", "organisation") or m.alias_kind in ("demonym", "capital") or not m.iso3:
                continue  # (round 17: an organisation of a country too: "the special envoy of the U.S. State Department")
            rm = _ROLE_OF_RE.search(text, max(s, m.start - 140), m.start)
            if rm is not None and rm.group("det").lower() != "the" and not rm.group("portfolio"):
                continue  # ("the first visit ... by a president of the South": no one in particular; "a vice-minister
                # of Defense of Japan" names an office)
            if rm is None or rm.end() != m.start or (re.search(r",\s*$", text[max(s, rm.start() - 3):rm.start()]) and not re.search(
                    r"^\s*(?:[\w-]+\s+){0,2}[\w-]+,\s*$", text[s:rm.start()])):
                continue  # (", the first leader of the South to do so,": an appositive of the name before; not after an
                # opening adverbial, "Shortly ago, a vice-minister of Defense of Japan toured ...")
            if any(p.kind == "person" and 0 <= p.start - m.end <= 3 for p in out):
                continue  # "the President of Russia Vladimir Putin": the name covers it
            actor = self.registry.actors.get(f"country:{m.iso3}")
            out.append(Party(rm.start(), m.end, f"country:{m.iso3}",
                             f"{actor.name if actor else m.iso3} {rm.group('role').lower()}", m.iso3, "delegation"))
        # "the two leaders met": the last two people of different countries the story named
        for tm in _TWO_RE.finditer(sentence):
            ts = s + tm.start()
            pool = list(persons_seen) + [m for m in mentions if m.kind == "person" and m.end <= ts]
            picked: list[Mention] = []
            for m in reversed(pool):
                if m.iso3 and all(m.iso3 != q.iso3 for q in picked):
                    picked.append(m)
                if len(picked) == 2:
                    break
            if len(picked) == 2:
                second, first = picked
                pb = Party(ts, s + tm.end(), second.actor_id, second.name, second.iso3, "person")
                out.append(Party(ts, s + tm.end(), first.actor_id, first.name, first.iso3, "person", pair=pb))
        for tm in _N_MET_RE.finditer(sentence):
            ts = s + tm.start()
            if any(p.start == ts for p in out):
                continue  # ("the two leaders met": above)
            want = {"two": 2, "three": 3, "four": 4}[tm.group("n").lower()]
            pool = list(persons_seen) + [m for m in mentions if m.kind == "person" and m.end <= ts]
            picked = []
            for m in reversed(pool):
                if m.iso3 and all(m.iso3 != q.iso3 for q in picked):
                    picked.append(m)
                if len(picked) == want:
                    break
            if len(picked) == want:
                chain = None
                for m in reversed(picked[1:]):
                    chain = Party(ts, s + tm.end(), m.actor_id, m.name, m.iso3, "person", pair=chain)
                first = picked[0]
                out.append(Party(ts, s + tm.end(), first.actor_id, first.name, first.iso3, "person", pair=chain))
        # "by its unification minister": the office of the country named before
        for im in re.finditer(r"\bits\s+(?:[\w-]+\s+){0,2}?(?:minister|president|premier|leader|envoy|delegation|chief|head)\b", sentence, re.I):
            owner = [m for m in mentions if m.kind == "country" and m.end <= s + im.start()]
            if owner and owner[0].iso3:
                iso = owner[0].iso3  # the sentence's first country, its subject as a rule
                actor = self.registry.actors.get(f"country:{iso}")
                out.append(Party(s + im.start(), s + im.end(), f"country:{iso}", f"{actor.name if actor else iso} official",
                                 iso, "delegation"))
        out.sort(key=lambda p: (p.start, p.end))
        # pronouns: "He" opening a sentence is the last subject; "him" is this sentence's subject
        resolved: list[Party] = []
        stops_at: list[int] = []  # perf s12: where the sentence has ; : " or “ (found on first use)

        def _stop_between(lo, hi):
            # re.search(r"[;:\"“]", text[lo:hi]) is not None, by bisection over the sentence's marks (a long sentence
            # of many pronouns read its text once per pronoun)
            if not (s <= lo and hi <= e):
                return re.search(r"[;:\"“]", text[lo:hi]) is not None
            if not stops_at:
                stops_at.extend(k.start() for k in _STOP_MARK_RE.finditer(text, s, e))
                stops_at.append(e)  # (a sentinel past every range, so the list is never empty again)
            k = bisect.bisect_left(stops_at, lo)
            return stops_at[k] < hi
        for pm in _PRONOUN_RE.finditer(sentence):
            ps, pe = s + pm.start(), s + pm.end()
            word = pm.group().lower()
            if word == "its":  # "The flotilla ... hosted a reception in connection with its visit to the DPRK"
                group = [p for p in out if p.kind == "delegation" and p.end <= ps]
                if group and re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b", text[pe:pe + 40], re.I):
                    ref = group[-1]
                    resolved.append(Party(ps, pe, ref.actor_id, ref.name, ref.iso3, ref.kind))
                continue
            if word == "it":  # "when it paid a courtesy call": the delegation named before
                group = [p for p in out if p.kind == "delegation" and p.end <= ps]
                if not group and ps - s < 3 and self._last_group is None and not self._looking_back:
                    # round 18: "The delegation of the X League gave its impressions to a paper. It visited the DPRK
                    # from ...": the sentence before told no trip, so its parties were never read; read them now
                    sentences, si = self._sentences, self._si
                    if sentences and si > 0 and sentences[si - 1][1] <= s:
                        self._looking_back = True
                        try:
                            ps0, pe0 = sentences[si - 1]
                            before_ments = [m for m in self._all_mentions if ps0 <= m.start < pe0]
                            earlier = self._parties(text, ps0, pe0, before_ments, [], None, None, home)
                        finally:
                            self._looking_back = False
                        for p in earlier:  # a group not yet placed: the first foreign country its phrase names
                            if p.kind == "delegation" and self._last_group is None:
                                iso = next((m.iso3 for m in before_ments if m.kind == "country" and m.iso3
                                            and p.start <= m.start < p.end and m.alias_kind != "capital"
                                            and not (home and m.iso3 == home[1])), None)
                                if iso is not None:
                                    self._last_group = replace(p, actor_id=f"country:{iso}", iso3=iso)
                if not group and ps - s < 3 and self._last_group is not None:
                    group = [self._last_group]  # "It held talks ...": the delegation of the sentence before
                # (s21: "It is visiting the DPRK on ...")
                if group and re.match(r"\s+(?:paid|arrived|left|visited|came|was|will|held|had|met|toured|is\s+visiting)\b", text[pe:pe + 16]):
                    ref = group[-1]
                    resolved.append(Party(ps, pe, ref.actor_id, ref.name, ref.iso3, ref.kind))
                continue
            praise = (word in ("his", "her") and re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?)\b", text[pe:pe + 40], re.I)
                      and re.search(r"\b(?:hailing|celebrating|congratulating|praising|acclaiming|welcoming)\b", text[s:ps], re.I))
            if word == "his" and not praise and not re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|journey|stay|way)\b", text[pe:pe + 40], re.I):
                continue  # "his counterpart" is someone else; "his visit" is his
            before = [p for p in out if p.end <= ps]
            # ("Speaking at a forum in Shanghai during his visit to China in May, Mishustin said": the same)
            # (s19: a verb in -ing may come first: "After wrapping up his visit to China, Putin flew to Tokyo")
            opener = re.match(r"\s*(?:(?:Since|After|Before|During|Following|Upon|On|Despite|Ahead\s+of|Like|Unlike)\s+"
                              r"(?:(?-i:[a-z])+ing\s+(?:(?:up|out|off)\s+)?)?|"
                              r"(?:Speaking|Addressing|Talking|Writing|Commenting|Answering|Standing)\b[^,;]{0,80}?\b)(?:his|her)\b",
                              sentence) if word in ("his", "her") else None
            if opener and s + opener.end() == pe:
                # "Since his visit to Moscow in 2019, Kim Jong Un ...": the subject after the comma
                comma = sentence.find(",", pm.end())
                main = next((p for p in out if comma >= 0 and p.kind == "person" and p.start >= s + comma
                             and re.fullmatch(r",\s*(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4})?", text[s + comma:p.start])), None)
                if main is not None:
                    resolved.append(Party(ps, pe, main.actor_id, main.name, main.iso3, main.kind))
                    continue
            if praise and (focus := self._focus_visitor(si_of=s)) is not None and not any(
                    p.actor_id == focus.actor_id for p in before):
                # round 17: "X and Y made a statement hailing his successful visits to Russia and China": the traveller
                # the story is about (its last trip record), not the one who hails
                resolved.append(Party(ps, pe, focus.actor_id, focus.name, focus.iso3, focus.kind))
                self._praise_owners.add(ps)
                continue
            if word in ("he", "she", "his"):
                ref = before[-1] if before and before[-1].kind == "person" and not re.search(r"[,;]", text[before[-1].end:ps]) else None
                if word == "his" and before and (near := self._near_person_his(text, before, ps, pe)) is not None:
                    ref = near  # KCNA s8: the trip noun's owner, as for a hailed trip
                    self._praise_owners.add(ps)
                if ref is None and before and before[0].kind == "person" and before[0].start - s < 5 and re.match(
                        r"['’]s\b", text[before[0].end:before[0].end + 2]) and not _stop_between(before[0].end, ps):
                    ref = before[0]  # "Putin's only previous visit was in July 2000, when he met Kim Jong Il": the topic
                if (ref is None and word in ("he", "she") and before and before[0].kind == "person"
                        and (_OPENING_TITLE_RE.fullmatch(text, s, before[0].start)
                             or text.startswith("'s", before[0].end) or text.startswith("’s", before[0].end))
                        and _SUBORDINATE_HE_RE.search(text, max(s, ps - 14), ps)
                        and all(p.actor_id == before[0].actor_id for p in before if p.kind == "person")
                        and not _stop_between(before[0].end, ps)):
                    ref = before[0]  # "Xi has not travelled abroad since January 2020, when he visited Myanmar", "The
                    # trip is Kim's first since January 2019, when he visited Beijing": the main clause's subject or
                    # owner, the only person named before (not the story's last subject)
                if ref is None and word in ("he", "she"):
                    # "Abbas was likely to cancel his visit, ... could not secure his safety once he arrives": the
                    # person an earlier "his" of this sentence stood for, when no one is named in between
                    prior = [r for r in resolved if r.kind == "person" and r.end <= ps]
                    if prior and not any(p.kind == "person" and prior[-1].end <= p.start < ps for p in out):
                        ref = prior[-1]
                if (ref is None and word in ("he", "she") and ps - s > 3 and self._office_subject_re.match(sentence)
                        and not any(p.kind == "person" and p.start < ps for p in out)):
                    continue  # visits session 7c: "The premier said he would ...", the office left unresolved
                    # (two premiers named): "he" is that office's holder, not the story's last subject
                if (ref is None and last_subject is None and word in ("he", "she") and persons_seen
                        and _REPORTED_PRONOUN_RE.search(text, max(s, ps - 40), ps)
                        and len({m.actor_id for m in persons_seen}) == 1 and persons_seen[0].actor_id
                        and not any(p.kind == "person" for p in before)):
                    # KCNA s8: "The X Committee issued a statement extolling Kim Jong Il. It said that he visited ...":
                    # a story opened by a body, one person named so far: a reported "he" is that person
                    first = persons_seen[0]
                    ref = Party(first.start, first.end, first.actor_id, first.name, first.iso3, "person")
                ref = ref or last_subject
                if (ref is not None and word in ("he", "she") and ps - s < 3 and ref.kind == "person" and ref.iso3
                        and ref.actor_id == getattr(last_subject, "actor_id", None)
                        and self._onward_re.search(sentence)
                        and (focus_rec := self._focus_record(si_of=s)) is not None
                        and focus_rec.visitor.actor_id != ref.actor_id and focus_rec.visitor.iso3
                        and focus_rec.visitor.iso3 != ref.iso3 and focus_rec.host_iso3 == ref.iso3):
                    # visits session 7c: "X arrived in P. P's president hosted him. He also met Y before leaving for
                    # Q": the host is at home; the one who leaves for the next leg is the story's traveller
                    ref = focus_rec.visitor
                if (ref is not None and word in ("he", "she") and ps - s < 3
                        and any(p.actor_id == ref.actor_id and p.start > pe for p in out)
                        and (focus := self._focus_visitor(si_of=s)) is not None and focus.actor_id != ref.actor_id):
                    # round 16: "Yang met the delegation led by Lysenko. She paid a courtesy call on Yang": a pronoun
                    # never stands for someone its own sentence names after it; it is the traveller the story
                    # has in focus (the visitor of its last trip record)
                    ref = focus
            else:  # "him": the subject of this sentence when that is "He", else the story's last subject
                if resolved and resolved[0].start - s < 5:
                    ref = resolved[0]
                elif last_subject is not None and not (before and before[0].actor_id == last_subject.actor_id
                                                       and len(before) == 1 and before[0].start - s > 40):
                    ref = last_subject
                else:
                    ref = before[0] if before else None
            if ref is not None and word in ("she", "her") and ref.kind == "person" and (
                    fem := female_referent(self._wire12, text, self._all_mentions, ps, ref.actor_id)) is not None:
                # s12: "Obama met Queen Elizabeth ... Her trip to Canada": the nearest woman a title names, not a man
                ref = Party(fem.start, fem.end, fem.actor_id, fem.name, fem.iso3, "person")
            elif ref is not None and word in ("he", "his", "him") and ref.kind == "person" and (
                    man := female_referent(self._wire12, text, self._all_mentions, ps, ref.actor_id, male=True)) is not None:
                ref = Party(man.start, man.end, man.actor_id, man.name, man.iso3, "person")  # s12: the mirror ("His trip")
            if ref is not None:
                resolved.append(Party(ps, pe, ref.actor_id, ref.name, ref.iso3, ref.kind))
        # (s21: "They visited the DPRK to take part in ...", "They are visiting ...")
        they = re.match(r"\s*They\s+(?=(?:[\w-]+\s+){0,2}?(?:returned|came|flew|arrived|left|went|(?:visited|visiting)(?!\s+(?:it|them)\b))\b)",
                        sentence)
        if they is not None and not any(p.start < s + they.end() for p in out):
            # "They returned home on Saturday.": the group the story told about before
            ref = self._group_before(text, s, home)
            if ref is not None:
                resolved.append(Party(s + they.start() + sentence[they.start():].find("They"), s + they.end() - 1,
                                      ref.actor_id, ref.name, ref.iso3, "delegation"))
        out.extend(resolved)
        out.sort(key=lambda p: (p.start, p.end))
        groups = [p for p in out if p.kind == "delegation" and p.actor_id != _UNPLACED and p.end - p.start > 2]
        if groups:
            self._last_group = groups[0]
        return out

    def _near_person_his(self, text, before, ps, pe) -> Party | None:
        """KCNA s8: "wished Kim a good journey passing through Jilin Province in the wake of his visit to Mongolia": the
        last person before "his" when only places lie between them (no comma, no other person, no verb of saying),
        unless the trip noun's country is that person's own (one does not visit one's own country)."""
        persons = [p for p in before if p.kind == "person"]
        if not persons:
            return None
        ref = persons[-1]
        between = text[ref.end:ps]
        if (not _ON_THE_MOVE_RE.match(between) or re.search(r"[,;:\"“]", between) or len(between) > 90 or not ref.iso3
                or any(p.kind not in ("country", "place") and p.start >= ref.end for p in before)
                or re.search(r"\b(?:said|says|told|noted|stressed|recalled|and|who|which|that|met|received|greeted|"
                             r"welcomed|hosted)\b", between, re.I)):
            return None
        host = next((m for m in self._all_mentions if m.kind == "country" and m.iso3 and pe <= m.start < pe + 60), None)
        if host is None or host.iso3 == ref.iso3:
            return None
        return ref

    @staticmethod
    def _country_list(text, first, mentions, e) -> list[Mention]:
        """The countries coordinated with ``first``: "China, Singapore and Taipei of China",
        "Germany, Italy, the Czech Republic and China" (country names joined by ", " / " and ")."""
        out = [first]
        pos = first.end
        for m in mentions:
            if m.start < pos or m.kind != "country" or m.start >= e:
                continue
            if not re.fullmatch(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", text[pos:m.start]):
                break
            if m.alias_kind == "demonym":
                # "the delegations of the DPRK and Singaporean foreign ministries": an adjective ends the list
                if re.match(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:ministries|parties|armies|governments|parliaments|"
                            r"committees|departments|associations|federations|unions|organizations|organisations)\b", text[m.end:e]):
                    out.append(m)
                break
            out.append(m)
            pos = m.end
        return out if len(out) > 1 else []

    def _members_been(self, text, s, e, si, prev, mentions, records, published, last_date, home) -> None:
        """"DPRK delegations returned home on Tuesday. They included the economic delegation that had been to
        Egypt, ..., and the delegation that had been to China to ...": each group the sentence after a
        home return lists went where its relative clause says, on the return's day."""
        ps, pe = prev
        if not re.search(r"\b(?:returned|came\s+back|went\s+back|back\s+home|arrived\s+home)\b", text[ps:pe], re.I) \
                or not _GROUP_RE.search(text, ps, pe):
            return
        spans = self._undateline(self.dates.find(text[ps:pe], published, offset=ps, context=last_date))
        spans = [d for d in spans if published is None or d.start <= published]
        for rm in re.finditer(r"\b(?:that|which|who)\s+had\s+(?:been\s+(?:to|in)|visited|toured)\s+(?:the\s+)?", text[s:e]):
            at = s + rm.end()
            ctry = next((m for m in mentions if m.kind == "country" and m.start == at and m.iso3
                         and m.alias_kind != "demonym"), None)
            if ctry is None or ctry.iso3 == home[1]:
                continue
            group = [g for g in _GROUP_RE.finditer(text, s, at)]
            if not group or re.search(r"[;]", text[group[-1].end():at]):
                continue
            actor = self.registry.actors.get(f"country:{home[1]}")
            who = Party(group[-1].start(), group[-1].end(), f"country:{home[1]}",
                        f"{actor.name if actor else home[1]} delegation", home[1], "delegation")
            rec = Record(who, ctry.iso3, "occurred", "042", 0.7, (s, e), si)
            rec.date = spans[-1] if spans else None
            rec.preset = rec.date is not None
            rec.history.append("occurred")
            records.append(rec)

    def _host_at(self, text, pos, countries_at):
        """Visits session 7b: the country named at `pos` (a country mention starting there, else a gazetteer place
        starting there): (iso3, place or None, end); (None, None, pos) when none."""
        c = countries_at.get(pos)
        if c is not None:
            return c.iso3, None, c.end
        found = [f for f in self.places.find(text, max(0, pos - 12), min(len(text), pos + 40)) if f.start == pos]
        if found:
            return found[0].iso3, found[0], found[0].end
        return None, None, pos

    def _place_list(self, text, pos, hi, countries_at):
        """The countries named one after another from `pos` ("A, B and C", "A, followed by B and C")."""
        out = []
        while pos < hi:
            iso, place, end = self._host_at(text, pos, countries_at)
            if iso is None:
                break
            out.append((iso, place, end))
            nxt = self._leg_list_sep_re.match(text, end, hi)
            if nxt is None:
                break
            pos = nxt.end()
        return out

    def _add_trip(self, records, told, who, host, place, status, date, s0, e0, si, confidence):
        """The one adder of a trip the session 7b rules read (`_presence`, `_legs`): none to the doer's own country,
        none the story already tells (`told`: the (visitor, host) pairs of the records)."""
        if host is None or who.iso3 == host or (who.actor_id, host) in told:
            return None
        rec = self._earlier_record(Party(who.start, who.end, who.actor_id, who.name, who.iso3, "person"), host,
                                   date, (s0, e0), si, confidence=confidence, place=place, status=status, earlier=False)
        records.append(rec)
        told.add((who.actor_id, host))
        return rec

    @staticmethod
    def _month_span(day):
        """The calendar month holding `day`."""
        return DateSpan(day.replace(day=1), _month_end(day.year, day.month), "month", "")

    def _month_of(self, published):
        return self._month_span(getattr(self, "_title_month", None) or published)

    def _home_group_next(self, text, at, e, home) -> bool:
        """s20: the list after an inverted departure opens on a group of the home country ("were a DPRK government
        delegation", "was the Korean art troupe")."""
        m = re.match(r"\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?P<w>[\w'’-]+)\s", text[at:min(e, at + 80)])
        if m is None or home is None:
            return False
        first = next((x for x in self._all_mentions if at <= x.start < at + m.end() and x.kind == "country"), None)
        return first is not None and first.iso3 == home[1]

    def _roundup(self, text, s, e, si, mentions, records, published, last_date, home) -> None:
        """Round-ups of foreign groups at a home event: "They included those from Iran led by ..., Vietnam led
        by ... and Thailand led by ..." / "Among them were a delegation of X University of Germany ..." after a
        plural group's arrival or tour, and inversions "Arriving here earlier were ... delegate of ... of
        Poland" / "Leaving for home on the same day were the delegations of China, Germany and Taipei of
        China": every country the list names (not the home one, not a destination) came here; one trip per
        country, dated by the sentence (else the earlier sentence's day for members, else the month)."""
        if published is None:
            return
        sent = text[s:e]
        inv = _ROUNDUP_INV_RE.match(sent) or _ROUNDUP_SUBJ_RE.match(sent)
        members = _MEMBERS_RE.match(sent)
        if not inv and not members:
            return
        if members:
            if not si:
                return
            ps, pe = self._sentences[si - 1]
            prev = text[ps:pe]
            if not (_ROUNDUP_PLURAL_RE.search(prev) and _ROUNDUP_TRIP_RE.search(prev)) \
                    or re.search(r"\b(?:returned|came\s+back|come\s+back|back\s+home|went\s+back|for\s+home)\b", prev, re.I):
                return  # home groups coming back: _members_been
            if not re.search(r"\b(?:led|headed)\s+by\b|\bdelegat\w*|\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,6}"
                             r"(?:University|Academy|Institute|Ministry|Association|Society|Committee|Party)\b"
                             r"|^\s*(?:They|These|Those)\s+included\s+those\s+from\b", sent):
                return
        elif re.search(r"\b(?:for|to)\s+(?!home\b)(?:the\s+)?[A-Z]", sent[:inv.end()]):
            return  # "Leaving for China were ...": a destination, told by the other rules
        elif (re.search(r"\b(?:leaving|departing)\b", sent[:inv.end()], re.I)
              and self._home_group_next(text, s + inv.end(), e, home)):
            return  # s20: "Also leaving were a DPRK government economic delegation ...": home groups going abroad
        if members and si + 1 < len(self._sentences) and re.search(r"[A-Za-z]\s*$", sent):
            # a list cut by a stray paragraph break ("..., a delegation ... led by Igor Jurisic, Rohekele" / "Andre,
            # vice-chairman of ..."): the next paragraph goes on with the list when this one ends on a word
            ns, ne = self._sentences[si + 1]
            if re.match(r"\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:[a-z][\w-]*\s+){0,3}?"
                        r"(?:chairman|vice-chairman|chief|director|president|secretary|head|member|leader|delegate)\b",
                        text[ns:ne]):
                e = ne
                mentions = mentions + [m for m in self._all_mentions if ns <= m.start < ne]
        done = {(r.visitor.iso3, r.host_iso3) for r in records}
        spans = self._undateline(self.dates.find(sent, published, offset=s, context=last_date))
        spans = [d for d in spans if d.start <= published]
        if members and not spans:
            ps, pe = self._sentences[si - 1]
            spans = [d for d in self._undateline(self.dates.find(text[ps:pe], published, offset=ps, context=last_date))
                     if d.start <= published]
            if not spans and si + 1 < len(self._sentences):  # "They arrived here on Monday." after the list
                ns, ne = self._sentences[si + 1]
                if re.match(r"\s*They\s+(?:arrived|came)\s+here\b", text[ns:ne]):
                    spans = [d for d in self._undateline(self.dates.find(text[ns:ne], published, offset=ns, context=last_date))
                             if d.start <= published]
        if re.search(r"\b(?:earlier|before)\b", sent[:inv.end()] if inv else "", re.I):
            spans = []
        # a day within the week before publication ("the 28th April Spring ... Festival" is a name, no day)
        spans = [d for d in spans if d.precision == "day" and dt.timedelta(0) <= published - d.start <= dt.timedelta(days=7)]
        abroad = r"\b(?:embass(?:y|ies)|consulates?|missions?\s+(?:in|of|abroad)|(?:DPRK|Korean)\s+missions?|in\s+their\s+countries)\b"
        prev2 = text[self._sentences[si - 2][0]:self._sentences[si - 2][1]] if members and si >= 2 else ""
        if re.search(abroad, sent, re.I) or (members and (re.search(abroad, prev, re.I) or re.search(abroad, prev2, re.I))):
            return  # visits to a home country's missions abroad (told in the two sentences before a list of members)
        for m in mentions:
            if m.kind != "country" or not m.iso3 or m.iso3 == home[1] or (m.iso3, home[1]) in done:
                continue
            before = text[max(s, m.start - 80):m.start]
            if m.start > s and text[m.start - 1] in "-–" and any(
                    x.end == m.start - 1 and x.kind == "country" and x.iso3 == home[1] for x in mentions):
                continue  # s20: "the DPRK-Syria joint committee": the home side's joint body ("Kuwait-DPRK Friendship
                # Association" is Kuwait's)
            if _venue_before(text[max(s, m.start - 200):m.start]) \
                    and not re.search(r"\bKoreans?\s+(?:[Rr]esidents\s+)?in\s+(?:the\s+)?$", before):
                continue  # a destination or venue ("which visited Vietnam and Laos", "in Lisbon of Portugal")
            if m.alias_kind == "demonym" and not re.match(r"\s+(?:[A-Z][\w'’-]*\s+){0,4}?(?:Ministry|University|Academy|"
                                                           r"Institute|Association|Society|Committee|Group|delegation|delegates?)\b",
                                                           text[m.end:e]):
                continue
            actor = self.registry.actors.get(f"country:{m.iso3}")
            who = Party(m.start, m.end, f"country:{m.iso3}", actor.name if actor else m.iso3, m.iso3, "country")
            rec = Record(who, home[1], "occurred", "042", 0.7, (s, e), si)
            rec.date = (DateSpan(spans[-1].start, spans[-1].end, spans[-1].precision, spans[-1].text) if spans
                        else self._month_of(published))
            rec.preset = True
            rec.roundup = True  # a named traveller of the same country told by the other rules wins
            rec.history.append("occurred")
            records.append(rec)
            done.add((m.iso3, home[1]))

    def _tournament(self, text, sentences, mentions, records, published, home) -> None:
        """"The ... Championship was held in China from August 16 to 25. The DPRK team ... beat ...": a home
        team playing a tournament told as held / going on / taking place in a foreign country went there
        (occurred, the publication month)."""
        if published is None:
            return
        team = None
        for m in mentions:
            if m.kind == "country" and m.iso3 == home[1] and re.match(
                    r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?(?:team|players|footballers|athletes|squad|side)\b", text[m.end:m.end + 60], re.I):
                team = m
                break
        if team is None:
            return
        for s, e in sentences:
            sent = text[s:e]
            tm = _TOURNAMENT_RE.search(sent)
            if not tm:
                continue
            at = s + tm.end()
            ctry = next((m for m in mentions if m.kind == "country" and m.start == at and m.iso3
                         and m.alias_kind != "demonym"), None)
            if ctry is None or ctry.iso3 == home[1]:
                continue
            if any(r.visitor.iso3 == home[1] and r.host_iso3 == ctry.iso3 for r in records):
                return
            actor = self.registry.actors.get(f"country:{home[1]}")
            who = Party(team.start, team.end, f"country:{home[1]}", f"{actor.name if actor else home[1]} team", home[1], "delegation")
            si = sentences.index((s, e))
            rec = Record(who, ctry.iso3, "occurred", "042", 0.65, (s, e), si)
            rec.date = self._month_of(published)
            rec.preset = True
            rec.history.append("occurred")
            records.append(rec)
            return

    def _contest_abroad(self, text, sentences, mentions, records, published, home) -> None:
        """Round 15: a home team told as doing well or playing at a contest placed abroad, with no verb of travel
        ("DPRK players came first at the championships in Ulan Bator, Mongolia", "The DPRK team beat its rival
        in the World Cup now under way in Japan"): the team went there (occurred). Its rivals named in the story
        ("its Norwegian rival", "the south Korean team") were at the same contest. Dated by "returned home
        <day>" when the story tells it, else the month of publication (a contest spans days). Not for a contest
        still ahead ("will play", "upcoming") or one held at home."""
        if published is None:
            return
        made = None
        for si, (s, e) in enumerate(sentences):
            sent = text[s:e]
            if not self._sport_contest_re.search(sent) or _SPORT_FUTURE_RE.search(sent):
                continue
            ctry = [m for m in mentions if s <= m.start < e and m.kind == "country" and m.iso3]
            team = next((m for m in ctry if m.iso3 == home[1] and m.alias_kind not in ("capital", "demonym")
                         and self._sport_team_re.match(text, m.end, e)), None)
            if team is None:
                continue
            hosts = [m for m in ctry if m.start > team.end and m.iso3 != home[1] and m.alias_kind != "demonym"]
            hosts += [p for p in self.places.find(text, team.end, e, [(m.start, m.end) for m in ctry], self._story_countries)
                      if p.iso3 != home[1]]
            host = None
            for m in sorted(hosts, key=lambda h: h.start):
                gap = text[team.end:m.start]
                cm = None
                for cm in self._sport_contest_re.finditer(gap):
                    pass
                if cm is not None and _SPORT_PLACE_GAP_RE.match(gap, cm.end()):
                    host = m
                    break
            if host is None:
                continue
            gap = text[team.end:host.start]
            if (sum(1 for cm in self._sport_contest_re.finditer(gap) if gap.startswith(",", cm.end())) >= 2
                    or any(int(y.group()) < published.year for y in _SPORT_YEAR_RE.finditer(sent))):
                continue  # a list of titles won ("placed first at the A Cup, the B Championship, ... in X"), or a
                # contest of an earlier year ("the 2010 Challenger Cup", "the World Cup in Italy in 1989"): a record
            if any(r.visitor.iso3 == home[1] and r.host_iso3 == host.iso3 for r in records):
                return
            date = None
            for hs, he in sentences[si:]:
                if _SPORT_HOME_RE.search(text, hs, he):
                    spans = [d for d in self._undateline(self.dates.find(text[hs:he], published, offset=hs))
                             if d.start <= published and d.precision == "day"]
                    date = spans[0] if spans else None
                    break
            actor = self.registry.actors.get(f"country:{home[1]}")
            who = Party(team.start, team.end, f"country:{home[1]}", f"{actor.name if actor else home[1]} team", home[1], "delegation")
            rec = Record(who, host.iso3, "occurred", "042", 0.65, (s, e), si)
            rec.date = date or self._month_of(published)
            rec.preset = True
            rec.history.append("occurred")
            records.append(rec)
            made = rec
            break
        if made is None:
            return
        seen = {home[1], made.host_iso3}
        for m in mentions:
            if (m.kind == "country" and m.alias_kind == "demonym" and m.iso3 and m.iso3 not in seen
                    and _SPORT_RIVAL_AFTER_RE.match(text, m.end)):
                seen.add(m.iso3)
                if any(r.visitor.iso3 == m.iso3 and r.host_iso3 == made.host_iso3 for r in records):
                    continue
                si = next((i for i, (s, e) in enumerate(sentences) if s <= m.start < e), made.sentence_index)
                actor = self.registry.actors.get(f"country:{m.iso3}")
                who = Party(m.start, m.end, f"country:{m.iso3}", f"{actor.name if actor else m.iso3} team", m.iso3, "delegation")
                rec = Record(who, made.host_iso3, "occurred", "042", 0.6, sentences[si], si)
                rec.date = made.date
                rec.preset = True
                rec.history.append("occurred")
                records.append(rec)

    def _event_abroad(self, text, sentences, mentions, records, published, home) -> None:
        """A home team or the home country at a sports event abroad, told in one sentence: "the DPRK wrestlers
        who took part in the Asian Junior Championship in Kyrgyzstan" (a country after the event), "the DPRK
        team downed its rival in the first round of the London Olympics" / "the DPRK attended the London 2012
        Paralympic Games" (a capital naming the event). Occurred (not "upcoming", no future), dated by the
        sentence's own date, else the publication month."""
        if published is None:
            return
        ascii_low = text.lower() if text.isascii() else None  # (perf s18: for the gate below)
        for si, (s, e) in enumerate(sentences):
            if not _EVENT_WORD_GATE.may_match_range(ascii_low, s, e):
                continue  # (perf s18: no event word's literal word in the sentence: the test below fails)
            sent = text[s:e]
            if not _EVENT_WORD_RE.search(sent) or re.search(
                    r"\b(?:will|would|shall|upcoming|forthcoming|to\s+(?:take\s+part|participate|attend|compete))\b|\bqualified\b", sent, re.I):
                continue
            ctry = [m for m in mentions if s <= m.start < e and m.kind == "country" and m.iso3]
            team = next((m for m in ctry if m.iso3 == home[1] and m.alias_kind != "capital" and re.match(
                r"(?:['’]s)?\s+(?:(?:[\w'’-]+\s+){0,3}?(?:team|players|athletes|squad|wrestlers|footballers|boxers|gymnasts|"
                r"weightlifters|skaters|swimmers|judoists|delegation)\b|(?:attended|took\s+part\s+in|participated\s+in|competed\s+in)\b)",
                text[m.end:e], re.I)), None)
            if team is None:
                continue
            host = None
            for m in ctry:
                if m.start <= team.end or m.iso3 == home[1] or m.alias_kind == "demonym":
                    continue
                if m.alias_kind == "capital" and _EVENT_AFTER_CITY_RE.match(text, m.end, e):
                    host = m  # "the 30th London Olympics"
                    break
                if m.alias_kind != "capital" and re.search(
                        r"\b(?:took\s+part|participated|competed|attended|played)\b[^.;]{0,120}?"
                        + _EVENT_WORD_RE.pattern + r"[^.;,]{0,60}?\b(?:held\s+)?in\s+(?:the\s+)?$", text[team.end:m.start], re.I):
                    host = m  # "who took part in the 2012 Asian Junior Wrestling Championship in Kyrgyzstan"
                    break
            if host is None or any(r.visitor.iso3 == home[1] and r.host_iso3 == host.iso3 for r in records):
                continue
            spans = [d for d in self._undateline(self.dates.find(sent, published, offset=s))
                     if d.start <= published and not re.fullmatch(r"\d{4}", d.text.strip())]  # ("the 2012 ... Championship": a name)
            actor = self.registry.actors.get(f"country:{home[1]}")
            who = Party(team.start, team.end, f"country:{home[1]}", f"{actor.name if actor else home[1]} team", home[1], "delegation")
            rec = Record(who, host.iso3, "occurred", "042", 0.65, (s, e), si)
            rec.date = spans[-1] if spans else self._month_of(published)
            rec.preset = True
            rec.history.append("occurred")
            records.append(rec)

    def _arrival_place(self, text, s, visitor, home):
        """(country, None) for an arrival that names no place: see ``_frame_one``."""
        last = next((r for r in reversed(self._records) if r.status == "occurred" and not r.is_domestic
                     and r.sentence[1] <= s and r.host_iso3 != visitor.iso3), None)
        if last is not None:
            if visitor.actor_id.startswith("country:") and any(
                    r.visitor.iso3 == visitor.iso3 and r.host_iso3 == last.host_iso3 and r.status == "occurred"
                    for r in self._records):
                return None, None  # "The plane carrying the mission touched down": the arrival told again
            return last.host_iso3, None
        if home:
            return None, None
        cities = [m for m in self._all_mentions if m.kind == "country" and m.alias_kind == "capital"
                  and m.end <= s and m.iso3 and m.iso3 != visitor.iso3
                  and not any(ls <= m.start < le for ls, le in self._datelines)]
        if cities and visitor.iso3:
            return cities[-1].iso3, None
        wire = getattr(self, "_wire_place", None)
        if wire is not None and visitor.iso3 and wire.iso3 != visitor.iso3 and self._datelines and self._datelines[0][0] < 5:
            # round 16: "ABU DHABI (wire) -- ... Yoon arrived on Saturday for a four-day state visit": a story filed from
            # abroad sets an arrival that names no place at its dateline (the scene the story is told from)
            return wire.iso3, wire
        return None, None

    def _earlier_places(self, text, sentences, mentions, records, published) -> None:
        """Earlier trips told with the place first: "Russia was also the destination of his first foreign tour,
        in March 2013" (his: the traveller of the story's last trip), and "It was their third meeting, after
        Singapore in June last year and a summit in Hanoi in February" (their: the last two people of different
        countries named before; one trip to each place, by each side not of the place's country)."""
        people = [m for m in mentions if m.kind == "person" and m.iso3]
        for si, (s, e) in enumerate(sentences):
            dm = _DESTINATION_OF_RE.search(text, s, e)
            if dm is not None:
                land = next((m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"
                             and s <= m.start and re.fullmatch(r"\s*", text[m.end:dm.start()])), None)
                who = None
                if dm.group("who").lower() in ("his", "her"):
                    who = next((r.visitor for r in reversed(records) if r.visitor.kind == "person"
                                and r.sentence[1] <= e), None)
                else:
                    who = next((Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person") for m in people
                                if m.end == dm.start("who") + len(dm.group("who")) - 2), None)
                if land is not None and who is not None and who.iso3 != land.iso3:
                    spans = [d for d in self._undateline(self.dates.find(text[dm.end():e], published, offset=dm.end()))
                             if d.end < published]
                    self._add_earlier(who, land.iso3, spans[0] if spans else None, s, e, si, records)
            am = _NTH_MEETING_AFTER_RE.search(text, s, e)
            if am is None:
                continue
            lst = am.start("list")
            pool = [m for m in people if m.end <= s]
            picked = []
            for m in reversed(pool):
                if all(m.iso3 != q.iso3 for q in picked):
                    picked.append(m)
                if len(picked) == 2:
                    break
            if len(picked) < 2:
                continue
            stops = [(m.start, m.end, m.iso3) for m in mentions if lst <= m.start < e and m.kind == "country"
                     and m.iso3 and m.alias_kind != "demonym"]
            stops += [(p.start, p.end, p.iso3) for p in self.places.find(text, lst, e, [(a, b) for a, b, _ in stops])]
            for bare in re.finditer(r"(?:^|\band\s+|,\s+)(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?=\s+in\b|\s*,|\s+and\b)",
                                    text[lst:e]):
                # ("after Osaka in June 2019 and ...": a city named bare, which the place finder leaves to a preposition)
                at = lst + bare.start("n")
                if any(a <= at < b for a, b, _ in stops):
                    continue
                words = bare.group("n").split()
                for k in (len(words), 1):
                    hit = self._gazetteer(" ".join(words[:k]))
                    if hit is not None and words[0] not in _MONTHS:
                        stops.append((at, at + len(" ".join(words[:k])), hit[1]))
                        break
            stops.sort()
            for k, (ps, pe, iso) in enumerate(stops):
                seg_end = stops[k + 1][0] if k + 1 < len(stops) else e
                spans = [d for d in self._undateline(self.dates.find(text[pe:seg_end], published, offset=pe)) if d.end < published]
                for m in picked:
                    if m.iso3 != iso:
                        self._add_earlier(Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person"), iso,
                                          spans[0] if spans else None, s, e, si, records)

    def _envoy(self, text, m, mentions, s=0, before=True) -> tuple[bool, str | None]:
        """The one posted-envoy reading of person mention ``m`` (fixV2, review of round 19 item 6): (an ambassador,
        charge d'affaires or consul not exempted by envoy_exempt.csv, the country of his posting when the title
        names it: "ambassador to Peru" -> PER, "Ambassador of Niger X" -> None). Titles before the name count when
        ``before``."""
        pre = _ENVOY_TITLE_BEFORE_RE.search(text, max(s, m.start - 60), m.start) if before else None
        after = _POSTED_RE.match(text, m.end)
        if pre is None and after is None:
            return False, None
        # the title runs to the next comma or stop ("ambassador-at-large of the DPRK Foreign Ministry,")
        tail = re.match(r"[^,;.\n]{0,80}", text[after.end():]).group() if after else ""
        title = (pre.group() if pre else "") + (after.group() + tail if after else "")
        if self._envoy_exempt_re.search(title):
            return False, None
        dest = None
        if after is not None:
            to = re.match(r"\s+(?:to|in)\s+(?:the\s+)?", text[after.end():after.end() + 12])
            at = next((c for c in mentions if to and c.kind == "country" and c.start == after.end() + to.end()), None)
            dest = at.iso3 if at is not None and not re.match(r"\s+(?-i:[A-Z])[a-z]", text[at.end:at.end + 3]) else None
        if dest is None and pre is not None and (to := re.search(r"\b(?:to|in)\s+(?:the\s+)?", pre.group())) is not None:
            at = next((c for c in mentions if c.kind == "country" and c.start == pre.start() + to.end()), None)
            dest = at.iso3 if at is not None else None
        return True, dest

    def _envoy_call(self, text, rec, mentions) -> bool:
        """Round 19: a courtesy or farewell call paid by an ambassador ("Ambassador of Chile X paid a farewell call
        on him", "Y, DPRK ambassador to Peru, paid a courtesy call on the President of Peru"; also a group he heads)
        is a posted envoy at work, no trip: when he is posted in the host country, or his posting is not named.
        Exempted titles (roving, at-large ...) and an envoy posted elsewhere ("ambassador to Peru" calling on the
        president of Bolivia) stay travellers (fixV2)."""
        s, e = rec.sentence
        if rec.status != "occurred" or rec.visitor.kind != "person" or not _ENVOY_CALL_RE.search(text, s, e):
            return False
        for m in mentions:
            if m.actor_id != rec.visitor.actor_id or not s <= m.start < e:
                continue
            envoy, dest = self._envoy(text, m, mentions, s)
            if envoy and dest in (None, rec.host_iso3):
                return True
        return False

    @staticmethod
    def _called_on(text, rec) -> bool:
        """fixP round (audit kind 4): "X met (and had a talk with) Y who paid a courtesy call on him": X, named before
        the call and of the host's own country, receives at home; his own record (a domestic trip) is no trip."""
        s, e = rec.sentence
        if rec.visitor.iso3 != rec.host_iso3 or rec.visitor.start >= e or rec.visitor.start < s:
            return False
        m = _CALLED_ON_RE.search(text, s, e)
        return m is not None and rec.visitor.end <= m.start()

    def _companions(self, text, s, e, si, acc, sent_mentions, records, last_subject) -> None:
        """Companions share the trip: the traveller is the person before the cue (or the last subject for a
        pronoun / an opening "Accompanying him"); his latest trip told in this or the three sentences before
        (not an earlier one) is copied to each titled person of his country named after the cue."""
        lead = next((m for m in reversed(sent_mentions) if m.kind == "person" and m.end <= acc.start()), None)
        lead_id = lead.actor_id if lead is not None else (last_subject.actor_id if last_subject else None)
        if lead_id is None:
            return
        trips = [r for r in records if r.visitor.actor_id == lead_id and si - r.sentence_index <= 3 and not r.earlier
                 and not r.is_domestic and r.status in ("occurred", "planned")]
        if not trips:
            return
        # (the trip itself, told most exactly: "arrived here Sunday" rather than "greeted Wen at the airport")
        rank = {"day": 3, "month": 2, "year": 1}
        same = [r for r in trips if r.host_iso3 == trips[-1].host_iso3 and r.status == trips[-1].status]
        trip = max(reversed(same), key=lambda r: rank.get(r.date.precision, 0) if r.date is not None and r.date.text else 0)
        stop = _CLAUSE_BREAK_RE.search(text, acc.end(), e)
        for m in sent_mentions:
            if (m.kind == "person" and acc.end() <= m.start < (stop.start() if stop else e) and m.iso3
                    and m.iso3 == trip.visitor.iso3 and m.actor_id != lead_id
                    and not any(r.visitor.actor_id == m.actor_id and r.host_iso3 == trip.host_iso3 for r in records)):
                who = Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")
                rec = Record(who, trip.host_iso3, trip.status, trip.cameo, trip.confidence * 0.9, (s, e), si, None,
                             trip.place, trip.date)
                rec.preset = True
                rec.companion_of = trip
                rec.history.append(trip.status)
                records.append(rec)

    def _accompanied_to(self, text, sentences, mentions, records, published, suite_one_trip=False) -> None:
        """(s22) "Choe Son Hui, North Korea's foreign minister, accompanied Kim Jong Un, the North Korean leader, to the
        Vostochny cosmodrome in Russia on Wednesday": the one who accompanied and the one accompanied both made the trip
        to the place after "to" (its country, or the country named right after the place). Occurred (the past verb
        only); dated by the sentence's last past date; none to a traveller's own country, none the story tells. On an
        outlet that tells a leader's suite as one trip (outlets.csv ``suite_is_one_trip``: KCNA), only the one
        accompanied."""
        told = {(r.visitor.actor_id, r.host_iso3) for r in records}
        for si, s, e, ments in mentions_by_sentence(sentences, mentions):
            people = [p for p in ments if p.kind == "person" and p.iso3 and p.actor_id]
            when = None  # (the sentence's date, read once for all its matches)
            for m in _ACCOMPANIED_TO_RE.finditer(text, s, e):
                lead = next((p for p in reversed(people) if p.end <= m.start()), None)
                obj = next((p for p in people if m.end() <= p.start <= m.end() + 3), None)
                if lead is None or obj is None or _CLAUSE_BREAK_RE.search(text, lead.end, m.start()) and not re.fullmatch(
                        r",[^,;]{1,80},\s*", text[lead.end:m.start()]):
                    continue  # (the subject right before the verb, or set off by one appositive)
                to = _APPOS_TO_RE.match(text, obj.end)
                if to is None:
                    continue
                dest = next((c for c in ments if c.kind == "country" and c.iso3 and c.alias_kind != "demonym"
                             and to.end() <= c.start <= to.end() + 60 and not _CLAUSE_BREAK_RE.search(text, to.end(), c.start)), None)
                if dest is None:
                    found = [p for p in self.places.find(text, to.end(), min(e, to.end() + 60)) if p.iso3]
                    dest = found[0] if found else None
                if dest is None:
                    continue
                if when is None:
                    days = [d for d in self._undateline(self.dates.find(text[s:e], published, future=False, offset=s))
                            if d.start <= published]
                    when = days[-1] if days else self._month_of(published)
                for who in ((obj,) if suite_one_trip else (lead, obj)):
                    if who.iso3 != dest.iso3 and (who.actor_id, dest.iso3) not in told:
                        self._add_trip(records, told, who, dest.iso3, None, "occurred", when, s, e, si, 0.6)

    def _trip_paid(self, text, s, e, si, mentions, persons_seen, records, published, last_subject, title_iso3) -> None:
        """ "returns the trip Premier X paid to Beijing in March": X's earlier trip there, on the date that
        follows the place (a past date required; no date, no record)."""
        parties = None
        for m in _TRIP_PAID_RE.finditer(text, s, e):
            if parties is None:
                parties = self._parties(text, s, e, mentions, persons_seen, last_subject, title_iso3, self._home_now)
            who = next((p for p in parties if p.kind == "person" and p.iso3 and m.start("who") <= p.start
                        and p.end <= m.end("who")), None)
            if who is None:
                continue
            dest = next((c for c in mentions if c.kind in ("country", "place") and c.iso3 and c.start == m.end()
                         and c.alias_kind != "demonym"), None)
            if dest is None or dest.iso3 == who.iso3:
                continue
            spans = self._undateline(self.dates.find(text[dest.end:e], published, future=False, offset=dest.end))
            when = next((d for d in spans if d.char_start - dest.end < 5 and d.start <= published), None)
            if when is None:
                continue
            if not any(r.visitor.actor_id == who.actor_id and r.host_iso3 == dest.iso3 for r in records):
                records.append(self._earlier_record(who, dest.iso3, when, (s, e), si, 0.7, preset=False))

    def _visits_to_paid_by(self, text, s, e, si, mentions, persons_seen, records, last_subject, title_iso3) -> None:
        """KCNA s8: "He said that the visits to Russia paid by General Secretary Kim ... would be remembered": the
        by-agent is the traveller (not the speaker), the trips are past whatever the main verb's mood, and undated
        unless a date follows the agent. A record of this sentence to the same host for someone else is dropped."""
        parties = None
        for m in _VISITS_TO_PAID_BY_RE.finditer(text, s, e):
            if parties is None:
                parties = self._parties(text, s, e, mentions, persons_seen, last_subject, title_iso3, self._home_now)
            who = next((p for p in parties if p.kind == "person" and p.iso3 and p.start >= m.end()
                        and p.start - m.end() <= 45 and not re.search(r"[,;()]", text[m.end():p.start])), None)
            if who is None:
                continue
            dest = next((c for c in mentions if c.kind == "country" and c.iso3 and m.start("dest") <= c.start < m.end("dest")
                         and c.alias_kind != "demonym"), None)
            if dest is None or dest.iso3 == who.iso3:
                continue
            records[:] = [r for r in records if not (r.sentence_index == si and r.host_iso3 == dest.iso3
                                                    and r.visitor.actor_id != who.actor_id and r.visitor.kind == "person")]
            if not any(r.visitor.actor_id == who.actor_id and r.host_iso3 == dest.iso3 for r in records):
                records.append(self._earlier_record(who, dest.iso3, None, (s, e), si, 0.7, preset=False, earlier=False))

    def _scheduled_for(self, text, b, e, si, records, published) -> None:
        """Date scope across a continuation: "The journey had been scheduled for June 13-19" dates the undated
        plan or no-show the sentence before told (only those: a dated record keeps its own date)."""
        before = [r for r in records if r.sentence_index == si - 1]
        if not any(r.status in ("cancelled", "planned") for r in before):
            return
        # (the undated ones: none, a bare year, or the publication month a list mate fell back to)
        prev = [r for r in before if r.date is None or r.date.precision in ("unknown", "year") or not r.date.text]
        found = self.dates.find(text[b:e], published, future=prev[0].status == "planned", offset=b) if prev else []
        if found and found[0].char_start - b < 12:
            for r in prev:
                r.date = found[0]

    @staticmethod
    def _earlier_record(who, host, date, sentence, si, confidence=0.6, cameo="042", place=None, preset=True,
                        listed=None, status="occurred", is_domestic=False, earlier=True) -> Record:
        """The one builder of an earlier trip a background clause tells (kept apart from the story's trip):
        every rule family that finds one ("last visited in", "the first ... since", "his previous trip ... in",
        "their third summit, held in", "after visits in April and May") makes it here."""
        rec = Record(who, host, status, cameo, confidence, sentence, si, None, place, date, is_domestic)
        rec.earlier = earlier
        rec.preset = preset
        if listed if listed is not None else (preset and date is not None):
            rec.listed = True
        rec.history.append(status)
        return rec

    def _add_earlier(self, who, host, date, s, e, si, records) -> None:
        if any(r.visitor.actor_id == who.actor_id and r.host_iso3 == host and r.status == "occurred"
               and (date is None or r.date is None or (r.date.start <= date.end and date.start <= r.date.end)) for r in records):
            return
        records.append(self._earlier_record(who, host, date, (s, e), si))

    def _own_trip_there(self, text, sentences, mentions, records, published) -> None:
        """s11 fix (R2): "Putin's long-time aide flew to Ankara and Putin's trip there followed on Tuesday": a person
        named after a trip of someone else in the same sentence whose own trip goes "there" travelled to that trip's
        host too (the owner of the aide is checked per mention, not per sentence). Occurred only (nothing after it
        that makes it a plan, a doubt or a trip called off); dated by a date after the person in the sentence, else
        the earlier trip's date. Not for the host's own people, nor for someone the sentence already sends there."""
        for si, (s, e) in enumerate(sentences):
            here = [r for r in records if r.sentence_index == si and not r.earlier and not r.is_domestic
                    and r.status == "occurred"]
            if not here or "there" not in text[s:e]:
                continue
            for m in mentions:
                if not (s <= m.start < e) or m.kind != "person" or not m.iso3 or not m.actor_id:
                    continue
                hit = _OWN_TRIP_THERE_RE.match(text, m.end, e)
                if hit is None:
                    continue
                trip = next((r for r in reversed(here) if r.visitor.end <= m.start and r.visitor.actor_id != m.actor_id), None)
                if trip is None or trip.host_iso3 == m.iso3:
                    continue
                if any(r.visitor.actor_id == m.actor_id and r.host_iso3 == trip.host_iso3 for r in here):
                    continue
                stop = next((k.start() for k in re.finditer(r"[;,]|\b(?:but|while|whereas)\b", text[hit.end():e])), None)
                clause_end = e if stop is None else hit.end() + stop
                if _THERE_NOT_DONE_RE.search(text, hit.end(), clause_end) or _THERE_NOT_DONE_RE.search(
                        text, max(s, m.start - 20), m.start):
                    continue
                spans = [d for d in self._undateline(self.dates.find(text[hit.end():clause_end], published, future=False,
                                                                     offset=hit.end())) if d.start <= published]
                date = spans[0] if spans else trip.date
                who = Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")
                rec = Record(who, trip.host_iso3, "occurred", "042", 0.6, (s, e), si, None, trip.place, date)
                rec.history.append("own-trip-there")
                records.append(rec)
                here.append(rec)

    def _barred_trips(self, text, sentences, mentions, records, published) -> None:
        """A trip someone was kept from making: "the authorities barred south Koreans from visiting the DPRK" ->
        KOR -> PRK, cancelled (round 18). The travellers are the country named in the words between the verb and
        "from" (their demonym or country); the host is the country right after the travel verb. Dated by the sentence,
        else by the month of publication (the story tells current events)."""
        ctry = sorted((m for m in mentions if m.kind == "country" and m.iso3), key=lambda m: m.start)
        ctry_starts = [m.start for m in ctry]

        def between(lo: int, hi: int) -> list[Mention]:  # (by bisection: a story of 2,000 bans is not quadratic)
            return ctry[bisect.bisect_left(ctry_starts, lo):bisect.bisect_left(ctry_starts, hi)]

        for rx in self._barred_re.finditer(text):
            who = between(rx.start("who"), rx.end("who"))
            words = rx.group("who").split()
            who_end = rx.start("who") + len(rx.group("who").rstrip())
            if who and any(w.lower().strip(",") in self._barred_things for w in words) and not (
                    who[-1].alias_kind == "demonym" and who[-1].end == who_end):
                continue  # (review of round 18, finding 6: "Russian trucks", "the Chinese company" are no travellers;
                #          fixV2: only such thing nouns are refused, "members of the Russian parliament" are people)
            host = next((m for m in between(rx.end(), rx.end() + 5) if m.alias_kind != "demonym"), None)
            if host is not None and text.startswith(("'s", "’s"), host.end):
                continue  # "from entering Germany's market": a market, no trip
            host_iso = host.iso3 if host is not None else None
            if host_iso is None and (name := re.match(r"(?-i:[A-Z])[\w'’-]+(?:[ \t](?-i:[A-Z])[\w'’-]+)?", text[rx.end():rx.end() + 40])) \
                    and not text.startswith(("'s", "’s"), rx.end() + name.end()):
                hit = self.registry.place(name.group(), self._story_countries)  # "from entering Gaza": a town's country
                host_iso = hit[1] if hit else None
            if not who or host_iso is None or who[0].iso3 == host_iso:
                continue
            si = _sentence_at(sentences, rx.start())
            if si is None or any(r.visitor.iso3 == who[0].iso3 and r.host_iso3 == host_iso for r in records):
                continue
            s0, e0 = sentences[si]
            days = [d for d in self._undateline(self.dates.find(text[s0:e0], published, offset=s0)) if d.start <= published]
            rec = self._earlier_record(self._country_party(who[0].iso3, who[0].start, who[0].end), host_iso,
                                       days[-1] if days else self._month_of(published), (s0, e0), si, confidence=0.6,
                                       status="cancelled", cameo="125")
            records.append(rec)

    def _blocked_events(self, text, sentences, mentions, records, published) -> None:
        """KCNA s8: a trip an authority kept its own people from making: "rejected the application of X for a visit to
        the DPRK", "barred X from attending the joint event in Kaesong on June 14". The travellers are the country
        the words of X name, else the authority's (the first country its sentence names before the verb); the host is
        the country after "visit to", or the country of the place the event is in (this sentence, else the sentence
        before for "the meeting"); the date is the event's (a date after the host), else the sentence's, else the
        month of publication. Cancelled."""
        ctry = [m for m in mentions if m.kind == "country" and m.iso3]
        for rx, kind in [(m, "reject") for m in _REJECTED_VISIT_RE.finditer(text)] + \
                        [(m, "attend") for m in _BARRED_ATTEND_RE.finditer(text)]:
            si = _sentence_at(sentences, rx.start())
            if si is None:
                continue
            s0, e0 = sentences[si]
            lo, hi = rx.span("who")
            who = next((m for m in ctry if lo <= m.start < hi), None)
            if who is None:
                who = next((m for m in ctry if s0 <= m.start < rx.start()), None)
            if who is None:
                continue
            host_iso, after = None, rx.start("ev") if kind == "attend" else rx.end()
            if kind == "reject":
                host = next((m for m in ctry if rx.end() <= m.start <= rx.end() + 3 and m.alias_kind != "demonym"), None)
                host_iso, after = (host.iso3, host.end) if host is not None else (None, after)
            else:
                ev0, stop = rx.start("ev"), min(e0, rx.end())
                place = next((p for p in self.places.find(text, ev0, stop) if p.iso3), None)
                c = next((m for m in ctry if ev0 <= m.start < stop and m.alias_kind != "demonym"
                          and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(s0, m.start - 8):m.start])), None)
                if place is not None and (c is None or place.start <= c.start):
                    host_iso, after = place.iso3, place.end
                elif c is not None:
                    host_iso, after = c.iso3, c.end
                elif si > 0 and re.match(r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:meeting|event|gathering|ceremony|"
                                         r"rally|talks|forum|festival|celebration|commemoration)s?\b", rx.group("ev"), re.I):
                    p0, p1 = sentences[si - 1]
                    place = next((p for p in self.places.find(text, p0, p1) if p.iso3), None)
                    if place is not None:
                        host_iso = place.iso3
                        told = [d for d in self._undateline(self.dates.find(text[place.end:p1], published, offset=place.end))]
                        if told:
                            self._add_blocked(who, host_iso, told[0], s0, e0, si, records)
                            continue
            if host_iso is None or host_iso == who.iso3:
                continue
            spans = self._undateline(self.dates.find(text[s0:e0], published, offset=s0))
            later = []
            for fut in (False, True):  # (the event's day on whichever side of publication is nearer)
                later += self._undateline(self.dates.find(text[after:e0], published, future=fut, offset=after))[:1]
            later.sort(key=lambda d: abs((d.start - published).days))
            date = later[0] if later else (spans[-1] if spans else self._month_of(published))
            self._add_blocked(who, host_iso, date, s0, e0, si, records)

    def _kcna_false_travellers(self, text, records) -> None:
        """KCNA s8: two readings that make someone a traveller who is not: a leader named inside the quoted title of
        a meeting or evening ('held the meeting "Glory to Leader X"'), and a side whose nationality comes only from
        "Inner Mongolia(n)" (a region of China) in a sentence naming no Mongolia of its own."""
        keep = []
        for r in records:
            s0, e0 = r.sentence
            v = r.visitor
            if v.kind == "person" and s0 <= v.start < e0 and (q := _QUOTED_TITLE_RE.search(text, max(s0, v.start - 120), v.start)) \
                    is not None and not re.search(r'["”]', text[q.end():v.start]):
                continue  # (the honouree of the title)
            if "MNG" in (v.iso3, r.host_iso3) and "Inner Mongolia" in text[s0:e0] and not re.search(
                    r"(?<!Inner )Mongolia", text[s0:e0]):
                actor = self.registry.actors.get(v.actor_id) if v.iso3 == "MNG" else None
                if actor is None or getattr(actor, "iso3", None) != "MNG":
                    continue
            keep.append(r)
        records[:] = keep

    def _add_blocked(self, who, host_iso, date, s0, e0, si, records) -> None:
        if any(r.visitor.iso3 == who.iso3 and r.host_iso3 == host_iso for r in records):
            return
        records.append(self._earlier_record(self._country_party(who.iso3, who.start, who.end), host_iso,
                                            DateSpan(date.start, date.end, date.precision, date.text), (s0, e0), si,
                                            confidence=0.6, status="cancelled", cameo="125"))

    def _pair_talks(self, text, sentences, mentions, records, published) -> None:
        """Talks named by their two sides and placed in one side's country: the other side came (round 18).
        "the Russia-DPRK summit talks in Ulan-Ude in August" -> PRK -> RUS, August; "the Cuba-Venezuela summit
        held in Havana last month" -> VEN -> CUB. Countries by name only (no person is named as the traveller here);
        a trip the story already tells between the two is left as it is."""
        countries = [m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind in ("name", "short", "abbrev")]
        capitals = sorted((m for m in mentions if m.kind == "country" and m.alias_kind == "capital"), key=lambda m: m.start)
        capital_starts = [m.start for m in capitals]
        for a, b in zip(countries, countries[1:]):
            if a.iso3 == b.iso3 or text[a.end:b.start] not in ("-", "–"):
                continue
            rx = _PAIR_TALKS_RE.match(text, b.end)
            city_first = None
            if rx is None and (city_first := _PAIR_CITY_TALKS_RE.match(text, b.end)) is None:
                continue
            # (s20: "the DPRK-Russia Pyongyang summit held last June": the city names the place before the noun)
            at = rx.end() if rx is not None else city_first.start("city")
            if text[max(0, a.start - 1):a.start] in ("-", "–", "/"):
                continue  # "the China-Japan-South Korea summit in Seoul": three sides, not a pair
            si = _sentence_at(sentences, b.end)
            if si is None:
                continue
            s0, e0 = sentences[si]
            where = self.places.find(text, at - 4, min(e0, at + 60), [], self._story_countries)
            c = bisect.bisect_left(capital_starts, at)
            capital = capitals[c] if c < len(capitals) and capitals[c].start < at + 3 else None
            place = where[0] if where and where[0].start < at + 3 else None
            host = capital.iso3 if capital else (place.iso3 if place else None)  # ("in Washington": the capital)
            if host not in (a.iso3, b.iso3):
                continue
            guest = b if host == a.iso3 else a
            future = self.dates.is_future(text[s0:e0])
            status = "planned" if future else "occurred"
            # the status the cue frames give (review of round 18, finding 5): "were postponed", "did not take place",
            # "were called off" (visit_cues.csv cancel rows), a denial before the talks ("no Russia-China talks")
            before = text[max(s0, a.start - 40):a.start]
            noun_end = rx.end() if rx is not None else city_first.end()
            if city_first is not None:
                # ("the agreement reached at the DPRK-Russia Pyongyang summit held last June would be carried out": the
                # summit's own words, not the clause's "would", tell whether it was held)
                own = _PAIR_HELD_AFTER_RE.match(text, noun_end, e0)
                future = own is None and future
                after = own.end() if own is not None else noun_end
            else:
                after = rx.end() + (len(place.name) if place else 0)
            status = "planned" if future else "occurred"
            if self._talks_cancelled(text, noun_end, e0) or any(n.search(before) for n in self.negation):
                status = "cancelled"
            days = [d for d in self._undateline(self.dates.find(text[s0:e0], published, future=future, offset=s0))
                    if d.char_start >= noun_end and d.char_start - after < 30]
            if any(r.visitor.iso3 == guest.iso3 and r.host_iso3 == host and (
                    not days or r.date is None or (r.date.start <= days[0].end and days[0].start <= r.date.end))
                   for r in records):
                continue  # (s20: a trip the story tells on another date is another trip: a delegation now, the summit in June)
            rec = self._earlier_record(self._country_party(guest.iso3, guest.start, guest.end), host,
                                       days[0] if days else None, (s0, e0), si, confidence=0.6, place=place,
                                       status=status)
            records.append(rec)

    def _talks_cancelled(self, text, start, end) -> bool:
        """A cancel word that governs the talks named just before ``start`` (fixV2, review of round 19 item 2): within
        the talks' own clause (up to the first word of visit_talks_predicate.csv `break`), a denial ("did not take
        place", "never materialised") or a cue after an auxiliary ("were postponed", "had been called off"). "did not
        take long", "ended with a deal that had been delayed", "covered a project cancelled in 2012" are held talks."""
        spans, pos = [], start
        for _ in range(3):  # (", which had been planned for Friday, was postponed": the clause between commas is skipped)
            cut = self._talks_break_re.search(text, pos, end)
            stop = cut.start() if cut else end
            spans.append((pos, stop))
            if cut is None or not re.search(r",\s*$", text[max(pos, stop - 3):stop]) \
                    or (close := text.find(",", cut.end(), end)) < 0:
                break
            pos = close + 1
        for a, b in spans:
            if _NOT_HELD_RE.search(text, a, b):
                return True
            for c in self._cancel_cue_res:
                for m in c.finditer(text, a, b):
                    if _DENIAL_START_RE.match(m.group()) or self._talks_aux_re.search(text, max(a, m.start() - 30), m.start()):
                        return True
        return False

    def _month_list(self, text, sentences, mentions, records, published) -> None:
        """Earlier trips told as a list of months: "It would have been Pompeo's fourth trip to Pyongyang this year,
        after visits in April, May and July" (one occurred trip a month, by the visitor and to the country of a
        trip the story told that the sentence names; the year the sentence gives, else the latest year that puts
        the month before publication)."""
        mon = "|".join(_MONTHS)
        for si, (s, e) in enumerate(sentences):
            lm = _MONTH_LIST_RE.search(text, s, e)
            if lm is None:
                continue
            people = {m.actor_id for m in mentions if s <= m.start < e and m.kind == "person"}
            if not people and re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:trip|visit)\b", text[s:lm.start()], re.I):
                # "It would have been his fourth trip to China": the traveller of the sentence before
                people = {r.visitor.actor_id for r in records if r.sentence_index == si - 1 and r.visitor.kind == "person"}
            lands = {m.iso3 for m in mentions if s <= m.start < e and m.kind == "country" and m.iso3}
            lands |= {p.iso3 for p in self.places.find(text, s, e)}
            trip = next((r for r in reversed(records) if r.visitor.actor_id in people and r.host_iso3 in lands
                         and not r.is_domestic), None)
            if trip is None:
                continue
            year = published.year if re.search(r"\bthis\s+year\b", text[s:e], re.I) else None
            for mm in re.finditer(rf"\b(?:{mon})\b", lm.group()):
                k = _MONTHS.index(mm.group()) + 1
                y = year or (published.year if k <= published.month else published.year - 1)
                first = dt.date(y, k, 1)
                if first > published:
                    continue
                last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                if any(r.visitor.actor_id == trip.visitor.actor_id and r.host_iso3 == trip.host_iso3 and r.status == "occurred"
                       and r.date is not None and r.date.start <= last and first <= r.date.end for r in records):
                    continue
                records.append(self._earlier_record(  # (a year: each month its own trip)
                    trip.visitor, trip.host_iso3, DateSpan(first, last, "month", f"{mm.group()} {y}"), (s, e), si))

    def _speaker_at_event(self, text, sentences, mentions, records, published) -> None:
        """Someone speaking at a summit or conference the story places: "At the opening of the summit,
        President X of Egypt said ..." / "Speaking at the forum, X told ..." after "leaders met in Niamey
        for an AU summit" (or with the place in the clause: "At the G7 summit in Hiroshima, X said").
        Occurred, dated by the sentence, else by the sentence that placed the event, else the publication
        month. Not for a speaker by video link, nor for one of the host country."""
        for si, (s, e) in enumerate(sentences):
            m = _AT_EVENT_RE.match(text, s, e)
            verb = _SPEECH_RE.search(text, m.end(), e) if m is not None else None
            if verb is None or re.search(r"\b(?:will|would)\b", text[s:verb.end()], re.I) or re.search(
                    r"\b(?:phone|telephone|video|virtual|online|link)\b", text[s:min(e, verb.end() + 40)], re.I):
                continue  # (what was said may look ahead: only the words up to the verb)
            speaker = next((p for p in mentions if p.kind == "person" and m.end() <= p.start < verb.start() and p.iso3), None)
            if speaker is None or any(c.kind == "person" and m.end() <= c.start < speaker.start for c in mentions):
                continue
            event = m.group("ev").lower()
            host, where = self._event_place(text, sentences, mentions, m.start("ev"), m.end(), event, si)
            if host is None or host == speaker.iso3 or any(
                    r.visitor.actor_id == speaker.actor_id and r.host_iso3 == host for r in records):
                continue
            spans = [d for d in self._undateline(self.dates.find(text[s:e], published, offset=s)) if d.start <= published]
            if not spans and where is not None:
                ws, we = sentences[where]
                spans = [d for d in self._undateline(self.dates.find(text[ws:we], published, offset=ws)) if d.start <= published]
            rec = Record(Party(speaker.start, speaker.end, speaker.actor_id, speaker.name, speaker.iso3, "person"),
                         host, "occurred", "042", 0.6, (s, e), si)
            rec.date = spans[-1] if spans else self._month_of(published)
            rec.preset = True
            rec.history.append("occurred")
            records.append(rec)

    def _at_scene(self, text, sentences, mentions, records, published) -> None:
        """visits round 2 of session 8: an act told with the gathering it was done at and that gathering's place:
        "offered X a loan at talks in Sochi on Monday", "agreed ... at a meeting in Madrid", "told a news conference in
        Riyadh" (visit_scene_at.csv). Everyone of the clause before a gathering held together (talks, a meeting, a
        dinner) was there; only the clause's first person at one spoken to (a news conference). Planned when the clause
        looks ahead ("will", "is to", "are due to"), else occurred; dated by the clause. Not past a reported statement
        ("X said the deal was agreed at talks in P"), nor by video, nor one who "did not attend"; a trip the story
        already tells to that place is left as it is."""
        told = {(r.visitor.actor_id, r.host_iso3) for r in records}
        countries_at = {m.start: m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
        by_sentence = _per_sentence(sentences, mentions)
        starts = [[x.start for x in ms] for ms in by_sentence]
        for si, (s, e) in enumerate(sentences):
            if not (" in " in text[s:e] or " at " in text[s:e]):
                continue
            for m in self._at_scene_re.finditer(text, s, e):
                host, place, p_end = self._host_at(text, m.end(), countries_at)
                if host is None:
                    continue
                # (the clause: from the last ";" within 300 characters to the next ";", at most 200 after the place)
                lo = max(s, m.start() - 300, text.rfind(";", max(s, m.start() - 300), m.start()) + 1)
                hi = min(e, p_end + 200)
                semi = text.find(";", p_end, hi)
                hi = semi if semi >= 0 else hi
                clause = text[lo:m.start()]
                if re.search(r"\b(?:said|says|told|according|reported|announced\s+that)\b", clause, re.I) or re.search(
                        r"\b(?:video|virtual(?:ly)?|online|tele(?:phone|conference)|phone|remotely)\b", text[lo:hi], re.I) \
                        or re.search(r"\b(?:did\s+not|didn['’]t|never|not)\s+(?:attend|take\s+part|join|go)\b", text[p_end:hi], re.I):
                    continue
                ments = by_sentence[si]
                k0 = bisect.bisect_left(starts[si], lo)
                k1 = bisect.bisect_left(starts[si], m.start())
                people = [x for x in ments[k0:k1] if x.kind == "person" and x.iso3 and x.actor_id]
                if not people:
                    continue
                who = people if m.group("talks") else people[:1]
                status = "planned" if re.search(r"\b(?:will|is\s+to|are\s+to|due\s+to|plans?\s+to|expected\s+to)\b",
                                                clause, re.I) else "occurred"
                future = status == "planned"
                days = [d for d in self._undateline(self.dates.find(text[p_end:hi], published, future=future, offset=p_end))
                        if future or d.start <= published]
                if not days:
                    days = [d for d in self._undateline(self.dates.find(clause, published, future=future, offset=lo))
                            if future or d.start <= published]
                for p in who:
                    self._add_trip(records, told, p, host, place, status, days[0] if days else self._month_of(published),
                                   s, e, si, 0.6)

    def _rosters(self, text, sentences, mentions, records, published) -> None:
        """visits round 2 of session 8: a roster of leaders at an event the sentence places: "opened the summit in
        Jakarta, joined by the presidents of Laos, Cambodia and Myanmar", "the prime ministers of A and B attended the
        conference in P", "A's X and B's Y are among the leaders gathering in P", "the leaders of A and B will attend /
        are staying away from the summit in P" (visit_roster.csv). One trip each, occurred, planned or cancelled by the
        words after (or before) the roster; none for the host country's own leader, nor by video. The host: a place
        named "in/at P" in the sentence outside the roster, else "here" / "this ... capital" under a dateline, else
        ("staying away from the gathering") the trip to an event told in the three sentences before."""
        by_sentence = _per_sentence(sentences, mentions)
        scene = self._scene[0] if self._scene is not None else None
        sep_re = re.compile(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
        poss_re = re.compile(r"['’]s\s+")
        told_ids = {(r.visitor.iso3, r.host_iso3, r.status) for r in records}
        names: dict[str, set[str]] = {}

        def land(x):  # a country named in a list ("the presidents of Laos": the finder may make it the office's holder)
            if not x.iso3:
                return False
            if x.kind == "country":
                return x.alias_kind not in ("demonym", "capital")
            if x.kind != "person":
                return False
            if x.iso3 not in names:
                actor = self.registry.actors.get(f"country:{x.iso3}")
                names[x.iso3] = {n.lower() for n in [actor.name, *actor.aliases]} if actor is not None else set()
            return x.surface.lower() in names[x.iso3]

        for si, (s, e) in enumerate(sentences):
            ments = by_sentence[si]
            if not self._roster_gate_re.search(text, s, e) or re.search(
                    r"\b(?:video|virtual(?:ly)?|online|tele(?:phone|conference)|phone)\b", text[s:e], re.I):
                continue
            at = {x.start: i for i, x in enumerate(ments)}
            spots = None  # (start, iso3, place): the places named "in/at P" in the sentence, found once
            days: dict[bool, list] = {}
            sentence_years = None  # perf s9: the years the sentence names, found once (a sentence of hundreds of rosters)
            k = 0
            while k < len(ments):
                m = ments[k]
                k += 1
                if not land(m):
                    continue
                roster: list[tuple[Mention, Mention]] = []  # (country, person or country)
                head = self._roster_head_re.search(text, max(s, m.start - 60), m.start)
                if head is not None:
                    lst, i = [m], k
                    while i < len(ments) and land(ments[i]) and sep_re.fullmatch(text, lst[-1].end, ments[i].start):
                        lst.append(ments[i])
                        i += 1
                    if len(lst) < 2:
                        continue
                    roster = [(c, c) for c in lst]
                    lo, hi = head.start(), lst[-1].end
                else:
                    # "A's X, B's Y and C's Z": each a country's person
                    i, lo = k - 1, m.start
                    while i + 1 < len(ments):
                        c, who = ments[i], ments[i + 1]
                        pm = poss_re.match(text, c.end)
                        if not land(c) or pm is None or who.start != pm.end() or who.kind != "person" or not who.actor_id \
                                or who.iso3 != c.iso3:
                            break
                        roster.append((c, who))
                        sep = sep_re.match(text, who.end)
                        if sep is None or sep.end() not in at:
                            break
                        i = at[sep.end()]
                    if len(roster) < 2:
                        continue
                    hi = roster[-1][1].end
                while k < len(ments) and ments[k].start < hi:
                    k += 1
                # (final review of session 8) a roster of former office holders ("former / ex- / then / past presidents
                # of A and B"), or one in a sentence dated to another year than the publication's ("in 2008"): the
                # countries, never today's office holders, also for trips other rules already told of the roster
                if sentence_years is None:
                    sentence_years = re.findall(r"\b(?:19|20)\d\d\b", text[s:e])
                yrs = sentence_years
                bygone = bool(re.search(r"\b(?:former|ex|then|past)(?:\s+|\s*-\s*)$", text[max(s, lo - 20):lo], re.I)
                              or (yrs and str(published.year) not in yrs))
                if bygone:
                    starts = {who.start for _, who in roster}
                    for r in records:
                        if r.sentence_index == si and r.visitor.kind == "person" and r.visitor.start in starts:
                            actor = self.registry.actors.get(f"country:{r.visitor.iso3}")
                            r.visitor = Party(r.visitor.start, r.visitor.end, f"country:{r.visitor.iso3}",
                                              actor.name if actor else r.visitor.iso3, r.visitor.iso3, "country")
                after = self._roster_after_re.match(text, hi, e)
                if after is not None:
                    status = "cancelled" if after.group("skip") else "planned" if after.group("plan") else "occurred"
                    if status == "occurred" and re.search(r"\b(?:will|would)\s+$", text[max(s, lo - 30):lo]):
                        continue
                elif self._roster_before_re.search(text, max(s, lo - 60), lo) or (
                        head is not None and self._roster_before_re.search(text, max(s, head.start() - 60), head.end())):
                    status = "planned" if re.search(r"\bwill\s+be\b", text[max(s, lo - 80):lo]) else "occurred"
                else:
                    continue
                if spots is None:
                    spots = []
                    for x in ments:
                        if x.kind != "country" or not x.iso3 or any(ls <= x.start < le for ls, le in self._datelines):
                            continue
                        if x.alias_kind == "demonym":
                            # "gathering in the Chinese capital"
                            if re.match(r"\s+capital\b", text[x.end:x.end + 9]) and re.search(
                                    r"\b(?:in|at)\s+the\s+$", text[max(s, x.start - 8):x.start]):
                                spots.append((x.start, x.iso3, None))
                        elif re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(s, x.start - 8):x.start]):
                            spots.append((x.start, x.iso3, Place(x.surface, x.iso3, 0.0, 0.0, x.start, x.end)
                                          if x.alias_kind == "capital" else None))
                    for p in self.places.find(text, s, e, [(x.start, x.end) for x in ments if x.kind == "country"]):
                        if re.search(r"\b(?:in|at)\s+$", text[max(s, p.start - 4):p.start]):
                            spots.append((p.start, p.iso3, p))
                    spots.sort(key=lambda t: t[0])
                    if scene is not None and re.search(r"\b(?:here|this\s+(?:[a-z]+\s+){0,2}(?:capital|city|resort|port))\b",
                                                       text[s:e]):
                        spots.append((e, scene.iso3, scene))
                host, place = next(((iso, pl) for pos, iso, pl in spots if not lo <= pos < hi), (None, None))
                told = None
                if host is None and re.search(r"\b(?:from|attend|join|skip|boycott)\w*\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?"
                                              r"(?:gathering|summit|meeting|conference|forum|talks|ceremony|event)\b",
                                              text[hi:min(e, hi + 200)], re.I):
                    # "... are also staying away from the gathering": the trip whose sentence (of the three before)
                    # names an event, not "... will travel to Washington next month instead"
                    told = next((r for r in reversed(records) if si - 3 <= r.sentence_index < si and not r.earlier
                                 and not r.is_domestic and re.search(
                                     r"\b(?:summit|meeting|conference|forum|gathering|talks|ceremony|inauguration|games)\b",
                                     text[r.sentence[0]:r.sentence[1]], re.I)), None)
                    if told is not None:
                        host, place = told.host_iso3, told.place
                if host is None:
                    continue
                future = status != "occurred"
                if future not in days:
                    days[future] = [d for d in self._undateline(self.dates.find(text[s:e], published, offset=s, future=future))
                                    if (d.start > published) == future or status == "cancelled"]
                spans = days[future]
                date = ((spans[-1] if not future else spans[0]) if spans else told.date if told is not None and told.date
                        else self._month_of(published))
                for c, who in roster:
                    if c.iso3 == host or (c.iso3, host, status) in told_ids:
                        continue
                    if who is not c and not bygone:
                        party = Party(who.start, who.end, who.actor_id, who.name, who.iso3, "person")
                    else:
                        actor = self.registry.actors.get(f"country:{c.iso3}")
                        party = Party(c.start, c.end, f"country:{c.iso3}", actor.name if actor else c.iso3, c.iso3, "country")
                    rec = Record(party, host, status, "042", 0.6, (s, e), si, None, place)
                    rec.date = date
                    rec.preset = True
                    rec.history.append(status)
                    records.append(rec)
                    told_ids.add((c.iso3, host, status))

    def _dateline_scene(self, text, sentences, mentions, records, published) -> None:
        """visits round 2 of session 8: the lead of a story filed from a wire dateline ("HANOI - ", "COLOMBO, May 12 - ",
        "NAIROBI (Reuters) - ") tells a foreign leader doing something there in person ("addressed lawmakers on
        Monday", "oversaw the signing", "laid a wreath"; visit_scene_acts.csv): a trip to the dateline's country, dated
        by the lead. The doer is the lead's subject (its first person, right after the dateline); not one of the
        dateline country, nor one whose act was by video, telephone or letter, nor a plan ("will address"), nor one
        the story already sends elsewhere in the lead or already takes to that country."""
        wire, le = self._scene
        si = _sentence_at(sentences, le)
        if si is None:
            return
        s, e = sentences[si]
        first = next((m for m in mentions if m.kind == "person" and le <= m.start < e), None)
        if (first is None or not first.iso3 or first.iso3 == wire.iso3 or first.start - le > 60
                or any(m.kind in ("person", "country") and m.alias_kind != "demonym" and le <= m.start < first.start
                       and m.iso3 != first.iso3 for m in mentions)):
            return
        if not lead_subject(text, le, first) or re.search(r"\b(?:zoom|skype|videolink|video-link|satellite)\b", text[s:e], re.I):
            return  # (session 10 fix round, review H1-H2: "Biden's ambassador opened ... here": the owner is no doer)
        act = self._scene_act_re.search(text, first.end, e)
        # (the subject's own act: no other person between but a co-subject ("X and Prime Minister Y oversaw"), and not
        # far: "X has invited Y, his sister Z told ...")
        if act is not None and (act.start() - first.end > 200 or any(
                m.kind == "person" and first.end <= m.start < act.start()
                and not re.fullmatch(r"\s+and\s+(?:(?:his|her)\s+(?:[A-Z][\w'’-]*\s+)?counterpart,?\s+)?"
                                     r"(?:[A-Z][\w.'’-]*\s+){0,4}", text[first.end:m.start]) for m in mentions)):
            act = None
        if act is None or re.search(r"\b(?:will|would|to\s+be|is\s+to|plans?|expected|due)\b", text[first.end:act.start()], re.I):
            return
        if re.search(r"\b(?:video|virtual(?:ly)?|online|tele(?:phone|conference)|phone|call|letter|message|interview|"
                     r"statement|remotely)\b", text[s:e], re.I):
            return
        # s23: "AMMAN, Jordan - Tillerson arrived from Kuwait, where ...": the place he came from is the leg before, not
        # where the lead puts him
        came_from = set()
        if (fm := _ARRIVED_FROM_RE.match(text, act.start(), e)) is not None:
            came_from = {m.iso3 for m in mentions if m.kind == "country" and m.iso3 and fm.end() <= m.start < fm.end() + 40
                         and m.alias_kind != "demonym"} | {p.iso3 for p in self.places.find(text, fm.end(), min(e, fm.end() + 40))
                                                          if p.start == fm.end() or p.start == fm.end() + 4}
        if any(r.visitor.actor_id == first.actor_id and (r.host_iso3 == wire.iso3 or (
                r.sentence_index == si and r.status == "occurred" and r.host_iso3 not in came_from)) for r in records):
            return
        # (the act's own clause: "... and told workers that India would build ..." looks ahead)
        cut = re.compile(r",|;|\bthat\b|\bwhich\b").search(text, act.end(), e)
        # (final review of session 8) not when the lead names a place or a country of another country after the
        # subject ("told a news conference in Moscow"), nor for an act at the subject's home institutions ("addressed
        # Congress", "at the White House"), unless the seat is the dateline country's ("Vietnamese lawmakers")
        ce = cut.start() if cut is not None else e
        if any(p.iso3 and p.iso3 not in came_from and p.iso3 != wire.iso3 for p in self.places.find(
                text, first.end, ce, [(m.start, m.end) for m in mentions if m.kind == "country"])) or any(
                m.kind == "country" and m.iso3 not in (None, wire.iso3) and m.iso3 not in came_from and m.alias_kind != "demonym"
                and first.end <= m.start < ce for m in mentions):
            return
        for seat in self._home_seat_re.finditer(text, act.start(), ce):
            if not any(m.iso3 == wire.iso3 and m.kind == "country" and seat.start() - 16 <= m.end <= seat.start()
                       for m in mentions):
                return
        lead = text[s:cut.start() if cut is not None else e]
        spans = [d for d in self._undateline(self.dates.find(lead, published, offset=s)) if d.start <= published]
        rec = Record(Party(first.start, first.end, first.actor_id, first.name, first.iso3, "person"),
                     wire.iso3, "occurred", "042", 0.6, (s, e), si, None, wire)
        rec.date = spans[0] if spans else self._month_of(published)
        rec.preset = True
        rec.history.append("occurred")
        records.append(rec)

    def _tour_legs(self, text, sentences, mentions, records, published) -> None:
        """The legs of a tour told with its owner: "X's Asia tour began in India" (occurred), "... and continues in
        Indonesia" (planned; "continued" / "ended": occurred). Dated by the clause, else the publication month."""
        for si, (s, e) in enumerate(sentences):
            for tm in _TOUR_BEGAN_RE.finditer(text, s, e):
                who = next((m for m in mentions if m.kind == "person" and m.iso3 and m.end == tm.start()), None)
                if who is None:
                    continue
                legs, at, status = [], tm.end(), "occurred"
                while at is not None:
                    dest = next((c for c in mentions if c.kind == "country" and c.iso3 and c.alias_kind != "demonym"
                                 and c.start == at), None) or next(
                        (p for p in self.places.find(text, at, min(e, at + 40)) if p.start == at), None)
                    if dest is None:
                        break
                    legs.append((dest, status))
                    nx = _TOUR_NEXT_RE.match(text, dest.end, e)
                    at = nx.end() if nx else None
                    if nx is not None:
                        status = "occurred" if nx.group("verb").lower() in ("continued", "moved on", "went on", "ended") else "planned"
                for dest, status in legs:
                    if dest.iso3 == who.iso3 or any(r.visitor.actor_id == who.actor_id and r.host_iso3 == dest.iso3
                                                    for r in records):
                        continue
                    rec = Record(Party(who.start, who.end, who.actor_id, who.name, who.iso3, "person"), dest.iso3, status,
                                 "042", 0.6, (s, e), si)
                    rec.date = self._month_of(published)
                    rec.preset = True
                    rec.history.append(status)
                    records.append(rec)

    def _background_trips(self, text, sentences, mentions, records, published) -> None:
        """Earlier trips told as background, one rule family: a person, then "last went/visited/travelled (there |
        to <Place>)", "made/paid the (first) visit (by a ...) to <Place>"; or "the last <title> to visit, <person>,".
        The place named, else ("there", or none) the country of the story's last trip told before; dated by a past
        date later in the clause (required). Occurred, kept apart from the story's trip."""
        for si, (s, e) in enumerate(sentences):
            people = [m for m in mentions if s <= m.start < e and m.kind == "person" and m.iso3 and m.actor_id]
            if not people:
                continue
            hits = []  # (person, where the place may start)
            for m in people:
                mm = _BG_LAST_WENT_RE.match(text, m.end, e) or _BG_MADE_RE.match(text, m.end, e)
                if mm is not None:
                    hits.append((m, mm.end()))
            for lm in _BG_LAST_TO_RE.finditer(text, s, e):
                m = next((p for p in people if p.start == lm.end()), None)
                if m is not None:
                    hits.append((m, None))
            for m in people:
                if _BG_LAST_SUCH_RE.search(text, max(s, m.start - 80), m.start):
                    hits.append((m, None))
            for m, at in hits:
                host, after = None, m.end
                if at is not None:
                    dest = next((c for c in mentions if c.kind == "country" and c.iso3 and c.alias_kind != "demonym"
                                 and c.start == at), None)
                    if dest is None:
                        dest = next((p for p in self.places.find(text, at, min(e, at + 40)) if p.start == at), None)
                    if dest is not None:
                        host, after = dest.iso3, dest.end
                    else:
                        after = at
                if host is None:
                    trip = next((r for r in reversed(records) if not r.earlier and not r.is_domestic and r.sentence[0] <= s
                                 and r.status in ("occurred", "planned")), None)
                    if trip is None:
                        continue
                    host = trip.host_iso3
                if host == m.iso3 or published is None:
                    continue
                stop = text.find(";", after, e)
                spans = [d for d in self._undateline(self.dates.find(text[after:e if stop < 0 else stop], published,
                                                                     future=False, offset=after)) if d.end < published]
                if not spans:
                    continue
                self._add_earlier(Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person"), host, spans[0], s, e, si, records)

    def _joint_presence(self, text, sentences, mentions, records, published) -> None:
        """Visits session 7: two people of two countries told as the joint doers of one act placed "in <place>" ("A and
        B led their cabinets in talks in Berlin on Monday", "an accord signed by A and B in Berlin", "A and B agreed
        in Berlin") were both there: the one whose country is not the place's came (occurred when the clause is
        past, planned when it looks ahead; dated by the clause's first date after the pair). Only when exactly one of
        the two is of the place's country; a trip the story already tells between the two is left as it is."""
        people = sorted((m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id), key=lambda m: m.start)
        places_by_start = {m.start: m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
        for p1, p2 in zip(people, people[1:]):
            if p1.iso3 == p2.iso3 or not _JOINT_GAP_RE.fullmatch(text, p1.end, p2.start):
                continue
            si = _sentence_at(sentences, p1.start)
            if si is None or _sentence_at(sentences, p2.start) != si:
                continue
            s0, e0 = sentences[si]
            hi = min(e0, p2.end + 160)
            brk = _JOINT_STOP_RE.search(text, p2.end, hi)
            hi = brk.start() if brk else hi
            verb = _JOINT_VERB_RE.match(text, p2.end, hi)
            by = _JOINT_BY_RE.search(text, max(s0, p1.start - 60), p1.start)
            if verb is None and by is None:
                continue
            at = _JOINT_IN_RE.search(text, p2.end, hi)
            if at is None:
                continue
            place = places_by_start.get(at.end())
            host = place.iso3 if place is not None else None
            if host is None:
                found = self.places.find(text, at.end(), min(hi, at.end() + 40))
                host = found[0].iso3 if found and found[0].start == at.end() else None
            if host is None or (p1.iso3 == host) == (p2.iso3 == host):
                continue
            guest = p2 if p1.iso3 == host else p1
            if any(r.visitor.actor_id == guest.actor_id and r.host_iso3 == host for r in records):
                continue
            # the tense is the pair's own verb's ("will open", "led"); "signed by A and B" tells an act done
            future = verb is not None and re.match(r"\s+(?:[a-z]+ly\s+)?(?:will|are)\b", verb.group()) is not None
            if by is None and not future and not (verb.group().split()[-1].endswith("ed")
                                                  or verb.group().split()[-1] in ("met", "held", "laid", "led")):
                continue  # (a present-tense description, not a told act)
            days = [d for d in self._undateline(self.dates.find(text[p2.end:hi], published, future=future, offset=p2.end))]
            rec = self._earlier_record(Party(guest.start, guest.end, guest.actor_id, guest.name, guest.iso3, "person"), host,
                                       days[0] if days else None, (s0, e0), si, confidence=0.6,
                                       status="planned" if future else "occurred", earlier=False)
            records.append(rec)

    def _also_attending(self, text, sentences, mentions, records, published) -> None:
        """Visits session 7b (rosters): "A, who ..., and B are also attending" / "B is also taking part": the people
        named as the subjects of an attendance verb with no place of its own are at the story's scene, the host of
        its lead trip (the first trip of the story dated around the story): occurred, in the story's month. Only
        people of another country than the scene's, only subjects (the names before the verb in its sentence, none
        after "with", "by" or "to")."""
        lead = next((r for r in records if not r.earlier and not r.is_domestic and r.status == "occurred" and r.date is not None
                     and abs((r.date.start - published).days) <= 7), None)
        if lead is None:
            return
        host = lead.host_iso3
        # (sorted starts and a set of the pairs told: a roster of thousands of names is not quadratic)
        cand = sorted(((p.start, i, p) for i, p in enumerate(mentions)
                       if p.kind == "person" and p.actor_id and p.iso3 and p.iso3 != host), key=lambda t: t[0])
        cand_starts = [t[0] for t in cand]
        all_starts = sorted(q.start for q in mentions if q.kind == "person")
        told = {(r.visitor.actor_id, r.host_iso3) for r in records}
        for m in _ALSO_ATTENDING_RE.finditer(text):
            si = _sentence_at(sentences, m.start())
            if si is None:
                continue
            s0, e0 = sentences[si]
            lo, hi = bisect.bisect_left(cand_starts, s0), bisect.bisect_left(cand_starts, m.start())
            for _, _, p in sorted(cand[lo:hi], key=lambda t: t[1]):  # (in the mentions' order, as before)
                if re.search(r"\b(?:with|by|to|from|for|against|than)\s+(?:[\w.'’-]+\s+){0,4}$", text[max(s0, p.start - 40):p.start]):
                    continue
                if (p.actor_id, host) in told:
                    continue
                k = bisect.bisect_left(all_starts, p.end)
                nxt = all_starts[k] if k < len(all_starts) and all_starts[k] < m.start() else m.start()
                own = [d for d in self._undateline(self.dates.find(text[p.end:nxt], published, future=False, offset=p.end))
                       if d.precision == "day" and d.start <= published]  # ("A, who has been in the capital since Monday, ...")
                rec = self._earlier_record(Party(p.start, p.end, p.actor_id, p.name, p.iso3, "person"), host,
                                           own[0] if own else self._month_of(published), (s0, e0), si, confidence=0.55,
                                           status="occurred", earlier=False)
                records.append(rec)
                told.add((p.actor_id, host))

    def _pres_matches(self, text, s0, e0):
        """The presence predicates of text[s0:e0], read back from each "in/at <Capital>" (a story has few of them;
        scanning every position with the verb alternation costs more)."""
        out, last = [], -1
        for loc in _PRES_LOC_RE.finditer(text, s0, e0):
            lo = max(s0, last, loc.start() - 90)
            for m in self._pres_re.finditer(text, lo, min(len(text), loc.end() + 1)):
                if m.end() == loc.end():
                    out.append(m)
                    break
            last = loc.end()
        return out

    def _presence(self, text, sentences, mentions, records, published) -> None:
        """Visits session 7b: ONE rule for an act someone can only do where he is, told with its place: "<doer>
        <presence predicate> ... in/at <place>" (visit_presence.csv: "held talks in", "will sign ... in", "shook hands
        in", "spoke in", "made a stop in", "left the summit in", "joined leaders in"), and the apposition "<doer>, in
        <place> this week,". A doer who is a registry person of another country than the place's was there: occurred
        for a past verb, planned for a future one ("will", "is to", "are due to") or a simple present ("holds talks
        in Paris on Friday"). The doer is the person named right before the verb (an apposition or a second,
        unregistered doer may stand between), the first of two joint doers, or "he/she" = the last person named.
        Dated by the clause's first date after the verb. A trip the story already tells to that place is left as it
        is; an act done by video, message or letter is no presence."""
        people = sorted((m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id), key=lambda m: m.start)
        if not people:
            return
        ends = [p.end for p in people]
        countries_at = {m.start: m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
        told = {(r.visitor.actor_id, r.host_iso3) for r in records}

        def doers(v0, s0):
            k = bisect.bisect_right(ends, v0) - 1
            if k >= 0 and people[k].start >= s0 and _PRES_GAP_RE.fullmatch(text, people[k].end, v0):
                out = [people[k]]
                if k >= 1 and people[k - 1].start >= s0 and _PRES_PAIR_RE.fullmatch(text, people[k - 1].end, people[k].start):
                    out.insert(0, people[k - 1])
                return out
            pro = _PRES_PRONOUN_RE.search(text, max(s0, v0 - 40), v0)
            if pro is not None and k >= 0 and people[k].end <= pro.start() and not any(
                    m.kind == "person" and pro.start() > m.start >= people[k].end for m in mentions):
                si_p = _sentence_at(sentences, people[k].start)
                si_v = _sentence_at(sentences, v0)
                if si_p is not None and si_v is not None and si_v - si_p <= 2:
                    return [people[k]]
            return []

        for si, (s0, e0) in enumerate(sentences):
            for m in self._pres_matches(text, s0, e0):
                obj = m.group("obj") or ""
                if m.group("event") and not self._pres_object_re.search(obj):
                    continue
                if self._pres_remote_re.search(obj):
                    continue
                head = (m.group("verb") or m.group("event")).split()[0].lower()
                if m.group("aux"):
                    status = "planned"
                elif head in self._pres_present:
                    status = "planned"
                elif head.endswith("ed") or head in self._pres_past:
                    status = "occurred"
                else:
                    continue  # (a bare base form: "to sign in", "did not speak in")
                who = doers(m.start(), s0)
                if head in ("said", "told") and not _SPEECH_AT_RE.fullmatch(text, m.start("verb"), m.end()):
                    continue  # (s22: the place right after the speech verb or its hearer, "said in Kyiv", "told Putin
                    # in Moscow"; not "said that he had long worked in the DPRK", "said national income decreased in X")
                if head in ("said", "told") and who:
                    # s22: not an envoy posted there ("U.S. Ambassador Nicholas Burns said in Beijing")
                    who = [w for w in who if not (_ENVOY_WORD_RE.search(text, max(s0, w.start - 40), w.start)
                                                  or _ENVOY_WORD_RE.search(text, w.end, min(e0, w.end + 40)))]
                if not who:
                    continue
                host, place, p_end = self._host_at(text, m.end(), countries_at)
                if host is None:
                    continue
                if head in self._pres_handed and _HANDED_TO_RE.match(text, p_end):
                    continue  # ("left the talks in Geneva to his foreign minister": handed on, not there)
                hi = min(e0, m.end() + 160)
                brk = _JOINT_STOP_RE.search(text, m.end(), hi)
                hi = brk.start() if brk else hi
                if self._pres_remote_re.search(text, m.end(), hi):
                    continue
                days = self._undateline(self.dates.find(text[m.end():hi], published, future=status == "planned", offset=m.end()))
                if not days:  # ("On Sunday he spoke in Prague": the clause's date before the act)
                    lo = max(s0, m.start() - 120, text.rfind(";", max(s0, m.start() - 120), m.start()) + 1)
                    days = self._undateline(self.dates.find(text[lo:m.start()], published, future=status == "planned", offset=lo))
                for p in who:
                    self._add_trip(records, told, p, host, place, status, days[0] if days else None, s0, e0, si, 0.6)
            for m in _PRES_APPOS_RE.finditer(text, s0, e0):
                k = bisect.bisect_right(ends, m.start()) - 1
                if k < 0 or people[k].end != m.start() or people[k].start < s0:
                    continue
                host, place, p_end = self._host_at(text, m.end(), countries_at)
                if host is None:
                    continue
                close = _PRES_APPOS_END_RE.match(text, p_end, e0)
                gathering = None
                if close is None:  # (session 10: "X, in Davos for the forum,"; fix round, review H10-H11)
                    gathering = close = _appos_for_gathering(text, people[k], p_end, s0, e0)
                # (only a place and a time word: "X, in Davos remarks
                if close is None:                                   # broadcast from Kyiv, ..." tells no presence)
                    continue
                appos = text[m.start():close.end()]
                if self._pres_remote_re.search(appos) or self._not_trip_re["remote"].search(appos):
                    continue
                days = self._undateline(self.dates.find(text[m.end():close.end() - 1], published, future=False, offset=m.end()))
                if gathering is not None:
                    # (review H11: the gathering's date is the sentence's, "In June 2019, X, in Moscow for the talks,";
                    # a trip of that person there another rule dated is left alone)
                    if any(r.visitor.actor_id == people[k].actor_id and r.host_iso3 == host and r.date is not None for r in records):
                        continue
                    days = [d for d in self._undateline(self.dates.find(text[s0:e0], published, future=False, offset=s0))
                            if d.start <= published]
                self._add_trip(records, told, people[k], host, place, "occurred", days[0] if days else self._month_of(published),
                               s0, e0, si, 0.6)

    def _gazetteer(self, name: str, prefer=frozenset()):
        """Visits session 7b: the gazetteer look-up of a name the rules read themselves, with the same exclusions as
        `PlaceFinder.find` ("the Commonwealth summit" is no trip to the Philippine town of Commonwealth)."""
        if name.lower() in COMMON_PLACE_WORDS:
            return None
        return self.registry.place(name, prefer)

    def _not_trips(self, text, records) -> None:
        """Visits session 7b: sentences that tell no trip of the records made from them (visit_not_trip.csv): a
        diplomat arriving "to take up his post"; a plan only reported to be denied ("denied reports that X would
        visit P": the planned record); "had no plans to visit P" (no trip existed: its cancelled or planned record);
        a gathering held by video ("a virtual summit", "by video link": its occurred and planned records, unless the
        sentence also tells a movement). Background trips (`earlier`) and other sentences are untouched."""
        drop = set()
        for r in records:
            if r.earlier or r.is_domestic:
                continue
            s0, e0 = r.sentence
            at = r.visitor.start if s0 <= r.visitor.start < e0 else s0
            lo, hi = max(s0, at - 400), min(e0, at + 400)  # (a window: a sentence of thousands of records is not quadratic)
            lo, hi = text.rfind(";", lo, at) + 1 or lo, text.find(";", at, hi)
            sent = text[max(s0, lo):(min(e0, at + 400) if hi < 0 else hi)]  # (the clause telling the trip: "X will speak by video; Y will attend")
            if r.status == "occurred" and self._not_trip_re["post"].search(sent):
                drop.add(id(r))
            elif r.status == "planned" and (d := self._not_trip_re["denial"].search(sent)) \
                    and d.start() < r.visitor.start - max(s0, lo):  # (the denial governs the clause telling the trip)
                drop.add(id(r))
            elif r.status in ("cancelled", "planned") and self._not_trip_re["no_plan"].search(sent):
                drop.add(id(r))
            elif r.status in ("occurred", "planned") and (rm := self._not_trip_re["remote"].search(sent)) \
                    and not _MOVED_RE.search(sent):
                v = r.visitor.start - max(s0, lo)  # (the remote act must be the visitor's: no clause break between them)
                a, b = (v, rm.start()) if v < rm.start() else (rm.end(), v)
                if not (0 <= v and _NT_CLAUSE_BREAK_RE.search(sent, a, b)):
                    drop.add(id(r))
        if drop:
            records[:] = [r for r in records if id(r) not in drop]

    def _undated_legs(self, text, records, published) -> None:
        """Visits session 7b: a planned leg told as the tour's continuation ("He will then go to A, B and C",
        "Afterwards he will travel to D", "will fly on to E") with no date of its own takes the month of the story
        when the same traveller's current trip is dated around the story (from two weeks before to a month after).
        Session 7c: so does a leg done after it ("... before leaving for Q", visit_onward_leg.csv)."""
        lo, hi = published - dt.timedelta(days=14), published + dt.timedelta(days=31)
        current = {r.visitor.actor_id for r in records
                   if not r.earlier and not r.is_domestic and r.status in ("occurred", "planned") and r.date is not None
                   and r.date.precision in ("day", "week", "month") and r.date.end >= lo and r.date.start <= hi
                   and r.visitor.kind == "person"}
        for r in records:
            if r.date is None and r.status == "planned" and not r.earlier and not r.is_domestic \
                    and r.visitor.actor_id in current and _LEG_NEXT_RE.search(text, r.sentence[0], r.sentence[1]):
                r.date = self._month_of(published)
            elif (r.date is None and r.status == "occurred" and not r.earlier and not r.is_domestic
                  and r.visitor.actor_id in current and self._onward_re.search(text, r.sentence[0], r.sentence[1])):
                # visits session 7c: the leg a traveller left for after the current trip ("He also met X before
                # leaving for Q"), told with no date of its own: the story's month, like a planned continuation
                r.date = self._month_of(published)

    def _trip_nouns(self, text, sentences, mentions, records, published) -> None:
        """Visits session 7b: ONE frame for a trip told as a noun phrase: TRIP-NOUN + visitor + place (+ date).
        Visitor: "a/the <mods> visit by / of <person>", "<person>'s <mods> trip", "<person>, whose <mods> trip ... was
        to", or the clause's subject for "with / after trips to A, B and C". Place: "to/in <place>" right after the
        visitor or the noun (also ", to <place>"), a list giving one trip per place. Status: a plan modifier
        ("planned", "upcoming") makes it planned, a call-off modifier ("postponed") cancelled, else occurred. Date: the
        first date of the phrase up to the clause end (read ahead for a planned trip), else a year or month inside the
        modifiers ("her 2016 trip"), else none. A trip the story already tells to that place is left as it is."""
        people = sorted((m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id), key=lambda m: m.start)
        starts = [p.start for p in people]
        ends = [p.end for p in people]
        countries = {m.start: m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
        told = {(r.visitor.actor_id, r.host_iso3) for r in records}

        def place_list(pos, hi):
            return self._place_list(text, pos, hi, countries)

        def emit(who, m, lo, places, s0, e0, si, own_clause=False):
            if not places:
                return
            mods = m.group("mods")
            plural = re.search(r"s\s*$", text[lo:places[0][2]].split(" to ")[0].split(" in ")[0].strip(" ,")) is not None
            status = "cancelled" if self._tn_off_re.search(mods) else "planned" if self._tn_plan_re.search(mods) else "occurred"
            if status == "occurred" and (_AWAITED_RE.search(text, max(s0, m.start() - 70), m.start())
                                         or _TN_AHEAD_AFTER_RE.match(text, places[-1][2])):
                status = "planned"  # s20: "looking forward to the state visit of X to Russia", "... will take place in June"
            stop = _JOINT_STOP_RE.search(text, places[-1][2], min(e0, places[-1][2] + 120))
            hi = stop.start() if stop else min(e0, places[-1][2] + 120)
            if status != "cancelled" and _TN_OFF_AFTER_RE.match(text, places[-1][2], hi):
                status = "cancelled"  # s23: "A planned stop by King Salman in the Maldives has been called off"
            if _TN_DENIED_RE.match(text, places[-1][2], hi) or _TN_DENIED_BEFORE_RE.search(text, max(s0, m.start() - 40), m.start()):
                return  # s23: "a visit by Xi to North Korea was not on the agenda", "... has been ruled out": no trip
            if own_clause:
                # ("X, whose last trip was to France, stayed home this month": the date of the main clause is not the
                # trip's; read only up to the phrase's closing comma)
                comma = text.find(",", places[-1][2], hi)
                hi = comma if comma >= 0 else hi
            days = [d for d in self._undateline(self.dates.find(text[places[-1][2]:hi], published, future=status == "planned",
                                                                offset=places[-1][2]))]
            if not days:
                days = [d for d in self._undateline(self.dates.find(mods, published, future=False, offset=m.start("mods")))
                        if d.precision in ("year", "month")]
            if not days and status == "occurred" and (
                    during := _DURING_WHO_RE.search(text, max(s0, min(lo, who.start) - 60), min(lo, who.start))) is not None:
                # visits session 8: "agreed on Saturday to ..., during X's one-day stop in P": the act's day is a day
                # of the trip it was done during
                days = [d for d in self._undateline(self.dates.find(text[s0:during.start()], published, future=False,
                                                                    offset=s0)) if d.start <= published][-1:]
            if plural and len(places) == 1 and not days:
                return  # ("since X's trips to Beijing": several trips, none told apart)
            if status == "occurred" and days and published is not None and days[0].start > published:
                status = "planned"  # visits fix session 8: "X's stop in Paris next week will be brief": a trip dated ahead
            for iso, place, _ in places:
                self._add_trip(records, told, who, iso, place, status, days[0] if days else None, s0, e0, si, 0.55)

        for si, (s0, e0) in enumerate(sentences):
            for m in self._tn_by_re.finditer(text, s0, e0):
                k = bisect.bisect_left(starts, m.end())
                if k >= len(people) or people[k].start - m.end() > 40 or people[k].start >= e0 \
                        or not re.fullmatch(r"(?:[\w.'’-]+\s+){0,5}", text[m.end():people[k].start]):
                    continue
                to = re.match(r"\s+(?:to|in)\s+(?:the\s+)?(?=(?-i:[A-Z]))", text[people[k].end:e0])
                if to is None:
                    continue
                emit(people[k], m, m.start(), place_list(people[k].end + to.end(), e0), s0, e0, si)
            for m in self._tn_poss_re.finditer(text, s0, e0):
                k = bisect.bisect_right(ends, m.start()) - 1
                whose = m.group("poss")[0] not in "'’"
                if k < 0 or not (re.fullmatch(r"\s*,\s*", text[people[k].end:m.start()]) if whose else people[k].end == m.start()):
                    continue
                emit(people[k], m, m.start(), place_list(m.end(), e0), s0, e0, si,
                     own_clause=whose or self._tn_last_re.search(m.group("mods")) is not None)
            for m in self._tn_bare_re.finditer(text, s0, e0):
                k = bisect.bisect_left(starts, s0)
                first = people[k] if k < len(people) and people[k].start < m.start() else None
                j = bisect.bisect_right(starts, first.start) if first is not None else 0
                if first is None or first.start - s0 > 60 or (j < len(people) and people[j].start < m.start()):
                    continue
                emit(first, m, m.start(), place_list(m.end(), e0), s0, e0, si)

    def _legs(self, text, sentences, mentions, records, published) -> None:
        """Visits session 7b: ONE rule for the other legs of a trip the story tells, each told around the trip of a
        registry person the sentence already gives (its `anchor`, a record of that person made from the sentence):
        - an origin leg: "<doer> arrived / flew in / came / travelled on from <place>" (also "from the <event> in
          <place>", and "<doer>, who came from <place>, ..."), occurred, dated by the sentence's date after the place
          (a where-clause: "from X, where he met Y on Friday"), else the month of the story;
        - a participle leg: "..., stopping in <place> (on the way)", "..., visiting A, B and C": each place a leg with
          the anchor's status, dated to the anchor's month;
        - "After <place>, <doer> will fly on to ...": the place before is a leg done (occurred, the story's month);
        - "<doer>'s / his next stop (after X) is A, followed by B and C": X occurred, A, B, C planned (the story's month).
        A place of the traveller's own country (going home) is no leg; a leg the story already tells is left as it is."""
        people = sorted((m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id), key=lambda m: m.start)
        if not people:
            return
        ends = [p.end for p in people]
        starts = [p.start for p in people]
        c_at = {m.start: m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
        month = self._month_of(published)
        told = {(r.visitor.actor_id, r.host_iso3) for r in records}
        # (a record index: each person's first current trip per sentence, so a story of thousands of travellers is not
        # quadratic)
        anchors = {}
        for r in records:
            if not r.earlier and not r.is_domestic and not getattr(r, "step_of_trip", False):
                anchors.setdefault((r.visitor.actor_id, r.sentence), r)

        def host_at(pos):
            return self._host_at(text, pos, c_at)

        def first_in(s0, hi):  # the first person named in text[s0:hi]
            k = bisect.bisect_left(starts, s0)
            return people[k] if k < len(people) and people[k].start < hi else None

        def doer(v0, s0, relative=False):
            k = bisect.bisect_right(ends, v0) - 1
            if k < 0 or people[k].start < s0:
                return None
            gap = text[people[k].end:v0]
            if _PRES_GAP_RE.fullmatch(gap) or (relative and re.fullmatch(r",\s+who\s+(?:also\s+|had\s+|has\s+)*", gap)):
                return people[k]
            return None

        def anchor(who, s0, e0):
            return anchors.get((who.actor_id, (s0, e0)))

        def add(who, host, place, status, date, s0, e0, si):
            rec = self._add_trip(records, told, who, host, place, status, date, s0, e0, si, 0.55)
            if rec is not None:
                anchors.setdefault((who.actor_id, rec.sentence), rec)

        def place_list(lo, hi):  # "A, B and C", "A, followed by B and C": the countries named one after another
            return [(iso, place) for iso, place, _ in self._place_list(text, lo, hi, c_at)]

        for si, (s0, e0) in enumerate(sentences):
            sent = text[s0:e0]
            if " from " in sent:
                for m in self._leg_origin_re.finditer(text, s0, e0):
                    who = doer(m.start(), s0, relative=True)
                    if who is None:
                        continue
                    iso, place, end = host_at(m.end())
                    if iso is None:  # "from the G20 in Rome"
                        ev = self._leg_event_in_re.match(text, m.end(), e0)
                        if ev is not None:
                            iso, place, end = host_at(ev.end())
                    if iso is None:
                        continue
                    wh = re.match(r",\s+where\s", text[end:min(e0, end + 20)])  # (the day of "from X, where he met Y on Friday")
                    w_hi = min(e0, end + 120)
                    days = [d for d in self._undateline(self.dates.find(text[end:w_hi], published, future=False, offset=end))
                            if d.start <= published] if wh else []
                    add(who, iso, place, "occurred", days[0] if days else month, s0, e0, si)
            if ", " in sent and any(w in sent for w in self._leg_part_words):
                for m in self._leg_part_re.finditer(text, s0, e0):
                    first = first_in(s0, m.start())
                    if first is None or first.start - s0 > 60:
                        continue
                    trip = anchor(first, s0, e0)
                    if trip is None:  # "X left for the Middle East on Saturday, visiting A, B and C": the move has no country
                        mv = _LEG_MOVE_RE.search(text, first.end, m.start())
                        if mv is None:
                            continue
                        trip = Record(first, "", "planned" if mv.group("fut") else "occurred", "042", 0.5, (s0, e0), si)
                    if trip.status not in ("occurred", "planned"):
                        continue
                    c_hi = min(e0, m.end() + 300)
                    stop = _CLAUSE_STOP_RE.search(text, m.end(), c_hi)
                    for iso, place in place_list(m.end(), stop.start() if stop else c_hi):
                        date = trip.date if trip.date is not None and trip.date.precision in ("month", "week", "day") else month
                        if date is not None and date.precision != "month":
                            date = self._month_span(date.start)
                        add(first, iso, place, trip.status, date, s0, e0, si)
            for m in (_LEG_BEFORE_RE.finditer(text, s0, e0) if "before " in sent else ()):  # "... in A on Friday before flying to B"
                first = first_in(s0, m.start())
                trip = anchor(first, s0, e0) if first is not None and first.start - s0 <= 60 else None
                if trip is None or trip.status not in ("occurred", "planned"):
                    continue
                date = self._month_span(trip.date.start if trip.date is not None else month.start)
                c_hi = min(e0, m.end() + 300)
                stop = _CLAUSE_STOP_RE.search(text, m.end(), c_hi)
                for iso, place in place_list(m.end(), stop.start() if stop else c_hi):
                    add(first, iso, place, trip.status, date, s0, e0, si)
            a = _LEG_AFTER_RE.match(text, s0, e0) if "After " in sent else None
            if a is not None:
                iso, place, end = host_at(a.end())
                if iso is not None:
                    after = re.match(r"\s*,\s+", text[end:e0])
                    who = first_in(end, len(text) + 1)
                    if after and who is not None and who.start - end <= 40 + after.end() and _sentence_at(sentences, who.start) == si \
                            and anchor(who, s0, e0) is not None:
                        add(who, iso, place, "occurred", month, s0, e0, si)
            for n in (_LEG_NEXT_STOP_RE.finditer(text, s0, e0) if "next " in sent else ()):
                k = bisect.bisect_right(ends, n.start()) - 1  # ("X's next stop": X; "his next stop": the last person named)
                if n.group("poss")[0] in "'’":
                    who = people[k] if k >= 0 and people[k].end == n.start() else None
                else:
                    who = people[k] if k >= 0 and n.start() - people[k].end <= 300 else None
                if who is None:
                    continue
                if n.group("prev"):
                    iso, place, end = host_at(n.start("prev"))
                    if iso is not None:
                        add(who, iso, place, "occurred", month, s0, e0, si)
                for iso, place in place_list(n.end(), e0):
                    add(who, iso, place, "planned", month, s0, e0, si)

    def _tr_route_list(self, text, pos, hi, c_at) -> list[tuple[str, object, int, int]]:
        """Visits session 9: the places named one after another from `pos` up to `hi`, each a (iso3, place, start, end):
        "A, B and C", "A on Monday, then to B on Tuesday and C", "A before flying on to B" (none when no place is at
        `pos`)."""
        out = []
        # perf s11: each step (the leg at `pos` and where the next may start, up to `hi`) is kept for the story's text
        # and country mentions, so the many route phrases of one long sentence walk its list once, not once each
        memo = self._tr_step_memo
        if memo.get("text") is not text or memo.get("c_at") is not c_at:
            memo.clear()
            memo.update(text=text, c_at=c_at)
        while pos < hi:
            step = memo.get((pos, hi))
            if step is None:
                step = memo[(pos, hi)] = self._tr_route_step(text, pos, hi, c_at)
            if not step:
                break  # (a place that opens a clause of its own is no leg: "... and China's envoy said", "and Japan said")
            iso, place, end, nxt = step
            out.append((iso, place, pos, end))
            if nxt is None:
                break
            pos = nxt
        return out

    def _tr_clause_route(self, text, pos, hi, c_at, routes) -> list[tuple[str, object, int, int]]:
        """Perf s12: `_tr_route_list(text, pos, hi, c_at)` with one list per clause: a leg list walked from a leg of a
        list this clause already walked is that list from the leg on (each step depends only on its start and `hi`),
        so many trips of one long sentence ("... where he landed on Sunday, before flying to B, where ...") share one
        walk. ``routes``: (leg start, hi) -> (list, index), for one sentence of one text."""
        hit = routes.get((pos, hi))
        if hit is not None:
            return hit[0][hit[1]:]
        legs = self._tr_route_list(text, pos, hi, c_at)
        for k, leg in enumerate(legs):
            routes.setdefault((leg[2], hi), (legs, k))
        return legs

    @staticmethod
    def _tr_own_clause(text, end, memo) -> bool:
        """Perf s12: a clause of its own opens after the leg ending at `end` ("arrived in Tokyo on Monday and China is
        ..."), kept per leg end in ``memo``."""
        hit = memo.get(end)
        if hit is None:
            hit = memo[end] = re.match(r"\s+(?:is|are|was|were|will|would|has|have|had|make|makes|rounds?)\b",
                                       text[end:end + 12]) is not None
        return hit

    def _tr_route_step(self, text, pos, hi, c_at):
        """One step of `_tr_route_list`: (iso3, place, end, start of the next leg or None), or () when no leg is at
        `pos`."""
        iso, place, end = self._host_at(text, pos, c_at)
        if iso is None or end > hi or not self._tr_after_leg_re.match(text, end):
            return ()
        if _TOPIC_BEFORE_RE.search(text, max(0, pos - 90), pos):
            return ()  # s22: "arrived in Tokyo on Sunday for talks on Ukraine and North Korea": a topic, no leg
        nxt = None
        for k in range(end + 1, min(hi, end + 220)):  # the first capital after a list gap ("on Monday, then to B")
            if text[k].isupper() and not text[k - 1].isalnum() and self._tr_gap_re.fullmatch(text, end, k):
                nxt = k
                break
        return (iso, place, end, nxt)

    def _tr_owner(self, text, s0, at, si, people, travellers, focus, doer_ok=False, starts=None, e0=None):
        """Visits session 9: whose tour a route phrase at `at` tells. "X's tour" -> X; else the first person of the
        sentence before it the story has as a traveller; else (`doer_ok`: a sentence that tells its own doer, "X wound
        up a tour of ...") the sentence's first person; else the story's traveller in focus (the one whose trip was
        told last up to this sentence: a host named in the sentence, "Orban said the tour takes in A", is no owner).
        ``starts``: the people's starts (sorted, for bisection); ``e0``: the end of the sentence."""
        starts = starts if starts is not None else [p.start for p in people]
        lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, at)
        before = [p for p in people[lo:hi] if p.end <= at]
        for p in reversed(before):
            if text[p.end:p.end + 1] in ("'", "’") and at - p.end <= 60:
                return p
        for p in before:
            if p.actor_id in travellers:
                return p
        if doer_ok and before and before[0].start - s0 <= 80:
            return before[0]
        if self._tr_other_owner(text, s0, at, before, focus(si, at)):
            return None  # (review of s9-tour #2: "Wang Yi said his own tour takes in A": another's tour, not the focus's)
        told = focus(si, at)
        if told is not None:
            return told
        # (no trip told before it: the sentence's subject, "Macron crossed to Kinshasa for the last stop of a tour that
        # began in Libreville"; or, for words that open the sentence, the traveller after them, "Fresh from his trip
        # to A, X arrived in B")
        if before and before[0].start - s0 <= 3:
            return before[0]
        end = e0 if e0 is not None else len(text)
        after = people[hi:bisect.bisect_left(starts, end)]
        found = next((p for p in after if p.start > at and p.actor_id in travellers), None)
        if found is None and at - s0 <= 3:
            # ("After meeting X in Rome on Saturday, Zelensky collected ...": the subject right after the opening
            # clause's comma)
            comma = text.find(", ", at, end)
            found = next((p for p in after if comma >= 0 and comma < p.start <= comma + 3), None)
        return found

    _TR_POSS_RE = re.compile(r"\b(?:his|her|their)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)
    # "a trip by Japan's foreign minister that took in", "a visit to Moscow by Xi in March": the trip's owner named by "by"
    _TR_BY_RE = re.compile(r"(?:^|\s)by\s+(?:(?:the|a|an)\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Air|Sea|Road|Rail|Train|Car|Boat|Ship)\b)(?-i:[A-Z])", re.I)

    def _tr_other_owner(self, text, s0, at, before, told) -> bool:
        """Visits session 9 (review fixes #2/#3): the sentence gives the tour at `at` to somebody other than the
        traveller in focus `told`: "his own tour" or "his tour" after a named person of the sentence who is not the
        focus ("Wang Yi said his own tour takes in A")."""
        lead = text[max(s0, at - 40):at]
        others = [p for p in before if told is None or p.actor_id != told.actor_id]
        return bool(others) and self._TR_POSS_RE.search(lead) is not None

    def _tr_by_other(self, text, at, hi) -> bool:
        """Visits session 9 (review fixes #2/#3): the words from `at` to `hi` (a tour noun's phrase, or the words after a
        list of legs) name the trip's owner with "by": "a trip by Japan's foreign minister that took in", "a visit to
        Moscow by Xi"."""
        return self._TR_BY_RE.search(text[at:hi]) is not None

    def _tr_days_after(self, text, s0, at, published):
        """Visits session 9: the day of a tour told as "<act> on Thursday, a day after a journey that took him to A":
        the sentence's day before the words, less the days they count; None when the words or the day are not there."""
        m = self._tr_days_after_re.search(text, max(s0, at - 60), at)
        if m is None:
            return None
        n = _DAYS_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 1)
        days = [d for d in self._undateline(self.dates.find(text[s0:m.start()], published, future=False, offset=s0))
                if d.precision == "day"]
        if not days:
            return None
        day = days[-1].start - dt.timedelta(days=n)
        return DateSpan(day, day, "day", m.group())

    def _tour_route(self, text, sentences, mentions, records, published) -> None:
        """Visits session 9 (tour legs): the legs of a tour told by its route (visit_tour_route.csv):
        - "the tour (also) takes (him) to / in A and B", "a swing that took her through A", "the last leg takes him to
          C", "the trip includes stops in A": each place a leg, planned for a present or future verb, occurred for a
          past one;
        - "a tour that began in A" (occurred), "... ends in B" (planned);
        - "<doer> wrapped up / wound up a tour of A, B and C (in D)": each a leg done; "began a tour of A and B in C":
          C done, A and B ahead;
        - "after stops in A and B", "having visited A": legs done;
        - "(stopped in A) en route to B", "on her way to B": B ahead, for the traveller of a trip the sentence tells;
        - "the next stop is A", "A and B are next on the itinerary": legs ahead.
        The owner is `_tr_owner`'s; the owner's own country is never a leg, and a leg the story already tells is left as
        it is. A leg is dated by the date words after it in its clause, else the story's month."""
        people = sorted((m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id), key=lambda m: m.start)
        trips = [r for r in records if not r.earlier and not r.is_domestic and r.visitor.kind == "person"
                 and r.status in ("occurred", "planned") and r.visitor.iso3]
        travellers = {r.visitor.actor_id for r in trips}
        c_at = {m.start: m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
        month = self._month_of(published)
        told = {(r.visitor.actor_id, r.host_iso3) for r in records}

        by_si: dict[int, list[Record]] = {}  # the trips each sentence tells (bounded work per sentence)
        for r in trips:
            by_si.setdefault(r.sentence_index, []).append(r)
        told_sis = sorted(by_si)
        starts = [p.start for p in people]
        by_pair: dict[tuple[str, str], list[Record]] = {}
        for r in records:
            by_pair.setdefault((r.visitor.actor_id, r.host_iso3), []).append(r)
        c_starts = sorted(c_at)

        def focus(si, at):
            # the traveller of the last sentence up to `at` that tells a trip; of several there, the one named first
            # ("Xi arrived ... and held talks with Orban": Xi)
            here = [r for r in by_si.get(si, ()) if not (sentences[si][0] <= r.visitor.start and r.visitor.start >= at)]
            if not here:
                k = bisect.bisect_left(told_sis, si) - 1
                here = by_si[told_sis[k]] if k >= 0 else []
            return min(here, key=lambda r: r.visitor.start).visitor if here else None

        def status_of(kind, m):
            verb = m.group("verb") if "verb" in m.re.groupindex and m.group("verb") else m.group()
            for k, rx, st in self._tr_status:
                if k == kind and rx.fullmatch(verb.strip()):
                    if "aux" in m.re.groupindex and m.group("aux"):
                        aux = m.group("aux").lower()
                        return "occurred" if aux.startswith(("has", "have", "had")) else "planned"
                    return st
            return "planned"

        def add(who, legs, status, s0, e0, si, hi, date=None):
            for n, (iso, place, start, end) in enumerate(legs):
                if who is None or not who.iso3 or iso == who.iso3:
                    continue
                if (who.actor_id, iso) in told:
                    # (a leg another rule told without a date, "the last leg takes him to Manila": the story's month)
                    for r in (by_pair.get((who.actor_id, iso), ()) if status == "planned" else ()):  # (perf s11: gate)
                        if r.date is None and r.status == status == "planned" and not r.earlier and r.sentence_index == si:
                            r.date, r.preset = month, True
                    continue
                seg_hi = legs[n + 1][2] if n + 1 < len(legs) else min(hi, end + 60)
                days = [d for d in self._undateline(self.dates.find(text[end:seg_hi], published, future=status == "planned",
                                                                    offset=end))] if seg_hi > end else []
                when = days[0] if days else (date or month)
                rec = self._add_trip(records, told, who, iso, place, status, when, s0, e0, si, 0.55)
                if rec is not None:
                    by_pair.setdefault((who.actor_id, iso), []).append(rec)

        for si, (s0, e0) in enumerate(sentences):
            low = self._low[s0:e0] if len(self._low) == len(text) else text[s0:e0].lower()
            gated = any(w in low for w in self._tr_gate)
            if not gated and si not in by_si:
                continue
            stops = [k.start() for k in _CLAUSE_STOP_RE.finditer(text, s0, e0)]

            def clause_end(pos):
                k = bisect.bisect_left(stops, pos)  # (perf s12: the first stop at or after `pos`, by bisection)
                return stops[k] if k < len(stops) else e0

            for rx, kind in (((self._tr_take_re, "take"), (self._tr_include_re, "include"), (self._tr_start_re, "start"))
                             if gated else ()):
                for m in rx.finditer(text, s0, e0):
                    if self._tr_by_other(text, m.start(), m.start("verb")):
                        continue  # (review of s9-tour #2: "a trip by Japan's foreign minister that took in A")
                    who = self._tr_owner(text, s0, m.start(), si, people, travellers, focus, starts=starts, e0=e0)
                    if "objname" in m.re.groupindex and m.group("objname"):
                        # (s22) the traveller the route names: "the tour had already taken Wang to Italy"
                        named = next((p for p in people if p.start == m.start("objname")), None)
                        if named is None:
                            continue
                        who = named
                    hi = clause_end(m.end())
                    legs = self._tr_route_list(text, m.end(), hi, c_at)
                    if kind == "start":
                        legs = legs[:1]
                        st = status_of("start", m)
                    else:
                        st = status_of(kind, m)
                    add(who, legs, st, s0, e0, si, hi, date=self._tr_days_after(text, s0, m.start(), published)
                        if st == "occurred" else None)
                    ch = self._tr_chain_re.match(text, legs[-1][3], hi) if legs else None
                    if ch is not None:
                        verb = ch.group("verb")
                        st2 = next((st for k, rx, st in self._tr_status if k in ("take", "include", "start")
                                    and rx.fullmatch(verb.strip())), "planned")
                        add(who, self._tr_route_list(text, ch.end(), hi, c_at), st2, s0, e0, si, hi)
            for m in (self._tr_wrap_re.finditer(text, s0, e0) if gated else ()):
                who = self._tr_owner(text, s0, m.start(), si, people, travellers, focus, doer_ok=True, starts=starts, e0=e0)
                hi = clause_end(m.end())
                st = status_of("wrap", m)
                opens = re.match(r"(?:began|opened|kicked\s+off|started)$", m.group("verb"), re.I) is not None
                legs = self._tr_route_list(text, m.end(), hi, c_at) if m.group("list") is not None else []
                tail = legs[-1][3] if legs else m.end()
                # (the final place after the list, or after words the list does not read: "a tour of Mongolia and all
                # five Central Asian republics in Astana")
                fin = self._tr_final_re.search(text, tail, min(hi, tail + 80))
                if fin is not None and "," in text[tail:fin.start()]:
                    fin = None
                final = self._tr_route_list(text, fin.end(), hi, c_at)[:1] if fin is not None else []
                if opens:  # "began a tour of A and B in C": C done, the rest ahead
                    add(who, final, "occurred", s0, e0, si, hi)
                    add(who, legs, "planned", s0, e0, si, hi)
                else:
                    add(who, final, st, s0, e0, si, hi)
                    # (the legs before the last are dated by the month; the last by its own date words when no
                    # final place follows: "wrapped up a swing through A, B and C on Friday")
                    add(who, legs[:-1], st, s0, e0, si, legs[-1][2] if legs else hi, date=month)
                    if legs:
                        add(who, legs[-1:], st, s0, e0, si, legs[-1][3] if final else hi, date=month)
            for m in (self._tr_leave_re.finditer(text, s0, e0) if gated or " le" in low or " dep" in low or " out of " in low else ()):
                # "<doer> left A on Tuesday (for B)": the place left is a stop made
                who = self._tr_owner(text, s0, m.start(), si, people, travellers, focus, doer_ok=True, starts=starts, e0=e0)
                hi = clause_end(m.end())
                add(who, self._tr_route_list(text, m.end(), hi, c_at)[:1], "occurred", s0, e0, si, hi, date=month)
            for m in (self._tr_onto_re.finditer(text, s0, e0) if " on to " in low else ()):
                # "He flies on to A for the summit and will end the journey in B": A is a leg as well
                who = self._tr_owner(text, s0, m.start(), si, people, travellers, focus, doer_ok=True, starts=starts, e0=e0)
                hi = clause_end(m.end())
                add(who, self._tr_route_list(text, m.end(), hi, c_at), status_of("onto", m), s0, e0, si, hi)
            for m in (self._tr_behind_re.finditer(text, s0, e0) if gated else ()):
                who = self._tr_owner(text, s0, m.start(), si, people, travellers, focus, starts=starts, e0=e0)
                hi = clause_end(m.end())
                legs = self._tr_route_list(text, m.end(), hi, c_at)
                if legs and self._tr_by_other(text, legs[-1][3], min(hi, e0, legs[-1][3] + 60)):
                    continue  # (review of s9-tour #3: "Following a visit to Moscow by Xi in March": Xi's trip)
                add(who, legs, "occurred", s0, e0, si, hi)
            for m in (self._tr_next_re.finditer(text, s0, e0) if gated else ()):
                who = self._tr_owner(text, s0, m.start(), si, people, travellers, focus, starts=starts, e0=e0)
                hi = clause_end(m.end())
                add(who, self._tr_route_list(text, m.end(), hi, c_at), "planned", s0, e0, si, hi)
            for m in (self._tr_next_back_re.finditer(text, s0, e0) if gated else ()):
                lead = re.match(r"\s*(?:(?:Then|After\s+that|Later|Next|Finally),?\s+)?(?:[Tt]he\s+)?", text[s0:m.start()])
                legs = self._tr_route_list(text, s0 + lead.end(), m.start(), c_at)
                if legs and re.fullmatch(r"(?:\s+(?:on|this|next|later|early|late)\b[^,.;:()]{0,30})?", text[legs[-1][3]:m.start()]):
                    add(focus(si, m.start()), legs, "planned", s0, e0, si, e0)
            # a leg list that goes on after a trip another rule told: "travels to Ghana on Monday, then to Kenya on
            # Tuesday and Mozambique on Thursday" (only past a gap that tells a sequence: "then", "on to", "before",
            # "followed by" or a date; "visited Japan and China's envoy ..." is no list of legs)
            routes: dict = {}  # perf s12 (`_tr_clause_route`): (leg start, clause end) -> (one list of the clause, index)
            own_clause: dict = {}  # perf s12 (`_tr_own_clause`): end of a leg -> a clause of its own follows
            for r in by_si.get(si, ()):
                at = r.place.start if r.place is not None and s0 <= r.place.start < e0 else next(
                    (k for k in c_starts[bisect.bisect_left(c_starts, max(s0, r.visitor.start + 1)):bisect.bisect_left(c_starts, e0)]
                     if c_at[k].iso3 == r.host_iso3), None)
                if at is None:
                    continue
                hi = clause_end(at)
                legs = self._tr_clause_route(text, at, hi, c_at, routes)
                seq = False
                for n in range(1, len(legs)):
                    seq = seq or self._tr_seq_re.search(text, legs[n - 1][3], legs[n][2]) is not None
                    if not seq or self._tr_own_clause(text, legs[n][3], own_clause):
                        break  # ("arrived in Tokyo on Monday and China is ...": a clause of its own)
                    if r.status != "planned" and (r.visitor.actor_id, legs[n][0]) in told:
                        continue  # (perf s12: `add` does nothing for a pair told unless planned; many trips, one list)
                    add(r.visitor, legs[n:n + 1], r.status, s0, e0, si, legs[n + 1][2] if n + 1 < len(legs) else hi)
            for m in (self._tr_ahead_re.finditer(text, s0, e0) if gated else ()):
                # (only for a traveller whose trip this sentence tells: "the pipeline runs en route to Italy" is none)
                anchor = next((r for r in by_si.get(si, ()) if r.visitor.start < m.start()), None)
                if anchor is None:
                    continue
                legs = self._tr_route_list(text, m.end(), clause_end(m.end()), c_at)[:1]
                add(anchor.visitor, legs, "planned", s0, e0, si, clause_end(m.end()))
        # "The envoy ... will also travel to A, B and C": a planned leg with no date of its own, told as more of the tour
        # of a traveller whose trip the story dates around its day, takes the story's month (like `_undated_legs`)
        lo, hi = published - dt.timedelta(days=14), published + dt.timedelta(days=31)
        current = {r.visitor.actor_id for r in trips if r.date is not None and r.date.precision in ("day", "week", "month")
                   and r.date.end >= lo and r.date.start <= hi}
        for r in records:
            if r.date is None and r.status == "planned" and not r.earlier and not r.is_domestic \
                    and r.visitor.actor_id in current and self._tr_also_re.search(text, r.sentence[0], r.sentence[1]):
                r.date = month

    def _where_clause_days(self, text, sentences, mentions, records, published) -> None:

        """Visits session 7, the same rule as `_dated_past_trips` (a clause's own date belongs to the trip that clause
        tells): in "..., returning to India, where he landed on Sunday night", the day of the where-clause is the day
        of the place named right before "where". A trip of the sentence to that place takes that day; a trip of the
        sentence to another place that took the where-clause's day takes the day the rest of the sentence gives."""
        ends = {c.end: c for c in mentions if c.kind == "country" and c.iso3 and c.alias_kind != "demonym"}
        by_sentence: dict[tuple[int, int], list[Record]] = {}
        for r in records:
            if r.status == "occurred" and not r.earlier and not r.is_domestic and r.visitor.kind == "person":
                by_sentence.setdefault(r.sentence, []).append(r)
        for (s, e), here in by_sentence.items():
            all_days = None
            for m in _WHERE_PRONOUN_RE.finditer(text, s, e):
                place = ends.get(m.start()) or ends.get(m.start() - 1) or ends.get(m.start() - 2)
                if place is None:
                    continue
                w_hi = min(e, m.end() + 120)
                stop = _CLAUSE_STOP_RE.search(text, m.end(), w_hi)
                w_hi = stop.start() if stop else w_hi
                days = [d for d in self._undateline(self.dates.find(text[m.end():w_hi], published, future=False, offset=m.end()))
                        if d.precision == "day" and d.start <= published]
                if not days:
                    continue
                day = days[0]
                if all_days is None:  # (once per sentence)
                    all_days = [d for d in self._undateline(self.dates.find(text[s:e], published, future=False, offset=s))
                                if d.precision == "day" and d.start <= published]
                # (perf s11: at most 4 read, which is all the test needs; a sentence of 1,500 days was quadratic)
                outside = list(itertools.islice((d for d in all_days if not (m.start() <= d.char_start < w_hi)), 4))
                if len(outside) > 3:
                    continue  # (a sentence of many days: no single day of the rest of the sentence)
                for r in here:
                    if r.host_iso3 == place.iso3:
                        if r.date is None or not (r.date.start <= day.end and day.start <= r.date.end):
                            r.date = day
                    elif r.date is not None and r.date.text and m.start() <= r.date.char_start < w_hi and len(outside) == 1:
                        r.date = outside[0]

    def _dated_past_trips(self, text, sentences, mentions, records, published, skip_told=False) -> None:
        """Visits session 7: ONE rule for a trip told as background with a past date of its own. A past date (a year
        or a month, before the month of publication) that ends a trip clause dates that clause's trip:
        - a possessed trip noun: "X's / his previous visit (to P) (was) in D", "his first visit to the kingdom since D";
        - a movement verb after its subject: "he first came in D", "the Italian leader last set foot in P in D";
        - "the first <nationality> <role> to visit P since <Name> (came) in D" (the one named after "since").
        Visitor: the person named (a registry person), else for "since <Name>" the country of the nationality word
        before "since"; a pronoun, a possessive pronoun or "the <nationality> <role>" is the story's traveller. Host:
        a place named in the clause, else (a host word such as "the country", or none) the host of the story's trip.
        A record of that visitor and host made from the same sentence with no date, or with a date that is not D, is
        the same background trip: it takes D. Otherwise a new earlier trip is added (never twice)."""
        countries = sorted((c for c in mentions if c.kind == "country" and c.iso3), key=lambda c: c.start)
        c_starts = [c.start for c in countries]
        people = [m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id]
        person_at = {p.start: p for p in people}
        person_end = {p.end: p for p in people}

        def countries_in(lo, hi):  # (by bisection: a sentence of many dates is not quadratic)
            return countries[bisect.bisect_left(c_starts, lo):bisect.bisect_left(c_starts, hi)]

        month0 = published.replace(day=1)
        told_sis = {r.sentence_index for r in records if r.earlier or (r.date is not None and r.date.end < month0)} \
            if skip_told else set()
        for si, (s, e) in enumerate(sentences):
            sent = text[s:e]
            if not _PAST_YEAR_RE.search(sent) or si in told_sis:
                continue
            trip = next((r for r in reversed(records) if not r.earlier and not r.is_domestic and r.sentence[0] <= s
                         and r.status in ("occurred", "planned") and r.visitor.kind == "person"), None)
            lead = next((r for r in records if not r.earlier and not r.is_domestic and r.status in ("occurred", "planned")), None)
            spans = [d for d in self._undateline(self.dates.find(sent, published, future=False, offset=s))
                     if d.precision in ("month", "year") and d.end < month0]
            prev_who, prev_end = None, s
            for d in spans:
                when = _WHEN_AFTER_DATE_RE.match(text, d.char_end, e)
                if when is not None:
                    # "since May 2018, when he visited Hanoi on a tour that also took him to Laos": the trips told
                    # in the when-clause are of that date, not of the story's
                    w_hi = min(e, when.end() + 200)
                    stop = _CLAUSE_STOP_RE.search(text, when.end(), w_hi)
                    w_hi = stop.start() if stop else w_hi
                    inside = {c.iso3 for c in countries_in(when.end(), w_hi) if c.alias_kind != "demonym"}
                    outside = {c.iso3 for c in countries_in(max(s, d.char_start - 300), d.char_start) if c.alias_kind != "demonym"}
                    for r in records:
                        if (r.sentence == (s, e) and r.status == "occurred" and r.host_iso3 in inside - outside
                                and (r.date is None or r.date.end >= month0)):
                            r.date, r.earlier, r.preset = d, True, True
                lo = max(s, prev_end, d.char_start - 160)  # (not back over the date before: one date, one clause)
                prev_end = d.char_end
                window = text[lo:d.char_start]
                who, host, mid_lo, mid_hi = None, None, None, None
                m = self._past_since_re.search(window)
                if m is not None:
                    at = lo + m.start("name")
                    named = person_at.get(at)
                    head_lo, head_hi = lo + m.start("head"), lo + m.end("head")
                    if named is not None:
                        who = Party(named.start, named.end, named.actor_id, named.name, named.iso3, "person")
                    else:
                        # ("the first Dutch premier", "a U.S. president": the nationality word right before a role)
                        dem = next((c for c in countries_in(head_lo, head_hi)
                                    if self._past_role_after_re.match(text, c.end)), None)
                        if dem is not None:
                            who = Party(at, lo + m.end("name"), f"country:{dem.iso3}", dem.iso3, dem.iso3, "country")
                    mid_lo, mid_hi = head_lo, head_hi
                    if m.group("mid") is not None:
                        mid_lo, mid_hi = head_lo, lo + m.end("mid")
                else:
                    m = self._past_noun_re.search(window)
                    if m is not None:
                        at = lo + m.start("poss")
                        if m.group("poss").lower() in ("his", "her"):
                            who = trip.visitor if trip is not None else None
                        else:
                            named = person_end.get(at)
                            if named is not None:
                                who = Party(named.start, named.end, named.actor_id, named.name, named.iso3, "person")
                    else:
                        m = self._past_verb_re.search(window)
                        if m is not None:
                            at = lo + m.start()
                            if m.group("dem"):
                                dem = next((c for c in countries_in(lo + m.start("dem"), lo + m.start("dem") + 1)
                                            if c.alias_kind == "demonym"), None)
                                if dem is not None and trip is not None and trip.visitor.iso3 == dem.iso3:
                                    who = trip.visitor
                            elif m.group("subj"):
                                who = trip.visitor if trip is not None else None
                            elif re.search(r"\band\s*$", text[max(s, at - 6):at]):
                                who = prev_who  # "he first came in 2015 and returned in 2018": the same subject
                            else:
                                k = at
                                while k > s and text[k - 1].isspace():
                                    k -= 1
                                named = person_end.get(k)
                                if named is not None:
                                    who = Party(named.start, named.end, named.actor_id, named.name, named.iso3, "person")
                    if m is not None:
                        mid_lo, mid_hi = lo + m.start("mid"), lo + m.end("mid")
                if who is None or mid_lo is None or self._past_not_trip_re.search(text, mid_lo, mid_hi):
                    continue
                since_other = m.re is self._past_since_re
                prev_who = who
                named_hosts = [c.iso3 for c in countries_in(mid_lo, mid_hi) if c.alias_kind != "demonym"
                               and c.iso3 != who.iso3]
                if not named_hosts:
                    named_hosts = [p.iso3 for p in self.places.find(text, mid_lo, mid_hi) if p.iso3 and p.iso3 != who.iso3]
                anaphor = self._past_anaphor_re.search(text, mid_lo, mid_hi)
                if named_hosts:
                    host = named_hosts[-1]
                elif anaphor is not None:
                    # "the country", "the kingdom": the country the story named last before it (not a nationality
                    # word, not the traveller's own)
                    host = next((c.iso3 for c in reversed(countries_in(0, anaphor.start())) if c.alias_kind != "demonym"
                                 and c.iso3 != who.iso3), None)
                elif lead is not None and (not text[mid_lo:mid_hi].strip(" ,") or re.fullmatch(
                        r"\s*(?:for|[\w\s-]*(?:summit|conference|forum|talks|meeting|ceremony|games))\b[^,]*", text[mid_lo:mid_hi], re.I)):
                    host = lead.host_iso3  # "since X came in 2019": the place of the trip the story leads with
                elif (trip or lead) is not None and _SINCE_TRIP_BY_RE.fullmatch(text, mid_lo, mid_hi):
                    # visits session 8: "landed in Havana for the first visit by a sitting U.S. president since X in
                    # 1928", "the first by a Saudi monarch since": the trip noun names no place; it is the place of
                    # the trip the sentence (else the story) tells
                    host = (trip or lead).host_iso3
                elif since_other and trip is not None and trip.sentence == (s, e) and m.group("mid") is not None:
                    # s23: "a state visit, the first by a Brazilian leader since Luiz Inacio Lula da Silva came in 2007":
                    # the one named came where the trip of this sentence is (the head names no place of its own)
                    host = trip.host_iso3
                if host is None or host == who.iso3:
                    continue
                if since_other:
                    # s23: "Clinton became the first U.S. secretary of state to set foot in Laos since John Foster Dulles
                    # came in 1955": a record of this sentence that gave the earlier date to the story's traveller is
                    # the one named after "since"
                    taken = [r for r in records if r.host_iso3 == host and r.sentence == (s, e) and r.status == "occurred"
                             and not r.is_domestic and r.visitor.kind == "person" and r.visitor.actor_id != who.actor_id
                             and r.date is not None and r.date.start <= d.end and d.start <= r.date.end]
                    for r in taken:
                        r.visitor, r.earlier, r.preset = who, True, True
                    if taken:
                        continue
                same = [r for r in records if r.host_iso3 == host and r.status == "occurred" and not r.is_domestic
                        and (r.visitor.actor_id == who.actor_id or (who.kind == "country" and r.visitor.iso3 == who.iso3))]
                if any(r.date is not None and r.date.start <= d.end and d.start <= r.date.end for r in same):
                    continue
                own = next((r for r in same if r.sentence == (s, e) and (r.date is None or (
                    r.date.end >= month0 and r is not trip and r is not lead))), None)
                if own is not None:
                    own.date, own.earlier, own.preset = d, True, True
                    continue
                records.append(self._earlier_record(who, host, d, (s, e), si))

    def _event_day(self, text, mentions, records, published) -> None:
        """Round 15: a plan or a no-show dated only by a month takes the day of the event it was for, when the
        story names that event's day at a place of the same host and in that month ("the Aug. 22-24 meeting in
        Johannesburg", "the summit due in Islamabad on November 9-10"): its days. Session 7c: also a plan with no date
        of its own (none, or the publication month by default), "the Sept. 4-6 meeting" with no place when the
        story's plans all go to one host, and "next week's <event> in P" (that week)."""
        days = {}  # host iso3 -> first day of its named event
        weeks = {}  # host iso3 -> "next week's ... summit in P": that week (session 7c)
        places = [(m.start, m.end, m.iso3) for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"]
        places += [(p.start, p.end, p.iso3) for p in self.places.find(text, 0, len(text), [(a, b) for a, b, _ in places],
                                                                          self._story_countries)]
        for a, b, iso in places:
            before = text[max(0, a - 80):a]
            date_text = None
            m = _EVENT_DAY_BEFORE_RE.search(before)
            if m:
                date_text, at = m.group("date"), a - len(before) + m.start("date")
            elif _EVENT_DAY_AFTER_RE.search(before):
                on = _EVENT_DAY_ON_RE.match(text, b)
                if on:
                    date_text, at = on.group("date"), on.start("date")
            if date_text is None:
                rel = _EVENT_REL_BEFORE_RE.search(before)
                if rel is not None and iso not in weeks and "week" in rel.group("date").lower():
                    spans = self.dates.find(rel.group("date"), published, future=True, offset=a - len(before) + rel.start("date"))
                    if spans and spans[0].start >= published:
                        weeks[iso] = spans[0]
            if date_text is None or iso in days:
                continue
            spans = [d for d in self.dates.find(date_text, published, future=True, offset=at) if d.precision == "day"]
            if spans and spans[0].start >= published:
                days[iso] = (spans[0].start, spans[0].end)
        # session 7c: "the Sept. 4-6 meeting" with no place: the day of the story's one event host, when the plans and
        # no-shows of the story all go to one host
        hosts = {r.host_iso3 for r in records if r.status in ("planned", "cancelled") and not r.is_domestic}
        if len(hosts) == 1 and not days:
            unplaced = set()
            for m in _EVENT_DAY_UNPLACED_RE.finditer(text):
                spans = [d for d in self.dates.find(m.group("date"), published, future=True, offset=m.start("date"))
                         if d.precision == "day"]
                if spans and spans[0].start >= published:
                    unplaced.add((spans[0].start, spans[0].end))
            if len(unplaced) == 1:
                days[next(iter(hosts))] = next(iter(unplaced))
        if not days and not weeks:
            return
        for r in records:
            if r.status not in ("planned", "cancelled") or r.is_domestic:
                continue
            # session 7c: a plan or a no-show with no date of its own (none, or the publication month it was given
            # by default) takes the event's day, or its week
            undated = r.date is None or (not r.date.text and r.date.precision == "month"
                                         and r.date.start <= published <= r.date.end)
            span = days.get(r.host_iso3)
            day = span[0] if span is not None else None
            if day is not None and (undated or (r.date.precision == "month" and r.date.start <= day <= r.date.end)
                                    or (r.date.end - r.date.start).days <= 7 and r.date.start <= day <= r.date.end + dt.timedelta(days=7)
                                    and r.date.text and "week" in r.date.text.lower()):
                # (session 7c: the event's days, "Aug. 22-24" -> 22 to 24, where round 15 kept the first day)
                r.date = DateSpan(day, span[1], "day", r.date.text if r.date is not None else "")
            elif day is None and (week := weeks.get(r.host_iso3)) is not None and (
                    undated or (r.date.precision == "month" and r.date.start <= week.start <= r.date.end)):
                r.date = DateSpan(week.start, week.end, week.precision, week.text)

    # -- round 16: the story's scene -------------------------------------------------------------------------
    def _event_held(self, text: str, s: int, e: int, word: bool = False):
        """The first verb of an event taking place in ``text[s:e]`` whose clause names the event before it ("A match
        was played", "The ... Tournament opened"): the verb's match, else None; with ``word``, (verb, event word)."""
        low = getattr(self, "_low", None)
        low = low[s:e] if low is not None and len(low) == len(text) else text[s:e].lower()
        if not literal_gate(self, "_event_word_re").may_match(text[s:e], low):
            return None  # perf s18: no event word's literal word in text[s:e], so no verb below has an event before it
        verbs = _EVENT_HELD_VERB_RE.finditer(text, s, e)  # (lazily: the first one that names an event ends the search)
        if any(w in low for w in _EVENT_AHEAD_WORDS):
            verbs = sorted(list(verbs) + list(_EVENT_AHEAD_VERB_RE.finditer(text, s, e)), key=lambda m: m.start())
        for vm in verbs:
            lo = max(s, vm.start() - 100)
            stop = max((m.end() for m in _STOP_RE.finditer(text, lo, vm.start())), default=lo)
            ev = None
            for ev in self._event_word_re.finditer(text, stop, vm.start()):
                pass  # (the last event word before the verb: "the Olympiad held in Argentina brought together")
            if ev is not None:
                return (vm, ev) if word else vm
        return None

    def _event_scene(self, text, sentences, si, s, e, ev, hv, clause_end, countries, home):
        """(host iso3, place) of an event told as taking place: "here" (a home outlet) or the first country or known
        place the clause puts it in after the verb ("opened here", "took place in India"); round 17, else: a place
        the event's own words give before the verb ("The Olympiad held in Argentina brought together"), a city
        opening its name ("the 13th Pyongyang International Film Festival"), an earlier sentence placing the same
        event ("the ... championships held in Myanmar ... The championships brought together"), the headline's place."""
        def placed(lo, hi, venue_only=True):
            cands = [(m.start(), home[1], None) for m in _BO_HERE_RE.finditer(text, lo, hi)] if home else []
            base = min(s, lo)
            cands += [(m.start, m.iso3, None) for m in countries if lo <= m.start < hi and m.alias_kind != "demonym"
                      and _venue_before(text[max(base, m.start - 200):m.start])]
            cands += [(p.start, p.iso3, p) for p in self.places.find(text, lo, hi, [(m.start, m.end) for m in countries],
                                                                      self._story_countries)
                      if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(base, p.start - 8):p.start])]
            return min(cands, key=lambda c: c[0]) if cands else None
        got = placed(hv.end(), clause_end)
        if got is None:
            held_in = _HELD_IN_RE.search(text, ev.end(), hv.start())
            got = placed(held_in.start(), hv.start()) if held_in is not None else None
        if got is None:
            # "the 26th Pyongyang International Invitation Table-Tennis Tournament": the city that opens its name
            name = _EVENT_NAME_RE.search(text, max(s, ev.start() - 80), ev.start())
            if name is not None:
                city = next((m for m in countries if name.start() <= m.start < ev.start() and m.alias_kind == "capital"), None)
                if city is not None:
                    got = (city.start, city.iso3, None)
        if got is None and si > 0:
            word = ev.group().split()[-1].lower().rstrip("s")
            for k in range(si - 1, max(-1, si - 3), -1):
                ks, ke = sentences[k]
                for w in re.finditer(rf"\b{re.escape(word)}s?\b", text[ks:ke], re.I):
                    at = ks + w.end()
                    held_in = _HELD_IN_RE.match(text, at, ke)
                    if held_in is not None:
                        got = placed(held_in.start(), min(ke, held_in.end() + 60))
                        if got is not None:
                            break
                if got is not None:
                    break
        if got is None and self._title_place:
            got = (s, self._title_place, None)
        return (got[1], got[2]) if got else (None, None)

    def _speaking_delegates(self, text, sentences, mentions, records, published, home) -> None:
        """s20 (KCNA 2012 stories read in place): a home outlet's story opens on unnamed guests at a site here
        ("Participants in the 8th Pyongyang International Book Fair visited Mangyongdae on Wednesday") and goes on with
        what they said: "X, head of the delegation of the Y Foundation of Russia, said ...". Each country a speaker's
        delegation names came, on the opening's day (else the publication month)."""
        s0, e0 = sentences[0]
        days = [d for d in self._undateline(self.dates.find(text[s0:e0], published, future=False, offset=s0))
                if d.start <= published]
        date = days[0] if days else self._month_of(published)
        told = {(r.visitor.iso3, r.host_iso3) for r in records}
        for si, (s, e) in enumerate(sentences[1:], start=1):
            for m in mentions:
                if not (s <= m.start < e) or m.kind != "country" or not m.iso3 or m.iso3 == home[1] \
                        or m.alias_kind in ("capital", "demonym") or (m.iso3, home[1]) in told:
                    continue
                if _SPEAKER_DELEGATE_RE.search(text, s, m.start) is None or _SAID_AFTER_RE.match(text, m.end, e) is None:
                    continue
                rec = self._earlier_record(self._country_party(m.iso3, m.start, m.end), home[1], date, (s, e), si,
                                           confidence=0.55, earlier=False)
                records.append(rec)
                told.add((m.iso3, home[1]))

    def _event_participants(self, text, sentences, mentions, records, published, home) -> None:
        """Round 16: an event told as taking place at a scene, and the countries taking part in it, in its
        sentence or the two after it ("The ... Table Tennis Tournament opened ... here on Aug. 27. It brought
        together players from Norway, New Zealand, Denmark, China and the DPRK"; "A match was played in Glasgow on
        Wednesday between the DPRK and Colombian teams ... a next match with French rivals"; "The ... Championship
        took place in Fujian Province of China from Nov. 11. ... The DPRK's women's team finished runner-up"): each
        participant from another country than the scene's went there. Made when the event is told as past (dated
        by its sentence's day, else the publication month), planned when ahead; not for an event of an earlier
        year ("the 2010 Cup in Nepal").
        Round 17: events ahead ("is to be held", "will take place", "will be opened"), events that "brought
        together" people, more scenes (`_event_scene`), the same event named again in a later sentence ("Posters of
        the tournament to be held ...") does not end its participants, "countries including A, B and C" lists, and on
        a home outlet the home side named anywhere in the story ("DPRK students won two gold medals at ...") for an
        event abroad."""
        countries = [m for m in mentions if m.kind == "country" and m.iso3]
        done: set[tuple[str, str, str]] = set()
        for si, (s, e) in enumerate(sentences):
            found = self._event_held(text, s, e, word=True)
            if found is None:
                continue
            held, ev = found
            hv = held.end()
            clause_end = next((m.start() for m in _EVENT_CLAUSE_END_RE.finditer(text, hv, e)), e)
            host, place = self._event_scene(text, sentences, si, s, e, ev, held, clause_end, countries, home)
            if host is None:
                continue
            clause = text[s:clause_end]
            if any(int(y.group()) < published.year for y in _SPORT_YEAR_RE.finditer(clause)):
                continue
            if _REMOTE_EVENT_RE.search(text, s, clause_end):
                continue  # (round 17: "an Internet seminar", "a video conference": no one travelled)
            future = bool(_SPORT_FUTURE_RE.search(text, s, held.end()) or _TO_BE_RE.search(text, s, held.end()))
            found_dates = [d for d in self._undateline(self.dates.find(text[s:e], published, future=future, offset=s))
                           if future or d.start <= published]
            dates = [d for d in found_dates if d.precision in ("day", "month")]
            if not dates and future:  # ("the 30th Olympic Games, which will be held in London in Juche 101 (2012)")
                dates = [d for d in found_dates if d.precision == "year" and d.start.year >= published.year]
            date = dates[0] if dates else (None if future else self._month_of(published))
            status = "planned" if future else "occurred"
            if (host, status, ev.group().lower()) in done:
                continue  # (the same event told again: "Posters of the tournament to be held ...")
            done.add((host, status, ev.group().lower()))
            word = ev.group().split()[-1].lower().rstrip("s")
            # the participants: in this sentence and the two after it, until another event is told
            taking: dict[str, Mention] = {}
            stayed: set[str] = set()  # (fixP: listed as staying where they are: "DPRK students studying in Romania")
            last = min(len(sentences), si + 3)
            for k in range(si, last):
                ks, ke = sentences[k]
                if k > si and (other := self._event_held(text, ks, ke, word=True)) is not None and \
                        other[1].group().split()[-1].lower().rstrip("s") != word:
                    break
                here = [m for m in countries if ks <= m.start < ke]
                for m in here:
                    lead = text[max(ks, m.start - 40):m.start]
                    noun_from = re.search(self._participant_re.pattern + r"(?=\s+(?:from|of)\s+(?:the\s+)?$)", lead, re.I)
                    # (a lower-case noun: "Students" in "the People's Front of Workers, Peasants and Students of Peru" is
                    # a name's word; s20: or one opening the sentence, "Acrobats of China, Russia and Egypt presented")
                    if (noun_from is not None and (noun_from.group()[:1].islower() or not text[
                            ks:max(ks, m.start - 40) + noun_from.start()].strip())) \
                            or _INCLUDING_RE.search(text, max(ks, m.start - 60), m.start):
                        # "players from Norway, New Zealand, ... and the DPRK", "from over 20 countries including the
                        # DPRK, Kazakhstan and Mongolia": the whole list
                        listed = [m] + self._country_list(text, m, mentions, ke)[1:]
                        if self._stay_home(text, ks, ke, m.start, listed[-1].end):
                            stayed.update(c.iso3 for c in listed)
                            continue
                        for c in listed:
                            taking.setdefault(c.iso3, c)
                    # "the DPRK and Colombian teams", "French rivals", "The DPRK's women's team"
                    chain, pos = [m], m.end
                    for c in here:
                        if c.start < pos:
                            continue
                        if _COUNTRY_CHAIN_GAP_RE.fullmatch(text, pos, c.start):
                            chain.append(c)
                            pos = c.end
                        else:
                            break
                    noun = re.match(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}?" + self._participant_re.pattern, text[pos:ke], re.I)
                    # (after the event's sentence, only rivals and the home side: "The DPRK team beat the Iranian team"
                    # tells a result, not who came; "its Saudi Arabian rival", "French rivals" do)
                    if noun and (k == si or _RIVAL_WORD_RE.search(noun.group())
                                 or (home and all(c.iso3 == home[1] for c in chain))):
                        for c in chain:
                            taking.setdefault(c.iso3, c)
            if home and host != home[1] and home[1] not in taking and home[1] not in stayed and not future \
                    and _CONTEST_EVENT_RE.search(ev.group()):
                # a home outlet's own side at an event abroad, named anywhere in the story ("DPRK students won two
                # gold medals at the ... Olympiad. ... The Olympiad held in Argentina brought together ...")
                for m in countries:
                    if m.iso3 == home[1] and m.alias_kind != "demonym" and _HOME_SIDE_RE.match(text, m.end):
                        taking[home[1]] = m
                        break
            for iso, m in taking.items():
                if iso == host or (home and home[1] == host and iso == home[1]):
                    continue
                if any(r.visitor.iso3 == iso and r.host_iso3 == host and r.status == status for r in records):
                    continue
                actor = self.registry.actors.get(f"country:{iso}")
                who = Party(m.start, m.end, f"country:{iso}", f"{actor.name if actor else iso} team", iso, "delegation")
                k = next((i for i, (a, b) in enumerate(sentences) if a <= m.start < b), si)
                rec = Record(who, host, status, "042" if status == "occurred" else "036", 0.6, sentences[k], k, None, place)
                rec.date = date
                rec.preset = True
                rec.history.append(status)
                records.append(rec)

    def _stay_home(self, text, ks, ke, a, b) -> bool:
        """fixP round (audit kinds 3, 6, 8): a list of countries (``text[a:b]``, in the sentence ``text[ks:ke]``) whose
        people act where they are ("parties of A, B and C made public statements"), live where the event is
        ("students of A and B studying in Romania") or that names things ("products of companies of countries
        including A, B"): nobody travelled (words: visit_stay_home.csv)."""
        return bool(self._stay_resident_re.match(text, b, ke) or self._stay_act_re.search(text, b, ke)
                    or self._stay_thing_re.search(text, max(ks, a - 120), a))

    @staticmethod
    def _host_not_traveller(text, records) -> None:
        """Visits session 7c: "X arrived in P. ... He also met Prime Minister Y before leaving for Q": in a sentence
        whose subject is "He/She" and whose other person is an official of the country the story's guest is visiting
        (the host of a guest's trip told in an earlier sentence, done or under way, not an invitation), that official
        is the one met, not a traveller of the sentence's leg."""
        first_guest: dict[str, int] = {}  # host iso3 -> end of the first sentence telling a foreign guest's trip there
        for g in records:
            gv = g.visitor
            if (not g.is_domestic and not g.earlier and gv.kind == "person" and g.status in ("occurred", "planned")
                    and gv.iso3 and gv.iso3 != g.host_iso3):
                first_guest[g.host_iso3] = min(first_guest.get(g.host_iso3, g.sentence[1]), g.sentence[1])
        if not first_guest:
            return
        drop = set()
        for r in records:
            v = r.visitor
            if r.is_domestic or v.kind != "person" or not v.iso3 or r.host_iso3 == v.iso3:
                continue
            s, e = r.sentence
            if first_guest.get(v.iso3, e + 1) > s or v.start - s < 4 or _OPENING_PRONOUN_RE.match(text, s, e) is None:
                continue
            drop.add(id(r))
        if drop:
            records[:] = [r for r in records if id(r) not in drop]

    def _host_abroad(self, text, records, home_iso) -> None:
        """s21: on a home outlet, a sentence that tells a home traveller's trip to X and names the scene in X ("Dai
        Bingguo hosted a banquet at the guesthouse in Qiqihar City in honor of Kim Jong Il visiting Northeast China")
        tells no trip of X's people here: they are his hosts (not when the sentence says "here")."""
        away = {(o.sentence, o.host_iso3, o.status) for o in records
                if o.visitor.iso3 == home_iso and o.host_iso3 != home_iso and not o.is_domestic and not o.earlier}
        if not away:
            return
        drop, scenes = set(), {}  # (a sentence's scene countries found once: a roster sentence holds many records)
        for r in records:
            if r.host_iso3 != home_iso or r.earlier or r.is_domestic or (r.sentence, r.visitor.iso3, r.status) not in away:
                continue
            s, e = r.sentence
            if r.sentence not in scenes:
                scenes[r.sentence] = set() if _BO_HERE_RE.search(text, s, e) else {
                    p.iso3 for p in self.places.find(text, s, e)
                    if re.search(r"\b(?:in|visiting|touring)\s+(?:the\s+)?$", text[max(s, p.start - 12):p.start])}
            if r.visitor.iso3 in scenes[r.sentence]:
                drop.add(id(r))
        if drop:
            records[:] = [r for r in records if id(r) not in drop]

    def _focus_record(self, si_of: int):
        """The last trip record (not domestic, not a background one) with a person visitor made in an earlier
        sentence than offset ``si_of``: the story's current trip."""
        for r in reversed(getattr(self, "_records", ())):
            if r.sentence[1] <= si_of and not r.is_domestic and not r.earlier and r.visitor.kind == "person":
                return r
        return None

    def _focus_visitor(self, si_of: int) -> Party | None:
        """The traveller the story has in focus before offset ``si_of``: the person visitor of the last trip
        record made in an earlier sentence (not a domestic tour)."""
        for r in reversed(getattr(self, "_records", ())):
            if r.sentence[1] <= si_of and not r.is_domestic and not r.earlier and r.visitor.kind == "person":
                return r.visitor
        return None

    def _continued_day(self, text, sentences, mentions, records: list[Record], published: dt.date) -> None:
        """A trip made whose own sentence gives no day (dated by the publication month) takes the day of the
        sentence right after it when that sentence goes on telling the same act: it opens on a pronoun or on "the"
        and a noun of the trip's sentence, or names the same visitor ("... presented a gift to Kim Jong Un. The
        gift was handed to X by the head of the delegation on Wednesday" -> that Wednesday). The day is a past
        one within the week before publication, not a day something was said."""
        def recent_days(ns, ne):
            # visits dates round: the sentence's own tense ("He will leave on Friday": the Friday ahead, or today, is no
            # day of the act told before; it was read as the Friday gone)
            ahead = self.dates.is_future(text[ns:ne])
            return [d for d in self._undateline(self.dates.find(text[ns:ne], published, future=ahead, offset=ns))
                    if d.precision == "day" and d.start == d.end and dt.timedelta(0) <= published - d.start <= dt.timedelta(days=7)
                    and not (ahead and d.start == published)
                    and not _SAID_RE.search(text, max(ns, d.char_start - 14), d.char_start)]

        for r in records:
            if (r.status != "occurred" or r.earlier or r.date is None or r.date.text or r.date.precision != "month"
                    or not r.date.start <= published <= r.date.end):
                continue
            if r.sentence_index > 0 and (opening := _CONTINUED_OPEN_RE.match(text, *r.sentence)) is not None and (
                    opening.group("name") is None) and not re.match(r"\s*(?:He|She)\b", text[r.sentence[0]:r.sentence[1]]):
                # ("He visited the DPRK as a member of ..." after "He made this call at an interview on Sept. 29":
                # a person's pronoun may open another act; "It was handed", "They were", "The gift was" go on)
                # round 17: the trip's own sentence goes on telling the act of the sentence before ("X was presented
                # with a gift by Y Thursday. It was handed to A by B on a visit to the DPRK"): that sentence's day
                ps, pe = sentences[r.sentence_index - 1]
                noun = opening.group("noun")
                if (noun is None or re.search(rf"\b{re.escape(noun)}\b", text[ps:pe], re.I)) and not any(
                        o.sentence_index == r.sentence_index - 1 and o.visitor.actor_id != r.visitor.actor_id
                        and not o.is_domestic for o in records):
                    days = recent_days(ps, pe)
                    if days:
                        r.date = DateSpan(days[-1].start, days[-1].end, "day", "")
                        continue
            if r.sentence_index + 1 >= len(sentences):
                continue
            ns, ne = sentences[r.sentence_index + 1]
            if any(o.sentence_index == r.sentence_index + 1 and o.visitor.actor_id != r.visitor.actor_id and not o.is_domestic
                   for o in records):
                continue  # the next sentence tells another trip
            opening = _CONTINUED_OPEN_RE.match(text, ns, ne)
            if opening is None:
                continue
            pronoun = opening.group("noun") is None and opening.group("name") is None
            noun = opening.group("noun") is not None and re.search(
                rf"\b{re.escape(opening.group('noun'))}\b", text[r.sentence[0]:r.sentence[1]], re.I) is not None
            same = any(m.actor_id == r.visitor.actor_id or (m.kind == "person" and r.visitor.kind != "person"
                                                            and m.iso3 == r.visitor.iso3)
                       for m in mentions if ns <= m.start < ne)
            if not (pronoun or noun or same):
                # definite anaphora: "a gift" in the trip's sentence, "the gift" in this one ("Commander X handed
                # the gift over to Y on Thursday")
                introduced = {w.lower() for w in _INDEFINITE_NP_RE.findall(text, r.sentence[0], r.sentence[1])}
                if not introduced & {w.lower() for w in _DEFINITE_NP_RE.findall(text, ns, ne)}:
                    continue
            days = recent_days(ns, ne)
            if days:
                r.date = DateSpan(days[0].start, days[0].end, "day", "")

    def _scene_events(self, text, sentences, mentions, published) -> dict[str, set[tuple[dt.date, dt.date, str]]]:
        """Events the story places and dates: host iso3 -> {(start, end, precision)}. "the BRICS summit in Rio de
        Janeiro on July 6-7", "the summit due in Islamabad on November 9-10", "opened the Nuclear Security Summit in
        Seoul on Monday" (the date right after the place, resolved in its sentence's tense)."""
        out: dict[str, set[tuple[dt.date, dt.date, str]]] = {}
        low = text.lower()
        for (s, e), in_sentence in zip(sentences, _per_sentence(sentences, mentions)):
            if " in " not in low[s:e]:  # the event pattern ends on "in/on/at" + place; "in" is the cheap gate
                continue
            ments = [m for m in in_sentence if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"]
            found = [(m.start, m.end, m.iso3) for m in ments]
            found += [(p.start, p.end, p.iso3) for p in self.places.find(text, s, e, [(m.start, m.end) for m in ments],
                                                                          self._story_countries)]
            dates = None
            for a, b, iso in sorted(found):
                event = self._scene_event_re.search(text, max(s, a - 90), a)
                if event is None or event.end() != a:
                    continue
                if dates is None:
                    dates = [d for d in self._undateline(self.dates.find(text[s:e], published, offset=s))
                             if not re.fullmatch(r"\d{4}", d.text)]
                d = next((d for d in dates if d.char_start >= b and _SCENE_DATE_GAP_RE.fullmatch(text, b, d.char_start)
                          and d.precision in ("day", "month")), None)
                if d is not None:
                    out.setdefault(iso, set()).add((d.start, d.end, d.precision))
        return out

    def _scene_dates(self, text, sentences, mentions, records: list[Record], published: dt.date) -> None:
        """An undated plan or no-show takes the date the story gives its trip or event at the same host: the
        story's scene ("Putin will not attend the summit in Astana on July 3-4 ... Xi and Putin are both expected
        in the Kazakh capital" -> July 3-4 for both). A plan or no-show takes a date still ahead at publication
        (of another plan or no-show the text dated, or of the event); a trip told as made, the event's date when
        it is past ("opened the summit in Seoul on Monday ... met Medvedev on the sidelines"). Only when the story
        gives that host one such date."""
        ahead: dict[str, set[tuple[dt.date, dt.date, str]]] = {}
        past: dict[str, set[tuple[dt.date, dt.date, str]]] = {}
        for o in records:
            if (o.status in ("planned", "cancelled") and not o.earlier and not o.is_domestic and o.date is not None
                    and o.date.text and o.date.end >= published):
                ahead.setdefault(o.host_iso3, set()).add((o.date.start, o.date.end, o.date.precision))
        for iso, spans in self._scene_events(text, sentences, mentions, published).items():
            for span in spans:  # (an event of the publication day is both: "opened on Monday", "opens today")
                if span[1] >= published:
                    ahead.setdefault(iso, set()).add(span)
                if span[0] <= published:
                    past.setdefault(iso, set()).add(span)
        if not ahead and not past:
            return
        for r in records:
            if r.date is not None or r.earlier or r.is_domestic:
                continue
            # (a trip made left undated as background, "historic visits to Russia", "has been to China before", keeps
            # no date; only one whose clause's date belonged to something else takes the scene's)
            spans = ahead.get(r.host_iso3) if r.status in ("planned", "cancelled") else \
                past.get(r.host_iso3) if r.status == "occurred" and getattr(r, "scene_dated", False) else None
            if spans and len(spans) == 1:
                start, end, precision = next(iter(spans))
                r.date = DateSpan(start, end, precision, "")

    def _event_roles(self, text, sentences, mentions, records, published) -> None:
        """People told as attending, skipping or sent to a summit, forum or meeting the story places ("the G20
        summit in New Delhi", "the Bali meeting", "gathered in Cairo"), in that sentence or by a reference to it in
        one of the next two ("were among the leaders who attended the two-day meeting", "skipped it and sent X
        instead", "will skip a gathering that Y is due to attend", "is staying away and will be represented by Z",
        "are expected to hold talks on the sidelines of the APEC summit in Da Nang"). Each person not of the host
        country gets a visit to it: cancelled for a no-show, planned when the clause looks ahead, else occurred;
        dated by the event's own date, else the publication month."""
        anchors = []  # (noun start, place end, iso3, place, sentence index, date)
        by_sentence = _per_sentence(sentences, mentions)
        for si, (s, e) in enumerate(sentences):
            ctry = [m for m in by_sentence[si] if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"
                    and not any(ls <= m.start < le for ls, le in self._datelines)]
            spots = [(m.start, m.end, m.iso3, m.alias_kind == "capital",
                      Place(m.surface, m.iso3, 0.0, 0.0, m.start, m.end) if m.alias_kind == "capital" else None) for m in ctry]
            spots += [(p.start, p.end, p.iso3, True, p) for p in self.places.find(text, s, e, [(m.start, m.end) for m in ctry])
                      if not any(ls <= p.start < le for ls, le in self._datelines)]
            for cm in _CITY_EVENT_RE.finditer(text, s, e):
                # "the leaders' Vladivostok summit", "the Bali meeting": a city the place finder leaves to a preposition
                if any(a <= cm.start("city") < b for a, b, *_ in spots) or cm.group("city").split()[0] in _MONTHS:
                    continue
                hit = self._gazetteer(cm.group("city"), self._story_countries)
                if hit is not None:
                    spots.append((cm.start("city"), cm.end("city"), hit[1], True,
                                  Place(hit[0], hit[1], hit[2], hit[3], cm.start("city"), cm.end("city"))))
            here_at = set()
            if self._wire_place is not None:
                # a wire story's "here" is its dateline city: "Leaders of the Group of 20 meet here this weekend"
                for h in _BO_HERE_RE.finditer(text, s, e):
                    if _MEET_HERE_RE.search(text, max(s, h.start() - 20), h.start()):
                        wp = self._wire_place
                        spots.append((h.start(), h.end(), wp.iso3, True, Place(wp.name, wp.iso3, wp.lat, wp.lon, h.start(), h.end())))
                        here_at.add(h.start())
            for a, b, iso, is_city, place in sorted(spots, key=lambda t: t[0]):
                before = text[max(s, a - 70):a]
                hit = self._ev_before_place_re.search(before) or self._ev_gather_in_re.search(before)
                pos = a - len(before) + hit.start() if hit else (a if a in here_at else None)
                if hit is None and is_city and (_THE_BEFORE_RE.search(text, max(s, a - 5), a) or _PAIR_POSS_RE.search(
                        text, max(s, a - 40), a)) and _EVENT_AFTER_PLACE_RE.match(text, b, e):
                    pos = a  # "the Bali meeting", "the leaders' Vladivostok summit"
                if pos is None:
                    continue
                # its date: right after the place ("in New Delhi this weekend"), else a possessive before the
                # name ("last year's BRICS summit in ..."); resolved ahead for a plan or a no-show
                when = None
                for lo, hi in ((b, min(e, b + 45)), (max(s, pos - 30), pos)):
                    spans = [d for d in self._undateline(self.dates.find(text[lo:hi], published, offset=lo))
                             if (d.char_start - b <= 25 if lo == b else _POSSESSIVE_AT_RE.match(text, d.char_end))]
                    if spans:
                        when = (lo, hi)
                        break
                anchors.append((pos, b, iso, place, si, when))
        dateline_event = None
        dateline_here = False
        if not anchors and self._wire_place is not None and self._datelines:
            # visits newswire round (item 1): a wire story filed from the event's city ("MOSCOW, May 9 - ... on the
            # tribune for the parade"): the first event noun after the dateline is the story's event, held there
            ref = self._ev_ref_re.search(text, self._datelines[0][1])
            if ref is not None:
                wp = self._wire_place
                si_ref = _sentence_at(sentences, ref.start())
                if si_ref is not None:
                    rs, re_ = sentences[si_ref]
                    told = [d for d in self._undateline(self.dates.find(text[rs:re_], published, offset=rs))
                            if d.precision == "day"] if published is not None else []
                    anchors.append((ref.start(), ref.end(), wp.iso3, Place(wp.name, wp.iso3, wp.lat, wp.lon, ref.start(), ref.end()),
                                    si_ref, (told[0].char_start, told[0].char_end) if told else None))
                    dateline_event = ref.start()
                    # (visits review NW, finding 3: opt-in, not a fallback: the story places the event here, else only a
                    # presence on the spot takes it: "on the tribune for the parade"; an event of a series hosted in
                    # turn ("the BRICS summit") only when placed here)
                    ls, le = sentences[_sentence_at(sentences, self._datelines[0][1]) or 0]
                    dateline_here = (
                        self._ev_here_re.search(text, rs, re_) is not None
                        # the dateline city named in the event's sentence ("a summit that Seoul hopes to host")
                        or re.search(rf"\b{re.escape(wp.name)}\b", text[rs:re_]) is not None
                        # the home leader's own ceremony in the lead ("X was sworn in on Sunday")
                        or (self._ev_here_verb_re.search(text, ls, le) is not None and any(
                            m.kind == "person" and m.iso3 == wp.iso3 and ls <= m.start < le for m in mentions))
                        # a trip to the dateline's country told up to the event's sentence ("Modi arrived on Wednesday")
                        or any(r.host_iso3 == wp.iso3 and r.status in ("occurred", "planned") and not r.earlier
                               and not r.is_domestic and r.sentence_index <= si_ref for r in records))
                    if not dateline_here and self._ev_series_re.search(text, max(0, ref.start() - 40), ref.end() + 40):
                        anchors.pop()
                        dateline_event = None
                    elif any(m.kind == "country" and m.iso3 and m.iso3 != wp.iso3 and m.alias_kind != "demonym"
                             and rs <= m.start < ref.start() and re.search(r"\bto\s+(?:the\s+)?$", text[max(rs, m.start - 9):m.start])
                             for m in by_sentence[si_ref]):
                        # visits round 2 of session 8: "Xi will travel to Jakarta on Wednesday to attend the summit":
                        # the event is where its sentence sends the traveller, not at the dateline
                        anchors.pop()
                        dateline_event = None
        if not anchors:
            return
        people_all = [m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id]
        for pos, _b, iso, _place, si, when in anchors:
            # the pair's own earlier meeting, with a past date right after its place: each of the last two people
            # of different countries named before it, not of the host, was there
            s = sentences[si][0]
            if when is None or published is None or _PAIR_POSS_RE.search(text, max(s, pos - 40), pos) is None:
                continue
            spans = [d for d in self._undateline(self.dates.find(text[when[0]:when[1]], published, future=False, offset=when[0]))
                     if d.end < published]
            if not spans or spans[0].char_start < _b:
                continue
            pair = []
            for m in reversed([m for m in people_all if m.end <= pos]):
                if all(m.iso3 != q.iso3 for q in pair):
                    pair.append(m)
                if len(pair) == 2:
                    break
            for m in pair if len(pair) == 2 else ():
                if m.iso3 != iso:
                    self._add_earlier(Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person"), iso, spans[0],
                                      *sentences[si], si, records)
        anchor_sis = [ev[4] for ev in anchors]  # (anchors come in sentence order)
        for si, (s, e) in enumerate(sentences):
            near = anchors[bisect.bisect_left(anchor_sis, si - 2):bisect.bisect_right(anchor_sis, si)]
            if not near:
                continue
            people = [m for m in by_sentence[si] if m.kind == "person" and m.iso3 and m.actor_id]
            pro = _OPENING_PRONOUN_RE.match(text, s, e)
            if pro is not None:
                # "He skipped ...": the person who opens the nearest earlier sentence naming someone
                prev = next((m for k in range(si - 1, -1, -1) for m in mentions
                             if sentences[k][0] <= m.start < sentences[k][1] and m.kind == "person" and m.iso3), None)
                if prev is not None:
                    people.insert(0, replace(prev, start=pro.start(1), end=pro.end(1)))
            own = [ev for ev in near if ev[4] == si]
            sentence_event = own[0] if own else next((ev for ev in reversed(near) if ev[4] < si), None)
            def resolve(lo, hi):
                """The events a segment names: anchors in it, else the last one before a reference in it."""
                inside = [ev for ev in near if lo <= ev[0] < hi]
                if inside:
                    return inside
                ref = self._ev_ref_re.search(text, lo, hi)
                if ref is None or ref.start() - lo > 60:
                    return []
                prior = [ev for ev in near if ev[0] < ref.start()]
                return prior[-1:]
            k = 0
            while k < len(people):
                head = people[k]
                chain = [head]
                while k + 1 < len(people) and _CHAIN_GAP_RE.fullmatch(text, chain[-1].end, people[k + 1].start):
                    k += 1
                    chain.append(people[k])
                k += 1
                last = chain[-1]
                if text[last.end:last.end + 2] in ("'s", "’s"):
                    continue
                w_end = people[k].start if k < len(people) else e
                semi = text.find(";", last.end, w_end)
                w_end = min(w_end if semi < 0 else semi, last.end + 260)
                lead = text[max(s, head.start - 80):head.start]
                found = []  # (event, status)
                past = [False]  # a no-show told in the past tense ("skipped it"): the event's date is not ahead
                rep = _REPRESENT_RE.search(lead)
                if rep is not None and sentence_event is not None:
                    clause = lead[:rep.start()]
                    clause = clause[clause.rfind(",") + 1:]
                    verb = rep.group("verb").lower()
                    plan = self._role_plan_re.search(clause) or verb.startswith(("sends", "send ", "sending"))
                    found.append((sentence_event, "planned" if plan else "occurred"))
                elif _NOT_ATTENDER_RE.search(lead):
                    continue
                else:
                    verbs = list(self._role_verb_re.finditer(text, last.end, w_end))
                    for j, rv in enumerate(verbs):
                        seg_end = verbs[j + 1].start() if j + 1 < len(verbs) else w_end
                        evs = resolve(rv.start(), seg_end)
                        skip = _ROLE_SKIP_RE.search(rv.group()) is not None
                        # visits newswire round (item 1): "is not attending", "will not take part": a no-show
                        negated = not skip and self._ev_negation_re.search(text, max(last.end, rv.start() - 20), rv.start())
                        skip = skip or bool(negated)
                        gap = text[last.end:rv.start()]
                        # (review NW, finding 12: the attend-like test made once, for "bare" and the dateline gate)
                        attendish = rv.group().lower().startswith(("attend", "take", "took", "join", "participat"))
                        bare = (not evs and attendish
                                and self._ev_bare_re.match(text, rv.end()) is not None
                                and len(gap) <= 40 and not re.search(r"[,;:]", gap))  # (the person's own verb)
                        presence = _PRESENCE_VERB_RE.match(rv.group()) is not None
                        if self._ev_history_re.search(text, max(last.end, rv.start() - 20), rv.start()):
                            continue  # (visits review NW, finding 9: "never attended": history, not this event)
                        if not skip and self._ev_remote_re.search(text, rv.start(), seg_end):
                            continue  # (visits review NW, finding 4: "watched the parade on television", "via video link")
                        watch = rv.group().lower().startswith("watch")
                        if watch and any(self._names_other_place(text, mentions, rv.end(), seg_end, ev[2]) for ev in evs):
                            continue  # ("watched the parade on a screen in Tokyo": from elsewhere, not the event's place)
                        if not evs and presence and _BESIDE_RE.search(rv.group()):
                            # "stood beside the host at the parade in Moscow": the event after the host's name
                            evs = resolve(rv.start(), min(e, rv.end() + 120))
                        if not evs and (skip or bare or presence) and sentence_event is not None:
                            evs = [sentence_event]  # ("Biden will attend.": the event the story is telling)
                        if not evs and (rel := _REL_EVENT_RE.search(lead)) is not None:
                            # "a gathering that Y is due to attend": the event the relative clause hangs on
                            at = head.start - len(lead) + rel.start()
                            evs = [ev for ev in near if ev[0] <= at][-1:]
                        if not evs:
                            continue
                        if skip:
                            status = "cancelled"
                            past[0] = _PAST_SKIP_RE.search(rv.group()) is not None
                        else:
                            pre = text[last.end:rv.start()]
                            pre = pre[pre.rfind(",") + 1:]
                            status = "planned" if self._role_plan_re.search(pre + rv.group()) else "occurred"
                        if any(ev[0] == dateline_event for ev in evs) and not (
                                (dateline_here and (skip or bare or presence or attendish)) or (presence and not watch)):
                            continue  # (the dateline's event takes only a presence on the spot, or, when the lead places
                            # it here, a bare "will attend", an attend verb or a no-show: visits review NW, finding 3)
                        found += [(ev, status) for ev in evs]
                        break
                for ev, status in found:
                    iso, date = ev[2], None
                    if ev[5] is not None:
                        lo, hi = ev[5]
                        spans = self._undateline(self.dates.find(text[lo:hi], published, offset=lo,
                                                                 future=status == "planned" or (status == "cancelled" and not past[0])))
                        date = spans[0] if spans else None
                    elif published is not None:
                        # visits newswire round (item 1): the day the person's own clause gives ("were on the tribune
                        # for the parade on Monday"), else the publication month
                        own_days = [d for d in self._undateline(self.dates.find(
                            text[last.end:w_end], published, offset=last.end, future=status == "planned"))
                            if d.precision == "day" and (status == "planned" or d.start <= published)]
                        # (a plan: a day ahead told before the name in its sentence: "a summit Seoul hopes to host on
                        # May 26-27, which X and Y are expected to attend")
                        ahead = [d for d in self._undateline(self.dates.find(text[max(s, head.start - 160):head.start], published,
                                                                             offset=max(s, head.start - 160), future=True))
                                 if d.precision == "day" and d.start > published] if status == "planned" else []
                        date = (own_days[0] if own_days and ev[0] == dateline_event else ahead[-1] if ahead
                                else self._month_of(published))
                    for m in chain:
                        if m.iso3 == iso or any(r.visitor.actor_id == m.actor_id and r.host_iso3 == iso and (
                                r.status == status or (not r.earlier and (r.date is None or date is None or (
                                    r.date.start <= date.end and date.start <= r.date.end)))) for r in records):
                            continue
                        rec = Record(Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person"), iso, status, "042", 0.6,
                                     (s, e), si, None, ev[3])
                        rec.date = date
                        rec.preset = True
                        rec.history.append(status)
                        records.append(rec)

    def _hit_before(self, pattern, text, s, e, a) -> bool:
        """Whether ``pattern`` matches in ``text[s:a]``, ``a`` inside the sentence ``[s, e)``: the sentence is searched once
        and its first match kept, so many cues of one long sentence cost one pass (visits review NW, A)."""
        key = (pattern, s, e)
        end = self._first_hit.get(key, -1)
        if end == -1:
            m = pattern.search(text, s, e)
            end = self._first_hit[key] = m.end() if m is not None else None
        return end is not None and end <= a

    def _from_where_legs(self, text, mentions, records, backoff_only=False) -> None:
        """Visits newswire round (item 2): the stop before this one, told as where the traveller came from and what
        he did there ("arrived in Astana on Friday from St. Petersburg, where he had attended the G20 summit"): a trip
        made to that place, dated by the month of the arrival. A bare "arrived from X" makes no trip to X.
        Visits review NW: "from" must hang on the traveller's own movement verb and the pronoun after "where" be his
        ("met families from Syria, where they had lost ..." is no trip; finding 5); and each sentence is read once,
        its places found once, not once per record and match (finding 10: was records x matches x sentence length)."""
        by_sentence: dict[tuple[int, int], list[Record]] = {}
        for r in records:
            if r.status != "occurred" or r.earlier or r.is_domestic or r.visitor.kind == "country":
                continue
            if backoff_only and "backoff" not in r.history:
                continue  # (s22: the second reading, after `_backoff`, for its records only: bare legs)
            by_sentence.setdefault(r.sentence, []).append(r)
        if not by_sentence:
            return
        countries = sorted((c for c in mentions if c.kind == "country"), key=lambda c: c.start)
        starts = [c.start for c in countries]
        people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
        for (s, e), rs in by_sentence.items():
            matches = list(self._from_where_re.finditer(text, s, e)) if not backoff_only else []
            bare = [m for m in self._from_bare_re.finditer(text, s, e)
                    if not re.search(r"\bvia\b|\brefuel", text[m.start():m.end()], re.I)] if " from " in text[s:e] else []
            if not matches and not bare:
                continue
            matches += bare
            here = countries[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
            here_starts = [c.start for c in here]
            # (the finder reads the sentence: "St. Petersburg" needs the words around it; once per sentence)
            found = self.places.find(text, s, e, [(c.start, c.end) for c in here])
            found_starts = [p.start for p in found]
            legs = []
            for m in matches:
                lo, hi = m.start("where_from"), m.end("where_from")
                inside = here[bisect.bisect_left(here_starts, lo):bisect.bisect_left(here_starts, hi)]
                isos = [c.iso3 for c in inside if c.iso3 and c.alias_kind != "demonym"]
                isos += [p.iso3 for p in found[bisect.bisect_left(found_starts, lo):bisect.bisect_left(found_starts, hi)] if p.iso3]
                # visits session 7: a day the where-clause tells ("where he saw Orban on Monday") is the stop's own
                w_hi = min(e, m.end() + 120)
                stop = _CLAUSE_STOP_RE.search(text, m.end(), w_hi)
                w_hi = stop.start() if stop else w_hi
                own_days = [d for d in self._undateline(self.dates.find(text[m.end():w_hi], self._published, future=False,
                                                                          offset=m.end())) if d.precision == "day"] \
                    if self._published is not None and "group" in m.re.groupindex else []  # (a bare leg: the arrival's month)
                if "group" in m.re.groupindex:
                    legs.append((m.group("group") is not None, isos, own_days[0] if own_days else None, None))
                else:
                    # (s22) a bare leg is the arrival's traveller's only: the traveller named last before the verb ("Modi
                    # held talks with Zuma on Friday, a day after arriving from Mozambique": Modi)
                    trav = {r.visitor.actor_id for r in rs}
                    who = next((p for p in reversed(people) if s <= p.start < m.start() and p.actor_id in trav), None)
                    legs.append((None, isos, None, who))
            seen = set()  # (records of one traveller, host and month give the same legs: each once)
            for r in rs:
                date = None
                if r.date is not None and r.date.precision in ("day", "month"):
                    date = replace(r.date, start=r.date.start.replace(day=1), end=_month_end(r.date.start.year, r.date.start.month),
                                   precision="month", text="")
                key = (r.visitor.actor_id, r.visitor.kind, r.visitor.iso3, r.host_iso3, date.start if date else None)
                if key in seen:
                    continue
                seen.add(key)
                isos_all = {iso: day for group_pronoun, isos, day, who in legs for iso in isos
                            if not (group_pronoun and r.visitor.kind == "person")  # ("they": not one traveller)
                            # (s22: a bare leg, the arrival traveller's, once per story and pair)
                            and not (group_pronoun is None and (r.visitor.kind != "person" or who is None
                                                                or who.actor_id != r.visitor.actor_id
                                                                or any(o.visitor.actor_id == who.actor_id and o.host_iso3 == iso
                                                                       for o in records)))}
                for iso, day in isos_all.items():
                    if iso != r.host_iso3 and iso != r.visitor.iso3:
                        own = day if day is not None and (r.date is None or day.start <= r.date.start) else date
                        self._add_earlier(r.visitor, iso, own, s, e, r.sentence_index, records)

    def _stand_ins(self, text, sentences, mentions, records, published) -> None:
        """Visits newswire round (item 1): a person who goes in the place of someone who dropped a trip ("X will skip
        the summit in Y. Z will attend in his place"; "...; the delegation will be led by Z"; "is sending Z instead";
        "Z will represent the country") takes the dropped trip's host, place and dates; planned unless the clause
        tells it as done. "Z will travel to Y in place of X": X is the no-show of Z's trip (words: visit_stand_in.csv)."""
        by_sentence = _per_sentence(sentences, mentions)
        no_shows: dict[int, list[Record]] = {}  # sentence index -> its no-show records (one pass, not one per person)
        for r in records:
            if r.status == "cancelled" and not r.earlier and not r.is_domestic:
                no_shows.setdefault(r.sentence_index, []).append(r)
        for si, (s, e) in enumerate(sentences):
            people = [m for m in by_sentence[si] if m.kind == "person" and m.iso3 and m.actor_id]
            if not people or not (si in no_shows or si - 1 in no_shows or "place" in text[s:e] or "instead" in text[s:e]):
                continue
            for k, m in enumerate(people):
                lead = text[max(s, m.start - 70):m.start]
                stop = people[k + 1].start if k + 1 < len(people) else e
                clause = text[m.end:min(stop, m.end + 160)]
                clause = re.split(r";|\.\s", clause, maxsplit=1)[0]
                if text[m.end:m.end + 2] in ("'s", "’s"):
                    continue
                rep = self._stand_replaced_re.search(lead)
                if rep is not None:
                    # "Z will travel to Y next week in place of X": X does not go
                    trips = [r for r in records if r.sentence_index == si and r.status in ("planned", "occurred")
                             and not r.earlier and not r.is_domestic and r.visitor.kind == "person"
                             and r.visitor.iso3 == m.iso3 and r.visitor.actor_id != m.actor_id
                             and r.visitor.end <= m.start - len(lead) + rep.start()]
                    at = m.start - len(lead) + rep.start()
                    if trips and not any(r.visitor.actor_id == m.actor_id and r.host_iso3 == trips[-1].host_iso3 for r in records) \
                            and self._stand_go_re.search(text, trips[-1].visitor.end, at) \
                            and not self._stand_appoint_re.search(text, trips[-1].visitor.end, at):
                        # (review NW, finding 7: a trip verb between the traveller and "in place of", no post given)
                        self._add_stand_in(m, trips[-1], "cancelled", s, e, si, records)
                    continue
                before = self._stand_before_re.search(lead)
                if before is not None and (by := self._stand_by_re.search(lead)) is not None \
                        and not self._stand_group_re.search(lead, 0, by.start()) \
                        and not self._country_before(mentions, m.iso3, m.start - len(lead) + by.start(), text):
                    before = None  # (review NW, finding 1: "the party's panel, led by Z", "critics led by Z": no delegation)
                after = self._stand_after_re.search(clause)
                if after is not None and re.search(r"\b(?:to|in|at|for)\s+(?:the\s+)?(?-i:[A-Z])|\bhome\b", after.group()):
                    after = None  # (finding 2: "will travel to Michigan instead": a place of his own)
                verb = self._stand_verb_re.match(clause)
                if verb is not None and not re.search(r"delegation\b", verb.group(), re.I) and not any(
                        c.kind == "country" and c.alias_kind != "demonym" and c.start <= m.end + verb.end() - 1 < c.end
                        for c in mentions):
                    verb = None  # (finding 2: "will lead the American effort": not the country or its delegation)
                if not (before or after or verb):
                    continue
                dropped = [r for r in no_shows.get(si - 1, []) + no_shows.get(si, [])
                           if r.visitor.iso3 == m.iso3 and r.visitor.actor_id != m.actor_id and r.host_iso3 != m.iso3
                           and (r.sentence_index == si - 1 or r.visitor.end <= m.start)]
                if not dropped or any(r.visitor.actor_id == m.actor_id and r.host_iso3 == dropped[-1].host_iso3
                                      for r in records):
                    continue
                trip = max(dropped, key=lambda r: (r.sentence_index, r.visitor.start))
                own = re.split(r",\s+(?:and|but|while|whereas|as)\s", clause, maxsplit=1)[0]  # (his clause, not the next)
                if self._names_other_place(text, mentions, m.end, m.end + len(own), trip.host_iso3,
                                           skip_at=m.end + verb.end() - 1 if verb is not None else None):
                    continue  # (review NW, findings 1, 2: "will head the meeting in Moscow instead", "worked in Tokyo")
                told = lead[lead.rfind(",") + 1:] + clause
                if FUTURE_RE.search(told) or (trip.date is not None and published is not None and trip.date.start > published):
                    status = "planned"
                else:
                    status = "occurred"
                self._add_stand_in(m, trip, status, s, e, si, records)

    @staticmethod
    def _country_before(mentions, iso3, at, text) -> bool:
        """A country ``iso3`` named (not as a demonym) right before ``at``, with only a verb of being between
        ("Russia will be represented by ...", "India, led by ...")."""
        return any(c.kind == "country" and c.iso3 == iso3 and c.alias_kind != "demonym" and c.end <= at
                   and re.fullmatch(r"\s*,?\s*(?:(?:will|would|is|was|are|were|to)\s+)?(?:be\s+|being\s+)?", text[c.end:at])
                   for c in mentions)

    def _names_other_place(self, text, mentions, lo, hi, host, skip_at=None) -> bool:
        """Whether ``text[lo:hi]`` names a country or place other than ``host``, or "home" (visits review NW: the
        stand-in's own clause goes somewhere else, so he does not take the dropped trip)."""
        if re.search(r"\bhome\b", text[lo:hi], re.I):
            return True
        spans = [(c.start, c.end) for c in mentions if c.kind == "country" and lo <= c.start < hi]
        if any(c.kind == "country" and c.iso3 and c.iso3 != host and c.alias_kind != "demonym" and lo <= c.start < hi
               and not (skip_at is not None and c.start <= skip_at < c.end) for c in mentions):  # ("will represent India")
            return True
        return any(p.iso3 and p.iso3 != host for p in self.places.find(text, lo, hi, spans))

    @staticmethod
    def _add_stand_in(m, trip, status, s, e, si, records) -> None:
        rec = Record(Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person"), trip.host_iso3, status, "042", 0.6,
                     (s, e), si, None, trip.place)
        rec.date = trip.date
        rec.preset = True
        rec.history.append(status)
        records.append(rec)

    def _backoff(self, text, sentences, mentions, records, published, home) -> None:
        """Round 13: a visit the construction rules did not find. A sentence that names a travelling group of
        country A ("the delegation of the Ministry of Justice of Mongolia", "the Russian campers' group") or a
        person of country A, a verb of travel, meeting or attendance (visit_backoff.csv) and a host B != A (a
        country or place after "to/in/at/visited", or "here" on a home outlet, or the home country itself when a
        home outlet's sentence names no other) is a visit A -> B. The status comes from the words before the verb
        (a plan: "will", "is to", "expected to"; a guess, an invitation or a denial: nothing); the date from the
        sentence, else the sentence it continues ("They included ..."), else the month of publication. Calls,
        letters and video links are no trip (guard words), nor is anyone named next to "ambassador", "embassy",
        "resident" (posted). It only adds: a visitor any rule already placed in the sentence, or already sent to
        B in the story, is left alone."""
        if published is None:
            return
        home_iso = home[1] if home else None
        # (round 19: where the story first tells an arrival here, for an arrival that names no place after it)
        self._arrived_here_at = (found.start() if home_iso and "arriv" in self._low
                                 and (found := _ARRIVED_HERE_RE.search(text)) is not None else None)
        prev = None  # (verb end, host, status, date) of the sentence before: what "They included ..." continues
        told_n, told, told_by_si = -1, [], {}  # (rebuilt only when a record was added: a long story is not quadratic)
        for si, s, e, ments in mentions_by_sentence(sentences, mentions):
            sentence = text[s:e]
            cont = prev if (prev is not None and _BO_CONT_RE.match(sentence)) else None
            prev = None
            # (s19: or an organisation of a foreign country: "A delegation of the International Liaison Department of the
            # C.C., the Communist Party of China laid a wreath": the party names no country of its own)
            if not any(m.iso3 and m.iso3 != home_iso and m.kind in ("country", "person", "organisation") for m in ments) and not \
                    _BO_CONT_RE.match(text, e, min(len(text), e + 40)):
                continue  # perf s10: the test below, before the verb search (without a foreign party or a
                # "They included ..." after it, the sentence is skipped whatever the verb)
            verb = self._bo_verb_re.search(text, s, e) or self._bo_here_re.search(text, s, e)
            if verb is None and cont is None:
                continue
            if not any(m.iso3 and m.iso3 != home_iso and m.kind in ("country", "person", "organisation") for m in ments) and not (
                    verb is not None and _BO_CONT_RE.match(text, e, min(len(text), e + 40))):
                continue  # (no foreign party here, and no "They included ..." after it: nothing to add)
            if verb is None and self._bo_guard_re.search(sentence):
                continue
            if told_n != len(records):
                told = [r for r in records if not r.is_domestic]  # (a record flagged domestic is no placement)
                told_n, told_by_si = len(records), {}
                for r in told:
                    told_by_si.setdefault(r.sentence_index, []).append(r)
            here = told_by_si.get(si, ())
            placed = {r.visitor.iso3 for r in here} | {r.visitor.actor_id for r in here}
            if verb is not None and _BO_NOUN_BEFORE_RE.search(text, max(s, verb.start() - 20), verb.start()):
                verb = None  # ("the recent visits paid by ...", "his visit": a noun, told by other rules)
                if cont is None:
                    continue
            if verb is not None:
                # (a call, letter or video link in the verb's own clause: "held talks by video link"; not one told in
                # another clause of the sentence, "sent a message ... and arrived in X on Monday")
                c0 = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text, s, verb.start())), default=s)
                c1 = next((m.start() for m in _CLAUSE_BREAK_RE.finditer(text, verb.end(), e)), e)
                if self._bo_guard_re.search(text, c0, c1):
                    continue
                before = text[max(s, verb.start() - 60):verb.start()]
                if any(n.search(before) for n in self.negation) or self._bo_guess_re.search(before):
                    continue
                status = "planned" if self._bo_plan_re.search(before) else "occurred"
                host, place, named = self._bo_host(text, s, e, ments, verb, home_iso)
                spans = self._undateline(self.dates.find(sentence, published, offset=s))
                if not spans and si and _SAME_DAY_RE.search(sentence.lower()):
                    # round 17: "On the same day a delegation of X went back home": the day a sentence before told
                    for k in range(si - 1, max(-1, si - 4), -1):
                        ks, ke = sentences[k]
                        told_days = [d for d in self._undateline(self.dates.find(text[ks:ke], published, offset=ks))
                                     if d.precision == "day" and d.start <= published]
                        if told_days:
                            d = told_days[-1]
                            spans = [DateSpan(d.start, d.end, "day", d.text, s, s)]
                            break
                if status == "occurred":
                    spans = [d for d in spans if d.start <= published]
                else:
                    spans = [d for d in spans if d.end >= published]
                also = None
                if not spans and si and status == "occurred" and (_ALSO_INV_RE.match(sentence) or _BO_THEY_GO_ON_RE.match(sentence)):
                    # fixV3: "Also leaving here for home were ...": the list goes on from the one before, on its day
                    for k in range(si - 1, max(-1, si - (4 if _ALSO_INV_RE.match(sentence) else 6)), -1):
                        ks, ke = sentences[k]
                        told_days = [d for d in self._undateline(self.dates.find(text[ks:ke], published, offset=ks))
                                     if d.precision == "day" and dt.timedelta(0) <= published - d.start <= dt.timedelta(days=7)]
                        if told_days:
                            d = told_days[-1]
                            also = DateSpan(d.start, d.end, "day", d.text, s, s)
                            break
                after = [d for d in spans if d.char_start >= verb.start()]
                date = (after[0] if after else spans[-1]) if spans else also
                if _BO_REL_BEFORE_RE.search(text, max(s, verb.start() - 12), verb.start()) and not after and also is None:
                    date = _NO_DATE  # ("X, who visited the DPRK at the head of ...": an earlier trip, its date untold)
                vend = verb.end()
            else:
                vend, host, status, date, named = cont
                place = None
            prev = (vend, host, status, date, named)
            if host is None:
                continue
            # s11 fix (R1): a passive ("Mandela Day events in London were attended by the Kenyan president"): no one
            # before the verb travels; the person right after "by" does
            passive, by_end = self._passive_at(text, s, verb.start(), verb.end()) if verb is not None else (False, None)
            if passive and by_end is None and _PASSIVE_TRIBUTE_RE.fullmatch(verb.group()):
                prev = None  # s20: "Wreaths in the names of parties of Russia were laid before the bier": sent, no giver
                continue     # here; "They included ..." after it lists senders, not visitors
            for m in ments:
                if passive:
                    if m.start < verb.end() or m.kind != "person" or by_end is None or not (
                            by_end <= m.start < by_end + 40 and re.fullmatch(
                                r"(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,4}", text[by_end:m.start], re.I)) \
                            or not m.iso3 or m.iso3 == host or re.match(r"['’]s\b", text[m.end:m.end + 2]) \
                            or _ENVOY_WORD_RE.search(text, by_end, m.start) \
                            or _ENVOY_WORD_RE.search(text, m.end, min(e, m.end + 40)):
                        # (s17: "... was attended by Chinese Ambassador X": an envoy posted there is no visitor; s20: nor
                        # "by X, Cambodian ambassador to the DPRK")
                        who = self._bo_visitor(text, s, e, m, ments, verb, host, home_iso) if (
                            m.start >= verb.end() and m.kind != "person") else None
                    else:
                        who = Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")
                else:
                    who = self._bo_visitor(text, s, e, m, ments, verb, host, home_iso)
                if who is None or who.iso3 in placed or who.actor_id in placed:
                    continue
                if m.kind == "organisation" and verb is not None and not named:
                    continue  # s21: a body's group with a verb needs its place told ("The Rescue Group of Chongryon visited")
                if m.kind == "organisation" and any(r.host_iso3 == who.iso3 and r.visitor.iso3 == host for r in here):
                    continue  # s21: the sentence's trip the other way ("The WPK delegation met the delegation of the CPC")
                if verb is None and who.kind == "person" and any(r.host_iso3 == host and r.visitor.iso3 == who.iso3 for r in told):
                    continue  # s21: a listed guest of a country whose group the story told ("met guests from Bangladesh.
                    # They were X, ...")
                if who.kind == "person" and not named and not (verb is None and host == home_iso):
                    continue  # (a person needs the place named: "X had a talk with him" may be anywhere; but s21: the
                    # guests a home outlet's "They included ..." lists after a meeting it tells with no other country
                    # named met here, persons as well as delegations)
                if verb is not None and verb.group().lower().endswith(" to") and who.start > verb.start():
                    continue  # ("Group prizes went to the Russian company": "went to", "came to" need their traveller first)
                if any(r.host_iso3 == host and (r.visitor.iso3 == who.iso3 if who.kind == "delegation"
                                                else r.visitor.actor_id == who.actor_id) for r in told):
                    continue
                rec = Record(who, host, status, "042" if status == "occurred" else "036", 0.5, (s, e), si, None,
                             place if place is not None and place.iso3 == host else None,
                             None if date is _NO_DATE else date if date is not None else self._month_of(published))
                rec.history.append("backoff")
                records.append(rec)
                placed |= {who.iso3, who.actor_id}
            # (perf s12: "no foreign record in this sentence" read from the index of the records up to `told_n`, then the
            # records added since; `_backoff` only appends records and never changes their sentence or domestic flag)
            if verb is not None and home_iso and not told_by_si.get(si) and not any(
                    r.sentence_index == si and not r.is_domestic for r in records[told_n:]) \
                    and not passive \
                    and (who := self._subject_country(text, s, ments, verb, host, home_iso)) is not None \
                    and (named or (self._bo_tribute_re.fullmatch(verb.group()) and self._bo_home_monument_re.search(text, verb.end(), e)
                                   and not _BO_EMBASSY_RE.search(text, max(0, s - 600), e))
                         or any(
                        m.start == who.start and m.kind == "organisation" and _GROUP_OF_BEFORE_RE.search(
                            text, max(s, m.start - 120), m.start) for m in ments)) and not any(
                        r.host_iso3 == host and r.visitor.iso3 == who.iso3 and r.status == status for r in told):
                # round 17: the clause's subject names no one the mentions know, but its words name one foreign country
                # ("President of the Cuban Institute of Friendship with the Peoples X and her companion arrived here")
                if date is None and (_FORMER_RE.match(text, s, verb.start()) or re.search(
                        r"\b(?:who|which|that)\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|have\s+)?$", text[max(s, verb.start() - 30):verb.start()])):
                    # ("Norwegian artistes who visited Pyongyang ...": a trip told in passing, its date untold)
                    date = _NO_DATE  # ("A former Japanese prime minister visited Pyongyang": an old trip, its date untold)
                rec = Record(who, host, status, "042" if status == "occurred" else "036", 0.5, (s, e), si, None,
                             place if place is not None and place.iso3 == host else None,
                             None if date is _NO_DATE else date if date is not None else self._month_of(published))
                rec.history.append("backoff-subject")
                records.append(rec)

    def _subject_country(self, text, s, ments, verb, host, home_iso) -> Party | None:
        """Round 17: the traveller of a back-off sentence told by a subject the mentions do not resolve, on a home
        outlet: the words from the sentence's start to the verb (no report, time or relative clause among them) whose
        first country, organisation of a country or person with a country is foreign and not the host: "Families of
        Chinese related to the anti-Japanese revolutionary struggle left for home", "X, coordinator of the ... Workers'
        Party of Mexico, arrived here", "X, representative of the ... Institute ... in Japan who is chairman of the ...
        Committee for Commemorating the Centenary of Birth of President Kim Il Sung, arrived here" (the first, Japan).
        None for a posted one (ambassador, embassy staff, students studying here) or a subject the verb follows too far."""
        if self._bo_here_re.fullmatch(verb.group()):
            return None  # ("A concert for solidarity with Cuba was held here": an event, no traveller)
        lead = _SUBJECT_LEAD_RE.match(text, s, verb.start())
        lo = lead.end() if lead else s
        if re.match(r"met\s+(?:(?:a|the|their|his|her)\s+)?deaths?\b", text[verb.start():verb.start() + 20], re.I):
            return None  # ("met deaths" is no meeting)
        if _GOODS_SUBJECT_RE.match(text, lo, verb.start()):
            return None  # s21: ("Food worth $5 million donated by the Russian government arrived": goods, no traveller)
        if verb.start() - lo > 320 or _SUBJECT_BREAK_RE.search(text, lo, verb.start()) or any(
                not (p.group().lower().startswith("resident") and text[p.start() - 1:p.start()] == "-")
                for p in self._bo_posted_re.finditer(text, lo, verb.start())) \
                or _SUBJECT_POSTED_RE.search(text, lo, verb.start()) or _BO_FLOW_RE.search(text, lo, verb.start()):
            return None  # (not "a China-resident Korean": overseas Koreans are recorded by the country they live in)
        subject = [m for m in ments if lo <= m.start < verb.start() and m.iso3 and m.kind in ("country", "organisation", "person")
                   and m.alias_kind != "capital" and not _CURRENCY_AFTER_RE.match(text, m.end)]  # (s21: "U.S. dollars")
        first = subject[0] if subject else None
        if first is not None and first.iso3 == home_iso and _TALKS_BETWEEN_RE.match(text, lo, verb.start()):
            # s19: "Talks between the delegations of the C.C., the Workers' Party of Korea and the C.C., the Communist
            # Party of China were held here": the home side hosts; the other side of the talks is the traveller
            first = next((m for m in subject if m.iso3 not in (home_iso, host)), first)
        if first is None or first.iso3 in (home_iso, host):
            return None
        if host != home_iso and not any(m.start >= verb.start() and m.iso3 == host for m in ments) and not any(
                p.start >= verb.start() and p.iso3 == host for p in self.places.find(text, verb.start(), verb.start() + 200)):
            return None  # (the host must be named after the verb: "an internet paper of Koreans in the U.S., ... attended")
        if first.kind == "country" and (re.search(r"[-–/]$", text[max(s, first.start - 1):first.start])
                                        or text[first.end:first.end + 1] in ("-", "–", "/")):
            return None  # ("the Japan-Korea Friendship Association": a joint body)
        if _BO_DEST_BEFORE_RE.search(text[max(lo, first.start - 40):first.start]) and not _KOREANS_IN_BEFORE_RE.search(
                text, max(lo, first.start - 60), first.start):
            return None  # ("a delegation to China": a destination; "Koreans in Japan" are recorded by where they live)
        actor = self.registry.actors.get(f"country:{first.iso3}")
        if first.kind == "country" and (pers := next((m for m in subject if m.kind == "person" and m.iso3 == first.iso3
                                                       and m.start > first.start), None)) is not None \
                and re.fullmatch(r"[\s\w.'’-]*", text[first.end:pers.start]):
            first = pers  # s19: "First Deputy Foreign Minister of Russia Andrey Denisov and his party": the one named
        if first.kind == "person" and not _KIN_BEFORE_RE.search(text, max(lo, first.start - 70), first.start):
            return Party(first.start, first.end, first.actor_id, first.name, first.iso3, "person")
        # ("X, widow of Kim Dae Jung, ex-president of south Korea, came to Pyongyang": his country, not him)
        return Party(first.start, first.end, f"country:{first.iso3}", f"{actor.name if actor else first.iso3} delegation",
                     first.iso3, "delegation")

    def _es_countries_in(self, text, lo, hi) -> list[tuple[int, int, str]]:
        """(start, end, iso3) of the Spanish country names and adjectives in ``text[lo:hi]``, in order."""
        out = []
        for iso, rx in self._es_countries:
            out += [(m.start(), m.end(), iso) for m in rx.finditer(text, lo, hi)]
        out.sort(key=lambda c: (c[0], -c[1]))
        kept = []
        for c in out:  # ("Taipei de China" holds "China", "Estados Unidos Mexicanos" "Estados Unidos": the longer one)
            if kept and c[0] < kept[-1][1]:
                continue
            kept.append(c)
        return kept

    def _spanish(self, text, sentences, mentions, records, published, home) -> None:
        """Round 17: a story in Spanish on a home outlet (KCNA's Spanish service). In a sentence with a trip verb
        (visit_spanish.csv): the traveller is a registry person named before the verb, else the first country the
        words before the verb name ("La delegacion ... de China encabezada por X ... deposito ..."), else, when the
        verb opens the sentence, the countries of the group after it ("Llegaron a esta capital las delegaciones de
        Mongolia, Siria e Italia"); a group with no country is the home outlet's own. The host is the country after
        the verb ("una visita a la RPCh"), the home country for "aqui", "esta capital", "Corea", and for a visit,
        wreath or tribute with no place told. Dated by "el dia N" (that day of the publication month), else the month
        of publication; a trip told as repeated ("varias veces") is left undated."""
        head = " " + (self._low[:1200] if getattr(self, "_low", None) is not None else text[:1200].lower())
        spanish = sum(head.count(f" {w} ") for w in self._es_markers)
        english = sum(head.count(f" {w} ") for w in ("the", "of", "and", "to", "in", "was", "were", "is", "with"))
        if spanish < 5 or spanish <= 2 * english:
            return
        home_iso = home[1]
        last_day = None
        for si, (s, e) in enumerate(sentences):
            day_marks = [(s + m.start(), int(m.group(1)) if m.group(1) else 1) for m in _ES_DAY_RE.finditer(text[s:e])]
            if published is not None:  # s23: "hoy" (the publication day), "la víspera" (the day before)
                day_marks += [(s + m.start(), published.day if m.group(1) else (published - dt.timedelta(days=1)).day)
                              for m in _ES_TODAY_RE.finditer(text[s:e])]
                day_marks.sort()
            days = [d for _p, d in day_marks]
            if "mismo dia" in text[s:e].lower() or "mismo día" in text[s:e].lower():
                days = days or ([last_day] if last_day else [])
            if days:
                last_day = days[0]
            # (a verb, not a noun after an article or a possessive: "su arribo al destino", "la visita")
            verbs = [v for v in self._es_verb_re.finditer(text, s, e) if not _ES_NOUN_BEFORE_RE.search(text, max(s, v.start() - 5), v.start())]
            if not verbs or self._es_posted_re.search(text, s, e):
                continue  # (embassy staff, residents: posted here, or a call at an embassy abroad)
            in_sentence = self._es_countries_in(text, s, e)  # (once per sentence with a trip verb)

            def countries_in(lo, hi):
                return [c for c in in_sentence if lo <= c[0] and c[1] <= hi]
            for vm in verbs:
                word = vm.group().lower()
                status = "planned" if self._es_plan_re.search(text, s, e) and re.search(r"(?:ar[aá]|er[aá]|ir[aá])\b|pronto", text[s:e]) \
                    else "occurred"
                leaving = word.startswith(("parti", "regres"))
                # the host: a country after the verb, else "aqui" / "esta capital" / "Corea"
                after = [c for c in countries_in(vm.end(), e)
                         if re.search(r"\b(?:a|en|hacia|de\s+visita\s+en|visitar|destino\s+a)\s+(?:la\s+|el\s+)?$", text[max(s, c[0] - 22):c[0]])]
                here = self._es_here_re.search(text, vm.start(), e)
                if leaving:
                    host = after[0][2] if after else None
                    if host is None and _ES_FROM_HERE_RE.match(text, vm.end(), e):
                        # s23: "el ex ministro partió ayer por avión de esta capital", "regresaron de esta capital":
                        # a guest who leaves here was here
                        host = home_iso
                elif after and (here is None or after[0][0] < here.start()):
                    host = after[0][2]
                elif here is not None or (word.startswith(("visit", "deposit", "rindi", "lleg", "arrib", "de visita", "en visita")) and (
                        any(m.iso3 == home_iso and m.kind == "country" and s <= m.start < e for m in mentions)
                        or self._es_site_re.search(text, s, e)
                        or any(p.iso3 == home_iso for p in self.places.find(text, s, e)))):
                    host = home_iso  # (a site at home: the sentence names "Pyongyang", a home place, a home leader)
                else:
                    host = None
                if host is None:
                    continue
                # the traveller(s)
                visitors: list[Party] = []
                person = next((m for m in reversed(mentions) if s <= m.start < vm.start() and m.kind == "person" and m.iso3
                               and not re.search(r"\b(?:a|al|con|por)\s+(?:(?:[A-Z][\w.-]*|el|la)\s+){0,4}$", text[max(s, m.start - 40):m.start])
                               or (s <= m.start < vm.start() and m.kind == "person" and m.iso3
                                   and re.search(r"\b(?:encabezad[oa]|presidid[oa]|dirigid[oa])\s+por\s+(?:(?:[\w.-]+)\s+){0,4}$",
                                                 text[max(s, m.start - 60):m.start]))), None)
                # s23: a home person before the verb ("Kim Jong Il se reunió ... con el director ... de Egipto, Naguib
                # X, de visita en Corea") is the host: the traveller is named after him
                home_person = person is not None and person.iso3 == host and host == home_iso and not leaving
                if person is not None and person.iso3 != host:
                    visitors = [Party(person.start, person.end, person.actor_id, person.name, person.iso3, "person")]
                elif person is None or home_person:
                    lo_subj = person.end if home_person else s
                    subject = countries_in(lo_subj, vm.start())
                    groups = list(self._es_group_re.finditer(text, lo_subj, vm.start()))
                    g = groups[-1] if groups else None
                    if g is not None:
                        # "la delegacion de amistad de la RPDC presidida por ...": the country that names the group
                        of_de = re.compile(r"\s+de\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:la\s+|el\s+)?$")
                        owner = [c for c in subject if g.end() <= c[0] < g.end() + 80 and of_de.search(text, g.end(), c[0])]
                        mine = next((h for h in self._es_here_re.finditer(text, g.end(), min(vm.start(), g.end() + 80))
                                     if of_de.search(text, g.end(), h.start())), None)
                        if mine is not None and (not owner or mine.start() < owner[0][0]):
                            subject = [(mine.start(), mine.end(), home_iso)]
                        elif owner:
                            subject = owner
                    if subject and (home_person or not _ES_OPENING_RE.fullmatch(text, s, vm.start())):
                        iso = subject[0][2]
                        visitors = [self._country_party(iso, subject[0][0], subject[0][1])]
                    elif not home_person and self._es_group_re.search(text, vm.end(), e) and _ES_OPENING_RE.fullmatch(text, s, vm.start()):
                        # the verb opens the sentence: the group after it ("... las delegaciones de China, Australia y
                        # Francia para participar ...")
                        g = self._es_group_re.search(text, vm.end(), e)
                        stop = re.compile(r"\b(?:para(?!\s+\d)|a\s+fin|con\s+el\s+fin|que|quien|quienes)\b|[;.]").search(text, g.end(), e)
                        listed = [c for c in countries_in(g.end(), stop.start() if stop else e)]
                        if listed:
                            visitors = [self._country_party(iso, a, b) for a, b, iso in listed]
                        elif leaving:
                            visitors = [self._country_party(home_iso, g.start(), g.end())]
                    elif leaving and host != home_iso and self._es_group_re.search(text, s, vm.start()) and not countries_in(s, vm.start()):
                        g = self._es_group_re.search(text, s, vm.start())
                        visitors = [self._country_party(home_iso, g.start(), g.end())]
                if (not visitors and person is None and host == home_iso and word.startswith(("lleg", "arrib"))
                        and _ES_OPENING_RE.fullmatch(text, s, vm.start())):
                    # s23: "Llegó ayer a esta capital el director de un diario noruego": the arrival
                    # opens the sentence and its subject, with no country of a group word, comes after it
                    stop = re.compile(r"\b(?:para(?!\s+\d)|a\s+fin|con\s+el\s+fin|que|quien|quienes)\b|[;.]").search(text, vm.end(), e)
                    listed = [c for c in countries_in(vm.end(), stop.start() if stop else e) if c[2] != host]
                    if listed:
                        visitors = [self._country_party(listed[0][2], listed[0][0], listed[0][1])]
                for who in visitors:
                    if who.iso3 == host or any(r.visitor.iso3 == who.iso3 and r.host_iso3 == host and r.status == status
                                               and not r.is_domestic for r in records):
                        continue
                    told_year = re.search(r"\b(?:el\s+)?a[nñ]o\s+pasado\b", text[s:e], re.I)
                    told_month = re.search(r"\ben\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
                                           r"noviembre|diciembre)\s+(?:de|del)\s+((?:19|20)\d\d)\b", text[s:e], re.I)
                    if told_month:
                        mon = _ES_MONTHS.index(told_month.group(1).lower().replace("setiembre", "septiembre")) + 1
                        y = int(told_month.group(2))
                        date = DateSpan(dt.date(y, mon, 1), _month_end(y, mon), "month", told_month.group())
                    elif told_year:
                        y = published.year - 1
                        date = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", told_year.group())
                    elif self._es_times_re.search(text, s, e):
                        date = None
                    elif (wd := _ES_WEEKDAY_RE.search(text, s, e)) is not None and not days:
                        # "este martes", "el lunes": that weekday on or before publication
                        back = (published.weekday() - _ES_WEEKDAYS[wd.group(1).lower().replace("é", "e").replace("á", "a")]) % 7
                        day = published - dt.timedelta(days=back)
                        date = DateSpan(day, day, "day", wd.group())
                    elif days:
                        # the day told after the verb, else the last one before it
                        d = next((d for p_, d in day_marks if p_ >= vm.start()), None) or days[-1] if day_marks else days[0]
                        first = published.replace(day=1)
                        if d > published.day:  # (a day past the publication day: the month before)
                            first = (first - dt.timedelta(days=1)).replace(day=1)
                        span = re.search(rf"\b(?:del|desde\s+el)\s+d[ií]a\s+{d}\s+al\s+(\d{{1,2}})\b", text[s:e])  # "del dia 20 al 26"
                        try:
                            day = first.replace(day=d)
                            end = first.replace(day=int(span.group(1))) if span and int(span.group(1)) >= d else day
                            date = DateSpan(day, end, "day", f"dia {d}")
                        except ValueError:
                            date = self._month_of(published)
                    else:
                        date = self._month_of(published)
                    rec = Record(who, host, status, "042" if status == "occurred" else "036", 0.5, (s, e), si, None, None, date)
                    rec.history.append("spanish")
                    records.append(rec)
                break  # (one trip verb per sentence)
        self._spanish_talks(text, sentences, records, published, home_iso)  # s23
        self._spanish_nouns(text, sentences, mentions, records, published, home)  # KCNA s8

    def _spanish_talks(self, text, sentences, records, published, home_iso) -> None:
        """s23: talks or a meeting told in a Spanish story with no trip verb ("el martes tuvieron lugar en esta capital
        las conversaciones entre un vicecanciller coreano y el viceministro de Kuwait", "el presidente departió ayer en
        el Palacio ... con el jefe de una delegación de Filipinas"): when the sentence places them
        here ("esta capital", "capitalino", "aquí", "Pyongyang", a Palace), each foreign country it names after the
        talks word came (occurred); when it places them in a foreign country ("en Singapur"), the home side went there.
        Not a country named next to an envoy posted here ("el embajador chino en Corea"), nor one already recorded; a
        sentence with no place, or another country's capital, gives nothing. Dated like `_spanish` ("el día N", "hoy",
        "la víspera", "este martes"), else the month of publication."""
        for si, (s, e) in enumerate(sentences):
            talk = _ES_TALKS_RE.search(text, s, e)
            if talk is None:
                continue
            named = [c for c in self._es_countries_in(text, s, e)]
            abroad = next((c for c in named if c[2] != home_iso and re.search(r"\ben\s+(?:la\s+|el\s+)?$", text[max(s, c[0] - 8):c[0]])
                           and _ES_CAPITAL_OR_COUNTRY_RE.fullmatch(text, c[0], c[1])), None)
            here = _ES_TALKS_HERE_RE.search(text, s, e)
            if abroad is not None and (here is None or abroad[0] < here.start()):
                if self._es_posted_re.search(text, s, e) or not _ES_HOME_SIDE_RE.search(text, s, e) \
                        or any(c[2] == "KOR" for c in named):
                    continue  # (an embassy's staff; talks between other sides, "del Sur de Corea y Japón ... en Seul")
                pairs = [(self._country_party(home_iso, talk.start(), talk.end()), abroad[2])]
            elif here is not None:
                pairs = []
                for c in named:
                    if c[0] < talk.start() or c[2] == home_iso or _ES_POSTED_NEAR_RE.search(text, max(s, c[0] - 60), c[0]):
                        continue
                    if any(p[0].iso3 == c[2] for p in pairs):
                        continue
                    pairs.append((self._country_party(c[2], c[0], c[1]), home_iso))
            else:
                continue
            for who, host in pairs:
                if who.iso3 == host or any(r.visitor.iso3 == who.iso3 and r.host_iso3 == host and not r.is_domestic for r in records):
                    continue
                rec = Record(who, host, "occurred", "042", 0.5, (s, e), si, None, None, self._es_day(text, s, e, published))
                rec.history.append("spanish-talks")
                records.append(rec)

    def _es_day(self, text, s, e, published):
        """s23: the day a Spanish sentence gives ("el día 13", "hoy", "la víspera", "este martes"; a day past the
        publication day is of the month before), else the month of publication."""
        m = _ES_DAY_RE.search(text, s, e)
        if m is not None:
            d = int(m.group(1)) if m.group(1) else 1
            first = published.replace(day=1)
            if d > published.day:
                first = (first - dt.timedelta(days=1)).replace(day=1)
            try:
                day = first.replace(day=d)
                return DateSpan(day, day, "day", m.group())
            except ValueError:
                return self._month_of(published)
        t = _ES_TODAY_RE.search(text, s, e)
        if t is not None:
            day = published if t.group(1) else published - dt.timedelta(days=1)
            return DateSpan(day, day, "day", t.group())
        wd = _ES_WEEKDAY_RE.search(text, s, e)
        if wd is not None:
            back = (published.weekday() - _ES_WEEKDAYS[wd.group(1).lower().replace("é", "e").replace("á", "a")]) % 7
            day = published - dt.timedelta(days=back)
            return DateSpan(day, day, "day", wd.group())
        return self._month_of(published)

    def _spanish_nouns(self, text, sentences, mentions, records, published, home) -> None:
        """KCNA s8: noun trips of a Spanish story (visit_spanish_nouns.csv): "su (reciente) visita a <pais>" (the owner
        is the person named before "su" in the clause, the person after a sentence-opening "Durante su visita a X,",
        else the story's one person), "la visita a <pais> del Dirigente X", "la visita de X a <pais>". A cancelling
        verb before the noun makes it cancelled, "programada/prevista" planned. Dated by "reciente" (publication month),
        "en <mes>" or "en <año>" after the noun, "el año pasado"; else undated (a trip hailed or told in passing)."""
        home_iso = home[1]
        persons = [m for m in mentions if m.kind == "person" and m.iso3 and m.actor_id]
        for si, (s, e) in enumerate(sentences):
            for nm in self._esn_noun_re.finditer(text, s, e):
                if self._es_posted_re.search(text, s, nm.start()):
                    continue
                who = None
                pos = nm.end()
                if nm.group("of"):  # "la visita del Dirigente X a la RPCh", "la visita de Lee Myung Bak a Alemania"
                    who = next((m for m in persons if pos <= m.start <= pos + 40 and "," not in text[pos:m.start]), None)
                    if who is None:
                        continue
                    to = re.compile(r"\s*(?:,[^,]{0,80},\s*)?(?:a|al)\s+(?:la\s+|el\s+)?").match(text, who.end, e)
                    if to is None:
                        continue
                    pos = to.end()
                elif not re.search(r"(?:\ba|\bal)\s+(?:la\s+|el\s+)?$", text[nm.end() - 7:nm.end()] + " ", re.I):
                    to = re.compile(r"(?:a|al)\s+(?:la\s+|el\s+)?", re.I).match(text, nm.end(), e)
                    if to is None:
                        continue
                    pos = to.end()
                here = self._es_here_re.match(text, pos, e)
                place = next((c for c in self._es_countries_in(text, pos, min(e, pos + 50)) if c[0] == pos), None)
                host = place[2] if place is not None else (home_iso if here is not None else None)
                if host is None:
                    continue
                end_host = place[1] if place is not None else here.end()
                if who is None:
                    after = re.compile(r"\s+(?:de|del)\s+").match(text, end_host, e)
                    if after is not None:  # "la visita a China de Su Excelencia Kim Jong Il"
                        who = next((m for m in persons if after.end() <= m.start <= after.end() + 40
                                    and "," not in text[after.end():m.start]), None)
                if who is None and nm.group().lower().startswith("su"):
                    if re.match(r"\s*(?:Durante|En|Tras|Despu[eé]s\s+de)\s*$", text[s:nm.start()], re.I):
                        comma = text.find(",", end_host, e)
                        who = next((m for m in persons if comma >= 0 and comma < m.start <= comma + 80), None)
                    else:
                        clause = max((m.end() for m in re.finditer(r"[;:]", text[s:nm.start()])), default=0) + s
                        who = next((m for m in reversed(persons) if clause <= m.start < nm.start()
                                    and not re.search(r"\b(?:a|al|con|por)\s+(?:(?:[A-Z][\w.-]*|el|la)\s+){0,4}$",
                                                      text[max(s, m.start - 40):m.start])), None)
                        if who is None and not any(clause <= m.start < nm.start() for m in mentions if m.kind == "person"):
                            seen = {m.actor_id for m in persons if m.start < s}
                            if len(seen) == 1:
                                who = next(m for m in persons if m.start < s)
                party = Party(who.start, who.end, who.actor_id, who.name, who.iso3, "person") if who is not None else None
                if party is None and nm.group().lower().startswith("su"):
                    # "El ex primer ministro de Japon cancelo su visita a Australia": the country of the subject's office
                    clause = max((m.end() for m in re.finditer(r"[;:]", text[s:nm.start()])), default=0) + s
                    owner = next((c for c in self._es_countries_in(text, clause, nm.start())
                                  if re.search(r"\b(?:de|del)\s+(?:la\s+|el\s+)?$", text[max(s, c[0] - 9):c[0]])), None)
                    if owner is not None and not any(m.kind == "person" and clause <= m.start < nm.start() for m in mentions):
                        party = self._country_party(owner[2], owner[0], owner[1])
                if party is None or party.iso3 == host:
                    continue
                # (final review of session 8: or a passive after the noun phrase, "... a China fue cancelada")
                status = ("cancelled" if self._esn_cancel_re.search(text, max(s, nm.start() - 60), nm.start())
                          or self._esn_cancel_after_re.search(text[end_host:e].split(";")[0])
                          else "planned" if self._esn_plan_re.search(text, nm.start(), nm.end()) else "occurred")
                date = None
                tail = text[end_host:min(e, end_host + 80)]
                month = re.search(r"\b(?:realizad[oa]s?\s+)?en\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
                                  r"setiembre|octubre|noviembre|diciembre)\b(?:\s+(?:de|del)\s+((?:19|20)\d\d))?", tail, re.I)
                year = re.search(r"\ben\s+((?:19|20)\d\d)\b", tail)
                if status != "occurred":
                    date = None
                elif month is not None:
                    mon = _ES_MONTHS.index(month.group(1).lower().replace("setiembre", "septiembre")) + 1
                    y = int(month.group(2)) if month.group(2) else (published.year if mon <= published.month else published.year - 1)
                    date = DateSpan(dt.date(y, mon, 1), _month_end(y, mon), "month", month.group())
                elif year is not None:
                    y = int(year.group(1))
                    date = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", year.group())
                elif re.search(r"\b(?:el\s+)?a[nñ]o\s+pasado\b", tail, re.I):
                    y = published.year - 1
                    date = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "año pasado")
                elif (self._esn_recent_re.search(text, nm.start(), nm.end()) and not self._esn_praise_re.search(text, s, nm.start())
                      or self._esn_now_re.search(text, s, e)):
                    date = self._month_of(published)
                if self._es_times_re.search(text, nm.start(), min(e, end_host + 40)):
                    date = None
                if any(r.visitor.actor_id == party.actor_id and r.host_iso3 == host for r in records):
                    continue
                rec = Record(party, host, status, "042" if status == "occurred" else "036", 0.5, (s, e), si, None, None, date)
                rec.history.append("spanish")
                records.append(rec)

    def _country_party(self, iso: str, start: int, end: int) -> Party:
        actor = self.registry.actors.get(f"country:{iso}")
        return Party(start, end, f"country:{iso}", f"{actor.name if actor else iso} delegation", iso, "delegation")

    def _bo_host(self, text, s, e, ments, verb, home_iso):
        """The host of a back-off sentence and its place: a country or place after a destination word (the
        first after the verb, else the last before it); "here" on a home outlet; else, on a home outlet, the home
        country when the sentence names no country but the visitor's and its own."""
        places = self.places.find(text, s, e, [(m.start, m.end) for m in ments if m.kind == "country"
                                                and m.alias_kind != "capital"])
        if any(m.kind == "country" and _BO_MISSION_AFTER_RE.match(text, m.end) for m in ments):
            return None, None, False  # (visits to a country's missions abroad: no trip to it, and no place told)
        cands = []
        # (not where someone lives or is posted: "Korean residents in Japan", "the embassy in Beijing")
        for m in ments:
            if m.kind == "country" and m.iso3 and m.alias_kind != "demonym" and _BO_DEST_BEFORE_RE.search(
                    text[max(s, m.start - 40):m.start]) and not self._bo_posted_re.search(text, max(s, m.start - 30), m.start) \
                    and not _KOREANS_IN_BEFORE_RE.search(text, max(s, m.start - 60), m.start) \
                    and not _BO_MISSION_AFTER_RE.match(text, m.end) and not _COUNTRY_MODIFIER_RE.match(text, m.end):
                # (round 17: not a country naming what it owns: "visited the DPRK construction company active in X")
                cands.append((m.start, m.iso3, None))
        for p in places:
            if _BO_DEST_BEFORE_RE.search(text[max(s, p.start - 40):p.start]) and not self._bo_posted_re.search(
                    text, max(s, p.start - 30), p.start) and not _KOREANS_IN_BEFORE_RE.search(text, max(s, p.start - 60), p.start):
                cands.append((p.start, p.iso3, p))
        cands.sort(key=lambda c: c[0])
        if cands:
            after = [c for c in cands if c[0] >= verb.start()]
            if not after and home_iso and not re.match(r"le(?:ft|aves)\b", verb.group(), re.I) and (
                    re.search(r"\bhere\b", verb.group(), re.I) or _HERE_AFTER_VERB_RE.match(text, verb.end())):
                # round 17: "X, representative of ... in Japan, arrived here": the place before the verb is the
                # visitor's; "here" after it is the host
                return home_iso, None, True
            c = after[0] if after else cands[-1]
            return c[1], c[2], True
        if home_iso and _BO_HERE_RE.search(text, s, e):
            return home_iso, None, True
        if home_iso and _HOME_AGAIN_RE.search(verb.group()):
            return home_iso, None, True  # round 17: a guest who "left for home" / "flew back" leaves the home country
        if home_iso and re.match(r"arriv", verb.group(), re.I) and (
                verb.group().lower().startswith("arrivals") or _BARE_ARRIVAL_AFTER_RE.match(text, verb.end(), e)) \
                and self._arrived_here_at is not None and self._arrived_here_at < s:
            # round 19: a story of arrivals here goes on "Earlier, teams from A, B and C arrived." / "Earlier arrivals
            # included the delegations of A and B" / "... also arrived earlier.": the same place
            return home_iso, None, True
        # (s19: not the countries overseas Koreans live in: "the delegations of Korean women in China and in Russia met")
        others = {m.iso3 for m in ments if m.kind == "country" and m.iso3
                  and not _KOREANS_IN_BEFORE_RE.search(text, max(s, m.start - 60), m.start)}
        # the home country by default: not for a verb that names where it goes ("went to", "came to"), not for a
        # call at an embassy, not when a home group is a party ("the DPRK delegation and the Lao delegation had
        # talks": it may be the home group that travelled)
        if home_iso and not cands and re.fullmatch(r"arrived|arrives", verb.group(), re.I) and _ARRIVED_NO_PLACE_RE.match(
                text, verb.end()) and not _BO_EMBASSY_RE.search(text, s, e):
            # s19: on a home outlet, guests of several countries who "arrived on April 12 to take part in the World
            # Congress" arrived here (no place, nor "in"/"at", after the verb)
            return home_iso, None, False
        # (s20: nor for a sentence going on from one about embassies: "... paid visits to the DPRK embassies in their
        # countries., They laid floral baskets before portraits of the President")
        lo = s
        if re.match(r"\s*(?:They|These|He|She|It)\s", text[s:s + 8]) and self._sentences:
            if getattr(self, "_starts_of", (None,))[0] is not self._sentences:  # (once per story: perf)
                self._starts_of = (self._sentences, [b0 for b0, _ in self._sentences])
            k = bisect.bisect_right(self._starts_of[1], s) - 1
            if k > 0:
                lo = self._sentences[k - 1][0]
        if (home_iso and len(others - {home_iso}) <= 1 and not verb.group().lower().endswith(" to")
                and not _BO_EMBASSY_RE.search(text, lo, e)
                and not any(m.iso3 == home_iso and self._bo_visitor(text, s, e, m, ments, None, "", None) is not None
                            for m in ments if m.kind == "country")):
            return home_iso, None, False
        return None, None, False

    def _bo_visitor(self, text, s, e, m, ments, verb, host, home_iso) -> Party | None:
        """The traveller a back-off sentence names at mention ``m``: a group of a foreign country, or a person
        of one who is the subject of the verb; None for the host's own people and for posted ones."""
        if not m.iso3 or m.iso3 == host:
            return None
        near = text[max(s, m.start - 60):min(e, m.end + 40)]
        # (s19: not the "Residents" of "the General Association of Korean Residents in Japan": overseas Koreans are
        # recorded by the country they live in)
        if any(not (p.group().lower().startswith("resident") and re.search(r"\bKoreans?\s+$", near[max(0, p.start() - 10):p.start()]))
               for p in self._bo_posted_re.finditer(near)):
            return None
        if m.kind == "person":
            if m.iso3 == home_iso:
                return None  # (a home outlet's own people abroad are told with "left here", "arrived in": the rules')
            if verb is None and home_iso and host == home_iso:
                # s21: a guest a home outlet's "They included ..." names after a meeting here ("..., Ahmed Tidjani Cisse,
                # minister of Culture of Guinea, ...": the posted and the home country's own are out above), his
                # country told in his own item (not a group's head, "the delegation ... headed by X", told as the group)
                nxt = next((o for o in ments if o.start >= m.end and o.kind in ("person", "country")), None)
                if (nxt is not None and nxt.kind == "country" and nxt.iso3 == m.iso3
                        and _GUEST_TITLE_RE.fullmatch(text, m.end, nxt.start)
                        and re.search(r"(?:,|\b(?:and|were|was|included|include))\s+$", text[max(s, m.start - 12):m.start])
                        and not re.search(r"\b(?:led|headed)\s+by\s+(?:\w+\s+){0,3}$", text[max(s, m.start - 40):m.start])):
                    return Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")
                return None
            if verb is None or not (m.end <= verb.start() <= m.end + 120) or any(
                    o.kind == "person" and m.end <= o.start < verb.start() for o in ments):
                return None
            if self._bo_verb_re.search(text, m.end, verb.start()):
                return None
            if owned := self._owns_traveller(text, m, verb.start()):
                # s11: "Putin's spokesman flew to Ankara": the spokesman travels (for his country: `_subject`)
                return Party(m.start, m.end, f"country:{m.iso3}", m.name, m.iso3, "delegation") if owned == "staff" else None
            if (role := appositive_role(self._wire12, text, m.start, s)) is not None:
                # s12: "Larijani, a senior adviser to Ayatollah Khamenei, met Berri in Beirut": not the boss's trip
                if role[0] != "staff" or any(o.kind == "person" and o.end == role[1] for o in ments):
                    return None
                return Party(m.start, m.end, f"country:{m.iso3}", m.name, m.iso3, "delegation")
            return Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")
        # (s21: or a foreign body of its own name: "the delegation of the Communist Party of China headed by X", as a group
        # below only)
        if m.kind not in ("country", "organisation") or (_BO_DEST_BEFORE_RE.search(text[max(s, m.start - 40):m.start]) and not _KOREANS_IN_BEFORE_RE.search(
                text, max(s, m.start - 60), m.start)) or (_BO_DEST_LIST_RE.search(text[max(s, m.start - 60):m.start])
                                                         and not _KOREANS_IN_BEFORE_RE.search(text, max(s, m.start - 60), m.start)):
            # ("to China": the destination; s19: but "a delegation of Koreans in Japan" is recorded by where they live,
            # as `_subject_country` reads it)
            return None
        if (m.start > s and text[m.start - 1] in "-–") or text[m.end:m.end + 1] in ("-", "–"):
            return None  # ("the DPRK-China Joint Guidance Committee": a joint body, not a group of one country)
        if _BO_FLOW_BEFORE_RE.search(text, max(s, m.start - 30), m.start):
            return None  # (a statistic of travellers, not a trip)
        left = text[max(s, m.start - 200):m.start]
        groups = list(self._bo_group_re.finditer(left))
        if groups:
            # "the delegation of the Ministry of Justice of Mongolia", "delegations of Liaoning, Jilin and People's
            # universities of China": "of"/"from", then a name's words (capitalised, of/the/and/for; at most three
            # others: "of various political parties of the Amur Region ... of Russia") to the country
            between = left[groups[-1].end():]
            words = between.replace(",", " ").split()
            if 2 <= len(words) and words[0][:1] in ('"', "“", "'") or (len(words) >= 2 and words[0][:1].isupper() and (
                    words[1].lower() in ("of", "from") or (len(words) >= 3 and words[1][:1].isupper() and words[2].lower() in ("of", "from")))):
                # s22: the group's own name before its country ("the Folk Troupe Izvor of Romania", "the Song and Dance
                # Ensemble "Zhalyn" of Kazakhstan"): the name's words are skipped (at most two, or one quoted title)
                k = next((i for i, w in enumerate(words[:4]) if w.lower() in ("of", "from")), None)
                if k is not None:
                    words = words[k:]
            # (s19: "a delegation of Koreans in Japan": overseas Koreans are recorded by the country they live in)
            if (words and words[0].lower() in ("of", "from") and (not _BO_BREAK_RE.search(between) or (
                    _KOREANS_IN_BEFORE_RE.search(between) and not _BO_BREAK_RE.search(_KOREANS_IN_WORDS_RE.sub(" ", between))))
                    and (sum(not (w in _BO_NAME_GLUE or w[0].isupper() or w[0] == "(") for w in words[1:]) <= 3
                         # round 19: "Teams of foreign countries and regions including Peru, Chile and Spain"
                         or _BO_INCLUDING_LIST_RE.fullmatch(between))
                    and not self._bo_verb_re.search(between)):
                head = next((p for p in ments if p.kind == "person" and p.iso3 == m.iso3 and m.end < p.start
                             and (verb is None or p.end <= verb.start())
                             and _HEADED_BY_ITS_RE.search(text, max(m.end, p.start - 60), p.start)), None)
                if head is not None and not re.search(r"[;,]\s+(?:and\s+)?(?:an?|the)\s", text[m.end:head.start]):
                    # s19: "The delegation of the China Association ... headed by its President Li Zhaoxing laid a
                    # wreath": the named head of the group travels (the rules' reading of a named head)
                    # (the group and its head one visitor, as `_parties` reads "led by": a delegation with a person id)
                    return Party(m.start, m.end, head.actor_id, head.name, head.iso3, "delegation", person_id=head.actor_id)
                return Party(m.start, m.end, f"country:{m.iso3}", m.name, m.iso3, "delegation")
        if m.kind == "organisation":
            return None
        if (m.start - s > 200 and re.search(r"\b(?:including|such\s+as)\b", left)
                and (wide := list(self._bo_group_re.finditer(text, max(s, m.start - 800), m.start - 150)))
                and _BO_INCLUDING_LIST_RE.fullmatch(text, wide[-1].end(), m.start)
                and not self._bo_verb_re.search(text, wide[-1].end(), m.start)):
            # round 19: a long list of countries after "including", its group noun more than 200 characters back
            return Party(m.start, m.end, f"country:{m.iso3}", m.name, m.iso3, "delegation")
        if verb is not None and m.start >= verb.end() and _BO_SITE_VERB_RE.fullmatch(verb.group()) and _ends_with(
                _BO_OWNER_OF_END_RE, text, verb.end(), m.start, 2) and not _ends_with(
                _BO_MEMBER_OF_END_RE, text, verb.end(), m.start, 3):  # (perf s9: the slice's end read, not all of it)
            # round 17: the owner of the site visited is not its visitor ("personages of Ecuador visited the mourning
            # station of the DPRK medical aid group in Quito")
            return None
        # a group noun among the next five words, before any clause break: "Mongolian group", "Russian
        # schoolchildren's camping group" (not "Chinese ... said the group")
        for n, w in enumerate(_BO_WORD_RE.finditer(text, m.end, min(e, m.end + 60))):
            if n >= 5 or w.group("brk") or self._bo_verb_re.fullmatch(w.group("w")):
                break
            if self._bo_group_re.fullmatch(w.group("w")):
                return Party(m.start, m.end, f"country:{m.iso3}", m.name, m.iso3, "delegation")
        return None

    def _event_place(self, text, sentences, mentions, ev_start, clause_end, event, si):
        """(country, sentence index) of the place of a summit / conference: named in the clause itself ("the
        G7 summit in Hiroshima"), else in an earlier sentence next to the same word ("met in Niamey for an
        AU summit", "the summit in Niamey")."""
        def place_in(lo, hi):
            caps = [c for c in mentions if lo <= c.start < hi and c.kind == "country" and c.iso3 and c.alias_kind != "demonym"]
            found = [(c.start, c.iso3) for c in caps if re.search(r"\bin\s+(?:the\s+)?$", text[max(0, c.start - 8):c.start])]
            found += [(p.start, p.iso3) for p in self.places.find(text, lo, hi, [(c.start, c.end) for c in caps])
                      if re.search(r"\bin\s+$", text[max(0, p.start - 4):p.start])]
            return sorted(found)
        here = place_in(ev_start, clause_end)
        if here:
            return here[0][1], None
        for k in range(si - 1, -1, -1):
            ws, we = sentences[k]
            for w in re.finditer(rf"\b{event}\b", text[ws:we], re.I):
                at = ws + w.start()
                near = [(pos, iso) for pos, iso in place_in(max(ws, at - 90), min(we, at + 60))
                        if (pos > at and re.fullmatch(r"\s*(?:held\s+|taking\s+place\s+|hosted\s+)?in\s+(?:the\s+)?",
                                                      text[at + len(event):pos], re.I))
                        or (pos < at and re.search(r"\bfor\s+(?:an?|the)\s+(?:[\w()'’.-]+\s+){0,4}$", text[pos:at], re.I))]
                if near:
                    return near[0][1], k
        return None, None

    def _office_holder(self, iso3: str, role: str) -> str | None:
        """The one registry person holding ``role`` ("foreign minister") for ``iso3`` on the publication
        date; None when the office is not in the registry, the date is unknown or two people match."""
        day = self._published
        if day is None:
            return None
        if re.fullmatch(r"(?i:leader)", role.strip()):
            # s19: "the Chinese leader": the country's leader on the day (data/actors/leader_offices.csv, visits s18)
            return self.registry.leader(iso3, day)
        role = re.sub(r"\s+", " ", role.lower()).rstrip("s") if not role.lower().endswith("ss") else role.lower()
        hits = {pid for pid, a, b in self._offices.get((iso3, role), ())
                if (a is None or a <= day) and (b is None or day <= b) and a is not None}
        return hits.pop() if len(hits) == 1 else None

    def _group_before(self, text, s, home) -> Party | None:
        """The last group ("DPRK women footballers", "the delegation") the three sentences before ``s``
        name, as a party of its country (a country inside its noun phrase, else the home outlet's)."""
        sentences, si = self._sentences, self._si
        if not sentences:
            return None
        lo = sentences[max(0, si - 3)][0]
        found = list(_GROUP_RE.finditer(text, lo, s))
        if not found:
            return None
        g = found[-1]
        sent_start = max((a for a, _b in sentences if a <= g.start()), default=lo)
        iso = next((c for st, c in reversed(self._story_country_list) if sent_start <= st < g.start() and g.start() - st <= 60), None)
        tail = _NP_TAIL_RE.match(text, g.end()) if iso is None else None
        if tail is not None:  # "a home-visiting group of Koreans in Japan led by ...": the country in its own phrase
            iso = next((c for st, c in self._story_country_list if g.end() <= st < tail.end()), None)
        if iso is None and home:
            iso = home[1]
        if iso is None:
            return None
        actor = self.registry.actors.get(f"country:{iso}")
        return Party(g.start(), g.end(), f"country:{iso}", f"{actor.name if actor else iso} delegation", iso, "delegation")

    def _neighbour_host(self, text, a, home) -> tuple[str | None, Place | None]:
        """Where a home group that "returned home" had been, told in a sentence next to the return:
        "The DPRK film delegation returned home on Tuesday. It participated in the preview ... held in
        China."; "DPRK women footballers took the first place at the ... World Cup held in Colombia. ...
        They returned home on Saturday." (the sentence after, else up to three before)."""
        sentences, si = self._sentences, self._si
        if not sentences:
            return None, None
        order = ([si + 1] if si + 1 < len(sentences) else []) + [k for k in (si - 1, si - 2, si - 3) if k >= 0]
        for k in order:
            ns, ne = sentences[k]
            if k == si + 1 and not re.match(r"\s*(?:It|They|The\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|group|troupe|players))\b",
                                           text[ns:ne]):
                continue
            if not re.search(r"\b(?:participated|took\s+part|attended|competed|played|performed|took\s+the\s+\w+\s+place|won)\b",
                             text[ns:ne], re.I):
                continue
            held = re.compile(r"\b(?:held|hosted|staged|that\s+took\s+place)\s+in\s+(?:the\s+)?").search(text, ns, ne)
            if held is None:
                continue
            at = held.end()
            c = next(((st, iso) for st, iso in self._story_country_list if st == at), None)
            if c is not None and c[1] != (home[1] if home else None):
                return c[1], None
            pl = self.places.find(text, at - 3, min(ne, at + 40), [], self._story_countries)
            pl = [p for p in pl if p.start == at]
            if pl and pl[0].iso3 != (home[1] if home else None):
                return pl[0].iso3, pl[0]
        return None, None

    def _outlet_flag(self, url: str | None, column: str) -> bool:
        """An outlet's yes/no column of outlets.csv (a lexicon folder without the column: no)."""
        if not url:
            return False
        low = url.lower()
        for row in self.outlets:
            if row["url_contains"].lower() in low:
                return (row.get(column) or "").lower() == "yes"
        return False

    def _home(self, url: str | None) -> tuple[str, str] | None:
        if not url:
            return None
        low = url.lower()
        for row in self.outlets:
            if row["url_contains"].lower() in low:
                return row["home_place"], row["iso3"]
        return None

    @staticmethod
    def _dedupe(records: list[Record], anaphors: set | frozenset = frozenset(),
                bare: set | frozenset = frozenset(), stay: int = 0, text: str = "", plain: frozenset = frozenset()) -> list[Record]:
        """One record per visit per article: same visitor, host and status, dates compatible; a
        plan told in the sentence of the arrival ("arrived ..., ahead of his summit") is the trip."""

        group_again_at: dict[tuple[int, int], bool] = {}  # perf s9: by sentence (a roster sentence: thousands of records)

        def group_again(r: Record) -> bool:  # visits session 8: "the delegation ..." with no article "a" and no leader
            if r.sentence in group_again_at:
                return group_again_at[r.sentence]
            sent = text[r.sentence[0]:r.sentence[1]]
            group_again_at[r.sentence] = bool(sent) and _DEFINITE_GROUP_WORD_RE.search(sent) is not None \
                and _INDEFINITE_GROUP_RE.search(sent) is None and _LED_BY_RE.search(sent) is None \
                and _HEADED_THE_RE.search(text, r.sentence[1], r.sentence[1] + 300) is None  # ("X headed the delegation")
            return group_again_at[r.sentence]

        def heads_group(o: Record) -> bool:  # "The delegation headed by its Secretary General X": X heads the group
            # (not "Also coming back was the delegation led by X": another group than the one told before)
            # (visits fix session 8: not any "led by" after X: "X, who met the delegation led by Y"; only "X, who led the
            # delegation", or a party that is the group itself, "the delegation headed by X")
            return o.visitor.actor_id.startswith("person:") and _OTHER_GROUP_RE.search(text, o.sentence[0], o.visitor.start) is None and (
                _HEADED_BY_BEFORE_RE.search(text, max(o.sentence[0], o.visitor.start - 80), o.visitor.start) is not None
                or _WHO_HEADED_RE.match(text, o.visitor.end, o.sentence[1]) is not None
                or _LED_BY_RE.match(text, o.visitor.end + 1, o.sentence[1]) is not None)  # ("The delegation headed by X": one party)

        def same_group(r: Record, o: Record) -> bool:
            """Visits fix session 8: the group told again is the kind of group X heads: the same group noun ("the
            troupe" is not "the delegation"), and each lower-case modifier of it ("the military delegation", "the
            sports delegation") is told of X's group too, unless it names no kind (visit_clauses.csv group_plain)."""
            g = _DEFINITE_GROUP_WORD_RE.search(text, r.sentence[0], r.sentence[1])
            h = [m for m in _GROUP_PHRASE_RE.finditer(text, max(o.sentence[0], o.visitor.start - 80), o.visitor.end)][-1:] \
                or [m for m in [_GROUP_PHRASE_RE.search(text, o.visitor.end, min(o.sentence[1], o.visitor.end + 60))] if m]
            if g is None or not h:
                return False
            words_r = [w.lower() for w in g.group().split()[1:]]
            words_o = [w.lower() for w in h[0].group().split()]
            if words_r[-1].rstrip("s") != words_o[-1].rstrip("s"):
                return False
            return all(w in words_o or w in plain for w, raw in zip(words_r[:-1], g.group().split()[1:-1]) if raw[:1].islower())

        # round 16: a trip noun the sentence's own verb governs ("will travel to Beijing on Monday ..., the first visit to
        # China by a foreign minister since ...") takes that verb's plan: a noun read as made by default ("auto") does
        # not turn the verb's plan into a trip made
        planned_by_verb = {(r.visitor.actor_id, r.host_iso3, r.sentence) for r in records
                           if r.status in ("planned", "cancelled") and not getattr(r, "from_auto", True)
                           and getattr(r, "frame", None) == "travel" and not r.earlier}
        records = [r for r in records if not (r.status == "occurred" and getattr(r, "from_auto", False) and not r.earlier
                                              and (r.visitor.actor_id, r.host_iso3, r.sentence) in planned_by_verb)]
        occurred = {(r.visitor.actor_id, r.host_iso3, r.sentence) for r in records if r.status == "occurred"}
        cancelled = [r for r in records if r.status == "cancelled"]

        def called_off(plan: Record) -> bool:
            for c in cancelled:
                if (c.visitor.actor_id, c.host_iso3) != (plan.visitor.actor_id, plan.host_iso3):
                    continue
                if c.sentence == plan.sentence:
                    return True  # one sentence, one trip: "had been due to fly there on Monday to meet X"
                if c.date is None or plan.date is None or (c.date.start <= plan.date.end and plan.date.start <= c.date.end):
                    return True
            return False

        records = [r for r in records
                   if not (r.status == "planned" and ((r.visitor.actor_id, r.host_iso3, r.sentence) in occurred
                                                      or called_off(r)))]
        invited = {(r.visitor.actor_id, r.host_iso3, r.sentence) for r in records if r.status == "invited"}
        records = [r for r in records if r.status == "invited"
                   or (r.visitor.actor_id, r.host_iso3, r.sentence) not in invited]  # "invited Xi to pay a visit"
        went = [r for r in records if r.status == "occurred"]

        def happened(plan: Record) -> bool:  # a plan the article also reports as done
            for o in went:
                if (o.visitor.actor_id, o.host_iso3) != (plan.visitor.actor_id, plan.host_iso3):
                    continue
                if plan.date is None or not plan.date.text or o.sentence == plan.sentence:
                    return True
                if getattr(plan, "step_of_trip", False) and not o.earlier:
                    return True  # s11: "will hold talks with X ... before moving on to Y on Sunday": a step of this trip
                if o.date is not None and o.date.start <= plan.date.end and plan.date.start <= o.date.end:
                    return True  # a later leg of the trip on another day stays a plan of its own
                # visits newswire round (item 3): ... unless it falls within the stay of a trip under way ("arrived in
                # Moscow on Thursday for a state visit. On Saturday he will fly to Rostov"): one trip, one record
                if (o.date is not None and not o.earlier and not plan.earlier and o.date.precision == "day"
                        and plan.host_person is None  # (a summit with the host leader ahead: told as a step of its own)
                        and plan.date.precision == "day" and plan.sentence_index >= o.sentence_index
                        and dt.timedelta(0) < plan.date.start - o.date.end
                        and plan.date.start - o.date.start < dt.timedelta(days=stay or 7)):
                    return True
            return False

        records = [r for r in records if not (r.status == "planned" and happened(r))]
        # an unnamed delegation of a country ("It was greeted ...") next to a named visitor of that
        # country with the same host and status: one arrival told twice
        named = [r for r in records if not r.visitor.actor_id.startswith("country:")]
        kept = []
        for r in records:
            if r.visitor.actor_id.startswith("country:") and r.visitor.kind == "delegation" and not r.earlier \
                    and (r.visitor.end - r.visitor.start <= 4  # "It", "They": a pronoun for the group
                         or id(r) in anaphors) and any(
                    o.visitor.iso3 == r.visitor.iso3 and o.host_iso3 == r.host_iso3 and o.status == r.status
                    and not o.earlier and (abs(o.sentence_index - r.sentence_index) == 1
                                           or (id(r) in anaphors and 0 < r.sentence_index - o.sentence_index <= 3)
                                           or (id(r) in bare and 0 <= r.sentence_index - o.sentence_index))
                    and (o.date is None or r.date is None or (o.date.start <= r.date.end and r.date.start <= o.date.end)
                         # fixV4 (item 3): "The delegation also visited ..." (no date of its own), "The delegation
                         # arrived here on Tuesday" (the day before the named head's visit): one trip told twice
                         or (id(r) in bare and (not r.date.text or (o.date.start - dt.timedelta(days=10) <= r.date.end
                                                                   and r.date.start <= o.date.end + dt.timedelta(days=10)))))
                    for o in named):
                continue
            kept.append(r)
        records = kept
        # "During the stay, the delegation visited Mangyongdae ...": the trip the article tells otherwise
        kept = []
        for k, r in enumerate(records):
            # (a companion is a person of his own: neither merged into the leader's visit nor merging it away)
            same = [o for i, o in enumerate(records) if i != k and (not o.weak or i < k) and o.visitor.iso3 == r.visitor.iso3
                    and o.host_iso3 == r.host_iso3 and o.status == r.status and getattr(o, "companion_of", None) is None
                    # (s21: not two groups one list names with a head each: "a delegation of China led by X, a delegation
                    # of the Chinese People's Association ... headed by Y")
                    and not (o.sentence == r.sentence and o.visitor.kind == r.visitor.kind == "delegation"
                             and o.visitor.actor_id.startswith("person:") and r.visitor.actor_id.startswith("person:")
                             and o.visitor.actor_id != r.visitor.actor_id)
                    ] if r.weak and getattr(r, "companion_of", None) is None else []
            if same:
                if (r.visitor.kind == "person" or (r.visitor.actor_id.startswith("person:")
                                                   and not _envoy_head(text, r))) \
                        and all(o.visitor.actor_id.startswith("country:") for o in same):
                    # (s21: or the group's named head: "the members of the Indonesian delegation headed by X", not an
                    # envoy posted here the group's words name: "the delegation led by Head X and Ambassador Y")
                    # round 17: the trip of "the delegations of A and B" is the one of B's named head
                    for o in same:
                        o.visitor = r.visitor
                continue  # (several sites toured on one trip: one visit)
            kept.append(r)
        records = kept
        # "his first trip to North Korea in 24 years" (2000) and "his only previous stop came in July 2000"
        # (perf s17: both passes below look the other records up by key instead of walking all of them per record;
        # a sentence listing thousands of guests made them quadratic. Same records kept.)
        finer: dict[tuple, list] = {}  # (visitor, host, status) -> sorted starts of the month- and day-dated records
        for o in records:
            if o.date is not None and o.date.precision in ("month", "day"):
                finer.setdefault((o.visitor.actor_id, o.host_iso3, o.status), []).append(o.date.start)
        for starts in finer.values():
            starts.sort()

        def finer_inside(r: Record) -> bool:  # another record of the trip dated to a month or day inside r's year
            starts = finer.get((r.visitor.actor_id, r.host_iso3, r.status), ())
            i = bisect.bisect_left(starts, r.date.start)
            return i < len(starts) and starts[i] <= r.date.end

        records = [r for r in records if not (r.earlier and r.date is not None and r.date.precision == "year"
                                              and finer_inside(r))]
        # visits session 8: a country's group told again as "the delegation ..." (definite, no leader of its own) next
        # to the trip of the person named as the group's head ("The delegation led by X is on a visit"): one trip
        heads: dict[tuple, list] | None = None  # (iso3, host, status) -> the records heading a group, built on first use

        def told_again(r: Record) -> bool:
            nonlocal heads
            if heads is None:
                heads = {}
                for o in records:
                    if not o.earlier and heads_group(o):
                        heads.setdefault((o.visitor.iso3, o.host_iso3, o.status), []).append(o)
            return any(
                o is not r and same_group(r, o)
                and (o.date is None or r.date is None or (o.date.start - dt.timedelta(days=10) <= r.date.end
                                                          and r.date.start <= o.date.end + dt.timedelta(days=10)))
                for o in heads.get((r.visitor.iso3, r.host_iso3, r.status), ()))

        records = [r for r in records if not (
            r.visitor.actor_id.startswith("country:") and not r.earlier and group_again(r) and told_again(r))]
        out: list[Record] = []
        rank = {"day": 3, "month": 2, "year": 1}
        for r in records:
            twin = None
            for o in out:
                if o.earlier != r.earlier:
                    continue
                if getattr(o, "listed", False) and getattr(r, "listed", False) and o.date.start != r.date.start:
                    continue  # "after visits in April, May and July": three trips
                if o.visitor.actor_id == r.visitor.actor_id and o.host_iso3 == r.host_iso3 and o.status == r.status:
                    if o.sentence == r.sentence and not (
                            o.date is not None and r.date is not None
                            and all(re.search(r"anniversary|\d{4}", x.date.text) for x in (o, r))
                            and (o.date.end < r.date.start or r.date.end < o.date.start)):
                        twin = o  # one sentence, one trip: "landed in Tokyo, making his first trip to Japan"
                        break  # (unless it gives each its own date: "the 10th anniversary of ... and the first")
                    if any(getattr(x, "praised", False) and y.date is not None and y.date.text and y.date.precision == "year"
                           for x, y in ((o, r), (r, o))):
                        continue  # round 17: "his historic visit to Russia" (no time) and "his visit to Russia in 2001": two
                    # a date the text did not give (text "") does not keep two records apart
                    if (o.date is None or r.date is None or not o.date.text or not r.date.text
                            or (o.date.start - dt.timedelta(days=10) <= r.date.end
                                and r.date.start <= o.date.end + dt.timedelta(days=10))):
                        twin = o
                        break
            if twin is None:
                out.append(r)
                continue
            if (r.date is not None and twin.date is not None and r.date.text and twin.date.text and not r.earlier
                    and r.date.precision == twin.date.precision == "day" and r.status in ("occurred", "planned")):
                # visits dates round: one trip, one span. Dated stages of the same trip ("landed on Thursday", "held
                # talks on Friday", "left on Saturday") give the trip's first and last days, within two weeks
                lo, hi = min(twin.date.start, r.date.start), max(twin.date.end, r.date.end)
                # (nothing of the trip comes before its arrival: "arrived on Wednesday ... is to meet X on Thursday",
                # a Thursday read as the one gone, stays out)
                first = [x.date.start for x in (twin, r) if getattr(x, "arrival", False)]
                if hi - lo < dt.timedelta(days=_ONE_TRIP_DAYS) and (not first or lo >= min(first)):
                    twin.date = replace(twin.date, start=lo, end=hi)
            if r.date is not None and r.date.text and (twin.date is None or not twin.date.text
                                                       or rank[r.date.precision] > rank[twin.date.precision]):
                twin.date = r.date
            twin.place = twin.place or r.place
            twin.host_person = twin.host_person or r.host_person
            twin.confidence = max(twin.confidence, r.confidence)
        return out

    def _row(self, article_id: str, text: str, r: Record, url: str | None) -> dict:
        place = r.place
        lat = lon = None
        if place is not None:
            lat, lon = place.lat, place.lon
        else:
            cap = self.registry.capital(r.host_iso3)
            if cap:
                lat, lon = cap[1], cap[2]
        s, e = r.sentence
        d = r.date
        return {
            "visit_id": (stable_id(article_id, r.visitor.actor_id, r.host_iso3, r.status, s, e)
                         if not r.earlier else  # the earlier trip told in the same sentence
                         stable_id(article_id, r.visitor.actor_id, r.host_iso3, r.status, s, e, "earlier",
                                   d.start if d else r.host_iso3)),
            "article_id": article_id,
            "visitor_id": r.visitor.actor_id,
            "visitor_name": r.visitor.name,
            "visitor_iso3": r.visitor.iso3,
            "host_iso3": r.host_iso3,
            "host_actor_id": r.host_person.actor_id if r.host_person else None,
            "location_name": place.name if place else None,
            "lat": lat,
            "lon": lon,
            "date_start": d.start if d else None,
            "date_end": d.end if d else None,
            "date_precision": d.precision if d else "unknown",
            "date_text": d.text if d else None,
            "status": r.status,
            "is_domestic": r.is_domestic,
            "evidence": text[s:e],
            "char_start": s,
            "char_end": e,
            "confidence": r.confidence,
            "cameo_code": r.cameo,
            "extractor": "rules",
            "source_url": url,
        }
