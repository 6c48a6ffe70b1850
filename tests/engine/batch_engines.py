"""Engines with a fault built in, for the batch tests: a worker imports this by name."""
import os

from sourcetrace.engine.engine import Engine


class _Faulty(Engine):
    def analyze(self, article):
        if "RAISE" in article.text:
            raise KeyError("injected fault")
        if "EXIT" in article.text:
            os._exit(3)
        return super().analyze(article)


def faulty(profile, settings):
    return _Faulty(profile=profile, settings=settings)
