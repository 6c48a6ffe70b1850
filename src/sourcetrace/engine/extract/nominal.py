"""Noun cues: "warnings from X that …", "X's claim that …", "a statement by X that …"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import cue_stance, load_json, speaking_nouns
from . import extractors
from .base import Found
from .syntax import (cue_phrase, cue_verb_stance, is_negated, np_offsets, questions_answered, speaker_offsets,
                     subject, that_clause, token_offsets, tokens_tagged)

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


def _concern_raised(noun: Token) -> Found | None:
    """"Workers raised concerns about the tank", "the union has voiced fears over pay": a worry put
    forward about something is a warning, its words the concern and what it is about (lexicon:
    statements.json concern_nouns, raising_verbs)."""
    lex = load_json("statements.json")
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lex["concern_nouns"] \
            or verb.lemma_.lower() not in lex["raising_verbs"] or is_negated(verb):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("about", "over") for c in noun.children):
        return None
    who = subject(verb)
    content = np_offsets(noun)
    if who is None or content is None:
        return None
    if not (who.pos_ in ("PROPN", "PRON") or who.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or who.lemma_.lower() in speaking_nouns() or who.lower_ in speaking_nouns()):
        return None  # "the plan raised concerns about cost": a thing gave cause, no one spoke
    return Found(content=[content], cue=cue_phrase(verb), source=speaker_offsets(who), type="nominal",
                 stance="warn", extractor="nominal", source_head=who.i)


def _asked_of_a_speaker(noun: Token) -> bool:
    reply = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    prep = reply.head if reply is not None and reply.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and cue_verb_stance(prep.head) is not None \
        and questions_answered(prep) == noun


@extractors.register("nominal")
def extract_nominal(doc: Doc) -> list[Found]:
    out = [found for noun in tokens_tagged(doc, ("NOUN",)) if (found := _concern_raised(noun)) is not None]
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
        if _asked_of_a_speaker(noun):  # "said in reply to questions that …": the clause is the verb's
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
