"""Source resolution: group mentions into real-world sources."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..model import Attribution, Source, Span


def resolve_sources(doc: Doc, found: list[Found]) -> tuple[list[Source], list[Attribution]]:
    text = doc.text
    span = lambda o: Span(start=o[0], end=o[1], text=text[o[0]:o[1]])  # noqa: E731
    sources: dict[str, Source] = {}
    attributions = []
    for i, f in enumerate(found, 1):
        sid = None
        if f.source:
            key = text[f.source[0]:f.source[1]].lower()
            if key not in sources:
                sources[key] = Source(id=f"s{len(sources) + 1}", name=text[f.source[0]:f.source[1]],
                                      kind="person", named=True)
            sources[key].mentions.append(span(f.source))
            sid = sources[key].id
        attributions.append(Attribution(
            id=f"a{i}", source_id=sid, type=f.type, stance=f.stance,
            source=span(f.source) if f.source else None, cue=span(f.cue) if f.cue else None,
            content=span(f.content_span), content_parts=[span(p) for p in f.content],
            recipient=f.recipient, channel=f.channel, confidence=f.confidence))
    return list(sources.values()), attributions
