from sourcetrace.engine.audit import build_audit, is_second_hand
from sourcetrace.contract import Analysis, Attribution, Claim, Source, Span


def span(text, piece):
    start = text.index(piece)
    return Span(start=start, end=start + len(piece), text=piece)


def make():
    text = ("“We will win,” the mayor said. Reuters said officials told it the port is closed. "
            "The firm denied the port is closed, calling it nonsense. A ministry did not respond. Prices rose.")
    sources = [Source(id="s1", name="the mayor", kind="person", named=False),
               Source(id="s2", name="Reuters", kind="media", named=True),
               Source(id="s3", name="The firm", kind="organization", named=True),
               Source(id="s4", name="A ministry", kind="organization", named=False)]
    att = lambda i, s, t, st, c: Attribution(id=i, source_id=s, type=t, stance=st, source=None, cue=None,  # noqa: E731
                                             content=span(text, c))
    attributions = [att("a1", "s1", "direct", "assert", "We will win"),
                    att("a2", "s2", "indirect", "assert", "officials told it the port is closed"),
                    att("a3", "s3", "indirect", "deny", "the port is closed, "),
                    att("a4", "s3", "mixed", "deny", "nonsense"),
                    att("a5", "s4", "indirect", "no_response", "not respond"),
                    att("a6", None, "direct", "assert", "Prices")]
    claims = [Claim(id="c1", text="We will win", start=1, end=12, attribution_ids=["a1"], supported_by=["s1"],
                    single_source=True, anonymous_only=True),
              Claim(id="c2", text="x", start=40, end=50, attribution_ids=["a2", "a5"], same_as=["c3", "c4"],
                    supported_by=["s2"], single_source=True, denied_by=["s3"]),
              Claim(id="c3", text="y", start=90, end=100, attribution_ids=["a3"], same_as=["c2", "c4"],
                    supported_by=["s2"], single_source=True),
              Claim(id="c4", text="z", start=120, end=128, attribution_ids=["a4"], same_as=["c2", "c3"],
                    supported_by=["s2"], single_source=True),
              Claim(id="c5", text="Prices rose.", start=160, end=172, unattributed=True)]
    return Analysis(text=text, sources=sources, attributions=attributions, claims=claims)


def test_audit_counts():
    audit = build_audit(make())
    assert (audit.sources, audit.named, audit.unnamed) == (4, 2, 2)
    assert audit.by_kind == {"media": 1, "organization": 2, "person": 1}
    # a1 direct, a4 mixed out of five sourced attributions (a6 has no source)
    assert audit.direct_share == 0.4
    assert audit.denials == 1          # one source, one claim cluster, said twice
    assert audit.no_responses == 1
    assert audit.single_source_claims == 2 and audit.anonymous_only_claims == 1
    assert audit.unattributed_claims == 1


def test_second_hand_rule():
    analysis = make()
    by_id = {a.id: a for a in analysis.attributions}
    assert is_second_hand(by_id["a2"], analysis)      # media, and "told" inside the content
    assert not is_second_hand(by_id["a1"], analysis)
    assert build_audit(analysis).second_hand == 1


def test_empty_analysis():
    assert build_audit(Analysis(text="Nothing here.")).direct_share == 0.0
