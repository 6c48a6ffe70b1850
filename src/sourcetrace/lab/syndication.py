"""A syndication test corpus from PolNeAR train, and pairwise precision/recall of the copy families on it.

Real articles are turned into reprints (new headline), trims (end cut), local versions (a paragraph on top)
and rewrites (copy-desk edits, 2–12% of words cut) by a seeded script. Every other train article stays in as a candidate (articles from
other outlets on the same day about the same story), and written hard negatives join them: the same outlet's
follow-up that reuses background paragraphs, and another outlet's report quoting the same lines. New prose (a
local paragraph, a negative's own text) comes from articles outside the corpus (PolNeAR dev, then train articles
taken out of the corpus), each used once, so it is new text as it would be in the wild. Nothing is written to disk.

    python -m sourcetrace.lab.syndication ../shared/data/polnear [--copied 150] [--seed 7] [--negatives 0.5]
        [--cut 0.12]
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


LOCAL_WORDS = (20, 120)      # how long an added local paragraph is
BORROWED_SHARE = 0.25        # at most this share of the original's words goes into a hard negative


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?\u201d\"])\s+", text) if s.strip()]


def local_paragraph(rng: random.Random, donor: str) -> str:
    """A paragraph-sized run of the donor's sentences (a whole short article is not a local paragraph)."""
    fitting = [p for p in paragraphs(donor)[1:] if LOCAL_WORDS[0] <= len(p.split()) <= LOCAL_WORDS[1]]
    if fitting:
        return rng.choice(fitting)
    lines = sentences(" ".join(paragraphs(donor)[1:]) or donor)
    start, out = rng.randrange(len(lines)), []
    for line in lines[start:]:
        if out and len(" ".join(out + [line]).split()) > LOCAL_WORDS[1]:
            break
        out.append(line)
    return " ".join(out)


def local_added(original: Record, rng: random.Random, donor: str) -> str:
    paras = paragraphs(original.text)
    return "\n\n".join(paras[:1] + [local_paragraph(rng, donor)] + paras[1:])


def rewrite(original: Record, rng: random.Random, donor: str, cut: float = 0.04) -> str:
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
        # a word cut here and there, never one that ends a sentence (a desk keeps its full stops)
        words = [w for w in words if re.search(r"[.!?\u201d\"]$", w) or rng.random() > cut]
        edited.append(" ".join(words))
    return "\n\n".join(edited)


MAKERS = {"reprint": reprint, "trimmed": trimmed, "local_added": local_added, "rewrite": rewrite}


def _borrowable(original: Record, parts: list[str]) -> list[str]:
    """The longest run of `parts` (from their start) that keeps within the borrowed share of the original."""
    budget, out = BORROWED_SHARE * len(original.text.split()), []
    for part in parts:
        if len(" ".join(out + [part]).split()) > budget:
            break
        out.append(part)
    return out


def follow_up(original: Record, rng: random.Random, donor: str) -> str | None:
    """The same outlet's next story: its own text, ending on one or two of the original's background paragraphs."""
    background = _borrowable(original, paragraphs(original.text)[-rng.randint(1, 2):])
    return "\n\n".join(paragraphs(donor) + background) if background else None


def same_quotes(original: Record, rng: random.Random, donor: str) -> str | None:
    """Another outlet on the same event: its own text, quoting one to three of the original's quoted lines."""
    quoted = [s for p in paragraphs(original.text)[1:] for s in sentences(p)
              if re.search(r"[\"\u201c\u201d]", s) and len(s.split()) >= 8]
    picked = _borrowable(original, rng.sample(quoted, min(len(quoted), rng.randint(1, 3))))
    if not picked:
        return None
    paras = paragraphs(donor)
    for quote in picked:
        paras.insert(rng.randint(1, len(paras)), quote)
    return "\n\n".join(paras)


NEGATIVES = {"follow_up": follow_up, "same_quotes": same_quotes}


class Prose:
    """Articles whose text is new to the corpus, each handed out once: the extra set first, then corpus
    articles, which are then taken out of the corpus (none that shares a sentence with another article)."""

    def __init__(self, extra: list[Record], spare: list[Record], rng: random.Random):
        self.queue = rng.sample(extra, len(extra)) + rng.sample(spare, len(spare))
        self.spent: set[str] = set()

    def take(self, fits=lambda r: True) -> Record | None:
        for k, r in enumerate(self.queue[:50]):   # bounded search: a draw that finds none adds nothing
            if fits(r):
                self.spent.add(self.queue.pop(k).ref)
                return r
        return None


def build_corpus(records: list[Record], copied: int, seed: int, extra_prose: list[Record] = (),
                 negatives: float = 0.5, cut: float = 0.12) -> tuple[list[Record], dict[str, str], dict[str, str]]:
    """(records with the copies and hard negatives added, ref -> gold family, ref -> gold relation); a hard
    negative is its own family (relation 'negative:KIND')."""
    rng = random.Random(seed)
    long_enough = [r for r in records if len(paragraphs(r.text)) >= 4]
    chosen = rng.sample(long_enough, min(copied, len(long_enough)))
    chosen_refs = {r.ref for r in chosen}
    reused = _sharing_a_sentence(list(records) + list(extra_prose))
    prose = Prose([r for r in extra_prose if r.ref not in reused],
                  [r for r in records if r.ref not in chosen_refs | reused], rng)
    added, family, relation = [], {}, {}
    for original in chosen:
        family[original.ref], relation[original.ref] = original.ref, "original"
        for kind in rng.sample(KINDS, rng.randint(1, 3)):
            donor = prose.take() if kind == "local_added" else None
            if kind == "local_added" and donor is None:
                continue
            # desks edit more or less heavily: each rewrite cuts its own share of words, up to `cut`
            edits = {"cut": rng.uniform(min(0.02, cut), cut)} if kind == "rewrite" else {}
            text = MAKERS[kind](original, rng, donor.text if donor else "", **edits)
            ref = f"{original.ref}~{kind}"
            published = original.published + timedelta(days=rng.randint(0, 2)) if original.published else None
            added.append(Record(ref, text, rng.choice(OUTLETS), published))
            family[ref], relation[ref] = original.ref, kind
        if rng.random() < negatives:
            kind = rng.choice(sorted(NEGATIVES))
            made = _negative(original, kind, rng, prose)
            if made:
                added.append(made)
                family[made.ref], relation[made.ref] = made.ref, f"negative:{kind}"
    corpus = [r for r in records if r.ref not in prose.spent] + added
    rng.shuffle(corpus)
    return corpus, family, relation


def _sharing_a_sentence(records: list[Record]) -> set[str]:
    """Articles with a long sentence found word for word in another: their text is not new prose (a second
    edition of one of them may be in the corpus)."""
    seen: dict[str, str] = {}
    out = set()
    for r in records:
        for sentence in _long_sentences(r.text):
            if seen.setdefault(sentence, r.ref) != r.ref:
                out.update((r.ref, seen[sentence]))
    return out


def _negative(original: Record, kind: str, rng: random.Random, prose: Prose) -> Record | None:
    """A hard negative whose own text is at least three times what it borrows, so it is not mostly the original."""
    borrowed = BORROWED_SHARE * len(original.text.split())
    donor = prose.take(lambda r: len(r.text.split()) >= 3 * borrowed)
    text = NEGATIVES[kind](original, rng, donor.text) if donor else None
    if not text:
        return None
    if kind == "follow_up":   # the same outlet, a day or two later
        outlet, days = original.outlet, rng.randint(1, 2)
    else:                     # another outlet, the same day or the next
        outlet, days = rng.choice(OUTLETS), rng.randint(0, 1)
    published = original.published + timedelta(days=days) if original.published else None
    return Record(f"{original.ref}~{kind}", text, outlet, published)


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
    copies = [r for r in gold_relation if not gold_relation[r].startswith("negative")]
    rel = [(gold_relation[r], predicted_relation[r]) for r in copies if r in predicted_relation]
    negatives = {r: k.split(":")[1] for r, k in gold_relation.items() if k.startswith("negative")}
    return {
        "pairs_gold": len(gold), "pairs_found": len(found),
        "precision": round(len(right) / max(len(found), 1), 4), "recall": round(len(right) / max(len(gold), 1), 4),
        "relation_accuracy": round(sum(g == p for g, p in rel) / max(len(rel), 1), 4),
        "relation_confusions": dict(Counter(f"{g}->{p}" for g, p in rel if g != p)),
        "hard_negatives": dict(Counter(negatives.values())),
        "hard_negatives_joined": dict(Counter(k for r, k in negatives.items() if r in predicted_family)),
        "false_pairs": sorted(found - gold)[:20],
        "missed_pairs": sorted(gold - found)[:20],
    }


def known_copies(path: Path) -> list[tuple[str, str]]:
    """Pairs of the corpus's own articles judged by hand to be copies: `ref<TAB>ref` a line, kept with
    the data, outside the repository (they name the data set's articles)."""
    lines = path.read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in lines.splitlines() if line and not line.startswith("#")]


def load_bylines(folder: Path) -> dict[str, str]:
    """ref -> the byline in the data set's metadata, normalised ('By JANE DOE' and 'Jane Doe' alike)."""
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: byline(row.get("author") or "") for row in csv.DictReader(handle, delimiter="\t")}


def byline(author: str) -> str:
    name = re.sub(r"^by\s+", "", " ".join(author.lower().split()))
    return "" if name in ("", "none", "staff") else name


def published_twice(records: list[Record], bylines: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Pairs of the data set's own articles that are one article published twice (an edition update, a second
    web version): the same outlet within two days, and either the same URL slug (the file name after the date)
    or the same byline with at least half of the shorter one's long sentences found word for word in the other.
    Metadata and verbatim sentences only, so the gold does not lean on the shingle measure under test."""
    bylines = bylines or {}
    pairs = set()
    by_slug: dict[tuple[str, str], list[Record]] = {}
    by_author: dict[tuple[str, str], list[Record]] = {}
    for r in records:
        parts = r.ref.split("_", 2)
        if len(parts) == 3:
            by_slug.setdefault((r.outlet, parts[2]), []).append(r)
        if bylines.get(r.ref):
            by_author.setdefault((r.outlet, bylines[r.ref]), []).append(r)
    near = [(a, b) for group in by_slug.values() for a, b in combinations(group, 2) if _within_two_days(a, b)]
    pairs.update((a.ref, b.ref) for a, b in near)
    pairs.update((a.ref, b.ref) for group in by_author.values() for a, b in combinations(group, 2)
                 if _within_two_days(a, b) and _mostly_verbatim(a.text, b.text))
    return sorted(tuple(sorted(p)) for p in pairs)


def _within_two_days(a: Record, b: Record) -> bool:
    return bool(a.published and b.published and abs((a.published - b.published).days) <= 2)


def _long_sentences(text: str) -> set[str]:
    return {" ".join(re.findall(r"\w+", s.lower())) for p in paragraphs(text)[1:] for s in sentences(p)
            if len(s.split()) >= 8}


def _mostly_verbatim(a: str, b: str) -> bool:
    sa, sb = _long_sentences(a), _long_sentences(b)
    shorter = min(len(sa), len(sb))
    return shorter > 0 and len(sa & sb) >= 0.5 * shorter


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
    parser.add_argument("--cut", type=float, default=0.12,
                        help="most words a rewrite cuts at random (each draws its share from 2%% up to this)")
    parser.add_argument("--negatives", type=float, default=0.5,
                        help="chance that a copied original also gets a written hard negative")
    parser.add_argument("--known-copies", type=Path, help="hand-judged copies among the corpus's own articles")
    args = parser.parse_args(argv)
    records = load_polnear(args.polnear / "train")
    extra = load_polnear(args.polnear / "dev") if (args.polnear / "dev" / "text").is_dir() else []
    corpus, family, relation = build_corpus(records, args.copied, args.seed, extra, args.negatives, args.cut)
    t0 = time.perf_counter()
    families = find_families(corpus)
    seconds = time.perf_counter() - t0
    raw = score(families, family, relation)
    inside = {r.ref for r in corpus}
    twice = [p for p in published_twice(records, load_bylines(args.polnear)) if set(p) <= inside]
    declared = score(families, with_known_copies(family, twice), relation)
    judged = score(families, with_known_copies(family, known_copies(args.known_copies)), relation) \
        if args.known_copies else declared
    figures = ("pairs_gold", "pairs_found", "precision", "recall")
    result = {"records": len(corpus), "copied_originals": args.copied, "seed": args.seed,
              "seconds": round(seconds, 2), **judged,
              "raw": {k: raw[k] for k in figures},
              "published_twice": {"pairs": len(twice), **{k: declared[k] for k in figures}}}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
