""""Ardmoyle captain Darragh Fennelly said": the parser may take the role noun for the subject and
hang the name after it on the verb. A run of names between a role noun subject and its verb,
none of them tied to the noun, is the speaker the role describes."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set


def name_after_role(subject: Token, verb: Token) -> Token | None:
    """The head of the names run between a role noun `subject` and `verb`, if the parser hung it on
    the verb; the role is a title or a word for a person (titles.txt, person_nouns.txt)."""
    if subject.pos_ != "NOUN" or not subject.i < verb.i \
            or subject.lemma_.lower() not in word_set("titles") | word_set("person_nouns"):
        return None
    run = subject.doc[subject.i + 1:verb.i]
    if not len(run) or any(t.pos_ != "PROPN" for t in run) or not any(t.ent_type_ == "PERSON" for t in run):
        return None
    heads = [t for t in run if not run.start <= t.head.i < run.end]
    return heads[0] if len(heads) == 1 and heads[0].head.i == verb.i else None
