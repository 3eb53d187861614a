"""The last training run kept beside its project: NAME.train.json (settings, dataset, classes,
curves, confusion matrix) and NAME.train.pt (the trained weights, a state_dict).

Both are written atomically (a temporary file beside the target, fsync, rename), the weights
first, so a crash leaves the previous run or the new one. Reading never runs code from the
file: the weights are loaded with `torch.load(weights_only=True)`.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from core import i18n
from core.files.project_file import write_text_atomic
from core.train.datasets import DatasetSpec
from core.train.trainer import EpochMetrics, TrainHistory, TrainRun, TrainSettings

FORMAT = "block-studio-training"


class SidecarError(Exception):
    """A kept run that cannot be read back, in words naming the file."""


@dataclass
class SavedRun:
    settings: TrainSettings
    dataset: DatasetSpec
    classes: tuple[str, ...]
    history: TrainHistory
    confusion: list[list[int]] | None
    finished: bool
    state_dict: dict[str, Any] | None = None


def sidecar_paths(project: str | os.PathLike[str]) -> tuple[Path, Path]:
    """(NAME.train.json, NAME.train.pt) beside `project` (NAME.json)."""
    path = Path(project).resolve()  # a symlinked project keeps its run beside the real file
    stem = path.name[: -len(".json")] if path.name.endswith(".json") else path.name
    return path.with_name(f"{stem}.train.json"), path.with_name(f"{stem}.train.pt")


def save_run(project: str | os.PathLike[str], run: TrainRun, dataset: DatasetSpec) -> tuple[Path, Path]:
    """Keep `run` beside `project`; returns the two paths written."""
    import torch

    meta_path, weights_path = sidecar_paths(project)
    buffer = io.BytesIO()
    torch.save({k: v.detach().cpu() for k, v in run.model.state_dict().items()}, buffer)
    write_bytes_atomic(weights_path, buffer.getvalue())
    document = {
        "format": FORMAT,
        "version": 1,
        "settings": asdict(run.settings),
        "dataset": asdict(dataset),
        "classes": list(run.classes),
        "history": run.history.to_dict(),
        "confusion": run.confusion.tolist() if run.confusion is not None else None,
        "finished": run.finished,
        "weights": weights_path.name,
    }
    write_text_atomic(meta_path, json.dumps(document, indent=1) + "\n")
    return meta_path, weights_path


def load_run(project: str | os.PathLike[str], weights: bool = True) -> SavedRun | None:
    """The run kept beside `project`, or None when there is none; raises SidecarError."""
    meta_path, weights_path = sidecar_paths(project)
    if not meta_path.is_file():
        return None
    try:
        document = json.loads(meta_path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        history = document["history"]
        saved = SavedRun(
            TrainSettings(**document["settings"]).check(),
            DatasetSpec(**document["dataset"]),
            tuple(str(c) for c in document["classes"]),
            TrainHistory(
                [float(v) for v in history["step_loss"]],
                [float(v) for v in history["step_acc"]],
                [EpochMetrics(**e) for e in history["epochs"]],
            ),
            document.get("confusion"),
            bool(document.get("finished")),
        )
    except Exception as exc:  # any damage: say which file, never a traceback
        raise SidecarError(
            i18n.translate("Training", "{path}: cannot read the kept training run ({error})").format(
                path=meta_path, error=f"{type(exc).__name__}: {exc}"
            )
        ) from None
    if weights and weights_path.is_file():
        import torch

        try:
            saved.state_dict = torch.load(weights_path, map_location="cpu", weights_only=True)
        except Exception as exc:
            raise SidecarError(
                i18n.translate("Training", "{path}: cannot read the kept weights ({error})").format(
                    path=weights_path, error=exc
                )
            ) from None
    return saved


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """`data` to `path` through a temporary file beside it, flushed and renamed over it."""
    path = Path(os.path.realpath(path))  # os.replace onto a symlink would replace the link
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
