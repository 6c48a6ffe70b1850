"""Source identity across articles: aliases, surnames, titles and misspellings, and shared surnames kept apart."""
from sourcetrace.corpus.story.sources import identities, name_key


def entry(name, ref, kind="person", named=True, id="s1"):
    return {"name": name, "ref": ref, "kind": kind, "named": named, "id": id}


def same(keys, i, j):
    return keys[i] == keys[j]


def test_titles_case_and_accents_are_set_aside():
    assert name_key("Deputy Minister Ilse Várga", "person") == "ilse varga"
    assert name_key("The Harbour Wire", "media") == "harbour wire"


def test_a_surname_alone_joins_the_one_full_name_that_has_it():
    keys = identities([entry("Ilse Varga", "a"), entry("Varga", "b"), entry("Gen. Ilse Varga", "c")])
    assert same(keys, 0, 1) and same(keys, 0, 2)


def test_two_people_sharing_a_surname_stay_apart_and_the_bare_surname_is_not_guessed():
    keys = identities([entry("Tomas Lind", "a"), entry("Anna Lind", "b"), entry("Lind", "c")])
    assert not same(keys, 0, 1)
    assert not same(keys, 2, 0) and not same(keys, 2, 1)


def test_a_close_misspelling_is_the_same_person_but_a_different_first_name_is_not():
    keys = identities([entry("Ilse Varga", "a"), entry("Ilse Vargha", "b"), entry("Irma Varga", "c")])
    assert same(keys, 0, 1)
    assert not same(keys, 0, 2)


def test_unnamed_sources_are_never_merged_across_articles():
    keys = identities([entry("a senior official", "a", named=False), entry("a senior official", "b", named=False)])
    assert not same(keys, 0, 1)


def test_one_name_taken_for_a_person_in_one_article_and_a_firm_in_another_is_one_source():
    keys = identities([entry("Brask Salvage", "a", kind="organization"), entry("Brask Salvage", "b")])
    assert same(keys, 0, 1)
