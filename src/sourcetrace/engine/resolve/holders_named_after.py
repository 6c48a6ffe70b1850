"""A source read as a post that the text then names, set off by commas right before the verb:
"The director of the Brazilian Space Agency, Carlos dos Santos, said …", where the parser took a
surname's particle ("dos") for a verb and the source was cut at the comma. The name between the
commas is the post's holder; news sets only the holder's name there. The source may stop short of
the comma, inside a body's name the parser cut ("The spokesman of the ruling Rassemblement des
démocrates ivoiriens (RDI), DIOMANDÉ Vassiriki Abou, accused …"): the words between it and the
comma, with no comma or verb among them (but a body's word the tagger took for one), are the post's."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from ..extract.base import Found
from ..lexicon import is_title_word, word_set
from ..parse import span_at
from .names import person_entities


def holders_named_after(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is a post with a person's name set off by commas between it and
    the cue, the offsets of the post and the name, and the post's head."""
    out: dict[int, tuple[int, int, int]] = {}
    people = person_entities(doc)
    starts = [p.start for p in people]
    posts = word_set("titles") | word_set("person_nouns")
    for i, f in enumerate(found):
        if f.source is None or f.cue is None or f.cue[0] < f.source[1]:
            continue
        source, cue = span_at(doc, *f.source), span_at(doc, *f.cue)
        if source is None or cue is None:
            continue
        comma = _comma_closing(source, cue)
        if comma is None or doc[cue.start - 1].text != ",":
            continue
        k = bisect_left(starts, comma + 1)
        name = _holder(doc, people[k] if k < len(people) else None, comma, cue.start - 1)
        if name is None:
            continue
        head = doc[f.source_head] if f.source_head is not None and source.start <= f.source_head < source.end \
            else source.root
        # the source is a post ("The director of …"), holding no name of its own
        if head.lemma_.lower() not in posts and head.lower_ not in posts \
                or any(source.start <= p.start < source.end for p in people[max(0, k - 3):k]):
            continue
        if comma == source.end:
            out[i] = (source.start_char, name.end_char, head.i)
        else:  # the parse joins the name to the body's words, not to the post: the name alone
            out[i] = (name.start_char, name.end_char, name.root.i)
    return out


def _holder(doc: Doc, person: Span | None, comma: int, end: int) -> Span | None:
    """The name between the commas: the person the tagger found there, run on over the capitalised
    words the tagger left out of it ("Pr Alioum Hamadou | Bouba", the last word read as a place),
    a title before it aside; two words or more."""
    if person is None or not comma < person.start < end or person.end > end:
        return None
    if any(not is_title_word(t.text) for t in doc[comma + 1:person.start]) \
            or any(not t.text[:1].isupper() for t in doc[person.end:end]):
        return None
    name = doc[person.start:end]
    return name if len(name.text.split()) > 1 else None


POST_RUN_ON = 12  # words of a body's name and its short form between a post and the holder's comma


def _comma_closing(source: Span, cue: Span) -> int | None:
    """The comma that closes the post (`source` and the rest of its body's name), before the cue."""
    doc = source.doc
    for t in doc[source.end:min(cue.start, source.end + POST_RUN_ON)]:
        if t.text == ",":
            return t.i
        if t.pos_ in ("VERB", "AUX") and not t.ent_type_ or t.is_sent_start or t.text in ";:\"“”":
            return None
    return None
