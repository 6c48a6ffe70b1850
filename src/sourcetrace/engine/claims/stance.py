"""Who supports, denies or ignores each claim, across its cluster, and the flags that follow."""
from __future__ import annotations

from collections import Counter

from sourcetrace.contract import Analysis, Claim, Source

SUPPORTING = ("assert", "warn", "admit", "believe")


def aggregate(claims: list[Claim], groups: list[list[Claim]], analysis: Analysis,
              stance_of: dict[str, str] | None = None) -> None:
    """`stance_of` overrides an attribution's stance towards its cluster (see _link_fragments)."""
    stance_of = stance_of or {}
    attributions = {a.id: a for a in analysis.attributions}
    by_id = {s.id: s for s in analysis.sources}
    members = Counter(s.member_of for s in analysis.sources if s.member_of is not None)
    for group in groups:
        supported, denied, ignored = [], [], []
        for claim in group:
            for aid in claim.attribution_ids:
                a = attributions.get(aid)
                if a is None or a.source_id is None:
                    continue
                stance = stance_of.get(aid, a.stance)
                bucket = supported if stance in SUPPORTING else denied if stance == "deny" \
                    else ignored if stance == "no_response" else None
                if bucket is not None and a.source_id not in bucket:
                    bucket.append(a.source_id)
        sources = [by_id.get(sid) for sid in supported]
        for claim in group:
            claim.supported_by = list(supported)
            claim.denied_by = list(denied)
            claim.no_response = list(ignored)
            claim.single_source = sum(_people(s, members) for s in sources) == 1
            claim.anonymous_only = bool(sources) and all(s is not None and not s.named for s in sources)
            claim.document_based = bool(sources) and all(s is not None and s.kind == "document" for s in sources)


def _people(source: Source | None, members: Counter) -> int:
    """How many sources one stands for: a group of a stated size, or of sources named together,
    is that many ("three former generals", "Ann Roe and Bill Poe"); anything else is one."""
    if source is None or source.kind != "group":
        return 1
    return max(source.count or 0, members[source.id], 1)  # members: sources by the group they belong to
