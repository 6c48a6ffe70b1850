"""Reported speech around a cue verb: "X said (that) …", "…, X told Y", "X warned of …".

The content is the verb's clausal complement; when the parser hangs the
complement elsewhere (a post-posed "…, three officials said."), the content is
the sentence before the comma that sets the cue off.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import cue_stance, kind_words, load_json, no_response, speaking_nouns
from . import extractors
from .base import Found, Offsets, overlap
from .claim_nouns import names_a_claim
from .quotemarks import CLOSERS, OPENERS, find_quotes
from .precision import gerund_read_as_modifier
from .syntax import (is_hedged, not_known_yet, speaker_offsets, that_clause, questions_answered, cue_phrase, cue_verb_stance, is_negated, is_passive_participle,
                     subject, token_offsets, trim, main_verb_read_as_participle)
from ..parse import scratch, text_of

TELL_VERBS = {"tell", "inform", "brief", "assure", "advise", "notify", "warn", "promise", "email", "text", "write"}
CHANNEL_PREPS = {"via", "through", "over", "by"}
CHANNEL_NOUNS = {"statement", "interview", "email", "e-mail", "letter", "tweet", "post", "message", "messages",
                 "call", "conference", "briefing", "speech", "video", "release", "text", "texts", "podcast",
                 "broadcast", "radio", "television", "tv", "twitter", "facebook", "instagram", "telegram",
                 "x", "social", "op-ed", "memo", "note", "filing", "hearing", "testimony", "phone"}
# "said in a statement that …", "told analysts on a call that …": where a channel noun is named.
CHANNEL_NOUN_PREPS = {"in", "on", "at", "during", "over"}
# Stances whose verb reports a claim by naming it: "denied the allegations", "admitted wrongdoing".
OBJECT_STANCES = {"deny", "admit"}
# Verbs that name what a claim is: "called the allegations false", "branded the report a smear".
NAMING = {"call", "brand", "label", "term", "dub"}
# Verbs that, negated before a question ("did not say how much …"), withhold an answer.
WITHHELD = {"say", "disclose", "specify", "explain", "reveal", "detail", "confirm", "indicate"}
# An "as" clause whose verb takes one of these reports its own object, not the sentence around it.
OWN_OBJECT_PREPS = {"for", "about", "of", "with", "to", "against"}
# Verbs that put a thing in doubt, their object the question raised: "questioned the size of the sample".
DOUBTING = {"question", "query"}
# Verbs of telling that take a "that" clause, whose clause the parser may hang on a place or time after them.
CLAUSE_TELLING = TELL_VERBS | {"say", "add", "announce", "state", "confirm", "explain", "insist", "stress"}
# Participles that carry on the main speaker's words: "…, adding that …", "…, calling it …".
CONTINUING = {"add", "say", "note", "insist", "argue", "warn", "explain", "call", "claim", "stress", "suggest", "point"}


def recipient_and_channel(verb: Token) -> tuple[str | None, str | None]:
    """Who was told ("told The Afghan Associated Press") and how ("via text messages")."""
    recipient = channel = None
    doc = verb.doc
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # "was quoted by Interfax as saying"
        agent = next((c for c in verb.head.head.children if c.dep_ == "agent"), None)
        if agent is not None:
            span = token_offsets(doc, verb.head.head.i, agent.right_edge.i)
            channel = text_of(doc)[span[0]:span[1]] if span else None
    if is_passive_participle(verb):
        asked = subject(verb.head)
        span = speaker_offsets(asked) if asked is not None else None
        recipient = text_of(doc)[span[0]:span[1]] if span else None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and verb.lemma_ in TELL_VERBS and child.pos_ in ("PROPN", "NOUN", "PRON"):
            if child.lemma_ not in ("story", "truth", "lie", "joke"):
                span = token_offsets(doc, child.left_edge.i, child.i)
                recipient = text_of(doc)[span[0]:span[1]] if span else None
        elif child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ in ("say", "speak", "write", "talk", "explain", "complain"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                span = token_offsets(doc, obj.left_edge.i, obj.right_edge.i)
                recipient = text_of(doc)[span[0]:span[1]] if span else None
        elif child.dep_ == "prep":
            channel = channel or _channel(child)
    return recipient, channel


def _channel(prep: Token) -> str | None:
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    if prep.lower_ in CHANNEL_PREPS or (prep.lower_ in ("in", "on") and obj.lower_ in CHANNEL_NOUNS):
        clause = that_clause(obj)
        span = token_offsets(prep.doc, prep.i, clause.left_edge.i - 1 if clause is not None else obj.right_edge.i)
        return text_of(prep.doc)[span[0]:span[1]] if span else None
    return None


def channel_near(speaker: Token | None) -> str | None:
    """A channel stated on the speaker: "commandos, with whom he has communicated via text messages"."""
    if speaker is None:
        return None
    for t in speaker.subtree:
        if t.dep_ == "prep" and t.lower_ in CHANNEL_PREPS and t.head.pos_ == "VERB":
            found = _channel(t)
            if found:
                return found
    return None


def _quoted_verdict(verb: Token) -> bool:
    """"dismissed the sum as 'a sticking plaster'": a verdict in quote marks reports words."""
    doc = verb.doc
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i + 1 < len(doc) and doc[c.i + 1].text in OPENERS
               for c in verb.children)


def _complement(verb: Token) -> tuple[Token | None, Token | None]:
    """The clause the verb reports, and a cue noun it goes through ("rejected claims that …").

    ccomp; or a noun object with a "that" clause; or "warned of the danger that …".
    """
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return child, None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and verb.lemma_ in ("call", "describe"):
            return child, None
    # "called the allegations false": the parser may hang the verdict on the claim named
    if verb.lemma_ in NAMING:
        claim = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and names_a_claim(c)
                      and any(d.dep_ in ("amod", "acomp", "oprd") and d.i > c.i for d in c.children)), None)
        if claim is not None:
            return claim, None
        # "calling the accusation 'a smear dressed up as …'": the verdict on a claim named
        verdict = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i), None)
        if verdict is not None and any(c.dep_ == "dobj" and c.i < verdict.i and names_a_claim(c) for c in verb.children):
            return verdict, None
        # "angry at what they called a pattern of abuse", "protests over what it called …": the name the
        # speaker gave a thing, after a preposition ("know what they called the dog" asks a name); inside
        # words reported already ("told parliament it would not intervene in what he called …") it is theirs
        if verdict is not None and verb.dep_ == "pcomp" \
                and any(c.dep_ == "dobj" and c.i < verb.i and c.tag_ == "WP" for c in verb.children) \
                and not any(cue_verb_stance(a) for a in verb.ancestors):
            return verdict, None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "against"):
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is not None and that_clause(target) is not None:
                return target, None
        elif child.dep_ == "prep" and child.lower_ in CHANNEL_NOUN_PREPS and child.i > verb.i:
            # "said in a statement posted online that …", "told analysts on a conference call that …":
            # the parser may hang the clause on the channel
            channel = next((g for g in child.children if g.dep_ == "pobj" and g.lower_ in CHANNEL_NOUNS), None)
            if channel is not None and (clause := that_clause(channel) or _that_read_as_pronoun(channel)) is not None:
                return clause, None
            asked = questions_answered(child)  # "said in reply to questions that …"
            if asked is not None and (clause := that_clause(asked)) is not None:
                return clause, None
        elif child.dep_ == "dobj":
            clause = that_clause(child)
            if clause is not None:
                return clause, child if cue_stance(child.lemma_, noun=True) else None
    # "warned staff on 2 October that the yard was …": the parser may make the "that" clause an adverbial one
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and child.left_edge.lower_ == "that" \
                and child.left_edge.dep_ == "mark":
            return child, None
    # "told her once that she talked too much": an adverb before the "that" read as a second mark;
    # "told me when I arrived that the community would …": the clause hung on the adverbial clause
    # of time between the one told and it, whose own verb reports nothing ("demanded his resignation
    # after it emerged that …": the clause is what emerged)
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i:
            continue
        if _opened_by_that(child):
            return child, None
        inner = next((c for c in child.children if c.dep_ == "ccomp" and c.i > child.i and _opened_by_that(c)), None)
        told = verb.lemma_ in TELL_VERBS and any(c.dep_ in ("dobj", "dative") and c.i < child.i for c in verb.children)
        extraposed = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" or c.dep_ == "expl" for c in child.children)
        if inner is not None and told and not extraposed and cue_verb_stance(child) is None:
            return inner, None
    placed = _clause_on_a_place(verb)
    if placed is not None:
        return placed, None
    directed = _directed(verb) or _demanded(verb)
    if directed is not None:
        return directed, None
    charge = _charge(verb)
    if charge is not None:
        return charge, None
    danger = _warned_of(verb)
    if danger is not None:
        return danger, None
    figures = _figures_reported(verb)
    if figures is not None:
        return figures, None
    doubted = _doubted(verb)
    if doubted is not None:
        return doubted, None
    pledged = _pledged(verb)
    if pledged is not None:
        return pledged, None
    if cue_verb_stance(verb) in OBJECT_STANCES:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                    and (names_a_claim(c) or _quoted_verdict(verb))), None)
        if obj is not None:
            return obj, None
        # "pushed back on the criticism", "hit back against the report": what is pushed back
        back = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
        target = next((g for head in back[:1] + [verb] * bool(back) for c in head.children
                       if c.dep_ == "prep" and c.lower_ in ("on", "against")
                       for g in c.children if g.dep_ == "pobj" and names_a_claim(g)), None)
        if target is not None:
            return target, None
        # "denies stealing from residents", "admitted taking the money": the act is the claim
        act = _gerund_after(verb) if verb.lemma_ in load_json("statements.json")["act_claim_verbs"] else None
        if act is not None:
            return act, None
    return None, None


def _claim_denied(verb: Token) -> bool:
    """"He denied that the ministry had threatened to dismiss staff": a pledge or threat said in the
    clause a denial denies is the claim denied, not one made."""
    return verb.dep_ == "ccomp" and cue_verb_stance(verb.head) == "deny"


def _pledged(verb: Token) -> Token | None:
    """"the Board had promised in July to review the risk allowance", "vowed to appeal": what the speaker
    undertook to do, its infinitive (lexicon: statements.json pledging_verbs); not a pledge negated."""
    lex = load_json("statements.json")
    lemma = verb.lemma_.lower()
    if lemma not in lex["pledging_verbs"] + lex["blaming_verbs"] + lex["threat_verbs"] or not _stated_request(verb) \
            or _claim_denied(verb):
        return None
    undertaken = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if lemma in lex["threat_verbs"]:
        return undertaken  # "threatened the workers": whom, no words
    # "had promised generators for all 14 heating points", "blamed years of under-staffing": the thing
    # promised or blamed, a noun
    return undertaken or next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"),
                              None)


def _doubted(verb: Token) -> Token | None:
    """"questioned the size of the sample", "queried the figures": the thing put in doubt; not a person
    questioned ("police questioned the driver"), which is an interview, no statement."""
    if verb.lemma_.lower() not in DOUBTING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"
                 and not c.ent_type_ and c.lemma_.lower() not in speaking_nouns()), None)


def _clause_on_a_place(verb: Token) -> Token | None:
    """"told a press briefing after the closing session that …", "told reporters outside the courthouse
    that …": the parser may hang a telling's clause, subject and all, on the noun of a time or place
    phrase after the verb, a noun that takes no clause of its own; a claim noun does ("spoke after
    reports that …" reports the reports)."""
    if verb.lemma_.lower() not in CLAUSE_TELLING:
        return None
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i:
            continue
        place = next((g for g in child.children if g.dep_ == "pobj"), None)
        if place is None or place.pos_ not in ("NOUN", "PROPN") or names_a_claim(place, tags=None, findings=True):
            continue
        clause = that_clause(place)
        if clause is not None and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return clause
    return None


def _that_read_as_pronoun(noun: Token) -> Token | None:
    """"told reporters at an evening briefing that crews had pulled four people from the rubble": the
    parser may read "that" as the relative pronoun of a clause on the channel, though the clause
    already has the subject and object "that" would stand for; it is the reported clause."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.i < noun.i or clause.left_edge.lower_ != "that":
            continue
        that = clause.left_edge
        if that.dep_ in ("nsubj", "dobj") and any(c.dep_ == that.dep_ and c.i != that.i for c in clause.children):
            return clause
    return None


def _figures_reported(verb: Token) -> Token | None:
    """"reported fourth-quarter revenue of $1.2 billion, up 8%", "posted a loss of …": the figures
    a body reports are its statement (lexicon: statements.json figure_reporting_verbs, reported_figures);
    not a participle carrying on another report ("announced results, reporting profit of …")."""
    lex = load_json("statements.json")
    if verb.lemma_.lower() not in lex["figure_reporting_verbs"] or is_negated(verb) or verb.tag_ == "VBG" \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                 and c.lemma_.lower() in lex["reported_figures"]), None)


def _warned_of(verb: Token) -> Token | None:
    """"warned of a storm surge of up to 11 feet", "cautioned against overselling a single study",
    "warns on labour costs": the danger a warning names, when no clause says more of it (lexicon:
    statements.json warning_preps)."""
    if cue_verb_stance(verb) != "warn" or is_negated(verb) or is_passive_participle(verb) \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "she was warned of the risks": the one warned, not the warner
    preps = load_json("statements.json")["warning_preps"]
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i
                 for g in c.children if g.dep_ in ("pobj", "pcomp")), None)


def _charge(verb: Token) -> Token | None:
    """"accused the mayor of rushing the vote": whom and of what, the object (its "of" phrase is
    taken in by `_clause_parts`); "has been accused by two colleagues of leaking the list": the
    charge, its accuser the agent (lexicon: statements.json accusing_verbs)."""
    if verb.lemma_.lower() not in load_json("statements.json")["accusing_verbs"]:
        return None
    charged = [g for p in _charge_preps(verb) for g in p.children if g.dep_ in ("pcomp", "pobj")]
    if not charged:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None:
        return obj
    agent = any(c.dep_ == "agent" for c in verb.children)
    return charged[0] if agent and any(c.dep_ == "auxpass" for c in verb.children) else None


def _charge_preps(verb: Token) -> list[Token]:
    """The "of" of the charge, on the verb or, as the parser may hang it, on its object or agent's noun."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"] \
        + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > verb.i]


def _directed(verb: Token) -> Token | None:
    """"urged residents to stay indoors", "warned councils against relying on heavier lids": what
    the speaker asked of someone, the object and its infinitive (lexicon: directive_verbs)."""
    lex = load_json("statements.json")
    lemma = verb.lemma_.lower()
    if lemma not in lex["directive_verbs"] and not (lemma in lex["telling_directives"] and _told_by_another(verb)) \
            or not _stated_request(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    if any(p.dep_ == "prep" and p.lower_ == "against" and any(g.dep_ == "pcomp" for g in p.children)
           for p in obj.children):
        return obj  # "warned councils against relying on heavier lids"
    # "urged residents there to move to higher ground": the parser may hang the infinitive as an adverbial
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > obj.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _told_by_another(verb: Token) -> bool:
    """"the shift boss had told the men to keep digging", "they tell us to use the mobile library": an
    order in words from someone who can speak; not the speaker's own "I told them to stop admiring
    Kestrel", told in their quote, nor "my knees told me to stop"."""
    who = subject(verb)
    if who is None or who.lower_ in load_json("statements.json")["own_tellers"] \
            or any(t.lower_ == "never" for c in verb.children if c.i < verb.i for t in c.subtree):  # "never once told"
        return False
    return who.pos_ in ("PRON", "PROPN") or who.lemma_.lower() in speaking_nouns()


def _stated_request(verb: Token) -> bool:
    """A request made: not negated ("never once called for"), not a noun's description ("a petition
    calling for his resignation" names the petition), not held back ("stopped short of blaming the
    referee", "refrained from calling for …"; lexicon: statements.json held_back), and made by its
    subject ("residents had been promised a start every summer" names no one who promised)."""
    held = verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.lemma_.lower() in \
        load_json("statements.json")["held_back"]
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return verb.dep_ != "acl" and not is_negated(verb) and not held and not passive


def _demanded(verb: Token) -> Token | None:
    """"demanded an independent review", "called for an inquiry", "called for Onslow to step
    aside": what the speaker demanded (lexicon: demand_verbs, with the preposition they take)."""
    demands = load_json("statements.json")["demand_verbs"]
    lemma = verb.lemma_.lower()
    if not _stated_request(verb):
        return None
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj" and lemma in demands:
            return child
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in demands:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.i == verb.i + 1 and f"{lemma} {m.lower_}" in demands
                                         for m in child.children):
            return child  # "called for Onslow to step aside": the parser makes "for" the mark
    return None


def second_report(verb: Token) -> Token | None:
    """"X said the council would pay for skips and urged residents to …": a cue verb joined to the
    reported clause, with no subject of its own, is the speaker's second report when it cannot
    share that clause's words: it lacks the clause's auxiliary ("would pay … and urged"), the
    clause is a copula ("the evidence was explosive and demanded …"), or the clause's subject
    cannot speak ("the memo raised questions and called for …"). The verb of the first report."""
    if verb.dep_ != "conj" or cue_verb_stance(verb) is None and not _refusal(verb) and not _withheld(verb) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    said = clause.head
    if _withheld(verb):
        return _withheld_by_sayer(verb, clause, said)
    if clause.dep_ != "ccomp" or said.i == clause.i or cue_verb_stance(said) is None or _tense(verb) != said.tag_:
        return None
    # "would pay … and urged": the modal's verb and the past tense are no pair ("had lied and denied" may be)
    own_aux = is_hedged(clause) and clause.tag_ != verb.tag_
    # "said its members already comply … and questioned the size of the sample": a clause in the present
    # with no auxiliary and a past verb joined to it, in the sayer's tense, are no pair
    own_aux = own_aux or clause.tag_ in ("VBP", "VBZ", "VB") and verb.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    who = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    mute = who is not None and not (who.pos_ in ("PROPN", "PRON") or who.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                    or who.lemma_.lower() in speaking_nouns())
    return said if own_aux or clause.lemma_ == "be" or mute else None


def _tense(verb: Token) -> str:
    """A verb's tag, "did not say" read as the past it is ("said …, but did not say when")."""
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children):
        return "VBD"
    return verb.tag_


def _withheld(verb: Token) -> bool:
    """"… but would not comment on its history", "… but will not say who", "… but would not give a
    time frame": a modal refusal to speak or to give an answer (lexicon: no_response.json
    refused_actions, withholding_verbs, giving_verbs with answers_given, refusing_modals)."""
    lex = no_response()
    speech = verb.lemma_ in lex["refused_actions"] + lex["withholding_verbs"] or verb.lemma_ in lex["giving_verbs"] \
        and any(c.dep_ == "dobj" and c.lemma_ in lex["answers_given"] for c in verb.children)  # "give a time frame"
    return speech and any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in lex["refusing_modals"] for c in verb.children)


def _withheld_by_sayer(verb: Token, clause: Token, said: Token) -> Token | None:
    """"A spokesperson said inspectors had been at the plant but would not comment on …": the refusal,
    with no subject and a modal the reported clause lacks, is the sayer's own silence after the
    words, not more of them; "said the council would review it but would not comment" (a modal in
    both) may be the council's, and stays in the clause."""
    if clause.dep_ != "ccomp" or said.i == clause.i or cue_verb_stance(said) is None or said.i > verb.i:
        return None
    shared = is_hedged(clause)
    return None if shared else said


def _refusal(verb: Token) -> bool:
    """"… and refused to discuss the incident": a refusal to speak, the speaker's second act like a
    second report (lexicon: no_response.json refusal_verbs, refused_actions)."""
    lex = no_response()
    return verb.lemma_ in lex["refusal_verbs"] and any(
        c.dep_ == "xcomp" and c.lemma_ in lex["refused_actions"] for c in verb.children)


def _gerund_after(verb: Token) -> Token | None:
    """The phrase a gerund right after the verb opens ("denies stealing from residents"): the
    verb's child it hangs in, wherever a headline's parse hung the gerund inside it."""
    doc = verb.doc
    granted = frozenset(load_json("statements.json")["granted_things"])
    at = verb.i + 1
    while at + 1 < len(doc) and doc[at].tag_ == "RB" and doc[at].dep_ == "advmod" and doc[at].head.i > at \
            and not is_negated(doc[at].head):
        at += 1  # "denied ever discussing it", "denies personally approving": the act after its adverb
    if at < len(doc) and doc[at].tag_ == "VBG" and at > verb.i + 1:
        child = next((t for t in [doc[at], *doc[at].ancestors] if t.head.i == verb.i and t.i != verb.i), None)
        return child if child is not None and child.dep_ in ("xcomp", "dobj", "ccomp") \
            and child.left_edge.i == verb.i + 1 and doc[at].lower_ not in granted else None
    if verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ != "VBG":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        return obj if obj is not None and obj.left_edge.i == verb.i + 1 and gerund_read_as_modifier(verb, obj, granted) \
            else None  # "denied meeting executives": the parser took the gerund for a modifier
    if verb.i + 1 >= len(doc) or is_negated(doc[verb.i + 1]) or doc[verb.i + 1].lower_ in granted:
        return None  # "denies planning permission": a thing refused, whatever the tagger made of "planning"
    gerund = doc[verb.i + 1]
    child = next((t for t in [gerund, *gerund.ancestors] if t.head.i == verb.i and t.i != verb.i), None)
    if child is None or child.dep_ not in ("xcomp", "dobj", "ccomp") or child.left_edge.i != gerund.i:
        return None
    return child


def _preposed(doc: Doc, verb: Token, speaker: Token | None) -> list[Offsets]:
    """"Content, X said." / "Content, said X." / "The plan, X said, will fail.": content around the cue."""
    sent = verb.sent
    first_cue_tok = min([verb.i] + ([speaker.left_edge.i] if speaker is not None else []))
    comma = first_cue_tok - 1
    while comma > sent.start and doc[comma].is_space:
        comma -= 1
    if comma <= sent.start or doc[comma].text not in (",", "—", "–", ":") :
        return []
    if speaker is None or any(c.dep_ == "intj" and c.i > verb.i for c in verb.children):
        return []  # "Asked whether jobs would go, she said no": the answer is after the cue
    if any(c.dep_ in ("dobj", "xcomp") and c.i > verb.i and c.i != speaker.i for c in verb.children) \
            and verb.lemma_ not in TELL_VERBS:
        return []  # a cue with an object of its own ("X urged voters to …") reports that object
    # The cue phrase must be short: speaker, verb, and an object ("told The AP").
    tail_end = max(t.i for t in verb.subtree if t.i >= verb.i and t.dep_ not in ("punct",)) if verb.i else verb.i
    after = tail_end + 1
    while after < sent.end and (doc[after].is_space or doc[after].is_punct and doc[after].text in ","):
        after += 1
    parenthetical = after < sent.end and doc[after - 1].text == "," and not doc[after].is_punct
    # Only a clause can be reported ("At the debate, X mentioned Y" is no report); set off in
    # the middle ("The museum, X said, will …"), the clause runs on past the cue.
    clause = list(doc[sent.start:comma]) + (list(doc[after:sent.end]) if parenthetical else [])
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in clause):
        return []
    head_part = token_offsets(doc, sent.start, comma - 1, ",")
    parts = [head_part] if head_part else []
    if parenthetical:
        rest = token_offsets(doc, after, sent.end - 1, ".")
        if rest:
            parts.append(rest)
    return parts


def _apposed_speaker(doc: Doc, verb: Token) -> Token | None:
    """"Dead fish have been found below Wyke Bridge, the Environment Agency said": the parser may
    hang the speaker on the clause's last noun, as its apposition, leaving the verb no subject."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if comp is None or verb.dep_ != "ROOT":
        return None
    before = verb.i - 1
    while before > comp.i and doc[before].is_space:
        before -= 1
    head = doc[before]
    while head.dep_ != "appos" and head.head.i != head.i and head.head.i < verb.i and head.i > comp.i:
        head = head.head
    comma = head.left_edge.i - 1
    if head.dep_ != "appos" or comma <= comp.left_edge.i or doc[comma].text != "," or head.right_edge.i != before:
        return None
    return head if head.pos_ in ("PROPN", "NOUN") else None


def _trailing_reporter(doc: Doc, verb: Token) -> Token | None:
    """"…, reports BisNow.", "…, reported the Ledger.": a name after a sentence-final cue that the
    parser took for an adverb or object is its speaker."""
    before = verb.i - 1
    while before > verb.sent.start and doc[before].is_space:
        before -= 1
    if before <= verb.sent.start or doc[before].text != "," or verb.dep_ not in ("ROOT", "conj"):
        return None
    after = [t for t in doc[verb.i + 1:verb.sent.end] if not t.is_space]
    while after and after[-1].is_punct:
        after.pop()
    if not 1 <= len(after) <= 5 or after[-1].dep_ not in ("advmod", "dobj", "npadvmod", "attr", "nsubj"):
        return None
    if all(t.text[0].isupper() or t.lower_ == "the" for t in after) and after[-1].text[0].isupper() \
            and not any(t.pos_ in ("VERB", "AUX") for t in after):
        return after[-1]
    return None


def _as_reported(verb: Token) -> bool:
    """"As the Post reported on Friday, the inquiry …": a cue in an "as" clause reports its main clause."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if verb.dep_ != "advcl" or mark is None or mark.i > 0 and verb.doc[mark.i - 1].lower_ == "even":
        return False  # "even as he says …" is a time, not a source
    # "as she called for …", "as he complains about …": the verb reports its own object; "as the
    # result was announced", its own subject ("as was announced on Friday" reports the main clause)
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") or c.tag_ == "MD"
                   or c.dep_ == "prep" and c.lower_ in OWN_OBJECT_PREPS for c in verb.children)


def _reported_in_main_clause(doc: Doc, verb: Token) -> list[Offsets]:
    """"Jennings denied that the vote was set for spring break, as some parents had claimed": where
    the main clause is itself a report, the "as" clause says what it reports (the parents claimed
    the vote was so set), not that Jennings denied it."""
    main = verb.head
    if main.i != verb.i and cue_verb_stance(main) is not None:
        comp = next((c for c in main.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    elif main.dep_ == "ccomp" and cue_verb_stance(main.head) is not None:
        comp = main  # the parser may hang the "as" clause on the reported clause itself
    else:
        comp = None
    if comp is None:
        return []
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    return _runs(doc, [t.i for t in comp.subtree if t.i not in own and not (t.dep_ == "mark" and t.head.i == comp.i)])


def _main_clause(doc: Doc, verb: Token) -> list[Offsets]:
    """The sentence around an "as" clause, in the pieces it leaves before and after it."""
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    return _runs(doc, [t.i for t in verb.sent if t.i not in own and not t.is_space])


def _runs(doc: Doc, words: list[int]) -> list[Offsets]:
    """The offsets of each run of consecutive tokens among `words` (in order), less edge commas and stops."""
    pieces: list[list[int]] = []
    for i in words:
        if pieces and i == pieces[-1][-1] + 1:
            pieces[-1].append(i)
        else:
            pieces.append([i])
    return [p for p in (token_offsets(doc, piece[0], piece[-1], ",.") for piece in pieces) if p]


@extractors.register("verbal")
def extract_verbal(doc: Doc) -> list[Found]:
    """The verb rules' finds, worked out once per doc: the learned profiles ask twice."""
    memory = scratch(doc)
    if "verbal" not in memory:
        memory["verbal"] = _extract(doc)
    return list(memory["verbal"])


def _extract(doc: Doc) -> list[Found]:
    quotes = find_quotes(text_of(doc))
    out: list[Found] = []
    for verb in doc:
        stance = cue_verb_stance(verb)
        if stance is None or is_negated(verb) and verb.lemma_ in ("respond", "comment", "reply", "answer"):
            continue
        first = second_report(verb)
        speaker = subject(first) if first is not None else _trailing_reporter(doc, verb) or subject(verb)
        speaker = speaker or _apposed_speaker(doc, verb)
        comp, cue_noun = _complement(verb)
        if comp is not None:
            parts = _clause_parts(doc, verb, comp)
            if not _figures_reported(verb):  # "reported a fall in profit, blaming …": the figures alone
                parts = _extend_to_sentence_end(doc, verb, comp, parts)
            parts = _cut_continuing(doc, comp, parts)
            parts = _cut_second_report(doc, comp, parts)
        elif verb.dep_ in ("ROOT", "parataxis", "conj", "ccomp") and speaker is not None and speaker.i > verb.sent.start:
            parts = _preposed(doc, verb, speaker)
        elif _as_reported(verb):
            parts = _reported_in_main_clause(doc, verb) or _main_clause(doc, verb)
        else:
            parts = []
        if not parts or speaker is not None and any(s <= speaker.idx < e for s, e in parts):
            continue
        source = _source_offsets(verb, speaker)
        if source and speaker is not None and comp is not None and comp.head.lower_ == "of" \
                and comp.head.head.i == speaker.i:
            source = trim(doc, source[0], comp.head.idx)  # "accused by two colleagues of leaking …": the colleagues
        if source and any(overlap(source, part) for part in parts):
            continue
        recipient, channel = recipient_and_channel(verb)
        kind = "mixed" if any(parts[0][0] <= q.outer[0] < parts[-1][1] for q in quotes) else "indirect"
        stance = _negated_stance(verb, stance, comp)
        if stance is None:
            continue
        claim = _denied_claim(verb, comp, cue_noun) if stance == "deny" else None
        if claim is not None:
            parts, cue_noun = _with_denied_claim(claim, parts), None
        out.append(Found(content=parts, cue=_cue_with_noun(verb, cue_noun), source=source, type=kind,
                         stance=stance, recipient=recipient, channel=channel or channel_near(speaker),
                         source_head=speaker.i if speaker is not None else None, extractor="verbal"))
    return out


def _opened_by_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _clause_parts(doc: Doc, verb: Token, comp: Token) -> list[Offsets]:
    """The reported clause; words of it moved in front of the cue ("which X says he is
    doing", "The plan, X said, will fail") are a piece of their own."""
    front = [t.i for t in comp.subtree if t.i < verb.i]
    if not front or comp.i < verb.i:
        start, end = _lost_subject(verb, comp) or _asked_of(verb, comp) or _past_time_said(comp), comp.right_edge.i
        while end > start and doc[end].dep_ == "cc" and doc[end].head.i == comp.i:
            end -= 1  # "said the plan was dead and added …": an "and" whose other half the parser hung on the cue
        if comp.dep_ == "dobj":  # "dismissed the report as a smear": the verdict is reported too
            end = max([end, *(c.right_edge.i for c in verb.children
                              if c.dep_ == "prep" and c.lower_ == "as" and c.i > end)])
            # "accused the mayor of rushing the vote": the charge too
            end = max([end, *(p.right_edge.i for p in _charge_preps(verb) if p.i > end)]) \
                if (charge := _charge(verb)) is not None and charge.i == comp.i else end
            if end + 1 < len(doc) and doc[end + 1].text in CLOSERS \
                    and any(doc[i].text in OPENERS for i in range(start, end + 1)):
                end += 1  # "as 'a sticking plaster'": the parser hangs the closing mark on the verb
        span = token_offsets(doc, start, end, ".")
        return [span] if span else []
    rest = min(t.i for t in comp.subtree if t.i > verb.i)
    parts = [token_offsets(doc, front[0], front[-1], ","), token_offsets(doc, rest, comp.right_edge.i, ".")]
    return [p for p in parts if p]


def _past_time_said(comp: Token) -> int:
    """Where the clause starts: "said on Monday it had …", "said Tuesday the plant would …" with the
    time hung on the clause, though said between cue and clause, start after it: it says when the
    words were said, not of what."""
    start = comp.left_edge.i
    subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return start
    for part in sorted(comp.children, key=lambda c: c.i):
        if part.i >= subject.i or part.left_edge.i != start:
            break
        if part.dep_ not in ("prep", "npadvmod") or not any(t.ent_type_ in ("DATE", "TIME") for t in part.subtree):
            break
        start = part.right_edge.i + 1
    return start


def _asked_of(verb: Token, comp: Token) -> int | None:
    """"urged residents to stay indoors": the content starts at whom it asks; "called for Onslow
    to step aside" after the "for" the parser took for the clause's mark."""
    if comp.dep_ == "advcl" and comp.left_edge.dep_ == "mark" and comp.left_edge.i == verb.i + 1:
        return comp.left_edge.i + 1
    directed = _directed(verb)
    if directed is None or directed.i != comp.i:
        return None
    obj = next(c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i)
    return obj.left_edge.i


def _lost_subject(verb: Token, comp: Token) -> int | None:
    """"Figures show fares have risen": the parser may take the clause's subject for the cue's
    object, leaving the clause none; the content starts at that object then."""
    if comp.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i), None)
    if obj is None or obj.right_edge.i + 1 != comp.left_edge.i:
        return None
    return obj.left_edge.i


def _source_offsets(verb: Token, speaker: Token | None) -> Offsets | None:
    """The speaker's phrase; for "X, who admitted that …" the relative pronoun, as PolNeAR marks
    it (resolution reads X behind it), and for "the report the agency released said" just X."""
    if speaker is None:
        return None
    if verb.dep_ == "relcl" and verb.head.i == speaker.i:
        pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")), None)
        if pronoun is not None:
            return token_offsets(verb.doc, pronoun.i, pronoun.i)
        return token_offsets(verb.doc, speaker.left_edge.i, verb.left_edge.i - 1)
    if verb.head.i == speaker.i and main_verb_read_as_participle(verb):
        # the noun's words up to the verb, its aside kept: what the verb says is no part of who said it
        return token_offsets(verb.doc, speaker.left_edge.i, verb.left_edge.i - 1)
    return speaker_offsets(speaker)


def _extend_to_sentence_end(doc: Doc, verb: Token, comp: Token, parts: list[Offsets]) -> list[Offsets]:
    """"They said Russia wants X, offering Y": a trailing modifier of the cue is still the content."""
    if not parts or comp.i < verb.i:
        return parts
    sent_end = verb.sent.end
    nxt = comp.right_edge.i + 1
    while nxt < sent_end and (doc[nxt].is_punct or doc[nxt].is_space):
        nxt += 1
    if nxt >= sent_end:
        return parts
    t = doc[nxt]
    root = t
    while root.head.i != verb.i and root.head.i != root.i and root.head.i > comp.right_edge.i:
        root = root.head
    if root.head.i != verb.i or root.dep_ not in ("advcl", "npadvmod", "conj") or root.lemma_ in CONTINUING:
        return parts
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return parts
    extended = token_offsets(doc, comp.left_edge.i, sent_end - 1, ".")
    return parts[:-1] + [(parts[-1][0], extended[1])] if extended else parts


def _negated_stance(verb: Token, stance: str, comp: Token | None) -> str | None:
    """"did not deny that …" asserts; "did not say how much it would cost" withholds an answer; "has
    never said how much …" is no attribution (None)."""
    if not is_negated(verb):
        return stance
    if stance == "deny":
        return "assert"
    opening = comp.left_edge if comp is not None else None
    asks = opening is not None and (opening.tag_ in ("WDT", "WP", "WRB") or opening.lower_ in ("whether", "if"))
    if asks and verb.lemma_ in WITHHELD and not not_known_yet(verb):
        # "has never said how much water it draws": a silence over years, told by the reporter, no
        # question put and left unanswered, and nothing said
        return None if any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children) \
            or _document_leaves_out(verb) else "no_response"
    return stance


def _document_leaves_out(verb: Token) -> bool:
    """"The report does not say how much it cost", "It does not say": a text that lacks a figure was
    asked nothing; what it leaves out is the reporter's note, no answer withheld."""
    who = subject(verb)
    present = verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.lower_ == "does" for c in verb.children)
    return who is not None and present and (
        who.lower_ == "it" or who.lemma_.lower() in kind_words()["document"])


def _denied_claim(verb: Token, comp: Token | None, cue_noun: Token | None) -> Token | None:
    """The claim a denial names before the clause that says what it is: "rejected the union's
    claim that …", and "denied a report in a business weekly that …", where the parser may hang
    the clause on the verb."""
    if cue_noun is not None or comp is None or comp.dep_ != "ccomp" or comp.i < verb.i:
        return cue_noun
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.left_edge.i
                 and names_a_claim(c)), None)


def _with_denied_claim(noun: Token, parts: list[Offsets]) -> list[Offsets]:
    """"rejected the union's claim that staff were overworked": what is denied is the claim as
    named, whose it is and what it says, so the content starts at the claim's phrase."""
    start = noun.left_edge.idx
    if not parts or start >= parts[0][0]:
        return parts
    return [(start, parts[0][1]), *parts[1:]]


def _cue_with_noun(verb: Token, noun: Token | None) -> Offsets:
    """"rejected claims that …": the noun belongs to the cue."""
    start, end = cue_phrase(verb)
    if noun is not None:
        end = max(end, noun.idx + len(noun.text))
    return (start, end)


def _cut_second_report(doc: Doc, comp: Token, parts: list[Offsets]) -> list[Offsets]:
    """Stop the content before "… and urged residents to …", the speaker's second report."""
    second = next((c for c in comp.children if c.dep_ == "conj" and second_report(c) is not None), None)
    if not parts or second is None:
        return parts
    cc = [c for c in comp.children if c.dep_ == "cc" and c.i < second.i]
    start = (cc[-1] if cc else second.left_edge).idx
    kept = [p for p in parts if p[0] < start]
    if not kept:
        return parts
    cut = trim(doc, kept[-1][0], min(kept[-1][1], start), ",;")
    return kept[:-1] + [cut] if cut else parts


def _cut_continuing(doc: Doc, comp: Token, parts: list[Offsets]) -> list[Offsets]:
    """Stop the content before ", calling …" / ", adding …": those are the speaker's next words."""
    if not parts:
        return parts
    for t in comp.subtree:
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_ in CONTINUING and doc[t.i - 1].text == ",":
            s, _ = parts[-1]
            cut = trim(doc, s, doc[t.i - 1].idx)
            return parts[:-1] + [cut] if cut else parts
    return parts
