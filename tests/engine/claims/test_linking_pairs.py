"""The pairs claim linking compares: every pair `same_thing` accepts, found without comparing all."""
from hypothesis import given, settings, strategies as st

from sourcetrace.engine.claims.features import Features
from sourcetrace.engine.claims.linking import _sharing_pairs, same_thing
from sourcetrace.engine.claims.lexicon import load

WORDS = st.sets(st.sampled_from([f"w{k}" for k in range(12)] + ["year", "people", "vote"]), max_size=9)
PREDICATES = st.sets(st.sampled_from(["vote", "win", "pay", "close"]), max_size=2)
FEATURES = st.lists(st.builds(Features, words=WORDS, predicates=PREDICATES), max_size=30)


@settings(max_examples=300, deadline=None)
@given(FEATURES)
def test_every_pair_that_links_is_compared(feats):
    cfg = load("linking")
    linked = {(i, j) for i in range(len(feats)) for j in range(i + 1, len(feats))
              if same_thing(feats[i], feats[j], cfg)}
    pairs = _sharing_pairs(feats)
    assert linked <= set(pairs)
    assert pairs == sorted(set(pairs))


def test_a_word_every_claim_has_does_not_pair_them_all():
    # 200 claims that share only "year" besides words of their own: none says the same thing
    feats = [Features(words={"year", f"a{k}", f"b{k}", f"c{k}"}) for k in range(200)]
    assert len(_sharing_pairs(feats)) == 0
