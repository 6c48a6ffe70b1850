"""A transcript's turns labelled in capitals ("MS. RIVERA-HOLT: …", "SGT. LECLAIR: …", "DEPUTY
DISTRICT ATTORNEY SHAW: …", "THE COURT: …"): a surname after a title is the person the text names
in full with it, whether or not that person speaks elsewhere; the court of an American transcript is
its judge."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..parse import text_of
from .mentions import Mention
from .names import from_capitals, is_title_word, person_entities, spoken_name

LABEL = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.]")
COURT_LABEL = "THE COURT"
JUDGE = re.compile(r"\bJudge[ \t]+((?:[A-Z](?:\.|[\w'’-]+)[ \t]+){0,3}[A-Z][\w'’-]+)")  # "Judge Ana M. Ruiz"


def name_capital_labels(doc: Doc, ordered: list[Mention]) -> None:
    """Give each transcript label in capitals the full name it stands for (in place): the one person
    the text names with its surname, else the surname as a reader writes it where a title opens the
    label; the one judge the text names for "THE COURT"."""
    text = text_of(doc)
    for m in ordered:
        label = " ".join(m.text.split())
        if m.pronoun is not None or not LABEL.fullmatch(label) or not _a_turns_label(text, m):
            continue
        if label == COURT_LABEL:
            judges = {" ".join(j.split()) for j in JUDGE.findall(text)}
            name = judges.pop() if len(judges) == 1 else None
        else:
            words = label.split()
            surname = words[-1].strip(".")
            titled = len(words) > 1 and is_title_word(words[0])
            if len(surname) < 2 or not (titled or len(words) == 1):
                continue
            written = {n for n in _full_names(doc) if n.split()[-1].upper() == surname}
            name = written.pop() if len(written) == 1 else from_capitals(surname) if titled and not written else None
        if name is not None:
            m.kind, m.named, m.name, m.description = "person", True, name, None
            m.surname, m.first_name = name.split()[-1], name.split()[0] if " " in name else None


def _a_turns_label(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    return not text[line_start:m.start].strip() and text[m.end:m.end + 1] == ":"


def _full_names(doc: Doc) -> set[str]:
    return {name for p in person_entities(doc) if " " in (name := spoken_name(p)) and not name.isupper()}
