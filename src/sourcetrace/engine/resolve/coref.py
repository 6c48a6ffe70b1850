"""Group source mentions into real-world sources.

No coreference model works offline here, so this is rule-based and ordered by
the text: names by full name or surname, "the report" by head noun, pronouns
by the nearest earlier source that fits, group members as people of their own.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from ..lexicon import kind_words, load_json, same_as, word_pairs, word_set
from .contrary import clash
from .feminine_surnames import woman_by_surname
from .gender import from_first_name, from_words
from .mostly_sex import given_name_sex
from .owned_by_people import owned_by_people
from .portfolios import other_field, same_body_by_field
from .post_letters import called_by_post, holder_of_post
from .pronouns_tied import pronouns_clash
from .pronoun_slots import passed_over
from .agreeing_before import named_before_in_its_sentence
from .quote_run_surname import followed_on
from .titled_before import titled_in_text
from .mentions import AGE, PRONOUNS, Mention
from .family_names import (by_same_title, genders_clash, named_by_family_name, untitled as family_untitled,
                           written_family_first)
from .names import english, is_title_word
from .opening_words import by_opening_pair, met_first_short, opening_pair, shorter_forms
from .particle_surnames import bare_surname_words
from .nicknames import nickname_forms
from .two_surnames import by_first_surname, first_of_two_surnames

RECAP_REACH = 600  # characters back that a recap ("the 58-year-old plumber") looks for its person
ROLE_ENDS = {"for", "of", "at", "in", "on", "with", "from", "to", "by", "who", "that", "which"}


@dataclass
class Entity:
    kind: str
    named: bool
    name: str
    description: str | None = None
    count: int | None = None
    head_lemma: str = ""
    surname: str | None = None
    member_of: str | None = None
    gender: str | None = None
    first_name: str | None = None
    group: "Entity | None" = None  # the sources named together that this one was named in
    in_passing: bool = False  # known only from a description in passing: no pronoun target
    spoken_of: bool = False  # heard of only inside others' reported words: no pronoun target
    aside: str | None = None  # a second description (`Mention.aside`)
    said_of: set[str] = field(default_factory=set)  # the sexes of the "he"s and "she"s tied to it so far
    mentions: list[Mention] = field(default_factory=list)
    last_seen: int = 0

    def absorb(self, m: Mention) -> None:
        # An organisation named again in passing is not thereby in view; a person described is. One
        # whose words are reported inside another's is not either ("Meera rejected her sister's
        # claim that …" "…," she said: Meera).
        if not (m.in_passing and self.mentions and m.kind == "organization" or m.spoken_of and self.mentions):
            self.last_seen = max(self.last_seen, m.start)
        self.mentions.append(m)
        self.in_passing = self.in_passing and m.in_passing
        self.spoken_of = self.spoken_of and m.spoken_of
        if m.named and not self.named:
            self.named, self.name, self.kind = True, m.name, m.kind
        elif m.named and len(m.name) > len(self.name) and m.kind == self.kind and not _only_a_title(m):
            self.name = m.name  # "The Chief Justice" again is no longer name than "Martha Koome"
        if m.description and not self.description:
            self.description = m.description
        if m.aside and not self.aside:
            self.aside = m.aside
        if m.count and not self.count:
            self.count = m.count
        if m.surname and not self.surname:
            self.surname = m.surname
        if m.pronoun is None:  # a pronoun's gender is only as right as its resolution
            self.gender = self.gender or m.gender
        elif m.pronoun == "person" and m.gender:
            self.said_of.add(m.gender)
        self.first_name = self.first_name or m.first_name

    def fits(self, gender: str | None) -> bool:
        """Whether "he" (m) or "she" (f) can stand for this entity."""
        if gender is None or self.kind != "person":
            return True
        # the first of a full name's words where no mention gave one ("Former colleague Normand LeBlanc")
        first = self.first_name or (self.name.split()[0] if self.named and len(self.name.split()) == 2 else None)
        given = first if first and not written_family_first(self.name) else None
        surname = self.surname or "" if not written_family_first(self.name) else ""
        known = self.gender or ("f" if surname and woman_by_surname(surname) else None) \
            or (from_first_name(given) if given else None) \
            or _sex_set_beside(self.aside or self._apposed())  # not "Lin" of "Lin Chih-hao"; "Nikita Ivanova" is a she
        return known in (None, gender)

    def _apposed(self) -> str | None:
        """What an unnamed person's first mention sets beside its noun: "His neighbour, an elderly widow"."""
        if self.named or not self.mentions or self.mentions[0].pronoun is not None:
            return None
        parts = self.mentions[0].text.split(",")
        return parts[1] if len(parts) > 1 else None


def move_mention(m: Mention, into: Entity, entity_of: dict[int, Entity]) -> None:
    """Take mention `m` from the entity it was grouped with into `into`, in place."""
    old = entity_of[id(m)]
    old.mentions = [x for x in old.mentions if x is not m]
    entity_of[id(m)] = into
    into.absorb(m)


def _sex_set_beside(aside: str | None) -> str | None:
    """The sex the word a second description is headed by says: "His neighbour, an elderly widow,"
    is a she; "a mother of two" too (the word before the first "of", "for", "at" …)."""
    words = []
    for w in (aside or "").lower().replace(",", " ").split():
        if w in ROLE_ENDS:
            break
        words.append(w)
    return from_words(words[-1:]) if words else None


def _norm(name: str) -> str:
    return name.lower().replace("’s", "").replace("'s", "").replace("the ", "").strip()


def _untitled_words(key: str) -> list[str]:
    """A name's words less the titles in it ("sen const dunn" is "dunn")."""
    return [w for w in key.split() if not is_title_word(w)]


def _first_names_differ(a: str, b: str) -> bool:
    """Two full names that share a surname but not the rest ("Suu Kyi" is part of "Aung San Suu Kyi";
    "Raghunath Deshpande" is "Raghunath Vishwanath Deshpande" less his middle name)."""
    a_words, b_words = a.split(), b.split()
    shorter, longer = sorted((a_words, b_words), key=len)
    middle_left_out = len(shorter) == 2 and len(longer) > 2 and shorter[0] == longer[0] and shorter[-1] == longer[-1]
    return len(a_words) > 1 and len(b_words) > 1 and not (a.endswith(b) or b.endswith(a) or middle_left_out)


def _kin_of(m: Mention, e: Entity) -> bool:
    """"Her son, David Rudd" after a Rudd known by surname alone: a relative, not the same person;
    nor "His son, Elias Khoury" after "Georges Elias Khoury", whose name the son's ends, as Arab
    names carry the father's given name before the family name."""
    words = (m.description or "").lower().split()
    name, known = _untitled_words(_norm(m.name)), _untitled_words(_norm(e.name))
    return len(name) > 1 and (len(known) == 1 or len(known) > len(name) and known[-len(name):] == name) \
        and bool(words) and words[-1] in kind_words()["kin"]


def _describes(description: str | None, name: str) -> bool:
    """Whether what was said of a person covers "the 61-year-old": "a 61-year-old trucker", or
    the bare age set beside the name ("Colin Maybury, 43, of …")."""
    description, name = (description or "").lower(), name.lower()
    return name in description or (AGE.fullmatch(name) is not None and description == name.split("-")[0])


class _Seen:
    """The entities found so far, filed for the look-ups `_find` makes, so that a long text costs
    no more per mention than a short one: in order of recency, and by the words a mention can
    match them on (name, its suffixes and last word, surname, head noun, role words). A filing
    may be stale (a name since grown longer): the index only narrows the search, and every
    candidate is put to the rule itself, in the order the rule would have met it."""

    def __init__(self, sentences: list[int] | None = None, text: str = "") -> None:
        self.sentences = sentences or [0]  # where each sentence starts, in order
        self.text = text
        self.entities: list[Entity] = []
        self._index: dict[int, int] = {}  # id(entity) -> its place in `entities`
        self._recent: list[tuple[int, int]] = []  # (-last_seen, place), sorted: latest first, ties by place
        self._filed: dict[tuple[str, str], set[int]] = defaultdict(set)

    def add(self, e: Entity) -> None:
        place = len(self.entities)
        self.entities.append(e)
        self._index[id(e)] = place
        insort(self._recent, (-e.last_seen, place))
        self.file(e)

    def moved(self, e: Entity, last_seen: int) -> None:
        """After `e` absorbed a mention: `last_seen` was its recency before."""
        place = self._index[id(e)]
        if e.last_seen != last_seen:
            del self._recent[bisect_left(self._recent, (-last_seen, place))]
            insort(self._recent, (-e.last_seen, place))
        self.file(e)

    def file(self, e: Entity) -> None:
        place, name = self._index[id(e)], _norm(e.name)
        keys = [("name", name), ("head", e.head_lemma)]
        keys += [("name", alias) for alias in nickname_forms(name)]
        keys += [("suffix", name[i:]) for i in range(len(name) + 1)]
        keys += [("role", w) for w in _role_words(e.description) + _role_words(e.aside)]
        if name.split():
            keys.append(("last", name.split()[-1]))
        if e.surname:
            keys.append(("surname", e.surname.lower()))
        if e.kind == "person" and (untitled := family_untitled(name.split())):
            keys.append(("first", untitled[0]))  # a family name written first ("Goh Siew Lan")
        if e.kind == "person" and (pair := opening_pair(e.name)):
            keys.append(("opening", pair))  # "Abu Bakr Al-Baghdadi Hassan", met again as "Abu Bakr"
        if e.kind == "person" and (paternal := first_of_two_surnames(e.name)):
            keys.append(("paternal", paternal))  # "María José Ortiz Delgado", met again as "Ortiz"
        if e.kind == "organization" and e.named:
            keys += [("word", w) for w in name.split()]
        if e.kind == "person" and e.mentions:  # each mention is filed once, as it is absorbed
            keys += [("post", post) for post in _mention_posts(self, e.mentions[-1])]
        for key in keys:
            self._filed[key].add(place)

    def recent(self, among: Iterable[Entity] | None = None) -> Iterator[Entity]:
        """Latest seen first (ties in text order), as `sorted(entities, key=-last_seen)` would give."""
        if among is None:
            return (self.entities[place] for _, place in self._recent)
        return iter(sorted(among, key=lambda e: (-e.last_seen, self._index[id(e)])))

    def sentence(self, at: int) -> int:
        """The number of the sentence the offset falls in."""
        return bisect_right(self.sentences, at) - 1

    def sentence_start(self, at: int) -> int:
        """Where the sentence the offset falls in starts."""
        return self.sentences[max(self.sentence(at), 0)]

    def filed(self, *keys: tuple[str, str]) -> list[Entity]:
        """The entities filed under any of `keys`, in the order they were found."""
        places = set().union(*(self._filed.get(key, ()) for key in keys))
        return [self.entities[place] for place in sorted(places)]


def _latest(seen: _Seen, wanted) -> Entity | None:
    """The entity last seen that `wanted` accepts: `max(…, key=last_seen)` over those it accepts."""
    return next((e for e in seen.recent() if wanted(e)), None)


def pronoun_may_be(m: Mention, e: Entity) -> bool:
    """Whether the pronoun `m` ("she", "it", "they") may stand for the entity `e` in view."""
    wanted = {"person": ("person",), "group": ("group", "organization", "media"),
              "thing": ("organization", "document", "media")}[m.pronoun]
    return (e.kind in wanted or m.pronoun != "person" and _called_a_body(e)
            or m.pronoun == "person" and _person_taken_for_a_body(e, m.gender)) \
        and e.fits(m.gender) \
        and not (e.in_passing and not _person_taken_for_a_body(e, m.gender) or e.spoken_of) \
        and not (m.pronoun == "person" and (_too_young(e) or _an_event(e) or _many_as_one(e))) \
        and not _the_writer(e) and not _no_one(e)


def _no_one(e: Entity) -> bool:
    """"Nobody in the village calls him William. … he says", "You've said this is your last novel":
    no one, or the one a question is put to, is not whom a pronoun after it stands for."""
    return all(_no_one_words(x.text) for x in e.mentions)


def _no_one_words(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and (words[0] in load_json("statements.json")["none_words"] or words[:2] == ["no", "one"]
                            or words == ["you"])


def _the_writer(e: Entity) -> bool:
    """"Asked by this reporter whether he worries …, he shrugs": the story's own writer, called so in
    the third person, is not who a pronoun after it stands for."""
    return all(x.pronoun is not None or x.text.lower() in kind_words()["the_writer"] for x in e.mentions)


def _ranked(seen: _Seen, m: Mention, may_be) -> Entity | None:
    """The entity last seen that a pronoun may be, unless it is someone unnamed of no known sex after
    a named person of the pronoun's sex in its sentence (agreeing_before.py), or was last seen in a
    slot that rules it out (pronoun_slots.py): then the next one, where the slot's rule finds one."""
    fitting = (e for e in seen.recent() if may_be(e))
    first = next(fitting, None)
    if first is None:
        return None
    others = (e for e in seen.recent() if e is not first and may_be(e))
    if (named := named_before_in_its_sentence(seen.text, m, first, others, seen.sentence_start)) is not None:
        return named  # "Aurelio Danza unties the Marigold, a rowing ferry … he says": not the ferry
    why = passed_over(seen.text, m, first, seen.sentence_start)
    if why is None:
        return first
    after = next(fitting, None)
    if why == "owned":
        return after  # never the pronoun's own attorney: someone before, else no one yet
    if why == "met":
        return after or first  # the one the pronoun stood for before, where it was in view
    held = seen.sentence_start(first.last_seen)  # a possessor: the subject of its own sentence
    return after if after is not None and seen.sentence_start(after.last_seen) == held else first


def _find(seen: _Seen, m: Mention) -> Entity | None:
    entities = seen.entities
    if m.kind == "person" and not m.named and m.text.lower().startswith("the ") and _set_apart(m):
        # "the other lawyer": only one introduced as set apart so ("another lawyer"), never the first
        return _latest(seen, lambda e: e.kind == "person" and not _set_apart_from(m, e)
                       and any(m.head_lemma in f"{x.text} {x.description or ''}".lower().split() for x in e.mentions))
    if m.kind == "person" and m.definite and not m.named and m.head_lemma in kind_words()["company_words"] \
            and (firm := _firm_for_trade(seen, m)) is not None:
        return firm
    if m.pronoun is not None:
        if m.name.lower() not in PRONOUNS:  # "the 61-year-old" after "Tully, a 61-year-old trucker"
            described = [e for e in entities if e.kind == "person"
                         and (_describes(e.description, m.name) or _describes(e.aside, m.name))]
            if described:
                return max(described, key=lambda e: e.last_seen)
            if m.definite:  # a recap: someone already so described, else the person last named
                return _described_so(entities, m) or _person_near(seen, m)
        return _ranked(seen, m, lambda e: pronoun_may_be(m, e))
    if m.named and m.kind == "person" and m.text.lower().startswith("the ") and _only_a_title(m) \
            and len(posts_in(m.text)) == 1 and (holder := _sole_holder(seen, m)) is not None:
        return holder  # "The Minister noted": the tagger's name, but a post and its one holder
    if m.named and seen.text and (called := called_by_post(m)) \
            and (holder := holder_of_post(seen.entities, called, seen.text)) is not None:
        return holder  # "The CMO urged …" after "Chief Medical Officer Dr Marsha Pottinger-Grant"
    key = _norm(m.name)
    if m.named and m.kind in ("person", "organization") and (older := _seniority(m) if _seniority(m) is not None
                                                             else _seniority_before(seen.text, m)) is not None:
        ranks = kind_words()["seniority_elder"] | kind_words()["seniority_younger"]
        key = " ".join(w for w in key.split() if w not in ranks)
        family = " ".join(_untitled_words(key))  # "the younger Mr Tan"
        if (relative := _by_seniority(seen, family, older)) is not None:
            return relative
    last_word = key.split()[-1] if key.split() else ""
    if m.named and (titled := titled_in_text(seen.text, seen.recent(seen.filed(("surname", last_word), ("last", last_word))),
                                             m)) is not None:
        return titled  # "Dr Dlamini" is the Dlamini written after "Dr", not the bare "Dlamini" (titled_before.py)
    for e in seen.recent(seen.filed(("name", key))):
        if (_norm(e.name) == key or key in nickname_forms(_norm(e.name))) and not genders_clash(m, e):
            return e
    if m.named and (short := met_first_short(seen.recent(seen.filed(*(("name", form) for form in shorter_forms(_norm(m.name))))),
                                             m, _norm)) is not None:
        return short  # "Mian Zahid" in the headline, "Mian Zahid Mehmood" in the story
    surname = key.split()[-1] if key.split() else ""
    if m.named and (titled := by_same_title(seen.recent(seen.filed(("surname", surname), ("last", surname))), m)) \
            is not None:
        return titled  # "Dr Deshpande" is the one Deshpande called Dr
    if m.named and (shared := _surname_shared(seen, m, key)) is not None:
        return shared
    if (called := _called_by_first_name(entities, m) or (_short_for(entities, m, key) if m.named else None)):
        return called
    if m.named:
        if (opening := by_opening_pair(seen.recent(seen.filed(("opening", " ".join(_untitled_words(key))))), m)):
            return opening  # before any name it ends: "Abdul Karim" is "Abdul Karim Yusof", not his son "Faizal Abdul Karim"
        last = key.split()[-1] if key else ""
        # only these can pass a test below: by surname, by last word, or one name ending the other
        candidates = seen.filed(("surname", last), ("last", (m.surname or "").lower()), ("suffix", key),
                                *(("name", key[i:]) for i in range(len(key) + 1)))
        for e in seen.recent(candidates):
            if m.kind == e.kind == "person" and (_first_names_differ(" ".join(_untitled_words(key)), _norm(e.name)) or _kin_of(m, e)
                                                 or genders_clash(m, e) or pronouns_clash(m, e)):
                continue  # "Ivanka Trump" is not "Donald Trump"
            if e.kind == "person" and e.named and m.kind in ("person", "organization") and (
                    (e.surname or "").lower() == last and len(_untitled_words(key)) <= len(_norm(e.name).split())
                    or (m.surname or "").lower() == _norm(e.name).split()[-1]):
                return e
            if e.kind == m.kind != "document" and e.named and (key.endswith(_norm(e.name))
                                                               or _norm(e.name).endswith(key)) \
                    and (e.kind != "person" or _ends_in_words(key, _norm(e.name), m.name, e.name)) \
                    and not _contrary(m, e):
                return e  # not for documents: every "… poll" ends in "Poll"; "Ng" ends no "Keng"
        if m.kind == "organization" and (by_field := _latest(seen, lambda e: e.kind == "organization" and e.named
                                                              and same_body_by_field(m.name, e.name))) is not None:
            return by_field  # "Energy ministry" is the "Ministry of Energy of the Kyrgyz Republic"
        if (family := named_by_family_name(seen.recent(seen.filed(("first", last))), m)) is not None:
            return family
        if (paternal := by_first_surname(seen.recent(seen.filed(("paternal", last))), m)) is not None:
            return paternal
        if not m.definite:
            return None  # "the PPIC poll" may still be the poll spoken of before, unnamed
    if (relative := _relative_named(seen, m)) is not None:
        return relative
    if not m.named and (those := re.search(r"\bof (?:those|these) ([a-z]+)", m.text.lower())) is not None:
        # "people close to the company … two of those people said": the group spoken of before
        said = {those.group(1), those.group(1).removesuffix("s"), m.member_of}
        group = _latest(seen, lambda e: e.kind == "group" and e.head_lemma in said)
        if group is not None:
            return group
    if m.definite or _owned_post(m):
        if m.kind == "person" and not m.named and len(posts_in(m.text)) == 1:
            return _post_holder(seen, m)  # a post is its holder's, not merely the latest person so called
        if (said := _said_to_be(seen, m)) is not None and not _set_apart_from(m, said):
            return said
        if (varied := _varied(seen, m)) is not None:
            return varied
        anonymous = kind_words()["anonymous_singular"]
        if m.kind == "person" and m.head_lemma in kind_words()["anonymous_back"] and len(m.text.split()) == 2:
            # "A senior figure in the party said … “…,” the person said": the last source left
            # unnamed, by a bare word for one ("the person", "this source")
            unnamed = _latest(seen, lambda e: e.kind == "person" and not e.named and e.head_lemma in anonymous)
            if unnamed is not None:
                return unnamed
        if m.kind == "organization" and m.head_lemma in kind_words()["company_words"]:
            return _person_so_described(entities, m) or _the_firm(entities, m)
        if m.kind == "organization" and m.head_lemma in kind_words()["club_words"]:
            return _the_club(seen, m)
    return None


def _ends_in_words(a: str, b: str, written_a: str = "", written_b: str = "") -> bool:
    """Whether one name ends the other at a word's start: "Ng" ends "Ng" and "Jun Hao Ng", not "Tay Boon Keng";
    after a hyphen only where the longer name as written capitalises the part ("Rae-Buchanan"): a given
    name's second syllable ("Tsai Wen-chiang") is no surname."""
    (short, _), (long, written) = sorted(((a, written_a), (b, written_b)), key=lambda pair: len(pair[0]))
    syllable = written.rsplit("-", 1)[-1][:1].islower()
    return long == short or long.endswith(" " + short) or long.endswith("-" + short) and not syllable


def _firm_for_trade(seen: _Seen, m: Mention) -> Entity | None:
    """"Ardent Lithium Corp. said … The Westmark-based miner said": a trade that is also a word for
    a firm is the firm where one firm has spoken and nobody in the story is so called."""
    if any(e.kind == "person" and any(m.head_lemma in f"{x.text} {x.description or ''}".lower().split()
                                      for x in e.mentions) for e in seen.entities):
        return None
    firm = _the_firm(seen.entities, m)
    return firm if firm is not None and not firm.in_passing else None


def _the_club(seen: _Seen, m: Mention) -> Entity | None:
    """"Rovers manager Paul Greatorex said … The club said": the body whose name the post of the
    person last quoted carries; else the one body named. A match report names two clubs, so a
    post naming a body not found ("Sharks coach") leaves none guessed."""
    bodies = [e for e in seen.entities if e.kind == "organization" and e.named]
    person = _latest(seen, lambda e: e.kind == "person" and e.named and e.description)
    if person is not None:
        words = person.description.split()
        post = {re.sub(r"['’]s?$", "", w.strip(".,")) for w in words[:len(_role_words(person.description))]} \
            - _body_plain_words()
        named = {w for w in post if w[:1].isupper()}
        own = [e for e in bodies if {w.lower() for w in named} & {w.strip(".,") for w in e.name.lower().split()}]
        if len(own) == 1:
            return own[0]
        if named:
            return None
    return bodies[0] if len(bodies) == 1 else None


def _body_plain_words() -> frozenset[str]:
    """Words a post and a club's name may share without naming the club ("Football Club manager")."""
    plain = word_set("titles") | word_set("person_nouns") | kind_words()["organization"]
    return frozenset(w for p in plain for w in (p, p.title(), p.capitalize())) | {""}


_YOUNG_AGE = re.compile(r"\b(\d+)-(year|month|week|day)s?-old\b|,\s*(\d+),")


OWNER_GENDER = {"his": "m", "her": "f"}


def _relative_named(seen: _Seen, m: Mention) -> Entity | None:
    """"Lena Castellano, 41, and Teresa Castellano, 40, … Her younger sister said": a relative
    known as someone's is the one other person named with their surname, picked by age where
    the text says elder or younger; none where the text leaves it open."""
    words = m.text.lower().split()
    if m.named or m.kind != "person" or len(words) < 2 or words[0] not in OWNER_GENDER \
            or m.head_lemma not in kind_words()["kin"]:
        return None
    owner = _latest(seen, lambda e: e.kind == "person" and e.named and e.fits(OWNER_GENDER[words[0]]))
    if owner is None or not owner.surname:
        return None
    surname = owner.surname.lower()
    kin = [e for e in seen.filed(("surname", surname), ("last", surname)) if e is not owner and e.kind == "person"
           and e.named and " " in e.name.strip() and (e.surname or "").lower() == surname and e.fits(m.gender)]
    older = _seniority(m)
    if older is not None and _age(owner) is not None:
        kin = [e for e in kin if _age(e) is not None and (_age(e) > _age(owner)) == older]
    return kin[0] if len(kin) == 1 else None


def _too_young(e: Entity) -> bool:
    """A baby or a small child ("their newborn son, Leo", "her 3-year-old daughter"): no speaker."""
    words = kind_words()["too_young"]
    limit = load_json("kinds.json")["too_young_years"]
    for mention in e.mentions:
        text = mention.text.lower()
        if set(re.findall(r"[\w-]+", text)) & words:
            return True
        for age, unit, bare in _YOUNG_AGE.findall(text):
            if unit and unit != "year" or int(age or bare) < limit:
                return True
    return False


def _called_a_body(e: Entity) -> bool:
    """"Hartleys warns … the department store group said … It now expects …": a name the tagger
    took for a person's that the text has since called a body ("the retailer", "the group") is
    an "it" or a "they", as the body is."""
    return e.kind == "person" and e.named and any(x.kind in ("organization", "media") and x.pronoun is None
                                                  for x in e.mentions)


def _person_taken_for_a_body(e: Entity, gender: str | None) -> bool:
    """"Her sister, now known as Kimberly Lavallée-Hart, was adopted … She said …": a name the
    tagger took for a body's, two or three words opening on a given name of the pronoun's sex
    and holding no word for a body, only ever called by name, is the person a "she" stands for."""
    words = e.name.split()
    if gender is None or e.kind != "organization" or not e.named or not 2 <= len(words) <= 3 \
            or any(x.kind != "organization" or x.pronoun is not None for x in e.mentions):
        return False
    kinds = kind_words()
    body_words = kinds["organization"] | kinds["company_words"] | kinds["firm_name_words"] | kinds["media"]
    last = words[-1].lower()
    plural = last.endswith("s") and english(last[:-1])  # "Corrin Brothers", "Hale Partners": a firm
    return given_name_sex(words[0]) == gender and not any(w.lower().strip(".,") in body_words for w in words) \
        and all(w[:1].isupper() for w in words) and not plural


def _many_as_one(e: Entity) -> bool:
    """"His family said …", "the couple told …", "the crew reported …": a word for several
    people together, unnamed, which a "he" or "she" never stands for."""
    return e.kind == "person" and not e.named and e.head_lemma in kind_words()["collective_people"]


def _an_event(e: Entity) -> bool:
    """"The rally demanded …": a gathering unnamed, which "he" or "she" cannot stand for."""
    return e.kind == "person" and not e.named and e.head_lemma in kind_words()["events"]


def _surname_shared(seen: _Seen, m: Mention, key: str) -> Entity | None:
    """A bare surname two named people share (a father and his daughter): news calls the
    relative by first name, so it is the one not introduced as someone's kin, or else the
    first introduced; never merely the latest in view, but the one a paragraph just before was
    given to, where a quote opening the next goes on in a voice."""
    words = bare_surname_words(key)  # "Al Rawahi" of Salim and Hamed bin Salim Al Rawahi too
    if m.kind not in ("person", "organization") or not words:  # the tagger may call "Al Rawahi" a body
        return None
    # "Han" of "Han Seo-yeon" and her father "Han Min-ho": a family name written first is shared too
    sharing = [e for e in seen.filed(("last", words[-1]), ("surname", words[-1])) if e.kind == "person" and e.named
               and len(name := _norm(e.name).split()) > len(words)
               and (name[-len(words):] == words or (e.surname or "").lower() == " ".join(words))]
    if len(sharing) < 2:
        return None
    if m.gender is not None and len(fitting := [e for e in sharing if e.fits(m.gender)]) == 1:
        return fitting[0]  # "Mrs Oakes" after Martin Oakes and his wife Sandra
    if m.gender is not None and from_words(m.text.split()[:1]) == m.gender \
            and len(sure := [e for e in fitting if not e.fits({"m": "f", "f": "m"}[m.gender])]) == 1:
        return sure[0]  # "Mrs. Varghese" after Thankamma Varghese and her son, of a name no list knows
    if len(followed := _in_paragraph(seen, sharing, m.start)) == 1:
        return followed[0]  # "Her father shrugged at that. “…,” Ortiz said.": the one the paragraph follows
    if seen.text and len(run := followed_on(seen.text, sharing, m.start)) == 1:
        return run[0]  # a quote opening the next paragraph goes on with that person (quote_run_surname.py)
    principal = [e for e in sharing if not introduced_as_kin(e)]
    return principal[0] if len(principal) == 1 else sharing[0]


def _in_paragraph(seen: _Seen, entities: list[Entity], at: int) -> list[Entity]:
    """Those of `entities` last seen in the paragraph that holds `at`, before it."""
    paragraph = seen.text.rfind("\n\n", 0, at) if seen.text else -1
    return [e for e in entities if paragraph >= 0 and paragraph < e.last_seen < at]


def _seniority(m: Mention) -> bool | None:
    """"the elder Achterberg" (True), "the younger Achterberg" (False); None for a plain name."""
    words = set(m.text.lower().split())
    kinds = kind_words()
    return True if words & kinds["seniority_elder"] else False if words & kinds["seniority_younger"] else None


def _seniority_before(text: str, m: Mention) -> bool | None:
    """The same where the rank stood before the tagger's name: "the elder Lee's remark", the
    possessor alone taken as the mention."""
    words = text[max(0, m.start - 16):m.start].lower().split()
    if len(words) < 2 or words[-2] != "the":
        return None
    kinds = kind_words()
    return True if words[-1] in kinds["seniority_elder"] else False if words[-1] in kinds["seniority_younger"] else None


def _by_seniority(seen: _Seen, surname: str, elder: bool) -> Entity | None:
    """Of two named people sharing a surname, the elder or the younger: by the ages the text
    gives, else by the one introduced as the other's child ("His daughter, Lotte Achterberg")
    or parent; none when the text does not tell."""
    if " " in surname or not surname:
        return None
    # one may be known so far by the surname alone ("Tuilau denied …", then "His nephew, Jone Tuilau")
    sharing = [e for e in seen.filed(("last", surname)) if e.kind == "person" and e.named
               and _norm(e.name).split()[-1] == surname]
    if sum(" " not in e.name.strip() for e in sharing) > 1:
        return None
    if not sharing:  # "Mr Tan Ah Kow … his son, Mr Tan Wei Ming": the family name written first
        sharing = [e for e in seen.filed(("first", surname)) if e.kind == "person" and e.named
                   and len(words := _untitled_words(_norm(e.name))) >= 2 and words[0] == surname]
    if len(sharing) != 2:
        return None
    ages = [_age(e) for e in sharing]
    if None not in ages and ages[0] != ages[1]:
        return sharing[ages.index(max(ages) if elder else min(ages))]
    kin = kind_words()
    younger = [e for e in sharing if _introduced_as(e, kin["kin_younger"], seen.text)]
    older = [e for e in sharing if _introduced_as(e, kin["kin_elder"], seen.text)]
    if len(younger) == 1 and not older:
        return next(e for e in sharing if e is not younger[0]) if elder else younger[0]
    if len(older) == 1 and not younger:
        return older[0] if elder else next(e for e in sharing if e is not older[0])
    return None


def _age(e: Entity) -> int | None:
    """The age the text gives a person: "Mara Quist, 71," or "the 71-year-old ferry owner"."""
    for mention in e.mentions:
        for said in (mention.description or "", mention.text):
            found = re.fullmatch(r"\s*(\d{1,3})\s*", said) or re.search(r",\s*(\d{1,3})\s*(?:,|$)", said) \
                or re.search(r"\b(\d{1,3})-years?-old\b", said)
            if found is not None:
                return int(found.group(1))
    return None


def _introduced_as(e: Entity, words: frozenset[str], text: str = "") -> bool:
    return any((mention.description or "").lower().split()[-1:] and
               (mention.description or "").lower().split()[-1] in words for mention in e.mentions) \
        or any(_kin_before_name(mention) in words or _kin_set_before(text, mention) in words for mention in e.mentions)


def _kin_set_before(text: str, m: Mention) -> str | None:
    """"His father, MUDr. Jiří Kratochvíl, a senator": the kin word an owner's pronoun opens, set
    before the mention with a comma (titles passed over), where the mention's words leave it out."""
    words = text[max(0, m.start - 40):m.start].replace(",", " , ").split()
    while words and words[-1][:1].isupper() and is_title_word(words[-1]):
        words.pop()
    if len(words) < 3 or words[-1] != "," or words[-3].lower() not in ("his", "her", "their"):
        return None
    return words[-2].lower()


def _kin_before_name(m: Mention) -> str | None:
    """"whose father Kurt", "His father, MUDr. Jiří": the word just before the name in the mention
    (titles passed over), where it has a role of its own ("Harbourside's head coach") for a description."""
    if not m.named or not m.name.split():
        return None
    written = m.text.split()
    words = [w.lower() for w in written]
    first = m.name.lower().split()[0]
    at = words.index(first) if first in words else 0
    while at > 1 and written[at - 1][:1].isupper() and is_title_word(written[at - 1]):
        at -= 1  # a title as written before a name ("MUDr."), never a kin word ("whose father Kurt")
    return words[at - 1].strip(",") if at > 0 else None


def _called_by_first_name(entities: list[Entity], m: Mention) -> Entity | None:
    """"Orla said" after "Orla Tull, 16": a lone capitalised word that is the first name of exactly
    one person named in full before is that person (news calls relatives sharing a surname so),
    whatever the tagger took the word for."""
    word = m.text.strip()
    if m.named and m.kind == "person" and _honour_before(word, m.name.strip()):
        word = m.name.strip()  # "Don Anselmo said": the first name after an honour
    if " " in word or not word.istitle() or not word.isalpha():
        return None
    key = word.lower()
    named = [e for e in entities if e.kind == "person" and e.named and " " in _norm(e.name)
             and _norm(e.name).split()[0] == key]
    return named[0] if len(named) == 1 else None


def _honour_before(written: str, name: str) -> bool:
    """"Don Anselmo" for "Anselmo": the name written after one title or form of address."""
    words = written.split()
    return len(words) == 2 and words[1] == name and (is_title_word(words[0])
                                                      or words[0].lower() in word_pairs("address_names"))


def _short_for(entities: list[Entity], m: Mention, key: str) -> Entity | None:
    """"Kingsmere said" after "Kingsmere Estates": the opening words of exactly one body's name,
    whatever the tagger took the short form for, stand for that body."""
    if not key or m.kind not in ("organization", "person"):
        return None
    if m.kind == "person" and (" " in key or key in {w for e in entities if e.kind == "person" and _norm(e.name).split()
                                                      for w in (_norm(e.name).split()[0], _norm(e.name).split()[-1])}):
        return None  # a person's first name or surname ("Okonkwo" of Okonkwo Agro-Allied's chief)
    bodies = [e for e in entities if e.kind == "organization" and e.named
              and len(_norm(e.name).split()) > len(key.split()) and _norm(e.name).startswith(key + " ")]
    return bodies[0] if len(bodies) == 1 else None


def introduced_as_kin(e: Entity) -> bool:
    """Whether a mention brought the person in as someone's relative ("His nephew, Tobias")."""
    kin = kind_words()["kin"]
    return any((mention.description or "").lower().split()[-1:] and
               (mention.description or "").lower().split()[-1] in kin for mention in e.mentions)


def _owned_post(m: Mention) -> bool:
    """"The company's chief executive": a post held at a body spoken of before points back too."""
    words = m.text.lower().split()
    return m.kind == "person" and not m.named and len(words) > 2 and words[0] == "the" \
        and words[1].endswith(("'s", "’s", "s'"))


@lru_cache(maxsize=1)
def _roles() -> dict:
    return load_json("roles.json")


@lru_cache(maxsize=None)
def _post_words() -> tuple[tuple[str, re.Pattern], ...]:
    """Each post (lexicons/roles.json) with a pattern for the words that name it."""
    posts = _roles()["synonyms"]
    return tuple((words[0], re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])"))
                 for words in posts)


@lru_cache(maxsize=4096)
def posts_in(phrase: str | None) -> frozenset[str]:
    """The posts a description names, by their first word in roles.json: "State Sen." → senator,
    "Harlow Foods' CEO" → chief executive; "deputy chief executive" is another post, so none, and
    so is "the senator's nephew" (the post of someone else, who owns this one)."""
    phrase = (phrase or "").lower().replace("’", "'")
    # "a candidate for mayor" is no mayor: a post is read up to the first preposition, but for
    # the side a lawyer acts for ("counsel for the Crown")
    role = " ".join(_role_words(phrase))
    found = set()
    for post, pattern in _post_words():
        for text in (role, phrase):
            if any(text is role or hit.group().startswith("for ") for hit in pattern.finditer(text)
                   if not another_post(text[:hit.start()]) and not text.startswith("'s", hit.end())):
                found.add(post)
    return frozenset(found)


VARIED_REACH = 2  # sentences back that "the union leader" looks for the named person it varies on


def _varied(seen: _Seen, m: Mention) -> Entity | None:
    """"Piet Anand, president of the Dockers' Guild, told reporters … The union leader said":
    a role said of the named person last in view, a sentence or two before, the way news avoids
    repeating a name. Not when someone else holds or was called by that role, when the person was
    given a role of another kind (roles.json `families`), or when the words set the holder apart
    ("the other prosecutor"); a post of roles.json is only ever its holder's (`_post_holder`)."""
    words = m.text.lower().replace("’", "'").split()
    kinds = kind_words()
    if m.kind != "person" or m.named or m.pronoun is not None or words[:1] != ["the"] or len(words) > 4 \
            or any(w.endswith(("'s", "s'")) for w in words) \
            or m.head_lemma not in word_set("person_nouns") | word_set("titles") \
            or m.head_lemma in kinds["anonymous_singular"] | kinds["anonymous_back"] | kinds["kin"] \
            or m.head_lemma in _roles()["no_role"] \
            or any(another_post(" ".join(words[:k])) for k in range(1, len(words) + 1)):
        return None
    here = seen.sentence(m.start)
    # the person last in view, named or not, in passing or not: whoever came between is the one meant
    last = next((e for e in seen.recent() if e.kind == "person"), None)
    if last is None or not last.named or last.in_passing \
            or not last.fits(m.gender) or not 1 <= here - seen.sentence(last.last_seen) <= VARIED_REACH:
        return None
    said = {w.strip(",.;") for x in last.mentions for w in f"{x.description or ''} {x.aside or ''}".lower().split()}
    if m.head_lemma in said or any(w.endswith("-" + m.head_lemma) for w in said):
        # "the mayor" is not "a candidate for mayor", nor "the chief executive" the deputy one,
        # nor "the founder" the co-founder
        return None
    since = seen.text[max(x.end for x in last.mentions):m.start].lower()
    if re.search(rf"\b{re.escape(m.head_lemma)}", since):
        return None  # "… about the referee's performance. The referee was not available": someone else
    theirs = {w for x in last.mentions for w in _role_words(x.description) + _role_words(x.aside)}
    if not _same_family({m.head_lemma}, theirs):
        return None  # "the union leader" is not "Mayor Ruth Cole"
    if any(e is not last and e.kind == "person" and not _prefixed_post(e, m.head_lemma, m.text)
           for e in seen.filed(("role", m.head_lemma), ("post", m.head_lemma))):
        return None  # another holds that role
    return last


def _same_family(these: set[str], those: set[str]) -> bool:
    """Whether two roles may be one person's (lexicons/roles.json `families`): yes where either
    is in no family, else where they share one."""
    families = _roles()["families"]
    ours = {f for f, words in families.items() if these & set(words)}
    theirs = {f for f, words in families.items() if those & set(words)}
    return not ours or not theirs or bool(ours & theirs)


def _set_apart(m: Mention) -> bool:
    return bool(set(m.text.lower().split()) & set(_roles()["set_apart"]))


def _set_apart_from(m: Mention, e: Entity) -> bool:
    """"The other lawyer" after "Jane Holt, a lawyer for the family": the words set the speaker
    apart from whoever was called so before, unless that one was introduced as set apart too."""
    apart = set(_roles()["set_apart"])
    said = {w for x in e.mentions for w in f"{x.text} {x.description or ''}".lower().split()}
    return e.kind == "person" and _set_apart(m) and not said & apart


def another_post(before: str) -> bool:
    """"deputy " before "chief executive", "co-" before "chair": the words make another post."""
    words = before.replace("-", " ").split()
    # "shadow finance minister", "deputy health secretary": the word may stand before the portfolio
    portfolio = [w for w in words[-POST_PREFIX_REACH + 1:] if w not in ("and", "&") and not w.endswith(",")]
    return bool(words) and words[-1] in _roles()["other_post"] or before.endswith("-") \
        or len(portfolio) == POST_PREFIX_REACH - 1 and portfolio[0] in other_post_words()


def _title_of(m: Mention) -> str | None:
    """The words before a name that the mention holds: "Prosecutor" in "Prosecutor Jane Holt"."""
    at = m.text.find(m.name) if m.named and m.kind == "person" else -1
    return m.text[:at] if at > 0 else None


LEAD_IN_REACH = 80  # characters of a sentence's opening phrase read for the part a person speaks in


def _lead_in(seen: _Seen, m: Mention) -> str | None:
    """"Prosecuting, Rachel Umeh said", "For the Crown, Rachel Umeh said": the phrase that opens
    the sentence and ends with a comma just before a named person tells the part they speak in."""
    if not m.named or m.kind != "person":
        return None
    lead = seen.text[seen.sentences[seen.sentence(m.start)]:m.start]
    return lead if len(lead) <= LEAD_IN_REACH and lead.rstrip().endswith(",") else None


def _mention_posts(seen: _Seen, m: Mention) -> frozenset[str]:
    """The posts a mention gives its person: by description, aside, title or opening phrase."""
    return posts_in(m.description) | posts_in(m.aside) | posts_in(_title_of(m)) | posts_in(_lead_in(seen, m))


def _post_holder(seen: _Seen, m: Mention) -> Entity | None:
    """"The CEO said" after "Dana Whitcombe, Harlow Foods' chief executive": the one named person
    the text gave that post, under any of its names; none where two hold it or the mention sets
    its holder apart ("the other prosecutor")."""
    wanted = posts_in(m.text)
    holders = [e for e in seen.filed(*(("post", post) for post in wanted)) if e.kind == "person"]
    named = [e for e in holders if e.named]
    if len(holders) == 1 or len(named) == 1 and all(_unnamed_lede(e) for e in holders if not e.named):
        return named[0] if named else holders[0]
    # with the holder left open, "the prosecutor" again is whoever was last called just that
    return _latest(seen, lambda e: any(e is h for h in holders) and not e.named and _norm(e.name) == _norm(m.name))


def _sole_holder(seen: _Seen, m: Mention) -> Entity | None:
    """The post's holder, when no other person's words so much as mention the post (the tagger
    may have kept a second holder's title in their name: "Minister for Roads Ian Coe")."""
    holder = _post_holder(seen, m)
    wanted = posts_in(m.text)
    if holder is None or any(e is not holder and any(posts_in(x.text) & wanted for x in e.mentions)
                             for e in seen.entities):
        return None
    return holder


def _only_a_title(m: Mention) -> bool:
    """"The Minister noted …": a post written with a capital, the tagger's name, but no one's name."""
    words = m.name.lower().split()
    return bool(words) and all(w.strip(".") in word_set("titles") | word_set("person_nouns") for w in words)


def _unnamed_lede(e: Entity) -> bool:
    """Someone brought in unnamed by an indefinite description ("a county prosecutor told jurors"):
    the news lede's way of naming a person the next lines name in full."""
    first = e.mentions[0].text.lower()
    return not e.named and first.startswith(("a ", "an "))


def _said_to_be(seen: _Seen, m: Mention) -> Entity | None:
    """The entity a definite mention's head noun names: those that have spoken first, then those
    only named in passing ("the court" after "the Supreme Court ruled"), each the latest first."""
    alike = same_as(m.head_lemma)  # "the chairwoman" is the chair
    candidates = seen.filed(("word", m.head_lemma), *(("head", h) for h in alike), *(("role", h) for h in alike))
    ordered = sorted((e for e in seen.recent(candidates) if not _contrary(m, e)), key=lambda e: e.in_passing)
    for e in ordered:
        if m.named and e.named or _prefixed_post(e, m.head_lemma, m.text):
            continue  # "the CBS poll" is not the Monmouth poll, nor "the founder" the co-founder
        if e.head_lemma in same_as(m.head_lemma) and e.kind == m.kind:
            return e
        if m.kind == e.kind and alike & {*_role_words(e.description), *_role_words(e.aside)} \
                and not (e.named and _called(ordered, m)):
            return e  # "the company" after "Acme, the company behind the mine"
    return _called(ordered, m) if not m.named else None


def _contrary(m: Mention, e: Entity) -> bool:
    """"The ruling party" is not "the opposition Khmer Renewal Party" (contrary.py), nor "the
    health ministry" the Department of Environment (portfolios.py)."""
    return m.kind != "person" and (clash(m.text.split(), (w for x in e.mentions for w in x.text.split()))
                                   or not m.named and other_field(m.head_lemma, set(m.text.lower().split()), e.name))


POST_PREFIX_REACH = 3  # words before a post's head that a word making it another post may stand


def _prefixed_post(e: Entity, head: str, text: str = "") -> bool:
    """Whether a person was called by the post with a prefix that makes it another ("co-founder",
    "ex-chairman" for "the founder", "the chairman"), or with a word a few before it that the
    mention's `text` lacks ("Shadow health secretary Eleanor Pryce" is not "the health secretary",
    "Deputy police chief Ana Ruiz" not "the police chief")."""
    if e.kind != "person":
        return False
    mine = set(text.lower().split())
    other = other_post_words() - mine
    for x in e.mentions:
        words = [w.strip(",.") for w in f"{x.text} {x.description or ''}".lower().split()]
        for k, w in enumerate(words):
            if w.endswith("-" + head) or w == head and other & set(words[max(0, k - POST_PREFIX_REACH):k]):
                return True
    return False


@lru_cache(maxsize=1)
def other_post_words() -> frozenset[str]:
    """Words that make a post another one ("deputy", "shadow", "vice"), less those that only set
    one holder apart from another or call the same post new ("another", "new")."""
    return frozenset(_roles()["other_post"]) - frozenset(_roles()["set_apart"]) - {"new", "general"}


def _called(entities: list[Entity], m: Mention) -> Entity | None:
    """"The museum said" after "Greyhaven Museum Trust": the one body whose name holds the word,
    before one that a description only calls so."""
    called = [e for e in entities if e.kind == m.kind == "organization" and e.named
              and m.head_lemma in _norm(e.name).split()]
    return called[0] if len(called) == 1 else None


def _described_so(entities: list[Entity], m: Mention) -> Entity | None:
    """The latest person whose description holds every word of a recap: "the former secretary of
    state" finds whoever was so called, "the Republican nominee" not the Democratic one."""
    words = set(m.name.lower().split())
    described = [e for e in entities if e.kind == "person"
                 and (words <= set(_role_words(e.description)) or words <= set(_role_words(e.aside)))]
    return max(described, key=lambda e: e.last_seen, default=None)


def _person_near(seen: _Seen, m: Mention) -> Entity | None:
    """The named person a recap follows: the one last in view over the last few sentences."""
    return _latest(seen, lambda e: e.kind == "person" and e.named and e.fits(m.gender)
                   and m.start - RECAP_REACH <= e.last_seen < m.start)


def _role_words(description: str | None) -> list[str]:
    """The words of a description up to its first preposition: "candidate for mayor of Dunmore"
    makes a candidate, not a mayor."""
    words = (description or "").lower().split()
    cut = next((i for i, w in enumerate(words) if w in ROLE_ENDS), len(words))
    return words[:cut]


def _person_so_described(entities: list[Entity], m: Mention) -> Entity | None:
    """"Hector Ruiz-Abara, 70, a retired mail carrier … the retired mail carrier said": a word for a
    firm that is also a trade ("carrier") is the person last described by every word of it."""
    words = m.text.lower().split()
    if words[:1] != ["the"] or len(words) < 3:
        return None
    wanted = set(words[1:])
    described = [e for e in entities if e.kind == "person" and any(
        wanted <= set(f"{x.description or ''} {x.aside or ''}".lower().replace(",", " ").split()) for x in e.mentions)]
    return max(described, key=lambda e: e.last_seen, default=None)


def _the_firm(entities: list[Entity], m: Mention) -> Entity | None:
    """"Acme Corp. said … The company added": the one firm named, or the one that says what it is
    ("Hartwell Bank" for "the bank"); with several, none is guessed. Firms that have spoken come
    first; one only named in passing is taken when none has, by a word that names only firms."""
    if set(m.name.lower().split()) & kind_words()["civic_modifiers"]:
        return None  # "the municipal corporation": a city's body, not the one firm named
    if owned_by_people(m.text):
        return None  # "the family's insurer", "her bank": the owner's firm, not the one named
    # "the group" may be a union or a foundation as well as a firm
    # nor one the text calls a union ("The miners' union, Sindimina"), whatever its name
    named = [e for e in entities if e.kind == "organization" and e.named
             and (m.head_lemma == "group" or _may_be_firm(e.name) and _may_be_firm(e.description or ""))]
    sourced = [e for e in named if not e.in_passing]
    called = [e for e in sourced if m.head_lemma in e.name.lower().split()]
    # "Harrowgate Logistics" over "Coroner", an office the tagger took for a name
    firm_words = kind_words()["firm_name_words"] | kind_words()["company_words"]
    firmlike = [e for e in sourced if {w.strip(".,") for w in e.name.lower().split()} & firm_words]
    if sourced:
        for fitting in (called, firmlike, sourced):
            if len(fitting) == 1:
                return fitting[0]
        return None
    if m.head_lemma in kind_words()["firm_words_by_name_only"]:
        named = [e for e in named if m.head_lemma in e.name.lower().split()]
    return named[0] if len(named) == 1 else None


def _may_be_firm(name: str) -> bool:
    """Whether a name leaves room for a firm: "the Transport and Dock Workers' Union" does not."""
    return not {w.strip("'’").lower() for w in name.split()} & kind_words()["not_firm_words"]


def cluster(mentions: list[Mention], heard_at: dict[int, int] | None = None,
            sentences: list[int] | None = None, text: str = "") -> list[tuple[Mention, Entity]]:
    """Each mention with the entity it belongs to, taken in text order; a mention in `heard_at`
    (by id) is taken where its statement begins instead: in "“My mother thought …,” she said"
    the reader looks for "she" before the quote, not in it."""
    heard_at = heard_at or {}
    seen = _Seen(sentences, text)
    out = []
    for m in sorted(mentions, key=lambda m: (heard_at.get(id(m), m.start), id(m) not in heard_at)):
        entity = _find(seen, m)
        if entity is None:
            entity = Entity(kind=m.kind, named=m.named, name=m.name, description=m.description,
                            count=m.count, head_lemma=m.head_lemma, surname=m.surname,
                            member_of=m.member_of, last_seen=m.start, in_passing=m.in_passing, aside=m.aside,
                            spoken_of=m.spoken_of)
            seen.add(entity)
        last_seen = entity.last_seen
        entity.absorb(m)
        seen.moved(entity, last_seen)
        out.append((m, entity))
    return out
