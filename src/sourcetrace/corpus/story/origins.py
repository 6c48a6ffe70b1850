"""One claim cluster as the reader sees it: who reported it when and with what stance, how many independent
origins it has and why, the first report, and how its numbers moved. Pure: records in, a summary out.

A record is one article's mention of one member claim: ref, outlet, published, claim (claims.id), mentions (from facts.py), quantities, family ((family id, relation) or None), rebuts (the claim says the
opposite). Copies collapse into their family, an article passing on another outlet's report collapses into that
outlet's origin, and an article with a source of its own is an origin of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import config
from .sources import name_key

RELATION_WHY = {"reprint": "reprint of {o}", "trimmed": "trimmed copy of {o}", "local_added": "{o} with a local "
                "paragraph added", "rewrite": "rewrite of {o}", "original": "the original of its family"}


@dataclass
class Article:
    ref: str
    outlet: str | None
    published: str | None
    family: tuple[str, str] | None
    mentions: list[dict]       # each with stance, by, kind, start, end, text, claim

    @property
    def reports(self) -> bool:
        return any(m["stance"] in config()["reporting"] for m in self.mentions)

    @property
    def cited_media(self) -> list[str]:
        """The outlets it credits, when every reporting mention passes on a media source's report."""
        reporting = [m for m in self.mentions if m["stance"] in config()["reporting"]]
        if reporting and all(m["kind"] == "media" for m in reporting):
            # "the Harbour Wire has learned" in the Harbour Wire's own story is its own report
            return [m["by"] for m in reporting if outlet_key(m["by"]) != outlet_key(self.outlet)]
        return []

    def _reporting_named(self) -> list[dict]:
        return [m for m in self.mentions if m["stance"] in config()["reporting"] and m["by"] and m.get("named")]

    def named_sources(self) -> set[str]:
        return {name_key(m["by"], m["kind"] or "") for m in self._reporting_named()}

    def source_names(self) -> set[str]:
        return {m["by"] for m in self._reporting_named()}

    def own_source(self) -> str:
        named = [m for m in self.mentions if m["stance"] in config()["reporting"] and m["by"]]
        if not named:
            return "states it in its own voice"
        kinds = {"document": "own document", "person": "own source", "organization": "own source",
                 "group": "own sources"}
        first = named[0]
        return f"{kinds.get(first['kind'], 'own source')}: {first['by']}"


def outlet_key(name: str | None) -> str:
    words = re.sub(r"[^\w\s]", " ", (name or "").casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def summarise(cluster: int, records: list[dict]) -> dict | None:
    """The cluster's summary, or None when fewer than two articles mention it."""
    articles = _articles(records)
    if len(articles) < 2:
        return None
    order = sorted(articles.values(), key=_when)
    origins, not_origins = _origins(order)
    reporters = [a for a in order if a.reports]
    first = reporters[0] if reporters else order[0]
    mentions = [m for a in order for m in sorted(a.mentions, key=lambda m: (m["start"], m["stance"]))]
    statement = next((m["text"] for m in mentions if m["ref"] == first.ref and m["stance"] in
                      config()["reporting"]), mentions[0]["text"])
    return {
        "id": cluster,
        "statement": _statement(statement),
        "mentions": [{k: m[k] for k in ("ref", "start", "end", "text", "stance", "by", "outlet", "published",
                                        "claim")} for m in mentions],
        "first_report": first.ref,
        "independent_origins": len(origins),
        "origins": origins,
        "not_origins": not_origins,
        "articles": len(order),
        "outlets": sorted({a.outlet for a in order if a.outlet}),
        "first_published": first.published,
        "last_published": max((a.published for a in order if a.published), default=None),
        "denied": any(m["stance"] in ("denies", "rebuts") for m in mentions),
        "numbers": _numbers(order, records),
    }


def _articles(records: list[dict]) -> dict[str, Article]:
    out: dict[str, Article] = {}
    for r in records:
        article = out.setdefault(r["ref"], Article(r["ref"], r["outlet"], r["published"], r["family"], []))
        for m in r["mentions"]:
            stance = "rebuts" if r["rebuts"] and m["stance"] in ("supports", "reports") else m["stance"]
            article.mentions.append({**m, "stance": stance, "ref": r["ref"], "outlet": r["outlet"],
                                     "published": r["published"], "claim": r["claim"]})
    return out


def _date(published: str | None) -> str:
    return published or "9999"


def _when(a: Article):
    """Earliest first; on one day an original before its copies, and a report before one that credits it."""
    copy = a.family is not None and a.family[1] != "original"
    return (_date(a.published), not a.reports, copy, bool(a.cited_media), a.ref)


def _origins(order: list[Article]) -> tuple[list[dict], list[dict]]:
    reporters = [a for a in order if a.reports]
    not_origins = [{"ref": a.ref, "why": "only " + ", ".join(sorted({m["stance"].replace("_", " ")
                                                                      for m in a.mentions})) + ": not a report"}
                   for a in order if not a.reports]
    families: dict[str, list[Article]] = {}
    for a in reporters:
        if a.family:
            families.setdefault(a.family[0], []).append(a)
    key: dict[str, str] = {}
    why: dict[str, str] = {}
    named_by: dict[str, set[str]] = {}  # origin -> the named sources it rests on
    for a in reporters:  # copies first: a family with two or more reporting members is one origin
        members = families.get(a.family[0], []) if a.family else []
        if len(members) > 1:
            original = next((m.ref for m in members if m.family[1] == "original"), members[0].ref)
            key[a.ref] = "family:" + a.family[0]
            relation = a.family[1] if a.ref != original else "original"
            why[a.ref] = f"{a.ref}: " + RELATION_WHY.get(relation, "copy of {o}").format(o=original)
            named_by.setdefault(key[a.ref], set()).update(a.named_sources())
    by_outlet: dict[str, Article] = {}
    for a in reporters:
        by_outlet.setdefault(outlet_key(a.outlet), a)
    for a in reporters:  # then own sources; an article resting only on a named source an earlier origin has
        if a.ref in key or a.cited_media:  # quoted is that origin again, not an independent one
            continue
        names = a.named_sources()
        earlier = next((k for k, known in named_by.items() if names and names <= known), None)
        if earlier is not None:
            key[a.ref] = earlier
            first = next(r for r in key if key[r] == earlier)
            why[a.ref] = f"{a.ref}: same source as {first} ({', '.join(sorted(a.source_names()))})"
        else:
            key[a.ref] = "ref:" + a.ref
            why[a.ref] = f"{a.ref}: {a.own_source()}"
        named_by.setdefault(key[a.ref], set()).update(names)

    for _ in range(len(reporters)):  # then credits, which may point at an article that credits another
        pending = [a for a in reporters if a.ref not in key]
        if not pending:
            break
        for a in pending:
            cited = next((by_outlet[outlet_key(n)] for n in a.cited_media
                          if outlet_key(n) in by_outlet and outlet_key(n) != outlet_key(a.outlet)), None)
            if cited is None:
                name = a.cited_media[0]
                key[a.ref] = "outlet:" + outlet_key(name)
                why[a.ref] = f"{a.ref}: credits {name}, which is not in the corpus: counted as {name}'s report"
            elif cited.ref in key:
                key[a.ref] = key[cited.ref]
                why[a.ref] = f"{a.ref}: credits {a.cited_media[0]} ({cited.ref})"
    for a in reporters:  # a loop of credits with no report behind it: each stays its own origin
        if a.ref not in key:
            key[a.ref], why[a.ref] = "ref:" + a.ref, f"{a.ref}: credits an outlet that credits it back"
    groups: dict[str, list[str]] = {}
    for a in reporters:
        groups.setdefault(key[a.ref], []).append(a.ref)
    origins = [{"refs": refs, "why": "; ".join(why[r] for r in refs), "reasons": {r: why[r] for r in refs}}
               for refs in groups.values()]
    return origins, not_origins


def _numbers(order: list[Article], records: list[dict]) -> list[dict]:
    """Each article's figures for the claim, in publication order, kept where they differ from the last ones."""
    by_ref: dict[str, list[str]] = {}
    for r in records:
        if not r["rebuts"]:
            for q in r["quantities"]:
                if q["text"] not in by_ref.setdefault(r["ref"], []):
                    by_ref[r["ref"]].append(q["text"])
    out, last = [], None
    for a in order:
        figures = by_ref.get(a.ref)
        if figures and [f.casefold() for f in figures] != last:
            out.append({"ref": a.ref, "outlet": a.outlet, "published": a.published, "figures": figures})
            last = [f.casefold() for f in figures]
    return out


def _statement(text: str) -> str:
    text = " ".join(text.split())
    if text.lower().startswith("that "):
        text = text[5:]
    return text[:1].upper() + text[1:]
