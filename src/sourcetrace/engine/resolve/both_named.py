""""Derek Pallister, 63, and his son Liam Pallister, 34, had … Both men deny …"; "Constable Peter
Langat and his colleague Corporal Mercy Otieno are charged … Both have pleaded not guilty": "both",
"the two", "the pair" (partitives.json `pair_calls`), alone or before a plural word for people,
is the two people the text has just named joined by "and": a reader hears the two named."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import load_json
from ..parse import text_of
from .names import is_title_word, person_entities, without_titles

# ", 63, and his son ", " and his colleague Corporal Mercy ": an age, an owner and up to three small
# words (what the second is) between the two names, then capitals: a title, or a given name the
# tagger left out of the second name
JOINED = re.compile(r"(?:,\s*\d{1,3})?,?\s+and\s+(?:[a-z][\w-]*\s+){0,3}(?P<capitals>(?:[A-Z][\w'’-]*\s+){0,3})")
PARAGRAPHS_BACK = 2  # the pair is named in the mention's paragraph or the one before it


def called_both(texts: list[str]) -> bool:
    """Whether every mention is a call of two ("Both", "both men", "the two officers")."""
    calls = sorted(load_json("partitives.json")["pair_calls"], key=len, reverse=True)
    for text in texts:
        words = " ".join(text.lower().split())
        call = next((c for c in calls if words == c or words.startswith(c + " ")), None)
        rest = words[len(call):].split() if call else None
        if rest is None or len(rest) > 1 or rest and not _plural(rest[0]):
            return False
    return bool(texts)


def _plural(word: str) -> bool:
    return word.endswith(("men", "s", "people", "children"))


def pair_named_before(doc: Doc, at: int) -> str | None:
    """The two people last named in full joined by "and" before offset `at`, in its paragraph or
    the one before: "Derek Pallister and Liam Pallister"."""
    text = text_of(doc)
    since = at
    for _ in range(PARAGRAPHS_BACK):
        since = max(text.rfind("\n\n", 0, since), 0)
    people = [p for p in person_entities(doc) if since <= p.start_char and p.end_char <= at
              and len(without_titles(p).text.split()) >= 2]
    for first, second in reversed(list(zip(people, people[1:]))):
        if joined := JOINED.fullmatch(text, first.end_char, second.start_char):
            left_out = [w for w in joined.group("capitals").split() if not is_title_word(w)]
            return " and ".join([" ".join(without_titles(first).text.split()),
                                 " ".join(left_out + without_titles(second).text.split())])
    return None
