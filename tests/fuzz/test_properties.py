"""Property tests over generated news, random Unicode and mutated articles: the engine never
raises, every span is the text at its offsets, no id points nowhere, and each case finishes in
time. Bounded for `make test` (derandomized, a fixed number of examples); `python -m
sourcetrace.lab.fuzz` runs the same generators for long."""
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sourcetrace.contract import Article, Meta
from sourcetrace.engine.component import default_engine
from sourcetrace.lab.fuzz import DATES, GENERATORS, problems

BUDGET_S = 5.0  # per case; the cases here are a few KB at most
CI = settings(max_examples=25, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _holds(text: str, date: str | None = None) -> None:
    engine = default_engine()
    start = time.process_time()
    analysis = engine.analyze(Article(text=text, meta=Meta(date=date)))
    assert time.process_time() - start < BUDGET_S
    assert problems(analysis, text) == []


@pytest.mark.parametrize("name", sorted(GENERATORS))
@CI
@given(rng=st.randoms(use_true_random=False), date=st.sampled_from(DATES))
def test_generated_articles(name, rng, date):
    _holds(GENERATORS[name](rng), date)


@CI
@given(text=st.text(alphabet=st.characters(codec=None), max_size=400))  # surrogates included
def test_random_unicode(text):
    _holds(text)


QUOTES = st.sampled_from(list("“”‘’«»\"'„‹›"))
WORDS = st.sampled_from(["I", "we", "said", "told", "the statement said", "according to", "Quill", "the union",
                         "not", "that", "she", "—", ",", ".", ":", "\n", "\n\n", " \n", "\r\n", "  "])


@CI
@given(pieces=st.lists(st.one_of(QUOTES, WORDS), max_size=80))
def test_quote_soup(pieces):
    _holds(" ".join(pieces))
