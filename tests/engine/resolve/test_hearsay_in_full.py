""""Reports circulating on social media that …", whatever finder gives them and however the parser
reads the plural: the claims going round are named in full, never "that" or the bare noun."""
from said_by import speaker_of

from sourcetrace.engine.extract.base import Found
from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.hearsay import hearsay_speakers


def _at(text, words):
    start = text.index(words)
    return start, start + len(words)


def test_reports_read_as_a_verb_are_the_reports_going_round():
    # a finder that gives "reports circulating on social media" as the cue and "that" as the source
    text = "Management wishes to state that reports circulating on social media that the Registrar resigned are false."
    doc = parse_text(load_nlp(), text)
    reports = next(t for t in doc if t.lower_ == "reports")
    reports.tag_, reports.pos_ = "VBZ", "VERB"  # as the parser reads it in running text
    found = Found(content=[_at(text, "that the Registrar resigned")], cue=_at(text, "reports circulating on social media"),
                  source=(text.index("that reports"), text.index("that reports") + 4))
    assert hearsay_speakers(doc, [found])[0].name == "reports circulating on social media"


def test_claims_a_body_rejects_are_named_in_full():
    text = ("The council rejected claims circulating on social media that the bridge had been closed "
            "for good. \"That is untrue,\" a spokesman said.\n")
    assert speaker_of(text, "the bridge had been closed", stance="assert") == "claims circulating on social media"
