"""The example story (examples/story/articles.jsonl, fictional outlets and people) ingested into a real DuckDB
store by the engine: its families, the recruitment claim's cluster, origins, stances, the revised figure a person
confirms, and the near-miss that stays out."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.corpus.ingest import ingest_items
from sourcetrace.corpus.inputs import iter_items
from sourcetrace.corpus.store import open_store
from sourcetrace.corpus.story import (confirm_link, family_rows, find_profiles, get_cluster, list_clusters,
                                      suggested_links, update_story)
from sourcetrace.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT / "examples" / "story" / "articles.jsonl"
WIRE_CLAIM = "About 60 former coastguard divers have been recruited by Brask Salvage to work on wrecks"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("story") / "corpus.duckdb"
    settings = Settings.load(profile="fast")
    with open_store(str(path)) as store:
        summary = ingest_items(store, iter_items([str(ARTICLES)], settings.max_input_bytes), settings=settings,
                               profile="fast", workers=1)
        assert summary.stored == 9 and summary.errors == 0
        update_story(store)
    return path


@pytest.fixture
def store(built, tmp_path):
    copy = tmp_path / "corpus.duckdb"
    shutil.copy(built, copy)
    s = open_store(str(copy))
    yield s
    s.close()


def cluster_with(store, ref, words):
    found = [c for c in list_clusters(store)
             if any(m["ref"] == ref and m["text"].startswith(words) for m in c["mentions"])]
    assert len(found) == 1, f"{ref}'s claim '{words}' is in exactly one cluster"
    return get_cluster(store, found[0]["id"])


def main_cluster(store):
    return cluster_with(store, "hw-0302", WIRE_CLAIM)


def refs(cluster):
    return {m["ref"] for m in cluster["mentions"]}


def test_families_of_the_wire_story(store):
    families = {f["family"]: {m["ref"]: m["relation"] for m in f["members"]} for f in family_rows(store)}
    assert families == {"hw-0302": {"hw-0302": "original", "nd-0302": "reprint", "ct-0302": "trimmed",
                                    "lb-0303": "local_added"}}


def test_the_wire_claim_travels_with_its_copies_as_one_origin(store):
    c = main_cluster(store)
    assert refs(c) >= {"hw-0302", "nd-0302", "ct-0302", "lb-0303"}
    assert c["first_report"] == "hw-0302"
    wire = next(o for o in c["origins"] if "hw-0302" in o["reasons"])
    assert set(wire["reasons"]) == {"hw-0302", "nd-0302", "ct-0302", "lb-0303"}
    assert wire["reasons"]["ct-0302"] == "ct-0302: trimmed copy of hw-0302"
    assert wire["reasons"]["lb-0303"] == "lb-0303: hw-0302 with a local paragraph added"
    stances = {(m["ref"], m["stance"], m["by"]) for m in c["mentions"]}
    assert ("hw-0302", "supports", "two officials at the Maritime Ministry") in stances
    assert ("hw-0302", "no_response", "Brask Salvage") in stances
    store_text = dict(store.rows("SELECT ref, text FROM articles"))
    for m in c["mentions"]:  # offsets point into the article's own text
        assert store_text[m["ref"]][m["start"]:m["end"]] == m["text"]


def test_the_minister_is_a_second_origin_with_the_denial_and_rebuttal(store):
    """The Tessen Star's claim is the wire's cut short, with a source of its own: linked with no review, it is a
    second independent origin; the Harbour Wire quoting the minister again adds none."""
    c = main_cluster(store)
    assert c["id"] == cluster_with(store, "ts-0303", "About 60 former coastguard divers have been recruited")["id"]
    assert {"ts-0303", "hw-0304"} <= refs(c) and c["independent_origins"] == 2
    stances = {(m["ref"], m["stance"], m["by"]) for m in c["mentions"]}
    assert {("ts-0303", "supports", "Ilse Varga"), ("hw-0304", "supports", "Ilse Varga"),
            ("hw-0304", "denies", "Brask Salvage"), ("hw-0304", "rebuts", "Petra Holm")} <= stances
    assert c["denied"]
    minister = next(o for o in c["origins"] if "ts-0303" in o["reasons"])
    assert minister["reasons"]["hw-0304"] == "hw-0304: same source as ts-0303 (Ilse Varga)"


def test_no_counted_link_reaches_the_near_miss(store):
    counted = store.rows("SELECT a.ref FROM claim_links l JOIN claims c ON c.id IN (l.claim_a, l.claim_b) "
                         "JOIN articles a ON a.analysis_id = c.analysis_id WHERE l.status IN ('made', 'confirmed') "
                         "AND l.relation = 'same'")
    assert "pg-0304" not in {ref for (ref,) in counted}
    assert all("pg-0304" not in refs(c) for c in list_clusters(store))


# The wire claim as another outlet, the minister, the denial story and the later records put it: (ref, opening).
PARAPHRASES = (("ep-0303", "Dozens of former coastguard divers"), ("ts-0303", "About 60 former coastguard divers"),
               ("hw-0304", "that about 60 former coastguard divers"),
               ("hw-0306", "More than 200 former coastguard divers"))


def claim_of(store, ref, words):
    (claim,) = [cid for cid, text in store.rows("SELECT c.id, c.text FROM claims c JOIN articles a ON "
                                                "a.analysis_id = c.analysis_id WHERE a.ref = ?", (ref,))
                if text.startswith(words)]
    return claim


def test_paraphrases_go_to_review_and_once_confirmed_join_the_story(store):
    """The news-pair model makes no link it is not sure of (none is, on these rewordings), but puts each
    paraphrase not already in the story in the review queue beside it; an editor confirms the queue's best."""
    wire = {m["claim"] for m in main_cluster(store)["mentions"]}
    queue = suggested_links(store, limit=500)
    for ref, words in PARAPHRASES:
        claim = claim_of(store, ref, words)
        if claim in wire:
            continue  # linked already (the minister's claim is the wire's cut short)
        offered = [s for s in queue if s["relation"] == "same" and claim in (s["claim_a"], s["claim_b"])
                   and {s["claim_a"], s["claim_b"]} & wire]
        assert offered, f"{ref}: '{words}' is put to review beside the wire claim"
        if ref == "hw-0306":
            assert offered[0]["checks"] == "number"  # a revised figure: a person decides
        confirm_link(store, offered[0]["id"], "editor")
    c = main_cluster(store)
    assert refs(c) >= {"ep-0303", "ts-0303", "hw-0304", "hw-0306"} and "pg-0304" not in refs(c)
    assert c["independent_origins"] == 3  # the wire (with the Packet's credit), the minister, the payroll records
    assert c["numbers"][0]["figures"] == ["About 60"] and c["numbers"][-1]["figures"] == ["More than 200"]


def test_the_near_miss_ranks_below_the_paraphrases(store):
    """The navy's divers (same words, another employer) may be offered for review, never linked, and never
    ahead of a true paraphrase of the wire claim."""
    wire = {m["claim"] for m in main_cluster(store)["mentions"]}
    near = claim_of(store, "pg-0304", "About 60 former coastguard divers")
    scores = {}
    for s in suggested_links(store, limit=500):
        ends = {s["claim_a"], s["claim_b"]}
        if ends & wire and s["relation"] == "same":
            for other in ends - wire:
                scores[other] = max(scores.get(other, 0.0), s["score"])
    best_paraphrase = min(scores[claim] for claim in (claim_of(store, ref, words) for ref, words in PARAPHRASES)
                          if claim not in wire)
    assert scores.get(near, 0.0) < best_paraphrase


def test_the_lawyers_denial_is_only_ever_a_rebuttal(store):
    denial = claim_of(store, "hw-0304", "former coastguard divers had not been recruited")
    relations = {r for (r,) in store.rows("SELECT relation FROM claim_links WHERE ? IN (claim_a, claim_b)", (denial,))}
    assert relations == {"contradicts"}


def test_source_profiles(store):
    (varga,) = find_profiles(store, "Varga")
    assert varga["name"] == "Ilse Varga" and varga["named"] and varga["kind"] == "person"
    assert varga["articles"] == ["hw-0304", "ts-0303"] and varga["outlets"] == ["Harbour Wire", "Tessen Star"]
    assert varga["first_seen"] == "2026-03-03" and varga["last_seen"] == "2026-03-04"
    assert any(c["claim"] for c in varga["claims"]["supports"])
    (lind,) = find_profiles(store, "Tomas Lind")
    assert set(lind["articles"]) == {"hw-0304", "hw-0306"}
    (brask,) = find_profiles(store, "Brask Salvage")
    assert brask["claims"]["denies"] and "hw-0304" in brask["articles"]


def test_cli_contract_shapes(store, tmp_path):
    from sourcetrace.apps.cli import app
    db = store.target
    store.close()
    runner = CliRunner()
    out = runner.invoke(app, ["corpus", "claims", "--db", db, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert lines and all(set(c) == {"id", "statement", "mentions", "first_report", "independent_origins",
                                    "origins"} for c in lines)
    assert all(set(m) == {"ref", "start", "end", "text", "stance", "by"} for c in lines for m in c["mentions"])
    assert all(set(o) == {"refs", "why"} for c in lines for o in c["origins"])
    out = runner.invoke(app, ["corpus", "families", "--db", db, "--format", "jsonl"])
    assert out.exit_code == 0 and all(set(json.loads(line)) == {"family", "members"} for line in out.stdout.splitlines())
    out = runner.invoke(app, ["corpus", "source", "Ilse Varga", "--db", db, "--format", "jsonl"])
    (profile,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert set(profile) == {"name", "aliases", "kind", "named", "articles", "outlets", "claims", "first_seen",
                            "last_seen"}
    page = tmp_path / "story.html"
    out = runner.invoke(app, ["corpus", "claim", str(lines[0]["id"]), "--db", db, "--html", str(page), "--reports"])
    assert out.exit_code == 0, out.output
    assert "Content-Security-Policy" in page.read_text(encoding="utf-8")
    assert (tmp_path / f"{lines[0]['first_report']}.html").is_file()
    out = runner.invoke(app, ["corpus", "claim", "99999", "--db", db])
    assert out.exit_code == 2 and "no claim cluster 99999" in out.output
