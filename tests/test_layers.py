"""The package's folders are its data flow: each layer imports only from the layers before it."""
import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sourcetrace"
# A layer may import itself, the shared modules and the layers listed for it.
SHARED = {"contract", "settings", "__init__", "__main__"}
ALLOWED = {
    "ingest": set(),
    "engine": set(),
    "corpus": {"ingest", "engine"},
    "render": {"engine"},
    "apps": {"ingest", "engine", "corpus", "render", "lab"},  # lab only lazily, for the eval/train commands
    "lab": {"ingest", "engine", "corpus", "render"},
}


def _layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imported_layers(path: Path) -> set[str]:
    layers = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("sourcetrace."):
            layers.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            parts = path.relative_to(PACKAGE).parts[:-1]
            base = parts[: len(parts) - (node.level - 1)]
            layers.add((base + tuple((node.module or "").split(".")))[0] if base else (node.module or "").split(".")[0])
        elif isinstance(node, ast.Import):
            layers |= {a.name.split(".")[1] for a in node.names if a.name.startswith("sourcetrace.")}
    return layers


def test_each_layer_imports_only_from_the_layers_before_it():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        if layer in SHARED:
            continue
        for other in _imported_layers(path) - SHARED - {layer} - ALLOWED[layer]:
            wrong.append(f"{path.relative_to(PACKAGE)} imports {other}")
    assert not wrong, wrong


def test_the_runtime_never_loads_evaluation_or_training_code(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge would reopen in May.\n")
    script = (
        "import sys\n"
        "from sourcetrace.apps import cli\n"
        "import sourcetrace, sourcetrace.ingest, sourcetrace.render.html, sourcetrace.render.pretty\n"
        f"sourcetrace.analyze(open({str(article)!r}).read())\n"
        "try:\n"
        f"    cli.app(['analyze', {str(article)!r}, '--format', 'json', '--workers', '1'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('sourcetrace.lab')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
