"""A real Ray cluster on loopback for the module: a head node and a worker node, one CPU each."""
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[3] / "src"


def _ray_executable() -> str:
    beside = Path(sys.executable).parent / "ray"
    found = str(beside) if beside.exists() else shutil.which("ray")
    if not found:
        pytest.skip("the ray command is not installed beside this Python")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _raylets() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == "raylet":
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _run(command: list[str], env: dict) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    if done.returncode:
        pytest.fail(f"{' '.join(command[1:3])} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")


@pytest.fixture(scope="module")
def ray_cluster():
    """Yield the head's "127.0.0.1:PORT"; stop every Ray process at the end, whatever happened."""
    pytest.importorskip("pandas", reason="Ray Data needs pandas (the ray[data] extra)")
    ray = _ray_executable()
    port = _free_port()
    # The cluster's own token, for its nodes and for this process (the driver): nothing read from
    # or written to ~/.ray.
    auth = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}
    env = os.environ | auth | {"RAY_USAGE_STATS_ENABLED": "0",
                               "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    # Short: Ray's socket paths live under it and must fit in 107 bytes.
    temp_dir = tempfile.mkdtemp(prefix="st-ray-")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in auth.items():
            patch.setenv(name, value)
        yield from _cluster(ray, port, temp_dir, env)


def _cluster(ray: str, port: int, temp_dir: str, env: dict):
    common = ["--node-ip-address=127.0.0.1", "--num-cpus=1", "--disable-usage-stats",
              "--object-store-memory=200000000"]
    try:
        _run([ray, "start", "--head", f"--port={port}", "--include-dashboard=false", f"--temp-dir={temp_dir}",
              *common], env)
        _run([ray, "start", f"--address=127.0.0.1:{port}", *common], env)
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run([ray, "stop", "--force"], env=env, capture_output=True, timeout=120)
        shutil.rmtree(temp_dir, ignore_errors=True)
        assert not _raylets(), "a raylet outlived `ray stop --force`"
