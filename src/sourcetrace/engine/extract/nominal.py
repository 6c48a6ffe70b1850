"""Noun cues: "warnings from X that …", "X's claim that …", "a statement by X that …"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import cue_stance, load_json, speaking_nouns
from . import extractors
from .base import Found
from .syntax import (cue_phrase, cue_verb_stance, is_negated, np_offsets, questions_answered, speaker_offsets,
                     subject, that_clause, token_offsets, tokens_tagged)

SOURCE_PREPS = {"from", "by", "of"}
# "reports in a weekly that …", "claims on social media that …": where a denied claim was made
PLACE_PREPS = {"in", "on"}
# "said in a statement that …", "told the court during closing arguments that …": the occasion of a saying
OCCASION_PREPS = {"in", "during", "at"}


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


def _denied_claim_holder(noun: Token, clause: Token) -> Token | None:
    """"denied union claims that …", "rejected the union's claim that …", "denied a report in a
    weekly that …", "rejects claims circulating on social media that …": the denial's object names
    who made the claim, so the claim is that holder's statement as well as the object denied. A
    claim with no holder named ("rejected the suggestion that …", "denied reports that …") is the
    denial's words alone. Returns the holder's head, or the claim noun itself where the holder is
    where the claim went round (a participle: "claims circulating on social media")."""
    if noun.dep_ != "dobj" or cue_verb_stance(noun.head) != "deny" or is_negated(noun.head):
        return None
    for child in noun.children:
        if child.dep_ == "poss" or child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS | PLACE_PREPS and child.lower_ != "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and obj.pos_ in ("NOUN", "PROPN"):
                return obj
        # a participle before the clause, not a saying verb ("rejected the claim that …, saying in …")
        if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and child.i < clause.left_edge.i \
                and cue_verb_stance(child) is None and any(g.dep_ == "prep" and g.lower_ in PLACE_PREPS for g in child.children):
            return noun
    return None


def _clause_end(clause: Token) -> int:
    """Where a denied claim ends: before ", saying …" that the parser hung on the claim's clause,
    which is the denier's answer, not part of the claim."""
    doc = clause.doc
    answer = next((c for c in clause.children if c.i > clause.i and c.tag_ == "VBG"
                   and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)
    return answer.left_edge.i - 2 if answer is not None else clause.right_edge.i


@extractors.register("nominal")
def extract_nominal(doc: Doc) -> list[Found]:
    out = [found for noun in tokens_tagged(doc, ("NOUN",)) if (found := _concern_raised(noun)) is not None]
    for noun in tokens_tagged(doc, ("NOUN",)):
        stance = cue_stance(noun.lemma_, noun=True)
        if stance is None:
            continue
        # "rejected claims that …", "said in a statement that …" are the verb's attribution,
        # found by the verbal extractor; a denied claim whose holder is named is the holder's too
        clause = that_clause(noun)
        held = _denied_claim_holder(noun, clause) if clause is not None else None
        if noun.dep_ == "dobj" and cue_verb_stance(noun.head) and held is None:
            continue
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS else None
        if verb is not None and cue_verb_stance(verb) and (noun.head.lower_ == "in" or clause is None
                                                           or any(c.dep_ == "ccomp" for c in verb.children)):
            continue
        if _asked_of_a_speaker(noun):  # "said in reply to questions that …": the clause is the verb's
            continue
        if clause is None:
            continue
        end = _clause_end(clause) if held is not None else clause.right_edge.i
        content = token_offsets(doc, clause.left_edge.i, end, ".")
        if content is None:
            continue
        holder = _holder(noun) if held is None else held
        source, cue = None, (noun.idx, noun.idx + len(noun.text))
        if held is not None:
            source = np_offsets(holder, exclude=content) if holder is noun else speaker_offsets(holder)
        elif holder is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "X expressed concern that …", "X raised doubts that …": the verb's subject holds it.
            holder = subject(noun.head)
            if holder is not None:
                source, cue = speaker_offsets(holder), (cue_phrase(noun.head)[0], cue[1])
        elif holder is None and verb is not None and cue_verb_stance(verb) and (who := subject(verb)) is not None:
            # "Markova told the court during closing arguments that …", the clause hung on the noun:
            # the verb's, by its subject
            holder, source, cue = who, speaker_offsets(who), cue_phrase(verb)
        elif holder is not None:  # a possessor keeps its "'s", as PolNeAR marks it
            source = np_offsets(holder, exclude=content)
        out.append(Found(content=[content], cue=cue, source=source,
                         type="nominal", stance=stance, extractor="nominal",
                         source_head=holder.i if holder is not None else None))
    return out
