"""`Cover` answers 'is this offset inside any of the spans?' as a scan of every span would."""
from hypothesis import given, strategies as st

from sourcetrace.engine.resolve.cover import Cover

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12)


@given(SPANS)
def test_cover_agrees_with_a_scan_of_every_span(spans):
    cover = Cover(spans)
    for at in range(-2, 64):
        assert (at in cover) == any(s <= at < e for s, e in spans)


def test_ends_are_open_and_overlaps_merge():
    cover = Cover([(5, 10), (8, 12), (20, 20), (12, 14)])
    assert [at for at in range(25) if at in cover] == list(range(5, 14))
