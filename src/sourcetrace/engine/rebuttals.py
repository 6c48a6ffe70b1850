"""A negation that answers another source's claim just before it is a denial: "a post on a village
Facebook group claimed a deal had been signed … 'nothing has been signed,' the chairman said"; "the
ministry said the First Nation had been notified by letter … Cardinal said no such letter ever arrived".

What a reader uses: a claim by someone else in the last few sentences, a negation that leaves none of
what it speaks of ("never", "no such", "nobody", "nothing", "not a single", "not once") or a plain one
of a deed done ("the union had not thrown stones"), and a thing
both speak of (a word of the claim in the negated clause). An ordinary negative with no such claim
before it ("the road will not reopen before May"), or one about something else, stays an assertion.
Runs after resolution: "someone else" needs to know who is who.

Only a negation the reporter quotes in part answers a claim this way ('said he had "never once"
asked for the data to be delayed'): the partial quote is how a story marks the words of a denial.
Told plainly or inside a whole quote, a negation near another's claim was an account of one's own
("Nobody from council has knocked on a single door", "the ministry had not consulted unions"): over
the precision sets (docs/accuracy.md, round 28) 14 of the 46 such labels were the writers' denials;
of the partly quoted ones, 8 of 11. "No such …" points back at the claim whatever the form.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Token

from sourcetrace.contract import Attribution, Source

from .lexicon import load_json
from .parse.columns import columns
from .parse import span_at

REACH_SENTENCES = 3  # how far back a claim may be and still be the one answered
# "he had 'never once' asked for data to be delayed": one's own deed denied answers the charge
# against them, which others' denials may stand between; reached further back than other negations
DEED_REACH_SENTENCES = 6
OWN_SUBJECTS = {"i", "we", "he", "she"}
CLAIMING = ("assert", "warn", "believe")
OTHERS = {"they", "you"}  # a "never" about them answers for no one's deed
SAYING = {"tell", "say", "assure", "promise"}  # "I can tell you that …": the telling is not the answer


@lru_cache(maxsize=None)
def _lex() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("statements.json").items()
            if not k.startswith("_") and isinstance(v, list)}


def rebut_claims(doc: Doc, sources: list[Source], attributions: list[Attribution]) -> None:
    """Make each assertion that negates another's claim just before it a denial, in place. A
    document answers nobody ("according to the report, one in five had never used a food bank")."""
    documents = {s.id for s in sources if s.kind == "document"}
    ordered = sorted(attributions, key=lambda a: a.content.start)
    starts = [s.start_char for s in doc.sents]
    topics: dict[str, frozenset[str]] = {}
    for i, a in enumerate(ordered):
        if a.stance != "assert" or not a.statement or a.source_id is None or a.source_id in documents \
                or a.type == "according_to":
            continue
        clause = _none_said(doc, a)
        if clause is None:
            continue
        if _such_said_before(doc, clause, a.content.start):
            a.stance = "deny"
            continue
        if a.type != "mixed":
            continue  # a negation said plainly or in a whole quote, however near a claim, reads as an account
        mine = _topic(_denied_words(clause))
        here = max(0, bisect_right(starts, a.content.start) - 1)
        reach = starts[max(0, here - (DEED_REACH_SENTENCES if _own_deed_never(clause) else REACH_SENTENCES))]
        for j in range(i - 1, -1, -1):  # back to the reach only: no copy of all that came before
            b = ordered[j]
            if b.content.end < reach:
                break
            if b.source_id is None or b.source_id == a.source_id or b.stance not in CLAIMING or not b.statement \
                    or b.content.end > a.content.start:
                continue
            if b.id not in topics:
                span = span_at(doc, b.content.start, b.content.end)
                # a claim in the negative ("did not prove the bloom caused it") is no claim a negation contradicts
                topics[b.id] = _topic(list(span)) if span is not None and not _negative(span) else frozenset()
            if mine & topics[b.id]:
                a.stance = "deny"
                break


def _own_deed_never(clause: Token) -> bool:
    """"I never discussed it", "he had never once asked": "never" on a deed whose subject is the
    speaker (a pronoun for them)."""
    never = any(c.lower_ in ("never", "once") for c in clause.children)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return never and subject is not None and subject.lower_ in OWN_SUBJECTS


def _such_said_before(doc: Doc, clause: Token, start: int) -> bool:
    """"No such order was ever given", "no such letter arrived": "such" points back at a thing the
    article spoke of, however far before ("ordered him to burn the records" four paragraphs up); the
    thing's word (as noun or verb) must be there before, or "such" points at nothing."""
    for part in clause.children:
        if part.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj") or not any(
                d.lower_ == "such" for d in part.children) or not any(d.lower_ == "no" for d in part.children):
            continue
        wanted = part.lemma_.lower()
        before = doc.char_span(0, start, alignment_mode="contract")
        cols = columns(doc)  # read from the columns: no Token made for every word before
        return before is not None and any(cols.lemma[i] == wanted and cols.pos[i] in ("NOUN", "VERB")
                                          for i in range(before.end))
    return False


def _denied_words(clause: Token) -> list[Token]:
    """What the negation leaves none of, for the claim to have spoken of: the thing "no such
    letter" or "not a single job" names (a claim about the lake is not answered by "no
    hospitalizations had been linked to the lake"); else, for "nothing", "nobody" and "never",
    the whole clause."""
    negated = any(c.dep_ == "neg" for c in clause.children)
    named = [c for c in clause.children if _none_of(c, negated) and c.lower_ not in _lex()["none_words"]]
    if named:
        return [t for t in named[0].subtree if t.dep_ in ("compound", "amod") or t.i == named[0].i]
    return list(clause.subtree)


def _negative(span) -> bool:
    """The claim's first clause is negated, or leaves none."""
    first = span.doc[span.start:min(span.end, span[0].sent.end)] if len(span) else span
    heads = columns(span.doc).head
    roots = [span.doc[i] for i in range(first.start, first.end)
             if heads[i] == i or not first.start <= heads[i] < first.end]
    return any(any(c.dep_ == "neg" for c in r.children) or any(_none_of(c, False) for c in r.children) for r in roots)


def _topic(words: list[Token]) -> frozenset[tuple[str, str]]:
    """The things a clause speaks of: its nouns and main verbs, by lemma and by word class, so that
    a thing is not a doing of the same letters ("at the start of the tournament" speaks of nothing
    "the ball started coming on" did)."""
    return frozenset((t.lemma_.lower(), "VERB" if t.pos_ == "VERB" else "NOUN") for t in words
                     if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop
                     and t.lemma_.lower() not in _lex()["light_verbs"] and len(t.text) > 2)


def _none_said(doc: Doc, a: Attribution) -> Token | None:
    """The first clause of the content that leaves none of what it speaks of."""
    span = span_at(doc, a.content.start, a.content.end)
    if span is None or not len(span):
        return None
    first = doc[span.start:min(span.end, span[0].sent.end)]  # the answer comes first, not after a preamble
    heads = columns(doc).head
    roots = [doc[i] for i in range(first.start, first.end) if heads[i] == i or not first.start <= heads[i] < first.end]
    # "I can tell you that nothing has been signed": the clause told, under the telling
    told = [c for r in roots if r.lemma_ in SAYING for c in r.children if c.dep_ == "ccomp"]
    return next((clause for clause in roots + told if _leaves_none(clause)), None)


def _leaves_none(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _lex()["thought_verbs"] \
            or verb.lemma_ in _lex()["wish_verbs"] or verb.lemma_ in _lex()["experience_verbs"] \
            or verb.lemma_ in _lex()["undecided_verbs"]:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _lex()["conditional_marks"] for c in verb.children):
        return False
    if verb.lemma_ == "have" or any(c.dep_ == "aux" and c.lower_ in _lex()["future_modals"] for c in verb.children):
        return False  # "had no choice": an idiom, no claim answered; "will never let me forget it": a forecast
    if verb.sent.text.rstrip(" \"'”’").endswith("?") or _unanswered(verb):
        return False
    never = any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children)
    # "not once", and "had 'never once' asked", where the parser hangs "never" on "once"
    once = any(c.lower_ == "once" and (negated or any(d.dep_ == "neg" for d in c.children)) for c in verb.children)
    if (never or once) and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in OTHERS for c in verb.children):
        return True  # "we never …", "the company has never …"; not "they never received it": others' lot
    return any(_none_of(c, negated) for c in verb.children) or _deed_denied(verb, negated)


def _deed_denied(verb: Token, negated: bool) -> bool:
    """"the union had not thrown stones": a plain negation of a deed done, in the past, by a named
    doer (not "they", not "it"), with a thing it was done to; not a deed still to come ("he had not
    yet read the judgment" says where he is, not that a claim is false)."""
    if not negated or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(c.lower_ in ("yet", "still") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in OTHERS and subject.lower_ != "it" \
        and any(c.dep_ == "dobj" for c in verb.children)


def _unanswered(verb: Token) -> bool:
    """"Nobody can tell me what the occupancy will be": a question no one answers is a complaint
    that something is unknown, not a denial that it is so."""
    if verb.lemma_ not in SAYING and verb.lemma_ not in _lex()["answering_verbs"]:
        return False
    return any(c.dep_ in ("ccomp", "dobj") and c.left_edge.lower_ in _lex()["question_openers"]
               for c in verb.children)


def _none_of(word: Token, negated: bool) -> bool:
    """"nobody", "no such letter", "nothing", "(not) a single job"."""
    if word.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj"):
        return False
    if word.lower_ in _lex()["none_words"] or any(d.dep_ == "det" and d.lower_ == "no" for d in word.children):
        return True
    edge = word.left_edge
    if edge.lower_ == "not" and edge.i + 1 < word.i:  # the parser may take "Not" into the phrase
        negated, edge = True, word.doc[edge.i + 1]
    single = edge.lower_ in ("a", "one") and edge.i + 1 < len(word.doc) and word.doc[edge.i + 1].lower_ == "single"
    return single and (negated or edge.i > 0 and word.doc[edge.i - 1].lower_ == "not")
