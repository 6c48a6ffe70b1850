"""Train the CRF on PolNeAR train, score it on dev, write model + scores to models/.

`run_train(polnear_dir)` is what `sourcetrace train` (and `make train`) runs.
Training is deterministic: crfsuite's L-BFGS has no randomness and the
examples are read in name order.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

import pycrfsuite
from spacy.tokens import Doc

from sourcetrace.engine.extract.base import Found
from sourcetrace.engine.extract.crf.features import doc_features
from sourcetrace.engine.extract.crf.tags import ROLE_TAGS
from sourcetrace.ingest import InputError

from .evaluate.brat import GoldAttribution
from .evaluate.cofenet import sentence_offsets
from .evaluate.corpus import GoldArticle, load_gold, score_article, summarise, total_tally
from .evaluate.spans import normalise

MODELS_DIR = Path(__file__).resolve().parents[1] / "engine" / "models"
# Profile → (model name, crfsuite parameters). Chosen on dev (see the .dev.json files):
# of L1 weights c1 = 0.3, 1, 2 and 3, 2 gave `accurate` 0.6 more source and cue F1 but cost
# `fast` and exact attributions more; 250 iterations instead of 100 did not help.
PROFILES = {
    "fast": ("crf_fast", {"c1": 1.0, "c2": 0.01, "max_iterations": 100, "feature.minfreq": 5,
                          "feature.possible_transitions": True}),
}
# No heavier model beat the fast one in the time tried: "accurate" trains the same.
PROFILES["accurate"] = PROFILES["fast"]
# The first dev articles, scored at training time so a test can check the shipped model.
SAMPLE_SIZE = 10
# A lemma must occur this often in train to get a cue rate: rarer ones would be memorised.
MIN_LEMMA_COUNT = 3


def _token_range(doc: Doc, start: int, end: int) -> range:
    """Tokens overlapping the characters [start, end), as a range of indices."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def gold_tags(doc: Doc, attributions: list[GoldAttribution]) -> list[str]:
    """One BIO tag per token; fragments are normalised first so edges are consistent."""
    tags = ["O"] * len(doc)
    for attribution in attributions:
        for role, tag in ROLE_TAGS.items():
            for start, end in normalise(doc.text, getattr(attribution, role)):
                tokens = _token_range(doc, start, end)
                for k, i in enumerate(tokens):
                    tags[i] = ("B-" if k == 0 else "I-") + tag
    return tags


def load_split(split_dir: Path, docs: list[Doc] | None = None) -> tuple[list[GoldArticle], list[Doc]]:
    """Articles of a split and their parses (parsed here unless given, in article order)."""
    articles = sorted(load_gold(split_dir), key=lambda a: a.name)
    if docs is None:
        from sourcetrace.engine.parse import load_nlp
        docs = list(load_nlp().pipe((a.text for a in articles), batch_size=16))
    return articles, docs


def compute_cue_rates(articles: list[GoldArticle], docs: list[Doc]) -> dict[str, float]:
    """Lemma → share of its train occurrences inside a gold cue (first annotator)."""
    seen, cue = Counter(), Counter()
    for article, doc in zip(articles, docs):
        tags = gold_tags(doc, article.annotations[0])
        for token, tag in zip(doc, tags):
            lemma = token.lemma_.lower()
            seen[lemma] += 1
            if tag.endswith("CUE"):
                cue[lemma] += 1
    return {lemma: round(cue[lemma] / n, 3) for lemma, n in sorted(seen.items())
            if n >= MIN_LEMMA_COUNT and cue[lemma] / n >= 0.05}


def train_crf(articles: list[GoldArticle], docs: list[Doc], rates: dict[str, float],
              path: Path, params: dict) -> None:
    """One sequence per (article, annotator): disagreements stay as they are."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for article, doc in zip(articles, docs):
        features = pycrfsuite.ItemSequence(doc_features(doc, rates))
        for attributions in article.annotations:
            trainer.append(features, gold_tags(doc, attributions))
    trainer.set_params(params)
    trainer.train(str(path))


def as_gold(found: Found) -> GoldAttribution:
    return GoldAttribution(
        source=(found.source,) if found.source else (),
        cue=(found.cue,) if found.cue else (),
        content=tuple(sorted(found.content)),
    )


def score(articles: list[GoldArticle], docs: list[Doc], extract: Callable[[Doc], list[Found]],
          model: str) -> dict:
    tallies = (score_article(a, [as_gold(f) for f in extract(d)], sentence_offsets(d)) for a, d in zip(articles, docs))
    return summarise(total_tally(tallies), len(articles), model)


def _brief(summary: dict) -> str:
    return " ".join(f"{kind}/{role}={summary[kind][role]['f1']}"
                    for kind in ("exact", "overlap") for role in ("source", "cue", "content"))


def run_train(polnear_dir: str | Path, profile: str = "fast", out: str | Path | None = None,
              parsed: dict[str, list[Doc]] | None = None, log: Callable[[str], None] = print) -> dict:
    """Train, write `<name>.crfsuite`, `crf_cues.json` and `<name>.dev.json`; return the dev scores."""
    from sourcetrace.engine.extract.crf import extract_with  # late: the package imports this module's siblings

    polnear_dir = Path(polnear_dir)
    if profile not in PROFILES:
        raise InputError(f"profile {profile!r} has no learned model; choose from {', '.join(PROFILES)}")
    name, params = PROFILES[profile]
    out_dir = Path(out) if out else MODELS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    parsed = parsed or {}
    started = time.time()
    train_articles, train_docs = load_split(polnear_dir / "train", parsed.get("train"))
    dev_articles, dev_docs = load_split(polnear_dir / "dev", parsed.get("dev"))
    log(f"parsed {len(train_docs)} train and {len(dev_docs)} dev articles in {time.time() - started:.0f}s")
    rates = compute_cue_rates(train_articles, train_docs)
    (out_dir / "crf_cues.json").write_text(json.dumps(rates, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    model_file = out_dir / f"{name}.crfsuite"
    started = time.time()
    train_crf(train_articles, train_docs, rates, model_file, params)
    train_seconds = time.time() - started
    extract = extract_with(model_file, rates)
    dev = score(dev_articles, dev_docs, extract, name)
    sample = score(dev_articles[:SAMPLE_SIZE], dev_docs[:SAMPLE_SIZE], extract, name)
    record = {"model": name, "params": params, "train_seconds": round(train_seconds, 1),
              "model_bytes": model_file.stat().st_size, "dev": dev,
              "sample": {"articles": [a.name for a in dev_articles[:SAMPLE_SIZE]], "scores": sample}}
    (out_dir / f"{name}.dev.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    log(f"trained {name} in {train_seconds:.0f}s ({record['model_bytes'] / 1e6:.1f} MB); dev: {_brief(dev)}")
    return record


def cached_parses(cache: Iterable[tuple[str, Path]]) -> dict[str, list[Doc]]:
    """Docs saved with spaCy's DocBin, for iterating on features without re-parsing."""
    from spacy.tokens import DocBin

    from sourcetrace.engine.parse import load_nlp
    vocab = load_nlp().vocab
    return {split: list(DocBin().from_disk(path).get_docs(vocab)) for split, path in cache}
