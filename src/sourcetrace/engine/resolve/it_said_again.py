"""A writing that goes on speaking as "it": "The majority opinion, written by magistrate Elvira
Sáenz del Castillo, said Congress cannot amend the Constitution. It said the law was void." An
"it" opening a sentence that found no one is the writing whose words the sentence before reported,
whoever that writing's words were given to (its author, its issuer)."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import kind_words
from .coref import Entity
from .mentions import Mention
from ..parse import span_at


def writing_said_again(doc: Doc, found: list[Found], mentions: dict[int, Mention],
                       entity_of: dict[int, Entity]) -> None:
    """Join each such "it" to the entity of the writing's statement (in place)."""
    words = kind_words()
    writings = words["document"] | words["voiced_documents"] | words["writings_said_again"]
    for i, m in mentions.items():
        e = entity_of[id(m)]
        if m.pronoun != "thing" or m.text.strip().lower() != "it" or e.named \
                or any(x.pronoun != "thing" for x in e.mentions):
            continue
        here = span_at(doc, m.start, m.end)
        if here is None or here.start != here.sent.start or here.sent.start == 0:
            continue
        before = doc[here.sent.start - 1].sent
        said = [j for j in mentions if j != i and found[j].source is not None
                and before.start_char <= found[j].source[0] < before.end_char]
        if len(said) != 1:
            continue
        cue = found[said[0]].cue
        cue = span_at(doc, *cue) if cue else None
        if cue is None or not any(_a_writing(t, writings) for t in _subjects(cue)):
            continue
        writing = entity_of[id(mentions[said[0]])]
        for x in e.mentions:
            entity_of[id(x)] = writing
            writing.absorb(x)


def _subjects(cue) -> list:
    """The cue's subjects, and the root of the sentence before where that is a bare noun phrase, as where an abbreviation cut the sentence ("The majority opinion, written by
    magistrate Dra. | Elvira Sáenz del Castillo, said …")."""
    subjects = [c for t in cue for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    sentence = cue[0].sent
    if sentence.start == 0:
        return subjects
    before = cue.doc[sentence.start - 1].sent
    return subjects + ([before.root] if before.root.pos_ == "NOUN" else [])


def _a_writing(t, writings) -> bool:
    """A writing called by its kind with an article: "the majority opinion", "the communique"."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in writings and any(d.dep_ == "det" for d in t.children)
