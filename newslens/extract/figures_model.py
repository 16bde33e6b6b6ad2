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
instance to see the amounts and the rows, and reads the rest from the article.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
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
        row = self._figure(article_id, text, s, e, sentence, amounts, k, mentions, article_countries, published,
                           home_iso3)
        self.rows[amounts[k].start] = (row, snap)
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
                   "sent_pos": si / n_sent, "sent_index": si}
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
        if status in ("final", "dropped"):
            return {"status": status, "record": row, "features": features(ctx, amt, status, row, row), "value": amt.value}
        variants = self._variants(ctx, amt)
        base = features(ctx, amt, status, None, None)
        return {"status": status, "record": variants[0][0] if variants else None, "features": base,
                "variants": [(r, vf) for r, vf in variants], "value": amt.value}

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
