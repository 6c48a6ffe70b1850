"""The model reads a wrapped paragraph as it read the paragraph before it was wrapped.

The parse copy keeps the text's length, so a soft wrap ("word \\n") becomes two spaces, which
spaCy's tokenizer makes a whitespace token: the tagger, parser and recogniser then read a token
the unwrapped paragraph never had, and tag and attach the words around it differently. Here such
a token is left out of the doc the pipeline runs on, and put back afterwards as spaCy annotates
a whitespace token of its own (tag `_SP`, attached to the word before it, inside an entity that
runs on past it), so that every offset still indexes the original text.
"""
from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, ENT_IOB, ENT_TYPE, HEAD]
_IOB_I, _IOB_O, _IOB_B = 1, 2, 3  # spaCy's ENT_IOB codes


def wrap_spaces(doc: Doc, breaks: list[int]) -> list[int]:
    """The whitespace tokens that stand where a wrap's line break was (`breaks`: sorted offsets
    into the doc's text), after a word; a token at the start has no word to lean on and stays."""
    out = []
    if not breaks:
        return out
    for token in doc[1:]:
        if token.is_space and "\n" not in token.text:
            k = bisect_left(breaks, token.idx)
            if k < len(breaks) and breaks[k] < token.idx + len(token.text):
                out.append(token.i)
    return out


def without(doc: Doc, left_out: list[int]) -> Doc:
    """The tokenized doc with those tokens gone, the word before each followed by one space;
    each token keeps the norm the tokenizer gave it ("n’t" reads "not"), which the model reads."""
    gone = set(left_out)
    kept = [i for i in range(len(doc)) if i not in gone]
    spaces = [bool(token.whitespace_) for token in doc]
    for i in left_out:
        spaces[i - 1] = True
    out = Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=[spaces[i] for i in kept])
    out.from_array([NORM], doc.to_array([NORM])[kept])
    return out


def restored(tokens: Doc, parsed: Doc, left_out: list[int]) -> Doc:
    """`tokens` (the full tokenization) annotated from `parsed` (the doc without `left_out`)."""
    gone = set(left_out)
    kept = [i for i in range(len(tokens)) if i not in gone]
    values = parsed.to_array(ATTRS)  # hashes: uint64; HEAD: an offset, negative ones wrapped
    where = numpy.asarray(kept, dtype="int64")
    heads = values[:, -1].astype("int64") + numpy.arange(len(parsed))
    values[:, -1] = (where[heads] - where).astype("uint64")
    rows = numpy.zeros((len(tokens), len(ATTRS)), dtype="uint64")
    rows[kept] = values
    strings = tokens.vocab.strings
    space_tag, space_dep, no_morph = strings.add("_SP"), strings.add("dep"), strings.add("_")  # "_": no features
    to_the_word_before = numpy.array(-1, dtype="int64").astype("uint64")
    for i in left_out:  # in order, so the token before is already filled in
        before, after = rows[i - 1], rows[i + 1] if i + 1 < len(tokens) else None
        inside = before[5] in (_IOB_B, _IOB_I) and after is not None and after[5] == _IOB_I
        rows[i] = (space_tag, POS_IDS["SPACE"], no_morph, strings.add(tokens[i].text), space_dep,
                   _IOB_I if inside else _IOB_O, before[6] if inside else 0, to_the_word_before)
    tokens.from_array(ATTRS, rows)
    if parsed.tensor.size:  # `Doc.from_docs` stacks the windows' tensors: one row per token
        tensor = numpy.zeros((len(tokens), parsed.tensor.shape[1]), dtype=parsed.tensor.dtype)
        tensor[kept] = parsed.tensor
        tokens.tensor = tensor
    return tokens
