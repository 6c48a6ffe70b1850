"""The only name a text gives someone it keeps unnamed: "One, identified in court records only as
J.R., said …", "A woman, named in the charge sheet only as Ms K, told …", "a witness known only
as Ayesha", one "who gave only his first name, Albeiro". What follows "as" after a participle of
naming (naming_verbs.txt), or the name after the words that gave it, is the person's name as the
story has it, and the source is called by it; the words before are its description."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..lexicon import word_set

INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")  # "J.R.", "K.", "K"
ADVERBS = {"only", "simply", "just", "merely", "solely"}


def _name_word(text: str, first: bool) -> bool:
    return text[:1].isupper() or INITIALS.fullmatch(text) is not None or not first and text[:1].isdigit()


def named_only_as(span: Span) -> tuple[str, str] | None:
    """(name, description) where the mention's words name someone "as" a proper name after a
    participle of naming; else None."""
    tokens = list(span)
    verbs = word_set("naming_verbs")
    for k, t in enumerate(tokens):
        if not (t.lower_ == "as" and k + 1 < len(tokens)):
            continue
        # the participle of naming, a few words back ("identified in court records only as"), with
        # no comma between (", named after her mother as …" is another clause)
        verb = next((u for u in reversed(tokens[max(0, k - 8):k]) if u.lower_ in verbs and u.tag_ in ("VBN", "VBD")),
                    None)
        if verb is None or any(u.is_punct for u in span.doc[verb.i:t.i]):
            continue
        run = []
        for u in tokens[k + 1:]:
            if not _name_word(u.text, not run) or u.is_punct and u.text not in ("-",):
                break
            run.append(u)
        if not run:
            return None
        before = [u for u in tokens[:verb.i - span.start] if not u.is_punct]
        if not before or any(u.pos_ == "PROPN" or u.ent_type_ == "PERSON" for u in before):
            return None  # "Its president, José Carlos Ribeiro, known as Zé Carlos": named already
        name = span.doc[run[0].i:run[-1].i + 1].text
        return name, span.doc[before[0].i:before[-1].i + 1].text
    return _name_given(span)


GIVING = {"give", "provide", "offer"}


def _name_given(span: Span) -> tuple[str, str] | None:
    """"A bus driver, who gave only his first name, Albeiro, said …": the name set after the words
    in which the person gave it."""
    tokens, doc = list(span), span.doc
    for t in tokens:
        if t.lemma_.lower() != "name" or t.dep_ != "dobj" or t.head.lemma_.lower() not in GIVING:
            continue
        after = t.i + 1
        if after + 1 >= span.end or doc[after].text != ",":
            return None
        run = []
        for u in doc[after + 1:span.end]:
            if not (u.text[:1].isupper() and u.is_alpha):
                break
            run.append(u)
        before = [u for u in tokens if u.i < t.head.i and not u.is_punct and u.lower_ not in ("who", "that")]
        if not run or not before or any(u.pos_ == "PROPN" or u.ent_type_ == "PERSON" for u in before):
            return None
        return doc[run[0].i:run[-1].i + 1].text, doc[before[0].i:before[-1].i + 1].text
    return None
