"""The claims stage's word lists and weights, kept as data in lexicons/claims/."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    path = resources.files("sourcetrace").joinpath("lexicons", "claims", f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))
