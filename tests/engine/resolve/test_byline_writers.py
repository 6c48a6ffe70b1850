"""The story's writer, on a byline of their own ("By …", "Words and photos by …"), is no one a lone
"she" in the story stands for; a person named in passing in the story still is."""
import pytest
from said_by import statement_speakers

STORY = ("The canting trembles in the old hand as she draws a line of wax.\n\n"
         '"My mother taught me with a stick," she says.')


@pytest.mark.parametrize("byline", ["By Sarah Putri", "Words and photos by Sarah Putri"])
def test_a_byline_writer_is_no_ones_she(byline):
    assert statement_speakers(f"Batik makers hold on\n\n{byline}\n\n{STORY}") != ["Sarah Putri"]


def test_a_woman_named_in_passing_is_the_she(byline="By Sarah Putri"):
    text = f"Batik makers hold on\n\n{byline}\n\nThe workshop of Dewi Lestari opens at dawn. {STORY}"
    assert statement_speakers(text) == ["Dewi Lestari"]
