"""A syndication test corpus from PolNeAR train, and pairwise precision/recall of the copy families on it.

Real articles are turned into reprints (new headline), trims (end cut), local versions (a paragraph on top)
and rewrites (light edits) by a seeded script; every other train article stays in as a candidate, so articles
from other outlets on the same day about the same story are the hard negatives. Nothing is written to disk.

    python -m sourcetrace.lab.syndication ../shared/data/polnear [--copied 150] [--seed 7]
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from sourcetrace.corpus.families import Record, find_families

KINDS = ("reprint", "trimmed", "local_added", "rewrite")
OUTLETS = ("Harbour Gazette", "Valley Courier", "North Shore Times", "Lakeside Ledger", "Prairie Post")
# Light-edit swaps a copy desk makes; each pair is applied either way round.
SWAPS = (("said", "says"), ("told", "said to"), ("but", "however"), ("because", "as"), ("about", "around"),
         ("also", "as well"), ("president", "President"), ("people", "residents"), ("big", "large"),
         ("show", "indicate"), ("shows", "indicates"), ("more than", "over"), ("while", "whereas"))


def load_polnear(folder: Path) -> list[Record]:
    meta = {}
    with (folder.parent / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    records = []
    for path in sorted((folder / "text").glob("*.txt")):
        row = meta.get(path.stem, {})
        records.append(Record(path.stem, path.read_text(encoding="utf-8"), row.get("publisher", ""),
                              date.fromisoformat(row["publication_date"]) if row.get("publication_date") else None))
    return records


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def reprint(original: Record, rng: random.Random, donor: str) -> str:
    paras = paragraphs(original.text)
    headline = " ".join(rng.sample(paras[0].split(), len(paras[0].split())))   # a different headline
    return "\n\n".join([headline.capitalize()] + paras[1:])


def trimmed(original: Record, rng: random.Random, donor: str) -> str:
    paras = paragraphs(original.text)
    keep = max(2, round(len(paras) * rng.uniform(0.4, 0.8)))
    return "\n\n".join(paras[:keep])


def local_added(original: Record, rng: random.Random, donor: str) -> str:
    paras = paragraphs(original.text)
    local = rng.choice(paragraphs(donor)[1:] or paragraphs(donor))
    return "\n\n".join(paras[:1] + [local] + paras[1:])


def rewrite(original: Record, rng: random.Random, donor: str) -> str:
    paras = paragraphs(original.text)
    if len(paras) > 4:   # the desk drops a paragraph and swaps two
        del paras[rng.randrange(2, len(paras))]
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    edited = []
    for para in paras:
        for a, b in SWAPS:
            if rng.random() < 0.5:
                para = re.sub(rf"\b{a}\b", b, para) if rng.random() < 0.5 else re.sub(rf"\b{b}\b", a, para)
        words = para.split()
        words = [w for w in words if rng.random() > 0.04]   # a word cut here and there
        edited.append(" ".join(words))
    return "\n\n".join(edited)


MAKERS = {"reprint": reprint, "trimmed": trimmed, "local_added": local_added, "rewrite": rewrite}


def build_corpus(records: list[Record], copied: int, seed: int) -> tuple[list[Record], dict[str, str], dict[str, str]]:
    """(records with the copies added, ref -> gold family, ref -> gold relation)."""
    rng = random.Random(seed)
    long_enough = [r for r in records if len(paragraphs(r.text)) >= 4]
    chosen = rng.sample(long_enough, min(copied, len(long_enough)))
    chosen_refs = {r.ref for r in chosen}
    donors = [r for r in records if r.ref not in chosen_refs]
    corpus, family, relation = list(records), {}, {}
    for original in chosen:
        family[original.ref], relation[original.ref] = original.ref, "original"
        for n, kind in enumerate(rng.sample(KINDS, rng.randint(1, 3))):
            ref = f"{original.ref}~{kind}"
            text = MAKERS[kind](original, rng, rng.choice(donors).text)
            published = original.published + timedelta(days=rng.randint(0, 2)) if original.published else None
            corpus.append(Record(ref, text, rng.choice(OUTLETS), published))
            family[ref], relation[ref] = original.ref, kind
    rng.shuffle(corpus)
    return corpus, family, relation


def pairs_of(groups: dict[str, str]) -> set[tuple[str, str]]:
    by: dict[str, list[str]] = {}
    for ref, fam in groups.items():
        by.setdefault(fam, []).append(ref)
    return {tuple(sorted(p)) for refs in by.values() for p in combinations(refs, 2)}


def score(families: list[dict], gold_family: dict[str, str], gold_relation: dict[str, str]) -> dict:
    predicted_family = {m["ref"]: f["family"] for f in families for m in f["members"]}
    predicted_relation = {m["ref"]: m["relation"] for f in families for m in f["members"]}
    gold, found = pairs_of(gold_family), pairs_of(predicted_family)
    right = gold & found
    rel = [(gold_relation[r], predicted_relation[r]) for r in gold_relation if r in predicted_relation]
    return {
        "pairs_gold": len(gold), "pairs_found": len(found),
        "precision": round(len(right) / max(len(found), 1), 4), "recall": round(len(right) / max(len(gold), 1), 4),
        "relation_accuracy": round(sum(g == p for g, p in rel) / max(len(rel), 1), 4),
        "relation_confusions": dict(Counter(f"{g}->{p}" for g, p in rel if g != p)),
        "false_pairs": sorted(found - gold)[:20],
    }


def known_copies(path: Path) -> list[tuple[str, str]]:
    """Pairs of the corpus's own articles judged by hand to be copies: `ref<TAB>ref` a line, kept with
    the data, outside the repository (they name the data set's articles)."""
    lines = path.read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in lines.splitlines() if line and not line.startswith("#")]


def published_twice(records: list[Record]) -> list[tuple[str, str]]:
    """Pairs of the data set's own articles that its metadata shows are one article published twice: the
    same outlet and the same URL slug (the file name after the date) within two days."""
    by: dict[tuple[str, str], list[Record]] = {}
    for r in records:
        parts = r.ref.split("_", 2)
        if len(parts) == 3:
            by.setdefault((r.outlet, parts[2]), []).append(r)
    return [(a.ref, b.ref) for group in by.values() for a, b in combinations(group, 2)
            if a.published and b.published and abs((a.published - b.published).days) <= 2]


def with_known_copies(family: dict[str, str], pairs: list[tuple[str, str]]) -> dict[str, str]:
    """The gold families with PolNeAR's own copies joined (each pair's families merged)."""
    family = dict(family)
    for a, b in pairs:
        fa, fb = family.setdefault(a, a), family.setdefault(b, b)
        family = {ref: (fa if fam == fb else fam) for ref, fam in family.items()}
    return family


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR folder (train/, metadata.tsv)")
    parser.add_argument("--copied", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--known-copies", type=Path, help="hand-judged copies among the corpus's own articles")
    args = parser.parse_args(argv)
    records = load_polnear(args.polnear / "train")
    corpus, family, relation = build_corpus(records, args.copied, args.seed)
    t0 = time.perf_counter()
    families = find_families(corpus)
    seconds = time.perf_counter() - t0
    raw = score(families, family, relation)
    judged = score(families, with_known_copies(family, known_copies(args.known_copies)), relation) \
        if args.known_copies else raw
    twice = published_twice(records)
    declared = score(families, with_known_copies(family, twice), relation)
    figures = ("pairs_gold", "pairs_found", "precision", "recall")
    result = {"records": len(corpus), "copied_originals": args.copied, "seed": args.seed,
              "seconds": round(seconds, 2), **judged,
              "raw": {k: raw[k] for k in figures},
              "published_twice": {"pairs": len(twice), **{k: declared[k] for k in figures}}}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
