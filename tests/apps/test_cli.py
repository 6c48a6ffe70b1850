"""The command line, run as a user runs it."""
import json
import subprocess
import sys

import pytest

ARTICLE = ("“The harbour will reopen on Friday,” the port director said.\n\n"
           "She added that repairs had cost more than expected.\n")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "sourcetrace", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE)
    (tmp_path / "two.txt").write_text("The council said the pool would close.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\xff" * 50)
    return tmp_path


def test_pretty_for_one_file(corpus):
    out = run("analyze", str(corpus / "one.txt"))
    assert out.returncode == 0, out.stderr
    assert "Sources" in out.stdout and "port director" in out.stdout and "said" in out.stdout


def test_json_contract(corpus):
    out = run("analyze", str(corpus / "one.txt"), "--format", "json")
    data = json.loads(out.stdout)
    assert data["schema_version"] == "1"
    a = data["attributions"][0]
    assert data["text"][a["content"]["start"]:a["content"]["end"]] == a["content"]["text"]
    assert {"id", "source_id", "type", "stance", "source", "cue", "content", "recipient"} <= set(a)


def test_stdin():
    out = run("analyze", "-", "--format", "json", stdin=ARTICLE)
    assert out.returncode == 0 and json.loads(out.stdout)["attributions"]


def test_batch_keeps_every_input(corpus):
    out = run("analyze", str(corpus))
    assert out.returncode == 1  # some inputs were bad
    records = [json.loads(line) for line in out.stdout.splitlines()]
    by_name = {r["path"].rsplit("/", 1)[1]: r for r in records}
    assert set(by_name) == {"one.txt", "two.txt", "empty.txt", "blob.txt"}
    assert "error" in by_name["empty.txt"] and "error" in by_name["blob.txt"]
    assert by_name["two.txt"]["attributions"]
    assert "Traceback" not in out.stderr
    assert "empty.txt: empty input" in out.stderr


@pytest.mark.parametrize("args,message", [
    (["analyze", "/no/such/file.txt"], "no such file"),
    (["analyze", "--max-bytes", "10", "FILE"], "limit"),
])
def test_bad_input_is_one_line(corpus, args, message):
    args = [str(corpus / "one.txt") if a == "FILE" else a for a in args]
    out = run(*args)
    assert out.returncode != 0
    assert message in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_json_needs_one_input(corpus):
    out = run("analyze", str(corpus / "one.txt"), str(corpus / "two.txt"), "--format", "json")
    assert out.returncode == 2 and "jsonl" in out.stderr


def test_schema_command_prints_the_schema():
    out = run("schema")
    assert json.loads(out.stdout)["title"] == "Analysis"


def test_an_article_over_the_time_budget_is_an_error_record_and_the_batch_goes_on(corpus):
    (corpus / "long.txt").write_text("\n\n".join([ARTICLE] * 2000))  # about 240 KB
    out = run("analyze", str(corpus / "long.txt"), str(corpus / "two.txt"), "--budget", "1", "--workers", "1")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["path"].rsplit("/", 1)[-1] for r in records] == ["long.txt", "two.txt"]
    assert records[0]["reason"] == "over_budget" and records[1]["attributions"]


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("sourcetrace ")


def test_markup_in_a_path_is_printed_as_it_is(tmp_path):
    out = run("analyze", str(tmp_path / "[/x]" / "a.txt"))
    assert out.returncode != 0 and "[/x]" in out.stderr and "Traceback" not in out.stderr


def test_html_to_a_missing_folder_is_a_one_line_error(corpus):
    out = run("analyze", str(corpus / "one.txt"), "--html", str(corpus / "nope" / "r.html"))
    assert out.returncode == 2 and "no such folder" in out.stderr and "Traceback" not in out.stderr


def test_metadata_flags_reach_the_analysis_and_dates_resolve_against_them(corpus):
    (corpus / "dated.txt").write_text("The council said the pool would close on March 3.\n")
    out = run("analyze", str(corpus / "dated.txt"), "--format", "json", "--published", "2024-03-13",
              "--outlet", "Harbour Gazette", "--url", "https://example.org/a")
    data = json.loads(out.stdout)
    assert data["meta"]["date"] == "2024-03-13" and data["meta"]["outlet"] == "Harbour Gazette"
    assert data["ref"].endswith("dated.txt")
    dates = [d for c in data["claims"] for d in c["dates"]]
    assert {"text": "March 3", "value": "2024-03-03", "resolved": True} in dates


def test_piped_pretty_output_is_wide_enough_for_tables(corpus):
    out = run("analyze", str(corpus / "one.txt"))
    assert max(len(line) for line in out.stdout.splitlines()) > 80


def test_csv_rows_carry_their_article(corpus):
    import csv
    import io
    out = run("analyze", str(corpus / "one.txt"), str(corpus / "two.txt"), "--format", "csv",
              "--workers", "1")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["ref"].rsplit("/", 1)[-1] for r in rows} == {"one.txt", "two.txt"}
    assert any("pool would close" in r["content"] for r in rows)
