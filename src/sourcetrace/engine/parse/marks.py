"""The quotation marks, by the part they play: every stage that asks "is this a quote mark?"
reads these sets (the quote scanner adds which mark closes which, `extract/quotemarks.py`)."""
from __future__ import annotations

OPENING = frozenset("“«‘„‹")
CLOSING = frozenset("”»’‟›")
AMBIGUOUS = frozenset("\"'`")  # the same mark opens and closes
QUOTE_MARKS = OPENING | CLOSING | AMBIGUOUS
QUOTES = frozenset("\"“”'‘’")  # the marks English copy quotes with, straight or curly
# which mark each opening mark is closed by: German „…“ closes with “, a stray ” opens a ”…” quote
PAIRS = {"“": "”", "«": "»", "„": "“", "‹": "›", "‘": "’", '"': '"', "”": "”", "'": "'"}
ENDING = frozenset(PAIRS.values())  # the marks that may close a quotation
