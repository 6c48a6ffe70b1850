"""A source the text calls only by a description ("the agency", "the co-op", "whose spokesperson",
"the prosecutor", "his lawyer") is the one named source the text itself ties to the description's
word, once every other rule has left it unnamed (or joined it to a name the text does not tie to
the word). The text ties a name to a word:

- beside it, after a comma, dash or bracket: "Brightway Media, a talent agency based in Seoul";
  "Valerie Okafor, 52, a former credit union manager";
- before it, as a title or a kind: "the talent agency Brightway Media", "spokesperson Lena
  Farris", "The club, Ashworth Vale, confirmed";
- by a relative clause: "Marta Ruiz, who led the prosecution"; "…, who has run the theatre"
  (kind_role_verbs.tsv);
- in the name's own last word, by a short form of it (kind_short_forms.tsv): "the co-op" of
  "Prairie Gold Seed Cooperative" (a full word in a name is `bodies.by_word`'s);
- and "the mine's operator" by the facility's name in the body's (facility_owners.py).
Words news uses for the same post count as one (kind_same_words.tsv: an advocate is a lawyer).

Evidence, not a guess: with two names tied to the word, none is taken; a person is never a body's
description nor a body a person's, nor a "he" a woman's; a word that makes another post ("shadow")
must be on both sides. A description points back: where a name tied to the word comes before it,
only those count; one tied only after it counts only where no named source of its kind is in view
before the description (a lede's "the line's operator said", named in the next paragraph); someone
brought in anew ("one shift manager") is no one named before. Linear: the ties are read once per
document."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon import kind_words, load_json, word_pairs, word_set
from ..parse import entities_of, scratch, span_at, text_of
from . import gender
from .coref import Entity
from .facility_owners import owned_facility, owner_by_facility_name
from .names import is_title_word

BODIES = ("organization", "media")
NAME_LABELS = {"PERSON": "person", "ORG": "organization", "FAC": "organization", "GPE": None, "NORP": None}
ARTICLES = {"a", "an", "the"}
OPENERS = ARTICLES | {"its", "their", "his", "her", "whose"}
PREPOSITIONS = {"of", "for", "at", "in", "on", "with", "from"}
ASIDE_REACH = 8  # words of a description set beside a name after its comma
SETS_APART = {",", "—", "–", "("}  # what sets a description beside a name
CUTS = {"who", "whose", "which", "that", "based", "since", "and"} | PREPOSITIONS  # where a description's head ends


def _short_forms() -> dict[str, str]:
    return word_pairs("kind_short_forms")


def _canon(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    word = _short_forms().get(word, word)
    return word_pairs("kind_same_words").get(word, word)


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    words = kind_words()
    return words["organization"] | words["media"] | words["company_words"] | words["club_words"] \
        | frozenset(_short_forms().values())


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return word_set("person_nouns") | word_set("titles")


def _description(text: str, start: int, end: int) -> str:
    """A mention's words with any the tokens cut off its first or last word ("op" of "The co-op",
    "co" of "the Red Coulee-based co-op") and the article before a one-word mention."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-" and text[end + 1:end + 2].isalnum()):
        end += 1
    words = text[start:end].split()
    before = text[max(0, start - 12):start].split()[-1:]
    return " ".join(before + words if len(words) == 1 and before and before[0].lower() in OPENERS else words)


def _word_of(text: str) -> tuple[str, frozenset[str]] | None:
    """The word a description is headed by ("agency" of "the talent agency", "operator" of "the
    mine's operator", "co-op" of "The co-op"), read before any "of" or relative word, with the
    words that qualify it ("talent"; not whose it is, "mine's")."""
    words = text.replace("’", "'").split()
    if not words or words[0].lower() not in OPENERS | {"one"}:
        return None
    cut = next((k for k, w in enumerate(words) if k and w.lower().strip(",") in CUTS), len(words))
    last = words[cut - 1].strip(",.;:\"'")
    if cut < 2 or not last[:1].islower() or cut < len(words) and words[cut].lower() in PREPOSITIONS:
        return None  # "the Kelmont club": a name's; "the leader of Brockton Council": whose, post_holders.py's
    return last, frozenset(w.lower().strip(",.;:\"'") for w in words[1:cut - 1] if not w.endswith("'s"))


def _same_post(said: frozenset[str], tied: frozenset[str] | None) -> bool:
    """"The health secretary" is no "Shadow health secretary": a word that makes another post
    (roles.json `other_post`) on one side only, or a word said of the description that the tie,
    where it qualifies at all, lacks ("the talent agency" is no "the travel agency")."""
    if tied is None:
        return True
    roles = load_json("roles.json")
    other = frozenset(roles["other_post"])
    if tied & other != said & other:
        return False
    return not tied or said - frozenset(roles["post_qualifiers"]) <= tied


def _words_before(doc: Doc, i: int, lo: int) -> frozenset[str]:
    """The words that qualify a head set before a name ("shadow", "health" of "Shadow health
    secretary Eleanor Pryce"), back to an article or a stop."""
    words, k = [], i - 1
    while k >= lo and i - k <= 4 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k].tag_ != "POS":
        words.append(doc[k].lower_)
        k -= 1
    return frozenset(words)


def _kind_of(word: str) -> str | None:
    word = _canon(word)
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    person = word in _person_words() or singular in _person_words()
    body = word in _body_words() or singular in _body_words()
    return "either" if person and body else "person" if person else "organization" if body else None


def _head_before(doc: Doc, i: int, lo: int) -> int | None:
    """The lower-case noun at i, if it is a description's head before a name."""
    if i < lo or not doc[i].is_lower or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    return i


def _opened(doc: Doc, i: int, lo: int) -> bool:
    """A description ending at token i opens on an article or possessive a few words back."""
    k = i
    while k > lo and i - k < ASIDE_REACH and doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "NUM", "PART", "PUNCT") \
            and doc[k].text not in ",;:" and doc[k].tag_ != "POS":
        k -= 1
    return doc[k].lower_ in OPENERS or doc[k].tag_ == "POS"


def _aside_after(doc: Doc, name: Span) -> tuple[int, frozenset[str]] | None:
    """The head of a description set after a name's comma or dash ("…, a talent agency based in
    Seoul", "… — the agency behind NOVA7 —"), past an age ("…, 52, a former …")."""
    k = name.end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and k + 2 < len(doc) and doc[k + 2].text == ",":
        k += 2
    if k + 1 >= len(doc) or doc[k].text not in SETS_APART or doc[k + 1].lower_ not in ARTICLES:
        return None
    head, stop = None, None
    for t in doc[k + 2:min(k + 2 + ASIDE_REACH, name.sent.end)]:
        if t.is_punct or t.lower_ in CUTS or t.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ"):
            stop = t
            break
        if t.pos_ in ("NOUN", "PROPN") and t.is_lower:
            head = t.i
    told = stop is not None and stop.pos_ in ("VERB", "AUX") and stop.tag_ not in ("VBN", "VBG") \
        and stop.lower_ not in CUTS
    if head is None or stop is None or told or doc[head].dep_ in ("nsubj", "nsubjpass"):
        return None  # "… the Denver Peaks, the league announced": the words' teller, not the name's kind
    return head, frozenset(t.lower_ for t in doc[k + 2:head] if t.tag_ != "POS")


def _roles_after(doc: Doc, name: Span) -> list[str]:
    """The posts a relative clause after a name gives ("…, who founded the firm": founder; "…, who
    has run the theatre": director, manager …; "…, who led the prosecution": prosecutor), by
    kind_role_verbs.tsv and kinds.json `acting_for`."""
    k = name.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "who":
        return []
    k += 2
    while k + 1 < len(doc) and doc[k].pos_ in ("AUX", "ADV", "PART") and doc[k + 1].pos_ in ("VERB", "AUX", "ADV"):
        k += 1  # "who has long run"
    verb = doc[k]
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    sides = load_json("kinds.json")["acting_for"]
    side = next((c.lower_ for c in verb.children if c.dep_ == "dobj" and c.lower_ in sides), None)
    if side is not None and verb.lemma_ in ("lead", "open", "head", "conduct", "argue"):
        return [sides[side].split()[-1]]  # "led the prosecution": the prosecutor
    return [w for w in word_pairs("kind_role_verbs").get(verb.lemma_, "").split(",") if w]


def _ties(doc: Doc) -> list[tuple[str, Span, int, frozenset[str] | None]]:
    """Each (word, name, where, qualifying words) the text ties: a description's word to a name beside it."""
    memory = scratch(doc)
    if "pinned_ties" not in memory:
        ties = []
        for name in entities_of(doc):
            if name.label_ not in NAME_LABELS or name.end < len(doc) and doc[name.end].tag_ == "POS":
                continue  # "the club, Ashworth Vale's manager": whose, not who
            lo = name.sent.start
            heads = [_aside_after(doc, name)]
            if (h := _head_before(doc, name.start - 1, lo)) is not None:
                heads.append((h, _words_before(doc, h, lo)))
            if name.start - 2 >= lo and doc[name.start - 1].text == "," and name.end < len(doc) \
                    and doc[name.end].text in ",.;" and _opened(doc, name.start - 2, lo):
                if doc[name.start - 2].dep_ != "pobj":  # "a spokesman for the union, Greg Castellano"
                    if (h := _head_before(doc, name.start - 2, lo)) is not None:
                        heads.append((h, _words_before(doc, h, lo)))  # "The club, Ashworth Vale, …"
            words = [(doc[h].text, mods) for h, mods in filter(None, heads)]
            words += [(role, frozenset()) for role in _roles_after(doc, name)]
            if _canon(name[-1].text) in _short_forms().values() and len(name) > 1:
                words.append((name[-1].text, None))  # "… Cooperative", "… Co-op" by a short form only
            ties += [(_canon(w), name, name.start_char, mods) for w, mods in words]
        memory["pinned_ties"] = ties
    return memory["pinned_ties"]


def _owner_index(entity_of: dict) -> tuple[list[int], list[tuple[int, int, Entity]]]:
    # by offsets alone: two entities may hold mentions at the same offsets, and entities do not compare
    spans = sorted(((m.start, m.end, e) for e in {id(e): e for e in entity_of.values()}.values()
                    if e.named for m in e.mentions if m.pronoun is None), key=lambda span: span[:2])
    return [s for s, _, _ in spans], spans


def _entity_at(index, name: Span) -> Entity | None:
    """The named source one of whose mentions overlaps the name."""
    starts, spans = index
    k = bisect_right(starts, name.end_char) - 1
    while k >= 0 and spans[k][1] > name.start_char - 200:
        if spans[k][0] < name.end_char and name.start_char < spans[k][1] \
                and name[-1].text.lower() in spans[k][2].name.lower():  # not "Nasreen Akhtar, whose daughter Ayesha"
            return spans[k][2]
        k -= 1
    return None


def _fits(e: Entity, into: Entity | None, name: Span, kind: str) -> bool:
    """A person for a person, a body for a body; never a "he" for a woman."""
    theirs = into.kind if into is not None else NAME_LABELS.get(name.label_)
    if kind == "either":  # "miner", "builder": a person's word and a firm's; the tie says which
        return theirs in ("person", *BODIES) or theirs is None
    if theirs == "person" and kind != "person" and _only_read_as_a_person(into, name):
        theirs = kind  # "The club, Ashworth Vale": the tagger's person, the text's club
    if theirs is None:  # a place-like name ("Ashworth Vale") may be a club, one on a given name a person
        theirs = kind if kind != "person" or len(name) > 1 and gender.is_first_name(name[0].text) else None
    if (theirs == "person") != (kind == "person") or theirs not in ("person", *BODIES):
        return False
    if into is None or kind != "person":
        return True
    return all(into.fits(g) for g in {e.gender, *e.said_of} if g)


def _only_read_as_a_person(into: Entity | None, name: Span) -> bool:
    """A name the tagger took for a person's that nothing else makes one: no given name the list
    knows, no title, no "he" or "she" tied to it."""
    if into is not None and (into.gender or into.said_of
                             or any(m.pronoun == "person" for m in into.mentions)):
        return False
    return len(name) > 1 and not gender.is_first_name(name[0].text) and not is_title_word(name[0].text)


Candidate = tuple[str, int, "Entity | None"]  # the name as written, where the text ties it, its source


def _candidates(doc: Doc, entities: list[Entity], index) -> dict[str, list[tuple[Candidate, Span | None, frozenset[str] | None]]]:
    """The names tied to each word: by the text's ties (`_ties`), and each named body whose own
    name ends in a short form's full word ("Prairie Gold Seed Cooperative": "cooperative")."""
    by_word: dict[str, list] = {}
    for word, name, at, mods in _ties(doc):
        by_word.setdefault(word, []).append(((_plain(name.text), at, _entity_at(index, name)), name, mods))
    for x in entities:
        last = x.name.split()[-1] if x.named and x.kind in BODIES and " " in x.name else ""
        if last and _canon(last) in _short_forms().values() and x.mentions:
            at = min(m.start for m in x.mentions)
            by_word.setdefault(_canon(last), []).append(((x.name, at, x), None, None))
    return by_word


def join_pinned_descriptions(doc: Doc, entity_of: dict) -> None:
    """Join each source known only by a description to the one named source the text ties its
    word to (module docstring), or name it so where that name is no source yet (in place)."""
    entities = list({id(e): e for e in entity_of.values()}.values())
    index = _owner_index(entity_of)
    by_word = _candidates(doc, entities, index)
    kinds = kind_words()
    anonymous = kinds["anonymous_singular"] - kinds["named_after_speaking"]
    text = text_of(doc)
    opened = {"person": len(text), "organization": len(text)}  # where a named person, a body is first named
    for start, _, x in index[1]:
        side = "person" if x.kind == "person" else "organization"
        opened[side] = min(opened[side], start)
    opened["either"] = min(opened.values())
    for e in entities:
        said = [m for m in e.mentions if m.pronoun is None and not m.named]
        if e.kind not in ("person", *BODIES) or not said or e.named and len(said) != 1:
            continue
        described = {_description(text, m.start, m.end) for m in said}
        words = {_word_of(d) for d in described}
        if len(words) != 1 or None in words:
            continue
        word, qualified = words.pop()
        word = _canon(word)
        facility = owned_facility(next(iter(described)).split()) if len(described) == 1 else None
        kind = "organization" if facility is not None else _kind_of(word)  # a works' owner is a body
        brought_in = all(d.split()[0].lower() in ("a", "an", "one") for d in described)
        if kind is None or word in kinds["kin"] or kind == "person" and e.kind != "person" and not e.named \
                or brought_in and word in anonymous:
            continue  # "a spokesperson", "an official" are kept unnamed on purpose
        first = min(m.start for m in said)
        fitting = [c for c, name, mods in by_word.get(word, ()) if not any(m.start <= c[1] < m.end for m in said)
                   and (name is None or _fits(e, c[2], name, kind)) and _same_post(qualified, mods)]
        if facility is not None and not fitting:  # "the mine's operator": the body named after the mine,
            bodies = [x for x in entities if x.named and x.kind in BODIES and x.mentions]  # wherever named
            fitting = [(b.name, first, b) for b in owner_by_facility_name(doc, facility, bodies)]
        if any(c[2] is e for c in fitting):
            continue  # the engine's own reading is tied to the word
        # "one shift manager said": someone brought in anew is no one named before
        before = [c for c in fitting if c[1] <= first] if not brought_in else []
        fitting = [c for c in fitting if c[1] > first] if brought_in else fitting
        if not before and opened["organization" if kind in BODIES else kind] < first:
            continue  # someone of its kind is in view: a name tied only later is someone else
        fitting = before or fitting
        if len({id(into) if into is not None else name for name, _, into in fitting}) != 1:
            continue
        name, _, into = fitting[0]
        if e.named:  # "Analyst Tom Reid … The miner said": a description misjoined to another name
            if into is None:
                continue
            _move(said, e, into, kind, entity_of)
            continue
        if into is None:
            e.named, e.name = True, name
            e.kind = "person" if kind == "person" else e.kind if e.kind in BODIES else "organization"
            continue
        _move(list(e.mentions), e, into, kind, entity_of)


def _move(mentions: list, e: Entity, into: Entity, kind: str, entity_of: dict) -> None:
    if kind in BODIES and into.kind == "person":
        into.kind = e.kind if e.kind in BODIES and not e.named else "organization"  # the text's word says what
    for m in mentions:
        entity_of[id(m)] = into
        into.absorb(m)
    moved = {id(m) for m in mentions}
    e.mentions = [m for m in e.mentions if id(m) not in moved]


def _plain(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words[0].lower() == "the" else words).removesuffix("'s").removesuffix("’s")
