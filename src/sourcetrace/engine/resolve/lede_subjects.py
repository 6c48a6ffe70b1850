"""A headline's description of someone ("…, says archaeologist mapping Lesbos' sunken harbour",
"Midwife who delivered 4,000 babies retires") that the story's body never uses again is the
person the lede opens on: features and profiles name their subject as the subject of the first
sentence ("Dr Eleni Vasilopoulou has spent eleven summers …"). Bylines ("By …"), an outlet's name
and a dateline are passed over; a name with a post of its own set before it ("Mayor …") is
someone else's story, and a lede that opens on no one gives no holder."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import load_json, word_set

LEDE_SENTENCES = 2  # sentences with a verb, after the byline, that the subject may open
SUBJECTS = ("nsubj", "nsubjpass")


def _courtesy() -> frozenset[str]:
    return frozenset(load_json("roles.json")["courtesy"])


def _bare(p: Span) -> bool:
    """No post set before the name, a courtesy title aside ("Dr", "Ms")."""
    doc, k = p.doc, p.start
    while k > p.sent.start and doc[k - 1].lower_.rstrip(".") in _courtesy():
        k -= 1
    before = doc[k - 1] if k > p.sent.start else None
    return before is None or not (before.lower_ in word_set("titles") | word_set("person_nouns")
                                  or before.tag_ == "POS" or before.is_title and before.pos_ in ("PROPN", "NOUN"))


def role_word(m, roles: frozenset[str]) -> str | None:
    """The role a headline's mention is built on: its head, or the person noun opening it where a
    clause follows that the parse took for the head ("archaeologist mapping Lesbos' sunken harbour")."""
    if m.head_lemma in roles:
        return m.head_lemma
    words = m.text.lower().split()
    return words[0] if len(words) > 1 and words[0] in roles and words[1].endswith(("ing", "ed")) else None


def lede_subject(doc: Doc, headline_end: int, people: tuple[Span, ...]) -> Span | None:
    """The person the lede's first sentences open on as their subject, else None."""
    seen = 0
    for sentence in doc.sents:
        if sentence.start_char < headline_end:
            continue
        if sentence.text.lstrip().lower().startswith("by ") or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            continue  # a byline, an outlet's name
        inside = [p for p in people if sentence.start <= p.start < sentence.end]
        subject = next((p for p in inside if p.root.dep_ in SUBJECTS and p.root.head == sentence.root), None)
        if subject is not None:
            return subject if subject == inside[0] and _bare(subject) else None
        if inside:
            return None  # the lede names someone first who is not its subject
        said_of = next((t for t in sentence.root.children if t.dep_ in SUBJECTS), None)
        seen += 1
        if seen >= LEDE_SENTENCES or said_of is None \
                or said_of.lemma_.lower() not in word_set("person_nouns") | word_set("titles"):
            return None  # only "A Sunday league footballer has denied …" is named a sentence on
    return None

