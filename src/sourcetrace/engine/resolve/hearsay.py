"""Claims that go round with no one named as making them, which a body answers: "TVG rejects
claims circulated on social media that the agreement was signed without consent", "The
Corporation notes with concern reports circulating on social media that vendors are to be
evicted". What the claims say is theirs, not the body's that answers them: the speaker is the
claims as the cue names them (kinds.json `hearsay_nouns`, with a word of their going round,
`circulation_words`, after), unless someone is named as making them ("claims by residents").
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import kind_words
from ..parse import span_at, text_of
from .mentions import Mention

MAKERS = ("by", "from", "of")  # "claims by residents": the claims have a maker, read elsewhere


def hearsay_speakers(doc: Doc, found: list[Found]) -> dict[int, Mention]:
    """For each find whose cue names claims going round, the claims as a source: a document no one
    is named as writing, called by the cue's words for it."""
    nouns, going = kind_words()["hearsay_nouns"], kind_words()["circulation_words"]
    out = {}
    for i, f in enumerate(found):
        if f.cue is None or f.source is None:
            continue
        # the claims are most often the cue ("rejected claims circulating …"); a finder of nouns with
        # what they say may give them as the source ("claims circulating on social media that …")
        for place in (f.cue, f.source):
            claims = _claims_in(doc, span_at(doc, *place), f, nouns, going)
            if claims is not None:
                out[i] = claims
                break
    return out


def _claims_in(doc: Doc, words, f: Found, nouns: frozenset[str], going: frozenset[str]) -> Mention | None:
    """The claims going round that open on a plural hearsay noun in `words` (the cue or the
    source), or None."""
    if words is None:
        return None
    for k, t in enumerate(words):
        # "reports circulating on social media that …": the parser may read the plural as a verb
        plural = t.tag_ == "NNS" and t.pos_ == "NOUN" or t.tag_ == "VBZ" and k == 0
        if not plural or t.lemma_.lower() not in nouns:
            continue
        if f.content_span[0] <= t.idx < f.content_span[1]:
            return None  # "rejected claims circulating … that …" as what was rejected: the body's denial
        rest = [w for w in words[k + 1:] if not w.is_space]
        if not rest or not any(w.lower_ in going for w in rest) or any(w.lower_ in MAKERS for w in rest) \
                or any(w.pos_ in ("PROPN", "PRON") for w in rest):
            continue
        start, end = t.idx, rest[-1].idx + len(rest[-1].text)
        words = text_of(doc)[start:end]
        return Mention(start, end, words, "document", False, " ".join(words.split()),
                       head_lemma=t.lemma_.lower())
    return None
