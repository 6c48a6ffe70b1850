"""Text clean-up shared by the lexical and the embedding side: tweets carry URLs, handles, hashtags and emoji."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

URL = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S*", re.I)
HANDLE_OR_TAG = re.compile(r"[@#](\w+)")
# Split camelCase, ALLCapsWord and letter/digit boundaries inside hashtags and handles.
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
WORD = re.compile(r"\w+(?:'\w+)?")
# A tweet as quoted on the web ends "— Name (@handle) January 5, 2020": who posted it, not what it says.
SIGNATURE = re.compile(r"\s[\u2014\u2013-]\s[^\u2014\u2013]{0,80}\(@\w+\)[^()\u2014\u2013]{0,30}$")
NAME = re.compile(r"\b[A-Z][\w'\u2019]*")
DATA = Path(__file__).with_name("data")


def _split_tag(match: re.Match) -> str:
    return " " + CAMEL.sub(" ", match.group(1).replace("_", " ")) + " "


def _keep(char: str) -> bool:
    # Emoji, pictographs and flags are symbols (So/Sk) or regional indicators; currency and maths signs stay.
    return not unicodedata.category(char) in ("So", "Sk", "Cs", "Co", "Cn", "Mn")


def clean(text: str) -> str:
    """Plain prose from a tweet or claim: no links, hashtags and handles as words, no emoji."""
    text = URL.sub(" ", text)
    text = HANDLE_OR_TAG.sub(_split_tag, text)
    text = "".join(ch for ch in text if _keep(ch))
    return " ".join(text.split())


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = (DATA / "stopwords.txt").read_text(encoding="utf-8").split()
    return frozenset(word for word in lines if not word.startswith("#"))


def stem(word: str) -> str:
    """A light plural/possessive fold, enough for 'vaccines'/'vaccine' without a stemmer's false merges."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Lowercased, stemmed content words of the cleaned text."""
    stop = stopwords()
    words = (w.lower().replace("\u2019", "'") for w in WORD.findall(clean(text).replace("\u2019", "'")))
    return [stem(w) for w in words if w not in stop]


def body(text: str) -> str:
    """The text less a trailing tweet signature (the whole text where there is none)."""
    return SIGNATURE.sub("", text) or text


def names(text: str) -> set[str]:
    """Capitalised content words (names, mostly), folded as `tokens` folds them; a word in capitals throughout
    counts too, as tweets shout names."""
    stop = stopwords()
    words = (w.lower().replace("\u2019", "'") for w in NAME.findall(clean(text)))
    return {stem(w) for w in words if w not in stop}


def numbers(text: str) -> set[str]:
    """The figures a text gives, digits only ('1,200' and '1200' are one)."""
    return {w.replace(",", "") for w in re.findall(r"\d[\d,.]*\d|\d", clean(text))}
