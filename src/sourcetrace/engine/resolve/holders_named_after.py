"""A source read as a post that the text then names, set off by commas right before the verb:
"The director of the Brazilian Space Agency, Carlos dos Santos, said …", where the parser took a
surname's particle ("dos") for a verb and the source was cut at the comma. The name between the
commas is the post's holder; news sets only the holder's name there."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import word_set
from ..parse import span_at
from .names import person_entities


def holders_named_after(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is a post with a person's name set off by commas between it and
    the cue, the offsets of the post and the name, and the post's head."""
    out: dict[int, tuple[int, int, int]] = {}
    people = person_entities(doc)
    starts = [p.start for p in people]
    posts = word_set("titles") | word_set("person_nouns")
    for i, f in enumerate(found):
        if f.source is None or f.cue is None or f.cue[0] < f.source[1]:
            continue
        source, cue = span_at(doc, *f.source), span_at(doc, *f.cue)
        if source is None or cue is None:
            continue
        comma = source.end
        if comma >= len(doc) or doc[comma].text != "," or doc[cue.start - 1].text != ",":
            continue
        k = bisect_left(starts, comma + 1)
        name = people[k] if k < len(people) else None
        if name is None or name.start != comma + 1 or name.end != cue.start - 1 or len(name.text.split()) < 2:
            continue
        head = doc[f.source_head] if f.source_head is not None and source.start <= f.source_head < source.end \
            else source.root
        # the source is a post ("The director of …"), holding no name of its own
        if head.lemma_.lower() not in posts and head.lower_ not in posts \
                or any(source.start <= p.start < source.end for p in people[max(0, k - 3):k]):
            continue
        out[i] = (source.start_char, name.end_char, head.i)
    return out
