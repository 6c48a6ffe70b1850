"""Non-responses: "has not responded for comment", "declined to comment", "could not be reached",
"referred questions to the ministry"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import cue_stance, no_response, speaking_nouns
from . import extractors
from .base import Found, Offsets
from .precision import gone_into
from .verbal import second_report
from .syntax import not_known_yet, cue_phrase, is_negated, np_offsets, subject, subtree_offsets, token_offsets, tokens_tagged


def _after(verb: Token, skip: set[int]) -> Offsets | None:
    """What the source did not answer: the words after the cue ("for comment on the matter"),
    short of a clause joined to it ("…, and the mayor declined to comment")."""
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    right = [t for t in verb.subtree if t.i > verb.i and t.i not in skip | joined | _circumstance(verb, skip)
             and not t.is_punct and not t.is_space]
    if not right:
        return None
    last = max(t.i for t in right)
    doc = verb.doc
    # a date closing the words, wherever the parser hung it ("to emails or a letter on Monday")
    while last > right[0].i and doc[last].ent_type_ in ("DATE", "TIME"):
        last -= 1
        if doc[last].ent_type_ not in ("DATE", "TIME") and doc[last].dep_ == "prep":
            last -= 1
    return token_offsets(doc, right[0].i, last, ".")


def _circumstance(verb: Token, cue: set[int]) -> set[int]:
    """When and how the silence happened, not what went unanswered: "on Thursday", "as he left
    the courthouse" hung on the cue's verbs."""
    heads = cue | {verb.i}
    out: set[int] = set()
    for t in verb.subtree:
        if t.head.i not in heads or t.i < verb.i:
            continue
        dated = t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children)
        if t.dep_ == "advcl" and not _asking(t) or t.dep_ in ("npadvmod", "prep") and dated:
            out |= {d.i for d in t.subtree}
    return out


def _asking(clause: Token) -> bool:
    """"did not reply to an email asking whether the city would pay", "did not respond when asked how
    patients would be chosen": the question put is what went unanswered, whatever the parser hangs
    it on; a bare "when asked" says only when."""
    lex = no_response()
    if clause.tag_ == "VBG":
        return clause.lemma_ in lex["asking_verbs"]
    # the tagger reads a subjectless "when asked" as VBN or VBD
    return clause.tag_ in ("VBN", "VBD") and clause.lemma_ in lex["asked_when_silent"] \
        and not any(c.dep_ == "nsubj" for c in clause.children) \
        and any(c.dep_ in ("ccomp", "prep", "xcomp", "dobj", "dative") for c in clause.children)


def _through(verb: Token, last: Token) -> Offsets:
    """The cue from the verb's phrase to `last` ("declined to comment")."""
    start, _ = cue_phrase(verb)
    return start, last.idx + len(last.text)


def _not_drawn(verb: Token, lex: dict) -> bool:
    """"be drawn on / into": the passive idiom for being led to say something."""
    return any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in lex["about_preps"] + ["into"] for c in verb.children)


def _nobody(verb: Token) -> bool:
    """A subject that says none of them did it: "Neither X nor Y responded", "No one answered"."""
    speaker = subject(verb)
    if speaker is None or speaker.i > verb.i:
        return False
    words = {t.lower_ for t in speaker.subtree if t.dep_ in ("preconj", "det")} | {speaker.lower_}
    return bool(words & {"neither", "no", "nobody", "none"})


def _to_the_press(verb: Token, lex: dict) -> bool:
    """"did not speak to reporters", "has not talked to the press"."""
    return any(g.lower_ in lex["press_nouns"] for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
               for g in c.children if g.dep_ == "pobj")


def _silent_since(verb: Token) -> bool:
    """"Neither has spoken to reporters since the filing": a silence kept since a time is a way of
    being, like "the two have not spoken since 2021", not a question left unanswered."""
    return any(c.dep_ == "prep" and c.lower_ == "since"
               or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
               for c in verb.children)  # "since the filing", "since the lawsuit was filed"


def _refusal(verb: Token, lex: dict) -> Token | None:
    """"would not discuss …", "I'm not going to talk about …": the negated verb that makes the
    refusal ("going", or the speech verb itself with its modal), if this speech verb is one."""
    if _talking_to_others(verb, lex, spoken_to=False):
        return None  # "will not talk to the rebels": no question left unanswered
    if not_known_yet(verb):
        return None  # "the team could not yet say whether …": an answer not known yet, said as such
    # "not going to stand here and speculate about …": the speech verb joined to the one refused
    carrier = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb
    going = next((g for g in (carrier, carrier.head) if g.lemma_ == "go" and g.tag_ == "VBG"
                  and (g is carrier or carrier.dep_ == "xcomp")), None)
    if going is not None and is_negated(going):
        refuser = going
    elif is_negated(verb) and any(c.dep_ == "aux" and c.lower_ in lex["refusing_modals"] for c in verb.children):
        refuser = verb
    else:
        return None
    who = subject(refuser)
    return refuser if who is None or who.lower_ not in lex["not_refusers"] else None


def _talking_to_others(verb: Token, lex: dict, spoken_to: bool = True) -> bool:
    """"talk to the rebels", "refused to speak to her for a month": talking with someone, not the
    press, about nothing asked: a falling-out or a stand-off, no question left unanswered. With
    `spoken_to`, only where the text says who was not spoken to."""
    if verb.lemma_ not in ("talk", "speak") or _to_the_press(verb, lex) \
            or any(c.dep_ == "prep" and c.lower_ in lex["about_preps"] for c in verb.children):
        return False
    return not spoken_to or any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)


def _never_asked(verb: Token, lex: dict) -> bool:
    """"The landlord never replied to her letters", "he never answered": "never" tells of a silence
    over a stretch of the story, a narrated event, unless the sentence shows the press or the public
    asking ("never responded to requests for comment", "never returned our calls", "never responded
    publicly"); a request owned by someone else in the story ("never returned her calls") is no
    question from the press."""
    if not any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children):
        return False
    who = subject(verb)
    said_by = {t.i for t in who.subtree} if who is not None else set()
    asked = [t for t in verb.subtree if t.i not in said_by and t.i != verb.i
             and (t.lower_ in lex["request_nouns"] or t.lower_ in lex["press_nouns"] or t.lower_ in lex["public_words"])]
    if any(t.lower_ in lex["press_nouns"] or t.lower_ in lex["public_words"] for t in asked):
        return False
    owned = lambda t: any(c.dep_ == "poss" and c.lower_ not in lex["press_owners"] for c in t.children)
    return not asked or all(owned(t) for t in asked)


def _to_you(verb: Token) -> bool:
    """"Because you never answered," Van Wyk says: a reproach to whoever the speaker addresses, not a
    silence towards the reporter."""
    who = subject(verb)
    return who is not None and who.lower_ == "you"


def _can_speak(token: Token) -> bool:
    """A name, a pronoun, or a noun for people or a body (lexicons: person nouns, titles, kinds)."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or token.lemma_.lower() in speaking_nouns() or token.lower_ in speaking_nouns()


def _someone_unavailable(verb: Token, adj: Token, lex: dict) -> bool:
    """"was not available" is a silence when someone was asked: a person or a body, or anyone
    the sentence says was asked ("for comment", "immediately"); not "results would not be
    available before 2026"."""
    asked = any(t.lower_ in lex["request_nouns"] or t.lemma_ in lex["refused_actions"] or t.lower_ == "immediately"
                for t in adj.subtree if t.i != adj.i) or any(c.lower_ == "immediately" for c in verb.children)
    if asked:
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("until", "till", "before", "from") for c in (*adj.children, *verb.children)):
        return False  # "the contractor was not available until the autumn": a timetable, not a silence
    who = subject(verb)
    return who is None or _can_speak(who)


def _uncommitted(action: Token, lex: dict) -> bool:
    """"declined to commit", "refused to commit to a date": no object committed, an answer withheld."""
    return action.lemma_ in lex["commitment_actions"] and not any(c.dep_ == "dobj" for c in action.children)


def _match(verb: Token, lex: dict) -> tuple[Offsets, set[int]] | None:
    """The cue's offsets and the tokens it covers, if this verb says nobody answered."""
    lemma = verb.lemma_
    if lemma in lex["entering_verbs"] and (entered := gone_into(verb)) is not None \
            and (going := _refusal(verb, lex)) is not None:
        prep, thing = entered  # "would not get into specifics" ("get" is also a negated verb)
        return (cue_phrase(going)[0], thing.idx + len(thing.text)), {verb.i, going.i, prep.i, thing.i} \
            | {d.i for d in thing.children if d.i < thing.i}
    if lemma in lex["negated_verbs"] and (is_negated(verb) or _nobody(verb)) and not _own_habit(verb, lex) \
            and not _to_you(verb) and not _never_asked(verb, lex):
        return cue_phrase(verb), {verb.i}
    if lemma in lex["press_verbs"] and (is_negated(verb) or _nobody(verb)) and _to_the_press(verb, lex) \
            and not _silent_since(verb):
        return cue_phrase(verb), {verb.i}
    if lemma in lex["refusal_verbs"]:
        # "declined to be named": the source's own name withheld, an anonymity asked for, not an answer
        # ("declined to be interviewed" withholds one)
        action = next((c for c in verb.children if c.dep_ == "xcomp" and (c.lemma_ in lex["refused_actions"] or _uncommitted(c, lex))
                       and not (c.lemma_ in lex["naming_actions"] and any(a.dep_ == "auxpass" for a in c.children))
                       and not _talking_to_others(c, lex)),
                      None)
        if action is not None:
            return _through(verb, action), {verb.i, action.i} | {c.i for c in action.children if c.dep_ == "aux"}
        ruled = next(((c, p) for c in verb.children if c.dep_ == "xcomp" for p in c.children
                      if p.dep_ == "prt" and f"{c.lemma_} {p.lower_}" in lex["refused_phrasal_actions"]), None)
        if ruled is not None:  # "refused to rule out store closures": the question left open
            action, particle = ruled
            return _through(verb, particle), {verb.i, action.i, particle.i} | {c.i for c in action.children if c.dep_ == "aux"}
        drawn = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "draw" and _not_drawn(c, lex)), None)
        if drawn is not None:  # "declined to be drawn on the figures"
            return _through(verb, drawn), {verb.i, drawn.i} | {c.i for c in drawn.children if c.dep_ in ("aux", "auxpass")}
        request = _interview_declined(verb, lex)
        if request is not None:  # "declined an interview request", "refused requests for comment"
            return _through(verb, request), {verb.i, request.i} | {d.i for d in request.children if d.i < request.i}
        given = _refused_to_give(verb, lex)
        if given is not None:
            action, obj = given
            return _through(verb, obj), {verb.i, action.i, obj.i} | {c.i for c in action.children if c.dep_ == "aux"} \
                | {d.i for d in obj.subtree if d.i < obj.i}
    if lemma == "draw" and is_negated(verb) and _not_drawn(verb, lex) \
            and any(c.dep_ == "aux" and c.lower_ in lex["refusing_modals"] for c in verb.children) \
            and (who := next((c for c in verb.children if c.dep_ == "nsubjpass"), None)) is not None and _can_speak(who):
        return cue_phrase(verb), {verb.i}  # "would not be drawn on whether she would stand"
    if lemma in lex["leave_verbs"] and is_negated(verb) and verb.dep_ not in ("relcl", "advcl", "acl"):
        action = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in lex["refused_actions"]
                       and (c.lemma_ not in lex["press_verbs"] or _to_the_press(c, lex))), None)
        if action is not None:  # "said he was not authorised to speak to the press"
            return _through(verb, action), {verb.i, action.i} | {c.i for c in action.children if c.dep_ == "aux"}
    if lemma == "have" and not is_negated(verb):  # "had nothing to add beyond its published response"
        nothing = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "nothing"), None)
        added = next((a for a in nothing.children if a.dep_ in ("relcl", "acl", "xcomp")
                      and a.lemma_ in lex["nothing_to_add"]), None) if nothing is not None else None
        if added is not None:
            return _through(verb, added), {verb.i, nothing.i, added.i} | {c.i for c in added.children if c.dep_ == "aux"} \
                | {c.i for c in nothing.children if c.dep_ == "amod"}
    if lemma in lex["referral_verbs"]:  # "referred questions to the Justice Department"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in lex["request_nouns"]), None)
        if obj is not None:
            return _through(verb, obj), {verb.i, obj.i} | {d.i for d in obj.children if d.i < obj.i}
    if lemma in ("have", "be", "remain") and any(c.lower_ == "yet" for c in verb.children):
        action = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in lex["yet_verbs"]), None)
        if action is not None:
            return _through(verb, action), {verb.i, action.i} | {c.i for c in action.children if c.dep_ == "aux"}
    if lemma in lex["refusal_speech_verbs"] and (going := _refusal(verb, lex)) is not None:
        return (cue_phrase(going)[0], cue_phrase(verb)[1]), {verb.i, going.i}
    if lemma in lex["withholding_verbs"] and not _says_something(verb, lex) and (going := _refusal(verb, lex)) is not None:
        return (cue_phrase(going)[0], cue_phrase(verb)[1]), {verb.i, going.i}
    if lemma in lex["unreachable_verbs"] and is_negated(verb) and any(c.dep_ == "auxpass" for c in verb.children):
        return cue_phrase(verb), {verb.i}
    if lemma == "be":
        adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_ in lex["unavailable_adjectives"]), None)
        if adj is not None and (adj.lemma_ == "unavailable" or is_negated(verb)) and _someone_unavailable(verb, adj, lex):
            return _through(verb, adj), {verb.i, adj.i}
    if lemma == "be" and (unable := _unable(verb, lex)) is not None:
        able, action = unable
        return _through(verb, action), {verb.i, able.i, action.i} | {c.i for c in action.children if c.dep_ == "aux"} \
            | {c.i for c in verb.children if c.dep_ == "neg"} | {c.i for c in able.subtree if c.i < able.i}
    if lemma in ("have", "offer", "give", "provide", "issue", "release", "share", "publish", "take"):
        # "had no comment", "did not have an immediate response", "would not release a name", "did not take questions"
        negated = is_negated(verb)
        obj = next((c for c in verb.children if c.dep_ == "dobj"
                    and (c.lemma_ in lex["withheld_nouns"] or c.lemma_.lower() in lex["answers_given"])
                    # "had no evidence that the data was misused": a finding held, not an answer withheld
                    and not (lemma == "have" and c.lemma_.lower() in lex["held_findings"])
                    and (negated or any(d.lower_ == "no" for d in c.children))), None)
        # "did not take questions seriously": a manner, no answer withheld
        manner = lemma == "take" and any(c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ != "immediately"
                                         for c in verb.children)
        if obj is not None and not manner and not _left_out(verb, obj, negated, lex) and not _silence_kept(verb, obj, lex):
            return _through(verb, obj), {verb.i, obj.i} | {d.i for d in obj.children if d.i < obj.i}
    return None


def _left_out(verb: Token, obj: Token, negated: bool, lex: dict) -> bool:
    """"… said the crossing would reopen soon. It gave no date": a detail the statement just
    reported plainly lacked, said in the past with "no" of the one who made it ("it", "he"), is the
    reporter's note on what was in it; a refusal ("would not give a time frame", "did not give"), a
    question put ("Asked when, it gave no date") or a body with no statement just before ("The
    developer gave no details") withholds (lexicon: details_left_out)."""
    if negated or verb.tag_ != "VBD" or obj.lemma_.lower() not in lex["details_left_out"]:
        return False
    if any(c.dep_ in ("advcl", "prep") and c.lower_ in ("asked", "when") or c.dep_ == "aux" for c in verb.children):
        return False
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is None or who.pos_ != "PRON" or verb.sent.start == 0:
        return False
    before = verb.doc[verb.sent.start - 1].sent  # the statement the pronoun's sayer just made
    return any(t.pos_ == "VERB" and cue_stance(t.lemma_.lower()) is not None for t in before)


def _silence_kept(verb: Token, obj: Token, lex: dict) -> bool:
    """"She gave no interviews after she retired", "he never gave a single television interview": a
    life's habit of silence, not a source declining to answer this story (lexicon: habit_nouns); "would not
    be giving interviews" refuses."""
    if any(c.dep_ == "aux" and c.lower_ in lex["refusing_modals"] for c in verb.children):
        return False
    return obj.lemma_.lower() in lex["habit_nouns"] and (
        obj.tag_ == "NNS" or any(c.lower_ == "never" for c in verb.children)
        or any(c.dep_ in ("prep", "advcl") and c.lower_ in lex["spans_of_time"] for c in verb.children))


def _unable(verb: Token, lex: dict) -> tuple[Token, Token] | None:
    """"was unable to comment", "is not able to discuss", "was not in a position to comment": the
    word of inability and the answer it withholds."""
    for c in verb.children:
        if c.dep_ == "acomp" and (c.lower_ == "unable" or c.lower_ == "able" and is_negated(verb)):
            able = c
        elif c.dep_ == "prep" and c.lower_ == "in" and is_negated(verb):
            able = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_ == "position"), None)
        else:
            continue
        action = next((a for a in able.children if a.dep_ in ("xcomp", "acl", "relcl") and a.lemma_ in lex["refused_actions"]),
                      None) if able is not None else None
        if action is not None:
            return able, action
    return None


def _interview_declined(verb: Token, lex: dict) -> Token | None:
    """"declined an interview request", "declined interviews", "refused requests for comment": the
    request for an answer turned down; "refused the council's request to sell" turns down a deal."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        if obj.lemma_.lower() in lex["interview_nouns"]:
            return obj
        asked_for = [c for c in obj.children if c.dep_ == "compound"] \
            + [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        if obj.lemma_.lower() in lex["request_words"] and any(a.lemma_.lower() in lex["interview_nouns"] for a in asked_for):
            return obj
    return None


def _refused_to_give(verb: Token, lex: dict) -> tuple[Token, Token] | None:
    """"declined to give details", "refused to take questions": the answer withheld is named by
    the object; "refused to give way" or "declined to take the job" withhold none."""
    for action in verb.children:
        if action.dep_ != "xcomp" or action.lemma_ not in lex["giving_verbs"]:
            continue
        obj = next((c for c in action.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["answers_given"]), None)
        if obj is not None:
            return action, obj
    return None


def _says_something(verb: Token, lex: dict) -> bool:
    """"would not say the plan had failed" is a hedge, something said; "would not say", "would not
    say whether …" withhold the answer. So are "I wouldn't say the worst" and "Dad won't say it" (a
    word said or not, no answer withheld: "would not say the figure" withholds one), and "What we
    can't say is that …", which goes on to say it."""
    if any(c.dep_ == "ccomp" and c.left_edge.tag_ not in ("WDT", "WP", "WRB") and c.left_edge.lower_ not in ("whether", "if")
           for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.i < verb.i and o.tag_ in ("WP", "WDT") for o in objects):
        return True
    return verb.lemma_ == "say" and any(o.i > verb.i and o.tag_ not in ("WP", "WDT", "WRB")
                                        and o.lemma_.lower() not in lex["answers_given"] for o in objects)


def _own_habit(verb: Token, lex: dict) -> bool:
    """"I don't answer it", "we did not respond to that letter": a speaker telling of their own
    silence, as a habit or in the past, is talking; "I won't comment" (a modal) refuses."""
    who = subject(verb)
    if who is None or who.lower_ not in lex["speaking_selves"]:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in lex["refusing_modals"] for c in verb.children)


def _died(verb: Token, speaker: Token | None) -> bool:
    """"Mr Ince died in 2021 and never gave a statement", "the late Mr Ince never answered": the
    dead do not decline to answer."""
    if speaker is not None and any(c.lower_ == "late" and c.i < speaker.i for c in speaker.children):
        return True
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    return any(t.lemma_ == "die" or t.lemma_ == "pass" and any(c.lower_ == "away" for c in t.children)
               for t in linked)


@extractors.register("no_response")
def extract_no_response(doc: Doc) -> list[Found]:
    lex = no_response()
    out = []
    for verb in tokens_tagged(doc, ("VERB", "AUX")):
        hit = _match(verb, lex)
        if hit is None:
            continue
        cue, covered = hit
        first = second_report(verb)  # "said the decisions were final and refused to discuss it": the sayer
        speaker = subject(first) if first is not None else subject(verb)
        if speaker is None:
            for child in verb.children:
                if child.dep_ == "nsubjpass":
                    speaker = child
        if _died(verb, speaker):
            continue
        content = _after(verb, covered) or cue
        # "the ministry, which declined to comment": the ministry, not its clause
        own = subtree_offsets(verb) if verb.dep_ == "relcl" else None
        out.append(Found(content=[content], cue=cue, source=np_offsets(speaker, own) if speaker is not None else None,
                         type="indirect", stance="no_response", extractor="no_response",
                         source_head=speaker.i if speaker is not None else None))
    return out
