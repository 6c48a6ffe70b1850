"""The engine as a spaCy component, for people with their own pipeline.

`nlp.add_pipe("sourcetrace")` puts the line-break sentence splitter before the parser (as
the engine's own pipeline has it) and sets `doc._.sourcetrace` to the same `Analysis` that
`sourcetrace.analyze(doc.text)` returns; nothing else of ours is left on the doc.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sourcetrace.contract import Analysis, Meta
from sourcetrace.settings import DEFAULT_MODEL, Settings

from .engine import Engine
from .parse import add_abbreviations, add_paragraph_breaks

if not Doc.has_extension("sourcetrace"):
    Doc.set_extension("sourcetrace", default=None)


class SourcetraceComponent:
    def __init__(self, nlp: Language, model: str = DEFAULT_MODEL):
        self.engine = Engine(profile=model, settings=Settings.load(), nlp=nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.sourcetrace = self.engine.analyze_doc(doc)
        return doc


@Language.factory("sourcetrace", default_config={"model": DEFAULT_MODEL})
def make_component(nlp: Language, name: str, model: str) -> SourcetraceComponent:
    add_abbreviations(nlp)
    add_paragraph_breaks(nlp)
    return SourcetraceComponent(nlp, model)


_default: dict[str, Engine] = {}


def default_engine(model: str = DEFAULT_MODEL) -> Engine:
    """The engine behind the `analyze` shortcut, one per profile per process."""
    if model not in _default:
        _default[model] = Engine(profile=model)
    return _default[model]


def analyze(text: str, *, model: str = DEFAULT_MODEL, meta: Meta | None = None) -> Analysis:
    """Analyse one article's text and return its `Analysis`."""
    from sourcetrace.contract import Article
    return default_engine(model).analyze(Article(text=text, meta=meta or Meta()))
