"""The link pass: every stored article not yet placed has its claims matched against the claims of articles
published within the date window (`window_days`) around it: the shared matcher finds candidates, the news-pair
model (pairs.py) judges them; links at its `high` are made, those between `low` and `high` suggested; then the clusters they touch are joined and re-summarised.

Cost: one matcher per publication day that has new articles, over that day's window only, so the time per new
article depends on how many articles share its window, not on how many the store holds. Undated articles are
matched among the undated.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Callable

from sourcetrace.contract import Analysis

from . import clusters
from .config import config
from .facts import analysis_facts
from sourcetrace.corpus.match.checks import check

from .matching import Decision, candidates, same_words, window_matcher, word_key
from .sql import rows_in


@dataclass
class LinkSummary:
    articles: int = 0       # articles placed in this pass
    analyses: int = 0       # of which analyses matched (copies share their original's)
    claims: int = 0         # claims matched
    made: int = 0
    suggested: int = 0
    contradicts: int = 0
    clusters: int = 0       # clusters listed after the pass that it touched
    seconds: float = 0.0
    per_day: list = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.articles} articles placed ({self.analyses} analyses, {self.claims} claims matched): "
                f"{self.made} links made, {self.suggested} suggested, {self.contradicts} contradictions; "
                f"{self.clusters} clusters refreshed in {self.seconds:.1f} s")

    def as_dict(self) -> dict:
        out = asdict(self)
        out.pop("per_day")
        return out


def day_of(published: str | None) -> date | None:
    """The publication day of an ISO date (a year or month alone is its first day); None when there is none."""
    if not published:
        return None
    text = published.strip()[:10]
    for size, pad in ((10, ""), (7, "-01"), (4, "-01-01")):
        try:
            return date.fromisoformat(text[:size] + pad)
        except ValueError:
            continue
    return None


def pending(store) -> list[tuple[str, int, str | None]]:
    """(ref, analysis id, published) of analysed articles the pass has not placed with their current analysis."""
    return store.rows("SELECT a.ref, a.analysis_id, a.published FROM articles a LEFT JOIN story_articles s "
                      "ON s.ref = a.ref AND s.analysis_id = a.analysis_id "
                      "WHERE a.state = 'analysed' AND a.analysis_id IS NOT NULL AND s.ref IS NULL ORDER BY a.ref")


def link_pending(store, on_article: Callable[[str], None] = lambda ref: None, relink: bool = False) -> LinkSummary:
    """Place every pending article; `relink` forgets the made and suggested links (people's verdicts stay) and
    places every article again."""
    started = time.perf_counter()
    summary = LinkSummary()
    if relink:
        with store.transaction():
            _forget(store)
    todo = pending(store)
    fresh = {aid for (aid,) in store.rows("SELECT analysis_id FROM articles WHERE state = 'analysed' "
                                          "AND analysis_id IS NOT NULL EXCEPT SELECT analysis_id FROM story_facts")}
    first: dict[int, date | None] = {}  # a new analysis is matched once, on the first day one of its articles ran
    for _ref, aid, published in todo:
        day = day_of(published)
        if aid not in first or (day is not None and (first[aid] is None or day < first[aid])):
            first[aid] = day
    days: dict[date | None | str, dict[int, list[str]]] = {}
    for ref, aid, _published in todo:
        days.setdefault(first[aid] if aid in fresh else "copy", {}).setdefault(aid, []).append(ref)
    touched: set[int] = set()
    if relink:
        with store.transaction():
            confirmed = store.rows("SELECT claim_a, claim_b FROM claim_links WHERE relation = 'same' "
                                   "AND status = 'confirmed'")
            clusters.join(store, confirmed)
            touched |= {c for pair in confirmed for c in pair}
    for day in sorted((d for d in days if isinstance(d, date))) + [d for d in days if not isinstance(d, date)]:
        t0 = time.perf_counter()
        with store.transaction():
            placed = days[day]
            if day != "copy":
                touched |= _match_day(store, day, placed, summary)
            touched |= _seed_copies(store, placed)
            for aid, refs in placed.items():
                store.db.con.executemany(store.db.sql("INSERT INTO story_articles (ref, analysis_id) VALUES (?, ?) "
                                                      "ON CONFLICT (ref) DO UPDATE SET analysis_id = excluded.analysis_id"),
                                         [(ref, aid) for ref in refs])
                summary.articles += len(refs)
                for ref in refs:
                    on_article(ref)
        summary.per_day.append((str(day), sum(len(r) for r in placed.values()), time.perf_counter() - t0))
    with store.transaction():
        summary.clusters = clusters.refresh(store, *_live(store, touched))
    summary.seconds = time.perf_counter() - started
    return summary


def _match_day(store, day, placed: dict[int, list[str]], summary: LinkSummary) -> set[int]:
    """Store the facts of the day's new analyses and match their claims; returns the claims whose cluster moved."""
    for aid in placed:
        analysis = Analysis.from_json(store.scalar("SELECT analysis FROM analyses WHERE id = ?", (aid,)))
        store.execute("INSERT INTO story_facts (analysis_id, facts) VALUES (?, ?) ON CONFLICT (analysis_id) "
                      "DO UPDATE SET facts = excluded.facts", (aid, json.dumps(analysis_facts(analysis))))
    window = _window(store, day)
    shortest = config()["shortest_claim_words"]
    window = [(cid, text, aid) for cid, text, aid in window if len(text.split()) >= shortest]
    if not window:
        return set()
    text_of = {str(cid): text for cid, text, _ in window}
    matcher = window_matcher(list(text_of.items()))
    analysis_of = {cid: aid for cid, _, aid in window}
    own: dict[int, int] = {}
    for cid, _, aid in window:
        own[aid] = own.get(aid, 0) + 1
    by_words: dict[tuple[str, ...], list[int]] = {}
    for cid, text, _aid in window:
        by_words.setdefault(word_key(text), []).append(cid)
    counted: list[tuple[int, int]] = []
    rows = []
    for cid, text, aid in window:
        if aid not in placed:
            continue
        summary.claims += 1
        found: dict[int, Decision] = {}
        for other in by_words[word_key(text)]:
            if analysis_of[other] != aid:
                decision = same_words(text, text_of[str(other)], matcher)
                if decision is not None:
                    found[other] = decision
        suggested = 0
        judged = candidates(matcher, text, config()["candidates"] + own[aid], text_of,
                            skip=lambda claim_id: analysis_of[int(claim_id)] == aid or int(claim_id) in found)
        for claim_id, decision in judged:
            other = int(claim_id)
            if decision.status == "suggested" and suggested >= config()["suggest_per_claim"]:
                continue  # the queue keeps each claim's best few suggestions (candidates come best first)
            suggested += decision.status == "suggested"
            found[other] = decision
        for other, decision in found.items():
            rows.append((min(cid, other), max(cid, other), decision.relation, round(decision.score, 4),
                         ",".join(decision.checks) or None, decision.status))
    rows += _siblings(store, placed, matcher)
    seen = {(a, b) for a, b in rows_in(store, "SELECT claim_a, claim_b FROM claim_links WHERE claim_a IN ({in})",
                                       {r[0] for r in rows})}
    for row in rows:
        if (row[0], row[1]) in seen:
            continue  # scored from the other side already, or a person's verdict stands
        seen.add((row[0], row[1]))
        store.execute("INSERT INTO claim_links (claim_a, claim_b, relation, score, checks, status) "
                      "VALUES (?, ?, ?, ?, ?, ?)", row)
        if row[2] == "contradicts":
            summary.contradicts += 1
        elif row[5] == "made":
            summary.made += 1
        else:
            summary.suggested += 1
        if row[5] == "made" and row[2] == "same":
            counted.append((row[0], row[1]))
    summary.analyses += len(placed)
    clusters.join(store, counted)
    touched = {c for row in rows for c in row[:2]}
    return touched | {cid for cid, _, aid in window if aid in placed}


def _siblings(store, placed: dict[int, list[str]], matcher) -> list[tuple]:
    """Claims the engine found saying the same thing inside one article (`same_as`) are linked too, through
    the same hard checks: a pair failing only on negation contradicts, one failing another check is left out."""
    ids = {(aid, key): cid for cid, aid, key in rows_in(
        store, "SELECT id, analysis_id, claim_id FROM claims WHERE analysis_id IN ({in})", placed)}
    rows = []
    for aid in placed:
        facts = json.loads(store.scalar("SELECT facts FROM story_facts WHERE analysis_id = ?", (aid,)))
        for key, claim in facts["claims"].items():
            for other in claim.get("same_as", []):
                a, b = ids.get((aid, key)), ids.get((aid, other))
                if a is None or b is None or a >= b:
                    continue
                flags = check(claim["text"], facts["claims"][other]["text"], matcher.similar)
                if not flags or flags == ("negation",):
                    rows.append((a, b, "contradicts" if flags else "same", 1.0, ",".join(flags) or None, "made"))
    return rows


def _window(store, day: date | None) -> list[tuple[int, str, int]]:
    if day is None:
        return store.rows("SELECT c.id, c.text, c.analysis_id FROM claims c WHERE c.analysis_id IN ("
                          "SELECT analysis_id FROM articles WHERE state = 'analysed' AND published IS NULL) "
                          "ORDER BY c.id")
    span = timedelta(days=config()["window_days"])
    return store.rows("SELECT c.id, c.text, c.analysis_id FROM claims c WHERE c.analysis_id IN ("
                      "SELECT analysis_id FROM articles WHERE state = 'analysed' AND published >= ? "
                      "AND published < ?) ORDER BY c.id",
                      ((day - span).isoformat(), (day + span + timedelta(days=1)).isoformat()))


def _seed_copies(store, placed: dict[int, list[str]]) -> set[int]:
    """An analysis two articles share (an exact copy) makes each of its claims a cluster, linked or not."""
    shared = [aid for (aid,) in rows_in(store, "SELECT analysis_id FROM articles WHERE analysis_id IN ({in}) "
                                        "GROUP BY analysis_id HAVING count(*) > 1", placed)]
    claims = [cid for (cid,) in rows_in(store, "SELECT id FROM claims WHERE analysis_id IN ({in})", shared)]
    clusters.join(store, [], seeds=claims)
    return set(claims)


def _live(store, claims: set[int]) -> tuple[set[int], set[int]]:
    """The clusters now holding `claims`, and the listed clusters that no longer exist."""
    now = set(clusters.clusters_of(store, claims).values())
    gone = {c for (c,) in store.rows("SELECT cluster FROM story_clusters EXCEPT SELECT DISTINCT cluster "
                                     "FROM claim_clusters")}
    return now, gone


def _forget(store) -> None:
    store.execute("DELETE FROM claim_links WHERE status IN ('made', 'suggested')")
    for table in ("claim_clusters", "story_clusters", "story_articles", "story_facts"):
        store.execute(f"DELETE FROM {table}")
