"""A surname the text gives with a title ("Mrs Ashworth-Bell said") makes the untagged full names
that end on it people's names: the mother named in full first, not the daughter tagged later, is
"Mrs Ashworth-Bell"."""
from tests.engine.resolve.said_by import speaker_of

OBITUARY = ("Winifred Ashworth-Bell, who ran the village post office for forty years, has died aged 90.\n\n"
            "In a 1999 interview, Mrs Ashworth-Bell said the post office had \"kept the village talking\".\n\n"
            "Her son, Ellis Ashworth-Bell, said his mother knew every family's business. "
            "His sister, Rhiannon Ashworth-Bell, said: \"She would have hated the fuss.\"")


def test_the_titled_surname_is_the_woman_named_in_full_first():
    assert speaker_of(OBITUARY, "kept the village talking") == "Winifred Ashworth-Bell"


def test_her_children_keep_their_words():
    assert speaker_of(OBITUARY, "every family's business") == "Ellis Ashworth-Bell"
    assert speaker_of(OBITUARY, "hated the fuss") == "Rhiannon Ashworth-Bell"
