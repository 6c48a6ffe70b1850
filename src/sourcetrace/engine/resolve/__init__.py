"""Source resolution: turn extracted attributions into sources and typed attributions."""
from __future__ import annotations

from dataclasses import replace

import re
from bisect import bisect_left

from spacy.tokens import Doc

from ..extract.base import Found, SpanIndex
from ..extract.verbal import CHANNEL_NOUNS
from sourcetrace.contract import Attribution, Source, Span
from ..lexicon import kind_words, word_pairs, word_set
from .coref import Entity, cluster, introduced_as_kin
from .gender import from_first_name, is_first_name
from .cataphora import name_later_roles
from .couples import called_a_couple, couple_named_before
from .both_named import called_both, pair_named_before
from .first_names import name_by_first_names
from .opened_in_full import opened_in_full
from .generations import with_generation
from .particle_surnames import in_full_by_particle_surname
from .nicknames import called_by_nickname
from .lead_in import speakers_set_up
from .statement_givers import statement_givers
from .hearsay import hearsay_speakers
from .it_said_again import writing_said_again
from .through_whom import spoken_through
from .interview_others import others_in_answers
from .same_channel import said_in_the_same
from .participles import participles_said_by
from .misread_subject import doubled_subjects, outer_speakers, subjects_misread
from .apposed import described_names
from .holders_named_after import holders_named_after
from .known_as import named_in_clause
from .speaking_as_i import people_speaking_as_i
from .surname_gender import gender_from_next_pronoun
from .sex_by_full_name import sex_by_full_name, sex_by_reported_pronoun
from .spoken_of import speakers_not_spoken_of
from .asked import answered_by_the_asked, askers, heard_before_the_asker, replies_after_the_asker
from .one_of import name_ones, name_theys
from .headline import name_headline_roles, told_the_court
from .initials import name_initials
from .labels_in_capitals import name_capital_labels
from .nearer import prefer_nearer_names
from .paragraph_before import prefer_the_one_named_just_before
from .described_just_before import prefer_the_one_described_just_before
from .not_the_quotes_speaker import pass_over_quote_speakers
from .affiliation_recaps import name_affiliation_recaps
from .quoted import antecedents_in_quotes, name_speakers_kin
from .addressed import addressed_in_questions, name_yours_in_questions
from .addressed_by_name import addressed_by_name
from .bylines import on_a_byline
from .context import organisations_in_passing, people_in_context
from .cover import Cover
from .documents import credit_documents
from .bodies import as_called, name_by_kind, without_short_form
from .quoted_kin import name_quoted_kin
from .elder_and_younger_in_full import name_elder_and_younger_in_full
from .surname_before_full import name_surnames_before_full
from .family_names import named_in_full_family_first
from .on_behalf import read_on_behalf
from .its_documents import name_its_documents
from .it_after_its_body import name_its_by_the_clause_before
from .headline_bodies import name_headline_bodies
from .headline_echo import echoed_in_body
from .interrupted_quote import interrupted_by
from .introduced_before import introduced_before
from .said_further import said_further
from .named_next import named_next
from .owned_after import owned_after
from .unsourced_hearsay import unsourced_hearsay
from .trailing_speaker import trailing_speakers
from .split_subject import split_subjects
from .aside_participle import past_asides
from .fronted_names import subjects_after_fronted_names
from .fronted_places import subjects_after_fronted_places
from .the_witness import name_the_witness
from .name_given_next import name_given_next
from .described_lede_named import name_described_ledes
from .lede_bodies import name_lede_bodies
from .documents_saying import documents_saying
from .words_of import named_after_the_quote
from .kin_subject import kin_subjects_before
from .described_subject import described_subjects_before
from .owned_kin import join_owned_kin, owner_named_since
from .parents_of_children import join_parents_of_children
from .named_by_clause import name_by_clause
from .posts_in_passing import name_posts_in_passing
from .described_in_passing import described_before
from .own_subject import name_own_subjects
from .post_holders import join_posts_to_holders
from .aliases import join_aliases
from .short_given_names import join_short_given_names
from .pinned_descriptions import join_pinned_descriptions
from .run_on import family_name_first
from .named_kin import name_children_by_given_name, name_elder_and_younger, name_kin_introduced
from .mentions import PRONOUNS, Mention, analyse_mention, epithet
from .names_past_posts import name_past_post
from .names import (english, is_title_word, kind_vocabulary, opens_on_letters, person_entities, without_suffix,
                    without_generation, without_possessive, without_titles)
from ..parse import entities_of, scratch, span_at, text_of
from ..parse.breaks import headline_lines
from ..parse.columns import columns


FIRST_PERSON = {"i", "me", "we", "us"}
STATEMENT_REACH = 600  # characters back that "the statement said" looks for the statement it names
PASSING_REACH = 800  # characters back that a "she" with no one in view looks for a name in passing


def _span(text: str, offsets: tuple[int, int]) -> Span:
    """The stretch without the white space at its ends (a name the parser ran on to a line break)."""
    start, end = offsets
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start=start, end=end, text=text[start:end])


def _more_mentions(doc: Doc, entity: Entity, taken: Cover) -> list[tuple[int, int]]:
    """Other places a named person or organisation is named in the text, outside the spans
    `taken`."""
    if not entity.named or entity.kind not in ("person", "organization", "media"):
        return []
    keys = {entity.name.lower()}
    if entity.kind == "person" and entity.surname:
        keys.add(entity.surname.lower())
    names, by_name = _entity_names(doc), _entity_name_index(doc)
    places = sorted({k for key in keys for k in by_name.get(key, ())})
    return [names[k][1] for k in places if names[k][1][0] not in taken]


def _entity_names(doc: Doc) -> list[tuple[str, tuple[int, int]]]:
    """Each entity's lower-cased text with its offsets, cut once per doc from the doc's text."""
    memory = scratch(doc)
    if "entity_names" not in memory:
        text = text_of(doc)
        memory["entity_names"] = [(text[e.start_char:e.end_char].lower(), (e.start_char, e.end_char))
                                  for e in entities_of(doc)]
    return memory["entity_names"]


def _entity_name_index(doc: Doc) -> dict[str, list[int]]:
    """Where in `_entity_names` each name is, filed under the name and the name less "the "."""
    memory = scratch(doc)
    if "entity_name_index" not in memory:
        index: dict[str, list[int]] = {}
        for k, (name, _) in enumerate(_entity_names(doc)):
            for key in {name, name.removeprefix("the ")}:
                index.setdefault(key, []).append(k)
        memory["entity_name_index"] = index
    return memory["entity_name_index"]


def _full_name(doc: Doc, entity: Entity) -> str:
    """The source's name as the text gives it in full: a person's as `_name_found`, run on where
    the text gives that name once with more words (opened_in_full.py: "Funmi" as "Funmi Adeyemi"),
    with the generation its mentions give ("Jr.": generations.py)."""
    name = _name_found(doc, entity)
    if entity.kind != "person" or not entity.named:
        return name
    if not introduced_as_kin(entity):  # "His nephew, Tobias" is no namesake's
        name = opened_in_full(doc, name) or name
        if not _titled_first_word(doc, entity, name):
            name = _without_common_word_before(name)
    return with_generation(text_of(doc), name, entity.mentions)  # "His son, Martin Ochoa Jr."


def _titled_first_word(doc: Doc, entity: Entity, name: str) -> bool:
    """Whether a mention sets a title right before the name's first word ("Ugaas Muse Jama Gurey"):
    then an English word there ("Muse") is a given name, not what the person is, unless it is a
    word of the title ("Emeritus": rank_words.txt)."""
    first = name.split(" ", 1)[0]
    if first.lower() in word_set("rank_words"):  # "Professor Emeritus Walter Kuusisto"
        return False
    text = text_of(doc)
    for m in entity.mentions:
        words = text[m.start:m.end].split()
        if any(is_title_word(a) and b == first for a, b in zip(words, words[1:])):
            return True
    return False


def _without_common_word_before(name: str) -> str:
    """"Striker Dele Ogun", "Veteran Ama Boateng": an English word that is no given name nor a
    family name written first ("Lee Kok Wah"), set capitalised before a name of two words or
    more, says what the person is, not who; so do a post's or a party's letters
    (`names.opens_on_letters`)."""
    first, _, rest = name.partition(" ")
    if opens_on_letters(name):
        return rest
    if len(rest.split()) < 2 or not english(first.lower()) or is_first_name(first) or family_name_first(first) \
            or is_title_word(first) or not all(w[:1].isupper() for w in rest.split()) \
            or {w.lower() for w in rest.split()} & kind_vocabulary():  # "Harbour Ridge Holdings"
        return name
    return rest


def _name_found(doc: Doc, entity: Entity) -> str:
    """A person known only by surname takes the full name the article introduced that surname
    with ("Akande" → "Leon Akande", first named in passing as "a header from 18-year-old Leon
    Akande"); when the surname was used alone first ("Trump's policy … Ivanka Trump said"),
    the full name may be a relative's, so none is taken."""
    if entity.kind == "organization" and entity.named:
        return as_called(doc, without_short_form(without_suffix(_named_in_the_body(doc, entity))),
                         [text_of(doc)[m.start:m.end] for m in entity.mentions])
    if called_a_couple([m.text for m in entity.mentions if m.pronoun is None]) \
            and (couple := couple_named_before(doc, min(m.start for m in entity.mentions))) is not None:
        return couple
    if _kin_only(entity.name) \
            and (entity.kind == "group" or entity.kind == "person" and " and " in entity.name.lower()):
        return _kin_pair(doc) or entity.name
    if called_both([m.text for m in entity.mentions if m.pronoun is None]) \
            and (pair := pair_named_before(doc, min(m.start for m in entity.mentions))) is not None:
        return pair  # "Both men deny …" after "Derek Pallister, 63, and his son Liam Pallister"
    if entity.kind != "person" or not entity.named:
        return entity.name
    if (short := _titled_short_form(doc, entity.name)) is not None:
        return short
    if " " in entity.name:
        name = _untitled(_without_nickname(called_by_nickname(doc, entity.name) or entity.name))
        return _run_on_at_mention(doc, entity, name) or in_full_by_particle_surname(doc, name) or name
    if (run_on := _run_on_at_mention(doc, entity, entity.name)) is not None:
        return run_on
    lowered = entity.name.lower()
    written = [doc[i] for i, word in enumerate(columns(doc).lower) if word == lowered and doc[i].text == entity.name]
    heads = headline_lines(text_of(doc))
    # a headline gives a surname alone ("Late Begović header settles derby"): the body names in full
    first = next((t for t in written if not any(start <= t.idx < end for start, end in heads)),
                 written[0] if written else None)
    for e in person_entities(doc):
        words = [t for t in without_titles(e) if t.tag_ != "POS"]
        if len(words) > 1 and first is not None and (words[-1].i == first.i or _first_of_two_surnames(words, first)):
            return _without_nickname(_as_written(words))
    if (family_first := named_in_full_family_first(doc, entity.name, entity.gender)) is not None:
        return family_first  # "Mr Okabe" of "Okabe Hideyuki"
    if first is None:
        return _hyphenated_in_full(doc, entity.name) or _titled(entity) or entity.name
    return _sibling_surname(doc, first) or _first_name_before(first) or _titled(entity) or entity.name


def _titled_short_form(doc: Doc, name: str) -> str | None:
    """"Ato Dawit", "SP Olaniyan", "Ma Flomo" after "Ato Dawit Gebremariam", "SP Adebayo Olaniyan",
    "Ma Annie Flomo": a title or form of address and one word is the one person named in full
    whose given name or surname that word is."""
    words = name.split()
    if len(words) != 2 or not (is_title_word(words[0]) or words[0].lower() in word_pairs("address_names")):
        return None
    fulls = set()
    for person in person_entities(doc):
        named = without_generation(without_titles(person))
        full = [t.text for t in named if t.tag_ != "POS"]
        if len(full) > 1 and full != words and words[1] in (full[0], full[-1]) and not is_title_word(full[0]):
            fulls.add(_without_nickname(_as_written(named)))
    return fulls.pop() if len(fulls) == 1 else None


def _first_of_two_surnames(words, word) -> bool:
    """"Quintero" of "Hernán Darío Quintero Lozano", "Chau" of "Edmund Chau Wing-lok": the word
    before the last of a name of three words or more (as written) that opens on a known first
    name the list gives a sex ("Wei" of "Tan Wei Ming", written family name first, is a given name)."""
    starts = [w for k, w in enumerate(words) if k == 0 or words[k - 1].whitespace_]  # "Wing-lok" one word
    return len(starts) >= 3 and starts[-2].i == word.i and word.whitespace_ \
        and from_first_name(words[0].text) is not None


def _run_on_at_mention(doc: Doc, entity: Entity, name: str) -> str | None:
    """"Dr. Joaquim" or "Carlos" where the name runs on past where the parser ended the mention
    ("Dr. Joaquim dos Reis Matos", 'Carlos "Pocho" Benítez', names.py and run_on.py): the longer
    name that covers a mention and opens with the mention's words, titles aside."""
    words = name.split()
    while words and is_title_word(words[0]):
        words = words[1:]
    if not words:
        return None
    for person in person_entities(doc):
        if not any(m.start < person.end_char and person.start_char < m.end for m in entity.mentions):
            continue
        full = _without_nickname(_as_written(without_titles(person)))
        # or ends with them after a family name written first: "Thị Kim Ngân" of "Nguyễn Thị Kim Ngân"
        inside = any(person.start_char <= m.start and m.end <= person.end_char for m in entity.mentions)
        family_first = all(family_name_first(w) for w in full.split()[:-len(words)])
        if len(full.split()) > len(words) and (full.split()[:len(words)] == words
                                               or inside and family_first and full.split()[-len(words):] == words):
            return full
    return None


def _first_name_before(first) -> str | None:
    """"Harbourmaster Ines Vale has run the port …": a surname that is also a word ("Vale") the
    tagger left untagged, introduced after a known first name, takes it: the fullest name given."""
    if first.i == 0:
        return None
    given = first.doc[first.i - 1]
    if given.pos_ != "PROPN" or not given.is_title or is_title_word(given.text) or not given.whitespace_ \
            or from_first_name(given.text) is None:
        return None
    return f"{given.text} {first.text}"


def _titled(entity: Entity) -> str | None:
    """"Ms Obi", never named in full: the surname with the title the text gave it, as a reader says it."""
    for m in entity.mentions:
        words = m.text.split()
        if len(words) == 2 and words[1] == entity.name and is_title_word(words[0]):
            return m.text
    return None


NICKNAME = re.compile(r"\s+[\"“‘']\s*[^\"“”‘’'\s][^\"“”‘’']{0,23}?\s*[\"”’']\s+")


def _without_nickname(name: str) -> str:
    """'Ramon "Monching" Villareal' is Ramon Villareal: a nickname in quotes between the names is
    how the text calls him, not part of his name."""
    return NICKNAME.sub(" ", name)


def _named_in_the_body(doc: Doc, entity: Entity) -> str:
    """A headline's capitals run a verb into a firm's name ("Brightwell Home Recalls 48,000
    Kettles"): where the longest name is only a headline's, the longest the story's body gives."""
    heads = headline_lines(text_of(doc))
    in_head = [any(start <= m.start < end for start, end in heads) for m in entity.mentions]
    if not any(h and m.named and m.name == entity.name for m, h in zip(entity.mentions, in_head)):
        return entity.name
    body = [m.name for m, h in zip(entity.mentions, in_head) if m.named and not h and m.kind == entity.kind]
    return max(body, key=len, default=entity.name)


def _untitled(name: str) -> str:
    """"Premier Lorne MacKinnon-Hale" where the tagger missed the name: the titles a name opens on
    (titles.txt) are the person's post, not their name; a first name and a surname stay."""
    words = name.split()
    while len(words) > 2 and is_title_word(words[0]):
        words = words[1:]
    # "Local councillor Aled Price": a post in lower case, and what qualifies it, before the name
    posts = [k for k, w in enumerate(words[:-2]) if w.islower() and is_title_word(w)]
    if posts and words[posts[-1] + 1][:1].isupper():
        words = words[posts[-1] + 1:]
    return " ".join(words)


def _hyphenated_in_full(doc: Doc, surname: str) -> str | None:
    """"Mbeki-Hale" (three tokens, so no one word to look for): the first full name ending in it."""
    for e in person_entities(doc):
        words = without_possessive(without_generation(without_titles(e)))
        if words.endswith(" " + surname):
            return words
    return None


SHARED_BY = {"and", "&", ","}
PAIR_WORDS = {"a", "an", "the", "both", "two", "and", "his", "her", "their"}


def _kin_only(name: str) -> bool:
    """"Father and son", "both sisters": a group called only by how its members are related."""
    words = [w for w in name.lower().split() if w not in PAIR_WORDS]
    return bool(words) and all(_kin_word(w) for w in words)


def _kin_pair(doc: Doc) -> str | None:
    """"Kenneth Daly, 58, and his son Ryan Daly": the two people the text names as kin of each
    other, for a group it calls by their kinship; none where it names two such pairs."""
    text, people = text_of(doc), person_entities(doc)
    pairs = []
    for left, right in zip(people, people[1:]):
        between = text[left.end_char:right.start_char]
        joined = KIN_JOIN.fullmatch(between)
        if left.sent.start == right.sent.start and joined and _kin_word(joined.group("kin").lower()):
            pairs.append(f"{left.text} and {right.text}")
    return pairs[0] if len(set(pairs)) == 1 else None


KIN_JOIN = re.compile(r"(?:,\s*\d{1,3})?,?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?P<kin>[\w-]+)\s+")


def _kin_word(word: str) -> bool:
    """"Brothers" in "Brothers Kieran and Declan Haslam", a capital the tagger reads as a name."""
    return word.removesuffix("s") in kind_words()["kin"] or word.removesuffix("es") in kind_words()["kin"]


def _sibling_surname(doc: Doc, first) -> str | None:
    """"Brothers Kieran and Declan Haslam … said Kieran": a first name first met joined to another
    first name and the surname both share is that name with the surname; a surname ("Smith and
    Declan Haslam") or a name with more words before it is left as it is."""
    if first is None or from_first_name(first.text) is None or first.i + 3 >= len(doc) \
            or first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and not _kin_word(doc[first.i - 1].lower_) \
            or doc[first.i + 1].lower_ not in SHARED_BY:
        return None
    other = next((e for e in person_entities(doc) if e.start == first.i + 2), None)
    if other is None:
        return None
    words = [t for t in without_titles(other) if t.tag_ != "POS"]
    if len(words) != 2 or from_first_name(words[0].text) is None:
        return None
    return f"{first.text} {words[-1].text}"


def _reported_inside(f: Found, contents: SpanIndex[Found]) -> bool:
    """Whether f's cue sits inside another attribution's content (a nested report);
    `contents` holds the finds by their content spans."""
    if f.cue is None:
        return False
    return any(g is not f and g.content_span[0] <= f.cue[0] < g.content_span[1]
               for g in contents.near((f.cue[0], f.cue[0] + 1)))


def _voiced_by(text: str, found: list[Found]) -> dict[int, int]:
    """Finds whose source is "I" or "we" inside another find's words, each with that find:
    in "“I think he lost,” the host said" the one who thinks is the host."""
    out = {}
    parts = SpanIndex.of((j, part) for j, g in enumerate(found) for part in g.content)
    for i, f in enumerate(found):
        if f.source is None or text[f.source[0]:f.source[1]].lower() not in FIRST_PERSON:
            continue
        at = f.source[0]
        around = [j for j in sorted(set(parts.near((at, at + 1))))
                  if j != i and any(s <= at < e for s, e in found[j].content)]
        if around:
            # the outermost: words reported inside a quote are still the quoted speaker's
            out[i] = max(around, key=lambda j: found[j].content_span[1] - found[j].content_span[0])
    return out


def _issued_by(text: str, found: list[Found]) -> dict[int, int]:
    """Finds whose source is the statement an earlier find was made in, each with that find:
    "In a statement, the company said … The statement added that …" is the company's word."""
    out = {}
    # finds with a source and a cue, by where the cue starts: only those within reach are looked at
    cues = sorted((g.cue[0], j) for j, g in enumerate(found) if g.source and g.cue)
    starts = [start for start, _ in cues]
    for i, f in enumerate(found):
        words = text[f.source[0]:f.source[1]].lower().split() if f.source and f.cue else []
        if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in CHANNEL_NOUNS \
                or any(w.endswith(("'s", "’s")) for w in words) \
                or words[-1] in kind_words()["filed_documents"] | kind_words()["written_findings"]:
            continue  # "the campaign's statement" says whose it is; "the filing said", "the note warned" the document's
        reach = cues[bisect_left(starts, f.cue[0] - STATEMENT_REACH):bisect_left(starts, f.cue[0])]
        made_in = [(start, -j) for start, j in reach if words[-1] in (found[j].channel or "").lower().split()]
        if made_in:
            out[i] = -max(made_in)[1]  # the latest cue; the first find of those sharing it
    return out


def _voice_of(i: int, voiced: dict[int, int]) -> int:
    """The end of i's chain of "voiced by" links: "We …," the statement said: the statement's
    issuer. Links may form a cycle (i → j → k → j); each find is visited once."""
    seen = {i}
    j = i
    while j in voiced and voiced[j] not in seen:
        j = voiced[j]
        seen.add(j)
    return j


def _name_lone_pronouns(doc: Doc, ordered: list, entity_of: dict[int, Entity], found: list[Found]) -> None:
    """A "she" (or "the 61-year-old") that found no one: the text named her only in passing
    ("Noor Halvorsen's play runs four hours … “…,” she said"), so she is the person last named
    before it whom the pronoun fits, joined to that person where they are a source already (in place).
    A name inside quoted words is talked about, not named in passing ("“Flour has gone up,” …").
    With no one before, it is someone the next sentence introduces with an age ("“…,” he said,
    grinning. Kacper Lis, 23, joined …")."""
    text = text_of(doc)
    quoted = Cover(part for f in found if f.type == "direct" for part in f.content)
    people = tuple(p for p in person_entities(doc) if p.start_char not in quoted and not _opens_a_quoted_title(text, p)
                   and not on_a_byline(p))
    starts = [p.start_char for p in people]
    by_name = {}
    for e in entity_of.values():
        if e.kind == "person" and e.named:
            by_name.setdefault(e.name.lower(), e)
            by_name.setdefault(e.name.lower().split()[-1], e)
    lone: dict[int, Entity] = {}
    for m in ordered:
        e = entity_of[id(m)]
        # "he", "she" or an epithet ("the 61-year-old says" after "Marisol Quaye's studio")
        if e.kind == "person" and not e.named and all(x.pronoun == "person" and x.name.lower() not in FIRST_PERSON
                                                      and (x.name.lower() in ("he", "she") or epithet(x.text))
                                                      for x in e.mentions):
            lone.setdefault(id(e), e)
    for e in lone.values():
        first = min(x.start for x in e.mentions)
        before = people[:bisect_left(starts, first)]
        said = next((x.gender for x in e.mentions if x.gender), None)
        named = next((p for p in reversed(before) if first - p.end_char <= PASSING_REACH
                      and (said is None or _first_name_gender(p) in (None, said))
                      and _known_fits(p, by_name, said)), None)
        if named is None:
            named = _introduced_next(text, people[bisect_left(starts, first):], max(x.end for x in e.mentions), said)
        if named is None:
            e.name = described_before(doc, first, PASSING_REACH, said) or e.name  # "an 87-year-old widow"
            continue
        name = _as_written(without_titles(named))
        into = by_name.get(name.lower()) or _same_by_surname(by_name.get(name.lower().split()[-1]), name, said)
        if into is None:
            e.named, e.name = True, name
            e.surname = name.split()[-1]
            continue
        for x in e.mentions:
            entity_of[id(x)] = into
            into.absorb(x)


QUOTED_TITLE = re.compile(r"[^\"“”.!?\n]{0,80}[\"”]")


def _opens_a_quoted_title(text: str, person) -> bool:
    """"The Weaver's Last Daughter" in quotes: a name opening a short quoted run with no sentence
    end inside is a work's title, no one named in passing."""
    start = person.start_char
    return start > 0 and text[start - 1] in "\"“" and QUOTED_TITLE.match(text, start) is not None


def _same_by_surname(known: Entity | None, name: str, said: str | None) -> Entity | None:
    """The source known by a surname is the person named in full only where it goes by that surname
    alone or by the same given name, and fits the pronoun: "Gwen Atherley" is no "Tom Atherley"."""
    if known is None or not known.fits(said):
        return None
    words = known.name.split()
    return known if len(words) == 1 or words[0].lower() == name.split()[0].lower() else None


def _known_fits(person, by_name: dict, said: str | None) -> bool:
    """Whether a person named in passing may be the lone "he" or "she" as a source already known
    by that name: "Ms Lennox" of "spokeswoman Jackie Lennox" is no "he", whatever "Jackie" says.
    A given name of the pronoun's sex outweighs a role word ("Chairman … Ifeoma Adeyanju", she)."""
    if said is not None and _first_name_gender(person) == said:
        return True
    name = _as_written(without_titles(person)).lower()
    known = by_name.get(name) or by_name.get(name.split()[-1]) if name else None
    return known is None or known.fits(said)


def _join_lone_its(doc: Doc, ordered: list, entity_of: dict[int, Entity]) -> None:
    """"Stonegate Logistics wants to build a depot, a project it says would create 350 jobs": an
    "it" that found no one is the body named earlier in its own sentence, even one named only in
    passing (in place)."""
    for k, m in enumerate(ordered):
        e = entity_of[id(m)]
        if m.pronoun != "thing" or e.named or any(x.pronoun != "thing" for x in e.mentions):
            continue
        here = span_at(doc, m.start, m.end)
        if here is None:
            continue
        bodies, subjects, free, j = [], [], [], k - 1
        while j >= 0 and ordered[j].start >= here.sent.start_char:  # back over its own sentence only
            if (b := entity_of[id(ordered[j])]).kind == "organization" and b.named:
                bodies.append(b)
                role = _role_in_sentence(doc, ordered[j])
                (subjects if role == "subject" else free if role == "free" else []).append(b)
            j -= 1
        # several bodies named before it ("NDIASSE" of a dateline, "a hub at Ndiasse wharf", "with
        # the ministry"): the sentence's subject, else the one body outside any preposition's phrase
        for pick in (bodies, subjects, subjects + free):
            if len({id(b) for b in pick}) == 1:
                bodies = pick
                break
        if len({id(b) for b in bodies}) == 1:
            for x in e.mentions:
                entity_of[id(x)] = bodies[0]
                bodies[0].absorb(x)


def _role_in_sentence(doc: Doc, m) -> str | None:
    """"subject" for a mention that is its clause's subject, "free" for one outside any
    preposition's phrase, else None."""
    span = span_at(doc, m.start, m.end)
    if span is None:
        return None
    if span.root.dep_ in ("nsubj", "nsubjpass"):
        return "subject"
    t = span.root
    while t.head.i != t.i:
        if t.dep_ in ("pobj", "prep", "agent"):
            return None
        t = t.head
    return "free"


OWNERS = {"his": "m", "her": "f"}


def _name_owners(doc: Doc, ordered: list, entity_of: dict[int, Entity]) -> None:
    """"Health Minister Declan Rourke said … His office did not respond": an unnamed source
    known only as someone's ("his office", "her husband") is called by whose it is, the person
    named last before it whom the pronoun fits (in place)."""
    last: dict[str | None, Entity] = {}  # the named person last mentioned, by the gender they fit
    for m in ordered:
        e = entity_of[id(m)]
        words = m.text.split()
        # "His Lordship", in capitals, is read as a name: a style of office is no one's name
        styled = len(words) == 2 and words[1].lower() in word_set("styles_of_office")
        if (not e.named or styled) and len(words) >= 2 and words[0].lower() in OWNERS and m.pronoun is None \
                and all(x.text.split()[:1] == words[:1] for x in e.mentions):
            owner = last.get(OWNERS[words[0].lower()])
            owner = owner_named_since(doc, m.start, owner, OWNERS[words[0].lower()], entity_of) or owner
            if owner is not None and owner is not e:
                owned = m.name.split()
                owned = owned[1:] if owned[0].lower() in OWNERS else owned
                # "Her Ladyship said": the holder herself, not one of hers
                e.name = owner.name if styled else f"{owner.name}'s {' '.join(owned)}"
                if styled:
                    e.kind = owner.kind
        if e.kind == "person" and e.named:
            for g in ("m", "f"):
                if e.fits(g):
                    last[g] = e


INTRODUCED_WITH_AGE = re.compile(r",\s*\d{1,3}\s*,")
NEXT_REACH = 300  # characters on that a lone "he" looks for the person introduced next


def _introduced_next(text: str, after: tuple, end: int, said: str | None):
    """The person named next, within a sentence or so, at the head of a sentence with an age."""
    for p in after:
        if p.start_char - end > NEXT_REACH:
            return None
        if p.start == p.sent.start and INTRODUCED_WITH_AGE.match(text, p.end_char) \
                and (said is None or _first_name_gender(p) in (None, said)):
            return p
    return None


SELF_INTRODUCED = re.compile(r"(?:I['’]m|I am|My name is|my name's)\s+((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)"
                             r"(?=[,.;:!?]|\s+and\b|\s*$)")


def _name_self_introduced(text: str, found: list[Found], mentions: dict, entity_of: dict[int, Entity]) -> None:
    """"“I'm Lena Marsh, and I've carried plates here …,” announces the woman laying the tables":
    someone unnamed who opens their words by saying who they are takes that name (in place)."""
    for i, m in mentions.items():
        e = entity_of[id(m)]
        if e.kind != "person" or e.named or not found[i].content:
            continue
        start, end = found[i].content[0]
        said = SELF_INTRODUCED.match(text[start:end].lstrip(" \"'“‘"))
        if said is not None:
            e.named, e.name = True, said.group(1)
            e.surname = e.name.split()[-1]


def _first_name_gender(person) -> str | None:
    words = [t.text for t in without_titles(person)]
    return from_first_name(words[0]) if len(words) > 1 else None


def _read_again(doc: Doc, mentions: dict[int, Mention], voiced: dict[int, int],
                speakers: dict[int, tuple[int, int, int]]) -> None:
    """A later rule's reading of whom a find's speaker is (offsets and head token) replaces the
    earlier one; a find another voices keeps that voice."""
    for i, (start, end, head) in speakers.items():
        if i not in voiced:
            mentions[i] = analyse_mention(doc, start, end, head)


def _said_by(text: str, mention: Mention) -> Span | None:
    """The words of the speaker's mention where the find had none: a subject the parser missed
    ("The ruling states …"), a speaker named after the quote. (A find's own source words stay:
    they are where the text reports the speech, even where the rules read the speaker elsewhere.)"""
    return _span(text, (mention.start, mention.end)) if mention.end > mention.start else None


def resolve_sources(doc: Doc, found: list[Found]) -> tuple[list[Source], list[Attribution]]:
    text = text_of(doc)
    voiced = _voiced_by(text, found) | _issued_by(text, found) | said_in_the_same(text, found) \
        | participles_said_by(doc, found) | said_further(doc, found) \
        | named_next(doc, found)
    mentions = {i: analyse_mention(doc, f.source[0], f.source[1], f.source_head)
                for i, f in enumerate(found) if f.source and i not in voiced}
    _read_again(doc, mentions, voiced, introduced_before(doc, found) | interrupted_by(doc, found)
                | speakers_set_up(doc, found) | statement_givers(doc, found))
    for i, claims in (hearsay_speakers(doc, found) | unsourced_hearsay(doc, found)).items():
        if i not in voiced:
            mentions[i] = claims
    _read_again(doc, mentions, voiced, subjects_misread(doc, found) | outer_speakers(doc, found)
                | doubled_subjects(doc, found) | described_names(doc, found) | spoken_through(doc, found)
                | holders_named_after(doc, found)
                | named_in_clause(doc, found) | documents_saying(doc, found) | trailing_speakers(doc, found)
                | split_subjects(doc, found) | past_asides(doc, found) | subjects_after_fronted_names(doc, found)
                | subjects_after_fronted_places(doc, found))
    told_the_court(text, found, mentions)
    asked_by = askers(doc, found)
    for i, asker in asked_by.items():
        mentions.pop(i, None)
        if asker is not None and i not in voiced:
            mentions[i] = analyse_mention(doc, *asker)
    for i, (start, end, head) in answered_by_the_asked(doc, found).items():
        if i not in voiced and i not in asked_by:
            mentions[i] = analyse_mention(doc, start, end, head)
    in_quotes = antecedents_in_quotes(doc, found)
    _read_again(doc, mentions, voiced, {i: (start, end, head) for i, (start, end, head, _) in in_quotes.items()})
    _read_again(doc, mentions, voiced, addressed_in_questions(doc, found) | addressed_by_name(doc, found))
    for i, author in read_on_behalf(doc, found).items():
        if i not in voiced:
            mentions[i] = author
    _read_again(doc, mentions, voiced, named_after_the_quote(doc, found) | owned_after(doc, found)
                | kin_subjects_before(doc, found)
                | described_subjects_before(doc, found))
    contents = SpanIndex.of((f, f.content_span) for f in found)
    for i, m in mentions.items():
        if m.pronoun is None and (m.start, m.end) == found[i].source and _reported_inside(found[i], contents):
            # "The company rejected the union's claim that …" "…," it said: the company's (one a
            # rule found elsewhere, "he" read as the man a question named, is no such mention)
            mentions[i] = replace(m, spoken_of=True)
    people_speaking_as_i(doc, found, mentions)
    members = [(m, whole) for whole in mentions.values() for m in whole.members]
    said = [*mentions.values(), *(m for m, _ in members)]
    context = people_in_context(doc, found) + organisations_in_passing(doc, found)
    ordered = sorted(said + context, key=lambda m: (m.start, -m.end))
    name_later_roles(doc, ordered)
    name_headline_roles(doc, ordered)
    name_headline_bodies(doc, ordered)
    name_lede_bodies(doc, ordered)
    name_initials(doc, ordered)
    name_capital_labels(doc, ordered)
    gender_from_next_pronoun(text, ordered, {id(m) for m in mentions.values()})
    sex_by_reported_pronoun(doc, found, mentions)
    sex_by_full_name(doc, ordered, {id(m) for m in mentions.values()})
    heard_at = {id(m): found[i].content_span[0] for i, m in mentions.items()
                if m.pronoun is not None and found[i].content_span[0] < m.start}
    # a Q&A's asker, named in the introduction, is heard at each question: no "she" the
    # introduction speaks of before the questions begin
    heard_at.update({id(m): found[i].content_span[0] for i, m in mentions.items()
                     if found[i].extractor == "interview" and found[i].stance == "question"
                     and m.end <= found[i].content_span[0]})
    lone = {i: m for i, m in mentions.items() if m.pronoun is not None and m.name.lower() in PRONOUNS}
    answering = {i: m for i, m in lone.items() if id(m) not in heard_at}
    for i, at in heard_before_the_asker(doc, answering).items():
        heard_at[id(mentions[i])] = at
    for i, at in replies_after_the_asker(doc, found, lone).items():
        heard_at[id(mentions[i])] = min(at, heard_at.get(id(mentions[i]), at))
    entity_of = {id(m): e for m, e in cluster(ordered, heard_at, [sentence.start_char for sentence in doc.sents], text)}
    prefer_nearer_names(doc, ordered, entity_of, found, heard_at)
    prefer_the_one_named_just_before(doc, ordered, entity_of, found, heard_at)
    prefer_the_one_described_just_before(doc, ordered, entity_of, found, heard_at)
    pass_over_quote_speakers(found, mentions, ordered, entity_of)
    name_the_witness(doc, found, mentions, entity_of)
    name_own_subjects(doc, found, mentions, entity_of)
    name_affiliation_recaps(doc, ordered, entity_of)
    _name_lone_pronouns(doc, ordered, entity_of, found)
    name_by_first_names(doc, ordered, entity_of, found)
    _name_self_introduced(text, found, mentions, entity_of)
    name_given_next(doc, ordered, entity_of)
    name_described_ledes(doc, ordered, entity_of, found)
    _name_owners(doc, ordered, entity_of)
    name_its_documents(ordered, entity_of)
    join_owned_kin(ordered, entity_of, doc)
    join_parents_of_children(ordered, entity_of)
    name_kin_introduced(doc, ordered, entity_of)
    name_elder_and_younger(doc, ordered, entity_of)
    name_elder_and_younger_in_full(doc, ordered, entity_of)
    name_surnames_before_full(doc, ordered, entity_of)
    name_children_by_given_name(doc, entity_of)
    name_by_clause(text, entity_of)
    name_posts_in_passing(doc, entity_of)
    join_posts_to_holders(doc, entity_of)
    join_aliases(doc, entity_of)
    join_short_given_names(entity_of)
    name_yours_in_questions(doc, found, mentions, entity_of)
    name_quoted_kin(text, found, mentions, entity_of, doc)
    _join_lone_its(doc, ordered, entity_of)
    name_its_by_the_clause_before(doc, ordered, entity_of)
    writing_said_again(doc, found, mentions, entity_of)
    name_by_kind(doc, ordered, entity_of)
    join_pinned_descriptions(doc, entity_of)
    speakers_not_spoken_of(text, found, mentions, entity_of)
    name_ones(doc, entity_of)
    name_theys(doc, entity_of)
    others_in_answers(doc, found, mentions, entity_of)
    for m, whole in members:
        entity_of[id(m)].group = entity_of[id(m)].group or entity_of[id(whole)]

    # A person named only in passing is a source once an attribution's mention joins them.
    sourced = {id(entity_of[id(m)]) for m in said}
    entities: list[Entity] = []
    listed: set[int] = set()
    for m in ordered:
        e = entity_of[id(m)]
        if id(e) in sourced and id(e) not in listed:
            entities.append(e)
            listed.add(id(e))
    ids = {id(e): f"s{n}" for n, e in enumerate(entities, 1)}

    source_ids: list[str | None] = []
    previous: str | None = None
    for n, f in enumerate(found):
        if i_m := mentions.get(n):
            source_id = ids[id(entity_of[id(i_m)])]
        elif f.extra.get("continues"):
            source_id = previous  # a quote with no cue: the last speaker goes on
        else:
            source_id = None
        if (f.source or f.extra.get("continues")) and not _reported_inside(f, contents) and n not in asked_by:
            previous = source_id or previous
        source_ids.append(source_id)
    for i in voiced:
        source_ids[i] = source_ids[_voice_of(i, voiced)]
    for i, j in echoed_in_body(text, found, source_ids).items():
        source_ids[i] = source_ids[j]

    by_id = {ids[id(e)]: e for e in entities}
    name_speakers_kin(found, {i: j for i, (*_, j) in in_quotes.items()},
                      {n: by_id.get(source_id) for n, source_id in enumerate(source_ids) if source_id})

    attributions = []
    for n, (f, source_id) in enumerate(zip(found, source_ids), 1):
        attributions.append(Attribution(
            id=f"a{n}", source_id=source_id, type=f.type, stance=f.stance,
            source=_span(text, asked_by[n - 1][:2]) if asked_by.get(n - 1)
            else None if n - 1 in asked_by else _span(text, f.source) if f.source
            else _said_by(text, mentions[n - 1]) if n - 1 in mentions else None,
            cue=_span(text, f.cue) if f.cue else None,
            content=_span(text, f.content_span), content_parts=[_span(text, p) for p in f.content],
            recipient=f.recipient, channel=f.channel, confidence=f.confidence,
            statement=f.statement))

    sources = []
    groups = {e.head_lemma: ids[id(e)] for e in entities if e.kind == "group"}
    taken = Cover((m.start, m.end) for e in entities for m in e.mentions)
    # a document by its author or outlet, its own words kept as the description
    credits = credit_documents(doc, [[(m.start, m.end) for m in e.mentions] if e.kind == "document" else []
                                     for e in entities])
    for e, credit in zip(entities, credits):
        spans = sorted({(m.start, m.end) for m in e.mentions})
        name, description = credit or (_full_name(doc, e), e.description)
        if credit is not None and name.split()[0].lower() in {*OWNERS, "its"} \
                and e.name.split()[0].lower() not in {*OWNERS, "its"}:
            # "Her team's report" is Leila Farahani's team's report: whose, as `_name_owners` found
            owner = e.name.split("'s ", 1)[0]
            name = owner + "'s " + " ".join(name.split()[1:]) if "'s " in e.name else name
        spans = sorted(spans + _more_mentions(doc, e, taken))
        name, kind, named = _one_line(_without_asides(name)), e.kind, e.named
        if kind in ("person", "organization") and (person := name_past_post(name)) is not None:
            name, kind, named = person, "person", True  # "Minister for Disaster Preparedness Kenred Strachan-Major"
        sources.append(Source(
            id=ids[id(e)], name=name, kind=kind, named=named,
            count=e.count if e.kind == "group" else None, description=_one_line(description),
            member_of=ids[id(e.group)] if e.group is not None
            else groups.get(e.member_of) if e.kind == "person" and e.member_of else None,
            mentions=[_span(text, s) for s in spans]))
    return sources, attributions


BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")
WHEN_AFTER = re.compile(r"\s+(?:today|yesterday|tonight)$", re.I)  # a document's "published on Friday" stays


def _without_asides(name: str) -> str:
    """"Ministry of Agriculture (MINAGRI) spokesperson", "Leaders of the Shield Council today": a short
    form or a party in brackets, and "today" run in after the name, are no part of it."""
    bare = WHEN_AFTER.sub("", BRACKETED.sub("", name)).strip()
    return bare or name


def _one_line(words: str | None) -> str | None:
    """A name as a reader says it: a wrapped text's line breaks and runs of spaces as one space, and
    none after a hyphen the line was wrapped at ("Helena Marsh-⏎Oduya")."""
    return WRAPPED_HYPHEN.sub("-", " ".join(words.split())) if words is not None else None


WRAPPED_HYPHEN = re.compile(r"(?<=[a-z])-\s+(?=[A-Z][a-z])")


def _as_written(words) -> str:
    """The words of a name with the spaces the text has between them: "Huang Wen-chi", never
    "Huang Wen - chi" for the tokens of a hyphenated given name; a possessive dropped, its space kept."""
    return " ".join(without_possessive(words).split())
