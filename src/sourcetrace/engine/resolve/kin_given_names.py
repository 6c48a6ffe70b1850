"""A relative introduced by a given name alone, set off by commas after the word for the kin ("His
grandson, Amine, 11, said …"): a person's name whatever the tagger took it for. Given names that
are also words ("Amine", "Grace") or brands are often tagged a body there, and the relative then
goes by the kin word instead of the name the text gives."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

from ..lexicon import kind_words
from . import gender

# labels a given name may carry where the tagger misread it
MISREAD_LABELS = {"", "ORG", "PRODUCT", "WORK_OF_ART", "NORP", "GPE", "FAC", "LOC"}


def given_names_beside_kin(doc: Doc, taken: set[int], name_word: Callable[[str], bool]) -> list[Span]:
    """One-word spans: a word in apposition to a kin word ("grandson", "daughter"), a comma before
    it and a comma or a stop after it, capitalised, a given name the name list gives a sex, in no
    name found already (`taken`)."""
    kin = kind_words()["kin"]
    found = []
    for word in doc:
        k = word.i
        if word.dep_ != "appos" or k in taken or word.head.lower_ not in kin or not name_word(word.text) \
                or word.ent_type_ not in MISREAD_LABELS or not 0 < k < len(doc) - 1 \
                or doc[k - 1].text != "," or doc[k + 1].text not in (",", ".") \
                or gender.from_first_name(word.text) is None:
            continue
        found.append(doc[k:k + 1])
    return found
