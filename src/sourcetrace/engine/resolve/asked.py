"""Who asked a question the story reports with no asker: "Asked whether he would step aside,
Doyle-Renn said …".

The one who answers is not the one who asked. Where the story names one audience its people
spoke to ("he told reporters outside the chamber"), the question is that audience's; where it
names none, or several, the asker is left unknown rather than given to the one who answered.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import word_set
from ..parse import span_at, text_of

QUESTION_WORDS = ("whether", "if", "why", "how", "what", "when", "who", "where")
RECIPIENT_REACH = 80  # characters after a cue that its recipient is looked for in


ASKED = re.compile(r"(?P<passive>(?:was|were|(?:has|have|had) been|is|are|being)\s+)?asked(?P<about>\s+about)?")


def _asked(doc: Doc, text: str, f: Found) -> bool:
    """"Asked whether …", "Asked if …", "Asked about the injury, she shrugged" opening a sentence, or
    "Grant was asked about the dispute": a question put with no "by …" naming the asker."""
    asked = ASKED.fullmatch(text[f.cue[0]:f.cue[1]].lower()) if f.cue is not None else None
    if asked is None:
        return False
    start = f.content_span[0]
    cue = span_at(doc, f.cue[0], f.cue[1])
    opens = cue is not None and all(t.is_space or t.is_punct for t in doc[cue.sent.start:cue.start])
    what = text[start:start + 8].lower()
    return (opens or asked.group("passive") is not None) and text[f.cue[1]:start].strip() == "" \
        and (what.startswith(QUESTION_WORDS) or asked.group("about") is not None or what.startswith("about "))


def _audiences(doc: Doc, text: str, found: list[Found]) -> dict[str, tuple[int, int, int]]:
    """The groups of people the story's sources spoke to ("reporters"), each where first so named."""
    people = word_set("person_nouns")
    out: dict[str, tuple[int, int, int]] = {}
    for f in found:
        if not f.recipient or f.cue is None:
            continue
        at = text.find(f.recipient, f.cue[1], f.cue[1] + RECIPIENT_REACH + len(f.recipient))
        span = span_at(doc, at, at + len(f.recipient)) if at >= 0 else None
        if span is None:
            continue
        head = span.root
        if head.tag_ == "NNS" and head.lemma_.lower() in people:
            group = doc[head.left_edge.i:head.i + 1]
            out.setdefault(head.lemma_.lower(), (group.start_char, group.end_char, head.i))
    return out


def askers(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int] | None]:
    """For each "Asked whether …" find, the one audience the story names (offsets and head), or
    None where it names none or several."""
    text = text_of(doc)
    asked = [i for i, f in enumerate(found) if _asked(doc, text, f)]
    if not asked:
        return {}
    audiences = _audiences(doc, text, found)
    only = next(iter(audiences.values())) if len(audiences) == 1 else None
    return {i: only for i in asked}


ANSWER_CUES = {"reply", "answer", "respond"}
ANSWER_REACH = 400  # characters back from a reply that the question it answers is looked for in


def _question_before(doc: Doc, found: list[Found], f: Found, wanted):
    """The find whose cue comes last before `f`'s, within `ANSWER_REACH`, of those `wanted` takes,
    with its cue's head (the question a reply answers, where that is a question)."""
    before = [g for g in found if g.cue and g.cue[0] < f.cue[0] and f.cue[0] - g.cue[0] <= ANSWER_REACH and wanted(g)]
    asked = max(before, key=lambda g: g.cue[0], default=None)
    return asked, (span_at(doc, *asked.cue).root if asked is not None else None)


def answered_by_the_asked(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """"Ramos asked Manalo why he had waited … “I was afraid,” the witness replied": a reply whose
    speaker is only a role ("the witness") is the one the question just before was put to, named
    as its object; each such find with that person's offsets and head."""
    text = text_of(doc)
    out = {}
    for i, f in enumerate(found):
        cue = span_at(doc, *f.cue) if f.cue and f.source else None
        if cue is None or cue.root.lemma_.lower() not in ANSWER_CUES \
                or not text[f.source[0]:f.source[1]].lower().startswith("the "):
            continue
        asked, verb = _question_before(doc, found, f, lambda g: g.cue[1] <= f.content_span[0])
        whom = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None) \
            if verb is not None and verb.lemma_.lower() == "ask" else None
        if whom is None:
            continue
        start = min((c.i for c in whom.children if c.dep_ == "compound" and c.i < whom.i), default=whom.i)
        out[i] = (doc[start].idx, whom.idx + len(whom.text), whom.i)
    return out


def heard_before_the_asker(doc: Doc, pronouns: dict) -> dict[int, int]:
    """"Asked by the coroner whether …, she said": the one who answers is not the one who asked,
    so a pronoun that answers is looked up where the clause naming the asker begins. `pronouns`
    maps each find whose source is a lone pronoun to its mention; the result, each such find with
    the offset to look from."""
    out = {}
    for i, m in pronouns.items():
        span = span_at(doc, m.start, m.end)
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb, at = span.root.head, span.root.i
        asked = next((c for c in verb.children if c.dep_ == "advcl" and c.i < at and c.tag_ == "VBN"
                      and any(g.dep_ == "agent" for g in c.children)), None)
        if asked is not None:
            out[i] = asked.left_edge.idx
    return out


def replies_after_the_asker(doc: Doc, found: list[Found], pronouns: dict) -> dict[int, int]:
    """"Another reporter asked whether an arrest was imminent. “I'm not going to speculate,” she
    replied": a "he" or "she" who replies to the question just before is not its asker, so it is
    looked up from where the asker is named. `pronouns` as for `heard_before_the_asker`."""
    out = {}
    for i, m in pronouns.items():
        f = found[i]
        cue = span_at(doc, *f.cue) if f.cue else None
        if cue is None or cue.root.lemma_.lower() not in ANSWER_CUES:
            continue
        asked, verb = _question_before(doc, found, f, lambda g: g.source is not None and g.source[1] <= m.start)
        if verb is not None and verb.lemma_.lower() == "ask":
            out[i] = asked.source[0]
    return out
