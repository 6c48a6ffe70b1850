"""Why a speaker came out wrong, as a label that says nothing of the text: which kind of mention
the engine read the source from, whether the right source was among the analysis' sources at all,
and how the two names differ. Counted over a set, the labels show where to work without reading
the set, so they can be printed for held-out sets."""
from __future__ import annotations

from sourcetrace.contract import Analysis, Attribution

PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "i", "we", "you", "his", "its", "their"}
RELATIVES = {"who", "which", "whom", "whose", "that"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "mr.", "mrs.", "ms.", "dr."}


def mention_kind(attribution: Attribution) -> str:
    """"no mention", "pronoun", "relative", "name" or "description"."""
    text = attribution.source.text.strip() if attribution.source else ""
    words = text.split()
    if not words:
        return "no mention"
    if text.lower() in PRONOUNS:
        return "pronoun"
    if text.lower() in RELATIVES:
        return "relative"
    named = any(w[:1].isupper() for w in words[1:]) or words[0][:1].isupper() and words[0].lower() not in DETERMINERS
    return "name" if named else "description"


def _words(name: str) -> list[str]:
    return [w.strip("\"“”,.").lower().removesuffix("'s").removesuffix("’s") for w in name.split()]


def name_shape(predicted: str | None, gold: str) -> str:
    """How the predicted name stands to the gold one: "none", "relative" (same last word, another
    first word), "shorter" (a part of the gold name, e.g. a given name alone), "longer",
    "description for name", "name for description", "other name" or "other"."""
    if not predicted or not predicted.split():
        return "none"
    got, want = _words(predicted), _words(gold)
    if not want:
        return "other"
    got_named, want_named = predicted[:1].isupper(), gold[:1].isupper() and want[0] not in DETERMINERS
    if got_named != want_named:
        return "name for description" if got_named else "description for name"
    if not got_named:
        return "other"
    if set(got) < set(want):
        return "shorter"
    if set(want) < set(got):
        return "longer"
    core = [w for w in got if w not in TITLES]
    if len(core) > 1 and core[-1] == want[-1] and core[0] != want[0]:
        return "relative"
    return "other" if set(got) & set(want) else "other name"


def mechanism(attribution: Attribution, analysis: Analysis, gold: str, matches) -> str:
    """`mention_kind`, and whether any source of the analysis matches `gold` (by `matches`)."""
    found = any(matches(gold, source.name) for source in analysis.sources)
    return f"{mention_kind(attribution)}, {'right source exists' if found else 'no right source'}"
