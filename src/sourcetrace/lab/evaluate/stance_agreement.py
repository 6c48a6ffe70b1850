"""How far a second annotator agrees with the precision sets' writers on stances, beside the engine.

A second annotator, who saw no code and no output, gave a stance to every gold statement of some
articles (`<set>_<NN>.stance.json`: a list of {"id", "stance"}, ids indexing the gold's
statements). Scored as a model's labels are (of the `deny` labels given, how many the writer gave
too), the second annotator's figure is the ceiling to read the engine's by: no labeller can be
expected to agree with one writer more than two careful readers agree with each other.

    python -m sourcetrace.lab.evaluate.stance_agreement eval/stance-agreement eval/precision
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sourcetrace.settings import DEFAULT_MODEL

from .precision import HEADLINE_STANCES, load_precision_gold, score_precision


def second_labels(directory: Path) -> dict[tuple[str, str], dict[int, str]]:
    """(set, article) → {statement index: the second annotator's stance}."""
    labels = {}
    for path in sorted(directory.glob("*.stance.json")):
        precision_set, article = path.name.removesuffix(".stance.json").rsplit("_", 1)
        labels[precision_set, article] = {row["id"]: row["stance"] for row in json.loads(path.read_text())}
    return labels


def agreement(first: list[str], second: list[str]) -> dict:
    """Stances of the same statements by the writer (`first`) and the second annotator."""
    pairs = Counter(zip(first, second))
    same = sum(n for (a, b), n in pairs.items() if a == b)
    by_stance = {}
    for stance in HEADLINE_STANCES:
        given = sum(n for (_, b), n in pairs.items() if b == stance)
        right = pairs[stance, stance]
        by_stance[stance] = {"predicted": given, "right": right,
                             "gold": sum(n for (a, _), n in pairs.items() if a == stance),
                             "precision": round(100 * right / given, 1) if given else None}
    return {"statements": len(first), "same_stance": same, "labels": by_stance}


def measure(labels_dir: Path, sets_dir: Path, model: str = DEFAULT_MODEL) -> dict:
    labels = second_labels(labels_dir)
    first, second, articles = [], [], []
    for precision_set in sorted({s for s, _ in labels}):
        for article in load_precision_gold(sets_dir / precision_set):
            given = labels.get((precision_set, article.name))
            if given is None:
                continue
            articles.append(article)
            for i, statement in enumerate(article.statements):
                if i in given:
                    first.append(statement.stance)
                    second.append(given[i])
    engine = score_precision(articles, model, statements_only=True)
    return {"articles": len(articles), "second_annotator": agreement(first, second),
            "engine": {"labels": engine["labels"], "stance_right": engine["stance_right"],
                       "gold_found": engine["gold_found"]}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, help="folder of <set>_<NN>.stance.json")
    parser.add_argument("sets", type=Path, help="folder of the precision sets")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.labels, args.sets)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    second, engine = result["second_annotator"], result["engine"]
    print(f"{result['articles']} articles, {second['statements']} statements; the second annotator gives "
          f"the writer's stance to {second['same_stance']}, the engine to {engine['stance_right']} "
          f"of the {engine['gold_found']} it finds")
    for stance in HEADLINE_STANCES:
        s, e = second["labels"][stance], engine["labels"][stance]
        print(f"{stance:>12}: second annotator {s['right']}/{s['predicted']} ({s['precision']}%) of the "
              f"writer's {s['gold']}; engine {e['right']}/{e['predicted']} ({e['precision']}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
