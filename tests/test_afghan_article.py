"""The article the product exists for: every attribution with the right source, cue and stance."""
import pytest


def find(analysis, cue, content_has, stance=None):
    # The cue may carry an adverb, as PolNeAR marks it ("also stated"); the words asked for must be there.
    hits = [a for a in analysis.attributions
            if a.cue is not None and f" {cue} " in f" {a.cue.text} " and content_has in a.content.text]
    assert hits, f"no attribution with cue {cue!r} and content containing {content_has!r}"
    assert len(hits) == 1
    if stance:
        assert hits[0].stance == stance
    return hits[0], analysis.source(hits[0].source_id)


def test_generals_told_the_agency(example):
    a, src = find(example, "told", "now being recruited", "assert")
    assert src.kind == "group" and src.count == 3 and not src.named
    assert src.name == "three former generals"
    assert a.recipient == "The Afghan Associated Press"
    assert a.source.text == "three former generals"


def test_they_said_is_the_same_group(example):
    told, generals = find(example, "told", "now being recruited")
    a, src = find(example, "said", "Russia wants to recruit", "assert")
    assert src.id == generals.id
    assert a.type == "mixed"  # carries the quoted "into the foreign legion"
    assert "offering them monthly stipends of $1,500" in a.content.text


def test_arghandiwal_quotes_and_reports_are_one_source(example):
    first, src = find(example, "said", "They don’t want to go to war", "assert")
    assert first.type == "direct"
    assert src.name == "Abdul Raof Arghandiwal" and src.kind == "person" and src.named
    assert src.description == "one of the generals"
    generals = next(s for s in example.sources if s.name == "three former generals")
    assert src.member_of == generals.id
    second = next(a for a in example.attributions if "Give me a solution?" in a.content.text)
    assert second.type == "direct" and second.source_id == src.id and second.cue is None
    adding, src2 = find(example, "adding", "dozens of commandos")
    wagner, src3 = find(example, "said", "mercenary group Wagner")
    assert src2.id == src.id == src3.id
    assert wagner.source.text == "Arghandiwal"


def test_alizai_with_his_role(example):
    a, src = find(example, "said", "recruitment efforts are also being helped", "assert")
    assert src.name == "Hibatullah Alizai" and src.named
    assert "army chief" in src.description


def test_soldiers_warnings_are_a_noun_cue(example):
    a, src = find(example, "warnings", "the Taliban will kill these soldiers", "warn")
    assert a.type == "nominal"
    assert src.kind == "group" and src.name == "US soldiers"


def test_report_warned_and_stated_is_one_document(example):
    warned, doc1 = find(example, "warned", "could provide information", "warn")
    stated, doc2 = find(example, "stated", "there is a risk", "assert")
    assert doc1.id == doc2.id and doc1.kind == "document"
    assert "Republican Party" in doc1.name


def test_defense_ministry_did_not_respond(example):
    a = next(a for a in example.attributions if a.stance == "no_response")
    src = example.source(a.source_id)
    assert src.name == "Russia’s Defense Ministry" and src.kind == "organization"
    assert a.cue.text == "has not responded"


def test_prigozhin_admitted(example):
    a, src = find(example, "has recently admitted", "he is the founder", "admit")
    assert src.name == "Yevgeny Prigozhin" and src.kind == "person"


def test_spokesman_denies_and_calls_it_crazy(example):
    denial, src = find(example, "has rejected claims", "this group is recruiting former Afghan soldiers", "deny")
    assert src.kind == "person" and not src.named
    assert "spokesman for Yevgeny Prigozhin" in src.name
    calling, src2 = find(example, "calling", "crazy")
    assert src2.id == src.id
    assert "calling" not in denial.content.text
    prigozhin = next(s for s in example.sources if s.name == "Yevgeny Prigozhin")
    assert prigozhin.id != src.id


def test_offsets_point_into_the_text(example):
    for a in example.attributions:
        for span in [a.content, a.cue, a.source, *a.content_parts]:
            if span is not None:
                assert example.text[span.start:span.end] == span.text
    for s in example.sources:
        for m in s.mentions:
            assert example.text[m.start:m.end] == m.text
