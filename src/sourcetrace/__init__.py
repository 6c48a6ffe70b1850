"""sourcetrace: who says what in news text."""
from sourcetrace.contract import Analysis, Attribution, Audit, Claim, Meta, Source, Span
from sourcetrace.engine.component import analyze, analyze_many

__all__ = ["analyze", "analyze_many", "Analysis", "Attribution", "Audit", "Claim", "Meta", "Source", "Span"]
__version__ = "0.1.0"
