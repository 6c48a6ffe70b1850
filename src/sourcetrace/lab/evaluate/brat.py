"""Read PolNeAR-style brat standoff: `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass
class GoldDocument:
    name: str
    annotator: str
    text: str
    attributions: list[GoldAttribution]


def _fragments(spec: str) -> Fragments:
    return tuple(tuple(int(x) for x in part.split()) for part in spec.split(";"))  # type: ignore[misc]


def parse_ann(ann: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, spec = fields[1].partition(" ")
            spans[fields[0]] = (label, _fragments(spec))
        elif line.startswith("E") and len(fields) >= 2:
            args = dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg)
            events.append(args)
    out = []
    for args in events:
        role = {}
        for name, ref in args.items():
            key = name.rstrip("0123456789").lower()
            if key in ("source", "cue", "content") and ref in spans:
                role[key] = role.get(key, ()) + spans[ref][1]
        if "content" in role or "cue" in role:
            out.append(GoldAttribution(
                source=tuple(sorted(role.get("source", ()))),
                cue=tuple(sorted(role.get("cue", ()))),
                content=tuple(sorted(role.get("content", ()))),
            ))
    return out


def read_corpus(split_dir: str | Path) -> Iterator[GoldDocument]:
    """One `GoldDocument` per (article, annotator) pair, in name order."""
    split_dir = Path(split_dir)
    for ann_path in sorted((split_dir / "attributions").glob("*.ann")):
        name, _, annotator = ann_path.stem.rpartition("_")
        text_path = split_dir / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        yield GoldDocument(name, annotator, text, parse_ann(ann_path.read_text(encoding="utf-8")))
