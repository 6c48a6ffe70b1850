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


def test_an_engine_fault_on_one_article_is_an_error_record_and_the_batch_goes_on(corpus, monkeypatch, capsys):
    # Fault injection: the engine raises on one text, as a bug would on an odd article.
    from sourcetrace.apps import cli

    real = cli.analyze

    def faulty(text, **kwargs):
        if "council" in text:
            raise KeyError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(cli, "analyze", faulty)
    with pytest.raises(SystemExit) as exit_:
        cli.app(["analyze", str(corpus / "one.txt"), str(corpus / "two.txt"), "--format", "jsonl"])
    assert exit_.value.code == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["path"].rsplit("/", 1)[-1] for r in records] == ["one.txt", "two.txt"]
    assert "attributions" in records[0] and "KeyError" in records[1]["error"]
