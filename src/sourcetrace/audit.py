"""The sourcing audit: counts over one analysis."""
from __future__ import annotations

from .model import Analysis, Audit


def build_audit(analysis: Analysis) -> Audit:
    return Audit()
