"""How far a second annotator agrees with the precision sets' writers, beside the engine.

A second annotator, who saw no code and no output, read some articles of the precision sets and
gave every gold statement a stance (`<set>_<NN>.stance.json`) or a speaker
(`<set>_<NN>.speaker.json`): lists of {"id", "stance"} or {"id", "speaker"}, ids indexing the
gold's statements. Scored as the engine is (speakers by `speaker_matches`; of the `deny` labels
given, how many the writer gave too), the second annotator's figures are the ceiling to read the
engine's by: no system can be expected to agree with one writer more than two careful readers
agree with each other.

    python -m sourcetrace.lab.evaluate.second_annotator eval/second-annotator/held-out eval/precision

(`dev-and-read/` beside it: articles of the dev and read sets; `held-out/`: two of each held-out
set, labelled by an annotator who saw nothing else, read only as these totals.)
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sourcetrace.ingest import InputError
from sourcetrace.settings import DEFAULT_MODEL

from .precision import HEADLINE_STANCES, load_precision_gold, score_precision, speaker_matches

FIELDS = ("stance", "speaker")


def second_labels(directory: Path, field: str) -> dict[tuple[str, str], dict[int, str]]:
    """(set, article) → {statement index: the second annotator's stance or speaker}."""
    labels = {}
    for path in sorted(directory.glob(f"*.{field}.json")):
        precision_set, article = path.name.removesuffix(f".{field}.json").rsplit("_", 1)
        labels[precision_set, article] = {row["id"]: row[field] for row in json.loads(path.read_text())}
    return labels


def stance_agreement(first: list[str], second: list[str]) -> dict:
    """Stances of the same statements by the writer (`first`) and the second annotator."""
    pairs = Counter(zip(first, second))
    by_stance = {}
    for stance in HEADLINE_STANCES:
        given = sum(n for (_, b), n in pairs.items() if b == stance)
        right = pairs[stance, stance]
        by_stance[stance] = {"predicted": given, "right": right,
                             "gold": sum(n for (a, _), n in pairs.items() if a == stance),
                             "precision": round(100 * right / given, 1) if given else None}
    return {"statements": len(first), "right": sum(n for (a, b), n in pairs.items() if a == b),
            "labels": by_stance}


def speaker_agreement(first: list[str], second: list[str]) -> dict:
    right = sum(speaker_matches(gold, named) for gold, named in zip(first, second))
    return {"statements": len(first), "right": right,
            "accuracy": round(100 * right / len(first), 1) if first else None}


def measure(labels_dir: Path, sets_dir: Path, field: str, model: str = DEFAULT_MODEL) -> dict:
    """The second annotator's agreement with the writers on `field`, and the engine's on the
    same articles."""
    labels = second_labels(labels_dir, field)
    first, second, articles = [], [], []
    for precision_set in sorted({s for s, _ in labels}):
        for article in load_precision_gold(sets_dir / precision_set):
            given = labels.get((precision_set, article.name))
            if given is None:
                continue
            articles.append(article)
            for i, statement in enumerate(article.statements):
                if i in given:
                    first.append(getattr(statement, field))
                    second.append(given[i])
    agree = stance_agreement if field == "stance" else speaker_agreement
    engine = score_precision(articles, model, statements_only=True)
    return {"field": field, "articles": len(articles), "second_annotator": agree(first, second),
            "engine": {"labels": engine["labels"], "gold_found": engine["gold_found"],
                       "stance_right": engine["stance_right"], "speaker_right": engine["speaker_right"],
                       "speaker_accuracy": engine["speaker_accuracy"]}}


def _print(result: dict) -> None:
    second, engine = result["second_annotator"], result["engine"]
    field = result["field"]
    print(f"{field}: {result['articles']} articles, {second['statements']} statements; the second annotator "
          f"agrees with the writer on {second['right']}, the engine on {engine[f'{field}_right']} of the "
          f"{engine['gold_found']} it finds")
    if field == "speaker":
        print(f"     speakers right: second annotator {second['accuracy']}%, engine {engine['speaker_accuracy']}%")
        return
    for stance in HEADLINE_STANCES:
        s, e = second["labels"][stance], engine["labels"][stance]
        print(f"{stance:>16}: second annotator {s['right']}/{s['predicted']} ({s['precision']}%) of the "
              f"writer's {s['gold']}; engine {e['right']}/{e['predicted']} ({e['precision']}%)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, help="folder of <set>_<NN>.stance.json and .speaker.json")
    parser.add_argument("sets", type=Path, help="folder of the precision sets")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    fields = [field for field in FIELDS if any(args.labels.glob(f"*.{field}.json"))]
    if not fields:
        print(f"error: {args.labels}: no <set>_<NN>.stance.json or .speaker.json", file=sys.stderr)
        return 2
    try:
        results = [measure(args.labels, args.sets, field) for field in fields]
    except (InputError, ValueError, KeyError, TypeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    for result in results:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
