"""The text's language, offline, with py3langid: the corpus stores non-English articles marked
and does not analyse them."""
from __future__ import annotations

import re
from functools import lru_cache

from sourcetrace.contract import Article

# Enough text to be sure, little enough that the cost does not grow with the article.
SAMPLE_CHARS = 10_000
# Below this probability (py3langid's normalised one) the language is left unknown.
MIN_CONFIDENCE = 0.5
_ISO_639_1 = re.compile(r"^[a-z]{2}$")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too little text or too unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    code, confidence = _identifier().classify(sample)
    return code if confidence >= MIN_CONFIDENCE and _ISO_639_1.match(code) else None


def with_language(article: Article) -> Article:
    """The article with `meta.language` detected from its text (an undetermined one stays None)."""
    return article.model_copy(update={"meta": article.meta.model_copy(
        update={"language": detect_language(article.text)})})


def is_english(article: Article) -> bool:
    """True when the article is English, or its language cannot be told (too short to judge:
    the engine may still try). Detects the language when ingest has not set it."""
    language = article.meta.language or detect_language(article.text)
    return language in (None, "en")
