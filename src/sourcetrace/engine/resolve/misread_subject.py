"""Speech verbs the parser left with no subject.

"Tully recalled that her boss …", with "Tully" read as the verb's adverb: a verb with no subject
whose sentence opens with a surname of someone the text names in full, set right before the verb,
is that person's. "Osei said the timing "stinks" and called for an inquiry", with "called" joined
to the quoted word rather than to "said": a second verb joined to the first verb's words, which
have no subject of their own, shares the first verb's subject."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span

from ..extract.base import Found
from ..lexicon import kind_words, word_set
from .mentions import AGE
from .names import is_title_word, person_entities, person_surnames
from ..parse import span_at

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def cued_without_source(doc: Doc, found: list[Found]) -> Iterator[tuple[int, Found, Span]]:
    """Each find with a cue and no source, with its cue's span."""
    for i, f in enumerate(found):
        if f.source is None and f.cue is not None and (cue := span_at(doc, *f.cue)) is not None:
            yield i, f, cue


def subjects_misread(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find with a cue and no source so set up, its speaker's offsets and token."""
    out = {}
    for i, f, cue in cued_without_source(doc, found):
        if (words := _subject_read_into_the_verb(cue)) is not None:
            out[i] = (words.start_char, words.end_char, words[-1].i)
            continue
        verb = next((t for t in cue if t.pos_ == "VERB"), None)
        if verb is None or verb.i == verb.sent.start:
            continue
        if (named := _named_after_lead_in(doc, verb)) is not None:
            out[i] = (named.start_char, named.end_char, named.root.i)
            continue
        if (pronoun := _pronoun_left_out(verb, f.cue[0])) is not None:
            out[i] = (pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.i)
            continue
        if any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        before = doc[verb.i - 1]
        opens = before.i == verb.sent.start or all(t.is_punct or t.is_space for t in doc[verb.sent.start:before.i])
        if opens and before.head.i == verb.i and before.dep_ in ("advmod", "npadvmod", "dep") \
                and before.is_title and before.text in person_surnames(doc):
            out[i] = (before.idx, before.idx + len(before.text), before.i)
        elif (subject := _shared_subject(verb) or _joined_as_reported(verb) or _reduced_relative_subject(verb)) \
                is not None:
            out[i] = _phrase(subject)
        elif (subject := _subject_read_after_as(verb)) is not None:
            out[i] = _phrase(subject)
        elif (words := _read_as_a_modifier(verb)) is not None:
            out[i] = (words.start_char, words.end_char, words[-1].i)
    return out


def _pronoun_left_out(verb, cue_start: int):
    """"He's since said that's rubbish": a cue taken from the contraction on ("'s since said") leaves
    out its subject, the pronoun just before it, joined to the verb as its subject."""
    # the contraction may be read as the root and the verb as its clause: "He" is then its subject
    heads = {verb.i, verb.head.i}
    pronoun = next((c for h in heads for c in verb.doc[h].children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.pos_ == "PRON" and c.lower_ in ("he", "she", "they", "we", "i")), None)
    if pronoun is None or pronoun.idx + len(pronoun.text) != cue_start:
        return None
    return pronoun


def _subject_read_after_as(verb):
    """"As Rahim Uddin of the relief programme told me, ‘The shelters held’": the parser may read
    "As" as a preposition and the speaker as its object; the one after "As" is who told."""
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i), None)
    if as_ is None:
        return None
    return next((c for c in as_.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)


def _read_as_a_modifier(verb):
    """"“…,” the 26-year-old told reporters": the parser may read the speaker and the verb as one
    noun phrase ("the 26-year-old told reporters", with "told" describing the reporters); the
    words from "the" to the verb, ending on an age or a noun, are the speaker."""
    if verb.dep_ != "amod" or verb.head.i <= verb.i or verb.i == 0:
        return None
    det = next((c for c in verb.head.children if c.dep_ == "det" and c.i < verb.i), None)
    last = verb.doc[verb.i - 1]
    if det is None or det.lower_ not in ("the", "a", "an") or verb.i - det.i < 2 \
            or not (last.pos_ in ("NOUN", "PROPN") or AGE.search(verb.doc[det.i:verb.i].text)):
        return None
    return verb.doc[det.i:verb.i]


def _subject_read_into_the_verb(cue: Span) -> Span | None:
    """"The ruling states that …": the parser may read the subject as the verb's modifiers ("the"
    and "ruling" hung on "states", as in "member states"), the verb tagged a verb or a plural noun;
    the words from "the" up to the verb, which a clause of what was said follows, are the speaker."""
    noun = next((t for t in cue if t.tag_ in ("NNS", "VBZ")), None)
    if noun is None or noun.i < 2:
        return None
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    said = any(c.dep_ in ("ccomp", "relcl", "acl") and c.i > noun.i for c in noun.children)
    if det is None or det.lower_ not in ("the", "a", "an", "this", "that", "its", "their") or not said \
            or not all(t.dep_ in ("amod", "compound", "nmod") and t.pos_ in ("NOUN", "VERB", "PROPN")
                       for t in noun.doc[det.i + 1:noun.i]):
        return None
    return noun.doc[det.i:noun.i]


def _reduced_relative_subject(verb):
    """"… a plan her budget director called “the least painful of several painful options”": in a
    relative clause with no "that", the parser may set the clause's subject beside the noun it
    describes; the noun phrase right before the verb, a person's, is who called it so."""
    if verb.dep_ not in ("acl", "relcl") or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "appos" or noun.head.i != verb.head.i:
        return None
    # a person, by a possessive set before ("her budget director") or a name
    owned = any(c.dep_ == "poss" for c in noun.children)
    return noun if owned or noun.ent_type_ == "PERSON" else None


def _named_after_lead_in(doc: Doc, verb):
    """"Testifying in her own defense in Dunmore County Circuit Court, Valerie Okafor, 52, said …",
    "In a statement emailed to the Beacon, company vice-president Harold Vance said …": the parser
    may take the opening phrase for the verb's subject (or leave the verb with none) and hang the
    name on the phrase's last noun; the person named right before the verb, past an age in commas,
    is the speaker."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "csubj" and c.tag_ != "VBG"
           for c in verb.children):
        return None
    sent = verb.sent
    for person in reversed(person_entities(doc)):
        if person.end > verb.i:
            continue
        if person.start < sent.start:
            return None
        between = doc[person.end:verb.i]
        if not all(t.is_punct or t.like_num for t in between):
            return None
        return _seat_holder(person) or person
    return None


def _seat_holder(place: Span) -> Span | None:
    """"Jasleen Bhatt-Morrison, the MPP for Hamilton Centre, said": a name after a post's "for" or
    "of" (a seat, a party the tagger took for a person) is where the person set beside the post sits."""
    token = place.root
    post = token.head.head
    # "Alhaji Seidu, MP for Tamale North, said", the post read as a second name in a list
    if token.dep_ != "pobj" or token.head.dep_ != "prep" \
            or post.dep_ != "appos" and not (post.dep_ == "conj" and is_title_word(post.text)):
        return None
    holder = token.head.head.head
    return next((p for p in person_entities(place.doc) if p.start <= holder.i < p.end), None)


def _joined_as_reported(verb):
    """"A ministry spokesperson said the investigation was ongoing but declined to say …", parsed
    with "declined" a second thing said: a verb with no subject, reported by a speech verb right
    after a "but" or "and", is that speech verb's own second verb: its subject's."""
    doc = verb.doc
    if verb.dep_ != "ccomp" or verb.i < 2 or doc[verb.i - 1].pos_ != "CCONJ" or verb.head.i > verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)


def _shared_subject(verb):
    """The subject of the speech verb whose reported words the verb is joined to, where those
    words have no subject of their own, or one that cannot speak (and so cannot be what the second
    verb shares)."""
    joined = verb.head
    if verb.dep_ != "conj" or joined.i == verb.i or joined.dep_ not in ("ccomp", "dobj") \
            or joined.head.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in joined.children) and not _mute(joined):
        return None  # (the quoted word may be read as the object of "said": "said the timing "stinks"")
    return next((c for c in joined.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < joined.i), None)


def outer_speakers(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """"He said the merchants had hired a lawyer but would not say who": the parser joins the second
    verb to the reported one and gives it that one's subject; but the reported words are set back in
    time ("had hired") and the second verb has a modal of its own, so it goes on with the narration:
    the first speaker's verb. So too where the reported subject is a thing that cannot speak ("said
    the investigation was ongoing but declined to say …"). Each such find with the first speaker's
    offsets and head."""
    out = {}
    for i, f in enumerate(found):
        cue = span_at(doc, *f.cue) if f.cue and f.source else None
        verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
        if verb is None or verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        reported = verb.head
        if reported.dep_ != "ccomp" or reported.i >= verb.i:
            continue
        if not (_set_back(reported) and _own_modal(verb) or _mute(reported)):
            continue  # (a bare "and denied" may share the "had": "had ignored the letters and denied …")
        speaker = next((c for c in reported.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if speaker is not None and reported.head.pos_ == "VERB":
            out[i] = _phrase(speaker)
    return out


def _mute(reported) -> bool:
    """Reported words whose subject is a thing that cannot speak ("said the investigation was
    ongoing but declined to say whether …", "said officials' decisions were final and refused to
    discuss …"): no word for a person, a body, a document or the media, no name, no pronoun."""
    subject = next((c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    kinds = kind_words()
    speakers = word_set("person_nouns") | word_set("titles") | kinds["kin"] | kinds["organization"] \
        | kinds["document"] | kinds["media"] | kinds["group_words"] | kinds["collective_people"]
    return subject.lemma_.lower() not in speakers and subject.lower_ not in speakers


def _phrase(subject) -> tuple[int, int, int]:
    """A subject's whole phrase, with what is set beside or after it ("The local MP, Graham Pollitt",
    "A spokesman for the operator"), and its head."""
    end = subject.right_edge
    while end.i > subject.i and (end.is_punct or end.is_space):
        end = end.doc[end.i - 1]
    return subject.left_edge.idx, end.idx + len(end.text), subject.i


def _own_modal(verb) -> bool:
    """A verb with a modal of its own ("would not say"), which no pluperfect before it can share."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _set_back(verb) -> bool:
    """In the pluperfect, as reported words are: "had hired", "had been told"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


def doubled_subjects(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """"A Limerick mother who has been waiting three years for hip surgery says …": the parser may
    give the verb two subjects, the one who speaks and the last noun of the "who" clause about
    them, and the nearer is taken for the speaker. The one the clause describes is the subject;
    each such find with that subject's offsets (the clause kept) and head."""
    out = {}
    for i, f in enumerate(found):
        cue = span_at(doc, *f.cue) if f.cue and f.source else None
        verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
        if verb is None:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if len(subjects) != 2 or not f.source[0] <= subjects[1].idx < f.source[1]:
            continue
        described, nearer = subjects
        clause = next((c for c in described.children if c.dep_ == "relcl"
                       and any(t.lower_ in ("who", "whose", "whom") for t in c.subtree)), None)
        # the clause must stop short of its own last noun ("… waiting three years for | hip surgery"),
        # not end before a comma ("Kelmont, who sit two divisions higher, led …, and Vale manager
        # Tomasz Wierzbicki admitted": two clauses, each with its own subject)
        if clause is not None and nearer.i == verb.i - 1 and clause.i < nearer.i \
                and clause.right_edge.i + 1 == nearer.left_edge.i and clause.right_edge.pos_ in ("ADP", "VERB"):
            start = described.left_edge
            out[i] = (start.idx, nearer.idx + len(nearer.text), described.i)
    return out
