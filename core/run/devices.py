"""Which devices and dtypes this machine can run a block on, and how to wait for one.

Discovery reads torch's device queries only; it never launches a kernel, so the GUI may call
it on its own thread while the run worker owns all device work (MPS crashes when two
threads use it at once).
"""

from __future__ import annotations

import functools
import platform
import re
from dataclasses import dataclass
from typing import Any

from core import i18n

DTYPE_NAMES = ("float32", "float16", "bfloat16")
DTYPE_BYTES = {"float32": 4, "float16": 2, "bfloat16": 2}


class DeviceError(ValueError):
    """A device name that does not exist here, or a dtype the device cannot run."""


@dataclass(frozen=True)
class DeviceInfo:
    id: str  # what torch.device() takes: "cpu", "cuda:0", "mps"
    name: str  # the hardware, for people: "NVIDIA H100 80GB HBM3"
    dtypes: tuple[str, ...]  # float32 first; half types where the device runs conv/bn/pool in them

    @property
    def label(self) -> str:
        return f"{self.id} ({self.name})" if self.name else self.id


def torch_dtype(name: str) -> Any:
    import torch

    if name not in DTYPE_NAMES:
        message = i18n.translate("Devices", "dtype {name!r} is not one of {names}")
        raise DeviceError(message.format(name=name, names=", ".join(DTYPE_NAMES)))
    return getattr(torch, name)


@functools.lru_cache(maxsize=1)
def available_devices() -> tuple[DeviceInfo, ...]:
    """cpu always, then cuda:N for each CUDA device, then mps where available."""
    import torch

    # torch 2.x runs Conv2d, BatchNorm2d, ReLU and both poolings in float16 and bfloat16 on CPU
    devices = [DeviceInfo("cpu", _cpu_name(), DTYPE_NAMES)]
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            dtypes = ["float32", "float16"]
            with torch.cuda.device(index):
                if torch.cuda.is_bf16_supported():
                    dtypes.append("bfloat16")
            devices.append(DeviceInfo(f"cuda:{index}", torch.cuda.get_device_name(index), tuple(dtypes)))
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        dtypes = ["float32", "float16"]
        newer = getattr(mps, "is_macos_or_newer", None)
        if newer is not None and newer(14, 0):  # bfloat16 on MPS needs macOS 14
            dtypes.append("bfloat16")
        devices.append(DeviceInfo("mps", "Apple GPU (Metal)", tuple(dtypes)))
    return tuple(devices)


def find_device(text: str) -> DeviceInfo:
    """The available device `text` names ("cpu", "cuda" = "cuda:0", "cuda:N", "mps"), or DeviceError."""
    wanted = text.strip().lower()
    if wanted == "cuda":
        wanted = "cuda:0"
    if not re.fullmatch(r"cpu|mps|cuda:\d+", wanted):
        raise DeviceError(
            i18n.translate("Devices", "device {device!r} is not one of cpu, cuda, cuda:N, mps").format(device=text)
        )
    devices = available_devices()
    for device in devices:
        if device.id == wanted:
            return device
    have = ", ".join(d.id for d in devices)
    if wanted.startswith("cuda"):
        import torch

        if torch.version.cuda is None:
            why = i18n.translate("Devices", "this torch build has no CUDA support")
        elif not torch.cuda.is_available():
            why = i18n.translate("Devices", "torch finds no CUDA device or driver")
        else:
            why = i18n.translate("Devices", "there are {count} CUDA device(s), numbered from 0").format(
                count=torch.cuda.device_count()
            )
        message = i18n.translate("Devices", "device {device} is not available: {why} (available: {have})")
        raise DeviceError(message.format(device=wanted, why=why, have=have))
    if wanted == "mps":
        message = i18n.translate(
            "Devices", "device mps is not available: it needs an Apple-silicon Mac (available: {have})"
        )
        raise DeviceError(message.format(have=have))
    raise DeviceError(
        i18n.translate("Devices", "device {device} is not available (available: {have})").format(
            device=wanted, have=have
        )
    )


def check_dtype(device: DeviceInfo, dtype: str) -> None:
    if dtype not in device.dtypes:
        message = i18n.translate("Devices", "{device} does not run {dtype}; choose one of {dtypes}")
        raise DeviceError(message.format(device=device.id, dtype=dtype, dtypes=", ".join(device.dtypes)))


def synchronize(device_id: str) -> None:
    """Wait until every kernel queued on the device is done (CUDA and MPS run asynchronously)."""
    import torch

    if device_id.startswith("cuda"):
        torch.cuda.synchronize(device_id)
    elif device_id == "mps":
        torch.mps.synchronize()


def free_memory(device_id: str) -> int | None:
    """Bytes the device can still allocate, where torch can tell (CUDA); None elsewhere."""
    import torch

    if device_id.startswith("cuda"):
        free, _total = torch.cuda.mem_get_info(device_id)
        return int(free)
    return None


def release_cached_memory(device_id: str) -> None:
    """Give cached blocks back after an out-of-memory error so the next run starts clean."""
    import torch

    if device_id.startswith("cuda"):
        torch.cuda.empty_cache()
    elif device_id == "mps":
        torch.mps.empty_cache()


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()
