"""Small dependency-tree helpers shared by the extractors."""
from __future__ import annotations

import numpy as np
from spacy.attrs import POS
from spacy.tokens import Doc, Token

from ..lexicon import cue_stance, cue_verbs, kind_words, no_response, phrasal_verbs
from .base import Offsets
from .subject_before_aside import subject_before_aside
from .past_joined_to_participle import subject_of_past_joined_to_participle
from .name_after_role import name_after_role
from ..parse import text_of

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Verbs that inherit the subject of the verb they hang from: "said X, adding that …".
INHERITING_DEPS = {"advcl", "conj", "xcomp", "relcl"}
TRIM = set(" \t\n\r\u00a0,;:—–-")
QUOTE_MARKS_BEFORE_A_SPEAKER = set("\"“”'‘’«»")


def tokens_tagged(doc: Doc, pos: tuple[str, ...]) -> list[Token]:
    """The doc's tokens with one of these coarse tags, found without making every Token."""
    wanted = [doc.vocab.strings[p] for p in pos]
    tags = doc.to_array(POS)
    return [doc[i] for i in np.flatnonzero(np.isin(tags, wanted)).tolist()]


def trim(doc: Doc, start: int, end: int, extra: str = "") -> Offsets | None:
    """Character offsets with surrounding spaces and separators removed."""
    text = text_of(doc)
    strip = TRIM | set(extra)
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return (start, end) if end > start else None


def token_offsets(doc: Doc, first: int, last: int, extra: str = "") -> Offsets | None:
    """Offsets covering tokens first..last (inclusive), trimmed."""
    if last < first:
        return None
    return trim(doc, doc[first].idx, doc[last].idx + len(doc[last].text), extra)


def subtree_offsets(token: Token, skip: set[int] | None = None) -> Offsets | None:
    """Offsets of a token's subtree, cut before any token in `skip` that borders it."""
    idxs = [t.i for t in token.subtree if not (skip and t.i in skip)]
    if not idxs:
        return None
    doc = token.doc
    lo, hi = min(idxs), max(idxs)
    # Keep the span contiguous around the token itself.
    left = token.i
    while left - 1 >= lo and left - 1 in idxs:
        left -= 1
    right = token.i
    while right + 1 <= hi and right + 1 in idxs:
        right += 1
    return token_offsets(doc, left, right)


def _verb_read_as_noun(token: Token) -> bool:
    """"Documents seen by this newspaper show that …": after a subject with a participle of its
    own, the tagger may take the verb for a noun; a noun has no subject and no clause of its own."""
    return any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "ccomp" for c in token.children)


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def in_question(token: Token) -> bool:
    """The token's sentence asks ("Was the report fabricated?"), closing quote marks aside."""
    return token.sent.text.rstrip().rstrip(" \"'”’").endswith("?")


def is_hedged(verb: Token) -> bool:
    """A modal on the verb ("could be invented", "may not reflect"): a forecast or a possibility,
    not what the speaker holds."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def not_known_yet(verb: Token) -> bool:
    """"could not yet say whether the particles pose a risk": unable so far (one of ability_modals and
    one of not_yet_words, lexicon no_response.json), the speaker says the answer is not known yet,
    which is an assertion; "would not say" or "could not say" withholds it."""
    lex = no_response()
    return any(c.dep_ == "advmod" and c.lower_ in lex["not_yet_words"] for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in lex["ability_modals"] for c in verb.children)


def cue_verb_stance(token: Token) -> str | None:
    if token.pos_ == "NOUN" and _verb_read_as_noun(token):
        return cue_stance(token.lemma_)
    if token.pos_ not in ("VERB", "AUX") or token.tag_ == "MD":
        return None
    lemma = token.lemma_
    if lemma not in phrasal_verbs():
        return cue_stance(lemma)
    # the parser may take the particle for an adverb: "pushed back on the criticism"
    particle = next((c.text for c in token.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == token.i + 1
                     and f"{lemma} {c.lower_}" in cue_verbs()), "")
    return cue_stance(lemma, particle=particle)


def cue_phrase(verb: Token) -> Offsets:
    """The cue verb with the auxiliaries, negation and particles that belong to it."""
    doc = verb.doc
    parts = [verb.i] + [c.i for c in verb.children
                        if c.dep_ in ("aux", "auxpass", "neg", "prt") and abs(c.i - verb.i) <= 3
                        or c.dep_ == "advmod" and c.i == verb.i + 1 and verb.lemma_ in phrasal_verbs()
                        and cue_stance(verb.lemma_, particle=c.text) is not None]
    lo, hi = min(parts), max(parts)
    # An adverb on the verb's left belongs to the cue, as PolNeAR marks it: "also said",
    # "has repeatedly denied".
    adverbs = {c.i for c in verb.children if c.dep_ == "advmod" and c.tag_ == "RB" and c.i < verb.i}
    while lo - 1 in adverbs:
        lo -= 1
    return (doc[lo].idx, doc[hi].idx + len(doc[hi].text))


def _continued_cue(verb: Token) -> Token | None:
    """", adding …" / ", calling …" hung inside reported content: the cue it continues."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return None
    before = verb.i - 1
    while before > 0 and verb.doc[before].is_quote:  # "…,” adding"
        before -= 1
    if verb.doc[before].text != ",":
        return None
    for anc in verb.ancestors:
        if cue_verb_stance(anc) and anc.i < verb.i:
            return anc
    return None


def is_passive_participle(verb: Token) -> bool:
    """A bare past participle set before or after a clause ("Asked about …, X said", "…, X said
    when pressed"): the clause's subject underwent it and does not do it."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
            or _participle_read_as_clause(verb) is not None)


def _participle_read_as_clause(verb: Token) -> Token | None:
    """"Peskov, asked about the meeting, said …" parsed as if Peskov asked: a verb set off by
    commas between a subject and the cue verb it hangs from. Returns that subject."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN") or not verb.i < head.i or verb.i == 0:
        return None
    if doc[verb.i - 1].text != "," or doc[verb.right_edge.i].text != "," or verb.right_edge.i + 1 != head.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or not cue_verb_stance(head):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i - 1), None)


def _main_verb_past_a_relative(verb: Token) -> Token | None:
    """"The tribunal struck down a law that would have allowed a second term, ruling 5-2 that …": a
    participle set off by a comma, which the parser hung on a relative clause, says what the main
    clause's subject did; the verb whose object the relative clause describes."""
    clause = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or clause.dep_ != "relcl" or verb.left_edge.i == 0 \
            or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    noun = clause.head
    main = noun.head
    return main if noun.dep_ in ("dobj", "pobj", "attr") and main.pos_ in ("VERB", "AUX") and main.i != noun.i else None


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The speaker of a verb: its subject, a passive agent, or the subject it inherits."""
    if _participle_read_as_clause(verb) is not None:
        return None  # its "subject" was asked, and is the speaker of the verb it hangs from
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        cue = _continued_cue(verb)
        if cue is not None and depth < 4:
            return subject(cue, depth + 1)
    # Nearest subject first: a misparse can give a verb two ("Soldiers …, generals told").
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ in ("nsubj", "csubj"):
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head  # "X, who said …": the antecedent
            return name_after_role(child, verb) or child
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "it was reported that …": no speaker named
    if is_passive_participle(verb):
        return None  # "Asked whether …, X replied": X was asked; the asker goes unnamed
    for child in verb.children:
        if (own := _participle_read_as_clause(child)) is not None:
            return own
    if verb.dep_ == "conj" and (named := _name_set_before(verb)) is not None:
        return named
    if verb.dep_ in INHERITING_DEPS and verb.head.i != verb.i and depth < 4:
        if verb.dep_ == "relcl":
            return verb.head
        if (undergone := _subject_of_passive_before(verb)) is not None:
            return undergone
        if (main := _main_verb_joined_to_its_noun(verb)) is not None:
            return main.head
        if (noun := subject_of_past_joined_to_participle(verb)) is not None:
            return noun
        if (main := _main_verb_past_a_relative(verb)) is not None:
            return subject(main, depth + 1)
        return subject(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and depth < 4:
        # "began by saying …", "was rushed to hospital after saying …": whoever did the main verb
        main = verb.head.head
        if main.pos_ in ("VERB", "AUX"):
            passive = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
            return passive if passive is not None else subject(main, depth + 1)
    if verb.dep_ == "ROOT":
        return _subject_in_fronted_phrase(verb) or subject_before_aside(verb)
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        # "Pryce, who sat …, told police that …, the jury heard": the trailing report's clause
        return subject_before_aside(verb)
    if main_verb_read_as_participle(verb):
        return verb.head
    if (issuer := _issuer_of_document(verb)) is not None and depth < 4:
        return subject(issuer, depth + 1)
    return None


def _subject_of_passive_before(verb: Token) -> Token | None:
    """"Grant was asked about the dispute but said …", "The driver was taken to hospital and later
    told police …": an active verb joined to a passive one says what the passive's subject did
    ("it was reported … and said" has no such subject: a pronoun for no one is left alone)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
            or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    passive = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if passive is None or passive.lower_ in ("it", "this", "that", "there"):
        return None
    return passive


def _issuer_of_document(verb: Token) -> Token | None:
    """"The union issued a statement saying …", "posted a letter on social media calling …": a
    saying hung on a document that its subject put out (kinds.json `document_issuers`) is said by
    whoever put it out. Returns the verb of putting out."""
    doc_noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or doc_noun.dep_ != "dobj" or doc_noun.i > verb.i \
            or doc_noun.lemma_.lower() not in kind_words()["issued_documents"]:
        return None
    issued = doc_noun.head
    return issued if issued.lemma_.lower() in kind_words()["document_issuers"] and issued.pos_ == "VERB" else None


def main_verb_read_as_participle(verb: Token) -> bool:
    """"The Harbour Trust, which runs the marina, announced on Monday that …" or "A former
    treasurer of the Trust denied at … Court that he had …" parsed as if the verb described the
    noun: a cue verb with a clause of its own, hung as a modifier on the sentence's root noun, is
    the sentence's main verb, and that noun its subject (a sentence has a main verb; the noun alone
    is none) — where it is a past tense, or a form that could be a participle ("announced") set
    after a comma that ends an aside."""
    head, doc = verb.head, verb.doc
    if _past_tense_after_apposed_name(verb):
        return True
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i \
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) \
            or any(c.dep_ in ("agent", "auxpass", "nsubjpass", "nsubj") for c in verb.children):
        return False
    after_aside = verb.left_edge.i > head.i + 1 and doc[verb.left_edge.i - 1].text == "," \
        and any(c.dep_ in ("relcl", "appos", "acl", "amod") and head.i < c.i < verb.i for c in head.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and after_aside)


def _main_verb_joined_to_its_noun(verb: Token) -> Token | None:
    """"The referees' union, the … Association, called the incident … and said …": where the parser
    read the main verb as describing the subject (`main_verb_read_as_participle`), it joins the
    next verb to the sentence's root noun; that verb is the main verb's second. Returns the main verb."""
    root = verb.head
    if verb.dep_ != "conj" or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    mains = [t for t in root.doc[root.i:verb.i] if t.dep_ == "acl" and main_verb_read_as_participle(t)]
    return mains[-1] if mains else None


def _past_tense_after_apposed_name(verb: Token) -> bool:
    """"The referees' union, the National Basketball Referees Association, called the incident …":
    a past tense right after the comma closing a name set beside the sentence's root noun, hung on
    that name as if it described it, is the sentence's main verb and the name its subject (a past
    tense is no participle)."""
    head, doc = verb.head, verb.doc
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "appos" and head.i < verb.i \
        and head.head.dep_ == "ROOT" and head.head.pos_ in ("NOUN", "PROPN") and doc[verb.i - 1].text == "," \
        and head.i == verb.i - 2 \
        and not any(c.dep_ in ("agent", "auxpass", "nsubjpass", "nsubj") for c in verb.children)


def _name_set_before(verb: Token) -> Token | None:
    """"… after a neighbour, Curtis Wable, complained that …" read as "ruled …, complained": a
    proper name set off by commas right before a joined verb, hung on the same head, is its subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    start = name.left_edge.i
    # "<a role noun>, <Name>, <verb>": the name sets off the noun before it
    role = start > 1 and doc[start - 1].text == "," and doc[start - 2].pos_ == "NOUN"
    if name.pos_ == "PROPN" and name.dep_ in ("npadvmod", "appos", "dep", "dobj") and role \
            and all(t.pos_ == "PROPN" for t in doc[start:name.i + 1]):
        return name
    return None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """"In an interview with the BBC, the union's leader, Mick Dolan, said …": the parser may hang
    the speaker on the fronted phrase's last noun as an appositive, leaving the verb no subject."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.sent.start or prep.right_edge.i < verb.i - 2:
            continue
        for t in prep.subtree:
            if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.doc[t.left_edge.i - 1].text == ",":
                return t
    return None


def np_offsets(head: Token, exclude: Offsets | None = None) -> Offsets | None:
    """A noun phrase's full extent (with appositives and relative clauses), minus `exclude`."""
    span = subtree_offsets(head)
    if span is None or exclude is None:
        return span
    s, e = span
    xs, xe = exclude
    if xs <= head.idx < xe:
        return span
    if xs < e and xe > s:
        if head.idx < xs:
            return trim(head.doc, s, xs)
        return trim(head.doc, xe, e)
    return span


def speaker_offsets(speaker: Token) -> Offsets | None:
    """The speaker's phrase, with a name the parser split off as a second subject
    ("said one of the officials, Marta Quill, adding …") or as a second appositive; never with the
    closing mark of the quote before it, which the parser may hang in the speaker's phrase."""
    span = np_offsets(speaker)
    if span is None:
        return None
    text = text_of(speaker.doc)
    while span[0] < span[1] and text[span[0]] in QUOTE_MARKS_BEFORE_A_SPEAKER:
        span = trim(speaker.doc, span[0] + 1, span[1])
        if span is None:
            return None
    # "the … Association, called the incident …": a main verb the parser hung on the name
    # (`main_verb_read_as_participle`) is what the speaker said, no part of who it is
    main = next((c for c in speaker.children if c.dep_ == "acl" and c.i > speaker.i
                 and main_verb_read_as_participle(c)), None)
    if main is not None and (cut := token_offsets(speaker.doc, speaker.left_edge.i, main.left_edge.i - 1)):
        return cut
    split = ("nsubj", "appos") if speaker.dep_ == "appos" else ("nsubj",)
    for sib in speaker.head.children:
        if sib.dep_ in split and sib.i > speaker.right_edge.i and sib.pos_ == "PROPN" \
                and all(t.is_punct or t.is_space for t in speaker.doc[speaker.right_edge.i + 1:sib.left_edge.i]):
            end = token_offsets(speaker.doc, sib.left_edge.i, sib.right_edge.i)
            return (span[0], end[1]) if end else span
    # "Yvon Pindard, secretary-general of the union, said", parsed as two subjects, the post nearer:
    # the name set before the post is who spoke
    for sib in speaker.head.children:
        if sib.dep_ == "nsubj" and sib.right_edge.i < speaker.left_edge.i and sib.pos_ == "PROPN" \
                and speaker.pos_ == "NOUN" and all(t.pos_ == "PROPN" or t.text == "-" for t in sib.subtree) \
                and all(t.is_punct or t.is_space for t in speaker.doc[sib.right_edge.i + 1:speaker.left_edge.i]):
            start = token_offsets(speaker.doc, sib.left_edge.i, sib.right_edge.i)
            return (start[0], span[1]) if start else span
    return span


def that_clause(noun: Token) -> Token | None:
    """The "that"/"whether" clause a noun carries ("claims that …"), not a relative clause."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp") and child.i > noun.i:
            mark = child.left_edge
            if mark.lower_ in ("that", "whether") and mark.dep_ == "mark":
                return child
    return None


REPLY_NOUNS = {"response", "reply", "answer"}


def object_of(prep: Token) -> Token | None:
    """The object of a preposition ("by" → "the council" in "by the council")."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def questions_answered(prep: Token) -> Token | None:
    """What was asked, in "said in reply to written questions that …": the object of "to" after a
    reply noun the preposition governs. The parser may hang the speaker's "that" clause on it."""
    reply = object_of(prep)
    if reply is None or reply.lemma_.lower() not in REPLY_NOUNS:
        return None
    to = next((c for c in reply.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return object_of(to) if to is not None else None
