"""Exports of a trained model: state_dict (.pt) loaded back with a report, TorchScript verified
by reloading and comparing outputs, ONNX when the optional `onnx` extra is installed."""

from __future__ import annotations

import importlib.util
import io
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import i18n
from core.train.sidecar import write_bytes_atomic

TOLERANCE = 1e-5


class ExportError(Exception):
    """An export that failed or cannot happen here, in words."""


@dataclass
class LoadReport:
    """What `load_state_dict` made of a weights file."""

    path: str
    loaded: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # the model has them, the file does not
    unexpected: list[str] = field(default_factory=list)  # the file has them, the model does not
    mismatched: list[str] = field(default_factory=list)  # "key: file (a, b) vs model (c, d)"

    @property
    def complete(self) -> bool:
        return not (self.missing or self.unexpected or self.mismatched)

    def text(self) -> str:
        lines = [
            i18n.translate("Exports", "{path}: {count} tensors loaded").format(path=self.path, count=len(self.loaded))
        ]
        for title, keys in (
            (i18n.translate("Exports", "missing (left as initialised)"), self.missing),
            (i18n.translate("Exports", "unexpected (ignored)"), self.unexpected),
            (i18n.translate("Exports", "wrong shape (not loaded)"), self.mismatched),
        ):
            if keys:
                lines.append(f"{title}: {', '.join(keys)}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Verified:
    path: Path
    max_difference: float  # largest |reloaded - original| over the compared outputs


def save_weights(model: Any, path: str | os.PathLike[str]) -> Path:
    """The model's state_dict as a .pt file (CPU tensors, written atomically)."""
    import torch

    buffer = io.BytesIO()
    torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, buffer)
    target = Path(path)
    try:
        write_bytes_atomic(target, buffer.getvalue())
    except OSError as exc:
        raise ExportError(
            i18n.translate("Exports", "cannot write {path}: {error}").format(path=target, error=exc.strerror or exc)
        ) from None
    return target


def load_weights(model: Any, path: str | os.PathLike[str]) -> LoadReport:
    """Load what fits from a .pt state_dict into `model` and report the rest (never runs file code)."""
    import torch

    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise ExportError(i18n.translate("Exports", "{path}: no such file").format(path=path)) from None
    except Exception as exc:
        raise ExportError(
            i18n.translate("Exports", "{path}: not a readable weights file ({error})").format(
                path=path, error=f"{type(exc).__name__}: {exc}"
            )
        ) from None
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise ExportError(
            i18n.translate("Exports", "{path}: holds no state_dict (a dict of name -> tensor)").format(path=path)
        )
    own = model.state_dict()
    report = LoadReport(str(path))
    fitting = {}
    for key, value in state.items():
        if key in own and tuple(own[key].shape) != tuple(value.shape):
            report.mismatched.append(f"{key}: file {tuple(value.shape)} vs model {tuple(own[key].shape)}")
        elif key in own:
            fitting[key] = value
    result = model.load_state_dict(fitting, strict=False)
    report.loaded = sorted(fitting)
    report.missing = [k for k in result.missing_keys if not any(m.startswith(k + ":") for m in report.mismatched)]
    report.unexpected = sorted(k for k in state if k not in own)
    return report


def export_torchscript(model: Any, example: Any, path: str | os.PathLike[str]) -> Verified:
    """Script the model, save it, load it back and compare its output with the original's."""
    import torch

    model = model.eval()
    # torch 2.13 marks TorchScript deprecated (in favour of torch.export); it still works, and it
    # is what C++ and mobile runtimes load today
    warnings.filterwarnings("ignore", message=r"`torch\.jit\.", category=DeprecationWarning)
    try:
        scripted = torch.jit.script(model)
    except Exception as exc:
        raise ExportError(
            i18n.translate("Exports", "TorchScript cannot compile this model: {error}").format(
                error=str(exc).strip().splitlines()[0]
            )
        ) from None
    buffer = io.BytesIO()
    torch.jit.save(scripted, buffer)
    target = Path(path)
    try:
        write_bytes_atomic(target, buffer.getvalue())
    except OSError as exc:
        raise ExportError(
            i18n.translate("Exports", "cannot write {path}: {error}").format(path=target, error=exc.strerror or exc)
        ) from None
    reloaded = torch.jit.load(str(target), map_location="cpu")
    with torch.no_grad():
        difference = (reloaded(example.cpu()) - model.cpu()(example.cpu())).abs().max().item()
    if not difference <= TOLERANCE:
        raise ExportError(
            i18n.translate(
                "Exports", "{path}: the reloaded TorchScript model differs from the original by {difference}"
            ).format(path=target, difference=f"{difference:g}")
        )
    return Verified(target, float(difference))


def onnx_available() -> bool:
    return importlib.util.find_spec("onnx") is not None


def _torch_onnx_export(model: Any, example: Any, target: Path) -> None:
    """torch's exporter (torch.export based, which needs onnxscript, part of the extra); the older
    TorchScript one where onnxscript is missing, as it still works and is all such a machine has."""
    import contextlib
    import io

    import torch

    names = {"input_names": ["images"], "output_names": ["scores"]}
    if importlib.util.find_spec("onnxscript") is None:
        torch.onnx.export(model, (example,), str(target), dynamo=False, **names)
        return
    with contextlib.redirect_stdout(io.StringIO()):  # its progress lines are not our output
        torch.onnx.export(model, (example,), str(target), verbose=False, **names)


def export_onnx(model: Any, example: Any, path: str | os.PathLike[str]) -> Verified:
    """ONNX export checked with onnx.checker, and compared with onnxruntime when it is installed."""
    import torch

    if not onnx_available():
        raise ExportError(
            i18n.translate("Exports", "ONNX export needs the optional onnx package: pip install 'block-studio[onnx]'")
        )
    import onnx

    target = Path(path)
    model = model.eval().cpu()
    try:
        _torch_onnx_export(model, example.cpu(), target)
        onnx.checker.check_model(onnx.load(str(target)))
    except Exception as exc:
        raise ExportError(
            i18n.translate("Exports", "ONNX export failed: {error}").format(
                error=f"{type(exc).__name__}: {str(exc).strip().splitlines()[0]}"
            )
        ) from None
    difference = 0.0
    if importlib.util.find_spec("onnxruntime") is not None:
        import onnxruntime

        session = onnxruntime.InferenceSession(str(target), providers=["CPUExecutionProvider"])
        (scores,) = session.run(None, {"images": example.cpu().numpy()})
        with torch.no_grad():
            difference = float((torch.from_numpy(scores) - model(example.cpu())).abs().max().item())
        if not difference <= 1e-4:
            raise ExportError(
                i18n.translate("Exports", "{path}: onnxruntime's output differs from torch's by {difference}").format(
                    path=target, difference=f"{difference:g}"
                )
            )
    return Verified(target, difference)
