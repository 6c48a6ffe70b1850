"""spaCy's `Doc.text` joins every token again on each access, so a rule that reads it per mention or
per find costs the square of the text's length (a 1 MB text took 150 s instead of 45). Stages after
the parse read the text once stored on the doc (`parse.text_of`, `parse.parsed_text`)."""
import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "src" / "sourcetrace" / "engine"
ONCE_PER_DOC = {"parse", "component.py"}  # where the text is stored, and the spaCy host's one call


def _reads_doc_text(node: ast.AST) -> bool:
    if not isinstance(node, ast.Attribute) or node.attr != "text":
        return False
    owner = node.value
    return isinstance(owner, ast.Name) and owner.id == "doc" or isinstance(owner, ast.Attribute) and owner.attr == "doc"


def test_no_stage_after_the_parse_rebuilds_the_whole_text():
    offenders = [f"{path.relative_to(ENGINE)}:{node.lineno}"
                 for path in ENGINE.rglob("*.py") if not ONCE_PER_DOC & set(path.relative_to(ENGINE).parts)
                 for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if _reads_doc_text(node)]
    assert offenders == []
