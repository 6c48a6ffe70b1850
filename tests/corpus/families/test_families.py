"""Copy families on a small set written for the test: a wire story, its copies, and a same-day story that is not one."""
from datetime import date

from sourcetrace.corpus.families import Record, find_families
from sourcetrace.corpus.families.credits import wire_credit

STORY = [
    "Harbour pilots vote to strike over night shifts.",
    "PORT ELLIS (Harbour Wire) — Harbour pilots at Port Ellis voted on Tuesday to strike from next week, "
    "saying new night rosters leave crews too tired to guide tankers safely through the narrow channel.",
    "The pilots' association said 212 of its 240 members took part and that nine in ten backed the walkout.",
    "Port managers said the rosters had been agreed with the union last spring and called the vote "
    "a negotiating tactic that would hurt exporters waiting to ship grain before the winter storms.",
    "A pilot with twenty years on the channel said the problem was not money but sleep, and that two near "
    "misses in October had been reported to the maritime authority without any reply.",
    "The maritime authority declined to comment on the reports and said it was monitoring the dispute.",
    "Talks are due to resume on Friday with a mediator appointed by the labour ministry.",
]
LOCAL = ("In Ferrybridge, where most of the grain terminal's drivers live, the town council said it would "
         "open the community hall to drivers stranded by any closure of the port gates.")
OTHER_SAME_DAY = [
    "Grain exporters warn of losses as port dispute drags on.",
    "PORT ELLIS — Exporters said on Tuesday that a strike by harbour pilots would cost them heavily, "
    "with ships already queueing outside the channel and buyers in the Gulf threatening to cancel orders.",
    "The exporters' council urged the labour ministry to step in before the winter storms close the route.",
    "A spokeswoman for the pilots said safety, not pay, was the issue and that the vote had been clear.",
    "Farmers' groups said silos inland were nearly full and that trucks had been turned away since Monday.",
]


def text(paragraphs):
    return "\n\n".join(paragraphs)


def records():
    day = date(2026, 3, 3)
    return [
        Record("wire", text(STORY), "Harbour Wire", day),
        Record("reprint", text(["Pilots to strike at Port Ellis"] + STORY[1:]), "Valley Courier", day),
        Record("trimmed", text(STORY[:4]), "North Shore Times", date(2026, 3, 4)),
        Record("local", text(STORY[:1] + [LOCAL] + STORY[1:]), "Ferrybridge Echo", date(2026, 3, 4)),
        Record("other", text(OTHER_SAME_DAY), "Valley Courier", day),
        Record("late", text(STORY), "Archive", date(2026, 6, 1)),   # the same text months later: outside the window
    ]


def test_copies_form_one_family_with_their_relations_and_the_same_day_story_stays_out():
    families = find_families(records())
    assert len(families) == 1
    family = families[0]
    relations = {m["ref"]: m["relation"] for m in family["members"]}
    assert relations == {"wire": "original", "reprint": "reprint", "trimmed": "trimmed", "local": "local_added"}
    assert family["family"] == "wire" and family["wire"] == "Harbour Wire"


def test_a_lightly_edited_copy_is_a_rewrite():
    edited = [p.replace("said", "says").replace("Tuesday", "Tuesday evening") for p in STORY]
    del edited[4]
    fams = find_families([Record("wire", text(STORY), "W", date(2026, 3, 3)),
                          Record("edit", text(edited), "E", date(2026, 3, 3))])
    assert [(m["ref"], m["relation"]) for m in fams[0]["members"]] == [("wire", "original"), ("edit", "rewrite")]


def test_no_families_among_unrelated_or_empty_texts():
    assert find_families([Record("a", text(STORY)), Record("b", text(OTHER_SAME_DAY)), Record("c", "")]) == []
    assert find_families([]) == []


def test_wire_credits_come_from_the_data_patterns():
    assert wire_credit("WASHINGTON (AP) — The Senate voted.") == "AP"
    assert wire_credit("The Senate voted on Tuesday.\n\nReporting by Jane Doe; editing by Reuters staff") == "Reuters"
    assert wire_credit("The Senate voted on Tuesday.") is None


# A second, unrelated story, short enough that a page carrying it whole holds most of it.
BRIEF = [
    "Library to open on Sundays.",
    "The Ferrybridge library will open on Sunday afternoons from next month after the town council found money "
    "for two extra staff, the librarian said, adding that the reading room had been full every Saturday since "
    "the spring and that families had asked for a second weekend day for homework clubs and the toddler hour.",
]


def test_a_page_that_carries_a_second_whole_story_does_not_chain_two_stories_into_one_family():
    day = date(2026, 3, 3)
    composite = STORY[:1] + [BRIEF[1]] + STORY[1:]   # the wire story with the whole brief set in as a box
    fams = find_families([Record("wire", text(STORY), "Harbour Wire", day),
                          Record("reprint", text(["Pilots to strike"] + STORY[1:]), "Valley Courier", day),
                          Record("brief", text(BRIEF), "Ferrybridge Echo", day),
                          Record("page", text(composite), "North Shore Times", date(2026, 3, 4))])
    # the page holds all of the brief's body, so page and brief are a candidate copy, but the brief shares
    # nothing with the wire story, and the later page is the original of neither: they are not one family
    families = [sorted(m["ref"] for m in f["members"]) for f in fams]
    assert not any({"brief", "wire"} <= set(f) for f in families)
    assert ["page", "reprint", "wire"] in families


def test_copies_that_share_only_some_text_with_each_other_still_join_through_their_original():
    day = date(2026, 3, 3)
    fams = find_families([Record("wire", text(STORY), "Harbour Wire", day),
                          Record("front", text(STORY[:3]), "A", day),        # kept the top
                          Record("long", text(STORY[:1] + [LOCAL] + STORY[1:]), "B", day)])
    assert [sorted(m["ref"] for m in f["members"]) for f in fams] == [["front", "long", "wire"]]


MORE = [
    "Shipping agents said eleven tankers were due at the outer anchorage next week and that charter rates for "
    "the coastal run had already risen by a fifth since the ballot was announced on Monday morning.",
    "The grain board said it had enough storage for ten days of harvest deliveries before farmers would have to "
    "hold their crops on the farm, and it asked the ministry to treat the channel as an essential service.",
    "Union officials in the capital said they backed the pilots and would not ask members at other ports to "
    "handle ships diverted from Port Ellis while the dispute lasted, whatever the shipping lines offered.",
    "The last strike by the pilots, in 2019, lasted nine days and ended with an agreement on rest periods that "
    "both sides now say the new rosters have broken, each blaming the other for the change.",
]


def test_a_short_edited_copy_of_a_long_article_is_found_though_no_whole_sentence_survives():
    long_story = STORY + MORE
    def edit(paragraph):   # the desk cuts a word from every sentence and changes the tense of 'said'
        return " ".join(s.replace(" the ", " ", 1).replace(" said ", " says ") for s in paragraph.split(". "))
    short = ["Pilots vote to strike"] + [edit(p) for p in STORY[1:3]]
    day = date(2026, 3, 3)
    fams = find_families([Record("wire", text(long_story), "Harbour Wire", day),
                          Record("short", text(short), "Valley Courier", day)])
    assert [[m["ref"] for m in f["members"]] for f in fams] == [["wire", "short"]]


def test_a_trim_of_the_top_and_a_rewrite_without_the_top_join_through_the_original_that_holds_both():
    day = date(2026, 3, 3)
    long_story = STORY + MORE
    top = long_story[:4]
    rest = [long_story[0]] + [p.replace(" said ", " says ") for p in long_story[4:]]
    fams = find_families([Record("wire", text(long_story), "Harbour Wire", day),
                          Record("top", text(top), "A", date(2026, 3, 4)),
                          Record("rest", text(rest), "B", date(2026, 3, 4))])
    assert [sorted(m["ref"] for m in f["members"]) for f in fams] == [["rest", "top", "wire"]]


def _containment(a: str, b: str) -> float:
    from sourcetrace.corpus.families.sketch import shingles, words
    sa, sb = shingles(words(a), 4), shingles(words(b), 4)
    return len(sa & sb) / min(len(sa), len(sb))


def test_a_heavily_edited_copy_is_a_copy_though_most_of_its_shingles_changed():
    long_story = STORY + MORE
    # every sixth word cut: each sentence still plainly the original's, but most 4-word shingles are broken
    edited = [long_story[0]] + [" ".join(w for k, w in enumerate(p.split()) if k % 6 != 5) for p in long_story[1:]]
    assert _containment(text(long_story), text(edited)) < 0.6   # the shingle test alone would miss it
    day = date(2026, 3, 3)
    fams = find_families([Record("wire", text(long_story), "Harbour Wire", day),
                          Record("edited", text(edited), "Valley Courier", day)])
    assert [(m["ref"], m["relation"]) for f in fams for m in f["members"]] == [("wire", "original"),
                                                                               ("edited", "rewrite")]


def test_a_report_quoting_the_same_lines_with_its_own_words_is_not_a_copy_even_near_the_shingle_share():
    quoted = ("\u201cThe problem is not money but sleep, and two near misses in October were reported to the "
              "maritime authority without any reply,\u201d the pilot said.")
    own = OTHER_SAME_DAY[:2] + [quoted] + OTHER_SAME_DAY[2:]
    short = STORY[:2] + [quoted]   # a short piece: the quote is a large part of it
    assert 0.3 <= _containment(text(short), text(own)) < 0.6   # in reach of the edited-copy test
    day = date(2026, 3, 3)
    assert find_families([Record("short", text(short), "Harbour Wire", day),
                          Record("other", text(own), "Valley Courier", day)]) == []
