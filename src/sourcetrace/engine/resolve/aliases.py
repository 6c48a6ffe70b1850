"""A name a person is known by: "Jassim Al-Saadi, known to his neighbours as Abu Mustafa, …" and
later "Abu Mustafa said" is Jassim Al-Saadi speaking. Which verbs give such a name is data
(alias_verbs.txt). A title used as a name the other way round: "Group Village Head (GVH) Kauma,
whose real name is Elube Phiri, testified …" and "GVH Kauma said" is Elube Phiri."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import is_title_word, word_set
from ..parse import entity_at, parsed_text
from .coref import move_mention
from .names import without_possessive, without_titles


def aliases(doc: Doc) -> dict[str, str]:
    """Each name given as what a person is known by ("Abu Mustafa"), lower case, to the person's
    name as written ("Jassim Abdul-Wahid Al-Saadi")."""
    out = {}
    for verb in doc:
        person = verb.head
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in word_set("alias_verbs") \
                or person.ent_type_ != "PERSON":
            continue
        alias = next((t for t in verb.subtree if t.pos_ == "PROPN" and (
            t.dep_ == "pobj" and t.head.lower_ == "as" or t.dep_ in ("oprd", "attr") and t.head.i == verb.i)), None)
        whole = entity_at(doc, person.i)
        if alias is None or whole is None:
            continue
        words = [t.text for t in alias.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [alias.text]
        out[" ".join(words).lower()] = without_possessive(without_titles(whole))
    return out | _real_names(parsed_text(doc))


_NAME = r"[A-Z][\w'’-]+"
REAL_NAME = re.compile(rf"((?:{_NAME}\s+){{0,3}}{_NAME}),\s+whose\s+(?:real|full|legal|given|official|birth)\s+"
                       rf"name\s+is\s+((?:{_NAME}\s+){{1,3}}{_NAME})")


def _untitled(name: str) -> str:
    """The name past the last title or letters in it ("Group Village Head (GVH) Chanza": Chanza)."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if is_title_word(w.strip("()")) or w.strip("()").isupper()),
               default=-1)
    return " ".join(words[last + 1:])


def _real_names(text: str) -> dict[str, str]:
    """"T/A Mwanzakamba, whose real name is Wilson Kalulu Banda": the words before the comma, less
    the titles and letters that open them, are what the text then calls the person."""
    out = {}
    for match in REAL_NAME.finditer(text):
        out[_untitled(match.group(1)).lower()] = " ".join(match.group(2).split())
    return out


def join_aliases(doc: Doc, entity_of: dict) -> None:
    """Join each source known by an alias to the person known so, or name it so (in place)."""
    known = aliases(doc)
    if not known:
        return
    entities = list({id(e): e for e in entity_of.values()}.values())
    by_name = {e.name.lower(): e for e in entities if e.kind == "person" and e.named}
    for e in entities:
        name = known.get(e.name.lower()) or known.get(_untitled(e.name).lower())
        if name is None:
            continue
        into = by_name.get(name.lower())
        if into is None or into is e:
            e.name, e.named, e.kind, e.surname = name, True, "person", name.split()[-1]
            continue
        for m in list(e.mentions):
            move_mention(m, into, entity_of)
