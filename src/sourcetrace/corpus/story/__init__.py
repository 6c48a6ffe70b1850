"""Claims across outlets: same-claim links between stored articles, the clusters they make, each cluster's
independent origins, first report and timeline, syndicated families, and source profiles across the corpus.

What the apps call (each takes an open `corpus.store.Store`):
    update_story(store, refs)            after an ingest: families near the new articles, then the link pass
    link_pending(store, relink=False)    the link pass alone (`corpus link`)
    list_clusters(store, min_origins, denied, limit, offset) / get_cluster(store, id) / leading_clusters(store, n)
    suggested_links(store, limit, offset) / confirm_link(store, id, user) / reject_link(store, id, user)
    family_rows(store) / profiles(store) / find_profiles(store, name)
and `sourcetrace.render.story.render_story(cluster, href)` draws one cluster's page.
"""
from __future__ import annotations

from .errors import StoryError
from .families import family_rows, refresh_families
from .link import LinkSummary, link_pending
from .read import get_cluster, leading_clusters, list_clusters
from .review import confirm_link, get_link, reject_link, suggested_links
from .sources import find_profiles, profiles

__all__ = ["StoryError", "LinkSummary", "update_story", "link_pending", "refresh_families", "family_rows",
           "list_clusters", "leading_clusters", "get_cluster", "suggested_links", "get_link", "confirm_link", "reject_link",
           "profiles", "find_profiles"]


def update_story(store, refs: list[str] | None = None) -> LinkSummary:
    """Refresh the families around `refs` (by default the articles not yet placed), then place the pending
    articles and re-summarise every cluster whose members' families changed."""
    from . import clusters
    from .link import pending
    from .sql import rows_in
    if refs is None:
        refs = [ref for ref, _aid, _published in pending(store)]
    changed = refresh_families(store, refs) if refs else set()
    summary = link_pending(store)
    if changed:
        claims = [c for (c,) in rows_in(store, "SELECT c.id FROM claims c JOIN articles a ON a.analysis_id = "
                                        "c.analysis_id WHERE a.ref IN ({in})", changed)]
        with store.transaction():
            clusters.refresh(store, set(clusters.clusters_of(store, claims).values()))
    return summary
