"""The look-ups that replaced pairwise scans find what the scans found, in linear time."""
import random
import time

from sourcetrace.engine.extract.base import SpanIndex, overlap
from sourcetrace.engine.extract.quotemarks import find_quotes


def test_span_index_finds_every_overlapping_range():
    rng = random.Random(3)
    for width in (1, 7, 256):
        items = []
        for n in range(300):
            start = rng.randrange(2000)
            items.append((object(), (start, start + rng.choice([0, 1, 5, 40, 700]))))
        index = SpanIndex.of(items, width=width)
        removed = set(rng.sample(range(len(items)), 50))
        for k in removed:
            index.remove(items[k][0], items[k][1])
        for _ in range(200):
            start = rng.randrange(2100)
            query = (start, start + rng.choice([0, 1, 30, 500]))
            near = {id(x) for x in index.near(query)}
            wanted = {id(x) for k, (x, span) in enumerate(items) if k not in removed and overlap(span, query)}
            assert wanted <= near
            assert not {id(items[k][0]) for k in removed} & near


def test_span_index_keeps_the_order_items_came_in():
    a, b, c = object(), object(), object()
    index = SpanIndex.of([(b, (0, 10)), (a, (5, 6)), (c, (300, 900))])
    assert index.near((0, 1000)) == [b, a, c]


def test_a_line_of_unmatched_single_quotes_is_scanned_in_linear_time():
    # British style (single marks outnumber double): each ' opens a quote that never closes
    line = "the 'word " * 16_000
    start = time.process_time()
    quotes = find_quotes(line + "\n")
    assert time.process_time() - start < 3.0  # it took 50 s when each opener scanned to the line's end
    assert quotes == ()


def test_single_quotes_still_close():
    text = "He said 'we will strike' and 'we won't stop' today.\n"
    assert [text[s:e] for q in find_quotes(text) for s, e in q.parts] == ["we will strike", "we won't stop"]


def test_the_next_quote_by_bisection_is_the_first_in_list_order():
    from itertools import accumulate
    from sourcetrace.engine.extract.quotes import _next_after
    rng = random.Random(5)
    for _ in range(200):
        starts = sorted(rng.sample(range(500), rng.randrange(0, 30)))
        if starts and rng.random() < 0.3:  # out of order too: a quote carried over a paragraph
            k = rng.randrange(len(starts))
            starts.insert(rng.randrange(len(starts)), starts.pop(k))
        reach = list(accumulate(starts, max))
        for char in range(0, 520, 7):
            assert _next_after(reach, char) == next((i for i, s in enumerate(starts) if s >= char), None)
