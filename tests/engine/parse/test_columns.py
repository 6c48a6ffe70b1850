from sourcetrace.engine.parse import drop_scratch, load_nlp
from sourcetrace.engine.parse.columns import columns

TEXT = ("The Ministry's 3 spokesmen didn't answer.\n\n"
        "“Crazy,” said Ana Ruiz, who runs the port authority in Valencia — not for long.")


def test_columns_agree_with_spacy_tokens():
    doc = load_nlp()(TEXT)
    col = columns(doc)
    for t in doc:
        i = t.i
        assert (col.lower[i], col.lemma[i], col.shape[i]) == (t.lower_, t.lemma_.lower(), t.shape_)
        assert (col.pos[i], col.tag[i], col.dep[i], col.ent_type[i]) == (t.pos_, t.tag_, t.dep_, t.ent_type_)
        assert (col.head[i], col.idx[i]) == (t.head.i, t.idx)
        assert (col.is_alpha[i], col.like_num[i], col.is_stop[i]) == (t.is_alpha, t.like_num, t.is_stop)
    assert any(h > i for i, h in enumerate(col.head)) and any(h < i for i, h in enumerate(col.head))


def test_columns_are_read_once_per_doc_and_dropped_with_the_scratch():
    doc = load_nlp()(TEXT)
    assert columns(doc) is columns(doc)
    first = columns(doc)
    drop_scratch(doc)
    assert columns(doc) is not first


def test_an_empty_doc_has_empty_columns():
    assert columns(load_nlp()("")).lemma == []
