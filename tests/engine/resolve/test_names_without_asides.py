"""A source's name carries no short form or party in brackets and no "today" run in after it:
"The Ministry of Water (MIWA) spokesperson" is the Ministry of Water spokesperson. Sentences
written for the test."""
from sourcetrace import analyze


def _names(text: str) -> set[str]:
    analysis = analyze(text)
    return {analysis.source(a.source_id).name for a in analysis.attributions if a.source_id}


def test_a_short_form_in_brackets_inside_a_name_is_dropped():
    text = ("Leaders of the Northern Fishers Council (NFC) today called on Ottawa to release funding for a "
            "new water treatment plant.\n")
    names = _names(text)
    assert names and not any("(" in n for n in names)


def test_a_day_after_a_name_is_dropped():
    text = ("Leaders of the Northern Fishers Council (NFC) today called on Ottawa to release funding for a "
            "new water treatment plant.\n")
    names = _names(text)
    assert names and not any(n.endswith("today") for n in names)


def test_a_name_written_after_a_post_keeps_it_past_a_dashed_aside():
    # the parser hangs the name on the aside's participle, leaving the post as the subject
    text = ("Founder and chief executive Ruairi Lennox - known to everyone at the yard as \"Spanner\" since "
            "his first season - said the boatyard would stay in the family.\n")
    assert _names(text) == {"Ruairi Lennox"}


def test_a_title_tagged_a_name_and_joined_to_a_post_is_no_name():
    text = ("Brackenridge Cider Ltd, which employs 20 people, announced on Monday that it had completed a funding "
            "round led by Glasgow-based Thistle Growth Partners.\n\n"
            "Founder and managing director Ruairi Lennox - known to everyone at the yard as \"Spanner\" since his "
            "first season - said the deal would keep the jobs on the island.\n")
    assert "Ruairi Lennox" in _names(text) and "Founder" not in _names(text)



def test_a_short_form_in_brackets_beside_a_post_is_no_name():
    names = _names("Secretary-general of the Syndicat des Travailleurs de l'Ouest Guyanais (STOG), said the port "
                   "was closed.\n")
    assert not any(name.startswith("(") for name in names)
