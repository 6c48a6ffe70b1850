"""Who a text names, before any mention is read: its people (the tagger's, mended where it errs:
a name tagged a place or a body, a first name or surname left off, a post taken in), their first
names and surnames, and its bodies' names, once per doc."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import bodies, gender
from .described_names import described_people
from .linked_names import (joined_at_links, kin_by_shared_surnames, with_shared_second_surname,
                           with_surname_after_patronymic)
from .generations import is_generation
from .kunyas import kunya_names
from .nicknames import names_around_nicknames
from .particles_opening import surnames_opening_on_particles
from .particle_surnames import misread_particle_surnames
from .patronyms import names_around_patronymics, patronymic_surname, with_patronymic_words
from .titled_surnames import named_with_titled_surnames
from .titles import role_word_opening
from .title_phrases import past_title_phrase
from .given_in_pairs import with_given_name_set_in_a_pair
from .glued_initials import glued_initial_names
from .given_taught import given_names_taught, surnames_taught
from .hyphened_given_names import with_opening_of_hyphened_name
from .posts_with_places import places_after_posts_dropped
from .run_on import JOINS, family_name_first, run_back, run_on
from .syllable_given_names import family_name_before_syllables, names_on_syllable_given_names
from .gaelic_names import surname_end
from .glottal_names import glottal_name
from .kin_given_names import given_names_beside_kin
from .mostly_sex import given_name_sex
from ..lexicon import gendered_words, is_title_word, kind_words, name_particles, word_pairs, word_set
from ..extract.dateline import in_dateline
from ..parse import english_words, entities_of, scratch, text_of
from ..parse.breaks import headline_lines
from ..parse.columns import columns
from ..parse.marks import QUOTES

POSSESSIVE = re.compile(r"['’]s$")
# Labels the small tagger gives people's names it does not know ("Nadia Okwuosa" as ORG).
# Places are left out: "Santa Monica" and "Des Moines" look like names too.
MISREAD_PERSON_LABELS = {"ORG", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}


def strip_det(text: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text



def person_entities(doc: Doc) -> tuple[Span, ...]:
    """The people's names: entities tagged PERSON (less a lower-case word the tagger took into the
    name, "Quaye grins"), the name part of those it took for something else, and names it did not tag
    at all ("Marisol Quaye's studio"), by the test of `_name_like`."""
    memory = scratch(doc)
    if "people" not in memory:
        firm_ends = kind_words()["firm_name_words"]
        tagged = [person for e, titled in _past_title_phrases(doc) if not _bracketed_short_form(e)
                  if (person := e if titled and titled_name(e) else _trimmed_name(e) if e.label_ == "PERSON"
                      else _misread_person(e)) is not None
                  and person[-1].lower_ not in firm_ends  # "Greywater Developments" tagged PERSON
                  and person.text.lower() not in word_set("title_phrases")  # "Tan Sri" alone: a title
                  and not titles_only([t.text for t in person]) and not _post_joined_to_a_post(person)
                  and not _named_beside_a_business(person)]
        # "Brightlane said" after "Brightlane Systems": a firm's first word, not a person's name
        # (or after "Corbel Homes", a firm by its last word whatever the tagger's label)
        firms = (organisation_names(doc).keys() | {e[0].text for e in entities_of(doc)
                                                   if len(e) > 1 and e[-1].lower_ in firm_ends}) \
            - {p[-1].text for p in tagged if len(p) > 1}
        surnames = {p[-1].text for p in tagged if len(p.text.split()) > 1}
        tagged = [p for p in tagged if (len(p) > 1 and len(p.text.split()) > 1 or p.text not in firms
                                        and not _opens_a_body(p, surnames) and not _title_with_article(p))
                  and not _opens_an_untagged_body(p) and not _opens_on_kind_abroad(p) and not _a_place_one_is_in(p)
                  and not _an_area_by_its_unit(p) and not _a_place_elsewhere(p)]
        tagged = [_without_leading_post(_with_compounded_surname(_with_surnames_after_given_names(_with_surname(
            _with_first_name(_without_address_after(p)))))) for p in tagged]
        tagged = [run_on(with_given_name_set_in_a_pair(_with_given_names(p)), name_word, english, _listed_word)
                  for p in tagged]
        tagged = _joined_over_untagged_words(_joined_where_touching(_less_titled_overlaps(_outermost(tagged))))
        taken = {i for p in tagged for i in range(p.start, p.end)}
        split = [p for p in _split_names(doc) if not taken & set(range(p.start, p.end))]
        found = tagged + [run_on(p, name_word, english, _listed_word) for p in _untagged_names(doc)] + split
        taken = {i for p in found for i in range(p.start, p.end)}  # "Han Ji-woo" untagged, "woo" a noun
        found += names_on_syllable_given_names(doc, taken, name_word, english, _listed_word)
        found += glued_initial_names(doc, taken)  # "Minister of Mining J.Ganbaatar"
        found += given_names_beside_kin(doc, taken, name_word)  # "His grandson, Amine, 11,"
        found += [p for p in names_around_nicknames(doc, name_word) if (p.start, p.end) not in {(f.start, f.end) for f in found}]
        taken = {i for p in found for i in range(p.start, p.end)}
        found += [p for p in surnames_opening_on_particles(doc, name_word) if not taken & set(range(p.start, p.end))]
        found = sorted(found + described_people(doc, found, name_word, _unknown_words), key=lambda p: p.start)
        found = with_surname_after_patronymic(doc, joined_at_links(doc, found, word_set("titles")))
        found = with_patronymic_words(doc, found, name_word, is_title_word)  # "Almaz Toktogul uulu"
        found = _outermost(found + names_around_patronymics(doc, name_word, is_title_word))
        found = _outermost(found + kin_by_shared_surnames(doc, found))
        found = _outermost([run_back(_with_rest_of_hyphenated_name(_over_wrapped_hyphen(p)), name_word)
                            for p in with_shared_second_surname(doc, found)])
        found = sorted(found + _opening_words_of_names(doc, found), key=lambda p: p.start)
        found = _less_qualifiers_of_posts(found)
        found = places_after_posts_dropped(found, is_title_word)  # "Deputy Commissioner Lahore Ayesha …"
        found = [with_opening_of_hyphened_name(p, name_word, english) for p in found]  # "Marie-Claude"
        found = _joined_where_overlapping(found)  # "Mícheál Mac Giolla" and "Giolla Rua"
        found = sorted(found + named_with_titled_surnames(doc, found, is_title_word, name_word), key=lambda p: p.start)
        found = misread_particle_surnames(doc, found, MISREAD_PERSON_LABELS)  # "Al Rawahi" tagged a body
        found = kunya_names(doc, found, english)  # "Umm Yazan"
        found = [_less_headline_word(p) for p in found]  # "Late Begović header settles derby"
        found = [p for p in found if not _inside_a_quoted_title(p)  # "Salt, Cumin and Memory"
                 and not in_dateline(text_of(doc), p.start_char)]  # "TRÊS PONTAS, Minas Gerais – …"
        memory["people"] = tuple(found)
    return memory["people"]


def _less_headline_word(person: Span) -> Span:
    """"Late Begović header settles derby": a headline capitalises its words, so an English word
    there that is no given name, no title and no name's particle, opening a name of two words, is
    the headline's word, not the person's."""
    first = person[0]
    if len(person) != 2 or not first.is_title or not english(first.lower_) or gender.is_first_name(first.text) \
            or is_title_word(first.text) or first.lower_ in word_pairs("address_names"):
        return person
    return person[1:] if any(start <= first.idx < end for start, end in headline_lines(text_of(person.doc))) else person


def _opens_on_kind_abroad(person: Span) -> bool:
    """"Confederación Hidrográfica del Albarán" tagged a person: a name that opens on a word heading
    bodies' names abroad (kinds.json `kinds_abroad`) is a body's."""
    return len(person) > 1 and person[0].is_title and person[0].lower_ in bodies.words_for_kinds_abroad()


def _joined_where_overlapping(people: list[Span]) -> list[Span]:
    """"Mícheál Mac Giolla" and "Giolla Rua" found of "Mícheál Mac Giolla Rua": two names that
    share a word are one name cut two ways; a reader reads it whole."""
    joined: list[Span] = []
    for p in sorted(people, key=lambda p: p.start):
        if joined and joined[-1].start < p.start < joined[-1].end < p.end:
            joined[-1] = p.doc[joined[-1].start:p.end]
        else:
            joined.append(p)
    return joined


def _title_with_article(person: Span) -> bool:
    """"She was made a Commendatore": a title alone after an article is an honour or a post, never
    a name (a name takes no article); "Major said" may be John Major."""
    return len(person) == 1 and person.start > 0 and is_title_word(person.text) \
        and person.doc[person.start - 1].lower_ in ("a", "an", "the")


def _past_title_phrases(doc: Doc) -> list[tuple[Span, bool]]:
    """The entities less any title phrase that opens them or is cut across them ("Dato' Sri"),
    each with whether one did: what follows such a title is a person's name, whatever the tagger
    took it for, as after "Mrs" (`_name_after_honorific`)."""
    return [(name, name is not e) for e in entities_of(doc) if (name := past_title_phrase(e)) is not None]


POST_WORDS_MOST = 2  # "Fire" of "Fire Chief": words of a post before its title


def _less_qualifiers_of_posts(people: list[Span]) -> list[Span]:
    """"Harmon Falls Fire Chief Renata Okafor" with "Harmon Falls Fire" tagged a person: a "name" set
    right before a post and the name of the post's holder is where or what the post is of, since
    a person's name never stands before a title and another person's name."""
    starts = {p.start for p in people}
    kept = []
    for p in people:
        doc, k = p.doc, p.end
        # the post: capitalised words ending on a title ("Fire Chief", "Police Commissioner")
        while k < len(doc) and k - p.end < POST_WORDS_MOST and doc[k].is_title and not is_title_word(doc[k].text) \
                and not gender.is_first_name(doc[k].text):
            k += 1
        if k < len(doc) and doc[k].is_title and is_title_word(doc[k].text):
            k += 1
        else:
            kept.append(p)
            continue
        holder = k + 1 < len(doc) and gender.is_first_name(doc[k].text) \
            and doc[k].pos_ == doc[k + 1].pos_ == "PROPN" and doc[k + 1].is_title
        if any(t.tag_ == "POS" for t in p) or not (k in starts or holder):
            kept.append(p)
        elif k not in starts:  # the holder's name, which the tagger took into the "name" before
            end = k + 2
            while end < len(doc) and end - k < 3 and doc[end].pos_ == "PROPN" and name_word(doc[end].text):
                end += 1
            kept.append(doc[k:end])
    return sorted(kept, key=lambda p: p.start)


def _opening_words_of_names(doc: Doc, people: list[Span]) -> list[Span]:
    """"Rosli Hamzah said" after "Rosli Hamzah Ismail", the short form tagged a body: two or more
    words that open one person's longer name (as Malay and Spanish names are shortened) are that
    person, whatever the tagger took them for."""
    longer = {tuple(p.text.split()) for p in people if len(p.text.split()) >= 3}
    if not longer:
        return []
    taken = {i for p in people for i in range(p.start, p.end)}
    out = []
    for e in entities_of(doc):
        words = tuple(POSSESSIVE.sub("", e.text).split())
        if e.label_ not in MISREAD_PERSON_LABELS or len(words) < 2 or taken & set(range(e.start, e.end)):
            continue
        if sum(name[:len(words)] == words for name in longer if len(name) > len(words)) == 1:
            out.append(e if e[-1].tag_ != "POS" else e[:-1])
    return out


def _opens_a_body(person: Span, surnames: set[str]) -> bool:
    """"Sentosa-Hwa did not respond" after "Sentosa-Hwa Engineering": one word (hyphens kept) that
    opens one body's name, and ends no person's full name, is the body's short name."""
    return len(person) > 1 and len(person.text.split()) == 1 \
        and bodies.by_first_words(person.doc, person.text) is not None \
        and person.text not in surnames


BODY_NAME_WORDS_MOST = 4  # capitals after a place's name up to the body's word: "Okada Riders Union"


# prepositions that put something in a place ("in Jagraon", "near Kisoro"); never before a person
IN_A_PLACE = {"in", "near", "outside", "across", "around", "throughout", "within"}


def _a_place_one_is_in(person: Span) -> bool:
    """"a press conference in Jagraon" with the town tagged a person: one word set after a preposition
    of place is where something is, not who; a person is "with" or "by" someone, not in them."""
    prep = person.root.head
    # "Your father is from Enugu", "she comes from Tamale": where one is from; "a letter from Ama" is hers
    origin = prep.lower_ == "from" and prep.head.lemma_ in ("be", "come", "hail")
    return len(person) == 1 and person.root.dep_ == "pobj" and (prep.lower_ in IN_A_PLACE or origin) \
        and (person.end >= len(person.doc) or person.doc[person.end].tag_ != "POS")


PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}


def _a_place_elsewhere(person: Span) -> bool:
    """"Pekalongan's batik makers" in a headline, the town tagged a person there and a place in the
    story: one word the tagger calls a place more often than a person is that place."""
    if len(person) != 1:
        return False
    memory = scratch(person.doc)
    if "labels_by_word" not in memory:  # counted once per doc: every one-word name asks
        counts: dict[str, Counter] = {}
        for e in entities_of(person.doc):
            counts.setdefault(POSSESSIVE.sub("", e.text), Counter())[e.label_] += 1
        memory["labels_by_word"] = counts
    labels = memory["labels_by_word"].get(POSSESSIVE.sub("", person.text), Counter())
    return sum(labels[label] for label in PLACE_LABELS) > labels["PERSON"]


def _an_area_by_its_unit(person: Span) -> bool:
    """"the Governor of Kwara State" with the state tagged a person: a name that ends in the word for a
    state's division (area_units.txt) is that division."""
    return len(person) > 1 and person[-1].is_title and person[-1].lower_ in word_set("area_units")


def _opens_an_untagged_body(person: Span) -> bool:
    """"the Kasoa Okada Riders Union" with only "Kasoa" tagged a person: a one-word name after
    "the", that the capitals of a body's name run on from to a word for a body ("Union",
    "Association"), opens that body's name; no person is "the Kasoa"."""
    doc = person.doc
    if len(person) != 1 or person.start == 0 or doc[person.start - 1].lower_ != "the":
        return False
    end = person.end
    while end < len(doc) and end - person.end < BODY_NAME_WORDS_MOST and doc[end].is_title \
            and doc[end].pos_ == "PROPN" and doc[end - 1].whitespace_:
        end += 1
    return end > person.end and doc[end - 1].lower_ in kind_words()["organization"]


def _bracketed_short_form(entity: Span) -> bool:
    """"The Department for Transport (DfT)": a body's short form in brackets, or one that is the
    initials of a body the text names, is no person, whatever the tagger called it."""
    doc = entity.doc
    if len(entity) != 1 or sum(c.isupper() for c in entity.text) < 2:
        return False
    bracketed = entity.start > 0 and doc[entity.start - 1].text == "(" and entity.end < len(doc) and doc[entity.end].text == ")"
    return bracketed or bodies.by_acronym(doc, entity.text) is not None  # "the DfT said" later on


def _without_leading_post(person: Span) -> Span:
    """"Harbourmaster Ilse Vandrecht": a post the tagger took into a name (`unlisted_title`)."""
    return person[1:] if unlisted_title(person) else person


def _with_first_name(person: Span) -> Span:
    """"Dolores Ibsen died in 2015" with only "Ibsen" tagged: a common first name just before a
    one-word name, itself outside every entity, is part of it."""
    doc = person.doc
    if len(person) != 1 or person.start == 0:
        return person
    before = doc[person.start - 1]
    # (a sentence's first word the tagger read as an adjective, "Kulwant Singh could not be reached")
    if before.ent_type_ or before.pos_ not in ("PROPN", "NOUN") and not (before.pos_ == "ADJ" and not english(before.lower_)) \
            or not name_word(before.text) or not before.whitespace_ \
            or before.lower_ in word_set("titles") | word_set("person_nouns") \
            or not gender.is_first_name(before.text) and not _given_name_after_title(before):
        return person  # a first name of either sex ("Kulwant Singh" with "Singh" alone tagged) joins too
    return doc[person.start - 1:person.end]


def _given_name_after_title(word: Token) -> bool:
    """"Paramount Chief Foday Kamara" with only "Kamara" tagged: between a title and a surname, a
    capitalised word that is no English word and no body's is the given name, though the name list
    does not know it."""
    doc = word.doc
    return word.i > 0 and is_title_word(doc[word.i - 1].text) and doc[word.i - 1].is_title \
        and not english(word.lower_) and word.lower_ not in kind_vocabulary() \
        and word.lower_ not in word_set("rank_words")


def _without_address_after(person: Span) -> Span:
    """"Yılmaz Bey" with only "Bey" tagged: a form of address written after a name
    (address_after_names.txt) is no part of it; where the tagger took it alone, the name is the
    word before it."""
    if person[-1].lower_ not in word_set("address_after_names"):
        return person
    if len(person) > 1:
        return person[:-1]
    before = person.doc[person.start - 1] if person.start > 0 else None
    return person.doc[before.i:person.start] if before is not None and name_word(before.text) else person


def _outermost(spans: list[Span]) -> list[Span]:
    """The spans that lie inside no longer one ("Jadoon" inside "Barrister Waqar Jadoon"), in order."""
    kept, reach = [], -1
    for span in sorted(spans, key=lambda p: (p.start, -p.end)):
        if span.end > reach or kept and (kept[-1].start, kept[-1].end) == (span.start, span.end):
            kept.append(span)
        reach = max(reach, span.end)
    return kept


def _joined_where_touching(people: list[Span]) -> list[Span]:
    """"Alhaji Aminu" and "Ado Bayero" tagged as two: two names with only a space between, the
    first ending on a given name or opening on a title, a form of address ("Bi. Mwanaisha" and
    "Said Juma") or a given name ("Md Rafiqul" and "Islam Bhuiyan", a Bangladeshi name of four
    words), are one person's; no two people are written so."""
    out: list[Span] = []
    for p in people:
        last = out[-1] if out else None
        if last is not None and last.end == p.start and last[-1].whitespace_ and "\n" not in last[-1].whitespace_ \
                and (gender.is_first_name(last[-1].text)
                     or len(last) > 1 and (is_title_word(last[0].text) or gender.is_first_name(last[0].text)
                                           or last[0].lower_.rstrip(".") in word_pairs("address_names"))) \
                and not is_title_word(last[-1].text) \
                and all(name_word(t.text) or t.text == "-" for t in p) and p[0].is_title:
            out[-1] = p.doc[last.start:p.end]
        else:
            out.append(p)
    return out


GAP_MOST = 2  # untagged words between a title tagged a name and the rest of the name


def _joined_over_untagged_words(people: list[Span]) -> list[Span]:
    """"Ugaas" and "Jama Gurey" tagged of "Ugaas Muse Jama Gurey", "Muse" an English word: a title
    tagged a name alone, then a capitalised word or two outside every entity, then a name, all
    compounds of the name's head, are one person's name."""
    out: list[Span] = []
    for p in people:
        last = out[-1] if out else None
        gap = p.doc[last.end:p.start] if last is not None else None
        if last is not None and len(last) == 1 and is_title_word(last.text) and 0 < len(gap) <= GAP_MOST \
                and all(t.is_title and not t.ent_type_ and t.dep_ == "compound" and t.head.i in range(t.i, p.end)
                        and t.whitespace_ == " " for t in gap) and last[0].whitespace_ == " " \
                and last[0].head.i in range(last.end, p.end):
            out[-1] = p.doc[last.start:p.end]
        else:
            out.append(p)
    return out


def _less_titled_overlaps(spans: list[Span]) -> list[Span]:
    """"Shri Ramesh" beside "Ramesh Kumar Rao": a name whose words outside a longer one it runs
    into are titles only is that one's opening, not a name of its own."""
    ordered = sorted(spans, key=lambda q: q.start)
    starts = [q.start for q in ordered]

    def opens_a_longer(p: Span) -> bool:
        inside = ordered[bisect_right(starts, p.start):bisect_left(starts, p.end)]  # only those starting within p
        return any(p.end < q.end and all(is_title_word(t.text) for t in p[:q.start - p.start]) for q in inside)

    return [p for p in spans if not opens_a_longer(p)]


GIVEN_NAMES_MOST = 2
OTHER_LABELS_OF_A_GIVEN_NAME = {"", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"}


def _a_posts_place(doc: Doc, k: int) -> bool:
    """Whether word `k` follows "of" after a post ("Public Defender of Georgia"): the place the
    post is of, a given name elsewhere."""
    return k >= 2 and doc[k - 1].lower_ in ("of", "for") and is_title_word(doc[k - 2].text)


def _with_given_names(person: Span) -> Span:
    """"Luz Marina Quintero Salas", "Irina Pavlovna Sokolova" with only the surnames (or a
    patronymic and a surname) tagged: the given names just before a name that opens on no given
    name, one or two words the name list knows, outside any other person's name, are part of it."""
    doc = person.doc
    # "Kumar Rao" tagged of "Speaker Ramesh Kumar Rao": a second given name may open what the
    # tagger found, where a title opens the name before it or a surname no name list knows as a
    # given name ends it
    second_given = len(person) >= 2 and (not gender.is_first_name(person[-1].text)
                                         or person.start >= 2 and is_title_word(doc[person.start - 2].text)
                                         or _given_names_bound_before(person))
    if gender.is_first_name(person[0].text) and not second_given or not name_word(person[0].text):
        return person
    start = person.start
    while start > 0 and person.start - start < GIVEN_NAMES_MOST:
        before = doc[start - 1]
        if before.ent_type_ not in OTHER_LABELS_OF_A_GIVEN_NAME or not before.whitespace_ \
                or before.pos_ != "PROPN" or before.is_stop \
                or not name_word(before.text) or is_title_word(before.text) \
                or before.lower_ in word_set("person_nouns") or not gender.is_first_name(before.text) \
                or _in_title_phrase(doc[start - 1:person.end]) \
                or _a_posts_place(doc, start - 1):  # "Sri" of "Dato' Sri", "Georgia" of "Defender of Georgia"
            break
        start -= 1
    return doc[start:person.end]


def _given_names_bound_before(person: Span) -> bool:
    """"Nurul Huda Abdul Karim" with only "Abdul Karim" tagged: every word of many Malay, Arabic
    and Persian names is a given name somewhere, so a name opening on one may still have given
    names before it; the parser binding the word before into the name (a compound of one of its
    words) and the word being no English word says it is one name, not two people side by side."""
    doc = person.doc
    if person.start == 0:
        return False
    before = doc[person.start - 1]
    return before.dep_ == "compound" and person.start <= before.head.i < person.end \
        and not english(before.lower_)


def _in_title_phrase(name: Span) -> bool:
    """Whether a title phrase covers the first word of `name`."""
    cut = past_title_phrase(name)
    return cut is None or cut.start > name.start


def _with_surname(person: Span) -> Span:
    """"spokeswoman Dina Rask saying …" with only "Dina" tagged: a capitalised word right after a
    one-word common first name, itself outside every entity and no word of a body, is the surname;
    so too after a title the tagger took in ("Barrister Sameer" of "Barrister Sameer Jadoon")."""
    doc = person.doc
    named = person
    while len(named) > 1 and named[0].is_title and (is_title_word(named[0].text)
                                                    or named[0].lower_ in word_set("person_nouns")):
        named = named[1:]
    if len(named) != 1 or person.end >= len(doc) or gender.from_first_name(named[0].text) is None \
            or not named[0].whitespace_:
        return person
    after = doc[person.end]
    # a surname the tagger set apart as a name of its own ("Barrister Waqar" and "Jadoon") is one too
    alone = after.ent_iob_ == "B" and (person.end + 1 >= len(doc) or doc[person.end + 1].ent_iob_ != "I")
    own = alone and after.ent_type_ == "PERSON"
    # "Joanna Szymańska-Ostrowska" with "Szymańska" tagged a place: no English word, right after a first name
    misread = alone and after.ent_type_ in ("GPE", "LOC", "NORP") and not english(after.lower_)
    if after.ent_type_ and not (own or misread) or after.pos_ not in ("PROPN", "NOUN", "VERB") \
            or not name_word(after.text) or after.lower_ in kind_vocabulary() or after.lower_ in word_set("titles"):
        return person
    return doc[person.start:person.end + 1]


SURNAMES_MOST = 2  # "Quispe Mamani": a father's surname and a mother's


def _with_surnames_after_given_names(person: Span) -> Span:
    """"Rosa Elvira" tagged of "Rosa Elvira Quispe Mamani": a name of two given names and nothing
    else stops short of the surnames, which in Latin America are two; the capitalised words right
    after it, no title or word of a body, are the surnames: outside every entity, no English word,
    or one word the tagger took alone for a place or a body that ends the name ("Medina")."""
    doc = person.doc
    if len(person) != 2 or not all(gender.is_first_name(t.text) and name_word(t.text) for t in person):
        return person
    end = person.end
    while end < len(doc) and end - person.end < SURNAMES_MOST and doc[end - 1].whitespace_:
        word = doc[end]
        if word.ent_type_ and not _lone_misread(word) or word.pos_ != "PROPN" or not name_word(word.text) \
                or english(word.lower_) and not (_lone_misread(word) and _name_ends_by(doc, end, end)) \
                or word.lower_ in kind_vocabulary() or is_title_word(word.text) \
                or gender.is_first_name(word.text) and not _name_ends_by(doc, end, person.end + SURNAMES_MOST - 1):
            break
        end += 1
    return doc[person.start:end]


def _with_compounded_surname(person: Span) -> Span:
    """"Alioum Hamadou" tagged of "Pr Alioum Hamadou Bouba", "Bouba" a place of its own: the word
    right after a name that the parser makes the name's head (the name's words its compounds), one
    the tagger set apart as a place or a body, no English word, title or word of a body, ends the
    name."""
    doc = person.doc
    if person.end >= len(doc) or not person[-1].whitespace_:
        return person
    after = doc[person.end]
    if not _lone_misread(after) or after.pos_ != "PROPN" or person[-1].dep_ != "compound" \
            or person[-1].head.i != after.i or not name_word(after.text) or english(after.lower_) \
            or after.lower_ in kind_vocabulary() or is_title_word(after.text):
        return person
    return doc[person.start:person.end + 1]


def _name_ends_by(doc: Doc, k: int, last: int) -> bool:
    """Whether the capitalised words from `k` end by `last`, a comma, a stop or a verb next: then a
    given name elsewhere ("Flores", "Medina") is a surname here."""
    while k < last and k + 1 < len(doc) and doc[k + 1].is_title and doc[k].whitespace_:
        k += 1
    return k + 1 < len(doc) and (doc[k + 1].text in (",", ".", ";") or doc[k + 1].pos_ in ("VERB", "AUX"))


def _lone_misread(word: Token) -> bool:
    """A word the tagger made a place or a body of its own ("Medina" of "César Augusto Flores Medina")."""
    doc = word.doc
    return word.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and word.ent_iob_ == "B" \
        and (word.i + 1 == len(doc) or doc[word.i + 1].ent_iob_ != "I")


def _split_names(doc: Doc) -> list[Span]:
    """"Dorota Mbeki-Hale" read as a place and then a body: two entities that touch, neither a
    person, make one person's name when together they pass `_name_like` (a common first name,
    then words that are not English)."""
    ents = entities_of(doc)
    out = []
    for left, right in zip(ents, ents[1:]):
        if right.start == left.end and "PERSON" not in (left.label_, right.label_) and len(left) == 1 \
                and left.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") \
                and _split_name_like(doc[left.start:right.end]):
            out.append(doc[left.start:right.end])
    return out


def _split_name_like(name: Span) -> bool:
    """`_name_like`, but a hyphenated surname is English only where each part is ("Mbeki-Hale"
    is a name: the tagger already set the words apart from the sentence as an entity)."""
    words = name.text.split()
    if not 2 <= len(words) <= 3 or not all(name_word(w) for w in words):
        return False
    lowered = {part for w in words for part in w.lower().split("-")}
    return words[0].lower() not in word_set("name_particles") and not lowered & kind_vocabulary() \
        and not all(english(part) for part in words[-1].lower().split("-")) \
        and gender.from_first_name(words[0]) is not None


def people_starting_in(doc: Doc, start: int, end: int) -> tuple[Span, ...]:
    """The people's names that start from token `start` to `end`, found by bisection (they are
    in order of start), not by a scan of them all."""
    people, memory = person_entities(doc), scratch(doc)
    if "people_starts" not in memory:
        memory["people_starts"] = [p.start for p in people]
    starts = memory["people_starts"]
    return people[bisect_left(starts, start):bisect_left(starts, end)]


NAME_TOKENS_MOST = 8  # tokens a person's name runs to, hyphens counted ("Kim Hae - won")


def name_cut_by(span: Span) -> Span | None:
    """The person's name a mention's span cuts through at a hyphen, where the parser split a
    hyphened given name: "won, a cultural critic" of "Kim Hae-won, a cultural critic" (its last
    syllable an English verb), or "Choi Min" of "says Choi Min-jae", or before a last word read as
    another part of speech ("Halmos" of "Halmos Gergely denied"); None where the span holds
    every name it touches, or cuts one elsewhere (a tagger's "Mick Tierney: Raw")."""
    doc = span.doc
    near = people_starting_in(doc, max(0, span.start - NAME_TOKENS_MOST), span.end)
    if any((p.start, p.end) == (span.start, span.end) for p in near):
        return None  # a name in its own right ("Abu Bakr" of "Abu Bakr Al-Baghdadi Hassan")
    for p in near:
        if p.start < span.start < p.end and _hyphen_between(doc[span.start - 1], doc[span.start]) \
                or p.start < span.end < p.end and p.start >= span.start \
                and (_hyphen_between(doc[span.end - 1], doc[span.end]) or _last_word_misread(p, span.end)):
            return p
    return None


def _last_word_misread(person: Span, cut: int) -> bool:
    """"Government spokesman Halmos Gergely denied", "Gergely" read as an adverb of the verb: the
    tagged name's last word, capitalised, that the parser hung past the name as another part of speech."""
    word = person.doc[cut]
    return cut == person.end - 1 and word.is_title and word.pos_ in ("ADV", "ADJ", "VERB") and word.head.i >= person.end


def _hyphen_between(left: Token, right: Token) -> bool:
    """Whether two tokens touch and one is a hyphen ("Min" "-", "-" "won"), not one after a
    surname's particle ("al-Majali": the surname alone is the parser's mention, and rightly)."""
    if left.whitespace_ or not (left.text in HYPHENS or right.text in HYPHENS):
        return False
    before = left.nbor(-1) if left.text in HYPHENS and left.i > 0 else left
    return before.lower_ not in word_set("name_particles") | word_set("surname_particles")


HYPHENS = {"-", "‐"}


def _over_wrapped_hyphen(person: Span) -> Span:
    """"Helena Marsh-⏎Oduya": a surname whose line was wrapped at its hyphen runs on to the next line."""
    doc, end = person.doc, person.end
    if end < len(doc) and person[-1].text.endswith("-") and person[-1].text[:1].isupper() \
            and "\n" in text_of(doc)[person[-1].idx + len(person[-1].text):doc[end].idx] \
            and doc[end].is_title and doc[end].is_alpha:
        return doc[person.start:end + 1]
    return person


def _with_rest_of_hyphenated_name(person: Span) -> Span:
    """"Han Sang" tagged of "Han Sang-woo", "Chau Wing" of "Chau Wing-lok": a given name of two
    syllables joined by a hyphen is one word to a reader, and the tagger may end the name at the
    hyphen; the name runs on over it to the word of letters set against it, where the parser
    reads that word as a name and it is none of English ("Mary Smith-led", "Blair-era")."""
    doc, end = person.doc, person.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and person[-1].is_title:
        syllable = doc[end + 1]
        if syllable.tag_ in ("NNP", "NNPS") or syllable.tag_ == "NN" and not english(syllable.lower_) \
                or len(person) > 1 and _two_syllables(person[-1], syllable):  # after a family name
            return doc[person.start:end + 2]
    return person


SYLLABLE_MOST = 4  # letters of a syllable of a romanised given name: "Wai", "man", "Ka", "ming"


def _two_syllables(first: Token, second: Token) -> bool:
    """"Wai-man", "Chi-man", "Ka-ming": two short syllables, the first no English word, the second
    a noun in lower case, though English ("man"), make a given name; "Hall-era" and "May-led" do not."""
    return len(first) <= SYLLABLE_MOST and len(second) <= SYLLABLE_MOST and not english(first.lower_) \
        and second.is_lower and second.tag_ in ("NN", "NNS", "JJ")


def _trimmed_name(person: Span) -> Span:
    # "Quaye grins", "Smith said", "Quaye's", a score run on ("Valeria Lindqvist-Mora 4-6");
    # not "George Will", nor "Park Geun-hye"
    person = _with_rest_of_hyphenated_name(person)
    after = word_set("postnominals")  # "Rachel Umeh KC"
    while len(person) > 1 and (person[-1].is_lower and person[-2].whitespace_ or person[-1].tag_ == "POS"
                               or person[-1].is_punct or any(ch.isdigit() for ch in person[-1].text)
                               or person[-1].lower_.strip(".") in after and (len(person) > 2 or person[-1].is_upper)
                               or person[-1].lower_ in word_set("address_after_names")):
        person = person[:-1]
    return person


def _two_given_names_read_as_a_place(entity: Span) -> bool:
    """"Inês Carolina Mourão" tagged a place: two given names and a surname that is no English word
    name a person; no place is named so."""
    return entity.label_ == "GPE" and 3 <= len(entity) <= 4 and all(t.is_title for t in entity) \
        and all(gender.from_first_name(t.text) is not None for t in entity[:2]) \
        and not english(entity[-1].lower_) and not {t.lower_ for t in entity} & kind_vocabulary()


def _misread_person(entity: Span) -> Span | None:
    """"Nadia Okwuosa" tagged ORG, "Nadia Osei of Transparency Watch" tagged as one organisation;
    "Corvell's Pia Strand" with the name tagged a place (a firm's person: no place follows a possessive)."""
    owned_place = entity.label_ == "GPE" and entity.start > 0 and entity.doc[entity.start - 1].tag_ == "POS" \
        and gender.from_first_name(entity[0].text) is not None \
        or _two_given_names_read_as_a_place(entity)
    if entity.label_ in MISREAD_PERSON_LABELS and (named := _named_after_comma(entity)) is not None:
        return named
    if entity.label_ in MISREAD_PERSON_LABELS | {"GPE"} and (titled := _after_title(entity)) is not None:
        return titled  # a place's name too: no title goes before a place
    if entity.label_ not in MISREAD_PERSON_LABELS and not owned_place:
        return None
    if (holder := _holder_of_a_seat(entity)) is not None:
        return holder
    if len(entity) == 2 and entity[0].is_alpha and (is_title_word(entity[0].text) or entity[0].is_title
                                                    and entity[0].lower_ in word_pairs("address_names")) \
            and entity[0].text[:1].isupper() and titled_surname(entity[1:]) and not english(entity[1].lower_):
        return entity  # "SP Olaniyan", "Ato Dawit" read as a body: a rank or form of address ("AP Moller": letters) and a name
    if (posted := _name_ending_a_post(entity)) is not None:
        return posted
    if entity[0].lower_ in word_pairs("address_names") and (addressed := _name_after_honorific(entity)) is not None:
        return addressed  # "Pak Amran Nasution" read as a body: a form of address and a name
    name = _without_roles(entity)
    if len(name) > 1 and name[-1].tag_ == "POS":
        name = name[:-1]  # "Agnes Rudd's" tagged as a place
    while len(name) > 2 and name[-1].lower_.strip(".") in word_set("postnominals"):
        name = name[:-1]  # "Rebecca Nwosu KC" tagged as a body: the letters after a name are no part of it
    of = next((t.i for t in name if t.lower_ == "of"), None)
    name = name.doc[name.start:of] if of is not None else name
    owner = max((t.i for t in name if t.tag_ == "POS"), default=None)
    if owner is not None and owner + 1 < name.end and gender.from_first_name(name.doc[owner + 1].text) is not None:
        name, owned_place = name.doc[owner + 1:name.end], True  # "Goldman Sachs' Jan Hatzius" tagged as one body
    if len(name) < len(entity) and titled_name(name):
        return name  # "Superintendent Marcus Bell": a title before it makes a name of "Bell" too
    if len(name) >= 2 and all(name_word(t.text) for t in name) and surname_end(name.doc, name.end - 1, name_word):
        return name  # "Colm Mac" tagged a body, "an Bhaird" after it: the Gaelic surname it opens makes it a person
    if owned_place and 2 <= len(name) <= 3 and all(name_word(t.text) for t in name):
        return name  # "Strand" may be a word; after "Corvell's" and a first name it is a surname
    return _name_like(name, surnames=surnames_taught(name.doc))


def _name_ending_a_post(entity: Span) -> Span | None:
    """"Local Member of the Senedd Gethin Prys" with "the Senedd Gethin Prys" tagged one body: a first
    name and a surname that end a run of capitals opened by a post (titles.txt) are the post's holder,
    whatever the tagger took them for (a body's name ends on no first name and surname). Initials
    may stand for the first name: "Leader of the Opposition R. Ashwathappa", "Chief Minister M. K.
    Stalin", with "the Opposition R. Ashwathappa" tagged a body. The post's fields may be listed:
    "Deputy Minister of Agriculture, Food and Rural Affairs Ivo Petrov"."""
    doc, end = entity.doc, entity.end
    initials, after = _initials_before(entity), 1
    if not initials and len(entity) > 3 and name_word(entity[-1].text) and not english(entity[-1].lower_) \
            and entity[-1].lower_ not in kind_vocabulary():
        initials, after = _initials_before(entity[:-1]), 2  # "V. S. Gopinathan Pillai": a given name too
    if len(entity) < 3 or not (initials or _first_and_surname(entity[-2:])):
        return None
    start = end - after - initials if initials else end - 2
    k = start - 1  # the words before the name, in the entity and in the capitals just before it
    while k >= 0 and (doc[k].is_title or doc[k].lower_ in TITLE_JOINERS or doc[k].text in ("-", ",")) \
            and not is_title_word(doc[k].text):
        k -= 1
    # the post may be in capitals ("Labour MP for Bristol East Kerry McCarthy")
    if not (k >= 0 and (doc[k].is_title or doc[k].is_upper) and is_title_word(doc[k].text)):
        return None
    while not initials and start - 1 > k and doc[start - 1].is_title and gender.is_first_name(doc[start - 1].text) \
            and not _a_posts_place(doc, start - 1):
        start -= 1  # a given name before the two ("Dr. Hari Prasad Adhikari")
    return doc[start:end]


def _holder_of_a_seat(entity: Span) -> Span | None:
    """"The Governor of Lagos, Babajide Sanwo-Olu,", "The Olu of Ilode, Oba Abdulrasaq Adeyemo,"
    with the name tagged a body: a name set off by commas beside a capitalised post "of" a place
    is the post's holder, a form of address before it aside."""
    doc = entity.doc
    head = entity.root.head
    if entity.root.dep_ != "appos" or head.i >= entity.start or not head.is_title \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) \
            or entity.start == 0 or doc[entity.start - 1].text != ",":
        return None
    name = without_titles(entity)
    return name if titled_name(name) and _no_word_known(name) else None


def _named_after_comma(entity: Span) -> Span | None:
    """"The Managing Director of SMRCL, Shri Pradeep Kulkarni" with "SMRCL, Shri Pradeep Kulkarni"
    tagged one body: a titled name after the comma in a body's name is a person's."""
    commas = [t.i for t in entity if t.text == ","]
    if not commas or commas[-1] + 2 >= entity.end:
        return None
    tail = entity.doc[commas[-1] + 1:entity.end]
    name = _without_roles(tail)
    return name if len(name) < len(tail) and titled_name(name) else None


def _after_title(entity: Span) -> Span | None:
    """"Chief (Mrs) Adaeze Okonkwo-Bello", "Chief Okonkwo-Bello" with the surname tagged a body: a
    name of one word (hyphens kept) after a title (or a post in lower case), and a first name
    between, is a person's."""
    doc = entity.doc
    if not all(name_word(t.text) or t.text == "-" and not t.whitespace_ for t in entity) \
            or len(entity.text.split()) > 2 or entity[0].lower_ in word_set("name_particles") \
            or {t.lower_ for t in entity} & kind_vocabulary():
        return None
    start = entity.start
    if start > 0 and doc[start - 1].pos_ == "PROPN" and name_word(doc[start - 1].text) \
            and not is_title_word(doc[start - 1].text) and not doc[start - 1].ent_type_:
        start -= 1  # the first name
    k, titled = start - 1, False
    while k >= 0 and (doc[k].text in ("(", ")") or is_title_word(doc[k].text) and doc[k].is_title):
        titled = titled or doc[k].text not in ("(", ")")
        k -= 1
    # "Fire information officer Kiran Dhaliwal": a post in lower case set on the name as its modifier
    posted = k == start - 1 and k >= 0 and doc[k].is_lower and is_title_word(doc[k].text) \
        and doc[k].dep_ == "compound" and start <= doc[k].head.i < entity.end
    return doc[start:entity.end] if titled or posted else None


def _listed_word(word: Token) -> bool:
    """A title, a person noun or a word of a body's name: no surname a name runs on to."""
    return is_title_word(word.text) or word.lower_ in kind_vocabulary() or word.lower_ in word_set("person_nouns")


def name_word(word: str) -> bool:
    """A capitalised word of letters, hyphens and apostrophes: "Baptiste-Oduya", "O'Neill", "D'Souza",
    and the capitals inside "MacKinnon", "McAllister", "DeSantis"; not a word in capitals ("NASA")."""
    parts = [p for p in re.split(r"[-'’]", word) if p]
    return bool(parts) and all(p[0].isupper() and p.isalpha() for p in parts) \
        and not (len(word) > 1 and word.isupper())


def titled_name(name: Span) -> bool:
    """Two or three capitalised words with no organisation word among them."""
    words = name.text.split()
    return 2 <= len(words) <= 3 and all(name_word(w) for w in words) \
        and not {part for w in words for part in w.lower().split("-")} & kind_vocabulary()


def _name_after_honorific(run: Span) -> Span | None:
    """"Madam Goh Siew Lan", "Mrs Ngozi Okafor": words after a title that says a person's sex (a
    form of address, gendered_words.tsv) are a name whatever the name list knows of them; after
    another title, so are words that are no English and no body's ("Engr. Babatunde Aro-Lawal")."""
    while len(run) > 2 and opens_a_title(run[0].text, run[1].text):
        run = run[1:]  # "Grand Chief Kawennakon Diabo": the title is "Chief", opened by "Grand"
    title = run[0].lower_.rstrip(".")
    if len(run) >= 4 and run[:2].text.lower() in word_set("title_phrases"):
        return run[2:] if titled_name(run[2:]) else None  # "Tan Sri Lim Kok Heng"
    if len(run) >= 3 and word_pairs("address_names").get(title) == "name":
        # "U Tin Hlaing": a form of address set only before a name of two words or more
        return run[1:] if titled_name(run[1:]) and not {w.lower_ for w in run[1:]} & kind_vocabulary() else None
    if len(run) < 3 or not is_title_word(title):
        return None
    if title not in gendered_words():
        # "Engr. Babatunde Aro-Lawal": after any title, words no list knows, neither English nor
        # a body's, are a name, though the name list knows no given name among them
        return run[1:] if titled_name(run[1:]) and _no_word_known(run[1:]) else None
    return run[1:] if titled_name(run[1:]) else None


def _from_last_title(run: Span) -> Span:
    """"Government Spokesperson Ntate Karabo Mosothoane": a run of capitals from the last title in it
    that two words or more follow, the form of address set after the post and before the name."""
    for k in range(len(run) - 3, 0, -1):
        if is_title_word(run[k].text):
            return run[k:]
    return run


def _no_word_known(run: Span) -> bool:
    """Each word of the run no English word, title or body's word; a hyphenated word is English
    only where each part is ("Obi-Nwosu" is a name, though "obi" is a word)."""
    plain = [w.lower() for w in run.text.split()]
    listed = kind_vocabulary() | word_set("name_particles") | word_set("person_nouns")
    return bool(plain) and not any(all(english(p) for p in w.split("-")) or is_title_word(w)
                                   or any(p in listed for p in w.split("-")) for w in plain)


def titled_surname(name: Span) -> bool:
    """"Madam Goh", "Mr Tan", "Alhaji Bello": the one capitalised word a title was set before, no
    title itself and no word of a body's name, is a person's name (a surname, or a family name
    written first)."""
    return len(name) == 1 and name_word(name.text) and not is_title_word(name.text) \
        and name[0].lower_ not in word_set("person_nouns") and name[0].lower_ not in kind_vocabulary()


def _untagged_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns outside every entity that pass `_name_like`."""
    col = columns(doc)
    tagged = {i for e in entities_of(doc) for i in range(e.start, e.end)}
    out, i = [], 0
    taught = _taught(doc)

    def capitalised(k: int) -> bool:
        return k < len(doc) and col.pos[k] == "PROPN" and k not in tagged and col.shape[k][:1] == "X"

    while i < len(doc):
        j = i
        while capitalised(j):
            j += 1
            if j > i and col.lower[j:j + 1] == ["-"] and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and capitalised(j + 1):
                j += 1  # "Baptiste-Oduya", split by the tokenizer
        if j > i and (name := _name_like(_without_roles(doc[i:j]), taught) or _name_after_title(doc[i:j])
                      or _aged_name(_without_roles(doc[i:j])) or _name_after_honorific(doc[i:j])
                      or _name_after_honorific(_from_last_title(doc[i:j]))
                      or _unknown_name_after_post(doc[i:j])) is not None:
            out.append(name)
        i = max(j, i + 1)
    return out


QUOTE_OPENERS, QUOTE_CLOSERS = {'"', "“"}, {'"', "”"}
TITLE_WORDS_MOST = 8


def title_in_quotes(person: Span) -> bool:
    """"The first, "Mar di Saudade", was made in Lisbon": a name wholly in quotes, set after a comma
    or a bracket and no word that gives a name ("known as", "called"), is a title, not a person."""
    doc = person.doc
    if person.start < 2 or person.end >= len(doc) or doc[person.start - 1].text not in QUOTES \
            or doc[person.end].text not in QUOTES and not (person.end + 1 < len(doc) and doc[person.end].is_punct
                                                           and doc[person.end + 1].text in QUOTES):
        return False
    return doc[person.start - 2].text in (",", "(") and not _gives_a_name(doc[max(person.start - 3, 0)])


def _gives_a_name(word: Token) -> bool:
    """"known as", "called", "named": the word before a quoted name that gives it as a name."""
    return word.lower_ == "as" or word.lemma_.lower() in word_set("naming_verbs")


def _inside_a_quoted_title(person: Span) -> bool:
    """"Her first cookbook, "Salt, Cumin and Memory," comes out next month": a name inside quotes
    opened after a comma and closed within a few words, every word of it capitalised but the
    small ones, is a word of a title, no one's name; a name given after "known as" or "called" is."""
    doc = person.doc
    sent = person.sent
    opening = next((k for k in range(person.start - 1, max(sent.start, person.start - TITLE_WORDS_MOST) - 1, -1)
                    if doc[k].text in QUOTE_OPENERS | QUOTE_CLOSERS), None)
    if opening is None or doc[opening].text not in QUOTE_OPENERS or opening == 0 or doc[opening - 1].text != "," \
            or opening >= 2 and _gives_a_name(doc[opening - 2]):
        return False
    closing = next((k for k in range(person.end, min(sent.end, opening + TITLE_WORDS_MOST + 2))
                    if doc[k].text in QUOTE_CLOSERS), None)
    if closing is None or closing - opening - 1 < len(person) + 1:
        return False  # the name alone in quotes is left to the mentions (a nickname, a title)
    words = [t for t in doc[opening + 1:closing] if t.is_alpha]
    return all(t.is_title or t.is_lower and len(t) <= 4 for t in words)


AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


def _taught(doc: Doc) -> frozenset[str]:
    """Given names the text taught ("Arifur said"): given_taught.py."""
    return given_names_taught(doc, english, lambda w: is_title_word(w) or w.lower() in kind_vocabulary())


def _aged_name(name: Span) -> Span | None:
    """"Mabel Hargreaves, 86, has lived …": a common first name and a surname that is also an English
    word pass as a name where an age is set beside them, as news does only for people."""
    words = name.text.split()
    if not 2 <= len(words) <= 3 or not all(name_word(w) for w in words) \
            or {part for w in words for part in w.lower().split("-")} & kind_vocabulary() \
            or gender.from_first_name(words[0]) is None:
        return None
    return name if AGE_AFTER.match(text_of(name.doc), name.end_char) else None


TITLE_JOINERS = {"for", "of", "and", "the", "&"}
# the most tokens a title before a name runs to ("U.S. Attorney for the Eastern District of New
# York"); reading no further back keeps a text set all in capitals linear
TITLE_TOKENS_MOST = 24


def _name_after_title(run: Span) -> Span | None:
    """"Minister for Water and Emergency Services Bronwyn Tate": the name that ends a run of
    capitals carrying on a title (one opened by a word for a post), when the tagger saw no name."""
    if not _carries_a_post(run):
        return None
    for size in (2, 3):
        if len(run) > size and (name := _name_like(run[len(run) - size:])) is not None:
            return name
    # after a post, a first name and one more word are a name, even one that is also a word ("Wight")
    return run[-2:] if len(run) > 2 and _first_and_surname(run[-2:]) else None


def _unknown_name_after_post(run: Span) -> Span | None:
    """"Minister of Public Works Bishram Doobay": where no other test finds a name, the last two
    or three whole words of a run carrying on a post's title that no list knows, none in capitals
    (a body's letters: "Elektr Tarmak OJSC"), are one."""
    if len(run) < 3 or not _carries_a_post(run):
        return None
    k = len(run)
    while k > 0 and len(run) - k < 3 and run[k - 1].is_alpha and run[k - 1].is_title and _no_word_known(run[k - 1:k]):
        k -= 1
    name = run[k:]
    return name if len(name) >= 2 and k > 0 and run[k - 1].text != "-" and run[k - 1].whitespace_ else None


def _carries_a_post(run: Span) -> bool:
    """Whether the run of capitals is, or carries on, a title opened by a word for a post; a title
    may be hard-wrapped, but never runs on from the paragraph before."""
    first, furthest = run.start, max(0, run.start - TITLE_TOKENS_MOST)
    while first > furthest and (run.doc[first - 1].is_title or run.doc[first - 1].lower_ in TITLE_JOINERS
                                or run.doc[first - 1].is_space and "\n\n" not in run.doc[first - 1].text):
        first -= 1
    while run.doc[first].is_space:
        first += 1  # a paragraph's break before the title is no word of it
    posts = word_set("titles") | word_set("person_nouns")
    # the post may open the title or follow where it is held: "U.S. Attorney for the District of …"
    openers = [t.lower_.rstrip(".") for t in run.doc[first:min(first + 2, run.end)]]
    return not (first == run.start and len(run) < 3) and any(w in posts for w in openers)


INITIAL = re.compile(r"[A-Z]\.")


def _initials_before(entity: Span) -> int:
    """How many initials ("R.", "M. K.") stand before the surname that ends the entity, with a
    capitalised word before them: a body's name ends on no initials and a surname."""
    last = entity[-1]
    if not name_word(last.text) or english(last.lower_) or last.lower_ in kind_vocabulary() or is_title_word(last.text):
        return 0
    n = 0
    while n < len(entity) - 2 and INITIAL.fullmatch(entity[-2 - n].text):
        n += 1
    return n if n and entity[-2 - n].is_title and not INITIAL.fullmatch(entity[-2 - n].text) else 0


def _first_and_surname(name: Span) -> bool:
    """Two capitalised words, the first a first name, neither a title nor a word of a body's kind."""
    return len(name) == 2 and all(name_word(t.text) for t in name) and gender.is_first_name(name[0].text) \
        and not any(is_title_word(t.text) for t in name) and not {t.lower_ for t in name} & kind_vocabulary()


def _without_roles(run: Span) -> Span:
    """A run of capitalised words less the titles and words for people that open it: "Widow
    Maureen Pickering", "Cellist Noor Baig" (a headline's or a tabloid's way of naming)."""
    roles = word_set("titles") | word_set("person_nouns") | word_set("epithets")
    while len(run) > 1 and (run[0].lower_.rstrip(".") in roles or unlisted_title(run)):
        run = run[1:]
    return _without_leading_post(run)


def _unknown_words(run: Span) -> bool:
    """Whether no word of the run (no part of a hyphenated one) is English, a title or a word of a
    body's kind, and none opens a place's name ("San"): a name no list knows, as "Nikau Pere"."""
    parts = [part for t in run if t.text != "-" for part in t.lower_.split("-")]
    return bool(parts) and not any(english(p) or p in kind_vocabulary() or is_title_word(p)
                                   or p in word_set("name_particles") or p in word_set("person_nouns") for p in parts)


def _name_like(name: Span, taught: frozenset[str] = frozenset(), surnames: frozenset[str] = frozenset()) -> Span | None:
    """A common first name (or one the text taught, given_taught.py) followed by one or two words
    that are not English words (or end on a surname the text taught), with no organisation word
    among them. "Morgan Stanley" and "Georgia Power" stay organisations only
    through the word test, so both tests must hold. A hyphenated surname counts as one word."""
    words = name.text.split()
    # "Maria das Graças Foster" read as a body: a surname's particles inside say a person's name,
    # whose last word may then be an English one, as surnames often are
    particles = [w for w in words[1:-1] if w in word_set("surname_particles") and w not in JOINS]
    words = [w for w in words if w not in particles] if name.label_ not in ("FAC", "LOC", "GPE") else words
    if not (2 <= len(words) <= 3 or _two_given_two_surnames(words)) or not all(name_word(w) for w in words):
        return None
    lowered = {part for w in words for part in w.lower().split("-")}
    if words[0].lower() in word_set("name_particles") or lowered & kind_vocabulary():
        return None
    if english(words[-1].lower().split("-")[-1]) and not particles and words[-1] not in surnames \
            and not _two_given_two_surnames(words) \
            or _given_name_sex(words[0]) is None and words[0] not in taught:
        return None
    return name


def _given_name_sex(word: str) -> str | None:
    """The sex a given name leans to; a hyphened one's ("Marie-Noëlle", "Jean-Baptiste") by its first part."""
    return given_name_sex(word) or (given_name_sex(word.split("-")[0]) if "-" in word else None)


def _two_given_two_surnames(words: list[str]) -> bool:
    """"María Guadalupe Treviño Leal": two given names and two surnames, as Spanish and Portuguese
    names are written in full; the first surname is no English word (the second may be: "Leal")."""
    return len(words) == 4 and given_name_sex(words[1]) is not None and not english(words[2].lower())


@lru_cache(maxsize=1)
def kind_vocabulary() -> frozenset[str]:
    """Every word of kinds.json: built once, as `_name_like` runs on every proper-noun run."""
    return frozenset().union(*kind_words().values())


def opens_on_letters(name: str) -> bool:
    """"CFO Marta Lindqvist", "NDP Leah Mbeki", "NFSA Administrator Renata Okafor": three to five
    capitals, and any titles, before a given name and one more capitalised word, none a body's word
    ("NHS Foundation Trust"), are the person's post or party, no part of the name. Two capitals
    ("AJ Hinch") are a person's own initials."""
    first, *rest = name.split()
    while len(rest) > 2 and is_title_word(rest[0]):
        rest = rest[1:]
    return 3 <= len(first) <= 5 and first.isalpha() and first.isupper() and len(rest) >= 2 \
        and gender.is_first_name(rest[0]) and all(w[:1].isupper() for w in rest) \
        and not {w.lower() for w in rest} & kind_vocabulary()


def post_before_name(name: str) -> tuple[str, str] | None:
    """"Barabanki SP Nitin Kumar Bhadauria": capitalised words for a place or a body, a post, then a
    known first name (or initials: "Vannappuram MLA P. T. Nair") and a surname are a person with
    their post; as (post, name), else None."""
    words = name.split()
    for k in range(1, len(words) - 2):
        opens = gender.is_first_name(words[k + 1]) or INITIAL.match(words[k + 1]) is not None \
            and any(INITIAL.match(w) is None for w in words[k + 2:])
        if is_title_word(words[k]) and opens and all(w[:1].isupper() for w in words) \
                and not {w.lower() for w in words[k + 1:]} & kind_vocabulary():
            return " ".join(words[:k + 1]), " ".join(words[k + 1:])
    return None


VOWELS = set("aeiouy")


def english(word: str) -> bool:
    """Whether the word (lower case) is an English word. One with no vowel is none, whatever the
    word list says of it: the list holds "ng" as letters, and Ng is a family name."""
    if not VOWELS & set(word):
        return False
    known = english_words()
    return word in known or any(word.endswith(end) and word[:-len(end)] + add in known
                                for end, add in (("s", ""), ("es", ""), ("ies", "y")))


def first_names(doc: Doc) -> frozenset[str]:
    """The first words of the full names of people (`person_entities`), less any that is also a
    surname here or opens a body's name."""
    memory = scratch(doc)
    if "first_names" not in memory:
        people = person_entities(doc)
        firsts = {p[0].text for p in people if len(p) > 1 and (p[0].is_title or glottal_name(p[0].text))}
        # "Shafiqul" of "Md Shafiqul Alam Chowdhury": the given name after an opener of names
        firsts |= {p[1].text for p in people if len(p) > 2 and p[0].lower_ in word_set("given_name_openers")
                   and p[1].is_title}
        full = {p.text for p in people}
        bodies = {first for first, name in organisation_names(doc).items() if name not in full}
        memory["first_names"] = frozenset(firsts - person_surnames(doc) - bodies)
    return memory["first_names"]


def surname_of(name: str) -> str:
    """The last word of a name, hyphens kept, a possessive and a generation dropped: "Tim Canova's"
    is Canova, "Fiona Rudd-Carver" is Rudd-Carver, "Almaz Toktogul uulu" is Toktogul uulu
    (patronyms.py), "Kwaku Duah Ampofo-Twum II" is Ampofo-Twum; "Chiang Po-yu" is Chiang, the family name
    written first (syllable_given_names.py)."""
    if (patronymic := patronymic_surname(POSSESSIVE.sub("", name))) is not None:
        return patronymic
    words = POSSESSIVE.sub("", name).split()
    if len(words) > 2 and is_generation(words[-1]):
        words = words[:-1]  # "Kwaku Duah Ampofo-Twum II" is an Ampofo-Twum
    if (family := family_name_before_syllables(words)) is not None:
        return family  # "Chiang Po-yu" is a Chiang
    return words[-1] if words else name


def person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the names of people (`person_entities`), and the first of two surnames
    ("Quintero" of "Hernán Darío Quintero Lozano", "Chau" of "Edmund Chau Wing-lok")."""
    memory = scratch(doc)
    if "surnames" not in memory:
        names = [text_of(doc)[e.start_char:e.end_char] for e in person_entities(doc)]
        memory["surnames"] = frozenset([surname_of(name) for name in names]
                                       + [words[-2] for name in names if len(words := name.split()) >= 3
                                          and gender.from_first_name(words[0]) is not None and name_word(words[-2])])
    return memory["surnames"]


def organisation_names(doc: Doc) -> dict[str, str]:
    """The first word of each name of several words the tagger found as an organisation, with
    the whole name: "Hartwell said" names Hartwell Bank."""
    memory = scratch(doc)
    if "organisations" not in memory:
        memory["organisations"] = {e[0].text: e.text for e in entities_of(doc)
                                   if e.label_ == "ORG" and len(e) > 1 and e[0].is_title
                                   and not any(t.like_num for t in e)}  # not "Patriot 13 percent"
    return memory["organisations"]


NAME_JOINERS = {"of", "and", "for", "the", "de", "du", "la", "le", "van", "von", "da", "del", "&", "on", "in", "at"}


def offsets_of(span: Span, name: str) -> tuple[int, int]:
    """Where `name` lies in the span's text (its start when not found)."""
    at = max(span.text.find(name), 0)
    return span.start_char + at, span.start_char + at + len(name)


CORPORATE_SUFFIX = re.compile(r",?\s+(?:inc|ltd|llc|corp|plc|co|l\.l\.c|n\.v|s\.a)\.?$", re.IGNORECASE)


def without_suffix(name: str) -> str:
    """"Fenwick Tractor Works, Inc." is Fenwick Tractor Works to a reader; a subject line's
    "Wexcombe Milling plc - annual results" that the tagger took whole is Wexcombe Milling."""
    short = CORPORATE_SUFFIX.sub("", bodies.DASHED_TAIL.sub("", name))
    return short if len(short.split()) >= 2 else name


def without_place(name: str, ents: list[Span]) -> str:
    """"Apex Vidya Academy in Navapur": where a body is is no part of its name; "Bank of America"
    and a place inside the tagger's name for the body are."""
    for place in (e for e in ents if e.label_ == "GPE"):
        short = name.removesuffix(f" in {place.text}")
        if short != name and any(e.label_ == "ORG" and strip_det(e.text) == short for e in ents):
            return short
    return name


def past_descriptor(name: str, nouns: bool = True) -> str:
    """"Shipping group Nordhavn Lines", "Athens-based Kostaris Shipmanagement": what the firm is,
    set before its name (a lower-case noun, unless `nouns` is off, a "-based" or "-listed" word), is no part
    of the name."""
    words = name.split()
    cut = max((i + 1 for i, w in enumerate(words[:-1])
               if (nouns and w.islower() and w not in NAME_JOINERS or bodies.attributive(w))
               and words[i + 1][:1].isupper()), default=0)
    return " ".join(words[cut:]) if cut else name


def in_full(doc: Doc, name: str) -> str:
    """"Kestrel said" where the article named Kestrel Athletic: the one longer organisation name
    that opens with the words of a short one."""
    longer = {text for text, full in _organisation_names(doc) if full.startswith(name + " ")}
    return longer.pop() if len(longer) == 1 else name


def _organisation_names(doc: Doc) -> list[tuple[str, str]]:
    """(name without a possessive, text) of each organisation entity with no number in it, once per doc."""
    memory = scratch(doc)
    if "organisation_names" not in memory:
        memory["organisation_names"] = [(POSSESSIVE.sub("", e.text), e.text) for e in entities_of(doc)
                                        if e.label_ == "ORG" and not any(t.like_num for t in e)]
    return memory["organisation_names"]


def from_capitals(words: str) -> str:
    """A name set in capitals as a reader writes it: "GUMBO-MUCHENA" is Gumbo-Muchena."""
    return re.sub(r"[A-Z]+", lambda part: part.group().capitalize(), words)


def _named_beside_a_business(person: Span) -> bool:
    """"Her Riyadh studio, Sadu Works, employs six weavers" with the name tagged a person: a name set
    just after a word for a place of business and its comma (kinds.json business_words) is the business's."""
    head = person.root.head
    return person.root.dep_ == "appos" and person.start == head.i + 2 and head.pos_ == "NOUN" \
        and head.lemma_.lower() in kind_words()["business_words"] and person.doc[person.start - 1].text == ","


def _post_joined_to_a_post(person: Span) -> bool:
    """"Founder and managing director Iain MacDougall" with "Founder" tagged a person: one title word
    joined by "and" to a post in lower case is a post too, whatever surname it may also be."""
    doc, end = person.doc, person.end
    return len(person) == 1 and is_title_word(person.text) and end + 1 < len(doc) and doc[end].lower_ in ("and", "&") \
        and any(t.is_lower and is_title_word(t.text) for t in doc[end + 1:min(end + 4, len(doc))])


def titles_only(words: list[str]) -> bool:
    """"Hon'ble Minister": two title words or more, naming no one (one alone may be a surname: "Barr")."""
    return len(words) > 1 and all(is_title_word(w) for w in words)


def opens_a_title(first: str, second: str) -> bool:
    """"Grand Chief", "Regional Chief", "Band Councillor": a capitalised word that opens a longer
    title (title_openers.txt) before a title word is part of the title, no name of its holder's."""
    return first[:1].isupper() and first.lower() in word_set("title_openers") and is_title_word(second)


def _short_title(word: str) -> bool:
    """A title written short ("Dr.", "Dr", "Prof", "Sen."): titles.txt lists it with its stop. What
    follows one is a name, never another post."""
    return f"{word.lower().rstrip('.')}." in word_set("titles")


def address_before_name(person: Span) -> bool:
    """Whether the name opens on a form of address that is also a name (address_names.tsv): "Ato
    Dawit Gebremariam" is Dawit Gebremariam, where "Ato Boldon" is a name; "Ma Annie Flomo" is
    Annie Flomo, where "Ma Kok Wai" opens on a family name (a first name the list knows must
    follow, and the last word must be no first name)."""
    need = word_pairs("address_names").get(person[0].lower_.rstrip("."))
    name = person[2:] if len(person) > 1 and person[1].text == "." else person[1:]  # "Bi." split from its stop
    if len(name) > 2 and is_generation(name[-1].text):
        name = name[:-1]  # "Nana Kwaku Duah Ampofo-Twum II": the generation is no test of the name
    words = name.text.split()  # "Ampofo-Twum" one word, as written
    if need == "word":  # "M. de Walque", "Me Oberson"; "M. N. Gowda" opens on an initial
        return bool(words) and not INITIAL.fullmatch(words[0]) and name_word(words[-1])
    if need is None or not words or not _name_words(words):
        return False
    if len(words) == 1:
        # "Nana Ampofo-Twum" after "Nana Kwaku Duah Ampofo-Twum II": the same honour, given once in full
        return (person[0].lower_.rstrip("."), words[0]) in _honoured_in_full(person.doc)
    return _an_honour_before(need, words)


def _an_honour_before(need: str, words: list[str]) -> bool:
    """Whether a form of address that is also a name (address_names.tsv) is the address before
    `words` (two or more): before any name, before a known first name and a surname no list gives,
    or before three names or more ("Don Anselmo Tzul Ixcot", "Adi Mere Ravoka Qalo": a name that
    opens on the address has no more than three words)."""
    return need == "name" or gender.is_first_name(words[0]) and not gender.is_first_name(words[-1]) \
        or len(words) >= 3


def _name_words(words: list[str]) -> bool:
    """A name's words: each a name's word, a particle between them aside ("Tamim bin Hamad")."""
    return name_word(words[0]) and name_word(words[-1]) and all(name_word(w) or w in name_particles() for w in words[1:-1])


HONOURED_NAME = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]*)")


def _honoured_in_full(doc: Doc) -> frozenset[tuple[str, str]]:
    """(form of address, surname) of each name the text gives in full after a form of address that
    is also a name (address_names.tsv), where the address is an honour by `address_before_name`'s
    test: "Nana Kwaku Duah Ampofo-Twum II" gives ("nana", "Ampofo-Twum")."""
    memory = scratch(doc)
    if "honoured_in_full" not in memory:
        addresses, found = word_pairs("address_names"), set()
        for m in HONOURED_NAME.finditer(text_of(doc)):
            need, words = addresses.get(m.group(1).lower()), m.group(2).split()
            if len(words) > 2 and is_generation(words[-1]):
                words = words[:-1]
            if need is not None and len(words) >= 2 and _name_words(words) and _an_honour_before(need, words):
                # "Nana Ampofo-Twum" by the surname; "Don Anselmo", as Spanish honours, by the first name
                found.update({(m.group(1).lower(), words[-1]), (m.group(1).lower(), words[0])})
        memory["honoured_in_full"] = frozenset(found)
    return memory["honoured_in_full"]


def without_generation(person: Span) -> Span:
    """"Kwaku Duah Ampofo-Twum II" read up to its surname: a generation after a full name is no
    part of what a surname alone stands for (generations.py gives it back to the name)."""
    return person[:-1] if len(person) > 2 and is_generation(person[-1].text) else person


def without_titles(person: Span) -> Span:
    """A person's name without the titles the tagger took into it: "Cllr Kaur" is Kaur,
    "Harbourmaster Ilse Vandrecht" is Ilse Vandrecht (`unlisted_title`), "Murat Yıldırım Bey" is
    Murat Yıldırım (`less_address_after`)."""
    person = less_address_after(person)
    titled = False
    while len(person) > 1:
        if is_title_word(person[0].text) or address_before_name(person) \
                or opens_a_title(person[0].text, person[1].text):
            titled = True  # what follows a known title is a name: "Alhaji Aliko Musa Bello" keeps "Aliko"
        elif titled and person[0].is_title or not (unlisted_title(person) or role_word_opening(person)):
            break
        person = person[2:] if person[1].text == "." and len(person) > 2 else person[1:]
    return person


def less_address_after(person: Span) -> Span:
    """"Murat Yıldırım Bey" named Murat Yıldırım: a form of address after a name (address_after_names.txt)
    is no part of the name, though the span keeps it (it is the mention's head to the parser)."""
    return person[:-1] if len(person) > 1 and person[-1].lower_ in word_set("address_after_names") else person


def spoken_name(person: Span) -> str:
    """A person's name as the text writes it, less titles and a possessive: "Faris al-Majali" with
    its hyphen set as written, never "Faris al - Majali" (the tagger's tokens joined by spaces)."""
    return " ".join(without_possessive(without_titles(person)).split())


def without_possessive(tokens) -> str:
    """The tokens' text less a possessive, the space it carried kept: "Leitrim Farmers' Association"
    is "Leitrim Farmers Association", never "Leitrim FarmersAssociation"."""
    return "".join(t.whitespace_ if t.tag_ == "POS" else t.text_with_ws for t in tokens).strip()


def unlisted_title(run: Span) -> bool:
    """Whether the run opens on a title no lexicon lists ("Harbourmaster", "Coroner", "Magistrate"
    Ilse Vandrecht): a capitalised word that is no first name, set before a first name that a
    surname follows. A name never opens on a word that is not a name before a first name, so
    this holds for any title, in the lexicon or not; a name of two words is left alone, and so
    is a run that ends on an English word, as a body's name does ("Apex Vidya Academy"), and one
    set right after a short title the tagger left out of it: "Dr. Amna Osman Elhassan" opens on a
    name (where "Head Groundskeeper Ann Lee" opens on a post)."""
    if len(run) < 3 or not run[0].is_title or not run[0].is_alpha \
            or run[0].lower_ in word_set("name_particles") or gender.is_first_name(run[0].text) \
            or family_name_first(run[0].text) or run[0].text in _taught(run.doc) \
            or run.start > 0 and _short_title(run.doc[run.start - 1].text):  # "Pham Minh Chinh"; "Dr. Amna"
        return False
    # "Younis Al Balushi": "Al" opens a surname, though "Al" is a given name too
    return gender.is_first_name(run[1].text) and run[1].is_title and run[1].lower_ not in word_set("name_particles") \
        and all(name_word(t.text) for t in run[2:]) and run[-1].tag_ != "POS" \
        and not {t.lower_ for t in run} & kind_vocabulary() and not english(run[-1].lower_)  # "Apex Vidya Academy"
