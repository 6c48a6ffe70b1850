"""The story layer's tunables, read once from data/story.json."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=1)
def config() -> dict:
    return json.loads((DATA / "story.json").read_text(encoding="utf-8"))
