"""Resolved-speaker accuracy: is each statement pinned on the right person or organisation?

PolNeAR marks the source *span* ("he"), not whom it stands for, so `speaker.py`
cannot see resolution. This scores it on a gold list of its own: a directory of
`NN.txt` articles, each with `NN.json` =
`{"items": [{"quote": …, "speaker": …, "named": …, "how": …}]}`, where `quote` is
words from inside one reported statement (found once in the text), `speaker` whom a
reader would name as its source and `how` the way the article refers to them there
("pronoun", "surname", "continues", …).

A statement is *found* when an attribution's content holds the quote (the outermost such
attribution is taken: in "Okoro said officers believed the box was lifted", the statement is
Okoro's, as both gold sets and PolNeAR mark it); its speaker is *right*
when the resolved source's name and the gold speaker's name, as word sets without
articles, titles and punctuation, are equal or one holds the other ("Ruiz" for "Ana
Ruiz"); a named gold speaker also needs a named source ("the company" is not yet
"Hartley Water Company").
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sourcetrace.ingest import InputError
from sourcetrace.engine.lexicon import word_set
from sourcetrace.contract import Analysis
from sourcetrace.engine.engine import Engine

_WORD = re.compile(r"[\w'’-]+")
_SKIP = {"the", "a", "an", "mr", "mrs", "ms", "dr", "'s", "’s"}


@dataclass
class SpeakerItem:
    quote: str
    speaker: str
    named: bool
    how: str


@dataclass
class SpeakerArticle:
    name: str
    text: str
    items: list[SpeakerItem]


def load_speaker_gold(directory: str | Path) -> list[SpeakerArticle]:
    """The gold articles, or a one-line `InputError` naming what is wrong."""
    directory = Path(directory)
    texts = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    articles = []
    for path in texts:
        gold = path.with_suffix(".json")
        if not gold.exists():
            continue
        try:
            items = [SpeakerItem(**item) for item in json.loads(gold.read_text(encoding="utf-8"))["items"]]
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{gold}: not a speaker gold file ({error})") from None
        articles.append(SpeakerArticle(path.stem, path.read_text(encoding="utf-8"), items))
    if not articles:
        raise InputError(f"{directory}: no NN.txt with an NN.json speaker gold beside it")
    return articles


def _words(name: str) -> frozenset[str]:
    titles = word_set("titles")
    return frozenset(w for w in _WORD.findall(name.lower()) if w not in _SKIP and w.rstrip(".") not in titles)


def same_speaker(gold: SpeakerItem, name: str | None, named: bool) -> bool:
    if not name or gold.named and not named:
        return False
    want, got = _words(gold.speaker), _words(name)
    return bool(want and got) and (want <= got or got <= want)


def _resolved(analysis: Analysis, start: int, end: int) -> tuple[bool, str | None, bool]:
    """(found, source name, named) for the outermost attribution whose content holds [start, end)."""
    holding = [a for a in analysis.attributions
               if any(p.start <= start and end <= p.end for p in a.content_parts)]
    if not holding:
        return False, None, False
    outer = max(holding, key=lambda a: a.content.end - a.content.start)
    source = analysis.source(outer.source_id) if outer.source_id else None
    return True, source.name if source else None, bool(source and source.named)


def score_speakers(articles: list[SpeakerArticle], model: str) -> dict:
    """Found and right counts over all items and by `how`, with every miss listed."""
    total, found, right = Counter(), Counter(), Counter()
    misses = []
    for article, analysis in zip(articles, Engine(profile=model).pipe([a.text for a in articles])):
        for item in article.items:
            start = article.text.find(item.quote)
            if start < 0:
                raise InputError(f"{article.name}.json: quote not in the text: {item.quote!r}")
            hit, name, named = _resolved(analysis, start, start + len(item.quote))
            ok = hit and same_speaker(item, name, named)
            for key in ("all", item.how):
                total[key] += 1
                found[key] += hit
                right[key] += ok
            if not ok:
                misses.append({"article": article.name, "quote": item.quote, "gold": item.speaker,
                               "how": item.how, "got": name if hit else None, "found": hit})

    def ratio(key: str) -> dict:
        return {"items": total[key], "found": found[key], "right": right[key],
                "right_of_found": round(100 * right[key] / found[key], 1) if found[key] else None,
                "right_of_all": round(100 * right[key] / total[key], 1) if total[key] else None}
    return {"model": model, "articles": len(articles), "all": ratio("all"),
            "by_how": {key: ratio(key) for key in sorted(total) if key != "all"}, "misses": misses}
