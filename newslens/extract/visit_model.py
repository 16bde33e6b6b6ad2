"""A learned second opinion on visits (session 15): candidate (visitor, host) pairs scored by a linear model.

The rules (visits.py) give visit records; this module proposes every (visitor, host country) pair a loose
generator finds in a sentence, describes each by explainable features (cue classes of
data/lexicons/visit_cues.csv, words between and around the two mentions, order and distance, the sentence's
position, the host's kind, the source, whether a rule gave the pair) and scores it with a logistic regression
whose weights are a JSON file written by ``python -m newslens.train_visits --out FILE``.

A measurement tool, not part of extraction: leave-one-set-out cross-validation over the development gold
(``python -m newslens.train_visits --cv``) found no gain over the rules (tests/gold/FINDINGS.md, fifteenth session),
so no model is shipped and the extractor does not call this module. ``candidates`` and ``features`` are pure
functions of the article and its mentions (deterministic).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATUSES = ("occurred", "planned", "invited", "cancelled")
DATE_OPTIONS = ("near", "first", "pub_day", "pub_month", "none")

_WORD_RE = re.compile(r"[a-z][a-z'’-]*|\d+")
_KCNA_RE = re.compile(r"\(KCNA\)|KCNA\b")
_DATELINE_HEAD_RE = re.compile(r"\s*[A-Z][A-Za-z'’. -]{1,40}(?:,[^\n]{0,40}?)?\s*(?:\([^)\n]{0,40}\))?\s*(?:--|—|–|-|:)\s")
# tense, modal and trip words of the sentence (each a feature when present): what the sentence says became of a trip
MARKERS = frozenset("""will would shall could may might to plans plan planned planning intends expected due scheduled
invited invitation invite accepted cancel cancelled canceled called postponed postpone delayed scrapped not never
refused declined boycott arrived arrives arrive arriving left leaves leave departed flew fly flying landed returned
visited visit visits visiting trip tour toured touring stay stayed here there state official working talks summit
met meet meeting held hold holds received receives welcomed greeted hosted hosting attend attended attending forum
conference ceremony funeral inauguration delegation led headed head accompanied last next ago since earlier first
said says told reported announced agreed signed""".split())
MAX_PARTIES = 12  # per sentence and side: a roster of 200 names gives no more than 144 pairs a sentence
# visitor mentions: a person with a country, or a country (name, short name, abbreviation, demonym, institution) as actor
_VISITOR_ALIASES = frozenset({"name", "short", "abbrev", "demonym", "institution"})


@dataclass
class Candidate:
    vkey: str  # visitor_id ("person:..." or "country:ISO3")
    visitor_iso3: str
    visitor_name: str
    vkind: str  # person | country/<alias kind> | rule
    host_iso3: str
    hkind: str  # country | capital | city | dateline | home | rule
    v_pos: tuple[int, int]
    h_pos: tuple[int, int]
    sentence: tuple[int, int]
    si: int
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    feats: list[str] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def _bucket(n: int, edges=(0, 1, 3, 6, 10, 16, 25)) -> str:
    for k in edges:
        if n <= k:
            return str(k)
    return "more"


def is_kcna(text: str, url: str | None) -> bool:
    return bool((url and "kcna" in url.lower()) or _KCNA_RE.search(text[:400]))


def candidates(text: str, sentences, mentions, places_finder, home_iso3: str | None,
               rule_visits=()) -> list[Candidate]:
    """Every (visitor, host) pair of every sentence, plus one per rule record (see the module doc)."""
    out: list[Candidate] = []
    by_sentence: list[list] = [[] for _ in sentences]
    starts = [s for s, _e in sentences]
    import bisect
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if 0 <= k < len(sentences) and m.start < sentences[k][1]:
            by_sentence[k].append(m)
    dateline = None
    head = _DATELINE_HEAD_RE.match(text[:120])
    if head and sentences:
        for m in by_sentence[0]:
            if m.kind == "country" and m.start < head.end():
                dateline = (m.iso3, m.start, m.end, None, None, None)
                break
        if dateline is None:
            for p in places_finder.find(text, 0, head.end()):
                dateline = (p.iso3, p.start, p.end, p.name, p.lat, p.lon)
                break
    sent_vis: list[list] = []
    sent_hosts: list[list] = []
    for si, (s, e) in enumerate(sentences):
        sm = by_sentence[si]
        visitors = []
        for m in sm:
            if m.kind == "person" and m.iso3:
                visitors.append((m.actor_id, m.iso3, m.name, "person", m.start, m.end))
            elif m.kind == "country" and m.iso3 and m.alias_kind in _VISITOR_ALIASES:
                visitors.append((f"country:{m.iso3}", m.iso3, m.name, f"country/{m.alias_kind}", m.start, m.end))
        seen_v = set()
        vis = []
        for v in visitors:  # one mention per visitor per sentence: the first
            if v[0] not in seen_v:
                seen_v.add(v[0])
                vis.append(v)
        vis = vis[:MAX_PARTIES]
        hosts = []
        country_spans = []
        for m in sm:
            if m.kind == "country" and m.iso3:
                hosts.append((m.iso3, "capital" if m.alias_kind == "capital" else "country", m.start, m.end,
                              m.name if m.alias_kind == "capital" else None, None, None))
                if m.alias_kind != "capital":
                    country_spans.append((m.start, m.end))
        if len(text[s:e]) < 5000:
            for p in places_finder.find(text, s, e, country_spans=country_spans):
                hosts.append((p.iso3, "city", p.start, p.end, p.name, p.lat, p.lon))
        if dateline is not None:
            hosts.append((dateline[0], "dateline", dateline[1], dateline[2], dateline[3], dateline[4], dateline[5]))
        if home_iso3:
            hosts.append((home_iso3, "home", e, e, None, None, None))
        seen_h = set()
        hs = []
        for h in hosts:
            key = (h[0], h[1])
            if key not in seen_h:
                seen_h.add(key)
                hs.append(h)
        hs = hs[:MAX_PARTIES + 2]
        sent_vis.append(vis)
        sent_hosts.append([h for h in hs if h[1] in ("country", "capital", "city")])
        # widened (session 15): the previous sentence's visitors (a "he" or "the delegation" here) and hosts
        if si > 0:
            here = {v[0] for v in vis}
            vis = vis + [(v[0], v[1], v[2], "prev/" + v[3].split("/")[0], s, s)
                         for v in sent_vis[si - 1] if v[0] not in here][:MAX_PARTIES]
            there = {h[0] for h in hs}
            hs = hs + [(h[0], "prev_" + h[1], s, s, h[4], h[5], h[6])
                       for h in sent_hosts[si - 1] if h[0] not in there][:MAX_PARTIES]
        for v in vis:
            for h in hs:
                if h[0] == v[1]:
                    continue  # a country's own people at home: no foreign visit
                if v[3].startswith("prev/") and h[1].startswith("prev_"):
                    continue  # both from the sentence before: that sentence's own pair
                out.append(Candidate(v[0], v[1], v[2], v[3], h[0], h[1], (v[4], v[5]), (h[2], h[3]), (s, e), si,
                                     h[4], h[5], h[6]))
    have = {(c.vkey, c.host_iso3) for c in out}
    for r in rule_visits:
        vkey = r.get("visitor_id") or (f"country:{r.get('visitor_iso3')}" if r.get("visitor_iso3") else None)
        if not vkey or not r.get("host_iso3") or (vkey, r["host_iso3"]) in have:
            continue
        s, e = int(r.get("char_start") or 0), int(r.get("char_end") or 0)
        si = max(0, bisect.bisect_right(starts, s) - 1) if sentences else 0
        have.add((vkey, r["host_iso3"]))
        out.append(Candidate(vkey, r.get("visitor_iso3") or "", r.get("visitor_name") or "", "rule", r["host_iso3"],
                             "rule", (s, s), (e, e), (s, e), si, r.get("location_name"), r.get("lat"), r.get("lon")))
    return out


class CueFinder:
    """The cue classes (frame/status) of data/lexicons/visit_cues.csv found in a sentence."""

    def __init__(self, lexdir=None):
        from .visits import load_cues
        self.cues = load_cues(lexdir)

    def find(self, sentence: str) -> list[tuple[int, int, str]]:
        low = sentence.lower()
        hits = []
        for cue in self.cues:
            if cue.keywords and not any(k in low for k in cue.keywords):
                continue
            m = cue.regex.search(sentence)
            if m:
                hits.append((m.start(), m.end(), f"{cue.frame}/{cue.status}"))
        return hits


def features(c: Candidate, text: str, kcna: bool, cues: list, rule_pairs: dict, rule_visitors: set,
             rule_hosts: set, home_iso3: str | None) -> list[str]:
    """Explainable feature names of one candidate (deterministic)."""
    s, e = c.sentence
    f = ["bias", f"vk={c.vkind}", f"hk={c.hkind}", f"src={'kcna' if kcna else 'other'}",
         f"pos={'lede' if c.si == 0 else 'si1' if c.si == 1 else 'si2-4' if c.si <= 4 else 'si5+'}"]
    if c.hkind in ("rule", "home", "dateline") or c.hkind.startswith("prev_") or c.vkind.startswith("prev/"):
        lo, hi = min(c.v_pos[1], c.h_pos[0]), max(c.v_pos[1], c.h_pos[0])
        if c.hkind == "home" or c.vkind.startswith("prev/"):
            lo, hi = s, min(c.v_pos[0], c.h_pos[0]) if not c.vkind.startswith("prev/") else c.h_pos[0]
        order = "prevv" if c.vkind.startswith("prev/") else "prevh" if c.hkind.startswith("prev_") else c.hkind
    elif c.v_pos[0] <= c.h_pos[0]:
        lo, hi, order = c.v_pos[1], c.h_pos[0], "vh"
    else:
        lo, hi, order = c.h_pos[1], c.v_pos[0], "hv"
    between = _words(text[lo:hi]) if hi > lo else []
    f.append(f"ord={order}")
    f.append(f"dist={_bucket(len(between))}")
    f.append(f"ord_hk={order}_{c.hkind}")
    if len(between) <= 10:
        f.extend(f"b={w}" for w in between)
    else:
        f.extend(f"bf={w}" for w in between[:5])
        f.extend(f"bl={w}" for w in between[-5:])
    if c.hkind not in ("home", "rule") and not c.hkind.startswith("prev_"):
        f.extend(f"hl={w}" for w in _words(text[max(s, c.h_pos[0] - 40):c.h_pos[0]])[-3:])
        f.extend(f"hr={w}" for w in _words(text[c.h_pos[1]:min(e, c.h_pos[1] + 30)])[:2])
    if c.vkind != "rule" and not c.vkind.startswith("prev/"):
        f.extend(f"vl={w}" for w in _words(text[max(s, c.v_pos[0] - 40):c.v_pos[0]])[-3:])
        f.extend(f"vr={w}" for w in _words(text[c.v_pos[1]:min(e, c.v_pos[1] + 40)])[:3])
    sent = text[s:e]
    f.extend(f"m={w}" for w in sorted(set(_words(sent[:1500])) & MARKERS))
    for a, b, cls in cues:
        f.append(f"cue={cls}")
        if lo <= s + a < hi:
            f.append(f"cueb={cls}")
    st = rule_pairs.get((c.vkey, c.host_iso3))
    if st:
        f.append("r_pair")
        f.extend(f"r_st={x}" for x in sorted(st))
        f.append(f"r_pair_src={'kcna' if kcna else 'other'}")
    else:
        f.append("r_nopair")
        if c.vkey in rule_visitors:
            f.append("r_vis_other")
        if c.host_iso3 in rule_hosts:
            f.append("r_host_other")
        if not rule_visitors:
            f.append("r_none")
    if home_iso3 and c.host_iso3 == home_iso3:
        f.append("h_home")
    if home_iso3 and c.visitor_iso3 == home_iso3:
        f.append("v_home")
    return f


def rule_index(rule_visits) -> tuple[dict, set, set]:
    pairs: dict = {}
    visitors, hosts = set(), set()
    for r in rule_visits:
        vkey = r.get("visitor_id") or (f"country:{r.get('visitor_iso3')}" if r.get("visitor_iso3") else None)
        if not vkey:
            continue
        pairs.setdefault((vkey, r.get("host_iso3")), set()).add(r.get("status"))
        visitors.add(vkey)
        hosts.add(r.get("host_iso3"))
    return pairs, visitors, hosts


def _rank(counts: dict, key) -> str:
    n = counts.get(key, 0)
    if not n:
        return "0"
    above = sum(1 for v in counts.values() if v > n)
    return "1" if above == 0 else "2" if above == 1 else "3+"


def salience(cands: list[Candidate], mentions, title_mentions=()) -> None:
    """Pair features of the whole story, added to each candidate: how often and where the visitor and the host are
    named (rank among the story's people or countries, the headline), in how many sentences the two meet."""
    people: dict = {}
    countries: dict = {}
    for m in mentions:
        if m.kind == "person":
            people[m.actor_id] = people.get(m.actor_id, 0) + 1
        elif m.kind == "country" and m.iso3:
            countries[m.iso3] = countries.get(m.iso3, 0) + 1
    t_ids = {m.actor_id for m in title_mentions} | {f"country:{m.iso3}" for m in title_mentions if m.kind == "country"}
    t_iso = {m.iso3 for m in title_mentions if m.iso3}
    sents: dict = {}
    lede: set = set()
    for c in cands:
        key = (c.vkey, c.host_iso3)
        sents.setdefault(key, set()).add(c.si)
        if c.si == 0:
            lede.add(key)
    for c in cands:
        key = (c.vkey, c.host_iso3)
        vr = _rank(people, c.vkey) if c.vkey.startswith("person:") else "c" + _rank(countries, c.visitor_iso3)
        hr = _rank({k: v for k, v in countries.items() if k != c.visitor_iso3}, c.host_iso3)
        c.feats += [f"v_rank={vr}", f"h_rank={hr}", f"vh_rank={vr}_{hr}", f"n_sent={_bucket(len(sents[key]), (1, 2, 4))}",
                    f"t_v={c.vkey in t_ids}", f"t_h={c.host_iso3 in t_iso}", f"pair_lede={key in lede}"]


def article_candidates(text, sentences, mentions, places_finder, cue_finder, home_iso3, url, rule_visits,
                       title_mentions=()):
    """Candidates of one article with their features filled in."""
    kcna = is_kcna(text, url)
    cands = candidates(text, sentences, mentions, places_finder, home_iso3, rule_visits)
    pairs, visitors, hosts = rule_index(rule_visits)
    cue_memo: dict = {}
    for c in cands:
        if c.sentence not in cue_memo:
            s, e = c.sentence
            cue_memo[c.sentence] = cue_finder.find(text[s:e]) if e - s < 5000 else []
        c.feats = features(c, text, kcna, cue_memo[c.sentence], pairs, visitors, hosts, home_iso3)
    salience(cands, mentions, title_mentions)
    return cands


def date_options(c: Candidate, text: str, dates, published: dt.date | None, status: str) -> dict:
    """Each way to date an added record: (start, end, precision, text) or None."""
    s, e = c.sentence
    out: dict = {"none": None}
    spans = dates.find(text[s:e], published, future=status in ("planned", "invited"), offset=s) if e - s < 5000 else []
    spans = [d for d in spans if d.precision in ("day", "month", "year")]
    if spans:
        anchor = c.h_pos[0]
        near = min(spans, key=lambda d: abs(d.char_start - anchor))
        out["near"] = (near.start, near.end, near.precision, near.text)
        out["first"] = (spans[0].start, spans[0].end, spans[0].precision, spans[0].text)
    if published:
        out["pub_day"] = (published, published, "day", "")
        first = published.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        out["pub_month"] = (first, nxt - dt.timedelta(days=1), "month", "")
    return out


def date_key(c: Candidate, status: str, has_span: bool, kcna: bool) -> str:
    return f"{status}|{'span' if has_span else 'nospan'}|{'lede' if c.si == 0 else 'body'}|{'kcna' if kcna else 'other'}"


class VisitModel:
    """The trained weights: ``score(feats)`` is the probability a candidate's pair is a visit of the article."""

    def __init__(self, data: dict):
        self.data = data
        self.weights: dict[str, float] = data["weights"]
        self.status_weights: dict[str, dict[str, float]] = data["status_weights"]
        self.date_table: dict[str, str] = data.get("date_table", {})
        self.t_add = float(data.get("t_add", 1.01))
        self.t_drop = float(data.get("t_drop", -1.0))

    @classmethod
    def load(cls, path) -> "VisitModel":
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    def score(self, feats) -> float:
        w = self.weights
        z = sum(w.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def status(self, feats) -> str:
        best, best_z = "occurred", -1e9
        for st in STATUSES:
            w = self.status_weights.get(st, {})
            z = sum(w.get(x, 0.0) for x in feats)
            if z > best_z:
                best, best_z = st, z
        return best

    def date_choice(self, key: str, has_span: bool) -> str:
        return self.date_table.get(key) or ("near" if has_span else "none")


def _vkey(r: dict) -> str | None:
    return r.get("visitor_id") or (f"country:{r.get('visitor_iso3')}" if r.get("visitor_iso3") else None)


def added_records(model: VisitModel, text: str, cands: list[Candidate], rule_visits: list[dict], dates,
                  published: dt.date | None, kcna: bool, article_id: str, url: str | None,
                  t_add: float | None = None, t_drop: float | None = None) -> list[dict]:
    """``rule_visits`` plus one record per pair the model scores at ``t_add`` or above that no rule gave, minus the
    rule records of pairs it scores below ``t_drop``. Domestic rule rows pass untouched."""
    t_add = model.t_add if t_add is None else t_add
    t_drop = model.t_drop if t_drop is None else t_drop
    best: dict = {}
    for c in cands:
        p = model.score(c.feats)
        key = (c.vkey, c.host_iso3)
        if key not in best or p > best[key][0]:
            best[key] = (p, c)
    ruled = {(_vkey(r), r.get("host_iso3")) for r in rule_visits if not r.get("is_domestic")}
    out = [r for r in rule_visits
           if r.get("is_domestic") or (_vkey(r), r.get("host_iso3")) not in best
           or best[(_vkey(r), r.get("host_iso3"))][0] >= t_drop]
    # a person the rules or the model send somewhere covers their country's "delegation" to the same host
    people_to = {(r.get("visitor_iso3"), r.get("host_iso3")) for r in out if (r.get("visitor_id") or "").startswith("person:")}
    adds = sorted(((p, key, c) for key, (p, c) in best.items() if p >= t_add and key not in ruled),
                  key=lambda x: (-x[0], x[1]))
    people_to |= {(c.visitor_iso3, c.host_iso3) for _p, _k, c in adds if c.vkey.startswith("person:")}
    for p, key, c in adds:
        if c.vkey.startswith("country:") and (c.visitor_iso3, c.host_iso3) in people_to:
            continue
        out.append(model_record(model, c, p, text, dates, published, kcna, article_id, url))
    return out


def model_record(model: VisitModel, c: Candidate, p: float, text: str, dates, published, kcna: bool,
                 article_id: str, url: str | None) -> dict:
    """A visit row (schema column names) for a pair the model adds; the evidence is the candidate's sentence."""
    status = model.status(c.feats)
    opts = date_options(c, text, dates, published, status)
    choice = model.date_choice(date_key(c, status, "near" in opts, kcna), "near" in opts)
    opt = opts.get(choice, opts.get("near") if choice == "first" else None)
    if opt is None:
        start = end = None
        precision, dtext = "unknown", None
    else:
        start, end, precision, dtext = opt
    s, e = c.sentence
    from .text import stable_id
    return {
        "visit_id": stable_id(article_id, c.vkey, c.host_iso3, status, s, e, "model"),
        "article_id": article_id, "visitor_id": c.vkey, "visitor_name": c.visitor_name,
        "visitor_iso3": c.visitor_iso3, "host_iso3": c.host_iso3, "host_actor_id": None,
        "location_name": c.place if c.hkind in ("city", "capital") else None, "lat": c.lat, "lon": c.lon,
        "date_start": start, "date_end": end,
        "date_precision": precision, "date_text": dtext or None, "status": status, "is_domestic": False,
        "evidence": text[s:e], "char_start": s, "char_end": e, "confidence": round(p, 3),
        "cameo_code": "042" if status == "occurred" else "036", "extractor": "rules+model", "source_url": url,
    }
