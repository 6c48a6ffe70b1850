"""Origins, first report, timeline and numbers of one cluster, from hand-made records (no store, no engine)."""
from sourcetrace.corpus.story.origins import outlet_key, summarise


def mention(stance, by=None, kind=None, named=True, start=0, end=10, text="the claim"):
    return {"stance": stance, "by": by, "kind": kind, "named": named if by else None, "source": "s1" if by else None,
            "start": start, "end": end, "text": text}


def record(ref, outlet, published, mentions, family=None, quantities=(), claim=1, rebuts=False):
    return {"ref": ref, "outlet": outlet, "published": published, "claim": claim, "rebuts": rebuts,
            "mentions": mentions, "quantities": [{"text": q} for q in quantities], "family": family}


def origin_of(summary, ref):
    return next(o for o in summary["origins"] if ref in o["refs"])


def test_copies_collapse_into_their_family_and_the_original_is_first():
    records = [
        record("copy", "Daily", "2026-01-02", [mention("supports", "two officials", "group", named=False)],
               family=("wire", "reprint")),
        record("wire", "Wire", "2026-01-02", [mention("supports", "two officials", "group", named=False)],
               family=("wire", "original")),
        record("trim", "Times", "2026-01-03", [mention("supports", "two officials", "group", named=False)],
               family=("wire", "trimmed")),
    ]
    s = summarise(7, records)
    assert s["independent_origins"] == 1
    assert s["first_report"] == "wire"
    assert sorted(s["origins"][0]["refs"]) == ["copy", "trim", "wire"]
    assert "reprint of wire" in s["origins"][0]["reasons"]["copy"]
    assert "trimmed copy of wire" in s["origins"][0]["reasons"]["trim"]


def test_an_article_crediting_another_outlet_is_that_outlets_origin():
    records = [
        record("wire", "The Harbour Wire", "2026-01-02", [mention("supports", "an official", "person", named=False)]),
        record("packet", "Packet", "2026-01-03", [mention("reports", "Harbour Wire", "media")]),
        record("star", "Star", "2026-01-03", [mention("supports", "Ilse Varga", "person")]),
    ]
    s = summarise(1, records)
    assert s["independent_origins"] == 2
    assert origin_of(s, "packet")["refs"] == ["wire", "packet"]
    assert "credits Harbour Wire (wire)" in origin_of(s, "packet")["reasons"]["packet"]
    assert "own source: Ilse Varga" in origin_of(s, "star")["why"]


def test_a_credited_outlet_missing_from_the_corpus_counts_once_for_all_who_credit_it():
    records = [
        record("a", "A", "2026-01-02", [mention("reports", "Gulf Courier", "media")]),
        record("b", "B", "2026-01-02", [mention("reports", "the Gulf Courier", "media")]),
    ]
    s = summarise(1, records)
    assert s["independent_origins"] == 1
    assert "not in the corpus" in s["origins"][0]["why"]


def test_an_outlet_crediting_itself_is_its_own_report():
    s = summarise(1, [record("a", "Harbour Wire", "2026-01-02", [mention("reports", "Harbour Wire", "media")]),
                      record("b", "Star", "2026-01-03", [mention("supports", "Ilse Varga", "person")])])
    assert s["independent_origins"] == 2


def test_the_same_named_source_quoted_again_is_not_a_new_origin_but_anonymous_ones_are():
    records = [
        record("star", "Star", "2026-01-03", [mention("supports", "Deputy Minister Ilse Varga", "person")]),
        record("wire", "Wire", "2026-01-04", [mention("supports", "Ilse Varga", "person"),
                                              mention("denies", "Brask Salvage", "organization")]),
        record("x", "X", "2026-01-04", [mention("supports", "an official", "person", named=False)]),
        record("y", "Y", "2026-01-04", [mention("supports", "an official", "person", named=False)]),
    ]
    s = summarise(1, records)
    assert origin_of(s, "wire")["refs"] == ["star", "wire"]
    assert "same source as star" in origin_of(s, "wire")["reasons"]["wire"]
    assert s["independent_origins"] == 3  # star+wire, x, y
    assert s["denied"] is True


def test_an_article_that_only_denies_is_not_an_origin():
    records = [
        record("wire", "Wire", "2026-01-02", [mention("supports", "Ilse Varga", "person")]),
        record("deny", "Post", "2026-01-03", [mention("denies", "Brask Salvage", "organization")]),
    ]
    s = summarise(1, records)
    assert s["independent_origins"] == 1
    assert s["not_origins"] == [{"ref": "deny", "why": "only denies: not a report"}]
    assert [m["stance"] for m in s["mentions"]] == ["supports", "denies"]


def test_timeline_is_in_publication_order_and_numbers_keep_each_change():
    records = [
        record("late", "C", "2026-01-06", [mention("supports", "payroll records", "document")],
               quantities=["More than 200"]),
        record("early", "A", "2026-01-02", [mention("supports", "an official", "person", named=False)],
               quantities=["About 60"]),
        record("mid", "B", "2026-01-03", [mention("reports", "A", "media")], quantities=["Dozens"]),
        record("same", "D", "2026-01-04", [mention("supports", "Ilse Varga", "person")], quantities=["about 60"]),
    ]
    s = summarise(1, records)
    assert [m["ref"] for m in s["mentions"]] == ["early", "mid", "same", "late"]
    assert [n["figures"] for n in s["numbers"]] == [["About 60"], ["Dozens"], ["about 60"], ["More than 200"]]
    assert s["first_published"] == "2026-01-02" and s["last_published"] == "2026-01-06"


def test_a_rebutting_claim_shows_as_rebuts_and_counts_as_denied():
    records = [
        record("wire", "Wire", "2026-01-02", [mention("supports", "Ilse Varga", "person")]),
        record("wire2", "Post", "2026-01-02", [mention("supports", "Ilse Varga", "person")]),
        record("law", "Law", "2026-01-03", [mention("supports", "Petra Holm", "person")], rebuts=True, claim=9),
    ]
    s = summarise(1, records)
    assert [m["stance"] for m in s["mentions"] if m["ref"] == "law"] == ["rebuts"]
    assert s["denied"] and s["independent_origins"] == 1


def test_one_article_is_not_a_cluster():
    assert summarise(1, [record("a", "A", None, [mention("reports")])]) is None


def test_statement_drops_a_leading_that():
    s = summarise(1, [record("a", "A", "2026-01-01", [mention("supports", "X Y", "person", text="that it rained")]),
                      record("b", "B", "2026-01-02", [mention("supports", "X Y", "person")])])
    assert s["statement"] == "It rained"


def test_outlet_key_ignores_case_punctuation_and_the():
    assert outlet_key("The Harbour-Wire") == outlet_key("harbour wire") == "harbour wire"
