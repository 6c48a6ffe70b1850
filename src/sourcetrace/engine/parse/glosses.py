"""A name glossed in its own script in brackets after it, as Taiwanese, Hong Kong, Korean and
Japanese outlets in English write: "Chiang Po-yu (江柏宇)", "Kim Min-jun (김민준)". The small model
reads the bracketed characters as one more proper noun and attaches the name to whatever comes
before it, so the name loses its clause. The parse copy blanks the gloss (brackets and the space
before them), and the blank is left out of the doc the pipeline runs on, as a wrap's space is
(`unwrap.py`); the original text keeps it.

So is a post glossed in the other tongue, one or two words in brackets after the post's word, the
post in either ("the village mayor (Pulenu'u), Tavita Lemalu", "The Naalakkersuisoq (minister) for
Fisheries, Nivi Olsen"): with the bracket between, the parser hangs the name on nothing. Letters
in capitals ("(GVH)") are a short form, kept."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import is_title_word

# Scripts a name is glossed in: Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, Hangul, kana, CJK
_OTHER_SCRIPT = ("\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff"
                 "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af")
GLOSS = re.compile(rf"(?<=\w) \([{_OTHER_SCRIPT}][{_OTHER_SCRIPT}·・ ]{{0,30}}\)")
POST_GLOSS = re.compile(r"([\w'’-]+) \(([\w'’-]+(?: [\w'’-]+)?)\)(?=,| for | of )")


def glosses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each gloss in another script, the space before its bracket included."""
    return list(_glosses(text))


@lru_cache(maxsize=8)  # asked of one text by the parse copy and the windows, as `breaks._wraps` is
def _glosses(text: str) -> tuple[tuple[int, int], ...]:
    posts = [(m.end(1), m.end()) for m in POST_GLOSS.finditer(text)
             if not m.group(2).isupper() and (is_title_word(m.group(1)) or is_title_word(m.group(2).split()[-1]))]
    return tuple(sorted([m.span() for m in GLOSS.finditer(text)] + posts))
