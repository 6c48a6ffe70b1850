"""Claims: what is asserted, by whom, supported, denied or unanswered."""
from __future__ import annotations

from .build import build_claims
from .linking import clusters

__all__ = ["build_claims", "clusters"]
