""""Own" after an owner stresses whose the role is and names no one: "the department's own chief
engineer" is the department's chief engineer."""
from said_by import speaker_of


def test_own_leaves_the_role():
    text = ("Ms Gowdar claimed that the department's own chief engineer had warned in a note that the "
            "estimate was inflated by 40 per cent.")
    assert speaker_of(text, "inflated by 40 per cent") == "department's chief engineer"


def test_a_role_without_own_is_unchanged():
    text = ("Ms Gowdar claimed that the department's chief engineer had warned in a note that the "
            "estimate was inflated by 40 per cent.")
    assert speaker_of(text, "inflated by 40 per cent") == "department's chief engineer"
