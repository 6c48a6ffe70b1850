"""What the web app is started with: the store, limits, and how many connections and workers."""
from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace.settings import Settings


@dataclass(frozen=True)
class WebConfig:
    db: str
    max_upload_bytes: int = 20 * 1024 * 1024   # a request body over this is refused with 413, nothing stored
    https: bool = False                          # cookies get Secure and HSTS is sent when served over https
    pool_size: int = 8                           # database connections the pages share
    settings: Settings = field(default_factory=Settings.load)
    ingest_workers: int | None = None            # analysis worker processes of the background ingest
