"""`kill -9` at seeded random points of `catalog import` (parse, write, commit, indexing):
the catalog is all or nothing, and one command afterwards restores a verified index."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.faults.conftest import cli_env, daihuo

pytestmark = pytest.mark.slow

PRODUCTS = 120


@pytest.fixture(scope="module")
def catalog_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill-import")
    out = folder / "catalog.jsonl"
    result = daihuo(
        folder / "synth-data", "catalog", "synth", "--products", str(PRODUCTS), "--seed", "11",
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The embedding model exported once (data dirs link to it: it is 170 MB)."""
    folder = tmp_path_factory.mktemp("models-data")
    result = daihuo(folder / "data", "index")
    assert result.returncode == 0, result.stderr
    return folder / "data" / "models"


def fresh_data_dir(tmp_path: Path, models: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "models").symlink_to(models, target_is_directory=True)
    return data


def kill_import(data: Path, catalog: Path, point: str, rng: random.Random) -> None:
    """Start an import and SIGKILL it at `point`."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "daihuo.cli", "--data-dir", str(data), "catalog", "import",
         str(catalog)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=cli_env(),
        cwd=data.parent,
    )  # fmt: skip
    try:
        if point == "early":
            time.sleep(rng.uniform(0.5, 3.0))  # start-up, parsing or writing
        else:
            assert proc.stdout is not None
            line = proc.stdout.readline()  # "imported: …", printed right after the commit
            assert line.startswith(b"imported:"), line
            time.sleep(rng.uniform(0.0, 1.5) if point == "indexing" else rng.uniform(1.5, 4.0))
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the import ended before the kill"


def products_stored(data: Path) -> int:
    result = daihuo(data, "catalog", "stats")
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split("products:")[1].split()[0])


@pytest.mark.parametrize(
    ("point", "seed", "repair"),
    [("early", 1, "import"), ("indexing", 2, "import"), ("late", 3, "index")],
)
def test_kill_9_then_one_command_restores_a_verified_index(
    tmp_path: Path, catalog_file: Path, models: Path, point: str, seed: int, repair: str
) -> None:
    data = fresh_data_dir(tmp_path, models)
    kill_import(data, catalog_file, point, random.Random(seed))
    assert products_stored(data) in (0, PRODUCTS)  # the import's transaction is all or nothing

    if repair == "import":
        # The case: the catalog is unchanged, yet the import must repair the index.
        fixed = daihuo(data, "catalog", "import", str(catalog_file))
    else:
        fixed = daihuo(data, "index")
    assert fixed.returncode == 0, fixed.stderr
    assert products_stored(data) == PRODUCTS or repair == "index"
    verify = daihuo(data, "index", "--verify", "--json")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert json.loads(verify.stdout)["ok"]
