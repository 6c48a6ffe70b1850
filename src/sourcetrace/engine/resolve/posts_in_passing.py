""""Inspector General of Police Usman Baba visited the scene. … The IGP said …": a post said alone
is the one person the text titled with it before, even where that person spoke nowhere before and
so is no source to join (coref.py joins a post to a source that holds it)."""
from __future__ import annotations

from spacy.tokens import Doc

from .coref import posts_in
from ..lexicon import word_set
from .names import is_title_word, person_entities, spoken_name, without_titles

TITLE_WORDS_MOST = 6  # "Inspector General of Police", "Commissioner of Police, CP"


def name_posts_in_passing(doc: Doc, entity_of: dict) -> None:
    """Name each person known only by a post after the one person the text titled so before (in
    place); none where two were."""
    named = {e.name for e in entity_of.values() if e.named}
    for e in {id(e): e for e in entity_of.values()}.values():
        # "The IGP" a named body to the tagger; a post all the same
        if e.named and not _only_post_words(e.name) or e.kind not in ("person", "organization") \
                or e.kind == "organization" and not _only_post_words(e.name) or not e.mentions:
            continue
        wanted = posts_in(e.name)
        if not wanted:
            continue
        first = min(x.start for x in e.mentions)
        holders = set()
        for person in person_entities(doc):
            if person.end_char > first:
                break
            sentence_start = person.sent.start
            title = doc[max(person.start - TITLE_WORDS_MOST, sentence_start):person.start]
            if title.text and posts_in(title.text + " " + person[:len(person) - len(without_titles(person))].text) & wanted:
                holders.add(spoken_name(person))
        if len(holders) == 1 and (name := holders.pop()) not in named and len(name.split()) > 1:
            e.name, e.named, e.surname, e.kind = name, True, name.split()[-1], "person"
            named.add(name)


def _only_post_words(name: str) -> bool:
    """"IGP", "Auditor-General", "Commissioner": a name the tagger gave a post, no one's name."""
    words = [w for part in name.split() for w in part.split("-")]
    return bool(words) and all(is_title_word(w) or w.lower() in word_set("person_nouns") | {"of", "the", "general", "auditor"}
                               for w in words)
