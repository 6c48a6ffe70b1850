"""A headline's role source is the person the story names in that role.

"Former charity treasurer denies taking £410,000 from hospice fund" over "A former treasurer of
the Greyfield Hospice Trust denied … Gideon Prell, 58, of Ashcombe Road, faces eleven counts":
the headline's treasurer is Gideon Prell. The lede calls the person by the role first and names
them in the next sentence, or sets the role beside the name ("Police Chief Anita Marchetti").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon import load_json, word_set
from ..parse import text_of
from .lede_subjects import lede_subject, role_word
from .mentions import Mention
from .names import person_entities, without_titles

LEDE_REACH = 1500  # characters after the headline that the role is looked for in
INTRODUCED = re.compile(r",\s*\d{1,3}\s*,|,\s*(?:a|an|the|who)\b")


def _role_in_headline(m: Mention, headline_end: int) -> bool:
    roles = word_set("person_nouns") | word_set("titles")
    bare = not m.named or m.name.lower().split()[-1:] == [m.head_lemma]
    return m.start < headline_end and m.kind == "person" and bare and m.pronoun is None \
        and m.member_of is None and role_word(m, roles) is not None and not m.text.lower().startswith(("a ", "an ", "the "))


def _holder(doc: Doc, role: Token, people: tuple[Span, ...]) -> Span | None:
    """The person the role word names: set before or beside the name, else the person introduced
    at the head of the next sentence ("A former treasurer … denied … Gideon Prell, 58, …")."""
    text = text_of(doc)
    for p in people:
        if p.start <= role.i < p.end or role.head.i in range(p.start, p.end) or p.root.head.i == role.i \
                and p.root.dep_ == "appos":
            return p
    said_to_be = _subject_said_to_be(role)
    if said_to_be is not None:
        return next((p for p in people if p.start <= said_to_be.i < p.end), None)
    sentence = role.sent
    if sentence.end >= len(doc):
        return None
    after = doc[sentence.end].sent
    opening = next((t.i for t in after if not t.is_space), after.end)
    first = next((p for p in people if p.start >= after.start), None)
    if first is not None and first.start == opening and INTRODUCED.match(text, first.end_char):
        return first
    return None


PREDICATES = ("attr", "oprd")  # "she is the sheriff", "she was elected sheriff"
SUBJECTS = ("nsubj", "nsubjpass")


def _subject_said_to_be(role: Token) -> Token | None:
    """"Ms. Halvorsen was first elected Tamarack County sheriff", "Okafor became mayor in 2019",
    "Dlamini, who was appointed as ombudsman": the role said of a subject (a predicate of "be",
    "become", "elect", "name", or after "as") is that subject's; its head word, else None."""
    verb = role.head if role.dep_ in PREDICATES else \
        role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" and role.head.dep_ == "prep" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if (subject is None or subject.tag_ in ("WP", "WDT")) and verb.dep_ == "relcl":
        subject = verb.head  # "Dlamini, who was appointed as ombudsman": the relative's noun
    return subject


def name_headline_roles(doc: Doc, ordered: list[Mention]) -> None:
    """Give a headline's unnamed role source the name of the person the lede gives that role (in place)."""
    text = text_of(doc)
    headline_end = text.find("\n")
    if headline_end < 0:
        return
    people = tuple(p for p in person_entities(doc) if p.start_char > headline_end)
    for m in ordered:
        if not _role_in_headline(m, headline_end):
            continue
        word = role_word(m, word_set("person_nouns") | word_set("titles"))
        role = next((t for t in doc if headline_end < t.idx < headline_end + LEDE_REACH
                     and t.lemma_.lower() == word and t.pos_ in ("NOUN", "PROPN")), None)
        holder = _holder(doc, role, people) if role is not None else None
        if holder is None:
            holder = _holder_by_post(doc, m, people, headline_end) if role is None \
                else _speaking_next(doc, role, people)
        if holder is None:  # a description the lede gives no one: the person the lede opens on
            holder = lede_subject(doc, headline_end, people)
        if holder is None:
            continue
        words = [t for t in without_titles(holder) if t.tag_ != "POS"]
        # the lede's own unnamed mention of the role ("Ontario's housing minister is denying") too
        lede = [n for n in ordered if role is not None and n.start <= role.idx < n.end and n.kind == "person"
                and not n.named and n.pronoun is None and n.head_lemma == m.head_lemma]
        for named in [m, *lede]:
            named.named, named.name = True, "".join(t.text_with_ws for t in words).strip()
            named.surname, named.first_name = words[-1].text, words[0].text if len(words) > 1 else None


def _plain_words(phrase: str) -> set[str]:
    """A phrase's words, lower case, less possessive endings: "Teachers' union" → teachers, union."""
    return {re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w'’-]+", phrase.lower())}


def _holder_by_post(doc: Doc, m: Mention, people: tuple[Span, ...], headline_end: int) -> Span | None:
    """"Teachers' union head says …" over "… spoke with Denise Kwasnicki, president of the Parkland
    Teachers' Federation": where the lede never uses the headline's word, the person it names with
    a post of the same kind (roles.json `families`) at a body the headline's words also name."""
    mine = _plain_words(m.text) - {m.head_lemma}
    family = {f for f, words in _families().items() if m.head_lemma in words}
    for p in people:
        if p.start_char > headline_end + LEDE_REACH:
            return None
        post = next((c for c in p.root.children if c.dep_ == "appos" and c.i >= p.end), None)
        if post is None or not family & {f for f, words in _families().items() if post.lemma_.lower() in words}:
            continue
        theirs = _plain_words(doc[post.left_edge.i:post.right_edge.i + 1].text) - {post.lemma_.lower()}
        if mine & theirs - word_set("titles") - NOT_QUALIFIERS:
            return p
    return None


NOT_QUALIFIERS = {"of", "the", "a", "an", "for", "and", "at", "in"}


def _families() -> dict[str, list[str]]:
    return load_json("roles.json")["families"]


def _owner(p: Span) -> bool:
    """"Riverland's transport minister": a name owning the role (a place the tagger took for a person)."""
    return p.end < len(p.doc) and p.doc[p.end].tag_ == "POS"


SPEAKING_REACH = 2  # sentences after the lede's role that its holder may first be named in


def _speaking_next(doc: Doc, role: Token, people: tuple[Span, ...]) -> Span | None:
    """"Ontario's housing minister is denying … / “There was no interference from me,” Darnell
    Okafor-Whitby told CBN News": where the lede speaks of the role and names no one, the first
    person named in the next sentences is its holder when they are named bare (no post of their
    own set before the name, as "City Attorney Paul Dimas" would be) and speak in the first person."""
    sentence = role.sent
    if any(p.start >= sentence.start and p.end <= sentence.end and not _owner(p) for p in people):
        return None  # the lede names someone: they, not the next speaker, are in view
    after, k = [], sentence.end
    while len(after) < SPEAKING_REACH and k < len(doc):
        after.append(doc[k].sent)
        k = after[-1].end
    first = next((p for p in people if p.start >= sentence.end), None)
    if first is None or not after or first.start >= after[-1].end:
        return None
    before = doc[first.start - 1] if first.start > 0 else None
    if before is not None and (before.is_title and before.pos_ in ("PROPN", "NOUN") or before.tag_ == "POS"
                               or before.lower_ in word_set("titles") | word_set("person_nouns")):
        return None
    spoken = text_of(doc)[after[0].start_char:first.start_char]
    return first if re.search(r"\b(?:I|me|my|we|our)\b", spoken) else None


HEARERS = {"court", "jury", "jurors", "inquest", "tribunal", "hearing", "trial", "magistrates"}
TOLD = {"told", "hears", "heard", "hear", "is told"}


def told_the_court(text: str, found: list, mentions: dict[int, Mention]) -> None:
    """"Treasurer took £48,000 from village hall fund, court told": the court is who heard it, the
    one who told it is the first named person the story has tell the court or the jury (in place)."""
    headline_end = text.find("\n")
    for i, m in list(mentions.items()):
        f = found[i]
        if m.start > headline_end or f.cue is None or m.head_lemma not in HEARERS \
                or text[f.cue[0]:f.cue[1]].lower() not in TOLD:
            continue
        teller = next((mentions[j] for j, g in enumerate(found) if j in mentions and g.recipient
                       and set(g.recipient.lower().split()) & HEARERS and mentions[j].named
                       and mentions[j].kind == "person" and mentions[j].start > headline_end), None)
        if teller is not None:
            m.named, m.kind, m.name = True, "person", teller.name
            m.surname, m.first_name, m.head_lemma = teller.surname, teller.first_name, teller.head_lemma
