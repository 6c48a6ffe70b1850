"""Direct-quote speaker accuracy: of the direct quotes we found, how many go to the right speaker?

A gold attribution counts when its content is a quotation (opens and closes
with a quote mark, `spans.is_quotation`) and it has a source. It is *found*
when some predicted attribution's content shares word tokens with it (gold
quotes and predictions paired one-to-one by best content overlap); its
speaker is *right* when that prediction's source shares a word token with
the gold source. Accuracy = right / found. Quotes the engine missed are left
out on purpose: content recall already measures those, and this number is
meant to isolate who-said-it from did-we-see-it.
"""
from __future__ import annotations

from typing import Sequence

from .brat import GoldAttribution
from .counts import Ratio
from .match import greedy_pairs, jaccard
from .spans import is_quotation, normalise, tokens


def _role_words(text: str, attribution: GoldAttribution, role: str) -> frozenset[int]:
    return tokens(text, normalise(text, getattr(attribution, role)))


def direct_speaker(text: str, gold: Sequence[GoldAttribution], predicted: Sequence[GoldAttribution]) -> Ratio:
    quotes = [g for g in gold if is_quotation(text, g.content) and _role_words(text, g, "source")]
    quote_words = [_role_words(text, g, "content") for g in quotes]
    pred_words = [_role_words(text, p, "content") for p in predicted]
    pairs = greedy_pairs(quote_words, pred_words, jaccard)
    right = sum(bool(_role_words(text, quotes[i], "source") & _role_words(text, predicted[j], "source"))
                for i, j in pairs)
    return Ratio(hits=right, total=len(pairs))
