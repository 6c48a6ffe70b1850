"""A source called only by a post ("the akim", "The DC", "the State Minister", "the MP") is the
person the article gives that post by name, wherever it gives it: as a title before the name
("Deputy Commissioner Lahore Ayesha Farooq Cheema"), beside it ("Lalith Premachandra, State
Minister of Industries"; "The Member of Parliament for Falealili No. 2, Leota Tavita
Fa'amausili"), in any of the post's names (roles.json: "DC" is a deputy commissioner, "MP" a
member of parliament) or by its title word (titles.txt: "akim", "coroner", "sheriff"). Where two
people hold a post of that word, the one whose post the mention gives in full ("the Kelsey Rapids
Thunder head coach"); none where the mention does not tell them apart. Linear: the people's posts
are read once per document."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon import kind_words, load_json
from ..parse import english_words, scratch, text_of
from . import gender
from .coref import Entity, another_post, posts_in
from .general_posts import general_word_of, general_words_in, generals_covering
from .glued_posts import past_glued_posts
from .honorifics_inside_posts import holder_past_honorific
from .posts_predicated import post_predicated
from .names import POSSESSIVE, is_title_word, person_entities, without_possessive, without_titles
from .qualified_recaps import recalled_holder

TITLE_REACH = 8  # tokens before a name that its title may take ("Managing Director and CEO Ms.")
PORTFOLIO_REACH = 16  # and a post with its portfolio ("Minister of Labour, Employment and Social Affairs")
ASIDE_REACH = 10  # tokens after a name and its comma that a post beside it may take
POST_ENDS = {"of", "for", "at", "in", "on", "with", "from", "to", "who", "which", "that", "since"}
NAMING_REACH = 1500  # characters after "a judge" that the post's holder may be named in
PLAIN = {"the", "a", "an", "and", "&", ",", "'s", "’s"}


def _cut(words: list[str]) -> int:
    """Where a post ends: at its first preposition or relative word, but an "of" or "for" only
    after a title word ("Minister of Health"), never inside a body's name ("Court of King's Bench
    judge")."""
    for k, w in enumerate(words):
        if w in POST_ENDS and (w not in ("of", "for") or k and is_title_word(words[k - 1].removesuffix("'s"))):
            return k
    return len(words)


def _words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’.-]+", phrase.lower().replace("’", "'")) if w not in ("'s", "'")]


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[str, re.Pattern], ...]:
    """Each post of roles.json with a pattern for any of its names, read anywhere in a phrase
    ("The Member of Parliament for Falealili" is an MP), never as someone's ("the senator's aide")."""
    return tuple((names[0], re.compile(rf"(?<![\w.-])(?:{'|'.join(re.escape(n) for n in names)})(?![\w-])(?!'s)"))
                 for names in load_json("roles.json")["synonyms"])


@lru_cache(maxsize=4096)
def post_keys(phrase: str) -> frozenset[str]:
    """The posts a phrase names: by any of a post's names (roles.json), else by its title word, with
    a word that makes it another post kept ("deputy commissioner" is no commissioner)."""
    lowered = phrase.lower().replace("’", "'")
    other = set(load_json("roles.json")["other_post"])
    # a name opening before the first preposition ("Member of Parliament for …"), never one after
    # it ("a candidate for mayor"), nor one a word before makes another ("deputy chief executive")
    ends = re.search(r"\b(?:" + "|".join(POST_ENDS) + r")\b", lowered)
    keys = set(posts_in(phrase)) | {post for post, pattern in _synonyms() for hit in pattern.finditer(lowered)
                                    if (ends is None or hit.start() < ends.start())
                                    and lowered[:hit.start()].replace("-", " ").split()[-1:] not in [[w] for w in other]
                                    and not another_post(lowered[:hit.start()])}  # "shadow finance minister"
    courtesy = set(load_json("roles.json")["courtesy"])
    words = [w.removesuffix("'s").rstrip(".") for w in _words(phrase)]
    cut = _cut(words)
    start = None
    for k, w in enumerate(words[:cut] + [""]):  # each run of title words one post: "ceo", "head coach"
        # a word for another post opens none ("general manager") but may end one ("attorney general")
        if w and is_title_word(w) and w not in courtesy and (w not in other or start is not None):
            start = k if start is None else start
            continue
        if start is not None:
            # a word that makes it another post, just before or a word before ("deputy chief executive")
            prefix = next((p + " " for p in words[max(start - 2, 0):start] if p in other), "")
            keys.update(prefix + " ".join(words[j:k]) for j in range(start, k))  # "senior coroner", "coroner"
        start = None
    return frozenset(keys)


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    roles = load_json("roles.json")
    return frozenset(roles["other_post"]) | frozenset(roles["post_qualifiers"])


def _title_before(person: Span) -> str:
    """The capitals and title words before a name in its sentence, up to `TITLE_REACH` tokens
    ("Managing Director and CEO Ms." before "Dilrukshi Perera"), with any the name holds."""
    doc = person.doc
    opening = _sentence_start(person)
    k = _run_before(doc, person.start, opening)
    inner = person[:len(person) - len(without_titles(person))]
    honorifics = [*doc[k:person.start], *inner]
    if honorifics and _only_courtesy(honorifics) and k - 1 > opening and doc[k - 1].text == "," \
            and _apposition_closes(person):
        # "the Minister for Works, Hon. Peter Aiwa, MP": a post, a comma and only an honorific
        # before a name set off as an aside; the post is the name's
        k = _run_before(doc, k - 1, opening)
    back = doc[max(opening, k - 2):k]
    if k < person.start and len(back) == 2 and another_post(back.text.lower()):
        k = back.start  # "Shadow finance minister": the word that makes it another post, past the portfolio
    if k < person.start:
        scratch(doc).setdefault("post_titles", {})[person.start_char] = doc[k].idx
    return f"{doc[k:person.start].text} {inner.text}".strip()


def _run_before(doc: Doc, end: int, opening: int) -> int:
    """Where the capitals and title words before `end` open, at most `TITLE_REACH` tokens back
    and not before `opening`: "State Minister of Water Supply", an "of" or "for" only after a
    title word before it (the post's portfolio), which may list its fields with commas and run
    longer ("Minister of Labour, Employment and Social Affairs", "Deputy Minister of Economy of
    the Republic of Armenia")."""
    k, joined, comma = end, False, None
    floor, short = max(opening, end - PORTFOLIO_REACH), max(opening, end - TITLE_REACH)
    while k > floor and (k > short or joined or comma is not None):
        t = doc[k - 1]
        portfolio = t.lower_ in ("of", "for") and any(is_title_word(x.text) and x.is_title
                                                     for x in doc[floor:k - 1])
        listed = t.text == "," and not joined and end > k and doc[k].is_title and k - 1 > floor \
            and doc[k - 2].is_title
        if t.text in ";:" or t.text == "," and not listed \
                or not (t.is_title or t.is_upper or t.lower_ in PLAIN or is_title_word(t.text) or t.text in ",-"
                        or t.lower_ in _qualifiers() or portfolio):
            break
        comma = k if listed and comma is None else comma
        joined = joined or portfolio
        k -= 1
    if comma is not None and not joined:
        return comma  # commas crossed with no portfolio before them: a list, no post's fields
    return k


def _sentence_start(person: Span) -> int:
    """Where the name's sentence opens, counting one the parser ended on a title's stop ("Minister
    of Finance Hon." | "Chileshe Banda …") as the same sentence."""
    doc, start = person.doc, person.sent.start
    while start > 0 and doc[start - 1].text.endswith(".") and is_title_word(doc[start - 1].text) \
            and start > person.start - TITLE_REACH:
        start = doc[start - 1].sent.start
    return start


def _only_courtesy(words) -> bool:
    """"Hon.", "Rt Hon. Dr.": titles of courtesy alone, saying no post."""
    courtesy = set(load_json("roles.json")["courtesy"]) | {"rt", "right", "the"}
    return all(t.lower_.rstrip(".") in courtesy or t.text == "." for t in words)


def _apposition_closes(person: Span) -> bool:
    """A name set off as an aside: a comma, a bracket or the sentence's end follows it, not a verb
    it is the subject of ("After he met the Minister, Ajith Perera said …")."""
    doc = person.doc
    return person.end >= person.sent.end or doc[person.end].text in ",;.)" or doc[person.end].is_space


def _beside(person: Span) -> str:
    """A post set beside a name after a comma ("…, State Minister of Industries,") or before it at
    the head of its sentence ("The Member of Parliament for Falealili No. 2, Leota …")."""
    doc, parts = person.doc, []
    if person.end + 1 < len(doc) and doc[person.end].text == ",":
        after = doc[person.end + 1:min(person.end + 1 + ASIDE_REACH, person.sent.end)]
        stop = next((t.i for t in after if t.text in ",;.()"), after.end)
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[person.end + 1:stop]):
            parts.append(doc[person.end + 1:stop].text)
    if person.start > person.sent.start and doc[person.start - 1].text == ",":
        before = doc[person.sent.start:person.start - 1]
        if len(before) <= ASIDE_REACH and not any(t.text in ",;" or t.pos_ in ("VERB", "AUX") for t in before):
            parts.append(before.text)
    return " ".join(parts)


def _held(doc: Doc) -> list[tuple[Span, str, frozenset[str]]]:
    """Each named person with the phrase that gives their post and its posts, once per document."""
    memory = scratch(doc)
    if "post_holders" not in memory:
        held = []
        for person in person_entities(doc):
            name = [t for t in without_titles(person) if t.tag_ != "POS"]
            if len(name) < 2 and not any(is_title_word(t.text) for t in person):
                continue
            phrase = f"{_title_before(person)} | {_beside(person)} | {post_predicated(person)}"
            keys = frozenset(k for part in phrase.split("|") for k in post_keys(part))
            keys |= generals_covering(keys)  # a prosecutor is "the law officer" too
            if keys:
                held.append((person, phrase, keys))
        memory["post_holders"] = held
    return memory["post_holders"]


def _only_a_post(doc: Doc, e: Entity) -> bool:
    """Every mention a post with at most a place or body before it ("Almaty akim", "The DC"), or
    a pronoun: no one's name, even one the mention's reading missed ("Permanent secretary for
    employment Losana Tuimavana")."""
    said = [m for m in e.mentions if m.pronoun is None]
    if e.kind not in ("person", "organization") or not said:
        return False
    # a piece of a longer mention, or of the post before someone's name ("National Planning" of
    # "Minister of Finance and National Planning Hon. Chileshe Banda"), is no mention of its own;
    # the titles are read only for a source with a post among its mentions
    if len(said) > 1 and any(_headed_by_post(_said(m)) for m in said):
        _held(doc)
        titles = scratch(doc).get("post_titles", {})
        said = [m for m in said if not any(x is not m and x.start <= m.start and m.end <= x.end
                                           and (x.start, x.end) != (m.start, m.end) for x in said)
                and not _in_a_title(titles, m.start, m.end)] or said
    opening = min(x.start for x in said)
    for m in said:
        words = _words(_said(m))
        indefinite = words[:1] in (["a"], ["an"]) and m.start > opening  # "a judge" only as brought in
        # a post of at most six words, and its portfolio of as many ("the Minister of Energy and
        # Water Development")
        if not words or len(words) > 6 and (len(words) > 12 or len(words[:_cut(words)]) > 6) \
                or not _headed_by_post(_said(m)) or words[0] == "one" or indefinite \
                or _names_inside(doc, m.start, m.end) or _a_given_name_in(_said(m)):
            return False
        if m.named and any(w[:1].isupper() and not is_title_word(w) and w.lower() not in PLAIN
                           for w in m.name.split()) and not _a_place_or_body(m.name):
            return False
        if e.kind == "organization" and m.named and words[-1] in kind_words()["organization"]:
            return False  # "North Downs Police", then "Police": a force, not an officer's post
    return True


def _in_a_title(titles: dict[int, int], start: int, end: int) -> bool:
    """Whether `start:end` lies in the title run before a held name (name start -> title start)."""
    return any(opens <= start and end <= name for name, opens in titles.items())


def _names_inside(doc: Doc, start: int, end: int) -> bool:
    """Whether someone's name stands in the mention, not counting a team or place the tagger took
    for a person before the post it qualifies ("the Ardmoyle captain")."""
    starts, people = _person_starts(doc), _people_by_start(doc)
    k = bisect_left(starts, start)
    while k < len(starts) and starts[k] < end:
        after = text_of(doc)[people[k].end_char:end].split()
        if not (after and post_keys(after[0])):
            return True
        k += 1
    return False


def _person_starts(doc: Doc) -> list[int]:
    memory = scratch(doc)
    if "person_starts" not in memory:
        memory["person_starts"] = [p.start_char for p in _people_by_start(doc)]
    return memory["person_starts"]


def _people_by_start(doc: Doc) -> list[Span]:
    memory = scratch(doc)
    if "post_people_by_start" not in memory:
        memory["post_people_by_start"] = sorted(person_entities(doc), key=lambda p: p.start_char)
    return memory["post_people_by_start"]


def _a_given_name_in(phrase: str) -> bool:
    """A name the tagger missed after the post's preposition ("… for labour Ana Rokovada"): a
    given name, or a phrase that ends on two capitals of no English word, a name's shape."""
    words = [w.strip(",.;:") for w in phrase.split()]
    cut = _cut([w.lower() for w in words])
    after = [w for w in words[cut:] if w]

    def name_like(w: str) -> bool:
        return w[:1].isupper() and not is_title_word(w) and w.lower() not in english_words()

    return any(name_like(w) and gender.is_first_name(w) for w in after) \
        or len(after) >= 2 and all(w[:1].isupper() and not is_title_word(w) for w in after[-2:]) \
        and any(name_like(w) for w in after[-2:]) and gender.is_first_name(after[-2])


def _said(m) -> str:
    """A mention's words, less the possessive it ends on: "The governor's claim" names the governor."""
    return POSSESSIVE.sub("", m.text.rstrip())


def _headed_by_post(phrase: str) -> bool:
    """"The DC", "the State Minister", "Almaty akim": the phrase's last word (before any "of") is
    the post; "the premier's office" is a body's, "the Chief Minister's Office" too."""
    words = [w.rstrip(".") for w in _words(phrase)]
    cut = _cut(words)
    return cut > 0 and not words[cut - 1].endswith("'s") \
        and bool(post_keys(words[cut - 1]) or general_word_of(words[:cut]))


def _a_place_or_body(name: str) -> bool:
    """"Almaty" of "Almaty akim": capitals before a post that are no given name."""
    return not any(gender.is_first_name(w) for w in name.split() if not is_title_word(w))


def _holder(doc: Doc, e: Entity) -> str | None:
    wanted = frozenset(k for m in e.mentions if m.pronoun is None for k in _wanted(_said(m)))
    first = min(m.start for m in e.mentions)
    spans = {(m.start, m.end) for m in e.mentions}
    held = [(p, phrase) for p, phrase, keys in _held(doc) if keys & wanted
            and not any(s <= p.start_char < t for s, t in spans)]
    # "The leader of Brockton Council": whose post it is, said after it, the holder's post says too;
    # "the Kelsey Rapids Thunder head coach" is not "Coteau Ridge coach Anita Desjarlais"
    after = {w for m in e.mentions if m.pronoun is None for w in _after_post(_said(m))}
    mine = {w for m in e.mentions if m.pronoun is None for w in _named_qualifiers(_said(m))}
    held = [(p, phrase) for p, phrase in held if after <= set(_words(phrase))
            and not (mine and (theirs := _named_qualifiers(phrase)) and not mine & theirs)]
    opening = min((m for m in e.mentions if m.pronoun is None), key=lambda m: m.start)
    if _words(_said(opening))[:1] in (["a"], ["an"]):
        # "a Court of King's Bench judge ruled … Justice Miriam Sokolowski said": someone brought in
        # by a description is the first person the text then titles with that post; "a former
        # aide", "an official" are kept unnamed on purpose (kinds.json)
        kinds = kind_words()
        if opening.head_lemma in kinds["anonymous_singular"] - kinds["named_after_speaking"]:
            return None
        after = [(p, phrase) for p, phrase in held if p.start_char >= opening.end
                 and p.start_char - opening.end <= NAMING_REACH and post_keys(_title_before(p)) & wanted]
        return _name(after[0][0]) if after else None
    if not held:  # no one given the post: "the Glasgow Kelvinside MSP" recalls the one just named
        return recalled_holder(doc, e, _named_qualifiers, _title_before, _name)
    if any(p.start_char < first for p, _ in held):
        held = [(p, phrase) for p, phrase in held if p.start_char < first]
    elif not after and _person_starts(doc)[:1] and _person_starts(doc)[0] < first:
        # someone named before it is in view: a holder named later is someone else, unless the
        # mention gives the post with its portfolio and the holder's post says it too
        # ("the Minister of Finance and National Planning says …" before "Minister of Finance
        # and National Planning Hon. Chileshe Banda")
        return None
    names = {_name(p) for p, _ in held}
    if len(names) > 1:  # two ministers: the one whose post the mention gives in full, else none
        # what the mention sets before the post ("Multan", "Kelsey Rapids Thunder") is in theirs
        words = {w.removesuffix("'s") for m in e.mentions if m.pronoun is None for w in _words(_said(m))
                 if not post_keys(w) and w not in general_words_in(_said(m))} - PLAIN
        names = {_name(p) for p, phrase in held if words <= set(_words(phrase))}
    return names.pop() if len(names) == 1 else None


def _wanted(phrase: str) -> frozenset[str]:
    """The posts a mention asks for: "law officer" alone for "the law officer" (no officer of any
    kind), else its posts."""
    words = _words(phrase)
    general = general_word_of(words[:_cut(words)])
    return frozenset({general}) if general else post_keys(phrase)


def _named_qualifiers(phrase: str) -> set[str]:
    """The capitalised words a post is qualified by, no title word among them: "kelsey", "rapids",
    "thunder" of "the Kelsey Rapids Thunder head coach"."""
    return {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", phrase)
            if w[:1].isupper() and not is_title_word(w) and not post_keys(w) and w.lower() not in PLAIN}


def _after_post(phrase: str) -> set[str]:
    """The words after a post's preposition, less the plain ones: "brockton", "council"."""
    words = _words(phrase)
    cut = _cut(words)
    return {w.removesuffix("'s") for w in words[cut:]} - PLAIN - POST_ENDS


def _name(person: Span) -> str:
    return " ".join(without_possessive(without_titles(person)).split())


def _join(e: Entity, name: str, by_name: dict, entity_of: dict) -> None:
    """`e` into the person so named, or named so where no source is."""
    into = by_name.get(name.lower())
    if into is None:  # "Premachandra" of "Lalith Premachandra", "Ní Bhriain" of "Róisín Ní Bhriain"
        surname = [x for x in by_name.values() if name.lower().endswith(" " + x.name.lower())]
        into = surname[0] if len(surname) == 1 else None
    if into is None or into is e:
        e.name, e.named, e.surname, e.kind = name, True, name.split()[-1], "person"
        by_name[name.lower()] = e
        return
    kept = into.name, into.named, into.kind  # a post is never the holder's name
    for x in list(e.mentions):
        entity_of[id(x)] = into
        into.absorb(x)
    into.name, into.named, into.kind = kept


def _past_honorific(e: Entity) -> str | None:
    """The name after the honorific of a post phrase, read in the source's name or, where that
    stops at the honorific ("Leader of the Opposition Hon."), in its longest mention."""
    said = [_said(m) for m in e.mentions if m.pronoun is None]
    for phrase in [e.name, *sorted(said, key=len, reverse=True)[:1]]:
        if (name := holder_past_honorific(" ".join(phrase.split()), post_keys)) is not None:
            return name
    return None


def join_posts_to_holders(doc: Doc, entity_of: dict) -> None:
    """Join each source known only by a post to the person the text gives that post, or name it
    so where that person is no source yet; a name with posts glued before it is that name (in place)."""
    entities = list({id(e): e for e in entity_of.values()}.values())
    by_name = {e.name.lower(): e for e in entities if e.kind == "person" and e.named}
    for e in entities:
        if e.kind in ("person", "organization") and (name := past_glued_posts(doc, e.name, _name)
                                                     or _past_honorific(e)) is not None:
            _join(e, name, by_name, entity_of)
    for e in entities:
        if not _only_a_post(doc, e):
            continue
        name = _holder(doc, e)
        if name is not None and name.lower() != e.name.lower():
            _join(e, name, by_name, entity_of)
