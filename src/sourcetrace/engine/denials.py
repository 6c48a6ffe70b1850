"""A denier's own negations: once a source is reported denying something in an article, what it
says in the negative of itself there denies too.

"Kettering denies 11 counts of theft" and then, from her, "I would never have done this" or
"she had never taken a penny": the accused's negation of her own acts is her denial, not a
new assertion. Only for a source the article has already shown denying (a passer-by's "he had
never seen a tender decided so quickly" asserts), only after that denial (a profile's "he has
never missed a day through illness", paragraphs before he denies a story about him, answers no
accusation), and only a clause with the speaker as its
subject ("I", "we", a pronoun) or "there is no …", negated, about an act rather than a thought
("I never expected to win" is no denial). Runs after resolution: it needs to know who is who.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from sourcetrace.contract import Attribution, Source

from .lexicon import cue_stance, load_json
from .parse import parsed_text, span_at
from .parse.columns import columns
from .rebuttals import rebut_claims

NEGATIONS = {"never", "not", "n't", "no"}
SPEAKER_IN_QUOTE = {"i", "we"}
SPEAKER_REPORTED = {"i", "we", "he", "she"}
NOBODY = {"nobody", "no-one", "noone", "nothing", "none"}


@lru_cache(maxsize=None)
def _lex() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("statements.json").items()
            if not k.startswith("_") and isinstance(v, list)}


def carry_denials(doc: Doc, sources: list[Source], attributions: list[Attribution]) -> None:
    """Make a denier's self-negating assertions denials, in place."""
    names = {s.id: _name_words(s.name) for s in sources}
    first_denial: dict[str, int] = {}  # each denier's first denial, by where it starts
    for a in attributions:
        if a.stance == "deny" and a.source_id is not None:
            first_denial[a.source_id] = min(a.content.start, first_denial.get(a.source_id, a.content.start))
    for a in attributions:
        if a.stance != "assert" or not a.statement or a.source_id is None or not _negates_itself(doc, a):
            continue
        mine = names.get(a.source_id)
        # one person the resolver left as two ("Hollis Grange" and "Grange"): a name within the other
        denied_at = [at for who, at in first_denial.items() if who == a.source_id or mine and names.get(who)
                     and (mine <= names[who] or names[who] <= mine)]
        if denied_at and min(denied_at) < a.content.start:
            a.stance = "deny"
    _quotes_after_denials(doc, sources, attributions)
    rebut_claims(doc, sources, attributions)


def _quotes_after_denials(doc: Doc, sources: list[Source], attributions: list[Attribution]) -> None:
    """"Lessiter denied that his players had tired. 'We weren't tired, we were robbed,' he said."
    The denier's own quote straight after the denial (nothing but its closing stop between) that
    opens by negating, in the present or past ("It's nothing", "That figure was never in our
    projections"), is the denial in their words; not one that opens with a refusal or a plan ("I'm
    not going anywhere", "We won't be resigning"). After a denial its verb names ("Pell rejected the
    suggestion that his team had been lucky", "Benning denied bumping Sotelo"), the quote is the
    denier's rebuttal however it opens ("We had eighteen shots", "There was a foot of daylight between
    us"); after a verdict ("said that was untrue") one that only says something else ("The minutes are
    public") asserts it. The denial may hold some of the denier's words in quote marks ("rejected
    suggestions that it had kept families 'in the dark'")."""
    text = parsed_text(doc)
    roles = {s.id: s.description for s in sources}
    bodies = {s.id: s for s in sources if s.kind in ("organization", "group")}
    # a claim named inside a denial ("denied union claims that …") is the union's, not a statement
    # between the denial and the denier's quote after it
    denials = [a for a in attributions if a.stance == "deny"]
    ordered = sorted((a for a in attributions if not (a.type == "nominal" and any(
        d.content.start <= a.content.start and a.content.end <= d.content.end for d in denials))),
        key=lambda a: a.content.start)
    heard: set[str | None] = set()  # the sources heard before each attribution
    for before, a in zip(ordered, ordered[1:]):
        heard.add(before.source_id)
        if a.type != "direct" or a.stance != "assert" or not a.statement or before.stance != "deny" \
                or before.type not in ("indirect", "mixed") or a.source_id is None:
            continue
        # one who speaks for the denier, first heard in this quote ("the company denied …. 'There is
        # no process,' said its spokesman Marc Tessier") may open the denial in words: not another
        newcomer = a.source_id not in heard and a.source_id != before.source_id
        # or one whose role names the denying body, heard before or not ("TUTA denied …. 'Our members
        # belong to every party,' Adhikari said", Adhikari being "TUTA president")
        officer = _officer_of(roles.get(a.source_id), bodies.get(before.source_id))
        if a.source_id != before.source_id and not ((newcomer or officer) and _speaks_for(roles.get(a.source_id))):
            continue
        between = text[before.content.end:a.content.start]
        if between.strip(" .\n\"'“”‘’"):
            continue
        by_verb = _denied_by_its_verb(doc, before)
        if "\n\n" in between.strip(" ") and not by_verb:
            continue  # the next paragraph's quote answers a denial its verb names, not a verdict's
        opening = span_at(doc, a.content.start, a.content.end)
        if opening is None or not len(opening):
            continue
        first = doc[opening.start:min(opening.end, opening[0].sent.end)]  # the quote's first sentence
        # the first clause: the first verb with a subject of its own
        heads = [t for t in first if t.pos_ in ("VERB", "AUX")
                 and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)]
        if heads and (_opens_negating(heads[0]) or by_verb and not newcomer and _states(heads[0])
                      and not _concedes(heads[0])):
            a.stance = "deny"


def _concedes(root: Token) -> bool:
    """After denying, a quote that owns to some of what was put in doubt concedes rather than rebuts:
    a little of the act, in the first person ("I met them once, as I'd meet anyone"; lexicon:
    conceding_limits), the deed as the speaker's own choice ("I asked to step down for family
    reasons", after denying being pushed out; lexicon: choosing_verbs), or a point granted and then
    qualified ("It was wet, but it was wet for both sides"; lexicon: conceding_marks)."""
    if _negated(root):
        return False
    if _granted_then_qualified(root):
        return True
    who = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if who is None or who.lower_ not in SPEAKER_IN_QUOTE:
        return False
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _lex()["conceding_limits"] for c in root.children) \
        or root.lemma_.lower() in _lex()["choosing_verbs"] and any(c.dep_ == "xcomp" for c in root.children)


def _granted_then_qualified(root: Token) -> bool:
    """"It was wet, but it was wet for both sides": a clause owned as true, joined to one that
    qualifies it by a word of conceding."""
    return any(c.dep_ == "cc" and c.lower_ in _lex()["conceding_marks"] for c in root.children) \
        and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children)


def _speaks_for(role: str | None) -> bool:
    """A role that speaks for a body ("chief financial officer", "spokeswoman", "his lawyer")."""
    words = {w.strip("\"'“”‘’,.").lower() for w in (role or "").split()}
    return bool(words & _lex()["speaking_for_roles"])


def _officer_of(role: str | None, body: Source | None) -> bool:
    """The role names the body by a word of its name or its short name ("TUTA president" of the
    Trishakti University Teachers' Association, known as TUTA); not by a common word alone."""
    if not role or body is None:
        return False
    said = {w.strip("\"'“”‘’,.()").lower() for w in role.split()}
    names = {w.strip("\"'“”‘’,.()").lower() for w in f"{body.name or ''} {body.description or ''}".split()
             if w[:1].isupper() and len(w.strip("\"'“”‘’,.()")) > 2}
    return bool(said & (names - _lex()["speaking_for_roles"] - {"the", "of", "and", "for"}))


def _denied_by_its_verb(doc: Doc, a: Attribution) -> bool:
    """The denial's cue is a verb of denying ("denied", "rejected the claim"), not a verdict in its content."""
    cue = span_at(doc, a.cue.start, a.cue.end) if a.cue is not None else None
    return cue is not None and any(t.pos_ == "VERB" and cue_stance(t.lemma_) == "deny" and not _negated(t) for t in cue)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _states(root: Token) -> bool:
    """The quote's first clause states a fact: no plan, refusal or wish ("I'm not going anywhere",
    "I want …"), no question."""
    if root.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False
    if root.lemma_ in _lex()["thought_verbs"] or root.lemma_ in _lex()["wish_verbs"]:
        return False
    return not root.sent.text.rstrip(" \"'”’").endswith("?")


def _opens_negating(root: Token) -> bool:
    """The quote's first clause is negated or says "nothing", of a fact (no plan, no refusal)."""
    if root.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False
    return any(c.dep_ == "neg" or c.lower_ in _lex()["nothing_words"] or _none_of_it(c) for c in root.children) \
        or _all_of_it(root)


def _all_of_it(root: Token) -> bool:
    """"Every job we did was genuine", "Every dollar is accounted for": after a denial, the denier's
    word for all of what was put in doubt, done or found so, leaves none of the accusation standing;
    not a plan or a wish ("every family will get a doctor"), nor what goes on now ("every player
    deserves credit")."""
    if root.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False
    if root.lemma_ in _lex()["thought_verbs"] or root.lemma_ in _lex()["wish_verbs"] \
            or root.sent.text.rstrip(" \"'”’").endswith("?"):
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in _lex()["all_words"] or any(
        d.dep_ in ("det", "predet") and d.lower_ in _lex()["all_words"] for d in subject.children))


def _none_of_it(word: Token) -> bool:
    """"Nobody was turned away", "There is no process", "No such order was given", "Not a single trip
    is being cut": a subject or the thing there is, said to be none."""
    if word.dep_ not in ("nsubj", "nsubjpass", "attr"):
        return False
    if word.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in word.children):
        return True
    doc = word.doc
    edge = word.left_edge.i
    if doc[edge].lower_ == "not" and edge + 1 < word.i:  # the parser may take "Not" into the phrase
        edge += 1
    return edge > 0 and doc[edge].lower_ in ("a", "one", "single") and doc[edge - 1].lower_ == "not"


def _name_words(name: str | None) -> frozenset[str]:
    """A person's name as words, when it reads as a name (capitalised); none for "a spokesman"."""
    words = (name or "").split()
    return frozenset(w.lower() for w in words) if words and all(w[:1].isupper() for w in words) else frozenset()


def _negates_itself(doc: Doc, a: Attribution) -> bool:
    parts = a.content_parts or [a.content]
    for part in parts:
        span = span_at(doc, part.start, part.end)
        if span is None:
            continue
        heads = columns(doc).head  # read from the column: no Token made for every word's head
        roots = [doc[i] for i in range(span.start, span.end) if heads[i] == i or not span.start <= heads[i] < span.end]
        if any(_own_negation(root, a.type == "direct") for root in roots):
            return True
        # a clause joined to one, with a subject of its own, that negates the speaker's own deed: "I have
        # nothing to hide and I have hidden nothing"; not one that only qualifies a point granted ("Two men
        # were off sick, yet every pump was watched")
        joined = [c for r in roots for c in r.children if c.dep_ == "conj" and span.start <= c.i < span.end
                  and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
        if any(_own_negation(c, a.type == "direct") and not _all_of_it(c) and not _found_none(c) for c in joined):
            return True
    return False


def _represented(subject: Token, quoted: bool) -> bool:
    """"My client never received a penny", "his client had not seen the report": one who speaks for
    another (a lawyer for the accused) denies for them in their name (lexicon: represented_words)."""
    owners = SPEAKER_POSSESSIVES_IN_QUOTE if quoted else SPEAKER_POSSESSIVES_REPORTED
    return subject.lemma_.lower() in _lex()["represented_words"] \
        and any(d.dep_ == "poss" and d.lower_ in owners for d in subject.children)


SPEAKER_POSSESSIVES_IN_QUOTE = {"my", "our"}
SPEAKER_POSSESSIVES_REPORTED = {"my", "our", "his", "her", "their"}


def _found_none(verb: Token) -> bool:
    """"An independent audit found no defects", "tests have found no evidence of a leak": a check,
    said by a denier after the denial, that found none of what it was accused of is the denial's
    ground. A finding already made, not one to come ("the review will find no fault"); whoever did
    the checking (lexicon: finding_verbs)."""
    if verb.lemma_.lower() not in _lex()["finding_verbs"] or verb.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or _negated(verb):
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
               for c in verb.children)


def _own_negation(verb: Token, quoted: bool) -> bool:
    """"I would never have done this", "she had never taken a penny", "There is no offer". In a
    quote only "I" and "we" are the speaker; a deed is in the past ("I'm not going anywhere" is
    no denial)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _lex()["thought_verbs"] \
            or verb.lemma_ in _lex()["experience_verbs"] or verb.lemma_ in _lex()["undecided_verbs"]:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _lex()["conditional_marks"] for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if _found_none(verb):
        return True  # "inspections last year found no problems": the parser may leave it no subject
    if subject is None:
        return False
    if subject.dep_ == "expl":  # "there is no offer on the table"
        return verb.lemma_ == "be" and any(c.dep_ == "attr" and any(d.lower_ == "no" for d in c.children)
                                           for c in verb.children)
    if quoted and _all_of_it(verb):
        return True  # "Every job we did was genuine"
    own = subject.lower_ in (SPEAKER_IN_QUOTE if quoted else SPEAKER_REPORTED) or _represented(subject, quoted)
    # "I have hidden nothing", "we took nothing": the deed's object, none of it, negates it as "not" does
    negated = any(c.dep_ == "neg" and c.lower_ in NEGATIONS or c.dep_ == "dobj" and c.lower_ in NOBODY
                  for c in verb.children)
    done = verb.tag_ in ("VBD", "VBN") or verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("did", "would", "could") for c in verb.children)
    return own and negated and done
