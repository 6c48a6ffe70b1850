""""Her husband was blunter. “If it was safe, they wouldn't have taped the doors shut,” he said":
a quote whose "he" or "she" follows a sentence about someone's relative is that relative's, as a
reader takes the subject just spoken of, not the person last named."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import gendered_words, kind_words, load_json
from ..parse import span_at, text_of
from ..parse.marks import QUOTES
from .gender import PRONOUNS


def kin_subjects_before(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each quote credited to a bare "he"/"she" after its words, where the sentence just before
    it (in the same paragraph) has for subject a relative ("Her husband", "His eldest daughter")
    whom the pronoun fits: that relative's offsets and head token."""
    text = text_of(doc)
    out = {}
    for i, f in enumerate(found):
        if f.type != "direct" or f.source is None or f.source[0] < f.content_span[0]:
            continue
        said = PRONOUNS.get(text[f.source[0]:f.source[1]].lower())
        if said is None or (subject := _kin_subject_before(doc, f.content_span[0])) is None:
            continue
        if _speaks_of(text, f, said):
            continue  # "His father … was decorated. “He never talked about the war,” he said": the son
        if gendered_words().get(subject.lemma_.lower()) == said and not _too_young(subject):
            end = _named_beside(subject) or subject
            out[i] = (subject.left_edge.idx, end.idx + len(end.text), subject.i)
    return out


def _named_beside(subject):
    """"Her granddaughter, Cerys Pritchard, 16": the last word of the name set beside the relative,
    so the speaker is that person, not a granddaughter left for the grouping to give to the grandmother."""
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return named.right_edge if named is not None else None


def _kin_subject_before(doc: Doc, at: int):
    """The subject of the sentence that ends just before offset `at`, when it is someone's relative."""
    opening = span_at(doc, at, at + 1)
    if opening is None:
        return None
    k = opening.start - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in QUOTES):
        if "\n\n" in doc[k].text:
            return None  # a new paragraph: what was said before it is no longer in view
        k -= 1
    if k < 0 or doc[k].text not in (".", "!"):
        return None
    root = doc[k].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in kind_words()["kin"]:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return subject if owner is not None and owner.pos_ == "PRON" else None


def _speaks_of(text: str, f: Found, said: str) -> bool:
    """Whether the quoted words speak of someone as "he" or "she" (the pronoun of the speaker)."""
    words = {w.lower() for start, end in f.content for w in re.findall(r"[A-Za-z]+", text[start:end])}
    own = {w for w, g in PRONOUNS.items() if g == said} | ({"his"} if said == "m" else set())
    return bool(words & own)


def _too_young(subject) -> bool:
    """"His 3-year-old son, Sami": a small child, who is no speaker (kinds.json `too_young`)."""
    phrase = subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text.lower()
    if set(re.findall(r"[\w-]+", phrase)) & kind_words()["too_young"]:
        return True
    limit = load_json("kinds.json")["too_young_years"]
    return any(int(age) < limit for age in re.findall(r"\b(\d{1,2})-(?:year|month|week|day)s?-old\b", phrase)) \
        or bool(re.search(r"\b\d{1,2}-(?:month|week|day)s?-old\b", phrase))
