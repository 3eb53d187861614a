"""`pip wheel .` makes a wheel that works installed: resources/ (examples, icons, the sample)
travel with core/ and gui/, and core finds them from site-packages, not from this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core.layers.registry import LAYER_KINDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built from a copy (a build writes build/ and *.egg-info into its source)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("core", "gui", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("block_studio-*.whl")
    return built


def test_the_wheel_holds_every_resource_the_app_opens(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()}
    shipped = {name for name in shipped if "__pycache__" not in name and name != "resources/make_sample.py"}
    assert shipped and not shipped - names, f"missing from the wheel: {sorted(shipped - names)}"
    # every icon the registry names (a kind without one is drawn as a lettered tile)
    icons = {f"resources/icons/{kind.icon}.svg" for kind in LAYER_KINDS.values() if kind.icon}
    assert len(icons) >= 10 and icons <= names
    assert "resources/sample.npy" in names and "core/__init__.py" in names and "gui/app.py" in names


def test_the_installed_wheel_opens_an_example_and_the_sample(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    code = (
        "import core\n"
        "from core.files.examples import EXAMPLES_DIR\n"
        "from core.run.inputs import sample_image\n"
        "print(core.__file__)\n"
        "print(core.analyze(core.load_block(EXAMPLES_DIR / 'conv_block.json')).total_params)\n"
        "print(sample_image().shape)\n"
    )
    # PYTHONPATH puts the installed copy ahead of this checkout's editable install
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    where, params, shape = done.stdout.split("\n")[:3]
    assert Path(where).is_relative_to(target), f"imported {where}, not the installed wheel"
    assert (params, shape) == ("480", "(256, 256, 3)")
