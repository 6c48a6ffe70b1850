"""Who the engine says said what, for the resolve tests (imported by name, like `batch_engines`)."""
from sourcetrace import analyze


def source_of(text: str, words: str, stance: str | None = None):
    """The source (or None) of the shortest attribution whose content holds `words` (and whose
    stance is `stance`, if given: a denial and the claim it names share their words)."""
    r = analyze(text)
    found = min((a for a in r.attributions if words in a.content.text and stance in (None, a.stance)),
                key=lambda a: len(a.content.text))
    return r.source(found.source_id) if found.source_id else None


def speaker_of(text: str, words: str, stance: str | None = None) -> str:
    """The name of the source of the shortest attribution whose content holds `words`."""
    return source_of(text, words, stance).name


def speakers(text: str) -> list[tuple[str, bool]]:
    """(name, named) of each attribution's source, in order."""
    analysis = analyze(text)
    return [(analysis.source(a.source_id).name, analysis.source(a.source_id).named)
            for a in analysis.attributions if a.source_id]


def statement_speakers(text: str) -> list[str | None]:
    """The name of each statement's source (None where it has none), in order."""
    analysis = analyze(text)
    return [analysis.source(a.source_id).name if a.source_id else None
            for a in analysis.attributions if a.statement]
