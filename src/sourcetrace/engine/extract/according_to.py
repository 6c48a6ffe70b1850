""""According to X, …", "…, according to X.", "In a CBS News poll, …" and "To X, …": the rest
of the sentence is the content, or of the relative clause "according to X" ends."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from . import extractors
from .base import Found
from .syntax import cue_verb_stance, np_offsets, token_offsets
from ..lexicon import word_set
from ..parse import text_of


@extractors.register("according_to")
def extract_according_to(doc: Doc) -> list[Found]:
    out = []
    for tok in doc[:-1]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) or next(
            (g for g in tok.children if g.dep_ == "pobj"), None)
        unparsed = obj is None
        if unparsed:
            obj = _last_before_comma(doc, tok.i + 2, tok.sent.end)
        if obj is None or _kept_to(obj):
            continue
        sent = tok.sent
        src_end = obj.i if unparsed else _with_name_set_beside(doc, max(obj.right_edge.i, obj.i), sent.end)
        src_end = _past_short_form(doc, tok.i + 2, _past_particle(doc, src_end, sent.end), sent.end)
        source = token_offsets(doc, tok.i + 2, src_end)
        start, end = _clause_of(tok)
        parts = [p for p in (token_offsets(doc, start, tok.i - 1, "."),
                             token_offsets(doc, src_end + 1, end, "."))
                 if p is not None and any(c.isalnum() for c in text_of(doc)[p[0]:p[1]])]
        if not parts or source is None:
            continue
        out.append(Found(content=parts, cue=(tok.idx, to.idx + len(to.text)), source=source,
                         type="according_to", stance="assert", extractor="according_to", source_head=obj.i))
    return out


def _clause_of(according: Token) -> tuple[int, int]:
    """The first and last tokens of what X is said to say: the sentence, or the relative clause the
    parser hangs "according to" on ("cyber-attacks, which rose by 40 percent in 2024 according to
    the ministry": the ministry gave the rise, not the rest)."""
    sent, verb = according.sent, according.head
    if verb.dep_ == "relcl" and verb.i < according.i:
        return verb.left_edge.i, verb.right_edge.i
    return sent.start, sent.end - 1


def _last_before_comma(doc: Doc, start: int, limit: int):
    """"According to the county fisheries register, …" with "register" read as a verb: no object
    hangs on "to", and the source is the words up to the comma (or the stop), not the article
    that opens them."""
    for k in range(start, limit):
        if doc[k].is_punct:
            return doc[k - 1] if k > start else None
    return None


def _kept_to(obj) -> bool:
    """"buried according to Islamic rites", "went according to plan": a bare norm or plan is a
    manner, no source; "according to the plan filed with the council" names a document."""
    bare = not any(c.dep_ in ("det", "poss", "prep", "acl", "relcl") for c in obj.children)
    return bare and (obj.lemma_.lower() in word_set("accordance_nouns") or obj.lower_ in word_set("accordance_nouns"))


BRACKET_REACH = 6  # tokens a short form in brackets may take ("(BAS)", "(Statistics Estonia)")


def _past_short_form(doc: Doc, start: int, end: int, limit: int) -> int:
    """"According to the Bureau of Research (BAS), …": a short form in brackets after the source, or
    one the parse left open inside it, is the source's, never the content's opening words."""
    opened = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in doc[start:end + 1])
    if opened <= 0 and (end + 1 >= limit or doc[end + 1].text != "("):
        return end
    close = next((k for k in range(end + 1, min(end + 1 + BRACKET_REACH, limit)) if doc[k].text == ")"), None)
    return close if close is not None else end


def _past_particle(doc: Doc, end: int, limit: int) -> int:
    """"According to the Association des usagers du train, …": a source the parse ends on a particle
    is a name abroad it cut; its words run on to the next punctuation. So does one the parse ends
    right before a particle and a capitalised word ("the Observatório | do Conflito do Norte")."""
    particles = word_set("body_name_particles")
    if end + 2 < limit and doc[end + 1].lower_ in particles and doc[end + 1].is_lower and doc[end + 2].is_title \
            and doc[end].is_title:
        end += 1
    if doc[end].lower_ not in particles or end + 1 >= limit or not doc[end + 1].is_alpha:
        return end
    while end + 1 < limit and not doc[end + 1].is_punct:
        end += 1
    # what the parser set beside the name's last word ("…, a research group based in Nampula") is its
    beside = [c.right_edge.i for c in doc[end].children if c.dep_ == "appos" and c.i > end]
    return max([end, *(k for k in beside if k < limit)])


def _with_name_set_beside(doc: Doc, end: int, limit: int) -> int:
    """"According to the study's lead author, Dr. Nadia Kerr, …": a name between commas right
    after the source, which the parser may hang on the content, belongs to the source; so does one
    that ends the sentence ("…, according to the village mayor, Tavita Lemalu."), and one after the
    post's word in the local tongue in brackets ("the village mayor (Pulenu'u), Tavita Lemalu")."""
    glossed = end
    if end + 1 < limit and doc[end + 1].text == "(":
        glossed = next((k for k in range(end + 2, min(end + 2 + BRACKET_REACH, limit)) if doc[k].text == ")"), end)
    if glossed + 2 >= limit or doc[glossed + 1].text != ",":
        return end
    last = glossed + 2
    while last < limit and (doc[last].pos_ == "PROPN" or doc[last].lower_.rstrip(".") in word_set("titles")):
        last += 1
    closed = last < limit and (doc[last].text == "," or doc[last].text in (".", "!", "?")
                               and all(t.is_punct or t.is_space for t in doc[last:limit]))
    return last - 1 if last > glossed + 2 and closed else end


@extractors.register("in_the_view_of")
def extract_in_the_view_of(doc: Doc) -> list[Found]:
    """"In a CBS News poll released Monday, she led by 24 points." and "To Sexton, Tuesday marked a
    turning point.": a phrase opening the sentence, set off by a comma, names whose finding or
    view the rest of it is; unless the sentence has a cue verb of its own ("In a report, the
    agency warned …")."""
    out = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ not in ("in", "to") or first.dep_ != "prep" or cue_verb_stance(first.head):
            continue
        obj = next((g for g in first.children if g.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i + 1 >= sent.end or doc[obj.right_edge.i + 1].text != ",":
            continue
        if first.lower_ == "in" and obj.lemma_.lower() not in word_set("findings_nouns"):
            continue
        if first.lower_ == "to" and obj.ent_type_ not in ("PERSON", "ORG", "NORP"):
            continue
        source = np_offsets(obj)
        content = token_offsets(doc, obj.right_edge.i + 2, sent.end - 1, ".")
        if source is None or content is None:
            continue
        out.append(Found(content=[content], cue=(first.idx, first.idx + len(first.text)), source=source,
                         type="according_to", stance="assert", extractor="in_the_view_of", source_head=obj.i))
    return out
