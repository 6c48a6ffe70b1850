"""A short name is someone else's only where it ends their name at a word: "Ng" (of "DPP Ng") is
not "Tay Boon Keng" though "keng" ends in "ng". (The tagger's reading decides when the two meet
in coreference; the check itself is tested here.)"""
from sourcetrace.engine.resolve.coref import _ends_in_words


def test_a_name_ends_another_only_at_a_word():
    assert not _ends_in_words("ng", "tay boon keng")
    assert _ends_in_words("ng", "jun hao ng")
    assert _ends_in_words("reyes", "maria villanueva-reyes")
    assert _ends_in_words("boon keng", "tay boon keng")
