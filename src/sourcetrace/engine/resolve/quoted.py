"""A "he" or "she" inside someone's quoted words who is someone the speaker just spoke of.

"“My father ran a feed mill, and he used to say a business is just a promise …”": the one who
used to say it is the speaker's father, not the last person the article named. "“Then the
principal of the blind school came to see me. She said …”": the principal. Inside a quote the
reader looks for the pronoun's person among the quote's own words first; with no one there, among
the people named just before the quote, never the one whose quote it is (who says "I"): "Hollis
said Tejada had asked to stay in. “He told me, ‘Skip, I'm fine.’” …" — "he" is Tejada.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ..extract.base import Found, SpanIndex
from ..lexicon import kind_words, word_set
from ..parse import scratch, span_at, text_of
from .context import called_the
from .coref import Entity
from .gender import from_first_name, from_words
from .names import people_starting_in, person_entities
from .quoted_kin import kin_name
from .quoted_theys import group_before

SUBJECTS = ("nsubj", "nsubjpass")
PRONOUN_GENDER = {"he": "m", "she": "f"}
OWNERS = {"my", "our"}
MAX_LINKS = 3  # quotes that run on, one from another, that a pronoun looks back through
NAMED_REACH = 400  # characters before a quote in which a pronoun inside it looks for a name


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
    if _told_the_same(pronoun):
        return None
    for start, end in parts:
        if start >= pronoun.idx:
            continue  # words after an earlier "she" this one goes back to
        span = span_at(doc, start, min(end, pronoun.idx))
        if span is None:
            continue
        for token in reversed(span):
            if token.dep_ not in SUBJECTS or token.i >= pronoun.i:
                continue
            if token.lower_ == pronoun.lower_:
                # "She told him …" after "The manager told her that she …": the same "she" as
                # before, whoever that one is
                return _antecedent(doc, parts, token)
            if token.lower_ in PRONOUN_GENDER or token.lower_ in ("i", "we", "you", "they", "it") \
                    or token.tag_ in ("NNS", "NNPS"):
                continue  # "The neighbours thought he was a burglar": not whom "he" is
            if not _person_word(token):
                return None
            gender = from_words([token.text])
            return token if gender in (None, said) else None
    return None


OBJECT_FORM = {"he": "him", "she": "her"}


def _told_the_same(pronoun: Token) -> bool:
    """"The manager told her once that she talked too much": a "she" in what a verb says to "her"
    is that "her", never the verb's subject; whom "her" is lies outside the clause."""
    verb = pronoun.head  # the clause's verb, then the one whose words it is ("that …" read as either)
    if verb.dep_ in ("ccomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head
    return pronoun.dep_ in SUBJECTS and any(c.dep_ in ("dobj", "dative") and c.lower_ == OBJECT_FORM[pronoun.lower_]
                                            for c in verb.children)


def people_named(doc: Doc) -> tuple[list[int], list[tuple[int, int, Span]]]:
    """Every place a person is named (a surname alone too, where the full name came before), by
    where it ends, worked out once per doc: a text asks for each "he" in a quote."""
    memory = scratch(doc)
    if "people_named" not in memory:
        people = person_entities(doc)
        full = {p[-1].text: p for p in people if len(p) > 1}
        named = sorted([(p.start_char, p.end_char, p) for p in people] + [
            (t.idx, t.idx + len(t), full[t.text]) for t in doc if t.text in full and t.ent_type_ != "PERSON"],
            key=lambda n: n[1])
        memory["people_named"] = ([end for _, end, _ in named], named)
    return memory["people_named"]


def _named_before(doc: Doc, quote: tuple[int, int], speaker: str, pronoun: Token,
                  quoted: SpanIndex) -> Span | None:
    """The last person named in the few lines before the quote whom the pronoun fits, outside any
    quote, and not the quote's own speaker (no word of the speaker's name in theirs); a surname
    alone counts where the text gave the full name before ("Ramon Tejada … Tejada", whatever the
    tagger made of it). None when the speaker is no name (a "he" of its own) or nobody fits."""
    words = {w for w in speaker.split() if w[:1].isupper()}
    if not words:
        return None
    said = PRONOUN_GENDER[pronoun.lower_]
    ends, named = people_named(doc)
    for start, end, person in reversed(named[:bisect_right(ends, quote[0])]):
        if quote[0] - end > NAMED_REACH:
            return None
        if any(p[0] <= start < p[1] for _, p in quoted.near((start, end))) or called_the(person):
            continue  # reported words; "the family boat, the Theresa G." (context.py)
        if words & ({t.text for t in person} | set(person.text.split())):  # a hyphened "Roy-Cormier" too
            return None  # the speaker is the last one named: "he" is someone not named here
        gender = from_words([person[0].text]) or from_first_name(person[0].text)
        if gender in (None, said):
            return doc.char_span(start, end)
    return None


def _named_as(kin: Token, speaker: str) -> bool:
    """Whether the relative's word is set beside the speaker's name ("His son, Piotr Nowak,")."""
    words = {w for w in speaker.split() if w[:1].isupper()}
    return any(words & set(kin.doc[c.left_edge.i:c.right_edge.i + 1].text.split())
               for c in kin.children if c.dep_ == "appos")


def _asked_of(doc: Doc, found: list[Found], j: int, pronoun: Token) -> Token | None:
    """"Q: What did the minister tell you? A: He told me, …": in an interview's answer, a "he" with
    no one in the answer's own words is whom the question just put was about."""
    answer = found[j]
    if answer.extractor != "interview" or answer.stance == "question":
        return None
    start = answer.content_span[0]
    asked = [g for g in found if g.extractor == "interview" and g.stance == "question" and g.content_span[1] <= start]
    if not asked:
        return None
    question = max(asked, key=lambda g: g.content_span[1])
    if "\n\n" in text_of(doc)[question.content_span[1]:start].strip():
        return None  # only the question just before the answer
    parts = sorted(question.content, reverse=True)
    return _antecedent(doc, parts, pronoun) or _named_in(doc, parts, pronoun)


def _named_in(doc: Doc, parts: list[tuple[int, int]], pronoun: Token) -> Token | None:
    """The head of the last person named in the words `parts` (latest first) whom the pronoun fits
    ("You clashed with your former coach, Dale Whitford?")."""
    said = PRONOUN_GENDER[pronoun.lower_]
    for start, end in parts:
        for person in reversed(people_starting_in(doc, *_token_range(doc, start, end))):
            if person.end_char <= end and (from_words([person[0].text]) or from_first_name(person[0].text)) in (None, said):
                return person[-1]
    return None


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = span_at(doc, start, end)
    return (span.start, span.end) if span is not None else (0, 0)


def _kin_just_spoken_of(doc: Doc, quote_start: int, pronoun: Token) -> Token | None:
    """"Hassan wants his son to come home. “He says he will come back,” Hassan said": with no one
    else named, a "he" in the quote is the relative the sentence just before it spoke of, where
    the word fits ("his son", not "his daughter")."""
    said = PRONOUN_GENDER[pronoun.lower_]
    opening = span_at(doc, quote_start, quote_start + 1)
    k = opening.start - 1 if opening is not None else -1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    if k < 0:
        return None
    sentence = doc[k].sent
    if text_of(doc)[sentence.start_char:quote_start].count("\n\n") > 1:
        return None  # the sentence just before, in the quote's paragraph or closing the one before
    kin = [t for t in sentence if t.i < opening.start and t.pos_ == "NOUN" and t.tag_ == "NN"
           and t.lemma_.lower() in kind_words()["kin"] and any(c.dep_ == "poss" for c in t.children)]
    return kin[-1] if kin and from_words([kin[-1].text]) == said else None


def antecedents_in_quotes(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int, int]]:
    """For each find whose source is "he" or "she" inside another's quote, the phrase in the quote
    the pronoun stands for (its offsets and head) and the find whose quote it is."""
    text = text_of(doc)
    parts = SpanIndex.of(((j, part), part) for j, g in enumerate(found) if g.type in ("direct", "mixed")
                         for part in g.content)
    out = {}
    for i, f in enumerate(found):
        if f.source is None or text[f.source[0]:f.source[1]].lower() not in (*PRONOUN_GENDER, "they"):
            continue
        around = _quote_around(found, parts, i)
        span = doc.char_span(f.source[0], f.source[1])
        if around is None or span is None:
            continue
        if span[0].lower_ == "they":
            if found[around[0]].type != "direct":
                continue  # a quoted phrase ("what they called a “stolen seat”") is the narrative's "they"
            if (group := group_before(doc, span[0], lambda at: any(p[0] <= at < p[1] for _, p in parts.near((at, at + 1))))) \
                    is not None:  # quoted_theys.py
                out[i] = (group.start_char, group.end_char, group[-1].i, around[0])
            continue
        head = _antecedent(doc, _quoted_before(found, around[0], span[0].idx), span[0]) \
            or _asked_of(doc, found, around[0], span[0])
        if head is None and found[around[0]].source is not None:
            speaker = text[found[around[0]].source[0]:found[around[0]].source[1]]
            person = _named_before(doc, found[around[0]].content_span, speaker, span[0], parts)
            if person is not None:
                out[i] = (person.start_char, person.end_char, person[-1].i, around[0])
                continue
            head = _kin_just_spoken_of(doc, found[around[0]].content_span[0], span[0])
            if head is not None and _named_as(head, speaker):
                head = None  # "His son, Piotr Nowak, took over …": the son is the speaker, no "he"
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
