"""The syndication corpus's gold: its own articles published twice are one family. Records written for the test."""
import random
from datetime import date

from sourcetrace.corpus.families import Record, find_families
from sourcetrace.lab.syndication import (build_corpus, byline, paragraphs, published_twice, score,
                                         with_known_copies)


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


def test_the_same_byline_within_two_days_is_one_article_only_when_most_sentences_are_word_for_word():
    body = ["The council voted on Monday to close the Riverside pool at the end of the summer season.",
            "Councillors said repairs to the roof and the pumps would cost more than the town could borrow.",
            "\u201cWe looked at every option and none of them kept the doors open,\u201d the mayor told reporters."]
    other = ["A second story by the same writer about the school board and its plans for new buses next year.",
             "The board said drivers were hard to find and that routes would be merged from the autumn term."]
    records = [Record("a", "\n\n".join(["Pool to close"] + body), "Daily", date(2016, 3, 1)),
               Record("b", "\n\n".join(["Council shuts pool", "ABSTRACT."] + body), "Daily", date(2016, 3, 2)),
               Record("c", "\n\n".join(["Buses merged"] + other), "Daily", date(2016, 3, 2)),
               Record("d", "\n\n".join(["Pool shut"] + body), "Herald", date(2016, 3, 1)),
               Record("e", "\n\n".join(["Pool to close"] + body), "Daily", date(2016, 3, 9))]
    bylines = {"a": byline("By JANE DOE"), "b": byline("Jane  Doe"), "c": byline("Jane Doe"),
               "d": byline("Jane Doe"), "e": byline("Jane Doe")}
    assert published_twice(records, bylines) == [("a", "b")]
    assert published_twice(records, {}) == []           # no bylines, no slugs: nothing declared


def _article(seed: int, n: int) -> str:
    """A headline and n-1 paragraphs of made-up words (one quoted line each), distinct for each seed."""
    rng = random.Random(seed)
    word = lambda: "".join(rng.choice("aeioubdfgklmnprstvz") for _ in range(rng.randint(3, 8)))
    sentence = lambda k: " ".join(word() for _ in range(k)).capitalize() + "."
    paras = [f"{sentence(14)} \u201c{sentence(10)}\u201d {sentence(12)}" for _ in range(n - 1)]
    return "\n\n".join([sentence(6)] + paras)


def _corpus():
    records = [Record(f"paper_2016-03-0{i + 1}_story-{i}", _article(i, 6), "Paper", date(2016, 3, i + 1))
               for i in range(8)]
    prose = [Record(f"dev_{i}", _article(100 + i, 9), "Dev", date(2016, 9, 1)) for i in range(8)]
    return records, prose


def test_the_generated_corpus_is_seeded_and_its_new_prose_is_new_text():
    records, prose = _corpus()
    first = build_corpus(records, 4, seed=5, extra_prose=prose, negatives=1.0)
    again = build_corpus(records, 4, seed=5, extra_prose=prose, negatives=1.0)
    assert [(r.ref, r.text) for r in first[0]] == [(r.ref, r.text) for r in again[0]]
    corpus, family, relation = first
    originals = {r.ref: r for r in records}
    natural = {r.ref for r in corpus if "~" not in r.ref}
    for r in corpus:
        kind = relation.get(r.ref, "")
        if kind == "local_added":       # one paragraph-sized local passage, found in no other corpus article
            paras = paragraphs(r.text)
            local = paras[1]
            assert 20 <= len(local.split()) <= 120
            assert not any(local in other.text for other in corpus if other.ref != r.ref)
        if kind.startswith("negative"):  # its own family, borrowing at most a quarter of the original's words
            assert family[r.ref] == r.ref
            original = originals[r.ref.split("~")[0]]
            borrowed = [p for p in paragraphs(r.text) if p in original.text]
            assert 0 < len(" ".join(borrowed).split()) <= 0.25 * len(original.text.split())
    # a train article whose text became new prose is taken out of the corpus
    assert natural <= set(originals)
    assert any(k.startswith("negative") for k in relation.values())


def test_copies_and_negatives_of_the_generated_corpus_are_told_apart():
    records, prose = _corpus()
    corpus, family, relation = build_corpus(records, 4, seed=9, extra_prose=prose, negatives=1.0)
    result = score(find_families(corpus), family, relation)
    assert result["hard_negatives"] and not result["hard_negatives_joined"]
    assert result["precision"] == 1.0 and result["recall"] == 1.0
