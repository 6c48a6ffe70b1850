"""Group tagged spans into attributions: each source and content goes to one cue.

Syntax first (a source is usually the subject of its cue verb, a content its
clausal complement; a parenthetical "he said" hangs off the quote's verb),
then the nearest cue in the same sentence, then the nearest in the paragraph.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ... import lexicon
from ...parse import scratch, text_of
from ...parse.breaks import ends_paragraph
from ...parse.columns import columns
from ..base import Found
from ..syntax import cue_verb_stance, is_passive_participle, speaker_offsets, subject
from ..verbal import recipient_and_channel
from ...parse.marks import QUOTE_MARKS
# How far (in sentences) a content may sit from its cue: multi-sentence quotes
# put the cue in the first or last sentence. On dev, 1 beat 0, 2 and 3: farther
# pieces were mostly another attribution's, whose cue the model missed.
MAX_SENTENCE_GAP = 1


def _syntax_linked(span: Span, cue: Span) -> bool:
    """One span's root sits right under the other's tokens, or vice versa."""
    # Read by index (`Span.root` walks the span each time). As before, a root that is its own head
    # counts: the old test `root.head is not root` compared two new Token objects, never the same.
    heads = columns(span.doc).head
    if cue.start <= heads[_root_of(span)] < cue.end:
        return True
    return span.start <= heads[_root_of(cue)] < span.end


def _root_of(span: Span) -> int:
    """`span.root.i`, worked out once per span of the doc: each is weighed against every cue near it."""
    roots = scratch(span.doc).setdefault("link_roots", {})
    key = (span.start, span.end)
    if key not in roots:
        roots[key] = span.root.i
    return roots[key]


def _paragraph_id(doc: Doc) -> list[int]:
    """Each token's paragraph: a line break in or after the token before starts a new one."""
    text, idx = text_of(doc), columns(doc).idx
    ids, current = [], 0
    for i in range(len(idx)):
        if i and ends_paragraph(text, idx[i - 1], idx[i]):  # a wrapped line goes on
            current += 1
        ids.append(current)
    return ids


def _gap(a: Span, b: Span) -> int:
    """Tokens between two spans (0 when they touch or overlap)."""
    return max(0, b.start - a.end, a.start - b.end)


def _best_cue(span: Span, cues: list[Span], sent_index: dict[int, int], para: list[int],
              max_gap: int, by_sentence: dict[int, list[int]]) -> int | None:
    """The cue a content or source span goes with. Only cues within `max_gap` sentences can
    be it: they are looked up by sentence (`by_sentence`), not scanned, so linking is linear."""
    best, best_key = None, None
    sent = sent_index[span.start]
    first, last = sent_index[span.start], sent_index[span.end - 1]
    near = sorted(k for s in range(first - max_gap, last + max_gap + 1) for k in by_sentence.get(s, ()))
    for k in near:
        cue = cues[k]
        if para[cue.start] != para[span.start]:
            continue
        sent_gap = min(abs(sent_index[cue.start] - sent_index[t]) for t in (span.start, span.end - 1))
        if sent_gap > max_gap:
            continue
        key = (0 if _syntax_linked(span, cue) else 1, sent_gap if sent_gap else 0, _gap(span, cue))
        if sent_index[cue.start] == sent:
            key = (key[0], 0, key[2])
        if best_key is None or key < best_key:
            best, best_key = k, key
    return best


def attribution_type(doc: Doc, cue: Span, contents: list[Span]) -> str:
    if cue.text.lower().startswith("according to"):
        return "according_to"
    first, last = contents[0], contents[-1]
    text = text_of(doc)[first.start_char:last.end_char].strip().rstrip(".,;:!?")
    if text and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS:
        return "direct"
    if cue.root.pos_ in ("NOUN", "PROPN"):
        return "nominal"
    if any(t.text in QUOTE_MARKS for c in contents for t in c):
        return "mixed"
    return "indirect"


def reported_subject(cue: Span) -> Token | None:
    """The subject of a one-verb cue that is part of what is reported, not its source:
    "X seemed to …", "X is expected to …", "X reportedly paid …" (PolNeAR marks X as content)."""
    if len(cue) == 1 and cue[0].lower_ in lexicon.word_set("hearsay_adverbs"):
        return next((c for c in cue[0].head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    verbs = [t for t in cue if t.pos_ == "VERB"]
    if len(verbs) != 1 or any(t.pos_ not in ("VERB", "AUX", "PART", "ADV", "PUNCT") for t in cue):
        return None
    verb = verbs[0]
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "X was frustrated that …", "it appears that …": the clause is the content
    impression = verb.lemma_.lower() in lexicon.word_set("impression_verbs")
    return next((c for c in verb.children
                 if c.dep_ == "nsubjpass" or (impression and c.dep_ == "nsubj")), None)


def _subject_into_content(reported: Token, cue: Span, parts: list[Span], source: Span | None
                          ) -> tuple[list[Span], Span | None]:
    """The content with the reported subject in it, taken from the source if it was tagged
    there, and with the auxiliaries between it and the cue ("X is reportedly …")."""
    if any(p.start <= reported.i < p.end for p in parts):
        return parts, source
    taken = source is not None and source.start <= reported.i < source.end
    start, end = (source.start, source.end) if taken else (reported.left_edge.i, reported.right_edge.i + 1)
    doc = reported.doc
    while end < cue.start and doc[end].pos_ in ("AUX", "PART"):
        end += 1
    return sorted([*parts, doc[start:end]], key=lambda s: s.start), None if taken else source


def _quoted_as_saying(verb: Token) -> bool:
    """"X was quoted by Y as saying …": the words are X's, told by the cue "saying", which the
    verb rules read with Y as its channel."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        cue_verb_stance(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children if g.dep_ == "pcomp")


def stance_of(cue: Span) -> str:
    root = cue.root
    found = lexicon.cue_stance(root.lemma_, noun=root.pos_ in ("NOUN", "PROPN"))
    return found or "assert"


def _only_passed_on(source: Span | None, cue: Span) -> bool:
    """"Tran said in a statement read by the prosecutor": who read or carried the words, named
    by a "by" inside the cue, is not who said them when the saying verb has a subject of its own."""
    if source is None or source.root.head.lower_ != "by" or not cue.start <= source.root.head.i < cue.end:
        return False
    said = subject(cue.root) if cue.root.pos_ in ("VERB", "AUX") else None
    return said is not None and said.i < cue.root.i and not source.start <= said.i < source.end


def link(doc: Doc, spans: list[tuple[str, int, int]], confidence: dict[tuple[int, int], float]) -> list[Found]:
    """Found attributions from (role, start token, end token) spans."""
    sents = list(doc.sents)
    sent_index = {}
    for k, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            sent_index[i] = k
    para = _paragraph_id(doc)
    cues = [doc[s:e] for role, s, e in spans if role == "CUE"]
    by_sentence: dict[int, list[int]] = {}
    for k, cue in enumerate(cues):
        by_sentence.setdefault(sent_index[cue.start], []).append(k)
    contents: dict[int, list[Span]] = {}
    sources: dict[int, list[Span]] = {}
    for role, s, e in spans:
        if role == "CUE":
            continue
        span = doc[s:e]
        k = _best_cue(span, cues, sent_index, para, MAX_SENTENCE_GAP if role == "CNT" else 0, by_sentence)
        if k is not None:
            (contents if role == "CNT" else sources).setdefault(k, []).append(span)
    found = []
    for k, cue in enumerate(cues):
        if k not in contents or _quoted_as_saying(cue.root):
            continue
        parts = sorted(contents[k], key=lambda s: s.start)
        source = min(sources.get(k, []), key=lambda s: (not _syntax_linked(s, cue), _gap(s, cue)), default=None)
        if is_passive_participle(cue.root) or _only_passed_on(source, cue):
            source = None  # "Peskov, asked about …, said": Peskov was asked
        # The tags' confidence, taken before a reported subject moves from source to content.
        conf = min(confidence.get(r, 1.0) for r in [(cue.start, cue.end)] + [(p.start, p.end) for p in parts])
        reported = reported_subject(cue)
        if reported is not None:
            parts, source = _subject_into_content(reported, cue, parts, source)
        source_offsets = (source.start_char, source.end_char) if source is not None else None
        speaker = source.root if source is not None else None
        if source is None and cue.root.pos_ in ("VERB", "AUX"):
            # The tagger missed it, but the parse may name it ("…, adding that …" inherits X).
            speaker = subject(cue.root)
            if speaker is not None and reported is not None and speaker.i == reported.i:
                speaker = None
            source_offsets = speaker_offsets(speaker) if speaker is not None else None
        recipient, channel = recipient_and_channel(cue.root)
        found.append(Found(
            content=[(p.start_char, p.end_char) for p in parts],
            cue=(cue.start_char, cue.end_char),
            source=source_offsets,
            type=attribution_type(doc, cue, parts),
            stance=stance_of(cue),
            recipient=recipient,
            channel=channel,
            confidence=round(conf, 3),
            source_head=speaker.i if speaker is not None else None,
        ))
    return found
