"""Long texts parse in windows of whole paragraphs, joined into one doc over the whole text;
spaCy parses a same-length copy where surrogates and long runs of marks are defused."""
from sourcetrace.engine.parse import load_nlp, parse_text, parse_texts, text_of
from sourcetrace.engine.parse.window import MAX_RUN, parse_copy, windows

PARAGRAPH = ("Dock workers stopped work on Tuesday after talks broke down, two union officials told the "
             "Coastal Herald. “Nobody wants a strike,” said Marta Quill.")


def test_windows_cover_the_text_and_cut_after_blank_lines():
    text = "\n\n".join(f"{k} {PARAGRAPH}" for k in range(40))
    cuts = windows(text, 1000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    assert all(0 < e - s <= 1000 for s, e in cuts)
    assert all(text[s - 2:s] == "\n\n" for s, _ in cuts[1:])


def test_a_paragraph_over_the_window_is_cut_at_a_line_break_then_a_space_then_anywhere():
    assert windows("aaaa bbbb\ncccc dddd", 12) == [(0, 10), (10, 19)]
    assert windows("aaaa bbbb cccc", 12) == [(0, 10), (10, 14)]
    assert windows("a" * 25, 10) == [(0, 10), (10, 20), (20, 25)]
    assert windows("", 10) == [(0, 0)]


def test_a_paragraph_over_the_window_is_one_piece_up_to_the_longest():
    long_paragraph = "word " * 100
    text = f"short para.\n\n{long_paragraph}\n\nend."
    assert windows(text, 50, 1000) == [(0, 13), (13, 13 + len(long_paragraph) + 2), (len(text) - 4, len(text))]
    assert windows("aaaa bbbb cccc dddd eeee", 12, 30) == [(0, 24)]
    assert windows("one two\nthree four five six\nseven", 8, 40) == [(0, 8), (8, 28), (28, 33)]
    assert windows("a" * 25 + " " + "b" * 30, 10, 20) == [(0, 20), (20, 26), (26, 46), (46, 56)]


def test_pieces_hold_whole_paragraphs():
    text = "\n\n".join(f"{k} {PARAGRAPH * (1 + k % 5)}" for k in range(60))
    cuts = windows(text, 2000, 50_000)
    assert all(e - s <= 2000 or text[s:e].strip().count("\n") == 0 for s, e in cuts)
    assert all(text[s - 2:s] == "\n\n" for s, _ in cuts[1:])


def test_crlf_blank_lines_are_paragraph_breaks():
    text = "first para\r\n\r\nsecond para that is long\r\nstill second"
    assert windows(text, 30)[0] == (0, 14)


def test_windowed_doc_is_one_doc_over_the_whole_text():
    nlp = load_nlp()
    text = "\n\n".join(f"{k} {PARAGRAPH}" for k in range(30))
    doc = parse_text(nlp, text, window_chars=1500)
    assert doc.text == text and text_of(doc) == text
    whole = parse_text(nlp, text, window_chars=len(text))
    assert [t.idx for t in doc] == [t.idx for t in whole]
    assert [s.start_char for s in doc.sents] == [s.start_char for s in whole.sents]
    assert [(e.start_char, e.text) for e in doc.ents] == [(e.start_char, e.text) for e in whole.ents]


def test_parse_texts_keeps_order_across_windows():
    nlp = load_nlp()
    texts = ["short one.", "\n\n".join([PARAGRAPH] * 12), "", "last one.", "\n\n".join([PARAGRAPH] * 40)]
    docs = list(parse_texts(nlp, iter(texts), batch_size=2, window_chars=1200))
    assert [text_of(d) for d in docs] == texts
    assert [d.text for d in docs] == texts


def test_the_parse_copy_keeps_length_and_defuses_runs_and_surrogates():
    text = 'He said \ud800 hello. ' + '"' * 10_000 + " 🙂" * 3
    copy = parse_copy(text)
    assert len(copy) == len(text)
    assert "\ud800" not in copy and copy[8] == "\ufffd"
    assert copy.count('"') == MAX_RUN


def test_ten_thousand_quote_marks_make_few_tokens_and_the_text_is_kept():
    nlp = load_nlp()
    text = "Before. " + '"' * 10_000 + " after."
    doc = parse_text(nlp, text)
    assert len(doc) < 40
    assert text_of(doc) == text


def test_spacy_max_length_does_not_limit_us():
    nlp = load_nlp()
    text = "\n\n".join([PARAGRAPH] * 30)
    old = nlp.max_length
    nlp.max_length = 2000
    try:
        doc = parse_text(nlp, text, window_chars=50_000)
    finally:
        nlp.max_length = old
    assert text_of(doc) == text and doc.text == text
