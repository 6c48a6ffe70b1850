"""Same-claim matching: which stored claims say what a query text says (paraphrases in, near-misses out).

`sourcetrace.corpus.match.matcher.load_matcher(claims)` gives the matcher the corpus and `sourcetrace match` use.
"""
