"""What a reader is shown must be a statement: the last pass over the extractors' finds.

Some finds are no attribution at all and are dropped: an honour ("was named best actress"),
a note telling the reader what to do ("call the health department at …"), a film or book
title in quote marks taken for a quote, the speaker's own "I think" inside their quote, and
a "non-response" that is no answer withheld ("doesn't get on with his wife"; "could not be
contacted" about someone who had died, "could not be reached by road", "failed to address"),
a person "dismissed by" an employer taken for a denial, and people "accused of" something by
an accuser left unnamed, who said nothing by being accused. The rest are kept, each marked a
statement or not: a cue that names no saying ("were thrilled", "refused to sell", "posted
photos") reports what the source felt, wanted or did. A fronted participle phrase ("Speaking
from a stage, …") loses its place as the source. The words are data, in `lexicons/statements.json`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicon import cue_stance, load_json, no_response, people_words, word_set
from .base import Found, Offsets
from .claim_nouns import an_application, names_a_claim
from .summoned import named_as, summoned
from .content_stance import REBUTTED, fold, restance, saying_after
from .dismissed_as import named_not_denied
from .untrue_to_say import saying_supposed
from .headline import repair
from .impersonal import nobody_behind
from .in_marks import in_own_marks
from .unasked import asked_by_nobody, put_to_the_silent
from .syntax import cue_verb_stance, is_negated, main_verb_read_as_participle, subject
from ..parse import parsed_text, scratch, span_at
from ..parse.lemma_fixes import lemma

CLAUSE_VERBS = {"VBD", "VBZ", "VBP", "MD"}  # a verb that makes a clause of its own
TITLE_MAX_WORDS = 8
VERDICT_REACH = 16  # words into a "found …" content a verdict's word may stand ("found X and Y guilty")
_MINOR = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "but", "nor",
          "as", "vs", "vs.", "&", "is", "be", "it"}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def statement_words() -> dict[str, frozenset[str]]:
    """The word lists of `lexicons/statements.json`, loaded once."""
    return _lex()


@lru_cache(maxsize=None)
def _lex() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("statements.json").items()
            if not k.startswith("_") and isinstance(v, list)}


def judge(doc: Doc, finds: list[Found]) -> list[Found]:
    """The finds that are attributions, each with `statement` set."""
    return mark(doc, [f for f in finds if not no_attribution(doc, f, finds)])


def mark(doc: Doc, finds: list[Found]) -> list[Found]:
    """Set each find's `statement` and what its words say of its stance, fold two finds that
    are one statement, and take a fronted participle phrase off its source."""
    for f in finds:
        repair(doc, f)
    finds = fold(doc, finds, _lex())
    for f in finds:
        f.statement = is_statement(doc, f) and not _thought_in_quote(doc, f, finds) and not f.extra.get(REBUTTED) \
            and not asked_by_nobody(doc, f, finds) and not _act_before_saying(doc, f, finds) \
            and not _plea_told_again(doc, f, finds) and not _said_by_nobody(doc, f) and not _act_then_telling(doc, f, finds)
        _drop_participle_source(doc, f)
        restance(doc, f, _lex())
        if f.stance == "deny" and _denial_negated(doc, f):
            f.stance = "assert"  # "does not dispute the numbers", "never denied it": a concession
        elif f.stance == "deny" and named_not_denied(_cue_verb(doc, f), _lex()):
            f.stance = "assert"  # "dismissed the congress as 'a staged ritual'": a name put on a thing
    return finds


def _denial_negated(doc: Doc, f: Found) -> bool:
    verb = _cue_verb(doc, f)
    return verb is not None and cue_verb_stance(verb) == "deny" and is_negated(verb)


def _drop_participle_source(doc: Doc, f: Found) -> None:
    """"Speaking from a stage at the headquarters, the governor said": a fronted participle
    phrase is never the speaker; the noun phrase after its comma is, when there is one."""
    span = _tokens(doc, f.source)
    if span is None or not len(span) or span[0].tag_ != "VBG" or span[0].dep_ in ("compound", "amod"):
        return  # "Rowing club", "Leading scientists": a word of the name, not a phrase before it
    commas = [t.i for t in span if t.text == ","]
    rest = [t for t in span if commas and t.i > commas[-1] and not t.is_space]
    if rest and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in rest):
        f.source = (rest[0].idx, rest[-1].idx + len(rest[-1].text))
        f.source_head = doc[rest[0].i:rest[-1].i + 1].root.i
    else:
        f.source, f.source_head = None, None


def _tokens(doc: Doc, offsets: Offsets | None) -> Span | None:
    """The tokens over `offsets`, made once per doc: each find's cue, source and content are
    read by a score of the checks here, each of which would build the same span again."""
    if not offsets:
        return None
    spans = scratch(doc).setdefault("precision_spans", {})
    key = (offsets[0], offsets[1])
    if key not in spans:
        spans[key] = span_at(doc, key[0], key[1])
    return spans[key]


def _cue_verb(doc: Doc, f: Found) -> Token | None:
    verbs = scratch(doc).setdefault("precision_cue_verbs", {})
    if f.cue not in verbs:
        verbs[f.cue] = _find_cue_verb(doc, f)
    return verbs[f.cue]


def _find_cue_verb(doc: Doc, f: Found) -> Token | None:
    span = _tokens(doc, f.cue)
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return span.root if not verbs else next((t for t in verbs if t.pos_ == "VERB"), verbs[-1])


def _likelihood_of_saying(doc: Doc, f: Found) -> bool:
    """The cue verb is what a group is (more) likely to say ("are twice as likely to report low
    mood", "less likely to say they feel safe"): a measure of a survey, said by whoever measured
    it, not anyone's statement (lexicon: statements.json likelihood_words)."""
    verb = _cue_verb(doc, f)
    return verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" \
        and verb.head.lemma_.lower() in _lex()["likelihood_words"]


def _cue_says_nothing(doc: Doc, f: Found) -> bool:
    """A mixed find's cue with no word of saying, a verb or any other ("best known for", "starred
    in"): with no clause after it, the quote marks hold a title or a phrase, not words the source
    said ("ruled that the dismissal 'fell well outside …'" has its clause, and stays)."""
    span = _tokens(doc, f.cue)
    return span is not None and len(span) > 0 and not any(_said_word(t) or cue_verb_stance(t) is not None for t in span)


def _said_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return bool(cue_stance(lemma, noun=token.pos_ == "NOUN") or cue_stance(lemma)) or lemma in _lex()["said_cues"] \
        or token.lower_ in _lex()["said_cues"]


def _unsaid(doc: Doc, f: Found) -> bool:
    """"never says a word", "did not dispute the numbers", "has never spoken publicly about it",
    "rarely spoke about those years", "said nothing": a saying negated or seldom done, or nothing
    said, reports no words (a silence asked for is a non-response, found apart). A thought negated
    ("officials do not believe …") is still a view."""
    verb = _cue_verb(doc, f)
    if verb is None or verb.lemma_.lower() in _lex()["thought_verbs"]:
        return False
    content = _tokens(doc, f.content_span)
    nothing = content is not None and len(content) == 1 and content[0].lower_ in _lex()["nothing_words"]
    seldom = any(c.dep_ == "advmod" and c.lower_ in _lex()["seldom_words"] for c in verb.children)
    return is_negated(verb) or seldom or nothing


def _phrasal_act(token: Token) -> bool:
    """"wrote down 9 million euros", "wrote off the debt": a saying verb with a particle that makes an act."""
    return any(f"{token.lemma_.lower()} {c.lower_}" in _lex()["act_phrasal_verbs"] for c in token.children
               if c.dep_ in ("prt", "advmod") and c.i == token.i + 1)


def is_statement(doc: Doc, f: Found) -> bool:
    """True when the cue reports something said or written."""
    if f.stance not in ("no_response", "question") and f.type in ("indirect", "mixed") and _unsaid(doc, f):
        return False
    if f.type in ("indirect", "mixed") and (cue := _tokens(doc, f.cue)) is not None and any(_held_back(t) for t in cue):
        return False  # "stopped short of blaming the referee", "refrained from calling for …": nothing said
    if f.type in ("indirect", "mixed") and f.stance != "no_response" and cue is not None \
            and any(_only_meant(t) for t in cue):
        return False  # "hope to repeat the survey", "plans to announce the results": nothing said yet
    if f.type != "direct" and f.stance != "no_response" and _only_wished(doc, f):
        return False  # "Org hopes to name a deputy by May", "wants the institute to give seedlings": a wish
    if f.stance == "question" and f.type == "indirect" and (asked := _cue_verb(doc, f)) is not None \
            and is_negated(asked):
        return False  # "he never once asked the players what we thought": no question was put
    if f.cue is not None and f.type in ("indirect", "mixed") and _likelihood_of_saying(doc, f):
        return False  # "teens are twice as likely to report low mood": how often a group says so, a finding's figure
    if f.type == "mixed" and f.cue is not None and _thought_unvoiced(doc, f):
        return False  # 'the department expected "significant pushback"': a state of mind, in a phrase of the file's
    if f.type == "mixed" and f.cue is not None and _cue_says_nothing(doc, f) and not _has_clause(doc, f):
        return False  # 'Reyes, best known for the drama "Low Tide County"': a phrase in quote marks, no words said
    if f.stance == "no_response" or f.cue is None or f.type in ("direct", "mixed", "according_to", "nominal"):
        return True
    if f.type == "indirect" and (verb := _cue_verb(doc, f)) is not None and (summoned(verb) or named_as(verb)):
        return False  # "his mother called him": a call or a summons, no words reported
    if f.type == "indirect" and verb is not None and _applied_for(verb) and not _has_clause(doc, f):
        return False  # "claimed refunds on 312 invoices", "claimed asylum": a claim made for something
    span = _tokens(doc, f.cue)
    # a phrasal cue ("pushed back on the criticism") is a statement when it gave the find its stance
    said = [t for t in span if (_said_word(t) or cue_verb_stance(t) == f.stance) and not _phrasal_act(t)] \
        if span is not None else []
    if not said:
        return False
    if all(t.lemma_.lower() in _lex()["agreeing_verbs"] for t in said) and _to_do(doc, f):
        return False  # "has agreed to pay for the stock", "if they agree to rent the suite": a deal, not words
    if all(t.lemma_.lower() in _lex()["seen_by_people"] for t in said) and _a_person(doc, f) \
            and not _clause_reported(doc, f):
        return False  # "she found him sharp", "showed no emotion as the verdict was read": what a person saw or bore
    if all(t.lemma_.lower() in _lex()["showing_verbs"] for t in said) and _pictures(doc, f):
        return False  # "Television replays showed the ball was a matter of centimetres": what pictures show
    if all(t.lemma_.lower() in _lex()["showing_verbs"] | _lex()["evidence_verbs"] for t in said) \
            and _source_head_in(doc, f, "showing_events"):
        return False  # "The case showed how hard intent is to prove": a lesson drawn from an event
    if all(t.lemma_.lower() == "find" for t in said) and _a_verdict(doc, f):
        return False  # "the tribunal found him guilty of rough conduct": a verdict, no words reported
    if all(t.lemma_.lower() in _lex()["gesture_verbs"] for t in said) and _a_gesture(doc, f):
        return False  # "pointed to the sky after match point", "pointed at him": a gesture, no words
    if all(t.lemma_.lower() in _lex()["removal_senses"] for t in said) and _whom(doc, f) and not _has_clause(doc, f):
        return False  # "dismissed head coach Héctor Ruiz on Monday": a person sent away
    if all(t.lemma_.lower() in _lex()["ovation_verbs"] for t in said) and not _praises_a_thing(said[0]):
        return False  # "applauded when she finished speaking", "applauded the minister": applause, no words
    if all(t.lemma_.lower() in _lex()["that_clause_senses"] for t in said):
        content = _tokens(doc, f.content_span)
        return content is not None and len(content) > 0 and content[0].lower_ == "that"  # "held that …"
    if all(t.lemma_.lower() in _lex()["act_senses"] for t in said) and not in_own_marks(doc, f):
        content = _tokens(doc, f.content_span)
        # a clause of its own, not a participle on a noun ("diaries released under …") nor a relative
        # clause on one ("notes the statement issued by the Nation, which called for …")
        # ("proposed that talks resume": a "that" clause, its verb in the subjunctive)
        # a second act joined to the cue verb ("recalled its ambassador and summoned his deputy") is no clause of it
        verb = _cue_verb(doc, f)
        # nor a clause of the time the act was done in ("chanted his name as he walked off")
        return content is not None and (len(content) > 0 and content[0].lower_ == "that" or any(
            t.tag_ in CLAUSE_VERBS and t.pos_ in ("VERB", "AUX") and not _on_a_noun(t, content)
            and not (verb is not None and t.dep_ == "conj" and t.head.i == verb.i)
            and not _in_adverbial_clause(t, content) for t in content))
    if all(t.lemma_.lower() in _lex()["thought_verbs"] for t in said):
        return _thought_voiced(doc, f, said[0])
    if f.type == "indirect" and _would_say(said) and not in_own_marks(doc, f):
        return False  # "She'd tell a state senator what was wrong with his bill": a habit or a guess, no words reported
    if _found_in(doc, f, said):
        return False  # "Companies found in breach face fines": a participle on its noun, nothing found
    if all(t.lemma_.lower() in _lex()["evidence_verbs"] for t in said) and any(
            c.dep_ == "aux" and c.lower_ in _lex()["forecast_modals"] for t in said for c in t.children):
        return False  # "CCTV footage would show that …": what evidence is to show, foretold
    if f.type == "indirect" and any(c.dep_ == "aux" and c.lower_ in _lex()["obligation_modals"]
                                    for t in said for c in t.children):
        return False  # "the minister should tell the house whether …": what ought to be said, not words said
    if any(c.dep_ == "aux" and c.lower_ in _lex()["future_modals"] for t in said for c in t.children) \
            and not _has_clause(doc, f):
        return False  # "Funeral arrangements will be announced": a statement to come, no words yet
    return True


def _a_verdict(doc: Doc, f: Found) -> bool:
    """The content is someone found guilty, liable or innocent, with no "that" clause (lexicon:
    verdict_words)."""
    content = _tokens(doc, f.content_span)
    return content is not None and len(content) > 1 and content[0].lower_ != "that" \
        and any(t.lower_ in _lex()["verdict_words"] for t in content[:VERDICT_REACH])


def _a_gesture(doc: Doc, f: Found) -> bool:
    """What the gesture is aimed at, with no clause, is a person or a thing one can see (lexicon:
    gesture_targets), not a reason or a fact."""
    content = _tokens(doc, f.content_span)
    if content is None or not len(content) or _has_clause(doc, f):
        return False
    # the first thing named: "the sky" of "the sky after match point", not the time phrase after it
    thing = next((t for t in content if t.pos_ in ("NOUN", "PROPN", "PRON")
                  and not content.start <= t.head.i < content.end), None)
    return thing is not None and (thing.pos_ == "PRON" or thing.ent_type_ == "PERSON"
                                  or thing.lemma_.lower() in _lex()["gesture_targets"])


def _in_adverbial_clause(token: Token, content: Span) -> bool:
    """The token is in a clause of time that opens inside the content ("as he walked off")."""
    for t in [token, *token.ancestors]:
        if not content.start <= t.i < content.end:
            return False
        if t.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in _lex()["time_marks"] for c in t.children)
    return False


def _praises_a_thing(verb: Token) -> bool:
    """"applauded the decision": an object that is no one (no pronoun, name or word for a person)."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in people_words()
               and c.lower_ not in word_set("titles") for c in verb.children)


# a verb and the lexicon of objects with which it asks for or lets in something, saying nothing
APPLIED_OBJECTS = {"claim": "claim_applications", "admit": "admitted_entries", "write": "written_works",
                   "pen": "written_works"}


def _applied_for(verb: Token) -> bool:
    """"claim" with what one applies for as its object (lexicon: claim_applications), no claim
    that something is so; "admit" with what one lets in ("refused to admit an adjournment motion",
    "admitted 40 new pupils"; lexicon: admitted_entries), no admission; "write" with a work it makes
    ("writes her novels by hand"; lexicon: written_works), no statement."""
    for said in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):  # "refused to admit …"
        objects = APPLIED_OBJECTS.get(said.lemma_.lower())
        if objects is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in word_set(objects)
                                       for c in said.children):
            return True
    return False


def _only_meant(verb: Token) -> bool:
    """The cue verb is the infinitive of a hope, plan or try (lexicon: only_meant): "hope to repeat",
    "is expected to announce", "tried to joke"."""
    wish = verb.head
    if wish.lemma_.lower() == "like" and not any(c.lower_ in ("would", "'d", "’d") for c in wish.children):
        return False  # "he liked to say that …": said, and often
    # "Mabjaia hopes to repeat the survey": the tagger may make the hope a noun after a surname, the
    # infinitive its clause ("a plan her director called …" is a clause on the noun, no infinitive)
    infinitive = verb.dep_ == "xcomp" or verb.dep_ == "acl" and any(c.tag_ == "TO" for c in verb.children)
    return infinitive and lemma(wish) in _lex()["only_meant"] and wish.i < verb.i


def _only_wished(doc: Doc, f: Found) -> bool:
    """The cue's only words of saying are a wish or a fear (lexicon: wanting_words), verb or noun."""
    cue = _tokens(doc, f.cue)
    if cue is None:
        return False
    wanting = _lex()["wanting_words"]
    said = [t for t in cue if _said_word(t) or cue_verb_stance(t) is not None]
    return any(lemma(t) in wanting for t in cue) and all(lemma(t) in wanting for t in said)


def _held_back(verb: Token) -> bool:
    """The cue verb is what someone held back from: "stopped short of blaming", "refrained from calling
    for" (lexicon: held_back, the word the preposition hangs on)."""
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("of", "from") \
        and verb.head.head.lemma_.lower() in _lex()["held_back"]


def _passive_verdict(doc: Doc, f: Found) -> bool:
    """"Once the area was declared safe", "The contractor was declared a proclaimed offender", "The
    novel was refused a publishing permit": a passive cue with no one named doing it, read with its
    own subject as the first piece of the content and a complement as the second, reports a status
    given to the subject; "the jury was told that …" (a clause after it) is another matter. No
    attribution at all, dropped before it crowds out the report inside it ("was refused bail after a
    magistrate ruled he posed a risk")."""
    if f.source is not None or f.cue is None or len(f.content) != 2:
        return False
    verb = _cue_verb(doc, f)
    if verb is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    first, second = sorted(f.content)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # the complement a status ("safe", "a proclaimed offender", "a permit"), not a request ("were asked to describe …")
    given = [c for c in verb.children if second[0] <= c.idx < second[1]]
    return subject is not None and first[0] <= subject.idx < first[1] and second[0] >= f.cue[1] \
        and any(c.dep_ in ("oprd", "dobj", "attr", "acomp") for c in given) \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _on_a_noun(verb: Token, content: Span) -> bool:
    """The verb is in a relative clause or participle on a noun of the content."""
    return any(a.dep_ in ("relcl", "acl") for a in (verb, *verb.ancestors) if content.start <= a.i < content.end)


def _would_say(said: list[Token]) -> bool:
    """"He'd tell you it's harder for him", "she would tell them what was wrong": a saying with "would"
    is a habit, a guess or a plan, not words reported; "would only say that …" (or "would say only")
    reports what was said."""
    verb = said[0] if len(said) == 1 else None
    if verb is None or is_negated(verb):
        return False
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
    only = any(c.lower_ == "only" for c in verb.children) or any(
        g.lower_ == "only" for c in verb.children if c.dep_ in ("ccomp", "dobj") for g in c.children if g.i < c.i + 2)
    return would and not only


def _found_in(doc: Doc, f: Found, said: list[Token]) -> bool:
    """A finding or showing verb with nothing found ("Companies found in breach face fines of up to
    50,000 dirhams"): no object or clause of its own, and the content opens with a preposition on it."""
    verb = said[0] if len(said) == 1 else None
    if verb is None or verb.lemma_.lower() not in _lex()["evidence_verbs"] | {"find"}:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr", "acomp") for c in verb.children):
        return False
    content = _tokens(doc, f.content_span)
    return content is not None and len(content) > 0 and content[0].pos_ == "ADP" and content[0].head.i == verb.i


def _said_by_nobody(doc: Doc, f: Found) -> bool:
    """"Nobody downtown asked us", "Nobody is saying nothing can be built", "No family should have to
    wonder what …": a cue whose speaker is no one reports nobody's words; nor does one whose speaker
    is whoever might ("I don't want anyone wondering whether …"). The silence of no one is the
    non-response rule's to read ("No one answered the door")."""
    if f.stance == "no_response" or f.source is None:
        return False
    span = span_at(doc, *f.source)
    if span is None or not len(span):
        return False
    who = doc[f.source_head] if f.source_head is not None and span.start <= f.source_head < span.end else span.root
    # the speaker's first word too: the parser may make "Nobody downtown" a compound of "downtown"
    return who.lower_ in _lex()["none_words"] or span[0].lower_ in _lex()["none_words"] or span[0].lower_ == "no" \
        or any(d.dep_ == "det" and d.lower_ == "no" for d in who.children) or who.lower_ in _lex()["whoever_words"] \
        or _you_in_general(who) or len(span) > 1 and span[0].lower_ == "not" and span[1].lower_ in _lex()["not_all_words"]


def _you_in_general(who: Token) -> bool:
    """"When you tell people a cheque is coming, …": "you" in a clause of when or if is anyone."""
    verb = who.head
    return who.lower_ == "you" and who.dep_ == "nsubj" and verb.dep_ == "advcl" \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _lex()["general_you_marks"] for c in verb.children)


def _plea_told_again(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"Actor pleads not guilty as trial opens" over "… on Wednesday pleaded not guilty to assault": the
    headline's plea is the body's, told again; the body's report is the statement."""
    if f.cue is None or not _a_plea(doc, f):
        return False  # first the cheap test: pleas are few, and the headline is found once for them
    from .headline_reports import headline_span  # here: that module registers an extractor, which needs this package
    memory = scratch(doc)
    if "headline_span" not in memory:
        memory["headline_span"] = headline_span(parsed_text(doc))
    span = memory["headline_span"]
    if span is None or not span[0] <= f.cue[0] < span[1]:
        return False
    body = doc.char_span(span[1], len(parsed_text(doc)), alignment_mode="contract")
    # the body's plea, found as a statement or not ("on Wednesday pleaded not guilty to …")
    return body is not None and any(t.lemma_.lower() in _lex()["plea_verbs"] and _pleads(doc, t) for t in body)


def _a_plea(doc: Doc, f: Found) -> bool:
    verb = _cue_verb(doc, f)
    return verb is not None and verb.lemma_.lower() in _lex()["plea_verbs"] and _pleads(doc, verb)


def _pleads(doc: Doc, verb: Token) -> bool:
    """The plea verb is followed by a plea of innocence ("pleads not guilty", "entered a not-guilty plea")."""
    after = " ".join(parsed_text(doc)[verb.idx + len(verb.text):verb.idx + len(verb.text) + 40].lower().split())
    return any(after.startswith(plea) for plea in _lex()["pleas_denying"])


def _act_before_saying(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"defended the plan, saying …": the act on a bare object; the words after it are the statement."""
    verb = _cue_verb(doc, f)
    return f.type == "indirect" and verb is not None and verb.lemma_.lower() in _lex()["acts_before_saying"] \
        and saying_after(doc, f, finds) is not None


def _act_then_telling(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"She refused to pull the books from the library and told a Senate committee that …": a cue of no
    saying word whose content runs on over another find's saying cue is the act done before the
    telling; the telling is the statement."""
    span = _tokens(doc, f.cue)
    if f.type not in ("indirect", "mixed") or f.cue is None or span is None \
            or any(_said_word(t) or cue_verb_stance(t) for t in span):
        return False  # a Q&A turn's label ("MA:") is no act
    start, end = f.content_span
    return any(g is not f and g.cue is not None and start <= g.cue[0] and g.cue[1] <= end
               and any(_said_word(t) for t in (_tokens(doc, g.cue) or [])) for g in finds)


def _thought_unvoiced(doc: Doc, f: Found) -> bool:
    """A find whose cue is a thought verb that puts forward no view (see `_thought_voiced`)."""
    verb = _cue_verb(doc, f)
    return verb is not None and verb.lemma_.lower() in _lex()["thought_verbs"] and not _thought_voiced(doc, f, verb)


def _to_do(doc: Doc, f: Found) -> bool:
    """The content is an infinitive: "to pay for the stock he lost"."""
    content = _tokens(doc, f.content_span)
    return content is not None and len(content) > 1 and content[0].lower_ == "to" and content[0].tag_ == "TO"


def _whom(doc: Doc, f: Found) -> bool:
    """What the cue is done to is a person: a name or a word for one ("head coach Ana Ruiz", "the nominee")."""
    content = _tokens(doc, f.content_span)
    if content is None or not len(content):
        return False
    root = content.root
    return root.ent_type_ == "PERSON" or root.lemma_.lower() in word_set("person_nouns") | word_set("titles")


def _pictures(doc: Doc, f: Found) -> bool:
    """The source is footage, a replay, a video or photographs: pictures show, they say nothing."""
    return _source_head_in(doc, f, "picture_nouns")


def _source_head_in(doc: Doc, f: Found, words: str) -> bool:
    who = _tokens(doc, f.source)
    return who is not None and len(who) > 0 and who.root.lemma_.lower() in _lex()[words]


def _a_person(doc: Doc, f: Found) -> bool:
    """The source is a person: a pronoun, a name or a word for a person ("the engineer")."""
    who = _tokens(doc, f.source)
    if who is None or not len(who):
        return False
    root = who.root
    return root.pos_ == "PRON" or root.ent_type_ == "PERSON" or root.lemma_.lower() in word_set("person_nouns")


def _has_clause(doc: Doc, f: Found) -> bool:
    content = _tokens(doc, f.content_span)
    return content is not None and any(t.tag_ in CLAUSE_VERBS and t.pos_ in ("VERB", "AUX") for t in content)


def _clause_reported(doc: Doc, f: Found) -> bool:
    """The content is a clause the cue reports ("showed that the bids were rigged"), not a thing with
    a clause of time beside it ("no emotion as the verdict was read")."""
    content = _tokens(doc, f.content_span)
    if content is None or not len(content):
        return False
    tops = [t for t in content if not content.start <= t.head.i < content.end or t.head.i == t.i]
    return content[0].lower_ == "that" or any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("advcl", "relcl", "acl")
        and (t.tag_ in CLAUSE_VERBS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in CLAUSE_VERBS for c in t.children))
        for t in tops)


def _thought_voiced(doc: Doc, f: Found, verb: Token) -> bool:
    """"Officials believe the fire was set deliberately" is a view put forward; "neighbours thought
    he was a burglar" (what they thought then), "feel forgotten", "is thinking about rope" (no
    clause of what is thought) report a state of mind, not words."""
    if verb.lemma_.lower() in _lex()["wish_verbs"] | _lex()["feeling_verbs"]:
        return False  # "applicants hope the cap will be restored", "many traders fear a repeat": a wish, a fear
    if any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return False  # "Customers who believe they were overbilled can file a claim": whoever may think so
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "did", "was", "were") for c in verb.children)
    content = _tokens(doc, f.content_span)
    clause = content is not None and any(t.tag_ in CLAUSE_VERBS and t.pos_ in ("VERB", "AUX") for t in content)
    return clause and not past


def no_attribution(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """Whether `f` is no attribution at all, beside the other finds (a quote holding it, …)."""
    return _award(doc, f) or _reader_instruction(doc, f, finds) or _title(doc, f) \
        or _own_thought_in_quote(doc, f, finds) or _imperative_in_quote(doc, f, finds) \
        or _pointing_in_quote(doc, f, finds) \
        or _no_answer_withheld(doc, f) or _done_to_them(doc, f) \
        or _ruling(doc, f) or _decision(doc, f) or nobody_behind(doc, f, _cue_verb(doc, f), _lex()) \
        or _speaker_as_content(doc, f) or _anonymity_request(doc, f) or _undergone(doc, f) \
        or put_to_the_silent(f, finds) or _claim_named_in_quote(f, finds) or _passive_verdict(doc, f) \
        or saying_supposed(_cue_verb(doc, f), _lex()) or _name_asked_or_told(_cue_verb(doc, f))


def _name_asked_or_told(verb: Token | None) -> bool:
    """"I don't know what they called the dog": a naming verb on "what" in a clause of knowing asks a
    name; "He is what they called a late bloomer": under "be", with everyone as its subject, it tells
    what someone was (statements.json name_asking_heads, generic_namers). Neither reports a name
    given; "it was what critics called a giveaway" and "angry at what they called abuse" do."""
    if verb is None or verb.lemma_ not in _lex()["naming_verbs"] or verb.dep_ not in ("ccomp", "xcomp", "attr") \
            or not any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < verb.i for c in verb.children):
        return False
    if verb.head.lemma_ in _lex()["name_asking_heads"]:
        return True
    who = subject(verb)
    return verb.head.lemma_ == "be" and who is not None and who.lower_ in _lex()["generic_namers"]


def _claim_named_in_quote(f: Found, finds: list[Found]) -> bool:
    """'"The suggestion that my client ran this operation is untrue," the lawyer said': a claim named,
    by no one, in someone's quote, is their words about it, not a second attribution."""
    return f.type == "nominal" and f.source is None and _inside_other(f, [g for g in finds if g.type in ("direct", "mixed")])


def _undergone(doc: Doc, f: Found) -> bool:
    """"A father and son accused of charging homeowners …": a participle hung on the source's
    noun says what was done to them; whoever accused them goes unnamed, and they said nothing."""
    verb = _cue_verb(doc, f)
    source = _tokens(doc, f.source)
    return verb is not None and source is not None and verb.tag_ == "VBN" and verb.dep_ == "acl" \
        and source.start <= verb.head.i < source.end and not any(c.dep_ == "agent" for c in verb.children) \
        and not main_verb_read_as_participle(verb)


def _anonymity_request(doc: Doc, f: Found) -> bool:
    """"…, who asked not to be named": what a source asked of the reporter, not what it states."""
    opening = parsed_text(doc)[f.content_span[0]:f.content_span[0] + 40].lower()
    return any(opening.startswith(words) for words in _lex()["anonymity_requests"])


def _speaker_as_content(doc: Doc, f: Found) -> bool:
    """'“…,” said festival director Ruth Cabot, who …' read as if the name were what was said: after
    a closing quote, a said-verb's "content" that is a person's name, or a person described with no
    clause of its own ("said a man queueing for tea"), is its speaker."""
    if f.source is not None or f.cue is None or f.type != "indirect":
        return False
    before = parsed_text(doc)[max(0, f.cue[0] - 80):f.cue[0]].rstrip(" ,\n")  # the marks just before the cue
    content = _tokens(doc, f.content_span)
    if not before.endswith(('"', "”", "'", "’")) or content is None or not len(content):
        return False
    # "“…,” said a woman queueing for tea": a described person and no clause of its own
    if content[0].lower_ in ("a", "an", "the", "one", "another") and \
            not any(t.tag_ in CLAUSE_VERBS for t in content):
        return True
    # the name opens the "content" (after a title or two) and is then described: ", who …"
    name = [t for t in content[:6] if t.ent_type_ == "PERSON"]
    if not name or any(t.pos_ in ("VERB", "AUX") for t in content[:name[-1].i - content.start]):
        return False
    after = doc[name[-1].i + 1:name[-1].i + 3]
    return len(after) == 2 and after[0].text == "," and after[1].lower_ in ("who", "whose")


def _ruling(doc: Doc, f: Found) -> bool:
    """"The judge dismissed the citation": a court disposing of a case, not a denial. "Denied the
    charges" is the accused's denial: "deny" does not dispose of a charge (lexicon: claim_objects)."""
    verb = _cue_verb(doc, f)
    return f.stance == "deny" and verb is not None and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _lex()["legal_proceedings"]
        and not (verb.lemma_.lower() == "deny" and c.lemma_.lower() in word_set("claim_objects"))
        for c in verb.children)


def _decision(doc: Doc, f: Found) -> bool:
    """"The board rejected the bid", "was denied entry": a thing turned down that is no claim is
    a decision, not a denial; "rejected the claim", "denied it", "dismissed the report as …" stay."""
    verb = _cue_verb(doc, f)
    content = _tokens(doc, f.content_span)
    if f.stance != "deny" or verb is None or content is None or verb.lemma_.lower() not in _lex()["deciding_verbs"]:
        return False
    if any(t.tag_ in CLAUSE_VERBS for t in content) or any(t.text in ('"', "“", "‘") for t in content) \
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # a clause said to be untrue, or a verdict in the speaker's words
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                  and content.start <= c.i < content.end), None)
    if thing is None and verb.lemma_.lower() not in _lex()["act_claim_verbs"]:
        # "rejected selling the field": an act turned down; "denied selling it" is a claim denied
        return any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "ccomp") and content.start <= c.i < content.end
                   for c in verb.children)
    if thing is not None and verb.lemma_.lower() == "deny":
        if gerund_read_as_modifier(verb, thing, _lex()["granted_things"]):
            return False  # "denies steering grant to nephew": an act denied, not a grant refused
        # "denied the leak" denies it happened; "denied her insurance claim" turned it down
        return thing.lemma_.lower() in _lex()["granted_things"] or an_application(thing)
    return thing is not None and not names_a_claim(thing, tags=None, findings=True)


def gerund_read_as_modifier(verb: Token, thing: Token, granted: frozenset[str]) -> bool:
    """"denied meeting executives", "denies steering grant": a gerund right after the verb that the
    parser hung on the object as a modifier; not one that names a thing granted ("denied planning
    permission")."""
    doc = verb.doc
    first = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return first is not None and first.i < thing.i and first.lower_.endswith("ing") and first.dep_ in ("compound", "amod") \
        and first.head.i == thing.i and first.left_edge.i == first.i and first.lower_ not in granted


def _done_to_them(doc: Doc, f: Found) -> bool:
    """"Hadfield was dismissed by the fire service", a headline's "Nurse dismissed over …": a person
    dismissed was sacked, not denied."""
    verb = _cue_verb(doc, f)
    if f.stance != "deny" or verb is None or verb.lemma_.lower() not in _lex()["acts_in_passive"]:
        return False
    who = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if who is None and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ in ("over", "for", "after") for c in verb.children):
        return True  # a headline's "Warehouse picker unfairly dismissed over toilet breaks": dismissed, nothing denied
    return who is not None and (who.ent_type_ == "PERSON" or who.lower_ in ("he", "she", "they", "i", "we"))


def _award(doc: Doc, f: Found) -> bool:
    verb = _cue_verb(doc, f)
    if verb is None or verb.lemma_.lower() not in _lex()["award_verbs"]:
        return False
    return any(c.dep_ in ("auxpass", "oprd", "attr") for c in verb.children) or verb.tag_ == "VBN"


def _inside_other(f: Found, finds: list[Found]) -> bool:
    return f.cue is not None and any(g is not f and g.content_span[0] <= f.cue[0] and f.cue[1] <= g.content_span[1]
                                     for g in finds)


def _reader_instruction(doc: Doc, f: Found, finds: list[Found]) -> bool:
    lex = _lex()
    if _inside_other(f, finds):
        return False
    first = _cue_verb(doc, f)
    asked = next((c for c in first.children if c.dep_ == "nsubjpass"), None) if first is not None else None
    if asked is not None and asked.lower_ in lex["audience_words"]:
        return True  # "Readers are advised that this article contains the name of a person who has died"
    if asked is not None and asked.lower_ in lex["instruction_subjects"]:
        # "Anyone with information is asked to call the tip line": the readers, asked by no one named
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["instruction_verbs"] for c in first.children)
    if asked is not None and _people_now_asked(first, asked):
        return True
    if first is not None and (_number_to_call(doc, f, first) or _purpose_of_an_order(first)):
        return True
    cue = _tokens(doc, f.cue)
    # "Those wishing to send condolences can write to …": the instruction is the cue's last verb
    verb = next((t for t in reversed(cue) if t.pos_ == "VERB"), None) if cue is not None else None
    if verb is None or verb.lemma_.lower() not in lex["instruction_verbs"]:
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head  # "Evacuees should register … by calling 1-800-…": the instruction is the register
    who = subject(verb)
    if who is not None and who.tag_ == "NNS" and who.i < verb.i and not any(c.dep_ == "poss" for c in who.children):
        # "Evacuees should register …", "Residents can request …": any group told what it can do
        return any(c.lower_ in lex["instruction_modals"] for c in verb.children if c.dep_ == "aux")
    if who is None or who.dep_ == "nsubj" and who.i > verb.i:
        # an imperative opens its clause: "Call the council at …", "For help, email …"
        return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children) \
            and verb.dep_ in ("ROOT", "conj")
    modal = any(c.lower_ in lex["instruction_modals"] for c in verb.children if c.dep_ == "aux")
    return modal and who.lower_ in lex["instruction_subjects"]


PHONE_NUMBER = re.compile(r"(?:\+?\d[\d ().-]{5,}\d)")


def _number_to_call(doc: Doc, f: Found, verb: Token) -> bool:
    """"by calling the box office on 01632 960 418": a telephone number for the reader to call."""
    content = _tokens(doc, f.content_span)
    return verb.lemma_.lower() in _lex()["phoning_verbs"] and content is not None \
        and PHONE_NUMBER.search(content.text) is not None


def _purpose_of_an_order(verb: Token) -> bool:
    """"To report a tangled animal, call the hotline": the cue is what the reader is told to do it for."""
    order = verb.head
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and order.tag_ == "VB" and order.dep_ == "ROOT" and order.i > verb.i \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in order.children)


def _people_now_asked(verb: Token, asked: Token) -> bool:
    """"Islanders whose travel has been disrupted are asked to log details at …": a group of people
    asked now, by no one named, to do something is the article telling its readers."""
    return asked.tag_ == "NNS" and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ == "auxpass" and c.lower_ in ("are", "is") for c in verb.children) \
        and any(c.dep_ == "xcomp" for c in verb.children)


def _title(doc: Doc, f: Found) -> bool:
    """A quote with no cue and no speaker that reads as a name: "The Long Road Home", "Salt and Iron";
    or, whatever cue was found for it, one set right after a noun for a work ("wrote a memoir,
    "Paste and Thread,"") with no verb in it."""
    if f.type not in ("direct", "mixed"):
        return False
    if f.cue is not None:
        return _named_work(doc, f)
    if f.type != "direct":
        return False
    start, end = f.content_span
    words = _WORD.findall(parsed_text(doc)[start:end]) if parsed_text(doc)[start:end].strip() else []
    inner = parsed_text(doc)[start:end].rstrip(" ,.\"'”’")
    before = doc.char_span(max(0, start - 40), start, alignment_mode="contract")
    named = before is not None and any(t.lower_ in _lex()["title_nouns"] for t in list(before)[-4:])
    if words and named and _set_off(doc, before, f, clause_too=True):
        return True  # "The study, "Vanishing Potholes: Three Decades of …," is free": a subtitle and all
    # a subtitle after a colon, once a word for the work comes before ("its study, "Securing the Catch: …"")
    stops, most = (r"[.!?;]\s", 2 * TITLE_MAX_WORDS) if named else (r"[.!?;:]\s", TITLE_MAX_WORDS)
    if not words or len(words) > most or re.search(stops, inner) or inner.endswith(("!", "?")):
        return False
    capitalised = words[0][0].isupper() and all(w[0].isupper() or _minor(w) for w in words)
    return capitalised and (len(words) >= 2 or named) or named and (len(words) <= 4 or _set_off(doc, before, f))


def _minor(word: str) -> bool:
    """A small word a title keeps in lower case, in English or another language ("avec", "de")."""
    return word.lower() in _MINOR or word.lower() in _lex()["title_minor_words"]


def _set_off(doc: Doc, before: Span, f: Found, clause_too: bool = False) -> bool:
    """"The paper, “Inherited thermal tolerance in corals”, is the first …": a quote set off by
    commas straight after a word for a work, with no clause of its own (a subject and its verb), names it;
    with no cue for it, a title that is a sentence does too ("The study, "Desert microbes prime tomatoes
    for drought", was funded …"), when no one in it is a pronoun ("The report, "We found …", was
    published" quotes its authors)."""
    quote = span_at(doc, *f.content_span)
    told = quote is None or any(t.dep_ in ("nsubj", "nsubjpass", "expl") and quote.start <= t.head.i < quote.end
                                for t in quote)
    if told and clause_too and quote is not None:
        told = any(t.pos_ == "PRON" for t in quote)
    work = [t for t in before if not t.is_quote][-2:]
    after = parsed_text(doc)[f.content_span[1]:f.content_span[1] + 80].lstrip("\"'”’?!")
    if after.startswith(" (") and ")" in after:
        after = after[after.index(")") + 1:]  # "His memoir, “Het geduld van het water” (The Patience of Water), sold …"
    return not told and len(work) == 2 and work[0].lower_ in _lex()["title_nouns"] and work[1].text == "," \
        and after.startswith(",")


def _named_work(doc: Doc, f: Found) -> bool:
    start, end = f.content_span
    words = _WORD.findall(parsed_text(doc)[start:end])
    quote = span_at(doc, start, end)
    before = doc.char_span(max(0, start - 40), start, alignment_mode="contract")
    if not words or len(words) > TITLE_MAX_WORDS or quote is None or before is None:
        return False
    capitalised = all(w[0].isupper() or _minor(w) for w in words)
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in quote)
    # a title in sentence case, as French and Spanish write them, when commas set it off after the
    # word for the work ("wrote a memoir, "Une tasse de thé avec Rita," and …")
    return (capitalised or _set_off(doc, before, f)) and verbless \
        and any(t.lower_ in _lex()["title_nouns"] for t in list(before)[-4:])


def _imperative_in_quote(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"Show us where the money went," she said: inside her quote, her "show" is a demand, no second
    attribution (an imperative has no subject and no auxiliary)."""
    verb = _cue_verb(doc, f)
    if f.type != "indirect" or verb is None or verb.tag_ != "VB" or verb.dep_ == "conj" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False  # "She'd sit by the range and tell us …": a verb joined to one with a subject
    # it opens its sentence, after an adverb or a particle at most ("Then tell me", "Please show us")
    if any(t.pos_ not in ("ADV", "INTJ", "CCONJ", "PUNCT", "PART", "SPACE") for t in doc[verb.sent.start:verb.i]):
        return False
    return _inside_a_quote(f, finds)


def _inside_a_quote(f: Found, finds: list[Found]) -> bool:
    """Whether the find, cue and words, lies inside another find's quote."""
    return any(g is not f and g.type in ("direct", "mixed") and g.content_span[0] <= f.cue[0]
               and f.content_span[1] <= g.content_span[1] + 2 for g in finds)


def _own_thought_in_quote(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"I don't expect a deal," she said: inside her quote, her "I expect" is no second attribution."""
    if f.source is None or f.stance not in ("believe",) and is_statement(doc, f):
        return False
    who = parsed_text(doc)[f.source[0]:f.source[1]].lower()
    if who not in _lex()["inner_subjects"]:
        return False
    return _inside_a_quote(f, finds)


def _pointing_in_quote(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"This tells them City Hall isn't listening," he said: inside a quote, what "this" or "that"
    shows is the speaker's reading of it, no attribution of its own."""
    who = parsed_text(doc)[f.source[0]:f.source[1]].lower() if f.source else ""
    return who in _lex()["pointing_subjects"] and _inside_a_quote(f, finds)


def _thought_in_quote(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"He thinks I'm panicking," she said: inside a quote, what another thinks is her words, not his;
    and what nobody in particular says there in her words ("People say they can't see it") is her
    way of putting it, no one's statement."""
    verb = _cue_verb(doc, f)
    thought = f.stance == "believe" and verb is not None and verb.lemma_.lower() in _lex()["thought_verbs"]
    who = parsed_text(doc)[f.source[0]:f.source[1]].lower() if f.source else ""
    start = f.content_span[0]
    quoted = start > 0 and parsed_text(doc)[start - 1] in "'\"‘’“”"  # "everyone said, 'Now you rest.'"
    return (thought or who in _lex()["anyone_words"] and f.type == "indirect" and not quoted
            or _telling_us(verb)) and _inside_other(f, [g for g in finds if g.type in ("direct", "mixed")])


def _telling_us(verb: Token | None) -> bool:
    """"Customers are telling us very clearly what they value", "Northern travellers are telling us
    they want the south": in a quote, those the speaker serves "telling us", in the present
    progressive, is the speaker's reading of them, not words anyone said."""
    if verb is None or verb.lemma_.lower() != "tell" or verb.tag_ != "VBG":
        return False
    now = any(c.dep_ == "aux" and c.lower_ in ("are", "is", "'re", "'s") for c in verb.children)
    return now and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("us", "me") for c in verb.children)


def _no_answer_withheld(doc: Doc, f: Found) -> bool:
    if f.stance != "no_response":
        return False
    lex = _lex()
    verb = _cue_verb(doc, f)
    if verb is not None and verb.lemma_ not in ("reach", "contact", "return", "answer", "draw") \
            and verb.lemma_ not in no_response()["leave_verbs"] and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "funding has not yet been confirmed": a thing unconfirmed ("was not authorised to speak" is leave)
    if verb is not None and verb.lemma_ in ("get", "return"):  # negated, or "Nobody … to get this done"
        # "would not get into specifics": a refusal with a modal, as the non-response rule reads it
        refused = gone_into(verb) is not None and any(c.dep_ == "aux" and c.lower_ in no_response()["refusing_modals"]
                                                     for c in verb.children)
        answered = refused or any(c.lower_ in lex["answer_particles"] for c in verb.children if c.dep_ in ("prt", "advmod")) \
            or any(c.lower_ in lex["answer_objects"] or c.lemma_ in lex["answer_objects"]
                   for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
        if not answered:
            return True
    if verb is not None and verb.lemma_ in ("reach", "contact") and _cut_off(verb, lex):
        return True
    if verb is not None and verb.lemma_ == "fail":
        after = _tokens(doc, f.content_span)
        if after is None or not any(t.lower_ in lex["request_words"] for t in after):
            return True
    source = _tokens(doc, f.source)
    return source is not None and any((t.lemma_.lower() in lex["death_words"] or t.lower_ in lex["death_words"])
                                      and not _a_body_of_people(t) for t in source)


def _a_body_of_people(token: Token) -> bool:
    """"the league's referees body", "the governing body": a body that is an organisation, named by a
    word before it, is no corpse."""
    return token.lemma_.lower() == "body" and any(c.dep_ in ("compound", "amod") for c in token.children)


def gone_into(verb: Token) -> tuple[Token, Token] | None:
    """"go into detail", "get into specifics": the preposition and the answer gone into (lexicon:
    no_response.json entering_verbs, entering_preps, answers_given)."""
    lex = no_response()
    if verb.lemma_ not in lex["entering_verbs"]:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in lex["entering_preps"]:
            thing = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in lex["answers_given"]), None)
            if thing is not None:
                return prep, thing
    return None


def _cut_off(verb: Token, lex: dict) -> bool:
    """"The village could not be reached by road": a place, or a way to travel, not a source silent."""
    by = [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
          for g in c.children if g.dep_ == "pobj"]
    if any(g.lower_ in lex["unreachable_by"] for g in by):
        return True
    who = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return who is not None and (who.ent_type_ in ("GPE", "LOC", "FAC") or who.lemma_.lower() in lex["place_nouns"])
