"""Full names the tagger missed whose surname the text gives a person with a title: "Mrs
Pritchard-Jones said …" makes "Eirlys Pritchard-Jones" and "Huw Pritchard-Jones" people's names
wherever they stand, tagged a body or left untagged, so the mother and her son are two people and
"Mrs Pritchard-Jones" is not the daughter who alone was tagged in full."""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Span

from ..parse import text_of

MOST_SURNAMES = 4  # titled surnames looked for: a story names few families


def named_with_titled_surnames(doc: Doc, people: list[Span], title_word: Callable[[str], bool],
                               name_word: Callable[[str], bool]) -> list[Span]:
    """The spans "<capitalised word> <surname>" for each surname that a title alone goes before in
    `people` ("Mrs Pritchard-Jones"), that lie in no name of `people`."""
    surnames = {p[1:].text for p in people if len(p) > 1 and title_word(p[0].text) and " " not in p[1:].text
                and name_word(p[1:].text)}
    if not surnames or len(surnames) > MOST_SURNAMES:
        return []
    taken = {i for p in people for i in range(p.start, p.end)}
    text, found = text_of(doc), []
    for surname in surnames:
        for hit in re.finditer(rf"\b([A-Z][\w'’]+) {re.escape(surname)}\b", text):
            span = doc.char_span(hit.start(), hit.end())
            if span is None or taken & set(range(span.start, span.end)) or title_word(hit.group(1)) \
                    or not name_word(hit.group(1)) or span[0].is_sent_start and span[0].pos_ != "PROPN":
                continue
            found.append(span)
    return found
