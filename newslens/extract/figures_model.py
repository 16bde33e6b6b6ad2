"""A small linear model over the figure extractor's money amounts (figures session 15).

Every money amount the rules' amount finder sees in an article is a CANDIDATE: the figures the rules give, the rows a
later pass of the rules dropped, the amounts ``FigureExtractor._figure`` turned down and the bare amounts ("87 billion")
the rules never read. A candidate the rules did not turn into a figure gets a PROPOSED record (two parties, metric,
year) built from what its sentence and the story give; :func:`features` describes each candidate with a handful of
explainable strings (words around the amount, metric cues, the countries of its sentence and article, page-furniture
signals, scale, tense and modal words, what the rules decided). Two logistic regressions score them: ``keep`` (a rule
figure stays) and ``add`` (a proposed record becomes a figure). Weights are a JSON file written by
``python -m newslens.train_figures --out FILE``. A measurement tool, not part of extraction: leave-one-set-out
cross-validation (``--cv``) found no gain over the rules (tests/gold/FINDINGS.md, fifteenth session), so no model is
shipped and the extractor does not call this module.

Nothing here changes what the rules compute: :class:`CandidateRecorder` wraps two methods of one FigureExtractor
instance to see the amounts and the rows, and reads the rest from the article. It also reads the rules' OWN metric,
parties and period where ``_figure`` refused an amount (:func:`own_fields_probe`: a profile hook on that one call, no
edit of the rules) and gives each candidate the plain data its field options are built from (``fctx``);
:func:`pair_options`, :func:`metric_options` and :func:`year_options` are the options of the per-field models of
newslens/train_figure_fields.py (second figures experiment of session 15; also measurement only).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from pathlib import Path

import numpy as np

from ..schema import METRICS
from .figures import _CURRENCY_AFTER_RE

_TOKEN_RE = re.compile(r"[a-z]+|\d+|[$€£¥₩%]")
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_FURNITURE_RE = re.compile(r"\b(?:related|donat\w*|subscribe\w*|appeal|support us|newsletter|read more|click|"
                           r"advertis\w*|sign up|copyright|follow us)\b", re.I)
_MODAL_RE = re.compile(r"\b(?:will|would|could|may|might|should|expected|expects|plans?|planned|aims?|target\w*|"
                       r"goal|forecast\w*|projected|hopes?|intends?|seeks?|by 20\d\d)\b", re.I)
_PAST_RE = re.compile(r"\b(?:was|were|reached|rose|fell|grew|totaled|totalled|stood|amounted|increased|decreased|"
                      r"dropped|climbed|signed|provided|gave|invested|pledged|granted|agreed|announced)\b", re.I)
_SCALE_RE = re.compile(r"\b(trillion|billion|bn|bln|million|mln|thousand)\b", re.I)
STATUSES = ("final", "dropped", "refused", "bare")


def _bucket(n: float, edges) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text.lower())


class CandidateRecorder:
    """Sees the amounts and rows of one FigureExtractor instance without changing them.

    ``start()`` before an article, ``candidates(text, final_rows)`` after: a list of candidate dicts."""

    def __init__(self, fx):
        self.fx = fx
        self._amounts = fx.amounts
        self._figure = fx._figure
        self._extract = fx.extract
        fx.amounts = self._wrap_amounts
        fx._figure = self._wrap_figure
        fx.extract = self._wrap_extract
        self.start()

    def start(self):
        self.seen = []  # (sentence, offset, amounts, snapshot)
        self.rows = {}  # amount start -> (row or None, snapshot)
        self.own = {}  # amount start -> the rules' own fields where _figure returned (see own_fields)
        self.article = None

    def _snapshot(self):
        fx = self.fx
        return {"carry": fx._carry, "last_metric": fx._last_metric, "last_parties": fx._last_parties,
                "index": fx._index, "story_pair": fx._story_pair() if fx._pairs or fx._last_parties else None}

    def _wrap_extract(self, article_id, text, sentences, mentions, published, url, home_iso3=None, title=None,
                      title_mentions=None):
        self.article = {"text": text, "mentions": mentions, "published": published, "home": home_iso3,
                        "title": title, "url": url}
        return self._extract(article_id, text, sentences, mentions, published, url, home_iso3, title,
                             title_mentions=title_mentions)

    def _wrap_amounts(self, sentence, offset=0, default_currency=None):
        out = self._amounts(sentence, offset, default_currency)
        self.seen.append((sentence, offset, list(out), self._snapshot()))
        return out

    def _wrap_figure(self, article_id, text, s, e, sentence, amounts, k, mentions, article_countries, published,
                     home_iso3):
        snap = self._snapshot()
        seen = own_fields_probe(self._figure)
        try:
            row = self._figure(article_id, text, s, e, sentence, amounts, k, mentions, article_countries, published,
                               home_iso3)
        finally:
            seen.stop()
        self.rows[amounts[k].start] = (row, snap)
        self.own[amounts[k].start] = own_fields(seen.locals, seen.line, row)
        return row

    def candidates(self, final_rows: list[dict]) -> list[dict]:
        """One dict per amount seen (and per final row no amount explains), with its features and proposed record."""
        art = self.article
        if art is None:
            return []
        text, mentions, published = art["text"], art["mentions"], art["published"]
        countries = [m for m in mentions if m.kind == "country" and m.iso3 and not _CURRENCY_AFTER_RE.match(text, m.end)]
        counts: dict[str, int] = {}
        for m in countries:
            counts[m.iso3] = counts.get(m.iso3, 0) + 1
        art_countries = sorted(counts, key=lambda k: (-counts[k], k))
        final_by_start: dict[int, list[dict]] = {}
        for r in final_rows:
            final_by_start.setdefault(r.get("char_start"), []).append(r)
        out = []
        used = set()
        n_sent = max(len(self.seen), 1)
        for si, (sentence, s, amounts, snap) in enumerate(self.seen):
            e = s + len(sentence)
            sent_countries = list(dict.fromkeys(m.iso3 for m in countries if s <= m.start < e))
            ctx = {"text": text, "sentence": sentence, "s": s, "published": published, "home": art["home"],
                   "sent_countries": sent_countries, "art_countries": art_countries, "snap": snap,
                   "sent_pos": si / n_sent, "sent_index": si,
                   "sent_mentions": [(m.iso3, m.start) for m in countries if s <= m.start < e]}
            for amt in amounts:
                finals = final_by_start.get(amt.start)
                if finals:
                    for r in finals:
                        used.add(id(r))
                        out.append(self._candidate(ctx, amt, "final", r))
                    continue
                if amt.start in self.rows:
                    row, snap2 = self.rows[amt.start]
                    c = self._candidate(dict(ctx, snap=snap2), amt, "dropped" if row is not None else "refused", row)
                else:
                    c = self._candidate(ctx, amt, "bare", None)
                out.append(c)
        for r in final_rows:  # a row no recorded amount explains (a later pass made it): kept as a rule figure
            if id(r) not in used:
                out.append({"status": "final", "record": r, "features": ["status:final", "unexplained"],
                            "value": r.get("value")})
        return out

    def _candidate(self, ctx, amt, status, row) -> dict:
        fctx = self._field_context(ctx, amt)
        own = self.own.get(amt.start) if status != "final" else own_fields({}, None, row)
        if status in ("final", "dropped"):
            return {"status": status, "record": row, "features": features(ctx, amt, status, row, row), "value": amt.value,
                    "own": own or own_fields({}, None, row), "fctx": fctx}
        variants = self._variants(ctx, amt)
        base = features(ctx, amt, status, None, None)
        return {"status": status, "record": variants[0][0] if variants else None, "features": base,
                "variants": [(r, vf) for r, vf in variants], "value": amt.value,
                "own": own or own_fields({}, None, None), "fctx": fctx}

    def _field_context(self, ctx, amt) -> dict:
        """What the field models choose from (plain data, picklable): the sentence's countries with their offsets from
        the amount, the article's most named countries, the story's pair and last parties, the outlet's country, the
        sentence's years and months (offsets from the amount), the carried period, the publication date, the metric cues
        (metric, strength, distance) and the story's last metric, the words next to the amount, modal/past words."""
        sentence, s, snap = ctx["sentence"], ctx["s"], ctx["snap"]
        a = amt.start - s
        key = (s, len(sentence))
        if ctx.get("_dates_key") != key:
            ctx["_dates"] = [d for d in self.fx.dates.find(sentence, ctx["published"]) if d.precision in ("year", "month", "day")]
            ctx["_dates_key"] = key
        cues = [(c[0], c[1], min(abs(c[3] - a), abs(c[4] - a))) for c in self.fx._metric_cues(sentence)]
        carry = snap.get("carry")
        return {"sent": [(iso, pos - amt.start) for iso, pos in ctx.get("sent_mentions", [])],
                "art": list(ctx["art_countries"][:4]), "story": tuple(snap["story_pair"]) if snap.get("story_pair") else None,
                "last": tuple(snap["last_parties"]) if snap.get("last_parties") else None, "home": ctx["home"],
                "years": [(d.start, d.end, d.char_start - a if d.char_start > a else d.char_end - a) for d in ctx["_dates"]],
                "carry": (carry.start, carry.end) if carry is not None else None, "published": ctx["published"],
                "cues": cues, "last_metric": snap.get("last_metric"),
                "near": _tokens(sentence[max(0, a - 50):a])[-5:] + _tokens(sentence[amt.end - s:amt.end - s + 50])[:5],
                "modal": bool(_MODAL_RE.search(sentence)), "past": bool(_PAST_RE.search(sentence))}

    def _variants(self, ctx, amt) -> list[tuple[dict, list[str]]]:
        """Records proposed for an amount the rules turned down, each with the features of its choices: the two sides
        (its sentence's pair; else one of its countries with the story's other side, the outlet's country or the
        article's next country; else the story's pair), in both orders; each metric its sentence's cues name (nearest
        first), the story's last one, else trade; the nearest year of its sentence, the story's carried period, none."""
        sentence, s, snap = ctx["sentence"], ctx["s"], ctx["snap"]
        a = amt.start - s
        sc, ac = ctx["sent_countries"], ctx["art_countries"]
        last = snap.get("story_pair") or snap.get("last_parties")
        home = ctx["home"]
        if len(sc) >= 2:
            pair, how = (sc[0], sc[1]), "sent2"
        elif len(sc) == 1:
            others = [x for x in (last or ()) if x and x != sc[0]]
            if others:
                pair, how = (sc[0], others[0]), "sent1_story"
            elif home and home != sc[0]:
                pair, how = (sc[0], home), "sent1_home"
            else:
                other = next((x for x in ac if x != sc[0]), None)
                pair, how = (sc[0], other), "sent1_art" if other else "sent1_none"
        elif last and last[0] and last[1]:
            pair, how = tuple(last), "story"
        else:
            pair, how = (ac[0] if ac else None, ac[1] if len(ac) > 1 else (home if ac and home != ac[0] else None)), "article"
        cues = self.fx._metric_cues(sentence)
        by_dist = sorted(cues, key=lambda c: (-(c[1] >= 1), min(abs(c[3] - a), abs(c[4] - a))))
        metrics = []
        for c in by_dist:
            if c[0] not in [m for m, _h in metrics]:
                metrics.append((c[0], "cue1" if not metrics else "cue"))
        if snap.get("last_metric") and snap["last_metric"] not in [m for m, _h in metrics]:
            metrics.append((snap["last_metric"], "last"))
        if not metrics:
            metrics.append(("trade", "default"))
        for m in METRICS:  # "Tokyo is giving Mozambique a vessel worth $23 million": aid no cue names
            if m not in [x for x, _h in metrics]:
                metrics.append((m, "alt"))
        years = [d for d in self.fx.dates.find(sentence, ctx["published"]) if d.precision in ("year", "month")]
        periods = []
        if years:
            d = min(years, key=lambda d: min(abs(d.char_start - a), abs(d.char_end - a)))
            periods.append(((d.start, d.end), "sentence" if d.char_start > a else "sentence_before"))
        if snap.get("carry") is not None:
            periods.append(((snap["carry"].start, snap["carry"].end), "carry"))
        periods.append((None, "none"))
        orders = [("as", pair), ("rev", (pair[1], pair[0]))] if pair[0] and pair[1] else [("as", pair)]
        toks = sorted({t for t in _tokens(sentence) if not t.isdigit()})
        near = _tokens(sentence[max(0, a - 60):a])[-4:] + _tokens(sentence[amt.end - s:amt.end - s + 60])[:4]
        out = []
        for metric, mhow in metrics:
            for period, yhow in periods:
                for ohow, (rep, par) in orders:
                    rec = {"reporter_iso3": rep, "partner_iso3": par, "metric": metric, "value": amt.value,
                           "value_low": amt.low, "value_high": amt.high, "currency": amt.currency,
                           "value_usd": amt.value if amt.currency == "USD" else amt.usd, "amount_text": amt.text,
                           "period_start": period[0] if period else None, "period_end": period[1] if period else None,
                           "period_text": None, "qualifier": "actual", "is_record": False, "is_approximate": False,
                           "evidence": sentence, "char_start": amt.start, "char_end": amt.end}
                    vf = [f"ph:{how}", f"vm:{metric}", f"mh:{mhow}", f"yh:{yhow}", f"ord:{ohow}", f"ord:{ohow}&vm:{metric}",
                          f"mh:{mhow}&vm:{metric}", f"yh:{yhow}&modal:{bool(_MODAL_RE.search(sentence))}",
                          f"both:{bool(rep and par)}"]
                    if period is not None and ctx["published"] is not None:
                        vf.append(f"yh:{yhow}&yvp:{max(-3, min(2, period[0].year - ctx['published'].year))}")
                    vf += [f"vm:{metric}&{t}" for t in toks]
                    vf += [f"yh:{yhow}&{t}" for t in near]
                    vf += [f"ord:{ohow}&{t}" for t in near]
                    out.append((rec, vf))
        return out


# ------------------------------------------------------------------------------ the rules' own fields at a refusal

_OWN_NAMES = ("metric", "reporter", "partner", "period", "give_pair", "goods_pair")


class _OwnFieldsProbe:
    """Reads the local variables of one call of ``FigureExtractor._figure`` at the moment it returns (a profile hook,
    set only for that call and removed after; the rules' code is not edited and their output not touched)."""

    def __init__(self, method):
        self.code = getattr(getattr(method, "__func__", method), "__code__", None)
        self.frame = None
        self.locals: dict = {}
        self.line = None
        self.prev = sys.getprofile()
        sys.setprofile(self._hook)

    def _hook(self, frame, event, arg):
        if self.prev is not None:
            self.prev(frame, event, arg)
        if frame.f_code is not self.code:
            return
        if event == "call" and self.frame is None:
            self.frame = frame
        elif event == "return" and frame is self.frame:
            loc = frame.f_locals
            self.locals = {k: loc[k] for k in _OWN_NAMES if k in loc}
            self.line = frame.f_lineno - self.code.co_firstlineno

    def stop(self):
        sys.setprofile(self.prev)
        self.frame = None


def own_fields_probe(method) -> _OwnFieldsProbe:
    """Start reading the locals of the next call of ``method`` at its return; call ``.stop()`` after the call."""
    return _OwnFieldsProbe(method)


def own_fields(local: dict, line, row) -> dict:
    """The rules' own fields for one amount: from the row they gave, else from the locals ``_figure`` had computed when
    it refused (a field it had not reached yet is None and not in ``reached``). ``line``: the refusal point (line offset
    in ``_figure``); ``period`` a (start, end) pair of dates or None.

    >>> own_fields({"metric": "aid", "reporter": "NOR", "partner": None}, 40, None)["reached"]
    ['metric', 'parties']
    """
    if row is not None:
        return {"metric": row.get("metric"), "reporter": row.get("reporter_iso3"), "partner": row.get("partner_iso3"),
                "period": (row.get("period_start"), row.get("period_end")) if row.get("period_start") else None,
                "reached": ["metric", "parties", "period"], "line": "row"}
    reached = []
    metric = local.get("metric")
    if "metric" in local:
        reached.append("metric")
    rep, par = local.get("reporter"), local.get("partner")
    if "reporter" in local or "partner" in local:
        reached.append("parties")
    elif local.get("give_pair") or local.get("goods_pair"):
        rep, par = tuple(local.get("give_pair") or local.get("goods_pair"))[:2]
        reached.append("parties")
    period = local.get("period")
    if "period" in local:
        reached.append("period")
    if period is not None and hasattr(period, "start"):
        period = (period.start, period.end)
    elif period is not None and not isinstance(period, tuple):
        period = None
    return {"metric": metric, "reporter": rep if isinstance(rep, str) else None,
            "partner": par if isinstance(par, str) else None, "period": period, "reached": reached, "line": line}


def features(ctx, amt, status, row, record) -> list[str]:
    """Explainable feature names of one candidate (deterministic; order as computed)."""
    sentence, s = ctx["sentence"], ctx["s"]
    a, b = amt.start - s, amt.end - s
    f = [f"status:{status}", "bias"]
    left, right = _tokens(sentence[max(0, a - 60):a]), _tokens(sentence[b:b + 60])
    for i, t in enumerate(reversed(left[-4:])):
        f.append(f"l{i + 1}:{t}" if i < 2 else f"lw:{t}")
    for i, t in enumerate(right[:4]):
        f.append(f"r{i + 1}:{t}" if i < 2 else f"rw:{t}")
    for t in set(_tokens(sentence)):
        if not t.isdigit():
            f.append(f"s:{t}")
    scale = _SCALE_RE.search(amt.text)
    f.append(f"scale:{scale.group(1).lower() if scale else 'none'}")
    f.append(f"cur:{'bare' if amt.bare else (amt.currency if amt.currency in ('USD', 'EUR', 'RUB', 'CNY', 'JPY', 'KRW') else 'other')}")
    f.append(f"log10:{int(math.log10(max(amt.value, 1)))}")
    f.append(f"range:{amt.low != amt.high}")
    f.append(f"nsent_c:{min(len(ctx['sent_countries']), 3)}")
    f.append(f"nart_c:{min(len(ctx['art_countries']), 4)}")
    f.append(f"pos:{_bucket(ctx['sent_pos'], (0.1, 0.3, 0.6, 0.9, 1.0))}")
    f.append(f"idx:{_bucket(ctx['sent_index'], (0, 1, 3, 8, 20))}")
    f.append(f"len:{_bucket(len(sentence), (40, 80, 160, 320))}")
    line_lo = ctx["text"].rfind("\n", 0, amt.start) + 1
    line_hi = ctx["text"].find("\n", amt.end)
    line = ctx["text"][line_lo:line_hi if line_hi >= 0 else len(ctx["text"])]
    if len(line) < 70:
        f.append("short_line")
    if _FURNITURE_RE.search(sentence):
        f.append("furniture")
    if _MODAL_RE.search(sentence):
        f.append("modal")
    if _PAST_RE.search(sentence):
        f.append("past")
    f.append(f"home:{'yes' if ctx['home'] else 'no'}")
    if record is not None:
        f.append(f"metric:{record.get('metric')}")
        both = bool(record.get("reporter_iso3") and record.get("partner_iso3"))
        f.append(f"both_parties:{both}")
        f.append(f"has_period:{record.get('period_start') is not None}")
        ps = record.get("period_start")
        pub = ctx["published"]
        if ps is not None and pub is not None:
            y = ps.year if isinstance(ps, (dt.date,)) else int(str(ps)[:4])
            f.append(f"year_vs_pub:{max(-3, min(2, y - pub.year))}")
        parties = {record.get("reporter_iso3"), record.get("partner_iso3")} - {None}
        f.append(f"parties_in_sent:{len(parties & set(ctx['sent_countries']))}")
    if status in ("final", "dropped") and row is not None:
        f.append(f"qual:{row.get('qualifier')}")
        f.append(f"conf:{row.get('confidence')}")
        if row.get("is_record"):
            f.append("is_record")
    if _YEAR_RE.search(sentence):
        f.append("year_in_sent")
    return f


# ------------------------------------------------------------------------------ logistic regression (numpy only)


def encode(rows: list[list[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Sparse rows as (indices, indptr) over ``vocab``; unknown features are left out."""
    idx, ptr = [], [0]
    for fs in rows:
        ids = sorted({vocab[x] for x in fs if x in vocab})
        idx.extend(ids)
        ptr.append(len(idx))
    return np.asarray(idx, dtype=np.int64), np.asarray(ptr, dtype=np.int64)


def _dot(idx, ptr, w):
    vals = w[idx]
    sums = np.add.reduceat(vals, ptr[:-1]) if len(idx) else np.zeros(len(ptr) - 1)
    sums[ptr[1:] == ptr[:-1]] = 0.0  # empty rows
    return sums


def fit_logistic(idx, ptr, y, n_features, l2=1.0, iters=300, lr=0.5) -> np.ndarray:
    """Binary logistic regression, L2 penalty, full-batch gradient descent with Adam steps (deterministic)."""
    n = len(ptr) - 1
    w = np.zeros(n_features)
    m, v = np.zeros(n_features), np.zeros(n_features)
    rows = np.repeat(np.arange(n), np.diff(ptr))
    for t in range(1, iters + 1):
        z = _dot(idx, ptr, w)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(idx, weights=(p - y)[rows], minlength=n_features) / n + l2 * w / n
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def predict(idx, ptr, w) -> np.ndarray:
    z = _dot(idx, ptr, w)
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class FiguresModel:
    """The stored keep/add models: ``keep`` scores rule figures, ``add`` proposed records; thresholds apply."""

    def __init__(self, data: dict):
        self.data = data
        self.keep = data["keep"]
        self.add = data["add"]

    @classmethod
    def load(cls, path: str | Path) -> "FiguresModel":
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    @staticmethod
    def _score(part: dict, feats: list[str]) -> float:
        w = part["weights"]
        z = sum(w.get(x, 0.0) for x in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, cands: list[dict]) -> list[dict]:
        """The figures rules+model give: rule figures the keep model keeps, records the add model adds (each with
        confidence = the model's probability); a proposed record equal to one already given is not added twice."""
        out = []
        for c in cands:
            if c["status"] == "final":
                p = self._score(self.keep, c["features"])
                if p >= self.keep["threshold"]:
                    out.append(c["record"])
        keys = {_key(r) for r in out}
        for c in cands:
            if c["status"] == "final":
                continue
            best = None
            for rec, vf in variants_of(c):
                p = self._score(self.add, c["features"] + vf)
                if best is None or p > best[0]:
                    best = (p, rec)
            if best is not None and best[0] >= self.add["threshold"] and _key(best[1]) not in keys:
                r = dict(best[1])
                r["confidence"] = round(best[0], 3)
                out.append(r)
                keys.add(_key(r))
        return out


def variants_of(c: dict) -> list:
    """The proposed records of a candidate the rules did not give, with their own features."""
    if c.get("variants"):
        return c["variants"]
    return [(c["record"], ["ph:rules"])] if c.get("record") is not None else []


def _key(r: dict) -> tuple:
    return (frozenset((r.get("reporter_iso3"), r.get("partner_iso3"))), r.get("metric"),
            round(float(r.get("value") or 0), -3), str(r.get("period_start"))[:4])


# ------------------------------------------------------------------------------ field options (figures session 15, 2nd)
# One classifier per field, each over its own options, with the rules' own value as a feature (see
# newslens/train_figure_fields.py). Pure functions of a candidate's ``fctx`` and ``own`` dicts.

_SIDE_LIMIT = 6


def _ordered_cues(fctx) -> list[str]:
    """The sentence's cue metrics, strong cues first, then nearest to the amount (as ``_variants`` orders them)."""
    out = []
    for m, strength, _d in sorted(fctx.get("cues") or [], key=lambda c: (-(c[1] >= 1), c[2])):
        if m not in out:
            out.append(m)
    return out


def _status_group(status: str) -> str:
    return "final" if status == "final" else "refused"


def pair_options(fctx: dict, own: dict, status: str = "refused") -> list[tuple[tuple, list[str]]]:
    """(reporter, partner) options: every ordered pair of two different countries among the rules' own two sides, the
    sentence's countries (nearest to the amount first), the story's pair and last parties, the outlet's country and the
    article's most named countries (at most six countries); each with explainable features."""
    sent = {}
    for iso, off in fctx.get("sent") or []:
        if iso and (iso not in sent or abs(off) < abs(sent[iso])):
            sent[iso] = off
    by_dist = sorted(sent, key=lambda c: abs(sent[c]))
    story, last = tuple(fctx.get("story") or ()), tuple(fctx.get("last") or ())
    art = list(fctx.get("art") or [])
    pool = []
    for c in [own.get("reporter"), own.get("partner")] + by_dist + list(story) + list(last) + [fctx.get("home")] + art:
        if c and c not in pool:
            pool.append(c)
    pool = pool[:_SIDE_LIMIT]
    g = _status_group(status)
    own_pair = (own.get("reporter"), own.get("partner"))
    reached = "parties" in (own.get("reached") or [])
    cue = (_ordered_cues(fctx) or ["none"])[0]
    out = []
    for x in pool:
        for y in pool:
            if x == y:
                continue
            f = ["p:bias"]
            if (x, y) == own_pair:
                rel = "exact"
            elif (y, x) == own_pair:
                rel = "rev"
            elif {x, y} & set(own_pair):
                rel = "one"
            else:
                rel = "other" if reached and any(own_pair) else "none"
            f += [f"p:own:{rel}", f"p:own:{rel}&{g}", f"p:own:{rel}&cue:{cue}"]
            for role, c in (("rep", x), ("par", y)):
                if c in sent:
                    r = by_dist.index(c)
                    f += [f"p:{role}:sent{min(r, 2)}", f"p:{role}:{'left' if sent[c] < 0 else 'right'}"]
                else:
                    f.append(f"p:{role}:nosent")
                if c in story:
                    f.append(f"p:{role}:story")
                if c in last:
                    f.append(f"p:{role}:last")
                if c == fctx.get("home"):
                    f.append(f"p:{role}:home")
                if c in art:
                    f.append(f"p:{role}:art{min(art.index(c), 2)}")
            ranks = sorted(by_dist.index(c) if c in sent else 9 for c in (x, y))
            f.append(f"p:set:{min(ranks[0], 3)}{min(ranks[1], 3)}")
            if x in sent and y in sent:
                first = "rep" if sent[x] < sent[y] else "par"
                f += [f"p:first:{first}", f"p:first:{first}&cue:{cue}"]
            if set(story) == {x, y}:
                f.append("p:set:story")
            out.append(((x, y), f))
    return out


def metric_options(fctx: dict, own: dict, status: str = "refused") -> list[tuple[str, list[str]]]:
    """The six metrics, each with: is it the rules' own metric (and did the rules reach a metric), the sentence's first
    cue / any cue, the story's last metric, and the metric crossed with the words next to the amount."""
    cues = _ordered_cues(fctx)
    g = _status_group(status)
    mine = own.get("metric")
    reached = "metric" in (own.get("reached") or [])
    out = []
    for m in METRICS:
        f = [f"m:{m}"]
        rel = "same" if mine == m else ("other" if mine else ("none_reached" if reached else "unreached"))
        f += [f"m:own:{rel}", f"m:own:{rel}&{g}"]
        if rel in ("same", "other"):
            f.append(f"m:own:{rel}&{m}")
        if cues:
            f.append(f"m:cue1:{cues[0] == m}")
            f.append(f"m:cue1:{cues[0] == m}&{m}")
            if m in cues[1:]:
                f.append("m:cue_later")
        else:
            f.append(f"m:nocue&{m}")
        if fctx.get("last_metric") == m:
            f.append("m:last")
        f += [f"m:{m}&{t}" for t in sorted(set(fctx.get("near") or [])) if not t.isdigit()]
        out.append((m, f))
    return out


def _year_bucket(span, published) -> str:
    if span is None or published is None:
        return "na"
    return str(max(-3, min(2, span[0].year - published.year)))


def year_options(fctx: dict, own: dict, status: str = "refused") -> list[tuple[tuple | None, list[str]]]:
    """Period options, (start, end) or None: the rules' own period, the sentence's years and months (nearest to the
    amount first), the carried period, the publication year, and no year; an option named by several sources carries
    each source's feature."""
    g = _status_group(status)
    pub = fctx.get("published")
    reached = "period" in (own.get("reached") or [])
    opts: dict = {}

    def add(span, src):
        key = (span[0], span[1]) if span else None
        opts.setdefault(key, [])
        if src not in opts[key]:
            opts[key].append(src)

    if own.get("period"):
        add(own["period"], "own")
    years = sorted(fctx.get("years") or [], key=lambda y: abs(y[2]))
    for i, (start, end, off) in enumerate(years):
        if (end - start).days < 27:  # a day ("on March 3, 2019") names its year
            start, end = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
        add((start, end), ("sent1" if i == 0 else "sent2") + ("_after" if off > 0 else "_before"))
    if fctx.get("carry"):
        add(fctx["carry"], "carry")
    if pub is not None:
        add((dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31)), "pub")
    add(None, "none")
    own_rel = "has" if own.get("period") else ("none_reached" if reached else "unreached")
    out = []
    for key, srcs in opts.items():
        f = ["y:bias", f"y:nsrc:{min(len(srcs), 3)}", f"y:vpub:{_year_bucket(key, pub)}", f"y:ownrel:{own_rel}"]
        for src in srcs:
            f += [f"y:{src}", f"y:{src}&{g}", f"y:{src}&modal:{fctx.get('modal')}", f"y:{src}&past:{fctx.get('past')}",
                  f"y:{src}&own:{own_rel}"]
        if key is not None and (key[1] - key[0]).days < 300:
            f.append("y:month")
        out.append((key, f))
    return out


FIELD_OPTIONS = {"parties": pair_options, "metric": metric_options, "year": year_options}


def option_record(field: str, value, base: dict | None = None) -> dict:
    """A record dict with one field set from an option value (for ``evaluate.figure_field_checks``)."""
    r = dict(base or {})
    if field == "parties":
        r["reporter_iso3"], r["partner_iso3"] = value if value else (None, None)
    elif field == "metric":
        r["metric"] = value
    else:
        r["period_start"], r["period_end"] = (value[0], value[1]) if value else (None, None)
    return r
