"""Ways to analyse the articles an ingest needs: in local worker processes, or on a Ray cluster.

A runner takes an iterator of `Article`s and the profile, settings and worker count, and
returns an iterator of `(ref, Article, Analysis | ArticleError)`, one per article, in any
order. The store writes stay with the caller.
"""
from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.settings import Settings

from .errors import CorpusError

Outcome = tuple[str, Article, Analysis | ArticleError]
Runner = Callable[..., Iterator[Outcome]]
DEFAULT_RAY_WORK_DIR = "sourcetrace-ray-shards"


def local_runner(articles: Iterable[Article], *, profile: str, settings: Settings,
                 workers: int | None) -> Iterator[Outcome]:
    from sourcetrace.engine.batch import run_batch
    return _paired(articles, lambda feed: run_batch(feed, profile=profile, settings=settings, workers=workers))


def ray_runner(articles: Iterable[Article], *, profile: str, settings: Settings,
               workers: int | None) -> Iterator[Outcome]:
    """Ray Data over actors that each hold one engine; results are kept as Parquet shards in
    `settings.ray_work_dir`, so a killed run resumes at the shard (docs/scale.md)."""
    try:
        import ray  # noqa: F401  (checked here so that a missing Ray is one line, not a traceback mid-run)

        from .ray_runner import run_ray
    except ImportError as error:
        raise CorpusError(f"--engine ray is not available in this install ({error}); use --engine local") from None
    work_dir = Path(settings.ray_work_dir or DEFAULT_RAY_WORK_DIR)
    return _paired(articles, lambda feed: run_ray(feed, profile=profile, settings=settings, workers=workers,
                                                  work_dir=work_dir, address=settings.ray_address))


def _paired(articles: Iterable[Article], run: Callable[[Iterator[Article]], Iterator[tuple[str, Analysis |
                                                                                         ArticleError]]]
            ) -> Iterator[Outcome]:
    """Each result with the article it came from; no worker starts when there is nothing to do."""
    pending: dict[str, Article] = {}
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return

    def feed() -> Iterator[Article]:
        for article in chain([first], articles):
            pending[article.ref] = article
            yield article

    for ref, result in run(feed()):
        yield ref, pending.pop(ref), result


RUNNERS: dict[str, Runner] = {"local": local_runner, "ray": ray_runner}
