"""A family of hundreds of copies costs a bounded number of text comparisons per copy (counted, not timed)."""
from collections import Counter
from datetime import date, timedelta

from sourcetrace.corpus.families import Record, find_families
from sourcetrace.corpus.families.candidates import _first_partners
from test_families import MORE, STORY, text

DAY = date(2026, 3, 3)
WIRE = text(STORY + MORE)


def identical(n: int) -> list[Record]:
    return [Record("wire", WIRE, "Harbour Wire", DAY)] + [
        Record(f"copy{k:04d}", WIRE, f"Outlet {k}", DAY + timedelta(days=k % 3)) for k in range(n)]


def edited(n: int) -> list[Record]:
    """Each copy cuts two words of its own from the body (no two copies alike, every one plainly the story)."""
    head, body = WIRE.split("\n\n", 1)
    words = body.split(" ")
    out = [Record("wire", WIRE, "Harbour Wire", DAY)]
    for k in range(n):
        cut = {k % len(words), (7 * k + 3) % len(words)}
        out.append(Record(f"copy{k:04d}", head + "\n\n" + " ".join(w for i, w in enumerate(words) if i not in cut),
                          f"Outlet {k}", DAY + timedelta(days=k % 3)))
    return out


def run(records):
    tally = Counter()
    return find_families(records, tally=tally), sum(tally.values())


def test_hundreds_of_identical_copies_are_one_family_of_reprints_for_a_handful_of_comparisons():
    families, compared = run(identical(300))
    assert len(families) == 1 and families[0]["family"] == "wire"   # the wire's own copy, not the first read
    relations = Counter(m["relation"] for m in families[0]["members"])
    assert relations == {"original": 1, "reprint": 300}
    assert compared <= 4
    assert run(identical(100))[1] == compared   # the copies add nothing to compare


def test_hundreds_of_edited_copies_cost_the_same_comparisons_per_copy_as_a_hundred():
    few, many = 100, 400
    fams_few, compared_few = run(edited(few))
    fams_many, compared_many = run(edited(many))
    assert [len(f["members"]) for f in fams_many] == [many + 1] and fams_many[0]["family"] == "wire"
    assert [len(f["members"]) for f in fams_few] == [few + 1]
    per_few, per_many = compared_few / (few + 1), compared_many / (many + 1)
    assert per_many <= 1.2 * per_few and per_many <= 80   # all pairs would be 200 per copy at 400
    assert {m["relation"] for m in fams_many[0]["members"][1:]} == {"rewrite"}


def test_identical_copies_join_across_the_window_only_by_a_run_of_dates_or_an_undated_copy():
    def dated(*days):
        return [Record(f"r{k}", WIRE, "O", None if d is None else DAY + timedelta(days=d)) for k, d in enumerate(days)]
    refs = lambda fams: [sorted(m["ref"] for m in f["members"]) for f in fams]   # noqa: E731
    assert refs(find_families(dated(0, 5, 10))) == [["r0", "r1", "r2"]]      # each within a week of the next
    assert refs(find_families(dated(0, 30, 31))) == [["r1", "r2"]]           # a month apart: not the same run
    assert refs(find_families(dated(0, 30, None))) == [["r0", "r1", "r2"]]   # undated: could be either day


def test_a_short_line_printed_by_hundreds_is_no_family():
    assert find_families([Record(f"r{k}", "Markets closed higher.", "O", DAY) for k in range(300)]) == []


def test_a_bucket_pairs_each_text_with_its_first_few_and_all_pairs_when_small():
    assert _first_partners([[1, 2, 3, 4]], cap=16) == {(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)}
    big = list(range(1000))
    pairs = _first_partners([big, big[500:]], cap=4)
    assert len(pairs) <= 4 * 1000 and all(i < j for i, j in pairs)
    assert all(any(i in range(4) for i, _ in pairs if _ == j) for j in range(4, 1000))   # each meets the first
