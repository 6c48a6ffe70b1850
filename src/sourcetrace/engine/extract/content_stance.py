"""A stance the words give where the cue verb gives none: "said that was untrue" is a denial,
and "would neither confirm nor deny" a question left unanswered, not a denial; and two finds
that are one statement, folded. The words are data, in `lexicons/statements.json`."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .answered_no import no_to_a_claim_put
from .asked_whether import no_to_a_question_asked
from .made_up import said_made_up
from .misrepresented import said_to_misstate
from .not_accepted import claim_not_accepted
from .position_stated import denial_held_now
from .refusal_announced import refusal_announced
from .referred_elsewhere import referred_elsewhere
from .untrue_to_say import untrue_to_say
from .base import Found
from .claim_nouns import names_a_claim
from .in_marks import in_own_marks
from .syntax import in_question, is_hedged, is_negated, trim
from ..lexicon import cue_stance, kind_words, word_set
from ..parse import parsed_text, span_at
from ..parse.columns import columns


def restance(doc: Doc, f: Found, lex: dict[str, frozenset[str]]) -> None:
    """Set `f.stance` where the words of its cue or content say more than the cue verb did."""
    if f.stance == "assert" and (any(_denial(root, lex) or _own_rejection(root, lex) or _dismissal_as_head(root, lex)
                                     or said_made_up(root, lex) or denial_held_now(root, lex)
                                     or claim_not_accepted(root, lex) or said_to_misstate(root, lex)
                                     for root in _roots(doc, f))
                                 or _plea_of_innocence(doc, f, lex) or _called_untrue(doc, f, lex)
                                 or _innocence(doc, f, lex) or _gainsaid(doc, f) or no_to_a_claim_put(doc, f, lex)
                                 or no_to_a_question_asked(doc, f)):
        f.stance = "deny"
    elif f.stance == "assert" and referred_elsewhere(doc, f):
        f.stance = "no_response"  # "Ask somebody else": the question sent on, none of it answered


def _gainsaid(doc: Doc, f: Found) -> bool:
    """"Anyone who says otherwise hasn't read the file": whoever says otherwise, made the subject of a
    verdict, is told they are wrong: the claim made against the speaker is denied."""
    content = span_at(doc, *f.content_span)
    if content is None:
        return False
    for word in content:
        if word.lower_ != "otherwise" or word.i == content.start:
            continue
        saying = doc[word.i - 1]  # the word before: the parser may hang "otherwise" on the main verb
        said = cue_stance(saying.lemma_.lower()) is not None or cue_stance(saying.lemma_.lower(), noun=True) is not None
        # the saying is, or qualifies, the subject of its sentence's clause ("anyone who says …", "any suggestion …")
        holder = saying.head if saying.dep_ in ("relcl", "acl") else saying
        if said and holder.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _innocence(doc: Doc, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """"insisted it had done nothing wrong", "the funder had no role in the design": a clause saying
    its subject had no part in the thing denies it; not one that is negated ("did not say he had no
    role"), conditional ("if he has done nothing wrong, …") or a question."""
    content = span_at(doc, *f.content_span)
    cue = _cue_token(doc, f)
    if content is None or cue is not None and is_negated(cue):
        return False  # "did not say that he had no role": nothing said
    lower = columns(doc).lower
    # quote marks around part of a phrase leave it the same phrase: 'had "no hand" in the violence'
    kept = [i for i in range(content.start, content.end) if not doc[i].is_quote]
    words = [lower[i] for i in kept]
    present = set(words)  # most phrases' first word is not in the content at all: no slide over it
    for phrase in lex["innocence_phrases"]:
        wanted = phrase.split()
        if wanted and wanted[0] not in present:
            continue
        for i in range(len(words) - len(wanted) + 1):
            if words[i:i + len(wanted)] == wanted and _stated(doc[kept[i]], lex):
                return True
    return False


def _stated(word: Token, lex: dict[str, frozenset[str]]) -> bool:
    """The clause holding `word` states it: no negation, condition or question on the way up."""
    clause = word
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if is_negated(clause) or any(c.dep_ == "mark" and c.lower_ in lex["conditional_marks"] for c in clause.children):
        return False
    if clause.dep_ in ("relcl", "acl"):
        return False  # "funded by the trust, which had no role in its design": a disclosure of another, no denial
    return not in_question(clause)


def _called_untrue(doc: Doc, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """"called the allegations false", "branded the report 'a smear'": naming a claim untrue
    denies it. Both the claim and the verdict must be in the content, the verdict after the claim."""
    verb = _cue_token(doc, f)
    content = span_at(doc, *f.content_span)
    if verb is None or content is None or verb.lemma_.lower() not in lex["naming_verbs"]:
        return False
    # the claim named in the content, or as the verb's object before it ("calling the accusation 'a smear'")
    named = [c for c in verb.children if c.dep_ == "dobj" and c.i < content.start]
    claim = next((t for t in [*named, *content] if t.pos_ in ("NOUN", "PRON")
                  and t.dep_ in ("dobj", "nsubj", "nsubjpass")
                  and (t.lower_ in lex["claim_subjects"] or t.lemma_.lower() in lex["claim_subjects"])), None)
    if claim is None:
        return False
    after = [t for t in content if t.i > claim.i]
    return any(_verdict(t, lex, claim.pos_ == "NOUN") or _not_true(t, lex) for t in after) \
        or _accusation_dismissed(claim, after, lex)


def _not_true(word: Token, lex: dict[str, frozenset[str]]) -> bool:
    """"called that account 'not accurate'": a word for true, negated, is a verdict of untrue; not
    one held to a measure or a part ("not accurate enough to plan on", "not true of every ward")."""
    return word.lemma_.lower() in lex["truth_predicates"] and any(c.dep_ == "neg" for c in word.children) \
        and not any(c.dep_ in ("prep", "ccomp", "xcomp") or c.lower_ == "enough" for c in word.children)


def _accusation_dismissed(claim: Token, after: list[Token], lex: dict[str, frozenset[str]]) -> bool:
    """"called the accusation 'a desperate move'": an accusation named, then the speaker's own words
    for it in quote marks, dismisses it; not words that weigh it ("called the allegations 'serious'")."""
    return claim.pos_ == "NOUN" and claim.lemma_.lower() in lex["accusation_nouns"] \
        and any(t.is_quote for t in after) and any(t.is_alpha for t in after) \
        and not any(t.lower_ in lex["weighing_words"] or t.lemma_.lower() in lex["weighing_words"] for t in after)


def _plea_of_innocence(doc: Doc, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """"has pleaded not guilty to arson": a plea that denies the charge."""
    verb = _cue_token(doc, f)
    said = " ".join(parsed_text(doc)[f.content_span[0]:f.content_span[1]].lower().split())
    return verb is not None and verb.lemma_.lower() in lex["plea_verbs"] \
        and any(said.startswith(plea) for plea in lex["pleas_denying"])


def _neither_nor(doc: Doc, f: Found, lex: dict[str, frozenset[str]]) -> tuple[int, int] | None:
    """"would neither confirm nor deny", "would not confirm or deny": nothing denied, nothing
    answered. The characters of the confirming words before "deny", when so."""
    cue = span_at(doc, *f.cue) if f.cue else None
    verb = next((t for t in cue if t.lemma_.lower() == "deny"), None) if cue is not None else None
    if verb is None:
        return None
    before = doc[max(0, verb.i - 4):verb.i]
    confirm = [t for t in before if t.lemma_.lower() in lex["confirm_verbs"]]
    joined = any(t.lower_ in ("nor", "or") for t in before)
    negated = any(t.lower_ in ("neither", "not", "n't", "never") for t in doc[max(0, verb.i - 6):verb.i])
    return (confirm[0].idx, verb.idx) if confirm and joined and negated else None


def _roots(doc: Doc, f: Found) -> list[Token]:
    """The head of each sentence of each piece of the content: a quote may deny in its second
    sentence ("It is a story with no author. It is fiction."), or after the cue that splits it;
    and the clauses a head carries as its equals: one joined to it ("it had won on merit and that
    any suggestion otherwise was untrue"), or the answer after "No," that the parser hangs on it."""
    roots = []
    for start, end in f.content:
        span: Span | None = span_at(doc, start, end)
        if span is not None:
            heads = columns(doc).head  # read from the column: no Token made for every word's head
            tops = [doc[i] for i in range(span.start, span.end) if heads[i] == i or not span.start <= heads[i] < span.end]
            roots += tops + [c for t in tops for c in _joined_clauses(t) if span.start <= c.i < span.end]
    return roots


def _joined_clauses(head: Token) -> list[Token]:
    """Clauses that say as much as `head` does: a conjoined clause with its own subject, and
    the clause after an interjection ("No, that is not correct")."""
    if head.pos_ == "INTJ":
        return [c for c in head.children if c.pos_ in ("VERB", "AUX") and c.i > head.i]
    return [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)]


def _own_rejection(root: Token, lex: dict[str, frozenset[str]]) -> bool:
    """"I reject that completely", "We deny these allegations": the speaker denying in the first
    person what was put to them; a claim must be its object ("We reject the offer" is an act)."""
    if root.pos_ != "VERB" or cue_stance(root.lemma_.lower()) != "deny" or is_negated(root):
        return False
    who = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if who is None or who.lower_ not in lex["own_words_subjects"]:
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in lex["claim_subjects"] or c.lemma_.lower() in lex["claim_subjects"]
                                     or cue_stance(c.lemma_.lower(), noun=True) is not None
                                     or c.lemma_.lower() in word_set("claim_objects"))
               for c in root.children)


def _denial(root: Token | None, lex: dict[str, frozenset[str]]) -> bool:
    """"That was untrue", "the claims are baseless", "There is no such plan", "There is not a
    word of truth in it"."""
    if root is None or root.lemma_ != "be":
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "expl")), None)
    if _not_what_happened(root, subject, lex):
        return True
    said_of = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    if _motive_denied(root, said_of, lex):
        return True
    if _characterisation_untrue(root, said_of, lex) or _characterisation_dismissed(root, subject, said_of, lex) \
            or untrue_to_say(root, subject, said_of, lex):
        return True
    if subject is None or not said_of:
        return False
    if subject.dep_ == "expl":
        return any(_nothing_true(c, is_negated(root), lex) for c in said_of)
    claim = subject.lower_ in lex["claim_subjects"] or subject.lemma_.lower() in lex["claim_subjects"]
    # the parser may hang the "not" on the word for true ('it was "simply not true" that …')
    negated = is_negated(root) or any(d.dep_ == "neg" for c in said_of for d in c.children)
    if negated and subject.lower_ == "it" and _that_clause(root, said_of):
        # "it is not true that I took the money"; not "it is not right that children go hungry"
        return any(c.lemma_.lower() in lex["untrue_that_predicates"] for c in said_of)
    if is_negated(root) or any(d.dep_ == "neg" for c in said_of for d in c.children):
        # "that is simply not correct", "the report is not true"; not "it is not right to …"
        return claim and subject.lower_ != "it" and any(
            (c.lemma_.lower() in lex["truth_predicates"] and not any(d.dep_ in ("prep", "ccomp", "xcomp") for d in c.children))
            or _portrayal_untrue(c, lex) for c in said_of) \
            and not any(c.dep_ in ("ccomp", "xcomp", "advcl") and not _carrying_on(c) for c in root.children)
    doc = root.doc
    if subject.lower_ == "it" and (any(c.dep_ in ("ccomp", "xcomp") for t in [root, *said_of] for c in t.children)
                                   or any(c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("to", "that", "for")
                                          for c in said_of)):
        return False  # "it is wrong to punish them": a judgment of an act, not of a claim
    named = subject.pos_ == "NOUN"
    return claim and any(_verdict(c, lex, named) for c in said_of)


def _motive_denied(root: Token, said_of: list[Token], lex: dict[str, frozenset[str]]) -> bool:
    """"the changes were not a response to falling approval ratings": a past deed said, under a
    negation, not to answer to a cause denies the motive put to it; not a judgment of now ("tax cuts
    are not a response to inflation"), nor one without the cause named."""
    if root.tag_ != "VBD" or not is_negated(root) and not any(d.dep_ == "neg" for c in said_of for d in c.children):
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in lex["motive_nouns"]
               and any(p.dep_ == "prep" and p.lower_ in ("to", "for", "against") for p in c.children) for c in said_of)


def _carrying_on(clause: Token) -> bool:
    """", pointing out that …", ", adding …": a participle after a comma goes on to say more; it is
    not what the verdict is held to ("that is not true of every ward", "not right to …")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > 0 and clause.doc[clause.i - 1].lower_ == ","


def _portrayal_untrue(word: Token, lex: dict[str, frozenset[str]]) -> bool:
    """"not a fair reading of the facts", "not an accurate picture": under the negation, a portrayal
    said to be unfaithful; not one weighed some other way ("not a popular reading")."""
    return word.lemma_.lower() in lex["portrayal_nouns"] \
        and any(d.dep_ == "amod" and d.lower_ in lex["portrayal_measures"] for d in word.children)


def _characterisation_untrue(root: Token, said_of: list[Token], lex: dict[str, frozenset[str]]) -> bool:
    """"To describe this as a crisis is simply not accurate", "calling it a cover-up is false": a
    clause for calling something so, as the subject of a verdict of untrue, denies that it is so.
    Not a verdict on an act ("to describe the scene is not easy"), nor one taken back ("calling her
    a hero is not wrong"), nor a forecast or a question ("to say so would be false?")."""
    calling = next((c for c in root.children if c.dep_ == "csubj" and c.lemma_.lower() in lex["characterising_verbs"]), None)
    if calling is None or is_hedged(root) or in_question(root):
        return False
    negated = is_negated(root) or any(d.dep_ == "neg" for c in said_of for d in c.children)
    if negated:
        return any(_not_true_word(c, lex) for c in said_of)
    return any(c.lemma_.lower() in lex["denial_predicates"] or c.lower_ in lex["denial_predicates"] for c in said_of)


def _characterisation_dismissed(root: Token, subject: Token | None, said_of: list[Token],
                                lex: dict[str, frozenset[str]]) -> bool:
    """"That description was 'insulting'", "the allegation is defamatory": a name put on the speaker's
    side, pointed at as said ("that", "this", "the"), called an insult or a slander is rejected; not
    negated ("the comparison is not insulting"), asked, or said of a number ("the figure is outrageous")."""
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "NOUN" \
            or subject.lemma_.lower() not in lex["characterisation_nouns"] or not _pointed_at(subject):
        return False
    if is_negated(root) or any(d.dep_ == "neg" for c in said_of for d in c.children) \
            or in_question(root):
        return False
    return any(c.lemma_.lower() in lex["dismissal_words"] or c.lower_ in lex["dismissal_words"] for c in said_of)


def _dismissal_as_head(head: Token, lex: dict[str, frozenset[str]]) -> bool:
    """The same dismissal where the parser made the word the clause's head, "was" its helper
    ("said that description was 'insulting'")."""
    if head.pos_ != "ADJ" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return _characterisation_dismissed(head, subject, [head], lex)


def _pointed_at(noun: Token) -> bool:
    """"that description", "the accusation": a name pointed at as one already said (the parser may
    take "that" for the clause's mark)."""
    pointers = ("that", "this", "the", "these", "those", "such")
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return any(d.dep_ == "det" and d.lower_ in pointers for d in noun.children) \
        or before is not None and before.lower_ in ("that", "this") and before.dep_ == "mark"


def _not_true_word(word: Token, lex: dict[str, frozenset[str]]) -> bool:
    """A word for true, not held to a measure or a part ("not accurate enough", "not true of every ward")."""
    return word.lemma_.lower() in lex["truth_predicates"] \
        and not any(c.dep_ in ("prep", "ccomp", "xcomp") or c.lower_ == "enough" for c in word.children)


def _not_what_happened(root: Token, subject: Token | None, lex: dict[str, frozenset[str]]) -> bool:
    """"That was simply not what happened", "that is not what occurred": an account said to be other
    than the events denies it (lexicon: statements.json happening_verbs); so does one said to be other
    than what was said or signed ("that is not what we signed", "not what I said": undertaking_verbs)."""
    if subject is None or subject.lower_ not in ("that", "this"):
        return False
    for said in root.children:
        if said.dep_ not in ("attr", "ccomp") or said.lemma_.lower() not in lex["happening_verbs"] \
                and said.lemma_.lower() not in lex["undertaking_verbs"]:
            continue
        # what happened, or what was said or signed ("what" its object)
        roles = ("nsubj",) if said.lemma_.lower() in lex["happening_verbs"] else ("dobj",)
        what = next((c for c in said.children if c.dep_ in roles and c.lower_ == "what"), None)
        if what is not None and (is_negated(root) or is_negated(said)):
            return True
    return False


def _that_clause(root: Token, said_of: list[Token]) -> bool:
    """The "that" clause an extraposed "it" stands for, on the verb or on what is said of it (which
    the parser may read as a relative clause of "the case")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               or c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "that" and c.left_edge.i == t.i + 1
               for t in [root, *said_of] for c in t.children)


def _verdict(word: Token, lex: dict[str, frozenset[str]], named: bool = False) -> bool:
    """"untrue", "a smear", "a fairy tale": a word, or a noun with its modifiers, that calls a claim
    untrue; and, said of a claim `named` as one ("the allegation", not "it"), a dismissal of it
    ("a cheap shot", "a witch hunt"), which said of "it" may be a tackle."""
    if word.lemma_.lower() in lex["denial_predicates"] or word.lower_ in lex["denial_predicates"]:
        return True
    if word.pos_ == "NOUN" and word.lemma_.lower() in lex["verdict_measures"] and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(g.lemma_.lower() in lex["denial_predicates"]
                                                           or g.lower_ in lex["denial_predicates"] for g in p.children)
            for p in word.children):
        return True  # "a work of fiction", "a pack of lies": the verdict under a measure noun
    modifiers = [t for t in word.lefts if t.dep_ in ("compound", "amod", "nmod")]
    phrase = word.doc[modifiers[0].i:word.i + 1].text.lower() if modifiers else ""
    return phrase in lex["denial_phrases"] or named and phrase in lex["dismissal_phrases"]


def _nothing_true(noun: Token, negated: bool, lex: dict[str, frozenset[str]]) -> bool:
    """After "there is": "no such plan", "no truth in it", "not a word of truth in it"."""
    no = negated or any(d.lower_ == "no" for d in noun.children)
    if not no:
        return False
    if not negated and any(d.lower_ == "such" for d in noun.children) and any(p.lower_ == "as" for p in noun.children):
        return False  # "there is no such thing as an easy game": a saying about the world, no claim answered
    if noun.lemma_ in lex["denial_nouns"] or not negated and any(d.lower_ == "such" for d in noun.children):
        return True
    # "not a word of truth", "no shred of truth": the truth denied sits under a measure noun
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lemma_ in lex["denial_nouns"] for g in p.children)
               for p in noun.children)


REBUTTED = "rebutted_object"  # Found.extra key: the bare object of a denial made in the words after it


def fold(doc: Doc, finds: list[Found], lex: dict[str, frozenset[str]]) -> list[Found]:
    """Two finds that are one statement: "the council said it could not comment on …" is the
    council's non-response, not an assertion holding a second one. And "Bell disputed that, saying
    drivers would …" is one statement: Bell's denial, in the words she said; the bare "that" she
    disputed is kept, marked `REBUTTED`, to be no statement but a link to the claim she denied."""
    dropped: set[int] = set()
    replaced: dict[int, Found] = {}
    for f in finds:  # first the silences, so that a speaker's own is known when its report is read
        if f.stance == "deny" and (confirming := _neither_nor(doc, f, lex)) is not None:
            f.stance = "no_response"  # and the "would not confirm" beside it is the same silence
            dropped.update(id(g) for g in finds if g is not f and g.cue and g.cue[0] < confirming[1] and confirming[0] < g.cue[1])
    for f in finds:
        if f.stance == "deny" and (said := saying_after(doc, f, finds)) is not None:
            denied = trim(doc, f.content_span[0], said.cue[0])
            thing = span_at(doc, *denied) if denied is not None else None
            if thing is not None and thing.root.pos_ == "NOUN" and not names_a_claim(thing.root, tags=None, findings=True):
                dropped.add(id(f))  # "rejected the latest offer, saying …": a decision, and what they say of it
            elif thing is not None and _points_back(thing):
                # one statement, a denial in the words said ("rejected that claim, saying Y": Y, deny); the
                # bare object stays, no statement, to link the denial to the claim rejected
                replaced[id(f)] = replace(f, content=[denied], extra={**f.extra, REBUTTED: True})
                said.stance = "deny"
            elif denied is not None:
                replaced[id(f)] = replace(f, content=[denied])  # "rejected the audit's findings, saying …": two
            if said.source is None:
                said.source, said.source_head = f.source, f.source_head
        elif f.stance == "assert" and f.type in ("indirect", "mixed") and (inner := _own_silence(doc, f, finds, lex)):
            if not _reason_for_silence(doc, f, finds):
                f.stance = "no_response"  # "said it does not confirm or deny whether …": one silence, however cued
            dropped.update(id(g) for g in inner)
    # finds by where their cue starts: each outer find looks only at those cued inside it
    cued = sorted((f for f in finds if f.cue is not None), key=lambda f: f.cue[0])
    starts = [f.cue[0] for f in cued]
    for outer in finds:
        if id(outer) in dropped:
            continue
        start, end = outer.content_span
        inside = cued[bisect_left(starts, start):bisect_left(starts, end)]
        if outer.type in ("direct", "mixed"):
            dropped.update(_own_words(doc, outer, inside, lex))
        if outer.type in ("indirect", "mixed") and outer.stance != "no_response":
            dropped.update(_silence_said_in_passing(doc, outer, inside))
        if outer.stance == "no_response":
            # "did not reply to an email asking whether …": the email's question, not one the silent asked
            dropped.update(id(g) for g in inside if g.stance == "question" and g.content_span[1] <= end)
    return [replaced.get(id(f), f) for f in finds if id(f) not in dropped]


def _points_back(thing: Span) -> bool:
    """"that", "the criticism", "that account": an object that only points back at what was said
    before; not one that names whose or which ("the audit's findings", "the union's figures")."""
    return all(t.pos_ in ("DET", "PRON") or t.lower_ in POINTING_WORDS or t.i == thing.root.i and t.pos_ == "NOUN"
               for t in thing if not t.is_punct)


POINTING_WORDS = {"that", "this", "those", "these", "it"}  # "disputed that": the parser may take it for a conjunction


def _own_words(doc: Doc, quote: Found, finds: list[Found], lex: dict[str, frozenset[str]]) -> set[int]:
    """A speaker's "we reject", "I'm not going to talk about that" inside their own quote is no
    second attribution: it gives the quote its stance. "We flatly reject any suggestion of
    favouritism" makes the quote a denial; a refusal that opens it makes it a non-response; "I
    don't answer it" (what she does, then answers) is only her words. The ids of the finds folded."""
    start, end = quote.content_span
    folded = set()
    for f in finds:
        if f is quote or f.cue is None or f.source is None or not start <= f.cue[0] < end \
                or parsed_text(doc)[f.source[0]:f.source[1]].lower() not in lex["own_words_subjects"]:
            continue
        if f.stance not in ("deny", "no_response"):
            if not in_own_marks(doc, f):  # "I said, 'What have you got to lose?'": words once said, quoted
                folded.add(id(f))  # "I can tell you that …", "I told them to stop": her words, said once
        elif f.stance == "deny":
            quote.stance = "deny" if quote.stance == "assert" else quote.stance
            folded.add(id(f))
        elif not _refusing(doc, f):
            folded.add(id(f))
        elif f.source[0] - start <= OPENING_CHARS and quote.stance == "assert":
            quote.stance = "no_response"
            folded.add(id(f))
    return folded


def _silence_said_in_passing(doc: Doc, f: Found, finds: list[Found]) -> set[int]:
    """"She said the board had a duty to … and that she would not comment on individual
    discussions": her own silence, said after what she did say, is part of her statement."""
    start, end = f.content_span
    folded = set()
    for g in finds:
        if g is f or g.stance != "no_response" or g.cue is None or g.source is None \
                or not start + OPENING_CHARS < g.source[0] < g.cue[0] < end:
            continue
        who = span_at(doc, *g.source)
        if who is not None and len(who) == 1 and who[0].pos_ == "PRON" and _same_voice(doc, f, who[0]):
            folded.add(id(g))
    return folded


OPENING_CHARS = 6  # a pronoun this close to the content's start opens it ("“I won't …")


def _refusing(doc: Doc, f: Found) -> bool:
    """A silence in the future or with a modal ("won't discuss", "not going to talk"), not a habit."""
    cue = span_at(doc, *f.cue)
    return cue is not None and any(t.tag_ == "MD" or t.lemma_ == "go" and t.tag_ == "VBG" for t in cue)


def _cue_token(doc: Doc, f: Found) -> Token | None:
    span = span_at(doc, *f.cue) if f.cue else None
    if span is None or not len(span):
        return None
    return next((t for t in span if t.pos_ == "VERB"), span.root)


def saying_after(doc: Doc, f: Found, finds: list[Found]) -> Found | None:
    """The "saying …" find hung from a denial whose own object is bare ("that", "the criticism")."""
    verb = _cue_token(doc, f)
    if verb is None:
        return None
    for g in finds:
        said = _cue_token(doc, g) if g is not f and g.cue is not None else None
        # the parser may hang ", saying" on the denial as its clause ("disputed that, saying …")
        hung = said is not None and (said.dep_ in ("advcl", "xcomp", "conj")
                                     or said.dep_ == "ccomp" and said.i > 0 and doc[said.i - 1].text == ",")
        if not hung or said.tag_ != "VBG" or said.head.i != verb.i or g.stance != "assert" or g.cue[0] <= f.content_span[0]:
            continue
        denied = doc.char_span(f.content_span[0], g.cue[0], alignment_mode="contract")
        if denied is not None and not any(t.pos_ in ("VERB", "AUX") for t in denied):
            return g
    return None


def _reason_for_silence(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"declined to say whether it had paid, saying the company would not discuss an ongoing
    investigation": the words given with a refusal, hung on its verb, are its reason, asserted; the
    refusal itself is the non-response, told once."""
    said = _cue_token(doc, f)
    if said is None or said.tag_ != "VBG":
        return False
    refused = said.head
    return any(g is not f and g.stance == "no_response" and g.cue is not None and g.cue[0] <= refused.idx < g.cue[1]
               for g in finds)


def _own_silence(doc: Doc, f: Found, finds: list[Found], lex: dict[str, frozenset[str]]) -> list[Found]:
    """The non-responses reported by their own speaker: a pronoun or "her office" as its subject."""
    start, end = f.content_span
    silences = []
    for g in finds:
        if g is f or g.stance != "no_response" or g.cue is None or not start <= g.cue[0] < end or g.source is None:
            continue
        who = span_at(doc, *g.source)
        cue = span_at(doc, *g.cue)
        if who is None or cue is None or who.start_char - start > OPENING_CHARS \
                or any(t.pos_ == "VERB" and not _joined_to(t, cue, lex) for t in doc[who.end:cue.start]):
            continue  # "said it had no interest in the site but would not comment": the silence comes second
        if len(who) <= 3 and (who[0].pos_ == "PRON" or who[0].tag_ == "PRP$") and not _another_person(who) \
                and _same_voice(doc, f, who[0]) \
                or _policy_of_spokesperson(doc, f, g, who, lex) or refusal_announced(doc, who, cue):
            silences.append(g)
    return silences


def _another_person(who: Span) -> bool:
    """"her sister", "his neighbour": a possessive before a person is someone else, whose silence
    the speaker reports; "her office", "his campaign" speak for the speaker."""
    head = who[-1].lemma_.lower()
    return head in kind_words()["kin"] or head in word_set("person_nouns")


def _joined_to(verb: Token, cue: Span, lex: dict[str, frozenset[str]]) -> bool:
    """"confirm" in "does not confirm or deny": one silence, not a statement before a silence
    ("had no interest in the site but would not comment")."""
    return verb.lemma_.lower() in lex["confirm_verbs"] and any(
        c.dep_ == "conj" and cue.start <= c.i < cue.end for c in verb.children)


def _policy_of_spokesperson(doc: Doc, f: Found, silence: Found, who: Span, lex: dict[str, frozenset[str]]) -> bool:
    """"A spokesman for the watchdog said the office 'does not comment on …'", "the trust's chief
    executive said the charity would not comment": one who speaks for a body, giving the policy or
    refusal of "the office", "the ministry", gives their own body's silence. Only a policy in the
    present or a refusal with a modal: "said the company did not respond" reports another's silence."""
    speaker = span_at(doc, *f.source) if f.source else None
    cue = span_at(doc, *silence.cue)
    if speaker is None or cue is None or len(who) != 2 or who[0].lower_ != "the":
        return False
    bodies = kind_words()["organization"]
    # one who speaks for a body: its spokesperson, or "the trust's chief executive"
    speaks_for = any(t.lower_ in lex["spokesperson_words"] or t.lemma_.lower() in bodies for t in speaker)
    body = who[1].lemma_.lower() in bodies
    # a policy ("does not comment") or a refusal ("would not comment"), not a past silence
    refusal = any(t.tag_ in ("VBZ", "VBP", "MD") for t in cue)
    # "said the ministry had nothing to add": nothing left to say holds now, told in the past tense
    left = any(t.lower_ == "nothing" for t in cue)
    return speaks_for and body and (refusal or left)


PRONOUN_PERSONS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
                   "they": "p", "them": "p", "their": "p"}


def _same_voice(doc: Doc, f: Found, pronoun: Token) -> bool:
    """The pronoun can be the reporting speaker: never "they" for one speaker ("he said they did
    not return his calls"), and not "he" for "she"."""
    mine = PRONOUN_PERSONS.get(pronoun.lower_)
    if mine == "p":
        return False
    speaker = span_at(doc, *f.source) if f.source else None
    theirs = PRONOUN_PERSONS.get(speaker.text.lower()) if speaker is not None else None
    return mine is None or theirs is None or mine == theirs
