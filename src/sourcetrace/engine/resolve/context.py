"""People the article names outside any attribution, whom a later "he said" may point back to.

"Maria Santos has run the bakery for twenty years. … “Prices have doubled,” she said."
Santos is no source until the pronoun finds her, so source mentions alone would miss her.
Only the subject of a clause (or a name set beside one: "Her husband, Joe, …") counts;
names inside reported words are what someone talks about, not who talks next.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..extract.base import Found, SpanIndex
from ..lexicon import kind_words, word_set
from ..parse import entities_of, parsed_text, span_at
from ..parse.columns import columns
from .gender import PRONOUNS, from_words as gender_of_words
from .bylines import on_a_byline
from .mentions import Mention, analyse_mention
from .names import POSSESSIVE, first_names, person_entities, person_surnames

SUBJECTS = ("nsubj", "nsubjpass")
BRACKET_REACH = 6  # words inside brackets before or after a name read as its party or seat


def _is_subject(ent: Span) -> bool:
    """The subject of a clause or the agent of a passive, or set beside or joined to one ("X and her
    challenger, Y, clashed"), or the full name a clause says someone is ("One of her pupils was
    Daniel Okoro"; a lone "It was O.K." the tagger took for a name is not)."""
    token = ent.root
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    named_as = token.dep_ == "attr" and token.head.lemma_ == "be" and len(ent.text.split()) > 1
    # "Joel Ameobi scored": the parser may hang the surname alone on the verb, the first name as a root
    surname_subject = any(t.dep_ in SUBJECTS and not ent.start <= t.head.i < ent.end for t in ent)
    # "Quaye grins when reminded": the parser took the verb for a noun the name modifies
    misread_verb = token.dep_ == "compound" and token.head.i == ent.end and token.head.dep_ == "ROOT" \
        and token.head.is_lower and token.head.lower_.endswith("s")
    # "a garage run by Hamadi's daughter, Fatma Ben Salem": the agent of a passive is who acts; not
    # where a pronoun before it keeps someone else in view ("drawn up for his office by consultant
    # Peter Brown"), nor an obituary's "is survived by …", which lists kin who do nothing
    agent = token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_ != "survive" \
        and not any(t.lower_ in PRONOUNS for t in ent.doc[ent.sent.start:ent.start])
    return token.dep_ in SUBJECTS or named_as or surname_subject or misread_verb or agent \
        or _opens_subjectless_sentence(ent)


def _clause_subject(ent: Span):
    token = ent.root
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    return token


def _subjects_of_cues(doc: Doc, found: list[Found]) -> set[int]:
    """The subjects of the cues' own verbs, which a find may have taken into its words ("X has
    been accused by Y of …" read as Y's words about X): the person the clause is about is in view,
    not merely spoken of."""
    out = set()
    for f in found:
        cue = span_at(doc, *f.cue) if f.cue else None
        if cue is not None:
            out |= {c.i for t in cue for c in t.children if c.dep_ in SUBJECTS and not cue.start <= c.i < cue.end}
    return out


def _owns_subject(ent: Span) -> bool:
    """"Teague's father, a trawlerman, never saw the market. She keeps his old fish scale": a
    sentence about someone's relative or work keeps its owner in view for the "she" that follows."""
    token = ent.root
    return token.dep_ == "poss" and token.head.dep_ in SUBJECTS and token.head.i != token.i \
        and not _named_beside(token.head)


def _named_beside(head) -> bool:
    """"Whelan's husband, Brian Whelan, sat in the front row. He declined …": a relative named
    beside the noun is the one in view, not the owner (who may share the surname)."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in head.children)


def _object_of_many(ent: Span) -> bool:
    """"Opposition MPPs accused Health Minister Rosalind Achterberg of stonewalling after she refused
    …", "Police arrested Dmitri Volkov after he …": the one person a clause acts on, where those who
    act are many or a body, is the one a "he" or "she" that follows can stand for."""
    token = _clause_subject(ent)
    if token.dep_ != "dobj" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    words = kind_words()
    return any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.lemma_.lower() in words["group_words"]
                                       | words["organization"] | words["company_words"]) and c.ent_type_ != "PERSON"
               for c in token.head.children)


def _owns_source(ent: Span) -> bool:
    """"Okafor's youngest son, seven, said …": the owner of a relative who speaks is in view again
    for the "she" that follows (not the owner of a firm's or a campaign's spokesman)."""
    owned = ent.root.head
    return ent.root.dep_ == "poss" and owned.i != ent.root.i and owned.lemma_.lower() in kind_words()["kin"] \
        and not _beside_a_name(owned)


def _beside_a_name(noun) -> bool:
    """"Owen Pryce, Gareth's nephew, said …": a relative who speaks under a name of their own is the
    one in view; the owner named inside the aside is not who the "he" that follows is."""
    return noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.ent_type_ == "PERSON"


def called_the(ent: Span) -> bool:
    """"The family boat, the Theresa G., …", "the William Henry", "the Grand Victoria": a name the
    text sets "the" right before is a vessel's, a building's or a thing's; news never writes a
    person so ("the late Joe Ames", "the Rev. Ames" have a word between), so no "he" or "she" finds it."""
    if ent[0].lower_ == "the" and len(ent) > 1:  # the tagger may take "the" into the name
        ent = ent[1:]
    if ent.start == 0 or ent[0].lower_.rstrip(".") in word_set("titles"):
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_ == "the" and before.head.i in range(ent.start, ent.end)


def _bracketed_after_a_name(ent: Span, people: list[Span]) -> bool:
    """"Cllr Tariq Mahmood (Con, Holme Valley North)": words in brackets after a person's name say
    their party, seat or state, and name no one of their own."""
    doc = ent.doc
    opening = next((k for k in range(ent.start - 1, max(ent.sent.start, ent.start - BRACKET_REACH) - 1, -1)
                    if doc[k].text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or opening == 0:
        return False
    closes = any(t.text == ")" for t in doc[ent.end:min(ent.end + BRACKET_REACH, len(doc))])
    return closes and any(p.start <= opening - 1 < p.end for p in people if p.start != ent.start)


def _opens_subjectless_sentence(ent: Span) -> bool:
    """"Vesey, wearing a grey cardigan, wept": a name opening a sentence whose verb the parser
    left without a subject (it read "Vesey" as an adverb) is that verb's subject."""
    root = ent.sent.root
    return ent.start == ent.sent.start and root.pos_ in ("VERB", "AUX") and root.i >= ent.end \
        and not any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in root.children)


def people_in_context(doc: Doc, found: list[Found]) -> list[Mention]:
    """Named people who are the subject of a clause outside every find's source and content."""
    taken = SpanIndex.of((span, span) for f in found for span in [*f.content, *([f.source] if f.source else [])])
    sources = {f.source for f in found if f.source}
    surnames = person_surnames(doc)
    cue_subjects = _subjects_of_cues(doc, found)
    cue_verbs = {t.i for f in found if f.cue and (cue := span_at(doc, *f.cue)) is not None for t in cue}
    out = []
    people = [*person_entities(doc), *_surnames_missed(doc)]
    for ent in people:
        if called_the(ent) or _bracketed_after_a_name(ent, people):
            continue
        overlapping = [(s, e) for s, e in taken.near((ent.start_char, ent.end_char))
                       if s < ent.end_char and ent.start_char < e]
        if overlapping and (_clause_subject(ent).i in cue_subjects
                            or _object_of_many(ent) and _clause_subject(ent).head.i in cue_verbs):
            # "Trustee Aaron Beaulieu has been accused by two colleagues", "MPPs accused Minister
            # Achterberg of …": who it is about, not reported words (a source's own name stays the source's)
            overlapping = [span for span in overlapping if span in sources]
        if overlapping and not (all(span in sources for span in overlapping) and _owns_source(ent)):
            continue
        root = ent.root
        if _is_subject(ent):
            # "Her husband, Joe, …", "Judge Anna Roe": the whole phrase, so that the role comes along.
            # "Selby, the mayor seeking a third term, hit back": the role set beside the name too.
            start = root.head.left_edge.idx if root.dep_ == "appos" else min(root.left_edge.idx, ent.start_char)
            start = _with_prefix(parsed_text(doc), start)
            end = ent.end_char if root.dep_ == "appos" else _described(ent) or ent.end_char
            mention = analyse_mention(doc, start, end, root.head.i if root.dep_ == "appos" else root.i)
        elif _owns_subject(ent) or overlapping or _object_of_many(ent):
            mention = analyse_mention(doc, ent.start_char, ent.end_char, root.i)
            if mention.first_name is None and len(ent) > 1:  # "Tomas Brandt's novel": he, not she
                mention = replace(mention, first_name=ent[0].text)
        elif (described := _described(ent)) is not None:
            mention = replace(analyse_mention(doc, ent.start_char, described, root.i), in_passing=True)
        else:
            continue
        if mention.kind != "person" and len(ent) > 1 and root.i != ent[-1].i and ent[-1].dep_ == root.dep_:
            # "Dolores Ibsen died": a parse that made each word a subject, the first name a plural noun
            mention = replace(analyse_mention(doc, mention.start, mention.end, ent[-1].i), in_passing=mention.in_passing)
        if mention.kind == "organization" and mention.named and ent.text in surnames \
                and _names_it(mention.name, ent.text.strip()) and mention.name != ent.text:
            # "Mrs Pilbeam isn't convinced", untagged: a person's surname under a title is that person
            mention = replace(mention, kind="person", name=ent.text, surname=ent.text,
                              gender=gender_of_words(mention.name.split()[:1]))
        if mention.kind == "person" and mention.named and _names_it(mention.name, ent.text.strip()):
            out.append(mention)
    return out


def organisations_in_passing(doc: Doc, found: list[Found]) -> list[Mention]:
    """Organisations the text names without quoting them ("Shares in Tessaline Semiconductors
    fell"), for a later "the company" or "the trust" to find; never a pronoun's target until a
    source joins them."""
    sources = SpanIndex.of(((f.source, f.source_head), f.source) for f in found if f.source)
    people = {(p.start, p.end) for p in person_entities(doc)}
    surnames = person_surnames(doc)
    firm_words, firm_ends = kind_words()["company_words"], kind_words()["firm_name_words"]
    out = []
    for ent in entities_of(doc):
        # "payments firm Quillpay": a name set after a word for a firm is one, whatever its label;
        # so is one that ends as only firms' names do ("Corbel Homes", tagged PERSON)
        called_firm = ent.start > 0 and doc[ent.start - 1].lemma_.lower() in firm_words \
            or len(ent) > 1 and ent[-1].lower_ in firm_ends
        if not (ent.label_ == "ORG" or called_firm) or (ent.start, ent.end) in people or ent[-1].tag_ == "POS":
            continue
        if any(POSSESSIVE.sub("", word) in surnames for word in ent.text.split()):
            continue  # "the Christie administration": a person's name inside is no organisation's
        if _kind_word_alone(ent):
            continue
        if any(_names_source(ent, span, head) for span, head in sources.near((ent.start_char, ent.end_char))):
            continue
        mention = analyse_mention(doc, ent.start_char, ent.end_char, ent.root.i)
        if mention.kind == "organization" and mention.named:
            out.append(replace(mention, in_passing=True))
    return out


def _kind_word_alone(ent: Span) -> bool:
    """"the Company's first plant", "the Group's revenue": a release's word for its issuer, in
    capitals and tagged as a name, is no name; "the Company said" finds the firm as "the company" does."""
    words = kind_words()
    return len(ent) == 1 and ent[0].lower_ in words["company_words"] | words["organization"] \
        and ent[0].is_title


def _names_source(ent: Span, source: tuple[int, int], head: int | None) -> bool:
    """Whether an entity is a source's own name, a mention already: it overlaps the source and is
    not just a name inside a longer one ("the head of Acme's union" holds Acme in passing)."""
    start, end = source
    if not (start < ent.end_char and ent.start_char < end):
        return False
    inside = start <= ent.start_char and ent.end_char <= end
    return not inside or (head is not None and ent.start <= head < ent.end)


def _described(ent: Span) -> int | None:
    """Where "Raymond Tully, a 61-year-old former trucker" ends: a name followed by a description."""
    role = next((c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > ent.root.i), None)
    return role.right_edge.idx + len(role.right_edge.text) if role is not None else None


def _surnames_missed(doc: Doc) -> list[Span]:
    """A person's surname (or first name) standing alone where the tagger did not see a person ("Reyes, 58,
    has led the trust since 2019." with "Reyes" read as a plural noun)."""
    # and a first name standing alone ("Marcus was less amused" after "Marcus Ameobi", tagged ORG)
    surnames = person_surnames(doc) | first_names(doc)
    lowered, col = {name.lower() for name in surnames}, columns(doc)
    named = {i for p in person_entities(doc) for i in range(p.start, p.end)}  # found as part of a full name
    hits = [i for i, word in enumerate(col.lower) if word in lowered and col.ent_type[i] != "PERSON" and i not in named]
    missed = [doc[i:i + 1] for i in hits if doc[i].text in surnames and doc[i].is_title]
    # "Lindqvist-Mora, …, was gracious": a hyphenated surname is three tokens
    joined = [name for name in surnames if "-" in name and name.istitle()]
    if joined:
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, joined)) + r")(?![\w-])")
        for match in pattern.finditer(parsed_text(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is not None and all(col.ent_type[i] != "PERSON" for i in range(span.start, span.end)):
                missed.append(span)
    return missed


def _names_it(name: str, entity: str) -> bool:
    """Whether a mention's name is the entity's: the same words, or the entity's with a title the
    tagger left out before it ("Mrs Pilbeam" for a missed "Pilbeam")."""
    words = name.split()
    return entity.endswith(name) or len(words) == 2 and words[1] == entity \
        and words[0].rstrip(".").lower() in word_set("titles") \
        or len(words) == 2 and words[0] == entity  # "whose father Kurt": Kurt Vane, by the family's name


def _with_prefix(text: str, start: int) -> int:
    """"Her co-founder, Leila Haddad": a phrase the parse begins after "co-" keeps the prefix, which
    makes another post ("co-founder" is not "the founder")."""
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    return start
