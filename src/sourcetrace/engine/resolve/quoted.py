"""A "he" or "she" inside someone's quoted words who is someone the speaker just spoke of.

"“My father ran a feed mill, and he used to say a business is just a promise …”": the one who
used to say it is the speaker's father, not the last person the article named. "“Then the
principal of the blind school came to see me. She said …”": the principal. Inside a quote the
reader looks for the pronoun's person among the quote's own words first.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..extract.base import Found, SpanIndex
from ..lexicon import kind_words, word_set
from ..parse import text_of
from .coref import Entity
from .gender import from_words
from .quoted_kin import kin_name

SUBJECTS = ("nsubj", "nsubjpass")
PRONOUN_GENDER = {"he": "m", "she": "f"}
OWNERS = {"my", "our"}
MAX_LINKS = 3  # quotes that run on, one from another, that a pronoun looks back through


def _quote_around(found: list[Found], parts: SpanIndex, i: int) -> tuple[int, tuple[int, int]] | None:
    """The direct quote (find and part) that holds find i's source: the longest, as for "I";
    `parts` files each direct find's parts by their spans, so the look-up stays local."""
    at = found[i].source[0]
    around = [(j, part) for j, part in parts.near((at, at + 1)) if j != i and part[0] <= at < part[1]]
    return max(around, key=lambda jp: jp[1][1] - jp[1][0], default=None)


def _person_word(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in kind_words()["kin"]
                                     or token.lemma_.lower() in word_set("person_nouns") | word_set("titles"))


def _quoted_before(found: list[Found], j: int, at: int) -> list[tuple[int, int]]:
    """The quoted words of find j before offset `at`, and, where j's quote runs on from an earlier
    one with no cue of its own, that quote's too (a few links at most), latest first."""
    parts = [p for p in found[j].content if p[0] < at]
    for _ in range(MAX_LINKS):
        if not found[j].extra.get("continues"):
            break
        start = found[j].content_span[0]
        earlier = [k for k, g in enumerate(found) if g.type in ("direct", "mixed") and g.content_span[1] <= start]
        if not earlier:
            break
        j = max(earlier, key=lambda k: found[k].content_span[1])
        parts += found[j].content
    return sorted(set(parts), reverse=True)


def _antecedent(doc: Doc, parts: list[tuple[int, int]], pronoun: Token) -> Token | None:
    """The last person spoken of as a subject in the quote before the pronoun, if the pronoun fits
    them: one singular word for a person or relative; a name or a thing leaves the pronoun be."""
    said = PRONOUN_GENDER[pronoun.lower_]
    for start, end in parts:
        span = doc.char_span(start, min(end, pronoun.idx), alignment_mode="expand")
        if span is None:
            continue
        for token in reversed(span):
            if token.dep_ not in SUBJECTS or token.i >= pronoun.i:
                continue
            if token.lower_ in PRONOUN_GENDER or token.lower_ in ("i", "we", "you", "they", "it") \
                    or token.tag_ in ("NNS", "NNPS"):
                continue  # "The neighbours thought he was a burglar": not whom "he" is
            if not _person_word(token):
                return None
            gender = from_words([token.text])
            return token if gender in (None, said) else None
    return None


def antecedents_in_quotes(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int, int]]:
    """For each find whose source is "he" or "she" inside another's quote, the phrase in the quote
    the pronoun stands for (its offsets and head) and the find whose quote it is."""
    text = text_of(doc)
    parts = SpanIndex.of(((j, part), part) for j, g in enumerate(found) if g.type in ("direct", "mixed")
                         for part in g.content)
    out = {}
    for i, f in enumerate(found):
        if f.source is None or text[f.source[0]:f.source[1]].lower() not in PRONOUN_GENDER:
            continue
        around = _quote_around(found, parts, i)
        span = doc.char_span(f.source[0], f.source[1])
        if around is None or span is None:
            continue
        head = _antecedent(doc, _quoted_before(found, around[0], span[0].idx), span[0])
        if head is not None:
            phrase = doc[head.left_edge.i:head.i + 1]
            out[i] = (phrase.start_char, phrase.end_char, head.i, around[0])
    return out


def name_speakers_kin(found: list[Found], quoted: dict[int, int], entity_of_find: dict[int, Entity | None]) -> None:
    """"My father" in Walt Ibsen's words is called "Ibsen's father" (in place)."""
    for i, j in quoted.items():
        e, speaker = entity_of_find.get(i), entity_of_find.get(j)
        if e is None or speaker is None or e.named or e is speaker:
            continue
        words = e.name.split()
        if words and words[0].lower() in OWNERS and all(x.text.split()[:1] == e.name.split()[:1] for x in e.mentions):
            e.name = kin_name(speaker, words[1:])


def not_the_quoted_speaker(found: list[Found], mentions: dict, entity_of: dict, ordered: list) -> None:
    """"“He was shouting that he would finish my career,” Sheikh said": a "he" or "she" inside
    someone's quoted words is not the one quoting (who says "I"), but the person of that sex last
    named before them (in place: the pronoun leaves the speaker for that person)."""
    # direct words only: in reported speech ("testified that …, which he said was …") "he" is the speaker
    parts = SpanIndex.of(((j, part), part) for j, g in enumerate(found) if g.type == "direct"
                         for part in g.content)
    starts = [x.start for x in ordered]
    for i, m in mentions.items():
        if m.pronoun != "person" or m.name.lower() not in PRONOUN_GENDER or found[i].source is None:
            continue
        around = _quote_around(found, parts, i)
        speaker = entity_of.get(id(mentions[around[0]])) if around is not None and around[0] in mentions else None
        if speaker is None or entity_of.get(id(m)) is not speaker:
            continue
        before = ordered[:bisect_left(starts, found[around[0]].content_span[0])]
        other = next((entity_of[id(x)] for x in reversed(before)
                      if (e := entity_of[id(x)]) is not speaker and e.kind == "person" and e.named
                      and not e.in_passing and e.fits(m.gender)), None)
        if other is None:
            continue
        speaker.mentions = [x for x in speaker.mentions if x is not m]
        entity_of[id(m)] = other
        other.absorb(m)


def addressed_you(text: str, found: list[Found], mentions: dict, entity_of: dict) -> None:
    """"KL: You've said publicly that the department is stretched thin." — "you" as a source in
    someone's direct words is whom they speak to: the one who answers, the next speaker quoted
    who is not the asker (in place); left as it was where no one answers."""
    parts = SpanIndex.of(((j, part), part) for j, g in enumerate(found) if g.type == "direct"
                         for part in g.content)
    for i, m in mentions.items():
        f = found[i]
        if f.source is None or text[f.source[0]:f.source[1]].lower() != "you":
            continue
        around = _quote_around(found, parts, i)
        if around is None or around[0] not in mentions:
            continue
        asker = entity_of.get(id(mentions[around[0]]))
        after = sorted((g.content_span[0], j) for j, g in enumerate(found)
                       if g.type == "direct" and j in mentions and g.content_span[0] >= found[around[0]].content_span[1])
        answerer = next((entity_of[id(mentions[j])] for _, j in after
                         if entity_of.get(id(mentions[j])) is not asker
                         and entity_of[id(mentions[j])].kind == "person"), None)
        if answerer is None or answerer is entity_of.get(id(m)):
            continue
        old = entity_of[id(m)]
        old.mentions = [x for x in old.mentions if x is not m]
        entity_of[id(m)] = answerer
        answerer.absorb(m)
