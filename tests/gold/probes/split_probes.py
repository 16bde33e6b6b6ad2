"""How the session-9 probe files were split: half of each mechanism tag for training, half held out.

    python tests/gold/probes/split_probes.py ALL.jsonl TRAIN.jsonl HELD.jsonl

Ids are "pv-TAG-NNN" / "pf-TAG-NNN"; the split is per TAG, shuffled with random.Random(909).
"""
import collections
import json
import random
import sys


def split(src: str, train: str, held: str) -> None:
    items = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    by = collections.defaultdict(list)
    for it in items:
        by[it["id"].split("-")[1]].append(it)
    rng = random.Random(909)
    tr, he = [], []
    for tag in sorted(by):
        xs = by[tag][:]
        rng.shuffle(xs)
        k = len(xs) // 2
        tr += xs[:k]
        he += xs[k:]
    for path, xs in ((train, tr), (held, he)):
        with open(path, "w", encoding="utf-8") as f:
            for it in sorted(xs, key=lambda i: i["id"]):
                f.write(json.dumps(it, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    split(*sys.argv[1:4])
