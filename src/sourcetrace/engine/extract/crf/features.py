"""Per-token CRF features from a spaCy parse.

One list of crfsuite attribute names per token of the Doc. Everything is computed in one or two
linear passes so that tagging stays a small fraction of parsing time.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...parse.columns import columns
from ...parse.marks import AMBIGUOUS, CLOSING, OPENING

# "’" is also the apostrophe: only a token that is just the mark counts as a quote.
VERBAL = {"VERB", "AUX"}


def cue_bucket(lemma: str, cue_rates: dict[str, float]) -> str:
    """How often this lemma was a cue in training, in coarse steps (rare lemmas: none)."""
    rate = cue_rates.get(lemma)
    if rate is None:
        return "none"
    return "hi" if rate >= 0.5 else "mid" if rate >= 0.2 else "lo"


def quote_flags(texts: list[str]) -> list[int]:
    """For each token's text: 1 between quote marks, 2 for a mark that opens or closes, else 0;
    a paragraph break closes an open quote.

    News style leaves a multi-paragraph quote open at the paragraph end and reopens
    it on the next, so resetting at breaks costs nothing and stops runaway quotes.
    """
    flags = [0] * len(texts)
    inside = False
    for i, text in enumerate(texts):
        if "\n" in text:
            inside = False
        elif text in OPENING and not inside:
            inside = True
            flags[i] = 2
            continue
        elif (text in CLOSING or text in AMBIGUOUS) and inside:
            inside = False
            flags[i] = 2
            continue
        elif text in AMBIGUOUS and not inside:
            inside = True
            flags[i] = 2
            continue
        flags[i] = 1 if inside else 0
    return flags


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


BUCKETS = [_bucket(n) for n in range(64)]
def _verb_paths(heads: list[int], pos: list[str], deps: list[str]) -> tuple[list[int], list[str]]:
    """For each token, the nearest verb above it (-1 if none) and the dependency path there (≤3 steps)."""
    verbs, paths = [], []
    for i in range(len(heads)):
        node, path, verb = i, [], -1
        for _ in range(8):
            if node != i and pos[node] in VERBAL:
                verb = node
                break
            if heads[node] == node:
                break
            path.append(deps[node])
            node = heads[node]
        verbs.append(verb)
        paths.append("/".join(path[:3]))
    return verbs, paths


def _cue_subtrees(doc: Doc, cues: list[str], pos: list[str]) -> list[str]:
    """Mark the subtrees hanging off cue-like verbs: "<dep>" inside, "<dep>:B"/"<dep>:E" at the edges.

    A source is usually the whole nsubj subtree of its cue and a content the whole
    ccomp subtree, so the subtree edges are where exact span boundaries fall.
    """
    marks = [""] * len(doc)
    for i, cue in enumerate(cues):
        if cue not in ("hi", "mid") or pos[i] not in VERBAL:
            continue
        for child in doc[i].children:
            if child.is_punct:
                continue
            dep = child.dep_
            start, end = child.left_edge.i, child.right_edge.i
            for j in range(start, end + 1):
                if not marks[j]:
                    marks[j] = dep
            marks[start] = dep + ":B" if start != end else dep + ":BE"
            if start != end:
                marks[end] = dep + ":E"
    return marks


NEIGHBOUR_OFFSETS = ("-2", "-1", "1", "2")


def doc_features(doc: Doc, cue_rates: dict[str, float], order: list[int] | None = None) -> list[list[str]]:
    """Features for the tokens `order` lists (all of them by default), in that order, with their
    ±2 neighbours in it copied in: the tagger leaves out the whitespace a wrap left inside a line
    (`columns.unwrapped_order`), so that a wrapped sentence reads as it did unwrapped.

    Each token's features are crfsuite attribute names, "name:value" or a bare name
    for a flag: the spelling crfsuite gives a {name: value} dict, built here in one go
    because converting dicts was a third of the tagging time.
    """
    n = len(doc)
    order = list(range(n)) if order is None else order
    col = columns(doc)
    lows, lemmas, shapes, pos, tags, deps, heads, ents = (
        col.lower, col.lemma, col.shape, col.pos, col.tag, col.dep, col.head, col.ent_type)
    quotes = [str(q) for q in quote_flags(lows)]  # marks and line breaks read the same lower-cased
    verbs, paths = _verb_paths(heads, pos, deps)
    cues = [cue_bucket(lemma, cue_rates) for lemma in lemmas]
    kids = [k or "-" for k in _cue_subtrees(doc, cues, pos)]
    # each token's place in its sentence, counted in `order`: (from the start, to the end)
    sentence = [0] * n
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sentence[i] = k
    m = len(order)
    from_start, to_end = [0] * m, [0] * m
    for p in range(1, m):
        if sentence[order[p]] == sentence[order[p - 1]]:
            from_start[p] = from_start[p - 1] + 1
    for p in range(m - 2, -1, -1):
        if sentence[order[p]] == sentence[order[p + 1]]:
            to_end[p] = to_end[p + 1] + 1
    # What a token shows its ±2 neighbours.
    shown = [(f"low:{lows[i]}", f"pos:{pos[i]}", f"cue:{cues[i]}", f"quote:{quotes[i]}",
              f"dep:{deps[i]}", f"kid:{kids[i]}") for i in order]
    out = []
    for p, i in enumerate(order):
        h, v = heads[i], verbs[i]
        low = lows[i]
        feats = ["bias", *shown[p], f"lemma:{lemmas[i]}", f"shape:{shapes[i]}", f"suf3:{low[-3:]}",
                 f"tag:{tags[i]}", f"hlemma:{lemmas[h]}", f"hpos:{pos[h]}", f"dep_hpos:{deps[i]}_{pos[h]}",
                 f"hcue:{cues[h]}", f"dep_hcue:{deps[i]}_{cues[h]}", f"kid_quote:{kids[i]}{quotes[i]}",
                 f"from_start:{BUCKETS[min(from_start[p], 63)]}",
                 f"to_end:{BUCKETS[min(to_end[p], 63)]}",
                 f"ent:{ents[i] or '-'}", f"vpath:{paths[i]}",
                 f"vcue:{cues[v] if v >= 0 else 'nov'}", f"vlemma:{lemmas[v] if v >= 0 else '-'}",
                 "space:1" if not low.strip() else "space:0"]
        if from_start[p] == 0:
            feats.append("sent_start")
        if p == 0 or "\n" in lows[order[p - 1]]:
            feats.append("para_start")
        for off, q in zip(NEIGHBOUR_OFFSETS, (p - 2, p - 1, p + 1, p + 2)):
            if 0 <= q < m:
                feats += [f"{off}:{s}" for s in shown[q]]
            else:
                feats.append(f"{off}:edge")
        if p > 0:
            feats.append(f"-1:low|low:{lows[order[p - 1]]}|{low}")
        out.append(feats)
    return out
