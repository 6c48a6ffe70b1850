"""The stages in the order the data flows, as one spaCy component.

parse (spaCy) → extract (attributions) → resolve (sources) → claims → audit.
`analyze(text)` is the whole thing; people with their own pipeline can add
the component instead: `nlp.add_pipe("sourcetrace")`, then `doc._.sourcetrace`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .audit import build_audit
from .claims import build_claims
from .extract import run_extractors
from sourcetrace.contract import Analysis, Meta
from .parse import drop_scratch, load_nlp, text_of
from .resolve import resolve_sources
from sourcetrace.settings import DEFAULT_MODEL, PROFILES

if not Doc.has_extension("sourcetrace"):
    Doc.set_extension("sourcetrace", default=None)
if not Doc.has_extension("sourcetrace_meta"):
    Doc.set_extension("sourcetrace_meta", default=None)


class SourcetraceComponent:
    def __init__(self, model: str = DEFAULT_MODEL):
        if model not in PROFILES:
            raise ValueError(f"unknown model profile {model!r}; choose from {', '.join(PROFILES)}")
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        doc._.sourcetrace = build_analysis(doc, self.model, doc._.sourcetrace_meta)
        return doc


@Language.factory("sourcetrace", default_config={"model": DEFAULT_MODEL})
def make_component(nlp: Language, name: str, model: str) -> SourcetraceComponent:
    return SourcetraceComponent(model)


def build_analysis(doc: Doc, model: str = DEFAULT_MODEL, meta: Meta | None = None) -> Analysis:
    try:
        found = run_extractors(doc, PROFILES[model])
        sources, attributions = resolve_sources(doc, found)
        analysis = Analysis(text=text_of(doc), meta=meta or Meta(), sources=sources, attributions=attributions)
        analysis.claims = build_claims(doc, analysis)
        analysis.audit = build_audit(analysis)
        return analysis
    finally:
        drop_scratch(doc)


def analyze(text: str, *, model: str = DEFAULT_MODEL, meta: Meta | None = None) -> Analysis:
    """Analyse one article's text and return its `Analysis`."""
    if model not in PROFILES:
        raise ValueError(f"unknown model profile {model!r}; choose from {', '.join(PROFILES)}")
    return build_analysis(load_nlp()(text), model, meta)


def analyze_many(texts, *, model: str = DEFAULT_MODEL, batch_size: int = 8):
    """Yield one `Analysis` per text, parsing in batches."""
    for doc in load_nlp().pipe(texts, batch_size=batch_size):
        yield build_analysis(doc, model)
