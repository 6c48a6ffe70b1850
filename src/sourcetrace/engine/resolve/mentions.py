"""What one source mention says about its source: kind, name, role, count, pronoun."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import bodies, gender
from .bodies_apposed import body_named_beside
from .roles_for_named_bodies import role_for_named_body
from .coordination import conjuncts, named_in_apposition
from .given_alone import lone_given_name_sex
from .outlet_after_kind import outlet_after_kind
from .ordinal_named import named_beside_ordinal
from .firm_just_named import firm_just_named, is_firm_word
from .story_firm import story_firm
from .partitives import partitive_group
from .capitalised_kind import body_by_capitalised_kind
from .whose_possessor import whose_possessor
from .shares_of import firm_of_shares
from .dashed_names import glued_by_dash, name_before_dash
from .described_before_name import split_described
from .named_only_as import named_only_as
from .named_before_form import firm_before_its_form
from .legal_forms import without_legal_form
from .document_phrases import made_clause_end, seen_by_others
from .document_recalled import document_just_named
from .named_kin import handed_down
from .opened_in_full import opened_in_full
from .bylines import byline_name_in_capitals
from .syllable_given_names import ends_syllable_given_name
from .glottal_names import glottal_name
from .patronyms import is_patronymic_word, patronymic_name_at
from .names import (CORPORATE_SUFFIX, NAME_JOINERS, POSSESSIVE, address_before_name, english, first_names, in_full, is_title_word, name_cut_by, offsets_of,
                    less_address_after, opens_on_letters, organisation_names, post_before_name, past_descriptor,
                    people_starting_in, person_entities, person_surnames,
                    opens_a_title, strip_det, surname_of, title_in_quotes, titled_name, titled_surname, titles_only,
                    unlisted_title, without_place,
                    without_suffix, without_titles)
from .posts_in_capitals import unnamed_post_holder
from .titles import descriptions_chained, long_title_before, named_after_title
from ..lexicon import cue_stance, kind_words, load_json, word_set
from ..parse import entities_in, entity_at, scratch, span_at, text_of

PRONOUNS = {
    "he": "person", "him": "person", "his": "person", "she": "person", "her": "person", "i": "person",
    "they": "group", "them": "group", "their": "group", "we": "group", "it": "thing",
}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "both": 2, "a pair": 2, "a couple": 2}
MEMBER_LEADS = {"one", "another", "a", "an", "the", "other"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
AGE = re.compile(r"\d+-years?-old", re.IGNORECASE)
FAMILY_EPITHET = re.compile(r"(?:great-)+[a-z]+|[a-z]+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|\d{1,2})", re.IGNORECASE)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str                 # person, group, organization, document, media, pronoun
    named: bool
    name: str                 # canonical name, or a short description for unnamed sources
    description: str | None = None
    count: int | None = None
    head_lemma: str = ""
    pronoun: str | None = None  # "person", "group" or "thing" for pronouns
    definite: bool = False      # "the report", "the spokesman": points back to an earlier source
    member_of: str | None = None  # "one of the generals" → "general"
    surname: str | None = None
    members: list["Mention"] = field(default_factory=list)  # sources named together in this one
    gender: str | None = None       # "m" or "f" where a pronoun, title or role word says so
    first_name: str | None = None
    # Named in passing with a description ("among them Raymond Tully, a former trucker"):
    # "the former trucker" may point back to them, a bare "he" may not.
    in_passing: bool = False
    # The speaker of words reported inside another's ("the union's claim that …" in the company's
    # denial): spoken of there, so no "it" or "she" after it points to them for that alone.
    spoken_of: bool = False
    # A second description set after the name ("Her son, David Rudd, a local historian"; "Hector
    # Ruiz-Abara, 70, a retired mail carrier"): "the historian" may point back by it too.
    aside: str | None = None


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return span_at(doc, start, end)


def _own_words(span: Span, person: Span) -> list[str]:
    """The words before a name that are the person's own: after any possessive, so that "Mr
    Oakes's wife, Sandra" takes "wife", not her husband's "Mr"."""
    before = [t for t in span if t.i < person.start]
    owner = max((k for k, t in enumerate(before) if t.tag_ == "POS" or POSSESSIVE.search(t.text)), default=-1)
    return [t.text for t in before[owner + 1:]]


def _text(doc: Doc, first: int, last: int) -> str:
    return text_of(doc)[doc[first].idx: doc[last].idx + len(doc[last].text)].strip(" ,\n\t")


BRACKETED_LETTERS = re.compile(r"\s*\([^()]*\)?\s*")


def _named_abroad_opening(span: Span) -> str | None:
    """A body's name abroad (`bodies.named_abroad`) the mention opens on, past "the", with nothing
    of the mention after it but its letters in brackets: "The Syndicat unifié des agents portuaires
    (SUAP)", and "The Syndicat" where the parser ended the subject on the name's first word."""
    words = [t for t in span if not t.is_punct]
    opening = words[1].i if len(words) > 1 and words[0].lower_ == "the" else words[0].i if words else None
    name = bodies.named_abroad_at(span.doc).get(opening)
    if name is None:
        return None
    name_end = span.doc[opening].idx + len(name)
    return name if span.end_char <= name_end or BRACKETED_LETTERS.fullmatch(text_of(span.doc)[name_end:span.end_char]) \
        else None


def _core(head: Token, within: Span | None = None, clauses: tuple[str, ...] = ("relcl", "acl", "advcl")) -> str:
    """The phrase without its relative clauses, appositives, trailing asides and possessive 's,
    and not outside the mention `within` (a source named together with it is not part of it)."""
    drop: set[int] = set()
    for t in head.subtree:
        if t.i > head.i and (t.dep_ in clauses
                          or t.dep_ in ("appos", "case") and t.head.i == head.i and not glued_by_dash(t)
                          or t.dep_ == "appos" and head.doc[t.left_edge.i - 1].text == ","  # "…Ltd, the owner"
                          or t.dep_ == "npadvmod" and t.ent_type_ == "PERSON" and t.head.i == head.i
                          # "a radio interviewer in 1995": when is no part of who
                          or t.dep_ == "prep" and t.head.i == head.i and _dated(t)):
            drop |= {d.i for d in t.subtree}
    doc, lo, end = head.doc, head.left_edge.i, head.right_edge.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].is_title:
        lo = min(lo - 2, doc[lo - 2].left_edge.i)  # "an" of "Lo Ting-an", parsed a word of its own
    if within is not None:
        lo, end = max(lo, within.start), min(end, within.end - 1)
    hi = head.i
    while hi + 1 <= end and hi + 1 not in drop:
        hi += 1
    while hi > head.i and head.doc[hi].is_punct:
        hi -= 1
    return _text(head.doc, lo, hi)


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("in 1995", "on Tuesday", "last week")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _count(head: Token) -> int | None:
    for child in head.children:
        if child.dep_ == "nummod":
            word = child.lower_
            if word.isdecimal() and len(word) <= 9:  # "③" and "²" are digits int() refuses
                return int(word)
            if word in NUMBER_WORDS:
                return NUMBER_WORDS[word]
    return None


def _person_entity(span: Span) -> Span | None:
    # A possessor is whose the mention is, not who: "Walsh's spokeswoman, Jen Park".
    # A name never opens on an article: "Karen Webb, a Registered Nurse" is Karen Webb.
    # Nor is someone named in a clause about the mention ("the developer, whose director Nick
    # Castell …"); a name after the role's preposition yields to one set beside the role ("The
    # barrister for Kenneth Daly, Fiona Greaves" is Fiona Greaves, whatever the parser joined).
    whose = next((t.i for t in span if t.lower_ in ("who", "whose", "whom")), span.end)
    people = [e for e in people_starting_in(span.doc, span.start, span.end)
              if e.end <= span.end and e.root.dep_ != "poss" and e[0].pos_ != "DET" and e.start < whose
              and not title_in_quotes(e)]
    if people:
        # "Fianna Fáil councillor Declan Mulcahy": a name the post is the compound of (a party's, a
        # place's, which the tagger may call a person's) yields to the name set beside the post
        best = max(people, key=lambda e: (e.start <= span.root.i < e.end, e.root.dep_ != "pobj",
                                          not _modifies_post(e, span.root), len(e)))
        # the titles before the name go; a form of address after it stays, the parser's head of it;
        # so do a place's or body's words and a post tagged with it ("Vannappuram MLA P. T. Nair")
        if (posted := post_before_name(best.text)) is not None:
            return span.doc[next(t.i for t in best if t.idx >= best.end_char - len(posted[1])):best.end]
        return span.doc[without_titles(best).start:best.end]
    # "one of the officials, Marta Quill": a proper name set beside a person noun is a name,
    # whatever label the small model gave it.
    head = span.root
    if head.pos_ in ("NUM", "NOUN") and (head.lemma_ in word_set("titles") | word_set("person_nouns")
                                         or head.lower_ in ("one", "another")
                                         or any(c.lower_ == "of" for c in head.children)):
        for child in [*head.children, *_beside_a_plural_object(head)]:
            if child.dep_ == "appos" and (child.pos_ == "PROPN" or _name_shaped(child)) \
                    and span.doc[child.left_edge.i].text != "(" and span.doc[child.i - 1].text != "(":
                # (a short form in brackets, "… Guyanais (STOG)", is a body's letters, no one's name)
                first = min(t.i for t in child.subtree if t.pos_ == "PROPN" or t.i == child.left_edge.i)
                # "the vessel's manager, Athens-based Kostaris Shipmanagement": no one is based somewhere
                based = any(t.lower_ == "based" or t.lower_.endswith("-based") for t in child.subtree)
                if not {t.lower_ for t in span.doc[first:child.i + 1]} & kind_words()["organization"] and not based:
                    return span.doc[first:child.i + 1]
    return None


def _name_shaped(child: Token) -> bool:
    """"Han Mi-sook", "Kim Ji-yeon": a phrase of capitalised words, a hyphened given name's lower-case
    second part aside, which the tagger read as a common noun ("sook") though it is a name."""
    doc = child.doc
    words = doc[child.left_edge.i:child.i + 1]
    if len(words) < 2 or not words[0].is_title:
        return False
    return all(t.is_title or t.text == "-" and not t.whitespace_
               or t.is_lower and t.is_alpha and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_
               for t in words)


def _beside_a_plural_object(head: Token) -> list[Token]:
    """"the advocate for the miners, Lerato Nkosi,": a name the parser hung on a plural after the
    head's preposition is the head's (a plural is no one person); "Lawyers for the buyer, Fenwick
    Homes" (`_names_whom_they_act_for`) is the other way round."""
    if head.tag_ != "NN":
        return []
    return [c for p in head.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj" and o.tag_ == "NNS" for c in o.children if c.dep_ == "appos" and c.i > o.i]


def _document_held(head: Token) -> Token | None:
    """The document a word for a copy or a part of one holds ("a leaked copy of the audit report",
    "excerpts from the ruling"; kinds.json `document_containers`), where the words after "of" or
    "from" are a document's."""
    words = kind_words()
    if head.lemma_.lower() not in words["document_containers"] and head.lower_ not in words["document_containers"]:
        return None
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                 for o in p.children if o.dep_ == "pobj"
                 and (o.lemma_.lower() in words["document"] or o.lower_ in words["document"])), None)


def _modifies_post(name: Span, head: Token) -> bool:
    return name.root.dep_ == "compound" and name.root.head.i == head.i and name.end <= head.i \
        and head.pos_ == "NOUN"


def _names_whom_they_act_for(person: Span, head: Token) -> bool:
    """"Lawyers for the buyer, Fenwick Homes": a name set beside the noun after the head's
    preposition names that noun (the buyer) when the head cannot be one named person (a
    plural, "the family of the patient, Leonard Moss")."""
    if person.root.dep_ != "appos" or person.root.head.i not in (head.i, person.root.i - 1):
        return False
    if not (head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in kind_words()["collective_people"]):
        return False
    # the parser hangs the name on the head or on the noun it follows, so ask which noun it follows
    objects = [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and o.i < person.start for o in objects)


def _name_set_beside(span: Span, head: Token) -> bool:
    """"The widow, Nusrat Ara Qureshi,": a person's name the mention sets beside its head, after a
    comma; an epithet ("the widow") then describes the person it names."""
    person = _person_entity(span)
    return person is not None and person.root.dep_ == "appos" and person.root.head.i == head.i \
        and head.i < person.start and any(t.text == "," for t in span.doc[head.i + 1:person.start])


def _names_the_body_acted_for(person: Span, head: Token) -> bool:
    """"A spokeswoman for the retailer, Brightmart,", "a lawyer for the developer, Kestrel Homes,": a
    name set after a word for a firm or body that the head (one person's role) acts for names that
    firm, however the parser hung it, where it is a firm's by its form, with no form of address
    before it. "The lawyer for the firm, Jane Holt,"
    is the lawyer."""
    doc = person.doc
    if person.root.dep_ != "appos" or person.start == 0 or doc[person.start - 1].text != "," \
            or head.tag_ != "NN" or head.lemma_.lower() not in word_set("titles") | word_set("person_nouns"):
        return False
    words = kind_words()
    bodies = set(words["organization"]) | set(words["company_words"])
    acted_for = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i < person.start]
    if not acted_for or acted_for[-1].lemma_.lower() not in bodies or person.root.head.i not in (head.i, acted_for[-1].i):
        return False
    # a firm's by its form: one word (news introduces no one by a surname alone there) or a word
    # firms' names end on ("Homes"); the tagger's labels are no guide (it takes names for bodies)
    return len(person.text.split()) == 1 or person[-1].lower_ in words["firm_name_words"]


def _inside_head_preposition(person: Span, head: Token) -> bool:
    """"A former driver of suspended councilor Ramon Villareal": a name inside a phrase the head's
    preposition opens is whose the head is, not the head's own name."""
    root = person.root  # the name itself the preposition's object ("member for Ashby Vale, Tomas
    # Brightwell" sets the name beside the object instead, and names the member)
    if not (head.i < person.start and head.pos_ == "NOUN" and root.dep_ == "pobj"
            and root.head.dep_ == "prep" and root.head.head.i == head.i):
        return False
    # with a post of its own inside ("of suspended councilor …"), not "director of rugby Siobhan Carrick"
    posts = word_set("titles") | word_set("person_nouns")
    return any(t.lower_ in posts for t in head.doc[root.head.i + 1:person.start]) \
        and not _beside_past_a_comma(person, head)


def _beside_past_a_comma(person: Span, head: Token) -> bool:
    """"A witness for the prosecution, retired accountant Ana Lopes,": the parser makes the name the
    object of the head's preposition, but past the comma the name and its post are set beside the
    head, as its own name. Only with a post of the name's own after the comma: "the father of the
    victim, 16-year-old Tom Ash" may name the victim."""
    root, posts = person.root, word_set("titles") | word_set("person_nouns")
    if not (head.i < person.start and head.pos_ == "NOUN" and root.dep_ == "pobj"
            and root.head.dep_ == "prep" and root.head.head.i == head.i and head.lemma_.lower() in posts):
        return False
    comma = next((t.i for t in head.doc[root.head.i + 1:person.start] if t.text == ","), None)
    return comma is not None and any(t.lower_ in posts for t in head.doc[comma + 1:person.start])


def _named_after(person: Span, head: Token, words: dict) -> bool:
    """The mention's head is a proper noun for a body that runs on from the "person" the tagger
    saw, with no comma between: the whole is an organisation's name."""
    if head.pos_ != "PROPN" or head.i < person.end or head.lemma_.lower() not in words["organization"]:
        return False
    return not any(t.text in ",;()" for t in head.doc[person.end:head.i])


def _one_word_beside_body(person: Span, head: Token, words: dict) -> bool:
    """"The state meteorological agency, Meteoíbera": one word set beside a noun for a body names
    the body, whatever the tagger took it for; a person beside a body noun is introduced in full."""
    return len(person) == 1 and head.pos_ == "NOUN" and head.lemma_.lower() in words["organization"] \
        and head.i < person.start and person.root.dep_ == "appos" and person.root.head.i == head.i \
        and any(t.text == "," for t in person.doc[head.i + 1:person.start])


def _organisation_beside(head: Token, span: Span) -> Span | None:
    """An organisation's name set beside a noun for one: "their union, the Associated Rail Drivers' Union"."""
    if head.pos_ != "NOUN":
        return None
    words = kind_words()
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            org = _firm_by_its_form(span, child) \
                or next((e for e in entities_in(span) if e.start <= child.i < e.end and e.label_ == "ORG"), None)
            # a noun for a body or a firm ("the developer, Halyard Estates"), or any noun when the
            # name is a firm's or a body's by its words: "her landlord, Ortis Holdings"
            if org is not None and (head.lemma_.lower() in words["organization"] | words["company_words"]
                                    or {t.lower_ for t in org} & (words["firm_name_words"] | words["organization"])
                                    or _based_before(org) or _classed_by(head, child)):
                return org
    return None


def _classed_by(head: Token, name: Token) -> bool:
    """"Sports data site GoalMetrics", "streaming service Vidora": a body's name glued, with no
    comma, after lower-case words that say what kind of thing it is (no person's trade or title)."""
    return name.left_edge.i == head.i + 1 and head.is_lower \
        and head.lemma_.lower() not in word_set("person_nouns") | word_set("titles")


def _firm_by_its_form(span: Span, child: Token) -> Span | None:
    """"its operator, PT Angkasa Nusantara,": a name (the tagger's organisation's, or a person's)
    that a legal form opens or closes (kinds.json `legal_forms_opening_names`, `legal_form_words`) is a firm's,
    the form written first kept in it."""
    for e in entities_in(span):
        if e.start <= child.i < e.end or e.start - 1 <= child.i < e.end and bodies.after_legal_form(e):
            if bodies.after_legal_form(e):
                return span.doc[e.start - 1:e.end]
            if bodies.by_legal_form(e.text):
                return e
    return None


def _based_before(org: Span) -> bool:
    """"The vessel's manager, Athens-based Kostaris Shipmanagement": a name set after where it is
    based is a firm's or a body's; no one is called "Athens-based" before their name."""
    doc, k = org.doc, org.start
    return k > 0 and (doc[k - 1].lower_.endswith("-based")
                      or doc[k - 1].lower_ == "based" and k > 1 and doc[k - 2].text in ("-", "–"))


def _role(head: Token, exclude: Span | None) -> str | None:
    """A role stated on the mention: "who was Afghanistan's army chief", ", a former minister,"."""
    verbs = load_json("kinds.json")["role_verbs"]
    for child in head.subtree:
        if child.dep_ == "relcl" and child.lemma_ == "be":
            attr = next((g for g in child.children if g.dep_ == "attr"), None)
            if attr is not None:
                return _text(head.doc, attr.left_edge.i, attr.i)
        if child.dep_ == "relcl" and child.head.i == head.i and child.lemma_.lower() in verbs and child.tag_ == "VBZ" \
                and any(g.lower_ in ("who", "whom") for g in child.children):
            # "Anne Whitlow, who chairs the planning board": the chair of the planning board
            obj = next((g for g in child.children if g.dep_ == "dobj"), None)
            role = verbs[child.lemma_.lower()]
            return f"{role} of {_text(head.doc, obj.left_edge.i, obj.right_edge.i)}" if obj is not None else role
    for child in head.children:
        if child.dep_ == "appos" and (exclude is None or not (exclude.start <= child.i < exclude.end)):
            return _core(child).strip("() ")  # "(MLWA)": the brackets are no part of the short form
    return _role_as_subject(head)


def _role_as_subject(head: Token) -> str | None:
    """"whose father Kurt is Harbourside's head coach": a post the mention is said to be, where the
    word after "is" is a word for a post or a person (not "Jones is right", "Jones is the reason")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    attr = next((g for g in verb.children if g.dep_ == "attr"), None)
    if attr is None or attr.lemma_.lower() not in word_set("titles") | word_set("person_nouns"):
        return None
    return _text(head.doc, attr.left_edge.i, attr.i)


def _person_after_fronted_place(head: Token, span: Span) -> Token | None:
    """The person joined by a bare comma to a place right after a preposition that opens the
    clause ("In Karşıyaka, Hatice Aydın … said"): the place says where, the person speaks."""
    doc = head.doc
    if head.ent_type_ not in ("GPE", "LOC") or head.i == 0 or doc[head.i - 1].dep_ != "prep" \
            or doc[head.i - 1].head.i == head.i:
        return None
    person = next((c for c in head.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" and c.i < span.end), None)
    if person is None or not all(t.is_punct for t in doc[head.i + 1:person.left_edge.i]):
        return None
    return person


NOW_AFTER = re.compile(r",\s+now\s+(?:under|owned|run|part|in)\b")


def analyse_mention(doc: Doc, start: int, end: int, head_i: int | None = None) -> Mention:
    span = _span(doc, start, end)
    text = text_of(doc)[start:end]
    if span is None or len(span) == 0:
        return Mention(start, end, text, "person", False, text)
    if len(span) > 1 and span[-1].is_space and not span[-2].is_space:
        # "… Tsai Mei-ling (蔡美玲)": a gloss in another script, blank to the parse (parse/glosses.py)
        return analyse_mention(doc, start, span[-2].idx + len(span[-2].text), head_i)
    if (written := byline_name_in_capitals(span)) is not None:
        return Mention(start, end, text, "person", True, written, surname=surname_of(written))
    if len(span) == 1 and (antecedent := _antecedent(span[0])) is not None:
        return analyse_mention(doc, *antecedent)
    if len(span) == 1 and (name := patronymic_name_at(span[0], person_entities(doc))) is not None:
        return analyse_mention(doc, *name)  # "Bakyt uulu said", parsed as "uulu" alone
    if (abroad := _named_abroad_opening(span) or bodies.named_abroad_beside(span)) is not None:
        # "the Association des usagers du train", "The operator, the Compagnie fluviale de la Saône"
        return Mention(start, end, text, "organization", True, abroad)
    if (firm := firm_before_its_form(span)) is not None:
        words = " ".join(text_of(doc)[firm[0]:firm[1]].split())
        return Mention(firm[0], firm[1], words, "organization", True, without_legal_form(words))
    if (verb := _headline_verb(span)) is not None:
        return analyse_mention(doc, start, doc[verb - 1].idx + len(doc[verb - 1].text), verb - 1)
    if (since := NOW_AFTER.search(text)) is not None and since.start() > 0 \
            and all(t.pos_ == "PROPN" for t in span if t.idx < start + since.start() and t.dep_ != "det"):
        # "Misr Delta Cotton, now under new management, said": what a body named has since become is
        # no part of its name ("The company, now owned by Alpenmed, said" is the company before)
        return analyse_mention(doc, start, start + since.start(), head_i if head_i is not None
                               and doc[head_i].idx < start + since.start() else None)
    widening = scratch(doc).setdefault("widening", set())  # (start, end) of whole names being read
    if (name := name_cut_by(span)) is not None \
            and (key := (min(span.start, name.start), max(span.end, name.end))) not in widening:
        # "won, a cultural critic" of "Kim Hae-won, a cultural critic": the mention holds the whole
        # name (once: a part of the whole, a conjunct, may cut the name again)
        whole = doc[key[0]:key[1]]
        widening.add(key)
        try:
            return analyse_mention(doc, whole.start_char, whole.end_char, name[-1].i if head_i is None
                                   or name.start <= head_i < name.end else head_i)
        finally:
            widening.discard(key)
    head = doc[head_i] if head_i is not None and span.start <= head_i < span.end else span.root
    if head.is_lower and head.pos_ != "PRON" and (person := _person_entity(span)) is not None \
            and person.start <= head.i < person.end - 1:
        # "Hendrik van den Broek" with "den" read as a verb: a surname's particle inside a name is
        # no head of it; the name's last word is
        head = person[-1]
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and span.start <= head.head.head.i < span.end \
            and head.head.head.pos_ in ("NOUN", "ADJ") and head.head.head.i < head.i:
        # "the 23-year-old from Bannu": the place a noun is from qualifies it and names no one
        head = head.head.head
    if head.i == span.start and head.dep_ == "det" and len(span) > 1:
        # "The Georgian International Carriers" cut from "… Carriers association": each word hangs
        # on the noun past the span, and the article, first, is no head
        head = span[1:].root
    if (whole := name_before_dash(span)) is not None:
        # "The Métis Nation–Alberta said", with "Alberta" read as the subject: the whole name
        words = text_of(doc)[whole[0]:whole[1]]
        return Mention(whole[0], whole[1], words, "organization", True, strip_det(" ".join(words.split())))
    if (firm := firm_of_shares(head, span)) is not None:
        # "Shares of Northcrest Mining Corp. fell … and said": the firm, not its stock
        return analyse_mention(doc, *firm)
    if (owner := whose_possessor(head, span)) is not None:
        # "The Innu community of Natuashish, whose territory includes the site, said": the community
        return analyse_mention(doc, *owner)
    if (person := _person_after_fronted_place(head, span)) is not None:
        # "In Karşıyaka, Hatice Aydın, 61, said": the place of the fronted "in" read as a first subject
        return analyse_mention(doc, doc[person.left_edge.i].idx, end, person.i)
    if (named := named_beside_ordinal(head, span)) is not None:
        # "A third, Refinería Austral, said": the name beside the ordinal
        return analyse_mention(doc, named.left_edge.idx, named.right_edge.idx + len(named.right_edge.text), named.i)
    words = kind_words()
    lower = head.lower_
    base = dict(start=start, end=end, text=text, head_lemma=head.lemma_.lower())

    if len(span) == 1 and (part := partitive_group(head, _core)) is not None:
        # "Residents near the site were shaken, and some said": some of those residents
        return Mention(**base, kind="group", named=False, name=part)

    if lower in word_set("address_after_names") and head.i > span.start and doc[head.i - 1].pos_ == "PROPN":
        # "Niazi sahib, as his students call him": a form of address after a name marks a person
        first = head.i - 1
        while first > span.start and doc[first - 1].pos_ == "PROPN":
            first -= 1
        name = doc[first:head.i].text
        return Mention(**base, kind="person", named=True, name=name, surname=surname_of(name))

    if head.pos_ == "PRON" and lower in PRONOUNS:
        kind = "person" if PRONOUNS[lower] == "person" else "group"
        return Mention(**base, kind=kind, named=False, name=text, pronoun=PRONOUNS[lower],
                       gender=gender.PRONOUNS.get(lower))

    if (head.lemma_.lower() in word_set("person_nouns") | word_set("titles") or head.lower_ in ("one", "another")) \
            and (given := named_only_as(span)) is not None:
        # "One, identified in court records only as J.R., said": the name the story gives
        return Mention(**base, kind="person", named=True, name=given[0], description=strip_det(given[1]),
                       gender=gender.from_words(given[1].split()))
    if (after := _epithet_after_a_thing(span, text)) is not None:
        # "Asked whether he feared the sack, the 51-year-old replied": the question's object ran
        # into the speaker; the epithet set beside it is who replied
        return analyse_mention(doc, start + after, end)
    if (called := epithet(text) or epithet(_core(head, span))) is not None and not _name_set_beside(span, head):
        # "the 52-year-old said", "the teenager, who …, said": news calls a person so only after naming them.
        return Mention(**base, kind="person", named=False, name=called, pronoun="person",
                       gender=gender.from_words([called]))
    if _firm_by_form(strip_det(text.strip())) and _person_entity(span) is not None:
        # "Rio Andino SpA did not reply", "PT Surya Kencana Energi said": a name with its legal
        # form is a firm's, though the tagger took its words for a person's
        return Mention(**base, kind="organization", named=True, name=strip_det(text.strip()))
    if (outlet := outlet_after_kind(span)) is not None:
        # "the Buenos Aires daily El Observador Porteño reported": the outlet by its name
        return Mention(**base, kind="media", named=True, name=outlet[0], description=outlet[1])
    if (firm := bodies.located_firm(head, span)) is not None:
        return Mention(**base, kind="organization", named=True, name=without_suffix(firm),
                       description=strip_det(_core(head, span)))
    if unnamed_post_holder(head, span):
        # "A Progressive Conservative MPP from Sudbury": someone unnamed, by a post in capitals
        called = strip_det(_core(head, span))
        return Mention(**base, kind="person", named=False, name=called, description=called)
    if (recap := _recap(head, span)) is not None:
        return Mention(**base, kind="person", named=False, name=recap, description=recap, pronoun="person",
                       definite=True, gender=gender.from_words([head.text]))

    if " " not in text.strip() and head.is_title and text.strip() in person_surnames(doc) \
            and not _club_not_person(doc, text.strip()):
        # A surname the tagger took for something else ("Reyes" as a plural noun or a firm)
        return Mention(**base, kind="person", named=True, name=text.strip(), surname=text.strip())

    if _one_joined_name(span):
        # "Fisheries and Oceans Canada": one body, though its words read as two joined
        return Mention(**base, kind="organization", named=True, name=strip_det(span.text.strip()))
    if together := conjuncts(span, head):
        members = [analyse_mention(doc, *member) for member in together]
        # "the company and the Consumer Product Safety Commission said": the firm the text is about
        names = [bodies.firm_in_view(doc, m.start) if _a_word_for_a_firm(m) else m.name for m in members]
        names = [n or m.name for n, m in zip(names, members)]
        return Mention(**{**base, "head_lemma": ""}, kind="group", named=all(m.named for m in members),
                       name=", ".join(names[:-1]) + " and " + names[-1], count=len(members), members=members)
    if listed := named_in_apposition(span, head):
        members = [analyse_mention(doc, *member) for member in listed]
        return Mention(**base, kind="group", named=all(m.named for m in members),
                       name=_bodies_listed(members, head) or strip_det(_core(head, span)),
                       count=_count(head) or len(members), members=members)

    person = _person_entity(span)
    if person is not None and _names_the_body_acted_for(person, head):
        # "A spokeswoman for the retailer, Brightmart,": the spokeswoman for Brightmart
        called = f"{head.text} for {person.text}"
        return Mention(**base, kind="person", named=False, name=called, description=called,
                       gender=gender.from_words([head.text]))
    if person is not None and (_named_after(person, head, words) or _opened_by_body_word(person, span, words)
                               or _names_whom_they_act_for(person, head) or _one_word_beside_body(person, head, words)
                               or _inside_head_preposition(person, head)
                               or len(person) > 1 and bodies.short_name_of_body(doc, person.text) is not None
                               or len(person) == 1 and _club_not_person(doc, person.text)
                               or bodies.opens_on_acronym(person.text) or bodies.after_legal_form(person)
                               or bodies.by_legal_form(person.text) or person.text in bodies.called_a_firm(doc)):
        # "Brackmoor Fire and Rescue Service": a body named after a place or person; "Harbour
        # Ridge" after "Harbour Ridge Holdings": a body's first words the tagger took for a person's
        person = None
    # "Her nephew, Erik Thorsdal, 41, …": the name set beside the noun, whether the parser made it
    # an apposition or (misreading the age after it) a modifier of the noun
    # "Court of King's Bench Justice Miriam Achebe", "the member for Lower Stanch, Priya Colquhoun"
    title = (long_title_before(person, span) or named_after_title(person, head, span)) if person is not None else None
    if person is not None and (head.pos_ == "PROPN" and head.i >= person.start
                               or person.start <= head.i < person.end and head.is_title  # "Alfie Hollins" read as a plural noun
                               or head.i == person.end - 1 and is_patronymic_word(head.text)  # "Bakyt uulu"
                               or person.root.dep_ in ("appos", "nsubj") and person.root.i != head.i
                               or person.root.dep_ == "npadvmod" and person.root.head.i == head.i
                               and head.pos_ == "NOUN" or _titled_by(person, head) or title is not None
                               or _post_then_holder(person, head) or _name_just_after_post(person, head)
                               or _described_then_named(person, head)
                               or _holder_after_fields(person, head) or _beside_past_a_comma(person, head)
                               or _lettered_holder(person, head)):
        name = bodies.past_trade_word(past_descriptor(less_address_after(person).text.strip(), nouns=False))
        if (family := _family_name(person, head, words)) is not None:
            name = f"{name} {family}"  # "Garvie's mother, Fiona": Fiona Garvie
        titles = word_set("titles")
        roles = titles | word_set("person_nouns")  # "Contractor Ellery Civil" as "Prosecutor Jane Holt"
        title_words = [t for t in span if t.i < person.start
                       and (t.lower_ in roles and t.head.i == person.root.i
                            or t.i == person.start - 1 and unlisted_title(doc[t.i:person.end]))]
        lettered = doc[person.start:person.end + 1] if _lettered_holder(person, head) else person  # "… SC"
        # the post may be the head after the name, where the parser gave the verb both as subjects
        description = _role(head, lettered) or (_core(head, span) if head.i < person.start
                                                or head.i >= person.end and head.pos_ == "NOUN" else None) \
            or _acting_for(person, head)
        if description is None and title_words or _long_title(person, head):
            description = _text(doc, span.start, _post_end(span, person))
        elif description is None and person.start > span.start:
            # "the 31-year-old Fernandes": an age or trade written before the name describes him
            description = split_described(strip_det(_text(doc, span.start, person.end - 1)))[1]
        if title is not None:
            description = title.text
        elif _holder_after_fields(person, head):
            description = _text(doc, span.start, person.start - 2)  # the post up to the comma
        member = None
        if head.i < person.start and head.lower_ in MEMBER_LEADS:
            member = _member_of(head)
        elif head.i < person.start:
            member = head.lemma_.lower() if head.pos_ == "NOUN" else None
        aside = _aside(person)
        return Mention(**base, kind="person", named=True, name=name, description=description,
                       aside=aside if aside != description else None,
                       member_of=member, surname=family or surname_of(less_address_after(person).text),
                       gender=gender.from_words(_own_words(span, person) + [head.text])
                       or (lone_given_name_sex(doc, name) if len(person) == 1 else None),
                       first_name=person[0].text if len(person) > 1 else None)

    ents = [e for e in entities_in(span) if e.label_ in ("ORG", "NORP", "GPE", "FAC", "WORK_OF_ART")]
    if (called := role_for_named_body(head, span)) is not None:
        # "Representatives for Brooks' record label, Orchard Street Music": those for the body named
        plural = head.tag_ == "NNS"
        return Mention(**base, kind="group" if plural else "person", named=False, name=called, description=called,
                       gender=None if plural else gender.from_words([head.text]))
    if (named_by := _organisation_beside(head, span)) is not None:
        # "Their union, the Associated Rail Drivers' Union, said": the name set beside the noun;
        # "The two smaller operators, Bluewake and Norrfarer": all the names set beside a plural
        name = bodies.without_seat(without_suffix(past_descriptor(strip_det(named_by.text))))
        return Mention(**base, kind="organization", named=True,
                       name=bodies.with_others(head, named_by.root, name) if head.tag_ == "NNS" else name,
                       description=strip_det(_core(head, span)))
    if (named_by := body_named_beside(head, span)) is not None:
        # "The league's referees body, PRO-A", "its largest shareholder, the state fund Norvest"
        return Mention(**base, kind="organization", named=True, name=without_suffix(named_by.text),
                       description=strip_det(_core(head, span)))
    # "The Allied Energy Workers union": a common noun the tagger took into the name
    in_name = head.lemma_.lower() in words["organization"] and any(
        e.label_ == "ORG" and e.start <= head.i < e.end and any(t.pos_ == "PROPN" for t in e) for e in ents)
    # a name needs words: an entity whose root the parser made its "the" has none there
    # "Records obtained by the Sentinel show": a word for a document opening a sentence, capitalised, is no name
    opens_as_document = head.i == head.sent.start and head.lower_ in words["document"] \
        and not any(e.start <= head.i < e.end for e in ents)
    if (body := body_by_capitalised_kind(head, span)) is not None:
        # "the Institute announced today": the one institute the text names
        return Mention(**base, kind="organization", named=True, name=body, description=head.text)
    if _the_capitalised_firm_word(head, span) and bodies.defined_terms(doc).get(head.lower_) is None:
        if (firm := story_firm(head, span)) is not None:  # several firms named: the release's own
            return Mention(**base, kind="organization", named=True, name=firm, description=head.lower_)
        # "the Corporation said", as a release writes "the company": a word for a firm, not a name
        return Mention(**{**base, "head_lemma": head.lower_}, kind="organization", named=False, name=head.lower_,
                       definite=True)
    if head.is_lower and head.pos_ == "PROPN" and (body := bodies.called_by_word(head, span)) is not None:
        # a headline's "… township says": a lower-case word the tagger took for a name
        return Mention(**base, kind="organization", named=True, name=body, description=head.text)
    if (body := bodies.in_place(head, span)) is not None:
        # "Police in Kelso" where the text names the Kelso Police Service
        return Mention(**base, kind="organization", named=True, name=body, description=strip_det(_core(head, span)))
    # "the hawker says": a word for a person in lower case the tagger took for a name is no name
    lower_role = head.is_lower and head.lower_ in word_set("person_nouns") | word_set("titles") and not ents
    # "Han Seo-yeon", its last syllable read as a noun, is a name all the same; so is "Tupa'i"
    if ((head.pos_ == "PROPN" or ends_syllable_given_name(head) or glottal_name(head.text))
            and not opens_as_document and not lower_role
            or (ents and (head.pos_ != "NOUN" or in_name))) \
            and (name := strip_det(_core(head, span))).split() \
            and not titles_only(name.split()):  # "The Hon'ble Minister": a post
        parts = {w.lower() for w in name.replace("’s", " ").replace("'s", " ").split()}
        title = None  # the title before a name ("Owner" in "Owner Demetrios Kalloway")
        opening = name.split()[:2]
        titled = _span(doc, *offsets_of(span, name)) if opening[0].lower().rstrip(".") in word_set("titles") \
            or len(opening) > 1 and opens_a_title(*opening) else None  # "Grand Chief Diabo"
        if titled is not None and len(without_titles(titled)) < len(titled) \
                and (titled_name(without_titles(titled)) or titled_surname(without_titles(titled))):
            # "Owner Demetrios Kalloway": a title before a run of names marks a person
            title = titled[:len(titled) - len(without_titles(titled))].text
            kind, name = "person", without_titles(titled).text
        elif titled is not None and (seated := _titled_of_a_place(titled)) is not None:
            # "Lord Evans of Watford", "Mayor Ochieng of Kisumu": a title, a name and where the
            # title is of, which no body's name is
            title, name, kind = titled.text, seated.text, "person"
        elif " " not in name and name in first_names(doc):
            kind = "person"  # "Marcus was less amused" after "Marcus Ameobi", whatever the tagger said
        elif parts & (words["media"] - words["organization"]) and not parts & {"ministry", "department", "party"} \
                and not _headed_by_body_word(name, words):
            # "the weekly Carranmore Ledger"; its letters in brackets are no part of it
            kind, name = "media", bodies.without_short_form(past_descriptor(name))
        elif name in bodies.called_a_firm(doc):
            kind = "organization"  # "mining company Mineração Horizonte" earlier: the text calls it a firm
        elif _is_who(head) or _called_a_person(head, name, parts, words):
            kind = "person"  # "X, who …" takes a person whatever the tagger said
        elif _opens_a_persons_name(doc, name, parts, words):
            kind = "person"  # "María Fernanda", tagged a body, after "María Fernanda López García"
        elif (posted := post_before_name(name)) is not None:
            title, name = posted  # "Barabanki SP Nitin Kumar Bhadauria", tagged a body
            kind = "person"
        elif opens_on_letters(name):
            # "CFO Marta Lindqvist", "NDP Leah Mbeki": a post's or a party's letters, then a person
            title, name = name.split(" ", 1)
            while is_title_word(name.split()[0]):
                opening, name = name.split(" ", 1)
                title += " " + opening
            kind = "person"
        elif (short := bodies.short_name_of_body(doc, name)) is not None:
            kind, name = "organization", without_suffix(short)  # "Summit Crest", "NHA": the body in full
        elif (ents or parts & (words["organization"] | words["firm_name_words"] | bodies.words_for_kinds_abroad())
              or _said_to_be(head) & words["organization"]):
            kind, name = "organization", without_suffix(in_full(doc, bodies.past_trade_word(
                past_descriptor(without_place(name, ents)))))
        elif len(name.split()) == 1 and name in organisation_names(doc):
            kind, name = "organization", organisation_names(doc)[name]
        elif CORPORATE_SUFFIX.search(name):
            kind, name = "organization", without_suffix(name)  # "Fenwick Tractor Works, Inc."
        elif bodies.joined_name(name) or bodies.opens_on_acronym(name):
            kind = "organization"  # "Environment and Climate Change Canada", "NHS Glenmorven": no one's name
        else:
            kind = "person"  # a lone proper name the tagger did not label: most often a person
        said = None
        if kind == "person":
            name, said = split_described(name)  # "the 23-year-old Kulkarni, who …": Kulkarni, 23
            if (whole := _span(doc, *offsets_of(span, name))) is not None and address_before_name(whole):
                name = without_titles(whole).text  # "Don Anselmo Tzul Ixcot", untagged: the honour is no name
        return Mention(**base, kind=kind, named=True, name=name, description=_role(head, None) or title or said,
                       surname=surname_of(name) if kind == "person" else None,
                       gender=gender.from_words(title.split()) if title else lone_given_name_sex(doc, name))

    core = _core(head, span)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in head.children)
    lemma = head.lemma_.lower()
    # by its form too: "figures" and "data" are documents, "a senior figure in the party" a person
    if (owner := _issuer_of_statement(head, span)) is not None:
        # "the ministry's statement said", "a KRA statement said": the body's own words
        return analyse_mention(doc, owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge.text), owner.i)
    if (recalled := document_just_named(head, span)) is not None:
        # "A fiscal note prepared by the budget office estimates … The analysis cautions": the note
        return analyse_mention(doc, *recalled)
    if (held := _document_held(head)) is not None:
        # "a copy of the draft budget", "excerpts from the report": the document itself
        return analyse_mention(doc, held.left_edge.idx, held.right_edge.idx + len(held.right_edge.text), held.i)
    if lemma in words["document"] or lower in words["document"]:
        # "a report by the agency", "figures published by the trust": whose document it is
        seen = seen_by_others(head)  # "The memo, seen by the Irish Ledger": no maker of it
        holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c not in seen)]
        by = next((g for h in holders for c in h.children
                   if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")
                   for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_)), None)
        # "a study published on Monday in the journal Cell Rhythms": what is said of an unnamed
        # document's making (by whom, where, for whom) is all a reader knows it by; "a notice the
        # company filed with …" too
        made = made_clause_end(head, span)
        name = strip_det(_text(doc, span.start, made) if made is not None
                         else _text(doc, span.start, by.right_edge.i) if by is not None and by.head.head.i != head.i
                         else _core(head, span, clauses=("relcl", "advcl", "acl") if seen else ("relcl", "advcl")))
        by = by if by is not None or made is None else head
        # "a Hallam Research poll", "the Pentagon's report": the publisher named in front
        publisher = any(e.label_ in ("ORG", "GPE", "NORP") and e.end <= head.i and e.root.head.i == head.i
                        for e in entities_in(span))
        return Mention(**base, kind="document", named=by is not None or publisher, name=name,
                       definite=definite and by is None)
    if definite and is_firm_word(head) \
            and head.tag_ == "NN" and head.i == span.end - 1 \
            and (name := firm_just_named(head)) is not None:
        # "…, the family-owned furniture maker announced": the firm just made a subject (in full)
        return Mention(**base, kind="organization", named=True, name=without_suffix(name),
                       description=strip_det(core))
    if definite and (name := story_firm(head, span)) is not None:
        # "The company, now owned by …, said": with several firms named, the one the story is about
        return Mention(**base, kind="organization", named=True, name=name, description=strip_det(core))
    if (body := bodies.called_a_name(head, span) or bodies.named_beside(head, span) or bodies.apposed_to(head, span)
            or bodies.called_by_word(head, span)) is not None or (
            lemma in bodies.body_words() and (named := bodies.named_last(head, span))):
        # "the township", "their union"; "The engineering firm that carried out the inspection, Falk & Rowe"
        return Mention(**base, kind="media" if lemma in words["media"] else "organization", named=True,
                       description=strip_det(core),
                       name=body or without_suffix(past_descriptor(strip_det(named.text))))
    if head.tag_ in ("NNS", "NNPS") or lemma in words["group_words"] or _count(head):
        return Mention(**base, kind="group", named=False,
                       name=bodies.without_base(bodies.without_short_form(strip_det(bodies.group_at_body(head, span)
                                                                                     or _gathered_at(head, span)
                                                                                     or core))),
                       count=_count(head),
                       definite=definite)
    if lower in MEMBER_LEADS or lemma == "one":
        member = _member_of(head)
        return Mention(**base, kind="person", named=False, name=strip_det(core), member_of=member,
                       description=strip_det(core))
    # "the developer said in a statement that it …": a word for a firm that is not also a person's
    # trade (person_nouns: "the miner" is a person) is a body
    if (lemma in words["organization"] or lemma in words["company_words"] and lemma not in word_set("person_nouns")) \
            and lemma not in word_set("titles") \
            or lemma in words["facility_owner_words"] and bodies.owns_a_facility(head):
        if (name := _name_before_its_kind(head, span)) is not None:
            return Mention(**base, kind="organization", named=True, name=name, description=strip_det(core))
        return Mention(**base, kind="organization", named=False,
                       name=_past_leading_adjectives(span, strip_det(_untitled_owner(span, _which_body(head, span)
                                                                                       or core))),
                       definite=definite or _owned_by_a_thing(head))
    # "His lawyer has said": a role someone already holds in the story, as "the lawyer" would be
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in head.children)
    if (short := _short_for_body(head, span)) is not None:
        return Mention(**base, kind="organization", named=True, name=short)
    role_for = bodies.role_for_body(head, span) if lemma in word_set("titles") | word_set("person_nouns") else None
    core = _without_own(_body_by_name(head, span) or role_for or _its_body(head) or _untitled_owner(span, core))
    return Mention(**base, kind="person", named=False, name=strip_det(core), description=strip_det(core),
                   definite=definite or owned, member_of=lemma if lower.startswith("another") else None,
                   gender=gender.from_words([head.text]))


def _name_before_its_kind(head: Token, span: Span) -> str | None:
    """"The Georgian International Carriers association said": a name of two or more words in
    capitals just before the lower-case word that ends such names (kinds.json `name_final_kinds`),
    the whole mention, is the body's name, the kind word too for a political grouping that news
    names with it ("the Civic Renewal alliance", kinds.json `name_final_kinds_kept`); not a
    place's or a person's ("the New York union")."""
    doc = head.doc
    if not head.is_lower or head.lemma_.lower() not in kind_words()["name_final_kinds"] or head.i != span.end - 1:
        return None
    first = span.start + (doc[span.start].lower_ == "the")
    words = doc[first:head.i]
    if len(words) < 2 or not all(t.is_title and t.pos_ != "VERB" or t.lower_ in NAME_JOINERS for t in words) \
            or any(t.ent_type_ and t.ent_type_ != "ORG" for t in words) or not words[0].is_title:
        return None
    return doc[first:head.i + 1].text if head.lemma_.lower() in kind_words()["name_final_kinds_kept"] else words.text


def _issuer_of_statement(head: Token, span: Span) -> Token | None:
    """"The ministry's statement said", "a KRA statement said": what a body puts out in its own
    words (kinds.json `voiced_documents`) is the body speaking; the body is its owner ("the
    ministry's") or the name or word for a body set before it ("KRA", "ministry"), with nothing
    after the noun to say more of it. One owned by a word for a person ("the minister's statement")
    or by a pronoun is left as it is called."""
    if head.lemma_.lower() not in kind_words()["voiced_documents"] or head.pos_ != "NOUN" \
            or any(t.i > head.i and not t.is_punct for t in span):
        return None
    before = [c for c in head.children if c.i < head.i and c.dep_ in ("poss", "compound")]
    if len(before) != 1 or before[0].pos_ == "PRON" or before[0].left_edge.i < span.start:
        return None
    owner = before[0]
    words = kind_words()
    if owner.ent_type_ == "PERSON" or owner.lemma_.lower() in word_set("person_nouns") | word_set("titles"):
        return None  # "the minister's statement": a person's, as a reader names it
    body_word = owner.pos_ == "NOUN" and owner.lemma_.lower() in words["organization"] | words["company_words"]
    body_name = owner.pos_ == "PROPN" and (owner.ent_type_ in ("ORG", "GPE", "NORP", "") or owner.is_upper)
    return owner if body_word or body_name else None


def _headed_by_body_word(name: str, words: dict) -> bool:
    """"The Independent Office for Public Appointments (IOPA)", "the Post Office": a name whose last
    word before "of" or "for" is a word for a body and not for an outlet is a body's, whatever
    paper's word ("Independent", "Post") it opens on."""
    lead = re.split(r"\s+(?:of|for)\s+|\s*\(", name, maxsplit=1)[0].split()
    last = lead[-1].lower().strip(".,'’") if lead else ""
    return len(lead) > 1 and last in words["organization"] and last not in words["media"]


def _a_word_for_a_firm(m: Mention) -> bool:
    return m.kind == "organization" and not m.named and m.head_lemma in kind_words()["company_words"] \
        and m.text.lower().startswith("the ")


def _bodies_listed(members: list[Mention], head: Token) -> str | None:
    """"The other two firms, Lakeline Power and Northstar Energy, did not respond": bodies the text
    names every one of beside the word for them are called by their names, as a reader cites them;
    beside a word for bodies ("His two firms, Draga Sul and Navemar Serviços,") the names are
    bodies' whatever the tagger took them for."""
    bodies_word = head.lemma_.lower() in bodies.body_words()
    if len(members) < 2 or not all(m.named and (m.kind == "organization" or bodies_word) for m in members):
        return None
    names = [m.name for m in members]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _owned_by_a_thing(head: Token) -> bool:
    """"The line's operator", "the mine's owner": a body known as that of a thing the story is
    about is as definite as "the operator"; not a person's ("the commissioner's office" is theirs)."""
    people = word_set("titles") | word_set("person_nouns")
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() not in people
               and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children) for c in head.children)


WHICH_REACH = 8  # words of a participle's phrase that a body's name keeps ("… hosting Tuesday's event")


def _which_body(head: Token, span: Span) -> str | None:
    """"The union representing 3,000 Laurentide warehouse workers, which is in talks …": an unnamed
    body is called by the participle set straight after its word, which says which body it is,
    short and inside the mention; what a clause after a comma adds is said by the way."""
    acl = next((c for c in head.children if c.dep_ == "acl" and c.i == head.i + 1 and c.tag_ in ("VBG", "VBN")), None)
    if acl is None:
        return None
    last = acl.i
    while last + 1 <= acl.right_edge.i and head.doc[last + 1].text not in (",", ";", "(", "—", "–"):
        last += 1
    if last >= span.end or last - head.i > WHICH_REACH:
        return None
    return _text(head.doc, max(head.left_edge.i, span.start), last)


def _club_not_person(doc: Doc, word: str) -> bool:
    """"Kestrel said" in a match report on Kestrel Athletic: the one club the word opens the name
    of, where no one named in full has it for a surname (the tagger's lone "Kestrel" aside)."""
    return bodies.club_by_first_word(doc, word) is not None and not any(
        len(p) > 1 and p[-1].text == word for p in person_entities(doc))


def _its_body(head: Token) -> str | None:
    """"Local charity Rural Lifeline has handed out 400 vouchers. Its coordinator could not be
    reached": a role owned by "its" is the role at the body the sentence before is about (its
    subject: a name the tagger calls a body's, or one a word for a body sets up, "charity"), so
    called ("Rural Lifeline's coordinator")."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children) or head.sent.start == 0:
        return None
    before = head.doc[head.sent.start - 1].sent
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == before.root.i), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    words = [t for t in subject.lefts if t.dep_ == "compound" and t.i < subject.i]
    name = [t for t in words if t.pos_ == "PROPN"] + [subject]
    tagged = entity_at(head.doc, subject.i)
    said_to_be_body = any(t.pos_ == "NOUN" and t.lemma_.lower() in bodies.body_words() for t in words)
    # the tagger calls some people's names bodies' ("Maya Holt"): a first name opening it says a person
    tagged_body = tagged is not None and tagged.label_ == "ORG" and not gender.is_first_name(name[0].text)
    if not (tagged_body or said_to_be_body) or len(name) < 2 or name[-1].i - name[0].i != len(name) - 1:
        return None
    return f"{head.doc[name[0].i:subject.i + 1].text}'s {head.text}"


def _the_capitalised_firm_word(head: Token, span: Span) -> bool:
    """"the Corporation", "The Company": "the" and a word for a firm in capitals, nothing else."""
    words = [t for t in span if not t.is_punct]
    return len(words) == 2 and words[0].lower_ == "the" and words[1].i == head.i and head.is_title \
        and head.lower_ in kind_words()["company_words"]


def _one_joined_name(span: Span) -> bool:
    """Capitals joined by "and" that open on a common word ("Fisheries", "Energy"), which is no
    one's name and no place's: the name of one body. Not "Ann and Bob Whitlow", nor "Britain
    and France"."""
    first = span[1] if span[0].dep_ == "det" and len(span) > 1 else span[0]
    joined = [t.i for t in span if t.lower_ in ("and", "&")]
    after = span.doc[joined[-1] + 1:span.end] if joined else span.doc[span.end:span.end]
    # "Smith and Jones", "Baker and Tom Jones" may be two people: one body needs more words after
    # the "and" than one, none of them a first name, and no person's name found after the "and"
    # ("Minister of Economy and Commerce Kanybek Asanbekovich Toktogulov")
    if len(after) < 2 or any(gender.is_first_name(t.text) for t in after) \
            or people_starting_in(span.doc, after.start, after.end):
        return False
    return bodies.joined_name(span.doc[first.i:span.end].text.strip()) and first.is_title \
        and english(first.lower_) and not gender.is_first_name(first.text) \
        and not any(e.label_ in ("PERSON", "GPE", "NORP", "LOC") for e in entities_in(span))


def _short_for_body(head: Token, span: Span) -> str | None:
    """"Brightlane rejected reports" after "Brightlane Cloud said": a lone capitalised word that no
    one is called, and that opens the name of one body, or a lone word in capitals that is one
    body's letters, is that body, whatever the tagger made of it."""
    words = [t for t in span if not t.is_punct and t.dep_ != "det"]
    if len(words) != 1 or words[0].i != head.i:
        return None
    if head.is_upper and head.is_alpha:
        # "the CPSC" that the tagger read as a common noun: the one body whose letters it is
        return bodies.by_acronym(head.doc, head.text)
    if not head.is_title or english(head.lower_):
        return None
    return bodies.by_first_words(head.doc, head.text)


def _untitled_owner(span: Span, phrase: str) -> str:
    """"Prime Minister Anneli Kask's office" is Anneli Kask's office to a reader: the title
    before the name of the person a body belongs to (capitals ending in a word for a post:
    "Health Minister") is no part of what it is called."""
    doc, roles = span.doc, word_set("titles") | word_set("person_nouns")
    for person in people_starting_in(doc, span.start, span.end):
        owned = person[-1].tag_ == "POS" or person.end < len(doc) and doc[person.end].tag_ == "POS"
        first = person.start
        if first > span.start and doc[first - 1].lower_.rstrip(".") in roles:
            while first > span.start and doc[first - 1].is_title:
                first -= 1
        if owned and first < person.start:
            phrase = phrase.replace(doc[first:person.start].text + " ", "", 1)
    return phrase


def _headline_verb(span: Span) -> int | None:
    """"Deputy mayor rejects claims he …": a headline's verb the parser took for the last noun of
    its subject, because it read the cue noun after it as the verb. Where it lies, or None."""
    last = span[-1]
    if len(span) < 2 or last.tag_ not in ("NNS", "VBZ") or not last.lower_.endswith("s") \
            or span[-2].pos_ not in ("NOUN", "PROPN") or last.head.i <= last.i:
        return None
    stem = last.lower_[:-2] if last.lower_.endswith("ses") else last.lower_[:-1]
    said = last.head.lemma_.lower().removesuffix("s")
    return last.i if cue_stance(stem) is not None and cue_stance(said, noun=True) is not None else None


def _body_by_name(head: Token, span: Span) -> str | None:
    """"A spokesman for the ship's insurer, Northfleet P&I": the body a role is for, called by the
    name set beside it ("spokesman for Northfleet P&I")."""
    for prep in head.children:
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) \
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at") else None
        name = next((c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and span.start <= c.i < span.end and head.doc[c.left_edge.i - 1].text == ","), None) \
            if body is not None else None
        if name is not None:
            last = min(name.right_edge.i, span.end - 1)
            return f"{_text(head.doc, head.left_edge.i, prep.i)} {_text(head.doc, name.left_edge.i, last)}"
    return None


def _family_name(person: Span, head: Token, words: dict) -> str | None:
    """The surname a relative known by first name alone shares with whose relative they are:
    "Garvie's mother, Fiona" (only for a first name from the name list, and a named possessor)."""
    if len(person) != 1 or head.i >= person.start or head.lemma_.lower() not in words["kin"] \
            or gender.from_first_name(person[0].text) is None:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        owner = _whose_antecedent(head)
    # not "Petrova's brother, Ivan" (her surname in a woman's form), nor "Mariko's brother" (a given name)
    return owner.text if owner is not None and owner.is_title and handed_down(owner.text) \
        and owner.text not in first_names(person.doc) else None


def _opened_by_body_word(person: Span, span: Span, words: dict) -> bool:
    """"Club Atlético Villa Paraná", "Fundación Horizonte Verde" with the rest tagged a person's: a
    word for a body in capitals right before the "name", opening the mention, opens a body's name
    (a post would be a title: "Minister Ana Kiri"; "Minister for Emergency Services Bronwyn Tate"
    ends a post on such a word)."""
    opening = span.start + (span[0].dep_ == "det")
    if person.start - 1 != opening:
        return False
    word = person.doc[person.start - 1]
    lemma = word.lower_
    return word.is_title and word.whitespace_ and not is_title_word(word.text) \
        and (lemma in words["organization"] or lemma in words["club_words"] or lemma in bodies.words_for_kinds_abroad())


def _post_then_holder(person: Span, head: Token) -> bool:
    """"The Minister for Urban Development, Shri Mahesh Bhalerao": a name the parser joined to a
    post by a bare comma, as if a second source, is the post's holder set beside it."""
    root = person.root
    return root.dep_ == "conj" and root.head.i == head.i and head.lower_ in word_set("titles") \
        and not any(c.dep_ == "cc" and head.i < c.i < root.i for c in head.children)


def _titled_of_a_place(titled: Span) -> Span | None:
    """The name in `titled`, a title, one or two capitalised words and "of" a place ("Lord Evans of
    Watford", "Baroness Ferrier of Kelso"); None for any other shape."""
    name = without_titles(titled)
    of = next((t.i for t in name if t.lower_ == "of"), None)
    if of is None or of == name.start or len(name) - (of - name.start) > 3 or of + 1 >= name.end:
        return None
    person, place = titled.doc[name.start:of], titled.doc[of + 1:name.end]
    if not (titled_name(person) or titled_surname(person)) or not all(t.is_title for t in place):
        return None
    return person


def _name_just_after_post(person: Span, head: Token) -> bool:
    """"Managing director Iain MacDougall - known as "Stumpy" - said", the name hung by the parser
    on the aside after it: a name written straight after a post that heads the mention holds it."""
    if person.start == 0:
        return False
    post = person.doc[person.start - 1]  # the head, or a post joined to it ("Founder and managing director")
    return (post.i == head.i or post.dep_ == "conj" and post.head.i == head.i) and post.pos_ == "NOUN" \
        and post.lower_ in word_set("titles") and post.whitespace_ and person.root.head.i != post.i


def _post_end(span: Span, person: Span) -> int:
    """The last word of the post before a name: "The Emir of Kano, Alhaji Aminu Ado Bayero" holds the
    post up to the comma; the form of address after it is the name's, no word of the post."""
    doc, k = span.doc, person.start - 1
    while k > span.start and (is_title_word(doc[k].text.rstrip(".")) or doc[k].text == "."):
        k -= 1
    return k - 1 if k < person.start - 1 and doc[k].text == "," else person.start - 1


def _holder_after_fields(person: Span, head: Token) -> bool:
    """"The chief of the Department of Parks, Recreation and Tourism, Lee Hyun-woo": a name after
    a bare comma that the parser made a second object of the post's preposition, or one more field
    of the body or portfolio listed after it, is the post's holder set beside it."""
    root, doc = person.root, person.doc
    if root.dep_ not in ("pobj", "conj") or person.start == 0 or doc[person.start - 1].text != "," \
            or head.i >= person.start or head.lemma_.lower() not in word_set("titles") | word_set("person_nouns"):
        return False
    field = root
    while field.dep_ == "conj" and field.head.i < field.i:
        field = field.head
    prep = field.head
    if field.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != head.i:
        return False
    # a field listed before the name, or an object of the preposition before it
    return field.i != root.i or any(c.dep_ == "pobj" and c.i < person.start for c in prep.children if c.i != root.i)


def _lettered_holder(person: Span, head: Token) -> bool:
    """"Counsel for the farmers, Thandiwe Nkosi SC, said": a name set beside a post, whose letters
    after it (postnominals.txt) the parser made the head of the apposition, is the post's holder."""
    letters = person.root.head
    return person.root.dep_ == "compound" and letters.i == person.end and letters.dep_ in ("appos", "conj") \
        and letters.head.i == head.i and letters.lower_.strip(".") in word_set("postnominals")


def _described_then_named(person: Span, head: Token) -> bool:
    """"The singer and composer Marwan Abi Nader": a name coordinated with the words that describe
    it (titles.descriptions_chained) is the person they describe."""
    return person.root.dep_ == "conj" and person.root.head.i == head.i and descriptions_chained(head, person.root)


def _whose_antecedent(head: Token) -> Token | None:
    """"Vane, 21, whose father Kurt is …": the name a "whose" clause hangs on is the possessor."""
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    clause = next((t for t in head.ancestors if t.dep_ == "relcl"), None)
    if whose is None or clause is None or clause.head.pos_ != "PROPN" or clause.head.tag_ == "POS":
        return None
    return clause.head


def _aside(person: Span) -> str | None:
    """The description set in apposition after a person's name, past a bare age."""
    for child in person.root.children:
        if child.dep_ != "appos" or child.i < person.end:
            continue
        if not child.like_num:
            return _core(child)
        beyond = next((g for g in child.children if g.dep_ == "appos" and not g.like_num), None)
        if beyond is not None:  # "Hector Ruiz-Abara, 70, a retired mail carrier": the parser may hang it on the age
            return _core(beyond)
    return None


def _acting_for(person: Span, head: Token) -> str | None:
    """"Opening the case for the prosecution, Rachel Umeh said": the side a speaker acts for,
    said before the name in the speaker's own clause (not in what they said), is their role."""
    verb, sides = head.head, load_json("kinds.json")["acting_for"]
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = person.sent  # found anew by a walk up the parse on each access
    for t in sent:
        if t.i >= person.start:
            break
        if t.i == sent.start and t.lower_ in sides and t.i + 1 < person.start and t.nbor(1).text == ",":
            return sides[t.lower_]  # "Defending, Rupert Sayle said"
        side = next((c for c in t.children if c.dep_ == "pobj" and c.lower_ in sides), None)
        if t.lower_ != "for" or side is None or not any(c.lower_ == "the" for c in side.children):
            continue
        path = [a for a in t.ancestors if a.i != verb.i and verb in a.ancestors]
        if verb in t.ancestors and not any(a.dep_ in ("ccomp", "xcomp") for a in path):
            return sides[side.lower_]
    return None


def _epithet_after_a_thing(span: Span, text: str) -> int | None:
    """Where an epithet ("the 51-year-old") starts, set after a comma beside a phrase that is no
    person's (no name, no word for a person, no title): an offset into `text`, or None."""
    before, comma, last = text.rpartition(",")
    if not comma or epithet(last.strip()) is None:
        return None
    words = [t for t in span if t.idx - span.start_char < len(before)]
    if any(t.pos_ in ("PROPN", "PRON") or t.lemma_.lower() in word_set("person_nouns") | word_set("titles")
           or epithet(f"the {t.text}") for t in words):
        return None
    return len(before) + 1 + (len(last) - len(last.lstrip()))


FROM_A_PLACE = re.compile(r"\s+(?:from|of|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def epithet(phrase: str) -> str | None:
    """"52-year-old" in "the 52-year-old" (and "the 52-year-old from Bannu"), "teenager" in "the
    teenager" (lexicons/epithets.txt), "gran-of-five" or "great-gran" in the tabloids' "the
    gran-of-five", "the great-gran"."""
    word = phrase[4:].strip() if phrase.lower().startswith("the ") else ""
    word = FROM_A_PLACE.sub("", word)  # "the 23-year-old from Bannu"
    return word if AGE.fullmatch(word) or FAMILY_EPITHET.fullmatch(word) or word.lower() in word_set("epithets") \
        else None


def _titled_by(person: Span, head: Token) -> bool:
    """"director of rugby Siobhan Carrick", "Secretary of State John Kerry": the parser made the
    name the object of a title's "of", with the rest of the title before it ("the lawyer of Ann
    Roe", with nothing between, is someone else; "supporters of Republican Donald Trump" are no
    title)."""
    root, role = person.root, head.lemma_.lower()
    if role not in word_set("titles") and role not in word_set("person_nouns"):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == head.i \
            and root.left_edge.i < person.start and head.tag_ in ("NN", "NNP"):
        return True
    return _long_title(person, head)


def _long_title(person: Span, head: Token) -> bool:
    """"Minister for Water and Emergency Services Bronwyn Tate": a title opened by a word for a
    post and run on in capitals up to the name is the person's role, however the parser hung
    the name from it; its fields may be listed ("Minister of Labour, Social Policy and Family")."""
    between = person.doc[head.i + 1:person.start]
    # a post in capitals too: "Labour MP for Bristol East Kerry McCarthy"
    return head.i < person.start and len(between) > 0 and (head.is_title or head.is_upper) \
        and head.tag_ in ("NN", "NNP") \
        and len(person) > 1 \
        and any(a.i == head.i for a in person.root.ancestors) \
        and all(t.is_title or t.lower_ in NAME_JOINERS or t.is_space or t.text in ("-", ",") for t in between) \
        and between[0].lower_ in ("for", "of")


def _recap(head: Token, span: Span) -> str | None:
    """"the 38-year-old plumber", "the former supermarket buyer": a definite description that
    says something new of a person just named, the way news avoids repeating a name."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or any(e.label_ == "PERSON" for e in entities_in(span)):
        return None
    if head.lemma_.lower() not in word_set("person_nouns") or head.lemma_.lower() in kind_words()["anonymous_singular"]:
        return None
    after = [c for c in head.children if c.i > head.i]
    if any(c.dep_ == "appos" or c.dep_ in ("relcl", "acl") and head.doc[c.left_edge.i - 1].text != ","
           or c.dep_ == "conj" and (c.tag_ == "NNS" or any(d.dep_ in ("det", "poss") for d in c.children))
           for c in after):
        # "the young woman who escorted her" is someone new, "the minister, Ann Roe" is named, and
        # "the nominee and his aides" a group; "the former first lady and senator" is one person
        return None
    left = [c for c in head.children if c.i < head.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in left):
        return None
    # "the former …", "the 38-year-old …", "the two-term …", "the first-term …"; not "the chief executive"
    if not any(c.dep_ == "amod" and c.lower_ not in word_set("rank_words")
               or c.dep_ == "compound" and any(t.like_num for t in c.subtree) for c in left):
        return None
    return strip_det(_core(head, span))


def _antecedent(pronoun: Token) -> tuple[int, int, int] | None:
    """"Joan Hale, an economist, who said …": the phrase a relative pronoun stands for, as
    (start, end, head token)."""
    verb, doc = pronoun.head, pronoun.doc
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl":
        return None
    noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
    if pronoun.lower_ in ("which", "that") and (document := _document_read_by(noun, verb)) is not None:
        return document
    last = max(verb.left_edge.i - 1, noun.i)
    while last > noun.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    first = noun.left_edge.i
    return doc[first].idx, doc[last].idx + len(doc[last].text), noun.i


def _document_read_by(noun: Token, verb: Token) -> tuple[int, int, int] | None:
    """"A leaked memo from the health authority, seen by Gulf Wire, which warned that …",
    "documents obtained by the Ledger, which show …": who saw or got a document (kinds.json
    `document_access_verbs`) is no antecedent of the "which" after them; the document is, also
    where the parser hung the participle on a word inside the document's words (its maker's name)."""
    doc, by = noun.doc, noun.head
    read = by.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or read.dep_ != "acl" \
            or read.lemma_.lower() not in kind_words()["document_access_verbs"] or read.left_edge.i == 0:
        return None
    document, hops = read.head, 0
    while document.lemma_.lower() not in kind_words()["document"] and hops < DOCUMENT_HOPS \
            and document.dep_ in ("pobj", "prep", "compound", "appos") and document.head.i != document.i:
        document, hops = document.head, hops + 1
    if document.lemma_.lower() not in kind_words()["document"] or document.pos_ != "NOUN":
        return None
    # the document's words end before an aside's comma, else with who read it
    last = read.left_edge.i - 2 if doc[read.left_edge.i - 1].text == "," else verb.left_edge.i - 1
    while last > document.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[document.left_edge.i].idx, doc[last].idx + len(doc[last].text), document.i


DOCUMENT_HOPS = 4  # words between a document and the name in it that an aside was hung on


def _said_to_be(head: Token) -> set[str]:
    """What an appositive calls the mention: "Resolution Copper, the company behind the mine" → company
    (a noun with its article, whatever the tagger took it for: "a former team defender")."""
    return {c.lemma_.lower() for c in head.children if c.dep_ == "appos"
            and (c.pos_ == "NOUN" or c.pos_ == "VERB" and any(g.dep_ == "det" and g.i < c.i for g in c.children))}


def _called_a_person(head: Token, name: str, parts: set[str], words: dict) -> bool:
    """"Gwen Ashby, leader of the rescue team": a name of two or more words, none a word of a body's
    name, that an appositive calls by a person's role is a person's, whatever the tagger said
    (it may have taken the team named in the role for the speaker). A name of one word is a
    person's too where the appositive gives an age ("Sumiati, a 56-year-old vegetable farmer"):
    many people of Indonesia, Myanmar and elsewhere go by one name, and no body has an age; so is the
    surname of someone named in full ("Essomba, a former defender", after "Jean-Pierre Mbarga Essomba")."""
    roles = _said_to_be(head)
    one_word_known = _aged_apposition(head) or name in person_surnames(head.doc)
    return (len(name.split()) >= 2 or one_word_known) and not parts & (words["organization"] | words["firm_name_words"]) \
        and not bodies.opens_on_acronym(name) and bool(roles & (word_set("person_nouns") | word_set("titles"))) \
        and not roles & words["organization"]


AGED = re.compile(r"\d{1,3}-years?-old")


def _aged_apposition(head: Token) -> bool:
    """Whether an appositive of the mention gives an age ("a 56-year-old farmer")."""
    return any(c.dep_ == "appos" and AGED.search("".join(t.text_with_ws for t in c.subtree)) for c in head.children)


def _opens_a_persons_name(doc: Doc, name: str, parts: set[str], words: dict) -> bool:
    """Two words or more, a given name first, that open exactly one longer name in the text
    (opened_in_full.py), one the tagger read as a person's somewhere, are that person's short form,
    whatever the tagger called them here; no body's word in either ("Morgan Stanley Wealth
    Management", "Daewon Heavy Industries")."""
    if len(name.split()) < 2 or not gender.is_first_name(name.split()[0]) \
            or parts & (words["organization"] | words["firm_name_words"]):
        return False
    longer = opened_in_full(doc, name)
    if longer is None or {w.lower() for w in longer.split()} & (words["organization"] | words["firm_name_words"]):
        return False  # "Daewon Heavy Industries"
    return any(e.label_ == "PERSON" and f" {e.text} " in f" {longer} " for e in doc.ents)


def _is_who(head: Token) -> bool:
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children) for c in head.children)


def _member_of(head: Token) -> str | None:
    """"one of the generals" → "general"; "another general" → "general"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj.lemma_.lower()
    if head.pos_ == "NOUN":
        return head.lemma_.lower()
    return None


def _firm_by_form(name: str) -> bool:
    """A name in capitals throughout that opens or closes on a legal form (bodies.by_legal_form)."""
    return bodies.by_legal_form(name) and all(w[:1].isupper() for w in name.split())


OWN = re.compile(r"(['’]s|\b(?:his|her|their|its|our|my|your))\s+own\s+", re.IGNORECASE)


def _without_own(words: str) -> str:
    """"the department's own chief engineer" is the department's chief engineer: "own" after an
    owner stresses whose, it does not say who."""
    return OWN.sub(r"\1 ", words)


def _past_leading_adjectives(span: Span, name: str) -> str:
    """"the official New Dawn news agency", "the state-run Kavar Broadcasting company": what is
    said of a body before its name in capitals ("official", "state-run") is no part of what it is
    called: "New Dawn news agency"; nor a noun that classes it ("the opposition Narodna Volya movement")."""
    tokens = [t for t in span if not (t.dep_ == "det" and t.i == span.start)]
    k = 0
    while k < len(tokens) and tokens[k].dep_ in ("amod", "nmod", "compound") and tokens[k].is_lower:
        k += 1
    if k == 0 or k >= len(tokens) or tokens[k].pos_ != "PROPN" or not tokens[k].is_title:
        return name
    dropped = " ".join(t.text for t in tokens[:k]) + " "
    return name[len(dropped):] if name.startswith(dropped) else name


PLACE_PREPS = ("outside", "near", "at", "around", "inside", "in", "beside", "by")


def _gathered_at(head: Token, span: Span) -> str | None:
    """"relatives gathered outside the prison gates on Sunday", "parents waiting at the school
    gate": people known only by where they were when they spoke are called with it (when aside)."""
    if head.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in head.children):
        return None
    acl = next((c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i == head.i + 1
                and c.i < span.end), None)
    if acl is None:
        return None
    places = [c for c in acl.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS and not _dated(c)]
    if not places:
        return None
    keep = [head, acl] + [t for c in places for t in c.subtree]
    keep = sorted((t for t in keep if t.i < span.end), key=lambda t: t.i)
    if [t.i for t in keep] != list(range(keep[0].i, keep[-1].i + 1)):
        return None  # words between that are no part of it
    return _text(head.doc, keep[0].i, keep[-1].i)
