"""An interview's flat "No." to a claim put to the speaker: "Q: The review says your alert went out
late. Is that fair? A: No. We sent it eleven minutes after the order." The question reports a
claim (someone says, claims, accuses) and asks whether it is so; an answer that opens with "No"
denies it. A "No" to any other question ("Did that bother you?", "Will you run again?") answers
it, and stays an assertion. The words asked about are data (statements.json asked_verdicts).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .base import Found
from ..lexicon import cue_stance
from ..parse import span_at

NO_WORDS = {"no", "nope"}
QUESTION_REACH = 4  # sentences back from the answer in which its question is looked for


def no_to_a_claim_put(doc: Doc, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """`f` is an interview answer opening with "No" whose question put a claim and asked if it holds."""
    if f.extractor != "interview" or f.type != "direct":
        return False
    answer = span_at(doc, *f.content_span)
    if answer is None or not len(answer) or not _opens_with_no(answer):
        return False
    before = [s for s in doc.sents if s.end <= answer.start][-QUESTION_REACH:]
    asked = next((i for i in range(len(before) - 1, -1, -1) if before[i].text.rstrip().rstrip(" \"'”’").endswith("?")), None)
    if asked is None or asked == 0:
        return False
    question, put = before[asked], before[asked - 1]
    return _asks_if_so(question, lex) and _reports_a_claim(put)


def _opens_with_no(answer: Span) -> bool:
    """"No.", "No, we sent it at once": the first word is "No", then a stop or a comma."""
    words = [t for t in answer if not t.is_quote]
    return len(words) >= 2 and words[0].lower_ in NO_WORDS and words[1].text in (".", ",", "!", ";", "—", "-")


def _asks_if_so(question: Span, lex: dict[str, frozenset[str]]) -> bool:
    """"Is that fair?", "Is that true?", "Was it accurate?": a verdict asked of what was just put."""
    root = question.root
    if root.lemma_ != "be":
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    said = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    return subject is not None and subject.lower_ in ("that", "this", "it") \
        and any(c.lemma_.lower() in lex["asked_verdicts"] for c in said)


def _reports_a_claim(sentence: Span) -> bool:
    """The sentence before the question reports what someone says or claims of the speaker."""
    return any(t.pos_ == "VERB" and cue_stance(t.lemma_) in ("assert", "warn", "believe") for t in sentence)
