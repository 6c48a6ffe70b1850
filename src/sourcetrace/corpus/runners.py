"""Ways to analyse the articles an ingest needs: in local worker processes, or on a Ray cluster.

A runner takes an iterator of `Article`s and the profile, settings and worker count, and
returns an iterator of `(ref, Article, Analysis | ArticleError)`, one per article, in any
order. The store writes stay with the caller.
"""
from __future__ import annotations

from itertools import chain
from typing import Callable, Iterable, Iterator

from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.settings import Settings

from .errors import CorpusError

Outcome = tuple[str, Article, Analysis | ArticleError]
Runner = Callable[..., Iterator[Outcome]]
# The Ray runner lives in its own module (issue: Ray scale-out); it must offer this function
# with the signature of `local_runner`.
RAY_RUNNER = "sourcetrace.scale.ray_ingest:run_articles"


def local_runner(articles: Iterable[Article], *, profile: str, settings: Settings,
                 workers: int | None) -> Iterator[Outcome]:
    from sourcetrace.engine.batch import run_batch
    pending: dict[str, Article] = {}
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return  # nothing new: no worker processes to start

    def feed() -> Iterator[Article]:
        for article in chain([first], articles):
            pending[article.ref] = article
            yield article

    for ref, result in run_batch(feed(), profile=profile, settings=settings, workers=workers):
        yield ref, pending.pop(ref), result


def ray_runner(articles: Iterable[Article], *, profile: str, settings: Settings,
               workers: int | None) -> Iterator[Outcome]:
    import importlib
    module, _, function = RAY_RUNNER.partition(":")
    try:
        run = getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError) as error:
        raise CorpusError(f"--engine ray is not available in this install ({error}); use --engine local") from None
    return run(articles, profile=profile, settings=settings, workers=workers)


RUNNERS: dict[str, Runner] = {"local": local_runner, "ray": ray_runner}
