"""sourcetrace: who says what in news text."""
from sourcetrace.contract import Analysis, Article, Attribution, Audit, Claim, Meta, Source, Span
from sourcetrace.engine.component import analyze
from sourcetrace.engine.engine import Engine
from sourcetrace.settings import Settings

__all__ = ["analyze", "Engine", "Settings", "Analysis", "Article", "Attribution", "Audit", "Claim", "Meta",
           "Source", "Span"]
__version__ = "0.2.0"
