from sourcetrace import analyze


def test_analyze_returns_text_offsets():
    result = analyze("The mayor said the bridge would reopen.")
    assert result.text == "The mayor said the bridge would reopen."
