"""A full name that the "he"s and "she"s already tied to a bare surname rule out.

"Brandvold arrived at the school in 1961 … she called it the flight log … She was named Teacher
of the Year … Her husband, Arne Brandvold, died in 2011": the Brandvold the story has followed
as "she" is not the Arne named later, though the surname alone would join them. Where a person
is known so far only by a surname, the sex their pronouns say and the sex the new mention's given
name or title says must agree.
"""
from __future__ import annotations

from .family_names import written_family_first
from .gender import from_first_name


def named_sex(m) -> str | None:
    """The sex a named mention's title or role word says, else its given name ("Arne", "Eleanor");
    not the first word of a name written family name first ("Lin Chih-hao")."""
    if m.gender:
        return m.gender
    if m.first_name and " " in m.name.strip() and not written_family_first(m.name):
        return from_first_name(m.first_name)
    return None


def pronouns_clash(m, e) -> bool:
    """Whether entity `e`, known by no given name of its own, has a sex (its title's, the one its
    surname was first written in full with, else that of the only pronouns tied to it) other than
    the one the named mention `m`'s given name says: "Dlamini", the Nomvula Dlamini named before,
    is not the "Sipho Dlamini" named later."""
    if m.pronoun is not None or not m.named or e.first_name:
        return False
    known = {e.gender} if e.gender else e.said_of
    sex = named_sex(m)
    return len(known) == 1 and sex is not None and sex not in known
