"""The syndication corpus's gold: its own articles published twice are one family. Records written for the test."""
from datetime import date

from sourcetrace.corpus.families import Record
from sourcetrace.lab.syndication import published_twice, with_known_copies


def test_the_same_outlet_and_slug_within_two_days_is_one_article():
    records = [Record("daily_2016-03-01_council-votes-to-close-pool", "a", "Daily", date(2016, 3, 1)),
               Record("daily_2016-03-02_council-votes-to-close-pool", "b", "Daily", date(2016, 3, 2)),
               Record("daily_2016-04-20_council-votes-to-close-pool", "c", "Daily", date(2016, 4, 20)),
               Record("herald_2016-03-01_council-votes-to-close-pool", "d", "Herald", date(2016, 3, 1))]
    assert published_twice(records) == [("daily_2016-03-01_council-votes-to-close-pool",
                                         "daily_2016-03-02_council-votes-to-close-pool")]


def test_declared_copies_join_their_families():
    family = {"x": "x", "x~reprint": "x", "y": "y"}
    joined = with_known_copies(family, [("x", "y")])
    assert joined["y"] == joined["x"] == joined["x~reprint"]
