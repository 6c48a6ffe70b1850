""""Jennings denied that the vote was set for spring break, as some parents had claimed": an "as"
clause inside a report reports what the report is about, and both statements stand, each with
its own speaker; an "as" clause on a plain main clause still reports the whole of it."""
from sourcetrace import analyze


def said(text):
    r = analyze(text)
    return {(r.source(a.source_id).name if a.source_id else None, a.content.text.removeprefix("that "))
            for a in r.attributions}


def test_the_as_clause_reports_what_the_denial_is_about():
    text = ("Council leader Maria Vint denied that the depot had been sold below its value, "
            "as several residents had claimed online.")
    found = said(text)
    assert any(who == "Maria Vint" and words.startswith("the depot had been sold below its value")
               for who, words in found)
    assert ("several residents", "the depot had been sold below its value") in found


def test_an_as_clause_on_a_plain_clause_reports_the_clause():
    text = "The depot was sold below its value, as several residents had claimed online."
    found = said(text)
    assert any(who == "several residents" and "depot was sold below its value" in words for who, words in found)
