"""The look-ups that replaced scans in resolution find what the scans found."""
import random

from sourcetrace.engine.parse import entities_of, entity_at, load_nlp
from sourcetrace.engine.resolve.cover import Cover


def test_covered_by_bisection_is_any_span_holding_the_offset():
    rng = random.Random(7)
    for _ in range(200):
        spans = set()
        for _ in range(rng.randrange(0, 25)):
            start = rng.randrange(400)
            spans.add((start, start + rng.choice([1, 3, 20, 150])))
        cover = Cover(spans)
        for at in range(0, 600, 3):
            assert (at in cover) == any(s <= at < e for s, e in spans)


def test_the_entity_at_a_token_is_the_one_a_scan_finds():
    doc = load_nlp()("Marta Quill of the Port of Kelby Authority met Dev Arora in Lisbon on Monday, and "
                     "the United Nations said so.")
    assert len(entities_of(doc)) >= 4
    for token in doc:
        scan = next((e for e in entities_of(doc) if e.start <= token.i < e.end), None)
        assert entity_at(doc, token.i) == scan
