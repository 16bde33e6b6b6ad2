"""Precision audits: an auditor's verdicts on the visit records the extractor made from real stories, re-scored on
the current tree.

    python -m newslens.audit tests/gold/audit/visits_audit1.jsonl [--list]

Gold files (``newslens.evaluate``) measure recall and precision on stories annotated in full, which is slow work; an
audit is the quick complement: run the extractor over a random sample of unseen stories, and have an auditor read
each story and judge every record it gave (right, or wrong and which field). The file then says how precise the
extractor was on text nobody tuned it on. Re-run on a later tree, it reports which judged records the tree still
gives, which it no longer gives (a wrong one removed, a right one lost) and which records are new and unjudged, so
the precision of the new tree is known within bounds until someone judges the new ones.

One JSON object per line, one per story: ``id``, ``source`` (as in the gold files: ``kind: shared``, ``file``,
``where: {date, title}``) and ``records``, each with the record's key fields (``visitor_id``, ``visitor_iso3``,
``host_iso3``, ``status``, ``date_start``, ``date_end``, ``date_precision``, ``is_domestic``) and the verdict:
``verdict`` (``right``/``wrong``), ``wrong_fields``, ``not_a_visit``, ``duplicate`` (a second record of a trip the
story already gave). No story text is stored: the stories are read from ../shared.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from newslens.evaluate import GoldError, _cleaner, resolve_source

KEY_FIELDS = ("visitor_id", "visitor_iso3", "host_iso3", "status", "date_start", "date_end", "date_precision",
              "is_domestic")


def record_key(rec: dict) -> tuple:
    """The fields a verdict is about; a record whose key changed is a new record."""
    out = []
    for field in KEY_FIELDS:
        value = rec.get(field)
        if field == "is_domestic":
            value = bool(value)
        elif value is not None and not isinstance(value, str):
            value = str(value)[:10]
        out.append(value)
    return tuple(out)


def extract_story(item: dict, extractor: Any, shared: Path | None = None) -> list[dict]:
    """All visit records (foreign and domestic) the extractor gives for the item's story, cleaned as ingest does."""
    from newslens.extract import ArticleInput

    source = resolve_source(item, shared)
    text, title = source.text, source.title
    cleaner = _cleaner()
    if cleaner is not None:
        cleaned = cleaner(text, title=title, url=source.url)
        text, title = cleaned.text, getattr(cleaned, "title", None) or title
    out = extractor.extract(ArticleInput(article_id=source.article_id, title=title, text=text,
                                         published_date=source.published_date, url=source.url))
    return [{f: (bool(v.get(f)) if f == "is_domestic" else v.get(f)) for f in KEY_FIELDS} | {"evidence": v.get("evidence")}
            for v in out.get("visits", [])]


def load_audit(paths: Sequence[str | Path]) -> list[dict]:
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{n}: not JSON ({exc.msg})") from None
                for rec in item.get("records", []):
                    if rec.get("verdict") not in ("right", "wrong"):
                        raise GoldError(f"{path}:{n} ({item.get('id')}): verdict must be 'right' or 'wrong', "
                                        f"got {rec.get('verdict')!r}")
                item["_file"], item["_line"] = str(path), n
                items.append(item)
    return items


def rescore(items: Sequence[dict], extractor: Any, shared: Path | None = None) -> dict:
    """Re-extract each audited story and sort its records: judged and still given, judged and gone, new."""
    counts: Counter = Counter()
    listing: list[tuple[str, str, dict]] = []
    for item in items:
        judged = {}
        for rec in item["records"]:
            judged.setdefault(record_key(rec), []).append(rec)
        now = extract_story(item, extractor, shared)
        for rec in now:
            scope = "domestic" if rec["is_domestic"] else "foreign"
            hits = judged.get(record_key(rec))
            if hits:
                verdict = hits.pop(0)["verdict"]
                counts[(scope, "kept " + verdict)] += 1
                listing.append((item["id"], "kept " + verdict, rec))
            else:
                counts[(scope, "new")] += 1
                listing.append((item["id"], "new", rec))
        for left in judged.values():
            for rec in left:
                scope = "domestic" if rec.get("is_domestic") else "foreign"
                counts[(scope, "gone " + rec["verdict"])] += 1
                listing.append((item["id"], "gone " + rec["verdict"], rec))
    report = {}
    for scope in ("foreign", "domestic"):
        c = {k[1]: v for k, v in counts.items() if k[0] == scope}
        right, wrong, new = c.get("kept right", 0), c.get("kept wrong", 0), c.get("new", 0)
        total = right + wrong + new
        report[scope] = {
            "judged": sum(1 for it in items for r in it["records"] if bool(r.get("is_domestic")) == (scope == "domestic")),
            "kept_right": right, "kept_wrong": wrong, "gone_right": c.get("gone right", 0),
            "gone_wrong": c.get("gone wrong", 0), "new": new,
            # precision of the current records: judged ones known, new ones counted wrong (low) or right (high)
            "precision_low": round(right / total, 3) if total else None,
            "precision_high": round((right + new) / total, 3) if total else None,
            "precision_judged": round(right / (right + wrong), 3) if right + wrong else None,
        }
    return {"stories": len(items), "scopes": report, "listing": listing}


def format_report(report: dict, listing: bool = False) -> str:
    lines = [f"stories: {report['stories']}", "",
             f"{'':10}{'judged':>8}{'kept ok':>9}{'kept bad':>9}{'lost ok':>9}{'gone bad':>9}{'new':>6}"
             f"{'P judged':>10}{'P range':>14}"]
    for scope, s in report["scopes"].items():
        rng = "" if s["precision_low"] is None else f"{s['precision_low']:.3f}-{s['precision_high']:.3f}"
        pj = "" if s["precision_judged"] is None else f"{s['precision_judged']:.3f}"
        lines.append(f"{scope:10}{s['judged']:>8}{s['kept_right']:>9}{s['kept_wrong']:>9}{s['gone_right']:>9}"
                     f"{s['gone_wrong']:>9}{s['new']:>6}{pj:>10}{rng:>14}")
    lines += ["", "kept ok/bad: judged right/wrong and still given; lost ok: a right record no longer given; gone bad: a "
              "wrong record no longer given; new: given now, not judged. P judged = kept ok / (kept ok + kept bad); "
              "P range counts the new records as all wrong .. all right."]
    if listing:
        lines.append("")
        for story, kind, rec in report["listing"]:
            if kind != "kept right":
                lines.append(f"[{story}] {kind:10} {rec.get('visitor_id')} {rec.get('visitor_iso3')}->{rec.get('host_iso3')} "
                             f"{rec.get('status')} {rec.get('date_start')}..{rec.get('date_end')}/{rec.get('date_precision')}"
                             f"{' domestic' if rec.get('is_domestic') else ''}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newslens.audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("audit", nargs="+", help="audit JSON Lines files")
    parser.add_argument("--list", action="store_true", help="list every record that is not a kept right one")
    args = parser.parse_args(argv)
    from newslens.extract import Extractor

    try:
        items = load_audit(args.audit)
        report = rescore(items, Extractor())
    except (GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_report(report, args.list))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
