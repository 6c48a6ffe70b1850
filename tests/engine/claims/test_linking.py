from sourcetrace.engine.claims import build_claims
from sourcetrace.engine.claims.features import features, known_lemmas, normalise
from sourcetrace.engine.claims.linking import same_thing
from sourcetrace.contract import Analysis, Attribution, Source, Span


def feats(nlp, text, piece):
    doc = nlp(text)
    start = text.index(piece)
    return features(doc.char_span(start, start + len(piece), alignment_mode="expand"), known_lemmas(doc))


def test_derivational_normalisation_needs_the_stem_in_the_article():
    assert normalise("recruitment", frozenset({"recruit"})) == "recruit"
    assert normalise("Russian", frozenset({"russia"})) == "russia"
    assert normalise("information", frozenset({"recruit"})) == "information"


def test_nominalisation_meets_verb(nlp):
    text = "Officials said the army is recruiting former police officers. Critics said the recruitment of police officers is illegal."
    a = feats(nlp, text, "the army is recruiting former police officers")
    b = feats(nlp, text, "the recruitment of police officers is illegal")
    assert "recruit" in a.predicates & b.predicates
    assert same_thing(a, b)


def test_different_predicates_do_not_link(nlp):
    text = "The mayor said the bridge will reopen in May. The union said the bridge workers will strike."
    a = feats(nlp, text, "the bridge will reopen in May")
    b = feats(nlp, text, "the bridge workers will strike")
    assert not same_thing(a, b)


def _attr(text, aid, sid, stance, content, source=None, cue=None):
    sp = lambda s: Span(start=text.index(s), end=text.index(s) + len(s), text=s) if s else None  # noqa: E731
    return Attribution(id=aid, source_id=sid, type="indirect", stance=stance, source=sp(source), cue=sp(cue),
                       content=sp(content))


def test_support_denial_and_no_response_across_a_cluster(nlp):
    text = ("The mayor says the city is selling the harbour to a private firm. "
            "A union leader said the plan to sell the harbour was agreed in secret. "
            "The firm denied that the city is selling the harbour. "
            "The port authority has not responded to requests for comment. "
            "Prices rose 12 percent last year.")
    sources = [Source(id="s1", name="The mayor", kind="person", named=False),
               Source(id="s2", name="A union leader", kind="person", named=False),
               Source(id="s3", name="The firm", kind="organization", named=False),
               Source(id="s4", name="The port authority", kind="organization", named=True)]
    attributions = [
        _attr(text, "a1", "s1", "assert", "the city is selling the harbour to a private firm", "The mayor", "says"),
        _attr(text, "a2", "s2", "assert", "the plan to sell the harbour was agreed in secret", "A union leader", "said"),
        _attr(text, "a3", "s3", "deny", "that the city is selling the harbour", "The firm", "denied"),
        _attr(text, "a4", "s4", "no_response", "to requests for comment", "The port authority", "has not responded"),
    ]
    analysis = Analysis(text=text, sources=sources, attributions=attributions)
    claims = build_claims(nlp(text), analysis)
    by_attr = {aid: c for c in claims for aid in c.attribution_ids}
    selling = by_attr["a1"]
    assert by_attr["a3"].id in selling.same_as and selling.id in by_attr["a3"].same_as
    assert selling.supported_by == ["s1", "s2"]
    assert selling.denied_by == ["s3"] and selling.no_response == ["s4"]
    assert not selling.single_source and not selling.unattributed
    own = [c for c in claims if c.unattributed]
    assert [c.text for c in own] == ["Prices rose 12 percent last year."]
    assert own[0].quantities[0].unit == "percent"
    assert own[0].check_worthiness > by_attr["a3"].check_worthiness


def test_questions_headlines_and_verbless_lines_are_not_author_claims(nlp):
    text = "Harbour for sale\n\nWho will buy the harbour? The city sold the old pier in 2019.\n\nPhoto: archive"
    claims = build_claims(nlp(text), Analysis(text=text))
    assert [c.text for c in claims] == ["The city sold the old pier in 2019."]
    assert claims[0].dates[0].value == "2019"


def test_anonymous_and_document_flags(nlp):
    text = "Officials said the dam is leaking. A leaked report said the dam is leaking badly."
    sources = [Source(id="s1", name="Officials", kind="group", named=False),
               Source(id="s2", name="A leaked report", kind="document", named=False)]
    attributions = [_attr(text, "a1", "s1", "assert", "the dam is leaking.", "Officials", "said"),
                    _attr(text, "a2", "s2", "assert", "the dam is leaking badly", "A leaked report", "said")]
    claims = build_claims(nlp(text), Analysis(text=text, sources=sources, attributions=attributions))
    assert all(c.anonymous_only and not c.document_based and not c.single_source for c in claims)
    assert claims[0].same_as == [claims[1].id]


def test_a_group_of_several_is_not_a_single_source(nlp):
    text = "Ann Roe and Bill Poe said the dam is leaking. Three engineers said the dam is leaking. A guard said the dam is leaking."
    pairs = [("s1", "Ann Roe and Bill Poe", None), ("s2", "Ann Roe", "s1"), ("s3", "Bill Poe", "s1")]
    sources = [Source(id=i, name=n, kind="person" if m else "group", named=True, member_of=m) for i, n, m in pairs]
    sources += [Source(id="s4", name="engineers", kind="group", named=False, count=3),
                Source(id="s5", name="guard", kind="person", named=False)]
    starts = [0, text.index("Three"), text.index("A guard")]
    attributions = [Attribution(id=f"a{n}", source_id=sid, type="indirect", stance="assert",
                                source=None, cue=None, content=Span(start=s + text[s:].index("the dam"),
                                end=s + text[s:].index("leaking") + 7, text="the dam is leaking"))
                    for n, (sid, s) in enumerate(zip(["s1", "s4", "s5"], starts), 1)]
    analysis = Analysis(text=text, sources=sources, attributions=attributions)
    for attribution in attributions:
        one = analysis.model_copy(update={"attributions": [attribution]})
        claims = build_claims(nlp(text), one)
        assert claims[0].single_source == (attribution.source_id == "s5"), attribution.source_id


def test_a_bare_denied_object_is_the_claim_someone_made_just_before():
    from sourcetrace import analyze
    r = analyze("Parents said the new timetable would cost them a day's pay. Ms Obi disputed that, "
                "saying buses would run on Fridays too.")
    names = {s.id: s.name for s in r.sources}
    by_id = {a.id: a for a in r.attributions}
    claim = next(c for c in r.claims if c.text.startswith("the new timetable"))
    stances = {}
    for other in [claim] + [c for c in r.claims if c.id in claim.same_as]:
        for aid in other.attribution_ids:
            stances[names[by_id[aid].source_id]] = by_id[aid].stance
    assert stances == {"Parents": "assert", "Ms Obi": "deny"}
    # her denial is said in these words: as a claim, they are hers, asserted, not denied
    instead = next(c for c in r.claims if c.text.startswith("buses would run"))
    assert [by_id[aid].stance for aid in instead.attribution_ids] == ["deny"]
    assert [names[s] for s in instead.supported_by] == ["Ms Obi"] and instead.denied_by == []


def test_a_bare_denied_object_reaches_no_further_back_than_the_last_sentence():
    from sourcetrace import analyze
    r = analyze("Parents said the new timetable would cost them a day's pay. The weather was mild. "
                "It rained in the hills on Tuesday. Ms Obi disputed that.")
    claim = next(c for c in r.claims if c.text.startswith("the new timetable"))
    assert not any(c.text == "that" for c in r.claims if c.id in claim.same_as)
