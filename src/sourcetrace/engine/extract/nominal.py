"""Noun cues: "warnings from X that …", "X's claim that …", "a statement by X that …"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import cue_stance
from . import extractors
from .base import Found
from .syntax import (cue_phrase, cue_verb_stance, np_offsets, speaker_offsets, subject, that_clause,
                     token_offsets, tokens_tagged)

SOURCE_PREPS = {"from", "by", "of"}


def _holder(noun: Token) -> Token | None:
    """Whose claim: a possessive, or the object of "from"/"by"/"of"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ or obj.tag_ in ("NNS", "NN")):
                return obj
    return None


@extractors.register("nominal")
def extract_nominal(doc: Doc) -> list[Found]:
    out = []
    for noun in tokens_tagged(doc, ("NOUN",)):
        stance = cue_stance(noun.lemma_, noun=True)
        if stance is None:
            continue
        # "rejected claims that …", "said in a statement that …" are the verb's attribution,
        # found by the verbal extractor.
        if noun.dep_ == "dobj" and cue_verb_stance(noun.head):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and cue_verb_stance(noun.head.head):
            continue
        clause = that_clause(noun)
        if clause is None:
            continue
        content = token_offsets(doc, clause.left_edge.i, clause.right_edge.i, ".")
        if content is None:
            continue
        holder = _holder(noun)
        source, cue = None, (noun.idx, noun.idx + len(noun.text))
        if holder is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "X expressed concern that …", "X raised doubts that …": the verb's subject holds it.
            holder = subject(noun.head)
            if holder is not None:
                source, cue = speaker_offsets(holder), (cue_phrase(noun.head)[0], cue[1])
        elif holder is not None:  # a possessor keeps its "'s", as PolNeAR marks it
            source = np_offsets(holder, exclude=content)
        out.append(Found(content=[content], cue=cue, source=source,
                         type="nominal", stance=stance, extractor="nominal",
                         source_head=holder.i if holder is not None else None))
    return out
