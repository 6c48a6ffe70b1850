"""Sources across the corpus: one profile per person or body, however each article named them.

Inside an article the engine has already joined a source's mentions (full name, surname, title); across
articles two sources are one when their names match once titles, case, accents and punctuation are set aside,
when one article names only a surname that exactly one full name in the corpus ends with, or when two full
names differ by a slip of spelling (`name_alike`, the same initials). Two people who share a surname keep
their own profiles; an unnamed source ("a senior official") is never merged with another article's.
"""
from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

from .config import config

PEOPLE = ("person",)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    text = resources.files("sourcetrace.engine").joinpath("lexicons", "titles.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().rstrip(".") for w in text.splitlines() if w.strip() and not w.startswith("#"))


def name_key(name: str, kind: str) -> str:
    """Case, accents, punctuation and (for people) leading titles set aside: 'Dep. Minister Ilse Várga' →
    'ilse varga'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    words = re.sub(r"[^\w\s'-]", " ", text).replace("'s ", " ").split()
    if kind in PEOPLE:
        while len(words) > 1 and words[0].rstrip(".") in _titles():
            words = words[1:]
    elif words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _alike(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or any(x[0] != y[0] for x, y in zip(wa, wb)):
        return False
    return SequenceMatcher(None, a, b).ratio() >= config()["name_alike"]


def identities(entries: list[dict]) -> dict[int, str]:
    """entry index -> identity key. Each entry: name, kind, named, ref, id."""
    keys: dict[int, str] = {}
    full: dict[str, set[str]] = {}  # surname -> full-name keys of people
    for i, e in enumerate(entries):
        if not e["named"]:
            keys[i] = f"{e['ref']}#{e['id']}"
            continue
        key = name_key(e["name"], e["kind"])
        keys[i] = "named:" + key  # one name is one source whatever kind an article took it for
        if e["kind"] in PEOPLE and len(key.split()) > 1:
            full.setdefault(key.split()[-1], set()).add(key)
    canonical: dict[str, str] = {}
    blocks: dict[tuple, list[str]] = {}
    for names in full.values():
        for key in names:
            words = key.split()
            blocks.setdefault((len(words), words[0][:1], words[-1][:2]), []).append(key)
    for block in blocks.values():
        block.sort()
        for k, a in enumerate(block):
            for b in block[k + 1:]:
                if _alike(a, b):
                    canonical.setdefault(b, canonical.get(a, a))
    for i, e in enumerate(entries):
        if not keys[i].startswith("named:"):
            continue
        key = keys[i][6:]
        if len(key.split()) == 1 and key in full:
            owners = {canonical.get(k, k) for k in full[key]}
            if len(owners) == 1:  # a surname alone is a person only when one full name in the corpus has it
                key = owners.pop()
        keys[i] = "named:" + canonical.get(key, key)
    return keys


def profiles(store) -> list[dict]:
    """Every source profile, most quoted first."""
    entries = _entries(store)
    keys = identities(entries)
    groups: dict[str, list[dict]] = {}
    for i, e in enumerate(entries):
        groups.setdefault(keys[i], []).append(e)
    out = [_profile(members) for members in groups.values()]
    out.sort(key=lambda p: (-len(p["articles"]), not p["named"], p["name"].casefold()))
    return out


def find_profiles(store, name: str, every: list[dict] | None = None) -> list[dict]:
    """The profiles whose name or an alias is `name` (several when a surname is shared). `every` is
    `profiles(store)` when the caller already holds it: working it out reads every analysed article."""
    wanted = {name_key(name, "person"), name_key(name, "organization")}
    return [p for p in (profiles(store) if every is None else every)
            if any(name_key(a, p["kind"]) in wanted for a in [p["name"], *p["aliases"]])]


def _profile(members: list[dict]) -> dict:
    names: dict[str, int] = {}
    for m in members:
        names[m["name"]] = names.get(m["name"], 0) + 1
    name = max(names, key=lambda n: (names[n], len(n)))
    kinds: dict[str, int] = {}
    for m in members:
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    dates = sorted(m["published"] for m in members if m["published"])
    claims: dict[str, list[dict]] = {"supports": [], "denies": []}
    for m in members:
        for stance, items in m["claims"].items():
            claims.setdefault(stance, []).extend(items)
    return {
        "name": name,
        "aliases": sorted({a for m in members for a in m["aliases"]} - {name}),
        "kind": max(kinds, key=lambda k: (kinds[k], k)),
        "named": any(m["named"] for m in members),
        "articles": sorted({m["ref"] for m in members}),
        "outlets": sorted({m["outlet"] for m in members if m["outlet"]}),
        "claims": {k: sorted(v, key=lambda c: (c["ref"], c["text"])) for k, v in claims.items()},
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
    }


def _entries(store) -> list[dict]:
    cluster_of = {(aid, key): cluster for aid, key, cluster in store.rows(
        "SELECT c.analysis_id, c.claim_id, k.cluster FROM claim_clusters k JOIN claims c ON c.id = k.claim_id "
        "JOIN story_clusters s ON s.cluster = k.cluster")}
    out = []
    for ref, outlet, published, aid, facts in store.rows(
            "SELECT a.ref, a.outlet, a.published, a.analysis_id, f.facts FROM articles a "
            "JOIN story_facts f ON f.analysis_id = a.analysis_id WHERE a.state = 'analysed' ORDER BY a.ref"):
        facts = json.loads(facts)
        said: dict[str, dict[str, list[dict]]] = {}
        for key, claim in facts["claims"].items():
            for m in claim["mentions"]:
                if m["source"] and m["stance"] in ("supports", "reports", "denies"):
                    bucket = "denies" if m["stance"] == "denies" else "supports"
                    items = said.setdefault(m["source"], {}).setdefault(bucket, [])
                    item = {"claim": cluster_of.get((aid, key)), "ref": ref, "text": claim["text"]}
                    if item not in items:
                        items.append(item)
        for s in facts["sources"]:
            out.append({"ref": ref, "outlet": outlet, "published": published, "id": s["id"], "name": s["name"],
                        "kind": s["kind"], "named": s["named"], "aliases": s["aliases"],
                        "claims": said.get(s["id"], {})})
    return out
