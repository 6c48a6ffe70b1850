"""`sourcetrace match`: rank claims for queries with the corpus's same-claim matcher; prints a TREC run."""
from __future__ import annotations

from pathlib import Path

import typer

from sourcetrace.apps.common import err


def read_pairs(path: Path, what: str) -> list[tuple[str, str]]:
    """`id<TAB>text` rows; a malformed row or an unreadable file is a one-line error, not a traceback."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: cannot read {what} ({error.__class__.__name__}: {error})") from None
    rows, seen = [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        ident, tab, text = line.partition("\t")
        ident = ident.strip()
        if not tab or not ident or not text.strip():
            raise ValueError(f"{path}:{number}: expected `id<TAB>text` in the {what} file")
        if ident in seen:
            raise ValueError(f"{path}:{number}: {what} id {ident!r} appears twice")
        seen.add(ident)
        rows.append((ident, text))
    if not rows:
        raise ValueError(f"{path}: no {what} found")
    return rows


def match_command(
    claims: Path = typer.Option(..., "--claims", help="TSV of claim_id<TAB>text: what to match against."),
    queries: Path = typer.Option(..., "--queries", help="TSV of query_id<TAB>text: what to look up."),
    top: int = typer.Option(5, "--top", min=1, max=1000, help="Claims to list per query."),
) -> None:
    """Rank the claims that say what each query says; prints a TREC run (qid Q0 claim_id rank score run)."""
    try:
        claim_rows = read_pairs(claims, "claims")
        query_rows = read_pairs(queries, "queries")
    except ValueError as error:
        err.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(2)
    from sourcetrace.corpus.match.matcher import load_matcher
    matcher = load_matcher(claim_rows)
    for qid, text in query_rows:
        for rank, match in enumerate(matcher.search(text, top), start=1):
            print(f"{qid} Q0 {match.claim_id} {rank} {match.score:.8f} sourcetrace")
