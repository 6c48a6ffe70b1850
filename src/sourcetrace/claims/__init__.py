"""Claims: what is asserted, by whom, supported, denied or unanswered."""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Analysis, Claim


def build_claims(doc: Doc, analysis: Analysis) -> list[Claim]:
    return []
