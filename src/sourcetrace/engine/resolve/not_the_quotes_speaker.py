"""A "he" or "she" inside someone's quote is never the one whose quote it is.

"Her daughter, Josée Roy-Cormier, said her mother never thought of herself as a pioneer. “She'd
say, ‘I just talked to people,’” Roy-Cormier said": the speaker says "I" of herself, so "she" is
the person in view before her, the mother (Roy), however recent the daughter is. Only for words
quoted in marks of their own inside the quote ("She'd say, ‘…’"), the plainest sign that they are
another's; only where the grouping gave the pronoun the quote's own speaker; and only for someone
the pronoun fits who was in view before it, within a few paragraphs. Otherwise the grouping's
answer stands.
"""
from __future__ import annotations

from bisect import bisect_left

from ..extract.base import Found, SpanIndex
from .coref import Entity, move_mention, pronoun_may_be

REACH = 1500  # characters back that the one "she" stands for is looked for
MENTIONS_BACK = 60  # and mentions back at most, so that a long text costs no more per pronoun


def pass_over_quote_speakers(found: list[Found], mentions: dict, ordered: list,
                             entity_of: dict[int, Entity]) -> None:
    """Give a "he"/"she" who speaks a quote inside another's direct quote, grouped with that quote's
    speaker, to the person the pronoun fits last in view before it (in place)."""
    parts = SpanIndex.of(((j, part), part) for j, g in enumerate(found) if g.type == "direct" for part in g.content)
    starts = [x.start for x in ordered]
    for i, m in mentions.items():
        if m.pronoun != "person" or m.name.lower() not in ("he", "she") or found[i].type != "direct":
            continue  # words quoted inside the quote, in marks of their own: plainly another's
        speaker = next((entity_of.get(id(mentions[j])) for j, part in parts.near((m.start, m.end))
                        if j != i and j in mentions and part[0] <= m.start < part[1]), None)
        e = entity_of[id(m)]
        if speaker is None or speaker is not e:
            continue
        other = _in_view_before(m, ordered, bisect_left(starts, m.start), entity_of, speaker)
        if other is not None:
            move_mention(m, other, entity_of)


def _in_view_before(m, ordered: list, k: int, entity_of: dict[int, Entity], speaker: Entity) -> Entity | None:
    """The entity other than the speaker of the latest mention before `ordered[k]` that the pronoun fits."""
    for x in reversed(ordered[max(k - MENTIONS_BACK, 0):k]):
        if m.start - x.end > REACH:
            return None
        other = entity_of[id(x)]
        if other is not speaker and not x.spoken_of and x.pronoun is None and other.kind == "person" \
                and pronoun_may_be(m, other):
            return other
    return None
