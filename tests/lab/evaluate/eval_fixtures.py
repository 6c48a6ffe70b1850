"""Tiny fixtures: attributions written as phrases, turned into offsets."""
from sourcetrace.lab.evaluate.brat import GoldAttribution


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The (start, end) of the nth occurrence of phrase in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def attribution(text: str, source: str | None, cue: str | None, *content: str) -> GoldAttribution:
    return GoldAttribution(
        source=(at(text, source),) if source else (),
        cue=(at(text, cue),) if cue else (),
        content=tuple(sorted(at(text, c) for c in content)),
    )
