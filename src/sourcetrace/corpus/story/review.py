"""People's verdicts on links: the review queue of suggested links, and confirm / reject, each kept with who
and when. A confirmed `same` link joins two clusters; rejecting a counted one splits its cluster again."""
from __future__ import annotations

from datetime import datetime, timezone

from . import clusters
from .errors import StoryError
from .sql import rows_in

LINK_COLUMNS = ("id", "claim_a", "claim_b", "relation", "score", "checks", "status", "reviewed_by", "reviewed_at")


def suggested_links(store, limit: int = 50, offset: int = 0) -> list[dict]:
    """Suggested links, best score first, each with both claims' text and articles: the review queue."""
    rows = store.rows(f"SELECT {', '.join('l.' + c for c in LINK_COLUMNS)} FROM claim_links l "
                      "WHERE l.status = 'suggested' ORDER BY l.score DESC, l.id LIMIT ? OFFSET ?", (limit, offset))
    return _with_claims(store, [dict(zip(LINK_COLUMNS, row)) for row in rows])


def get_link(store, link_id: int) -> dict:
    row = store.execute(f"SELECT {', '.join(LINK_COLUMNS)} FROM claim_links WHERE id = ?", (link_id,)).fetchone()
    if row is None:
        raise StoryError(f"no link {link_id}")
    return _with_claims(store, [dict(zip(LINK_COLUMNS, row))])[0]


def confirm_link(store, link_id: int, user: str) -> dict:
    """Count the link from now on (a person said the two claims are the same, or opposite)."""
    return _review(store, link_id, user, "confirmed")


def reject_link(store, link_id: int, user: str) -> dict:
    """Never count the link (a person said the two claims differ); a later link pass keeps the verdict."""
    return _review(store, link_id, user, "rejected")


def _review(store, link_id: int, user: str, status: str) -> dict:
    user = (user or "").strip()
    if not user:
        raise StoryError("a review needs the reviewer's name")
    link = get_link(store, link_id)
    when = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    with store.transaction():
        store.execute("UPDATE claim_links SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?",
                      (status, user, when, link_id))
        ends = {link["claim_a"], link["claim_b"]}
        before = set(clusters.clusters_of(store, ends).values())
        if link["relation"] == "same" and status == "confirmed":
            now, gone = clusters.join(store, [(link["claim_a"], link["claim_b"])])
        elif link["relation"] == "same" and link["status"] in ("made", "confirmed"):
            now, gone = clusters.split(store, before)
        else:
            now, gone = before, set()
        clusters.refresh(store, now | set(clusters.clusters_of(store, ends).values()), gone)
    return get_link(store, link_id)


def _with_claims(store, links: list[dict]) -> list[dict]:
    """Each link with both claims' text and first article, read in one query for all the links (one per
    claim cost the review queue a join of claims and articles per row)."""
    ends = {link[f"claim_{end}"] for link in links for end in ("a", "b")}
    found = {row[0]: row[1:] for row in rows_in(
        store, "SELECT c.id, c.text, min(a.ref), min(a.outlet), min(a.published) FROM claims c "
               "JOIN articles a ON a.analysis_id = c.analysis_id WHERE c.id IN ({in}) GROUP BY c.id, c.text", ends)}
    for link in links:
        for end in ("a", "b"):
            link[f"text_{end}"], link[f"ref_{end}"], link[f"outlet_{end}"], link[f"published_{end}"] = \
                found.get(link[f"claim_{end}"], (None, None, None, None))
        if link["reviewed_at"] is not None:
            link["reviewed_at"] = str(link["reviewed_at"])
    return links
