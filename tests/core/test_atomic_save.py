"""Saving never loses work: a failed or killed save leaves the previous file byte for byte."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.files.examples import seed_block
from core.files.project_file import ProjectFileError, block_to_json, load_block, save_block, write_text_atomic
from core.model.block import Block, Layer

ROOT = Path(__file__).resolve().parents[2]
POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals and resource limits")


def big_block(variant: int) -> Block:
    """1,000 layers (~150 KB of JSON), so a write takes long enough to be interrupted."""
    layers = [
        Layer("Conv2d", {"out_channels": 4 + variant, "kernel_size": 3, "padding": (1, 1), "bias": False})
        for _ in range(1000)
    ]
    return Block(layers, class_name=f"Big{variant}", input_shape=(1, 3, 16, 16))


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes]:
    """A project file already on disk: the previous work that must survive."""
    path = tmp_path / "work.json"
    save_block(seed_block(), path)
    return path, path.read_bytes()


def assert_untouched(path: Path, old: bytes) -> None:
    assert path.read_bytes() == old
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "a temporary file was left behind"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failing_disk_call_leaves_the_old_file_and_no_temp_file(
    saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path, old = saved

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, full_disk)
    with pytest.raises(OSError, match="No space left"):
        save_block(big_block(1), path)
    monkeypatch.undo()
    assert_untouched(path, old)


def test_text_that_cannot_be_written_fails_before_any_file_is_touched(saved: tuple[Path, bytes]) -> None:
    path, old = saved
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(path, "x" * 100_000 + "\ud800")  # a lone surrogate has no UTF-8 form
    assert_untouched(path, old)


def test_a_block_that_cannot_be_serialised_leaves_the_old_file(saved: tuple[Path, bytes]) -> None:
    path, old = saved
    block = big_block(1)
    block.layers[500].params["kernel_size"] = object()  # bypasses set_param's checks
    with pytest.raises(ProjectFileError, match=r"\$\.layers\[500\]\.params\.kernel_size"):
        save_block(block, path)  # refused by the same validation a load would apply
    assert_untouched(path, old)


def test_saving_over_a_folder_fails_cleanly(tmp_path: Path) -> None:
    (tmp_path / "work.json").mkdir()
    with pytest.raises(OSError):
        save_block(seed_block(), tmp_path / "work.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.json"]


def test_saving_into_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        save_block(seed_block(), tmp_path / "gone" / "work.json")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_leaves_the_old_file(saved: tuple[Path, bytes]) -> None:
    path, old = saved
    path.parent.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            save_block(big_block(1), path)
    finally:
        path.parent.chmod(0o700)
    assert_untouched(path, old)


@POSIX
def test_save_keeps_the_files_permissions_and_a_new_file_gets_the_usual_ones(tmp_path: Path) -> None:
    shared = tmp_path / "shared.json"
    save_block(seed_block(), shared)
    plain = tmp_path / "plain.txt"
    plain.write_text("x")  # what any program gets under this umask
    assert stat.S_IMODE(shared.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)
    shared.chmod(0o640)
    save_block(big_block(1), shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640


# ---- a real process killed while saving -----------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from core.files.project_file import block_to_json, load_block, save_block, write_text_atomic
    mode, target, sources = sys.argv[2], sys.argv[3], sys.argv[4:]
    blocks = [load_block(s) for s in sources]
    if mode == "pause-in-write":
        # stop after half the bytes reached the temporary file, as a crash mid-write would
        real_fdopen = os.fdopen
        class HalfThenStop:
            def __init__(self, f): self.f = f
            def __enter__(self): return self
            def __exit__(self, *exc): return self.f.__exit__(*exc)
            def write(self, data):
                self.f.write(data[: len(data) // 2]); self.f.flush(); os.fsync(self.f.fileno())
                print("paused", flush=True); time.sleep(60)
            def flush(self): self.f.flush()
            def fileno(self): return self.f.fileno()
        os.fdopen = lambda *a, **k: HalfThenStop(real_fdopen(*a, **k))
        save_block(blocks[0], target)
    elif mode == "pause-in-fsync":
        def stop(fd): print("paused", flush=True); time.sleep(60)
        os.fsync = stop
        save_block(blocks[0], target)
    else:  # save the two blocks in turn until killed; serialised once, so the loop is all writing
        texts = [block_to_json(b) for b in blocks]
        write_text_atomic(Path(target), texts[0])
        print("saving", flush=True)
        i = 1
        while True:
            write_text_atomic(Path(target), texts[i % 2])
            i += 1
    """
)


def _spawn(mode: str, target: Path, *sources: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), mode, str(target), *map(str, sources)],
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    child.stdout.close()  # type: ignore[union-attr]


@pytest.fixture
def two_versions(tmp_path: Path) -> tuple[Path, Path, bytes, bytes]:
    sources = tmp_path / "sources"
    sources.mkdir()
    a, b = sources / "a.json", sources / "b.json"
    save_block(big_block(1), a)
    save_block(big_block(2), b)
    return a, b, a.read_bytes(), b.read_bytes()


@POSIX
@pytest.mark.parametrize("mode", ["pause-in-write", "pause-in-fsync"])
def test_killed_inside_a_save_leaves_the_old_file(tmp_path: Path, two_versions: tuple, mode: str) -> None:
    a, b, old, _ = two_versions
    target = tmp_path / "work" / "block.json"
    target.parent.mkdir()
    target.write_bytes(old)
    child = _spawn(mode, target, b)
    assert child.stdout.readline().strip() == "paused"  # type: ignore[union-attr]
    temps = [p for p in target.parent.iterdir() if p != target]
    assert len(temps) == 1 and 0 < temps[0].stat().st_size  # the interrupted save really was under way
    _kill(child)
    assert target.read_bytes() == old
    assert load_block(target).same_content(load_block(a))


@POSIX
def test_killed_at_random_moments_the_file_is_always_one_complete_version(tmp_path: Path, two_versions: tuple) -> None:
    a, b, first, second = two_versions
    target = tmp_path / "work" / "block.json"
    target.parent.mkdir()
    chance = random.Random(6)
    for _ in range(20):
        child = _spawn("loop", target, a, b)
        assert child.stdout.readline().strip() == "saving"  # type: ignore[union-attr]
        time.sleep(chance.uniform(0, 0.05))  # let it get somewhere: a save takes a few ms
        _kill(child)
        content = target.read_bytes()
        assert content in (first, second), f"a partial file of {len(content):,} bytes"
    # a kill cannot clean up after itself; the leftovers are hidden and never the project file
    assert all(p.name.startswith(".block.json.") for p in target.parent.iterdir() if p != target)


def test_save_then_load_gives_the_same_bytes_again(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    save_block(big_block(3), path)
    assert path.read_bytes() == block_to_json(load_block(path)).encode()
