"""Words that reports, rumours or posts carry, with no one named behind them: "there is no truth to
reports that the club has been sold", "police are aware of posts on social media claiming that a
second man was involved". Whoever answers them is no source of the words (the answer is a find of
its own), and no one else is in view: the speaker is the reports themselves, as the text calls
them (kinds.json `hearsay_nouns`), as a reader would say "reports say"; or whoever put them out
("her group released a report estimating …"). Only a find with no source at all, whose cue is the
hearsay noun or a participle of saying hung on it, with no maker named ("reports by residents",
"her group's report").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..extract.base import Found
from ..lexicon import kind_words
from ..parse import text_of
from .mentions import Mention, analyse_mention
from .misread_subject import cued_without_source

MAKERS = {"by", "from", "of"}  # "claims by residents": the claims have a maker
OWNERS = {"poss"}


def unsourced_hearsay(doc: Doc, found: list[Found]) -> dict[int, Mention]:
    """For each source-less find carried by a hearsay noun no one is named as making, that noun's
    phrase as a source."""
    nouns = kind_words()["hearsay_nouns"]
    out = {}
    for i, f, cue in cued_without_source(doc, found):
        noun = _hearsay_noun(cue, nouns)
        if noun is None or f.content_span[0] <= noun.idx < f.content_span[1]:
            continue
        if (maker := _issuer(noun)) is not None:
            out[i] = analyse_mention(doc, maker.left_edge.idx, _end(maker), maker.i)
            continue
        phrase = _phrase(noun, f.content_span[0])
        if phrase is None:
            continue
        start, end = phrase
        words = text_of(doc)[start:end]
        out[i] = Mention(start, end, words, "document", False, " ".join(words.split()),
                         head_lemma=noun.lemma_.lower())
    return out


def _hearsay_noun(cue, nouns: frozenset[str]) -> Token | None:
    """The cue as a hearsay noun ("reports"), or the noun a participle ending the cue hangs on
    ("posts on social media claiming")."""
    last = cue[-1]
    if last.pos_ == "NOUN" and last.lemma_.lower() in nouns:
        return last
    carriers = nouns | kind_words()["document"]  # "a statement saying", "a leaflet urging"
    if last.tag_ == "VBG" and last.dep_ == "acl" and last.head.pos_ == "NOUN" and last.head.lemma_.lower() in carriers:
        return last.head
    return None


def _issuer(noun: Token) -> Token | None:
    """"Her group released a report estimating …": the subject of the verb that put out the
    report (kinds.json `document_issuers`) is who says it through it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in kind_words()["document_issuers"]:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "her group, the Danforth Tenants' Alliance,": the name set beside it says which
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if subject else None
    return named or subject


def _end(subject: Token) -> int:
    """Where the subject's phrase ends, its trailing commas left out ("her group, the Alliance,")."""
    last = subject.right_edge
    while last.i > subject.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last.idx + len(last.text)


def _phrase(noun: Token, content_start: int) -> tuple[int, int] | None:
    """The noun with its own modifiers ("media reports", "posts on social media"), up to the words
    reported; None where a maker or an owner is named."""
    if any(c.dep_ in OWNERS or c.pos_ in ("PROPN", "PRON") and c.dep_ != "prep" for c in noun.children):
        return None
    first = min((c.left_edge for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound")),
                key=lambda t: t.i, default=noun)
    last = noun
    for c in noun.children:
        if c.dep_ != "prep" or c.i < noun.i:
            continue
        if c.lower_ in MAKERS:
            return None
        if c.right_edge.idx < content_start and c.right_edge.i > last.i:
            last = c.right_edge
    while last.i > noun.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return first.idx, last.idx + len(last.text)
