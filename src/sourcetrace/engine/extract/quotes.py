"""Direct quotations: the quote, its cue before or after it, split and carried quotes.

A quote with no cue of its own that stands as whole sentences is the previous
speaker going on: it is kept with no source, for resolution to fill in.
A short quote inside a reported clause is left to the verbal extractor (mixed).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from . import extractors
from .base import Found
from .nested_quotes import quoted_within
from .quotemarks import Quote, double_style, find_quotes
from .syntax import speaker_offsets, cue_phrase, cue_verb_stance, subject, token_offsets, trim
from .verbal import recipient_and_channel
from ..lexicon import word_set
from ..parse import english_words, span_at, text_of
from ..parse.breaks import ends_paragraph, paragraphs

# "calling this idea “crazy”", "described it as “a disaster”": a label, not a clause.
LABEL_VERBS = {"call", "describe", "dub", "label", "term", "brand", "characterize", "characterise"}


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = span_at(doc, start, end)
    return list(span) if span is not None else []


def _is_clause(doc: Doc, quote: Quote) -> bool:
    """A quote that says something on its own: a verb, or a sentence start."""
    toks = [t for s, e in quote.parts for t in _tokens(doc, s, e)]
    if not toks:
        return False
    starts_sentence = _sentence_start_before(doc, quote.outer[0])
    has_verb = any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" or t.dep_ == "ROOT" for t in toks)
    return starts_sentence or (has_verb and len(toks) >= 4)


def _sentence_start_before(doc: Doc, char: int) -> bool:
    """Only punctuation, a colon or a cue phrase's comma stand between the sentence start and char."""
    span = span_at(doc, char, char + 1)
    if span is None:
        return False
    sent = span[0].sent
    before = text_of(doc)[sent.start_char:char].strip()
    return before == "" or before.endswith((":", ","))


def _inside_reported_clause(doc: Doc, quote: Quote) -> bool:
    """A quote that goes on a clause a cue before it reports ("said he was ‘the perfect
    messenger …’"): it is that verb's content, mixed, whatever follows the quote."""
    words = [t for t in _tokens(doc, *quote.outer) if not t.is_punct]
    if not words:
        return False
    for clause in [words[0], *words[0].ancestors]:
        if clause.dep_ == "ccomp" and clause.head.i < words[0].i and cue_verb_stance(clause.head):
            before = [t for t in clause.subtree if t.i < words[0].i and not t.is_punct]
            return bool(before) and before[0].i > clause.head.i
    return False


def _cue_in(tokens: list[Token]) -> Token | None:
    for k, t in enumerate(tokens):
        if cue_verb_stance(t) and (subject(t) is not None or _head_of(tokens[:k]) is not None):
            return t
    return None


def _head_of(tokens: list[Token]) -> Token | None:
    """The one noun heading a run of words, none of which it hangs from: "Col. Ana Ruiz, commander
    of … (MEVAL)" between a quote and a cue the parser left with no subject."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.pos_ in ("PROPN", "NOUN") and t.head.i not in inside]
    return heads[0] if len(heads) == 1 and (heads[0].pos_ == "PROPN" or _untagged_name(heads[0])) else None


def _untagged_name(word: Token) -> bool:
    """A capitalised word no English word, the tagger took for a common noun: a name it did not know
    ("Đorđević", its first letter one the model seldom saw)."""
    return word.is_title and word.is_alpha and word.lower_ not in english_words()


class _Quoted:
    """The characters inside quotes, looked up in log time: by the last quote opening at or
    before a place, and the furthest any quote up to it reaches."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def covers(self, char: int) -> bool:
        k = bisect_right(self._starts, char)
        return k > 0 and self._reach[k - 1] > char


def _outside(doc: Doc, sent: Span, quoted: _Quoted, lo: int, hi: int) -> list[Token]:
    """The sentence's words from lo to hi that no quote holds."""
    lo, hi = max(lo, sent.start_char), min(hi, sent.end_char)
    words = span_at(doc, lo, hi) if lo < hi else None
    if words is None:
        return []
    return [t for t in words if lo <= t.idx < hi and sent.start <= t.i < sent.end and not quoted.covers(t.idx)]


def _introduces_self(doc: Doc, start: int) -> Span | None:
    """"My name is Tomas Reyes. …", "I'm Ellen Baptiste, I'm a childminder …": a quote with no
    cue whose speaker says who they are; the name they give is its source."""
    opening = span_at(doc, start, min(start + 60, len(text_of(doc))))
    words = [t.lower_ for t in opening[:3]] if opening is not None else []
    first = 3 if words == ["my", "name", "is"] else 2 if words[:2] in (["i", "'m"], ["i", "’m"], ["i", "am"]) else 0
    last = first
    while first and last < len(opening) and opening[last].pos_ == "PROPN":
        last += 1
    return opening[first:last] if last - first >= 2 else None  # a first name and a surname


LEDE_CHARS = 1500  # how far into an article its opening paragraphs (headline, lede) may reach
_AROUND_QUOTE = " \t\n\"'“”‘’«».,!?…—-"


def _named_after_lede(doc: Doc, start: int, end: int) -> Span | None:
    """"“That bus was the only way I got to the shops.” ⏎ Edna Prowse, 82, has lived …": a feature
    that opens on a quote standing alone names its speaker in the next paragraph, as the subject of
    one of its first two sentences. Only for a quote that is the whole first or second paragraph."""
    text = text_of(doc)
    if start > LEDE_CHARS:
        return None
    paras = paragraphs(text[:end + LEDE_CHARS])
    k = next((i for i, (s, e) in enumerate(paras) if s <= start < e), None)
    if k is None or k > 1 or k + 1 >= len(paras):
        return None
    s, e = paras[k]
    if text[s:start].strip(_AROUND_QUOTE) or text[end:e].strip(_AROUND_QUOTE):
        return None
    following = span_at(doc, *paras[k + 1])
    for sentence in list(following.sents)[:2] if following is not None else []:
        for ent in sentence.ents:
            if ent.label_ == "PERSON" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                return ent
        if (name := _full_name_subject(sentence)) is not None:
            return name  # a name the small tagger missed: "Edna Prowse, 82, has lived …"
    return None


HEADLINE_JOINS = (":", "—", "–", "-", "|")


def _headline_speaker(doc: Doc, start: int, end: int) -> Span | None:
    """"“I stopped asking permission”: Cellist Noor Baig on leaving the orchestra": a headline
    that opens on a quote and, after a colon or a dash, names one person, gives that person's words."""
    text = text_of(doc)
    first = paragraphs(text[:end + LEDE_CHARS])[:1]
    if not first or start > first[0][1] or text[first[0][0]:start].strip(_AROUND_QUOTE):
        return None
    rest = text[end:first[0][1]].lstrip(" \"'”’».,!?…")
    if not rest.startswith(HEADLINE_JOINS):
        return None
    line = span_at(doc, end, first[0][1])
    if line is None:
        return None
    people = [e for e in line.ents if e.label_ == "PERSON"]
    if people or line.ents:
        return people[0] if len(people) == 1 else None
    # a name the small tagger left untagged: the first run of proper nouns, less a role before it
    roles = word_set("person_nouns") | word_set("titles")
    run: list[Token] = []
    for t in line:
        if t.pos_ == "PROPN" and t.is_title and not (not run and t.lower_ in roles):
            run.append(t)
        elif run:
            break
    return doc[run[0].i:run[-1].i + 1] if 2 <= len(run) <= 3 else None


def _full_name_subject(sentence: Span) -> Span | None:
    """The subject of the sentence's main verb when it is a first name and a surname."""
    head = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or head.pos_ != "PROPN" or head.ent_type_ not in ("", "PERSON"):
        return None
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    if len(names) != 1 or names[0].i != head.i - 1 or not names[0].is_title:
        return None
    return sentence.doc[names[0].i:head.i + 1]


def _content(doc: Doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [p for p in (trim(doc, s, e, ",") for s, e in parts) if p]


def _found(doc: Doc, parts: list[tuple[int, int]], verb: Token | None, kind: str = "direct") -> Found:
    content = _content(doc, parts)
    if verb is None:
        if (name := _introduces_self(doc, parts[0][0])) is not None:
            return Found(content=content, cue=None, source=(name[0].idx, name[-1].idx + len(name[-1].text)),
                         type=kind, extractor="quotes", source_head=name.root.i)
        if (name := _named_after_lede(doc, parts[0][0], parts[-1][1])
                or _headline_speaker(doc, parts[0][0], parts[-1][1])) is not None:
            return Found(content=content, cue=None, source=(name.start_char, name.end_char), type=kind,
                         extractor="quotes", source_head=name.root.i)
        return Found(content=content, cue=None, source=None, type=kind, extractor="quotes",
                     extra={"continues": True})
    speaker = subject(verb)
    if speaker is None or any(s <= speaker.idx < e for s, e in parts):
        speaker = _named_between(doc, parts, verb)
    source = speaker_offsets(speaker) if speaker is not None else None
    recipient, channel = recipient_and_channel(verb)
    return Found(content=content, cue=cue_phrase(verb), source=source, type=kind,
                 stance=cue_verb_stance(verb) or "assert", recipient=recipient, channel=channel,
                 source_head=speaker.i if speaker is not None else None, extractor="quotes")


def _names_the_subject(verb: Token, opening: Token) -> bool:
    """"The annual report, “Growing Together”, published in March, had warned …": a quote inside
    the cue's subject names the subject (a work's title), and is no words of the cue's."""
    who = subject(verb)
    return who is not None and who.left_edge.i < opening.i <= who.right_edge.i


def _label(doc: Doc, quote: Quote) -> Found | None:
    """A quoted label after a naming verb: "calling this idea “crazy”"."""
    toks = _tokens(doc, quote.outer[0], quote.outer[1])
    for t in toks:
        head = t
        for _ in range(3):
            if head.lemma_ in LABEL_VERBS and head.pos_ == "VERB":
                obj = [c for c in head.children if c.dep_ in ("dobj", "oprd", "attr") and c.i > head.i]
                start = min([c.left_edge.idx for c in obj] + [quote.outer[0]])
                content = trim(doc, start, quote.outer[1])
                speaker = subject(head)
                return Found(content=[content], cue=cue_phrase(head),
                             source=speaker_offsets(speaker) if speaker is not None else None,
                             type="mixed", stance="assert", extractor="quotes",
                             source_head=speaker.i if speaker is not None else None,
                             extra={"label_verb": head.i})
            head = head.head
    return None


def _named_between(doc: Doc, parts: list[tuple[int, int]], verb: Token) -> Token | None:
    """"“This structure charged everyone,” Gen. Ana Ruiz, commander of … (MEVAL), said": where the
    parser hung the cue on the quote's own verb, whose subject is inside the quote, or left it with
    no subject, the speaker is the phrase between the quote and the cue, by its head."""
    closing = max((e for _, e in parts if e <= verb.idx), default=None)
    if closing is None:
        return None
    start = verb.i
    while start > 0 and doc[start - 1].idx >= closing:
        start -= 1
    return _head_of(list(doc[start:verb.i]))


@extractors.register("quotes")
def extract_quotes(doc: Doc) -> list[Found]:
    quotes = list(find_quotes(text_of(doc)))
    spans = _Quoted([q.outer for q in quotes])
    reach = list(accumulate((q.outer[0] for q in quotes), max))
    out: list[Found] = []
    used: set[int] = set()
    for qi, quote in enumerate(quotes):
        if qi in used or _inside_reported_clause(doc, quote):
            continue
        if not _is_clause(doc, quote):
            label = _label(doc, quote)
            if label is not None:
                out.append(label)
            continue
        # an unclosed quote may end in whitespace, which has no token: its last word's sentence
        first = span_at(doc, quote.outer[0], quote.outer[0] + 1)
        last = span_at(doc, quote.outer[0], quote.outer[1])
        if first is None or last is None:
            continue
        end_sent, start_sent = last[-1].sent, first[0].sent
        after = _outside(doc, end_sent, spans, quote.outer[1], end_sent.end_char)
        # Stop at the next quote: "“A,” said X. “B.”" keeps B for itself.
        verb = _cue_in(after)
        if verb is not None and _names_the_subject(verb, first[0]):
            verb = None
        if verb is not None and _reports_own_clause(verb, spans) \
                and not _sentence_start_before(doc, quote.outer[0]):
            verb = None
        # (not for a quote a colon brings in, "X told reporters: “…”": it has its speaker already)
        if verb is None and not after and end_sent.end < len(doc) \
                and _last_char_before(text_of(doc), quote.outer[0]) != ":":
            # "“…?” Clinton said." — the parser may end the sentence at the closing mark.
            follow = doc[end_sent.end].sent
            if len(follow) <= 12:
                verb = _cue_in(_outside(doc, follow, spans, quote.outer[1], follow.end_char))
                # "… called the plan “a tax.” He said his members would strike.": that cue has its own words
                if verb is not None and _reports_own_clause(verb, spans):
                    verb = None
                if verb is not None:
                    end_sent = follow
        before_verb = None
        if verb is None:
            before = _outside(doc, start_sent, spans, start_sent.start_char, quote.outer[0])
            before_verb = _cue_in(list(reversed(before)))
            if before_verb is not None and not _opens_on_cue(doc, before_verb, quote):
                before_verb = None
        cue = verb or before_verb
        if cue is None and (misread := _said_misread(after) or _said_then_name(after)) is not None:
            said, first, last = misread
            out.append(Found(content=_content(doc, quote.parts),
                             cue=(said.idx, said.idx + len(said.text)), source=token_offsets(doc, first.i, last.i),
                             type="direct", stance="assert", source_head=last.i, extractor="quotes"))
            continue
        parts = list(quote.parts)
        if verb is not None:
            # A split quote: "“A,” X said, “B.”" — B continues in the cue's sentence.
            # A quoted title in the cue's sentence ("said on “Fox and Friends.”") is not B.
            nxt = qi + 1
            if nxt < len(quotes) and end_sent.start_char <= quotes[nxt].outer[0] < end_sent.end_char \
                    and not _last_char_before(text_of(doc), quotes[nxt].outer[0]).isalnum():
                parts.extend(quotes[nxt].parts)
                used.add(nxt)
        if verb is not None and not _second_speaker(verb, after):
            # "“A,” X said. “B.”": a quote opening the next sentence, with no cue of its own,
            # goes on with the same words.
            while (nxt := _next_after(reach, end_sent.end_char)) is not None \
                    and _follows(doc, quotes[nxt], end_sent, spans):
                parts.extend(quotes[nxt].parts)
                used.add(nxt)
                end_sent = _last_sentence(doc, quotes[nxt]) or end_sent
        if cue is None and not _sentence_start_before(doc, quote.outer[0]):
            label = _label(doc, quote)
            if label is not None:
                out.append(label)
            continue
        out.append(_found(doc, parts, cue))
    return out + quoted_within(doc, quotes, double_style(text_of(doc)))


def _said_misread(after: list[Token]) -> tuple[Token, Token, Token] | None:
    """"“…,” the 52-year-old said, standing behind …": the parser may read "said" as a noun;
    a short noun phrase and then "said"/"says" right after the quote is still its cue.
    Returns "said" and the phrase's first and last words."""
    words = [t for t in after[:8] if not (t.is_punct and t.text != "-")]
    said = next((k for k, t in enumerate(words) if t.lower_ in ("said", "says")), None)
    # tagged a verb but parsed as a modifier of the quote's verb, with no subject: misread all the same
    # or the sentence's root with no subject, the name before it hung on the quote's words as an
    # apposition ("“…, full stop,” chief executive Lorraine Vasquez said")
    verb_read = said and words[said].pos_ in ("VERB", "AUX") and (
        subject(words[said]) is not None or words[said].dep_ not in ("npadvmod", "appos", "dobj", "nmod", "ROOT"))
    if not said or verb_read or \
            any(t.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "PUNCT") for t in words[:said]):
        return None
    return words[said], words[0], words[said - 1]


def _said_then_name(after: list[Token]) -> tuple[Token, Token, Token] | None:
    """"“…,” said festival director Ruth Cabot, who co-founded …": the parser may take the name
    for the subject of the relative clause and leave "said" without one; "said" right after the
    quote and a run of nouns and names up to a comma or the end is the cue and its speaker; so is someone
    described ("said a woman sitting on a camp bed").
    Returns "said" and the run's first and last words."""
    lead = next((k for k, t in enumerate(after[:4]) if not (t.is_punct or t.is_space)), None)
    words = [t for t in after[lead:lead + 12] if not t.is_space] if lead is not None else []
    if not words or not (words[0].pos_ == "VERB" and cue_verb_stance(words[0]) and subject(words[0]) is None):
        return None
    run = []
    for t in words[1:]:
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and t.text != "-":
            break
        run.append(t)
    ends_well = len(words) == len(run) + 1 or words[len(run) + 1].text in (",", ".") or \
        words[len(run) + 1].lower_ in ("who", "whose")
    # "said a man queueing for soup": someone described, then what they were doing or where
    described = bool(run) and run[0].lower_ in ("a", "an", "one", "another", "the") and run[-1].pos_ == "NOUN" \
        and (ends_well or words[len(run) + 1].tag_ in ("VBG", "VBN") or words[len(run) + 1].pos_ == "ADP")
    if not run or not (described or (run[-1].pos_ == "PROPN" and ends_well)):
        return None
    return words[0], run[0], run[-1]


def _reports_own_clause(verb: Token, quoted: _Quoted) -> bool:
    """A cue after a quote inside a sentence, with a clause of its own to report ("… because
    “…,” though she noted she has also …"), is not the quote's cue."""
    return any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1
               and not quoted.covers(c.idx) for c in verb.children)


def _next_after(reach: list[int], char: int) -> int | None:
    """The first quote (in list order) that opens at or after `char`; `reach` holds the furthest
    opening up to each quote, which first gets to `char` at that quote: one bisection."""
    k = bisect_left(reach, char)
    return k if k < len(reach) else None


def _last_char_before(text: str, char: int) -> str:
    """The last non-space character before `char` ('' at the start), looking back over spaces only."""
    k = char - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _second_speaker(verb: Token, after: list[Token]) -> bool:
    """Another speaker reported beside the quote's own ("“A,” X said, adding that Y fear …"):
    a following quote may be theirs, so it is not carried on with X's words.

    "said after he was called to testify" names no second speaker (a passive has none), nor
    does a clause on the speaker's own phrase ("said X, who has long backed Y").
    """
    speaker = subject(verb)
    own = range(speaker.left_edge.i, speaker.right_edge.i + 1) if speaker is not None else range(0)
    for t in after:
        if t.i != verb.i and t.i not in own and cue_verb_stance(t):
            other = subject(t)
            if other is not None and (speaker is None or other.i != speaker.i):
                return True
    return False


def _last_sentence(doc: Doc, quote: Quote) -> Span | None:
    last = span_at(doc, quote.outer[0], quote.outer[1])
    return last[-1].sent if last is not None else None


def _follows(doc: Doc, quote: Quote, sent: Span, spans: _Quoted) -> bool:
    """The quote opens right after `sent`, in the same paragraph, and has no cue of its own."""
    gap = text_of(doc)[sent.end_char:quote.outer[0]]
    if gap.strip() or ends_paragraph(text_of(doc), sent.start_char, quote.outer[0]):
        return False
    end = _last_sentence(doc, quote)
    if end is None or _cue_in(_outside(doc, end, spans, quote.outer[1], end.end_char)):
        return False
    first = span_at(doc, quote.outer[0], quote.outer[0] + 1)
    return first is not None and _cue_in(_outside(doc, first[0].sent, spans, first[0].sent.start_char,
                                                  quote.outer[0])) is None


def _opens_on_cue(doc: Doc, verb: Token, quote: Quote) -> bool:
    """`X said: “…”` or `X said, “…”`: nothing but the cue's own words before the quote."""
    between = text_of(doc)[verb.idx + len(verb.text):quote.outer[0]]
    tail = between.rstrip()
    if not tail.endswith((":", ",")) and tail != "":
        # "X told reporters “…”" is rare; "X said the plan was “dead”" is a partial quote.
        return False
    return len(between.split()) <= 8
