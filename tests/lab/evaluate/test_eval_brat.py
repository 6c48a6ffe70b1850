from sourcetrace.lab.evaluate.brat import GoldAttribution, parse_ann, read_corpus

TEXT = "“It is safe,” the engineer said, “and always was.” Nobody answered."
ANN = "\n".join([
    "T1\tSource 14 26\tthe engineer",
    "T2\tCue 27 31\tsaid",
    "T3\tContent 0 13;33 50\t“It is safe,” “and always was.”",
    "T4\tAttribution 27 31\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tCue 58 66\tanswered",
    "T6\tContent 51 57\tNobody",
    "T7\tAttribution-no-source 58 66\tanswered",
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
    "T8\tDiscuss 0 5\tnote",
    "#1\tAnnotatorNotes T1\tignored",
])


def test_parse_ann_reads_discontinuous_content_and_missing_source():
    first, second = parse_ann(ANN)
    assert first == GoldAttribution(source=((14, 26),), cue=((27, 31),), content=((0, 13), (33, 50)))
    assert TEXT[27:31] == "said" and TEXT[58:66] == "answered"
    assert second.source == () and second.cue == ((58, 66),)


def test_read_corpus_yields_one_document_per_annotator(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "art_one_aa11.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "art_one_bb22.ann").write_text(ANN.split("\nT5")[0], encoding="utf-8")
    (tmp_path / "attributions" / "orphan_cc33.ann").write_text(ANN, encoding="utf-8")
    docs = list(read_corpus(tmp_path))
    assert [(d.name, d.annotator, len(d.attributions)) for d in docs] == [("art_one", "aa11", 2), ("art_one", "bb22", 1)]
    assert docs[0].text == TEXT
