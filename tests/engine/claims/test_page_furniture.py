"""Lines a page carries around the story are not the author's claims."""
import pytest

from sourcetrace import analyze
from sourcetrace.engine.claims.voice import is_page_furniture

STORY = """Ferry fares to rise in spring

Fares on the Tolvey ferry will rise by 9% in April, the operator said on Monday.

The operator carried 1.2 million passengers last year, up from 900,000 in 2022.

Passengers queue for the morning crossing at Tolvey pier on March 3. Photograph by Jen Alder/Harbour Daily

(Reporting by Sam Quill; Editing by Ada Ferren)

Sign up for our morning briefing to get the day's news first.

This story has been updated to add the operator's passenger figures.
"""


def _unattributed(text):
    return [c.text for c in analyze(text).claims if c.unattributed]


def test_prompts_credits_and_sign_offs_are_not_claims():
    claims = _unattributed(STORY)
    assert any("1.2 million passengers" in c for c in claims)
    assert not any("morning crossing" in c or "Sign up" in c or "updated" in c or "Reporting" in c for c in claims)


@pytest.mark.parametrize("line", [
    "Read more: Three things to know about the ferry",
    "(Reporting by Lu Brandt; Editing by Mo Rees)",
    "Editor's note: An earlier version misspelled a name.",
    "Subscribe to our newsletter for more stories like this.",
    "The harbour at dawn. REUTERS/Kim Olt",
])
def test_furniture_lines(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "Reporting by the Harbour Daily last year found that the operator had cut eleven crossings a week without notice.",
    "Subscribers to the ferry's season pass will pay 40 pounds more.",
    "Copyright lawyers say the case will take years.",
    "Photographers were kept away from the pier.",
])
def test_sentences_that_only_look_like_furniture(line):
    assert not is_page_furniture(line)
