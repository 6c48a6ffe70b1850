"""A "he" or "she" passes over someone unnamed of no known sex for the named person of its sex
who opened that same sentence.

"Every morning Aurelio Danza unties the Marigold, a flat-bottomed rowing ferry … “…,” he says":
the ferry, read as someone unnamed, is the latest in view, but nothing says it is a "he"; Danza,
named before it in its sentence, is one. Where the text says the sex of one and not of the other,
the pronoun's sex chose: the named person seen earlier in the latest one's own sentence, not as
someone's ("Danza's ferry"), whom a given name, title or the pronouns tied so far make a
"he" (or "she"). Otherwise the latest stands.
"""
from __future__ import annotations

from .pronoun_slots import a_possessor, mention_last_seen

OTHER_SEX = {"m": "f", "f": "m"}


def _sex_unknown(e) -> bool:
    return e.fits("m") and e.fits("f") and not e.said_of


def sex_agrees(e, sex: str) -> bool:
    """Whether the text says the entity is of that sex: it fits it and not the other, or only
    pronouns of that sex were tied to it so far."""
    return e.fits(sex) and (not e.fits(OTHER_SEX[sex]) or e.said_of == {sex})


def named_before_in_its_sentence(text: str, m, first, fitting, sentence_start):
    """The named person of the pronoun's sex seen before `first` in `first`'s latest sentence,
    where `first` is unnamed and of no known sex; else None. `fitting` yields the candidates
    after `first`, latest first."""
    if m.gender not in OTHER_SEX or first.named or first.kind != "person" or not _sex_unknown(first):
        return None
    x = mention_last_seen(first)
    if x is None:
        return None
    held = sentence_start(x.start)
    for e in fitting:
        if e.last_seen < held:
            return None
        y = mention_last_seen(e)
        if e.named and e.kind == "person" and y is not None and y.pronoun is None and y.end <= x.start \
                and not a_possessor(text, y) and sex_agrees(e, m.gender):
            return e
    return None
