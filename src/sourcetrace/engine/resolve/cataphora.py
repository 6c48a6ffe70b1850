"""People the article names only after they have spoken.

News often lets someone speak under a role first and names them a sentence or a paragraph on:
"“We lost everything,” said a woman outside the shelter. Maria Okafor, 54, …", or "the attorney
had told him … The county attorney, Renee Jablonski, said …". Read in text order, the role would
become a source of its own, and a "he" or "she" in between would be matched against a person of
no known name. Here such a role mention takes the name it is given later, before the mentions
are grouped, so that the grouping sees one named person from the start. The same goes for a
role set before a name no source mention brought in ("signed the midfielder Luca Ferrandis …
the midfielder said"), which the grouping, seeing only sources and subjects, cannot find.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from ..lexicon import kind_words, word_set
from .coref import ROLE_ENDS, other_post_words, posts_in
from .gender import from_first_name
from .mentions import AGE, Mention
from .names import person_entities, without_titles
from .qualified_recaps import rank_families
from ..parse import scratch, span_at, text_of

NAMING_REACH = 1500  # characters on that a role's name may come
_NOT_ROLE = {"a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my", "your"}
_WORD = re.compile(r"[a-z][a-z'’-]*")


def _role_words(phrase: str | None) -> set[str]:
    words = {w.removesuffix("'s").removesuffix("’s") for w in _WORD.findall((phrase or "").lower())}
    return words - _NOT_ROLE


def _role_head(description: str | None) -> str | None:
    """The noun a role is built on: "director" in "district nutrition director of schools"."""
    words = _WORD.findall((description or "").lower())
    cut = next((i for i, w in enumerate(words) if w in ROLE_ENDS), len(words))
    return words[cut - 1] if cut else None


def _roles() -> frozenset[str]:
    return word_set("person_nouns") | word_set("titles")


def _a_role(m: Mention) -> bool:
    """An unnamed person called by what they are ("the attorney", "a witness", a headline's
    "Witness" the tagger took for a name), not as one of a group ("one of the victims")."""
    bare = m.named and m.name.lower() == m.head_lemma and m.text.strip() == m.name
    return m.kind == "person" and (not m.named or bare) and m.pronoun is None and m.member_of is None \
        and m.head_lemma in _roles()


def _anonymous(m: Mention) -> bool:
    """"A source", "an official": words that keep a person unnamed on purpose; a witness or a
    resident is simply named later (kinds.json)."""
    kinds = kind_words()
    return m.head_lemma in kinds["anonymous_singular"] and m.head_lemma not in kinds["named_after_speaking"]


class _Earlier:
    """What the text has named before a point, looked up rather than scanned, so that the cost
    stays linear in the mentions: where each name and surname, and each role of a named person,
    is first met."""

    def __init__(self, ordered: list[Mention]):
        self.name_at: dict[str, int] = {}
        self.role_at: dict[str, int] = {}
        for m in ordered:
            if m.named and m.kind == "person":
                for key in {m.name.lower(), m.name.lower().split()[-1] if m.name.split() else ""} - {""}:
                    self.name_at.setdefault(key, m.start)
                for word in _role_words(m.description):
                    self.role_at.setdefault(word, m.start)

    def introduced(self, n: Mention, since: int) -> bool:
        """A full name met for the first time after `since`: nothing before has it or its surname."""
        surname = (n.surname or n.name.split()[-1]).lower()
        return len(n.name.split()) >= 2 and self.name_at.get(n.name.lower(), since) >= since \
            and self.name_at.get(surname, since) >= since

    def has_role(self, word: str, before: int) -> bool:
        return self.role_at.get(word, before) < before


def _gender_fits(m: Mention, n: Mention) -> bool:
    theirs = n.gender or (from_first_name(n.first_name) if n.first_name else None)
    return m.gender is None or theirs is None or m.gender == theirs


def _same_role_named(m: Mention, later: list[Mention], earlier: _Earlier) -> Mention | None:
    """"the attorney … The county attorney, Renee Jablonski, said": the first person introduced
    later whose own role holds every word of this one (of "a …", its head word); none when
    someone named before already has the role (then the role points back to them)."""
    role = _role_words(m.description or m.name)
    if not role or earlier.has_role(m.head_lemma, m.start):
        return None
    if _anonymous(m):
        # "a former aide alleged … The aide, Priya Castellanos, said": kept unnamed only until the
        # text names the same word with "the" and the name beside it
        again = f"the {m.head_lemma},"
        later = [n for n in later if n.text.lower().startswith(again)]
    if m.text.lower().startswith(("a ", "an ")):
        # "A federal judge blocked the ban … U.S. District Judge Harold Wynn wrote": someone new,
        # whom the text names by the same role in its own words; the role's head must agree
        role = {m.head_lemma}
    # or by another name for the same post: "a county prosecutor … Assistant District Attorney Lorna Beckett"
    post = posts_in(m.description or m.name)
    for n in later:
        if n.kind == "person" and n.named and earlier.introduced(n, m.start) and not _other_bodies(m, n) and (
                role <= _role_words(n.description) and _role_head(n.description) == m.head_lemma
                and not _another_post_of(m, n)
                or post and len(post) == 1 and post == posts_in(n.description)):
            return n if _gender_fits(m, n) else None
    return None


def _another_post_of(m: Mention, n: Mention) -> bool:
    """"The health secretary … Shadow health secretary Eleanor Pryce": a word that makes the later
    person's post another one ("shadow", "deputy"), which the role does not have."""
    return bool((_role_words(n.description) - _role_words(m.description or m.name)) & other_post_words())


def _qualifiers(phrase: str | None) -> set[str]:
    """What a role is held at or of, past its post: "Brackwell Council" in "the leader of
    Brackwell Council", "Lib Dem group" in "Lib Dem group leader"; a jurisdiction's level
    ("county", "district") says nothing of which body."""
    neutral = _roles() | kind_words()["jurisdiction_words"] | _NOT_ROLE | ROLE_ENDS
    return {w for w in _role_words(phrase) if w not in neutral}


def _other_bodies(m: Mention, n: Mention) -> bool:
    """"The leader of Brackwell Council" is not "Lib Dem group leader Martin Oakes": the same
    post, each qualified, at nothing in common."""
    mine, theirs = _qualifiers(m.description or m.name), _qualifiers(n.description)
    return bool(mine and theirs and not mine & theirs)


def _named_next(doc: Doc, m: Mention, later: list[Mention], earlier: _Earlier) -> Mention | None:
    """"… said a woman outside the shelter. Maria Okafor, 54, …": someone spoken of as "a …" and
    the person newly named at the head of the very next sentence, with their age or who they are."""
    if not m.text.lower().startswith(("a ", "an ")) or _anonymous(m):
        return None
    here = span_at(doc, m.start, m.end)
    if here is None or here.sent.end >= len(doc):
        return None
    said_in = here.sent
    if any(phrase in said_in.text.lower() for phrase in kind_words()["kept_unnamed"]):
        return None  # "a crew member, who asked not to be named, said …": nobody named next is them
    # the subject of the lede's own verb is its story's person: someone else brought in as an
    # object or aside ("… denied headbutting a referee", "… was sentenced, with a judge telling
    # her …") is no rival for the name that follows, unless the subject of that verb or someone in
    # the words it reports ("A porter stole keys, a prosecutor told the court"; "A coroner ruled
    # that the death of a climber …")
    main = here.root.dep_ in ("nsubj", "nsubjpass") and here.root.head == said_in.root
    if any((t.lemma_.lower() in _roles() or t.dep_ in ("nsubj", "nsubjpass")) and t.tag_ == "NN"
           and not here.start <= t.i < here.end
           and (not main or any(a.dep_ in ("ccomp", "parataxis") for a in t.ancestors if a != said_in.root)
                or t.dep_ in ("nsubj", "nsubjpass") and (t.head == said_in.root or t.head.dep_ == "conj"))
           and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) for t in said_in):
        return None  # "A porter stole keys, a prosecutor said. Tobias Marr, 38, …": which of the two?
    after = doc[here.sent.end].sent
    # "“…,” said a woman at the pier. “My husband …\n\n“Where will we go now?”\n\nElsie Marr, 81, …":
    # her quote may run on for a sentence or two before the text names her
    for _ in range(QUOTE_RUN_SENTENCES):
        if not after.text.lstrip().startswith(QUOTE_OPENERS) or after.end >= len(doc):
            break
        after = doc[after.end].sent
    first = next((n for n in later if n.pronoun is None and n.start >= here.sent.end_char), None)
    if first is None or not (first.kind == "person" and first.named and after.start_char <= first.start
                             and _opens_sentence(text_of(doc)[after.start_char:first.start])):
        return None
    titled = first.description and first.text.strip().startswith(first.description)
    if titled and _role_head(first.description) != m.head_lemma and not _rank_of(m.head_lemma, first.description) \
            and not posts_in(first.description) & posts_in(m.description or m.name):
        return None  # "A federal judge blocked the ban. City Attorney Paul Dimas said …": another office
        # ("a judge … Justice Miriam Sokolowski said": one post by two of its names, roles.json)
    # with their age, who they are, or where they are from ("Aoife Brennan, from Castletroy, …")
    told_who = AGE.search(first.text) or re.search(r",\s*\d{1,3}\s*(?:,|$)|,\s*(who|whose)\b", first.text) \
        or first.description or FROM_PLACE.match(text_of(doc), first.end) or AGE_AFTER.match(text_of(doc), first.end)
    return first if told_who and earlier.introduced(first, m.start) and _gender_fits(m, first) else None


FROM_PLACE = re.compile(r",\s+(?:from|of)\s+[A-Z]")
AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")  # "Desmond Okafor-Reyes, 61, must …": the age past a mention that ends on the name
QUOTE_RUN_SENTENCES = 3  # sentences of a quote running on that may stand between a role and its name
QUOTE_OPENERS = ('"', "“", "'", "‘")
LEAD_IN_WORDS = 6  # "Testifying for the prosecution, Edgardo Manalo, 44, said": a short phrase before the name


def _rank_of(word: str, title: str | None) -> bool:
    """"A police officer … Constable Peter Langat, 31, …": a general word for a rank covers the
    title the name is given (roles.json rank_families), as "a soldier" covers "Corporal …"."""
    return bool(_role_words(title) & rank_families().get(word, frozenset()))


def _ranked_next(doc: Doc, m: Mention, people: tuple[Span, ...], starts: list[int]) -> Span | None:
    """"A police officer told the court … Constable Peter Langat, 31, …": "a" general rank word
    (roles.json rank_families) and the person who opens the next sentence under a rank it covers,
    with their age; a word that otherwise keeps someone unnamed ("an officer") yields to that."""
    here = span_at(doc, m.start, m.end)
    if not m.text.lower().startswith(("a ", "an ")) or m.head_lemma not in rank_families() \
            or here is None or here.sent.end >= len(doc) \
            or any(phrase in here.sent.text.lower() for phrase in kind_words()["kept_unnamed"]):
        return None
    after = doc[here.sent.end].sent
    p = next((p for p in people[bisect_right(starts, after.start_char - 1):] if p.start_char >= after.start_char), None)
    if p is None or p.start >= after.end:
        return None
    name = without_titles(p)
    title = {t.lower_ for t in doc[after.start:name.start] if not t.is_space and not t.is_punct}
    covered = rank_families()[m.head_lemma]
    if not title & covered or not title <= covered | RANK_ADDITIONS or not AGE_AFTER.match(text_of(doc), p.end_char):
        return None
    return p


RANK_ADDITIONS = {"police", "senior", "chief", "staff", "first", "class", "lance", "detective", "army", "navy"}


def _opens_sentence(before: str) -> bool:
    """Whether a name opens its sentence: nothing before it but quote marks, or a short phrase set
    off by a comma."""
    lead = before.strip(" \n\"'“‘")
    return not lead or lead.endswith(",") and len(lead.split()) <= LEAD_IN_WORDS and "," not in lead[:-1]


def _titled_as(doc: Doc, person: Span, role: str) -> bool:
    """The role set before the name ("the midfielder Luca Ferrandis") or beside it in apposition;
    asked of the same few names for every role mention near them, so answered once each."""
    seen = scratch(doc).setdefault("titled_as", {})
    key = (person.start, person.end, role)
    if key not in seen:
        seen[key] = _titled_as_now(doc, person, role)
    return seen[key]


def _titled_as_now(doc: Doc, person: Span, role: str) -> bool:
    beside = [t for t in doc[max(0, person.start - 3):person.start] if t.head.i in range(person.start, person.end)]
    if person.root.dep_ == "appos":
        beside.append(person.root.head)
    return any(t.lemma_.lower() == role for t in beside)


def _named_before(doc: Doc, m: Mention, people: tuple[Span, ...], starts: list[int]) -> Span | None:
    """"signed the midfielder Luca Ferrandis … “…,” the midfielder said": the person last named
    with the role set before the name, whom no source mention brought in (named as an object)."""
    if not m.definite or not m.text.lower().startswith("the "):
        return None
    at = bisect_right(starts, m.start)
    for p in reversed(people[:at]):
        if m.start - p.end_char > NAMING_REACH:
            return None
        if p.end_char > m.start:
            continue
        if _titled_as(doc, p, m.head_lemma):
            return p
    return None


def _titled_later(doc: Doc, m: Mention, people: tuple[Span, ...], starts: list[int]) -> Span | None:
    """"Sarnia's mining minister dismissed the report … Minister Pavel Korda had signed": the first
    person named after the role with that role set before or beside the name, whether or not a
    source mention brought the name in; "a …" roles and roles kept unnamed are left alone."""
    if m.text.lower().startswith(("a ", "an ")) or _anonymous(m):
        return None
    for p in people[bisect_right(starts, m.end - 1):]:
        if p.start_char - m.end > NAMING_REACH:
            return None
        if p.start_char < m.end:
            continue
        if _titled_as(doc, p, m.head_lemma):
            return None if _titled_elsewhere(m, p) else p
    return None


def _titled_elsewhere(m: Mention, person: Span) -> bool:
    """The title before the name holds the post elsewhere (see `_other_bodies`)."""
    title = [t.text for t in person.doc[max(0, person.start - 6):person.start] if person.root in t.ancestors]
    mine, theirs = _qualifiers(m.description or m.name), _qualifiers(" ".join(title))
    another = (_role_words(" ".join(title)) - _role_words(m.description or m.name)) & other_post_words()
    return bool(mine and theirs and not mine & theirs) or bool(another)  # "Shadow finance minister …"


def _take_name(m: Mention, p: Span) -> None:
    words = [t for t in without_titles(p) if t.tag_ != "POS"]
    written = "".join(t.text_with_ws for t in words).split()  # "Villanueva-Reyes" one word, as written
    m.named, m.name = True, " ".join(written)
    m.surname, m.first_name = written[-1], written[0] if len(written) > 1 else None


JUST_NAMED_REACH = 300  # characters back, in the same paragraph, that a named person is "just named"
JUST_NAMED_MENTIONS = 8


def _just_named(doc: Doc, m: Mention, before: list[Mention]) -> bool:
    """"Lead author Dr Fiona Carrick said … “…,” the researcher said": a definite role right after
    a named person of a fitting gender points back to them, not on to someone named later."""
    if not m.text.lower().startswith("the "):
        return False
    text = text_of(doc)
    return any(n.kind == "person" and n.named and n.start >= m.start - JUST_NAMED_REACH and _gender_fits(m, n)
               and "\n\n" not in text[n.start:m.start] for n in before)


def _the_one_just_named(doc: Doc, m: Mention, before: list[Mention], earlier: _Earlier) -> Mention | None:
    """"Dr Fiona Carrick said … “We thought it was a one-off,” the researcher said": a bare definite
    role ("the researcher", not "the young woman who served …") right after a named person, with no
    one else between in the paragraph, is that person, where no one holds the role already and
    the person was given no role of another kind; a post only where they hold it."""
    if m.text.strip().lower() != f"the {m.head_lemma}" or not _just_named(doc, m, before) \
            or m.head_lemma in kind_words()["kin"] or earlier.has_role(m.head_lemma, m.start):
        return None  # "the young woman who served at the counter": someone described anew
    people = [n for n in before if n.kind == "person"]
    last = people[-1] if people else None
    between = text_of(doc)[last.end:m.start].lower() if last is not None else ""
    if last is None or not last.named or " " not in last.name.strip() or not _gender_fits(m, last) \
            or "\n\n" in between or m.head_lemma in _role_words(between):
        return None  # (a role the person just spoke of, "… the referee's performance. The referee …", is another)
    theirs = _role_head(last.description)
    if theirs is not None and theirs != m.head_lemma and theirs in _roles():
        return None  # "Lucia Ferrant, a surgeon, said … The lawyer said": a role of another kind
    post = posts_in(m.text)
    return last if not post or post <= posts_in(last.description) else None


def name_later_roles(doc: Doc, ordered: list[Mention]) -> None:
    """Give each role mention the full name the text gives it later (in place); a bare role with
    no article ("Witness tells trial …", a headline) takes the name of the next mention of that role."""
    earlier = _Earlier(ordered)
    starts = [m.start for m in ordered]
    named_as: dict[str, Mention] = {}  # head word → the next mention of that role given a name
    left_unnamed: dict[str, Mention] = {}  # head word → the next mention of that role left unnamed
    people = person_entities(doc)
    people_at = [p.start_char for p in people]
    for k in range(len(ordered) - 1, -1, -1):
        m = ordered[k]
        if not _a_role(m):
            continue
        later = [n for n in ordered[k + 1:bisect_right(starts, m.end + NAMING_REACH)] if n.start >= m.end]
        n = _named_next(doc, m, later, earlier) or (
            None if _just_named(doc, m, ordered[max(0, k - JUST_NAMED_MENTIONS):k])
            else _same_role_named(m, later, earlier))
        if n is None and m.text.strip()[:1].isupper() and m.text.strip().lower().split()[0] == m.head_lemma:
            n = named_as.get(m.head_lemma)  # the headline's "Witness" is the lede's "a witness"
        left = left_unnamed.get(m.head_lemma)
        if n is not None and left is not None and left.start < n.start:
            n = None  # the same role spoken of again in between and not named: the name is someone else's
        if n is not None:
            m.named, m.name, m.surname, m.first_name = True, n.name, n.surname, n.first_name
            m.gender = m.gender or n.gender
            named_as[m.head_lemma] = m
        elif (p := _ranked_next(doc, m, people, people_at)) is not None:
            _take_name(m, p)
            named_as[m.head_lemma] = m
        elif not earlier.has_role(m.head_lemma, m.start) \
                and (p := _named_before(doc, m, people, people_at) or _titled_later(doc, m, people, people_at)) \
                and (left is None or p.start_char < left.start):
            _take_name(m, p)
            named_as[m.head_lemma] = m
        if not m.named and (just := _the_one_just_named(doc, m, ordered[max(0, k - JUST_NAMED_MENTIONS):k],
                                                                    earlier)):
            m.named, m.name, m.surname, m.first_name = True, just.name, just.surname, just.first_name
            m.gender = m.gender or just.gender
        if not m.named:
            left_unnamed[m.head_lemma] = m
