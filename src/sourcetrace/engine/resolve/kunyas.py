"""Arabic kunyas, the names parents go by after their eldest child: "Umm Yazan" (mother of Yazan),
"Abu Khalil" (father of Khalil). News names people so, often with no other name, and the tagger
seldom tags the two words a person's: a kunya word (kunyas.txt) and the capitalised name after it,
outside every name and place the tagger found, are a person's name."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import word_set
from ..parse import entities_of


def kunya_names(doc: Doc, people: list[Span], english) -> list[Span]:
    """`people` with each untagged kunya ("Shopkeeper Umm Yazan, 54, …") added; the word after the
    kunya word is no English word ("Um, Sunday" is no one), and may be hyphened ("Abu al-Khair")."""
    kunyas = word_set("kunyas")
    tagged = {i for e in entities_of(doc) for i in range(e.start, e.end)} | {i for p in people for i in range(p.start, p.end)}
    found = []
    for t in doc:
        if t.lower_ not in kunyas or not t.is_title or t.i in tagged or t.i + 1 >= len(doc) or not t.whitespace_:
            continue
        name = doc[t.i + 1]
        end = t.i + 2
        if name.lower_ in word_set("name_particles") and end + 1 < len(doc) and doc[end].text == "-" \
                and not name.whitespace_ and not doc[end].whitespace_:
            name, end = doc[end + 1], end + 2  # "Abu al-Khair"
        if name.is_alpha and name.is_title and not english(name.lower_) and not tagged & set(range(t.i, end)):
            found.append(doc[t.i:end])
    return sorted(people + found, key=lambda p: p.start) if found else people
