"""Wire credits ('(AP)', '— Reuters', 'Harbour Wire') found where credits sit: the dateline and the sign-off."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern]], int, int]:
    config = json.loads((DATA / "credits.json").read_text(encoding="utf-8"))
    compiled = [(wire, re.compile("|".join(pats))) for wire, pats in config["patterns"].items()]
    return compiled, config["head_chars"], config["tail_chars"]


def wire_credit(text: str) -> str | None:
    """The first wire credited in the article's opening or closing lines, if any."""
    patterns, head, tail = _patterns()
    ends = text[:head] + "\n" + text[-tail:]
    found = [(m.start(), wire) for wire, pattern in patterns for m in [pattern.search(ends)] if m]
    return min(found)[1] if found else None
