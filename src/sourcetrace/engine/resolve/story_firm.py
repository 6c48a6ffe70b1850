""""Harwell Foods Plc reported a rise in profit … Veldhoven Ingredients GmbH did not respond … The
company also said": a business story names other firms (a supplier, a bidder, a broker's analyst)
beside the one it is about, and "the company" with several named is still that one: the firm the
headline names, else the first the lede names. Used only where several firms are named before the
word (with one, coref's `_the_firm` takes it) and no firm was just made a subject."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..parse import scratch, text_of
from . import bodies
from .firm_just_named import is_firm_word
from .legal_forms import without_legal_form, words_end_on_legal_form

LEDE_REACH = 600  # characters after the headline that the story's firm is looked for in
# a run of capitalised words, across line breaks ("Gulf Harvest Agritech\nL.L.C."), that may hold
# a firm's name and its legal form ("Lindqvist & Brandt Medizintechnik GmbH", "Minera Cerro Alto SpA")
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]*\n?[ \t]*(?:[A-Z][\w'’.,-]*|&|de|y|e|und))*")


def story_firm(head: Token, span: Span) -> str | None:
    """The story's firm (`_of_story`) for "the company", "The Company" (as releases write it) or
    "the company, now owned by …", where the text names more than one firm before `head`."""
    doc = head.doc
    if not is_firm_word(head) or head.tag_ not in ("NN", "NNP") \
            or head.i < span.end - 1 and doc[head.i + 1].text != ",":
        return None
    firm, named = _of_story(doc)
    if firm is None:
        return None
    before = {full for at, full in named if at < span.end_char}  # "The company, owned by Alpenmed AG," too
    # "Sahyadri Buildcon Pvt" in "Sahyadri Buildcon Pvt Ltd": a name inside another is the same firm
    distinct = {n for n in before if not any(n != other and n in other for other in before)}
    if len(distinct) < 2 or firm not in before or _other_opened_just_before(head, named, firm):
        return None
    return firm


def _other_opened_just_before(head: Token, named: list[tuple[int, str]], firm: str) -> bool:
    """"Castlegate Properties did not respond … In a filing, the company described …": another
    firm that opens the sentence before (or this one) is the one "the company" goes on with."""
    doc = head.doc
    first = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    opens = {t.idx for t in doc[first:head.i] if t.is_sent_start or t.i == first}
    text = text_of(doc)
    others = {full for _, full in named if full not in firm and firm not in full}
    others |= {without_legal_form(n) for n in others}
    return any(text.startswith(name, at) for at in opens for name in others)


def _of_story(doc: Doc) -> tuple[str | None, list[tuple[int, str]]]:
    """The story's firm and each firm named with where, once per doc."""
    memory = scratch(doc)
    if "story_firm" not in memory:
        named = _firms_named(doc)
        memory["story_firm"] = (_found(text_of(doc), named), named)
    return memory["story_firm"]


def _firms_named(doc: Doc) -> list[tuple[int, str]]:
    """Where the text names each firm, in full: the names it gives a legal form, and the firms the
    tagger found (bodies.firms), put in full where a legal form follows them elsewhere."""
    text = text_of(doc)
    formed: list[tuple[int, str]] = []
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for n in range(len(words), 1, -1):  # "Gulf Harvest Agritech L.L.C. Secures AED": up to the form
            if words_end_on_legal_form(words, n):
                name = " ".join(words[:n]).rstrip(",").removeprefix("The ")
                formed.append((run.start(), name))
                break
    full = {without_legal_form(name): name for _, name in formed}
    tagged = [(at, full.get(n, n)) for n in bodies.firms(doc) if (at := text.find(n)) >= 0]
    return sorted(set(formed + tagged))


def _found(text: str, named: list[tuple[int, str]]) -> str | None:
    """The one firm the headline names (in full or by the words before its legal form), else the
    firm the lede names first."""
    headline_end = text.find("\n")
    if headline_end < 0:
        return None
    headline = text[:headline_end]
    in_headline = {full for at, full in named if at < headline_end
                   or re.search(rf"\b{re.escape(without_legal_form(full))}\b", headline)}
    if in_headline:  # "Acme to buy Bolt": the headline's two firms leave it open
        return in_headline.pop() if len(in_headline) == 1 else None
    lede = [full for at, full in named if headline_end < at <= headline_end + LEDE_REACH]
    return lede[0] if lede else None
