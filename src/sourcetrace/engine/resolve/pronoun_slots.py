"""A "he" or "she" skips a person last seen in a slot that says they are someone else's or not
the one spoken of.

- A possessor: "Aminah shrugs when the elder Lee's remark is put to her. “…,” she says": the
  sentence's subject, Aminah, not Lee, whose remark is only what it is about. Only where someone
  the pronoun fits was seen in that same sentence before the possessor.
- Someone unnamed known only as the pronoun's own, seen last in the sentence before: "Her lawyer
  said she would appeal. She told reporters she was innocent": the "her", not her lawyer.
- Someone owned by the pronoun itself: "Through his attorney, Lerato Moloi, he said …": "his"
  and "he" are one person, so the attorney is not "he". Only in the pronoun's own sentence, with
  the owner's word of the pronoun's sex ("his" for "he"), and not where the phrase opens the
  sentence as its subject ("Her sister, Mary Poe, said she …").
- Someone unnamed, of no known sex, met by the pronoun itself in the sentence before: "she was
  apprenticed to a potter who refused to let her touch the wheel. “…,” she said": the same "she"
  goes on; the potter was only whom she met.
"""
from __future__ import annotations

import re

POSSESSIVE_ENDS = ("'s", "’s")
PLURAL_POSSESSIVE_ENDS = ("' ", "’ ")  # "the Joneses' farm", never a closing quote after "Ana"
OWNER_OF = {"he": "his", "she": "her"}


def mention_last_seen(e):
    """The mention that put `e` last in view."""
    return next((x for x in reversed(e.mentions) if x.start == e.last_seen), None)


def a_possessor(text: str, x) -> bool:
    """Whether the mention is written as someone's: "Lee's remark", "the Joneses' farm"."""
    after = text[x.end:x.end + 2]
    return after in POSSESSIVE_ENDS or after in PLURAL_POSSESSIVE_ENDS and x.text.endswith("s")


def owned_by_the_pronoun(text: str, m, x, sentence_start) -> bool:
    """Whether `x` is introduced as the pronoun's own ("his attorney, …" before "he said") in the
    pronoun's sentence, after that sentence's opening words."""
    owner = OWNER_OF.get(m.name.lower())
    words = x.text.split()
    if owner is None or not words or words[0].lower() != owner or x.start > m.start:
        return False
    start = sentence_start(m.start)
    return sentence_start(x.start) == start and bool(text[start:x.start].strip(" \n\"'“‘—-"))


def owned_just_before(m, e, x, sentence_start) -> bool:
    """Whether `e` is someone unnamed, of no known sex, known only as the pronoun's own ("Her lawyer
    said she would appeal.\n\nShe told reporters …"), last seen in the sentence before the
    pronoun's: the "her" was the one "she" is, the lawyer someone else."""
    owner = OWNER_OF.get(m.name.lower())
    if e.named or e.gender or e.said_of or any((y.text.split() or [""])[0].lower() != owner for y in e.mentions):
        return False
    start = sentence_start(m.start)
    return start > 0 and sentence_start(start - 1) == sentence_start(x.start)


def met_by_the_pronoun(text: str, m, e, x, sentence_start) -> bool:
    """Whether `e`, unnamed and of no known sex, was last seen in the sentence before the pronoun's
    after that same pronoun ("she was apprenticed to a potter who …"), which it is not."""
    if e.named or e.gender:
        return False
    start = sentence_start(m.start)
    held = sentence_start(x.start)
    if start == 0 or sentence_start(start - 1) != held:
        return False
    return re.search(rf"\b{re.escape(m.name.lower())}\b", text[held:x.start].lower()) is not None


def passed_over(text: str, m, e, sentence_start) -> str | None:
    """Why a "he" or "she" skips the entity `e` it found last in view: "possessor", "owned", "met", or None."""
    if m.name.lower() not in OWNER_OF:
        return None
    x = mention_last_seen(e)
    if x is None or x.pronoun is not None:
        return None
    if owned_by_the_pronoun(text, m, x, sentence_start) or owned_just_before(m, e, x, sentence_start):
        return "owned"
    if met_by_the_pronoun(text, m, e, x, sentence_start):
        return "met"
    if a_possessor(text, x):
        return "possessor"
    return None
