"""Run a block on a device: instantiate the generated class, capture every layer's output and
time every layer honestly. No Qt: the GUI calls `Profiler.run` from its worker thread.

Order of a run: check the block and the memory it needs; compile and instantiate the generated
source (errors come back as core.LoadError with the generated line); move it to the device
and dtype; one first call with timestamps (lazy initialisation, cuDNN autotuning); one call
whose hooks copy each layer's input and output (ReLU(inplace=True) would overwrite a mere
reference); then each layer timed on its own cached input, then the whole forward.
"""

from __future__ import annotations

import functools
import re
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from math import prod
from typing import Any

import numpy as np

from core import i18n
from core.analysis.block_analysis import analyze
from core.analysis.formatting import shape_text
from core.codegen.loader import LoadError, error_from_exception, instantiate_class, load_module
from core.codegen.source import CodegenError, GeneratedCode, generate
from core.model.block import Block
from core.run.activation_stats import ValueSummary, summarise
from core.run.devices import (
    DTYPE_BYTES,
    DeviceError,
    check_dtype,
    find_device,
    free_memory,
    release_cached_memory,
    synchronize,
    torch_dtype,
)
from core.run.inputs import InputError, InputSpec, RunInput, make_input
from core.run.memory_budget import available_host_memory, memory_problem, run_memory
from core.run.timing import ProfileCancelled, StopCheck, Timing, first_call, measure

DEFAULT_MEMORY_LIMIT = 2 * 1024**3
Hooks = tuple[Callable[[int, Any], None], Callable[[int, Any], None]]  # (before, after) a layer runs
Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is happening)

__all__ = ["ProfileCancelled", "ProfileError", "ProfileResult", "ProfileSettings", "Profiler", "Timing"]


class ProfileError(Exception):
    """The run cannot happen or failed outside the generated code: device, memory, input."""


@dataclass(frozen=True)
class ProfileSettings:
    device: str = "cpu"
    dtype: str = "float32"
    threads: int | None = None  # None: torch's current setting
    train: bool = False  # BatchNorm uses batch statistics (and needs > 1 value per channel)
    min_runs: int = 10  # timed runs per layer, at least
    min_time_s: float = 0.1  # measuring time per layer, at least
    warmup_s: float = 0.02
    capture: bool = True  # copy activations back as numpy arrays
    timing: bool = True
    memory_limit: int = DEFAULT_MEMORY_LIMIT  # refuse up front above this estimate (bytes)

    @property
    def mode(self) -> str:
        return "train" if self.train else "eval"


@dataclass(eq=False)
class LayerResult:
    index: int
    kind: str
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    first_call_s: float
    activation: np.ndarray | None = None  # float32 copy of the layer's output, (N, C, H, W) or (N, F)
    timing: Timing | None = None
    summary: ValueSummary | None = None  # of the first sample's values (here, not on the GUI thread)
    # graph blocks: the values the step read (0: the input, n: step n) and how rows name it
    inputs: tuple[int, ...] = ()
    label: str = ""


@dataclass(eq=False)
class ProfileResult:
    block: Block  # a snapshot of the block that was run
    settings: ProfileSettings
    device_name: str
    threads: int
    input: RunInput
    layers: list[LayerResult] = field(default_factory=list)
    total: Timing | None = None  # the whole forward
    first_call_s: float = 0.0  # the whole forward's first call
    origin: str = ""  # where the weights came from when not fresh: "training, epoch 2, step 40"

    @property
    def batch(self) -> int:
        return int(self.input.values.shape[0])

    @property
    def runs(self) -> int:
        """Fewest timed runs any layer got (the caption's "runs")."""
        timings = [t for t in [self.total, *(r.timing for r in self.layers)] if t is not None]
        return min((len(t.runs) for t in timings), default=0)

    def caption(self) -> str:
        s = self.settings
        caption = i18n.translate(
            "Profiler",
            "{name} on {device} ({device_name}), {threads} threads, {dtype}, "
            "batch {batch}, {mode} mode, {runs}+ runs per layer, input {input}",
        )
        return caption.format(
            name=self.block.class_name,
            device=s.device,
            device_name=self.device_name,
            threads=self.threads,
            dtype=s.dtype,
            batch=self.batch,
            mode=s.mode,
            runs=self.runs,
            input=self.input.description,
        )


class Profiler:
    """Runs blocks with one set of settings; `should_stop` is polled between layers and runs."""

    def __init__(
        self, settings: ProfileSettings, progress: Progress | None = None, should_stop: StopCheck | None = None
    ) -> None:
        self.settings = settings
        self._progress = progress or (lambda done, total, text: None)
        self._should_stop = should_stop or (lambda: False)
        self._block_kinds: list[str] = []

    def run(self, block: Block, source: InputSpec | RunInput | None = None, model: Any = None) -> ProfileResult:
        """Profile `block` with fresh weights, or `model`, an instance of its generated class that
        is the profiler's to move and switch to eval (a copy of a trained one); raises LoadError,
        ProfileError or ProfileCancelled."""
        import torch

        s = self.settings
        try:
            device = find_device(s.device)
            check_dtype(device, s.dtype)
        except DeviceError as exc:
            raise ProfileError(str(exc)) from None
        block = block.copy()
        self._check_block(block, device.id)
        try:
            generated = generate(block)
        except CodegenError as exc:
            raise ProfileError(str(exc)) from None
        try:
            run_input = source if isinstance(source, RunInput) else make_input(source or InputSpec(), block.input_shape)
        except InputError as exc:
            raise ProfileError(str(exc)) from None
        if model is None:
            model = instantiate_class(load_module(generated.source, block.class_name))
        threads_before = torch.get_num_threads()
        threads = s.threads or threads_before
        result = ProfileResult(block, s, device.name, threads, run_input)
        try:
            torch.set_num_threads(threads)
            with ExitStack() as stack:
                stack.enter_context(torch.inference_mode())
                if device.id.startswith("cuda"):
                    stack.enter_context(torch.cuda.device(device.id))
                self._run_on_device(model, block, generated, result, device.id)
        except (ProfileCancelled, LoadError, ProfileError):
            raise
        except Exception as exc:
            if _is_out_of_memory(exc):
                model = None  # drop our references before the allocator gives its cache back
                release_cached_memory(device.id)
                message = i18n.translate(
                    "Profiler", "out of memory on {device} ({problem}); use a smaller batch or input size"
                )
                raise ProfileError(message.format(device=device.id, problem=_first_line(exc))) from None
            message = i18n.translate("Profiler", "{device} failed: {type}: {problem}")
            raise ProfileError(
                message.format(device=device.id, type=type(exc).__name__, problem=_first_line(exc))
            ) from None
        finally:
            torch.set_num_threads(threads_before)
        return result

    # ---- steps -------------------------------------------------------------------------

    def _check_block(self, block: Block, device_id: str) -> None:
        analysis = analyze(block)
        if analysis.error is not None:
            raise ProfileError(str(analysis.error))
        # weights, activations and copies, against the cap and what the machine has free now
        s = self.settings
        need = run_memory(analysis.total_params, DTYPE_BYTES[s.dtype], device_id, s.dtype, estimate_memory(block, s))
        free = free_memory(device_id) if device_id.startswith("cuda") else available_host_memory()
        problem = memory_problem(need, s.memory_limit, free, shape_text(block.input_shape))
        if problem is not None:
            raise ProfileError(problem)

    def _run_on_device(
        self, model: Any, block: Block, generated: GeneratedCode, result: ProfileResult, device_id: str
    ) -> None:
        import torch

        s = self.settings
        if block.steps is not None:  # a graph: run step by step (adds and functions have no hooks)
            from core.run.graph_profiling import run_graph

            self._step(0, 1, _moving(block.class_name, device_id, s.dtype))
            model.to(device=device_id, dtype=torch_dtype(s.dtype))
            model.train(s.train)
            x = torch.tensor(result.input.values).to(device=device_id, dtype=torch_dtype(s.dtype))
            run_graph(self, model, block, generated, result, x, device_id)
            return
        layers = leaf_layers(model)
        if len(layers) != len(block.layers):
            message = i18n.translate("Profiler", "the generated class holds {count} layers, the block {block_count}")
            raise ProfileError(message.format(count=len(layers), block_count=len(block.layers)))
        self._block_kinds = [layer.kind for layer in block.layers]
        steps = 3 + (len(layers) + 1 if s.timing else 0)
        self._step(0, steps, _moving(block.class_name, device_id, s.dtype))
        model.to(device=device_id, dtype=torch_dtype(s.dtype))
        model.train(s.train)
        x = torch.tensor(result.input.values).to(device=device_id, dtype=torch_dtype(s.dtype))

        self._step(1, steps, i18n.translate("Profiler", "first call"))
        stamps: dict[int, float] = {}
        # clones: an in-place first layer (LeakyReLU(inplace=True)) would overwrite x, and the
        # captured activations must be what the layers make of the input the user chose
        result.first_call_s = self._call(
            model, x.clone(), layers, generated, _timestamp_hooks(device_id, stamps), device_id
        )
        self._step(2, steps, i18n.translate("Profiler", "capturing activations"))
        inputs: dict[int, Any] = {}
        outputs: dict[int, Any] = {}
        self._call(model, x.clone(), layers, generated, _copy_hooks(inputs, outputs), device_id)
        for index, layer in enumerate(block.layers):
            self._check_stop()
            out = outputs[index]
            values = out.float().cpu().numpy() if s.capture else None
            result.layers.append(
                LayerResult(
                    index,
                    layer.kind,
                    tuple(inputs[index].shape),
                    tuple(out.shape),
                    stamps.get(index, 0.0),
                    values,
                    summary=summarise(values[0]) if values is not None else None,
                )
            )
        outputs.clear()
        if not s.timing:
            return
        for index, (module, report) in enumerate(zip(layers, result.layers)):
            self._step(
                3 + index,
                steps,
                i18n.translate("Profiler", "timing layer {number} {kind}").format(number=index + 1, kind=report.kind),
            )
            report.timing = self._measure(functools.partial(module, inputs[index]), device_id)
        inputs.clear()
        self._step(3 + len(layers), steps, i18n.translate("Profiler", "timing the whole forward"))
        result.total = self._measure(lambda: model(x), device_id)
        self._step(steps, steps, i18n.translate("Profiler", "done"))

    def _call(self, model: Any, x: Any, layers: list, generated: GeneratedCode, hooks: Hooks, device_id: str) -> float:
        """One forward with hooks, timed; an exception becomes a LoadError at the failing layer."""
        pre, post = hooks
        current = [-1]  # the layer running now: its post-hook never fires when it raises
        handles = []
        try:
            for index, module in enumerate(layers):
                handles.append(module.register_forward_pre_hook(_tracking(pre, index, current)))
                handles.append(module.register_forward_hook(_after(post, index)))
            return first_call(lambda: model(x), device_id)
        except Exception as exc:
            if _is_out_of_memory(exc) or isinstance(exc, ProfileCancelled):
                raise
            filename = getattr(sys.modules.get(type(model).__module__), "__file__", "")
            raise forward_error(exc, current[0], filename, generated, self._block_kinds, self.settings) from None
        finally:
            for handle in handles:
                handle.remove()

    def _measure(self, fn: Callable[[], object], device_id: str) -> Timing:
        s = self.settings
        return measure(
            fn,
            device_id,
            min_runs=s.min_runs,
            min_time_s=s.min_time_s,
            warmup_s=s.warmup_s,
            should_stop=self._should_stop,
        )

    def _step(self, done: int, total: int, text: str) -> None:
        self._check_stop()
        self._progress(done, total, text)

    def _check_stop(self) -> None:
        if self._should_stop():
            raise ProfileCancelled


# ---- helpers -----------------------------------------------------------------------------


def leaf_layers(model: Any) -> list[Any]:
    """The layer modules in registration order (= block order), without containers."""
    import torch.nn as nn

    return [
        m
        for m in model.modules()
        if m is not model and not isinstance(m, nn.Sequential) and next(m.children(), None) is None
    ]


def estimate_memory(block: Block, settings: ProfileSettings) -> int:
    """Bytes a run holds at its peak: the input, every layer's output, the cached layer inputs
    and captured copies on the device, and the float32 copies on the host."""
    analysis = analyze(block)
    size = DTYPE_BYTES[settings.dtype]
    outputs = sum(prod(r.output_shape) for r in analysis.layers)
    inputs = prod(block.input_shape)
    device_bytes = (2 * inputs + 3 * outputs) * size  # forward outputs, cached inputs, captured copies
    host_bytes = 4 * (inputs + (outputs if settings.capture else 0))
    return device_bytes + host_bytes


def forward_error(
    exc: BaseException,
    index: int,
    filename: str,
    generated: GeneratedCode,
    kinds: list[str],
    settings: ProfileSettings,
) -> LoadError:
    """A failure inside the forward pass, in words, at the generated line that builds the layer."""
    base = error_from_exception(exc, filename, generated.source.splitlines(keepends=True))
    if index < 0 or index not in generated.layer_lines:
        return base
    line = generated.layer_lines[index][0]
    source_line = generated.source.splitlines()[line - 1]
    kind = kinds[index]
    text = _first_line(exc)
    if "more than 1 value per channel" in text:
        size = "x".join(re.findall(r"\d+", text.split("input size")[-1])) or "its input"
        message = i18n.translate(
            "Profiler",
            "layer {number} {kind}: in train mode BatchNorm computes statistics over the batch and needs "
            "more than 1 value per channel, but its input {size} has 1; "
            "switch to eval mode or use a larger batch or image",
        ).format(number=index + 1, kind=kind, size=size)
    elif "not implemented for" in text:
        message = i18n.translate(
            "Profiler",
            "layer {number} {kind}: torch has no {dtype} version of this layer on {device} ({problem}); choose float32",
        ).format(number=index + 1, kind=kind, dtype=settings.dtype, device=settings.device, problem=text)
    else:
        message = i18n.translate("Profiler", "layer {number} {kind}: {problem}").format(
            number=index + 1, kind=kind, problem=text
        )
    return LoadError(type(exc).__name__, message, line, source_line)


def _moving(name: str, device: str, dtype: str) -> str:
    return i18n.translate("Profiler", "moving {name} to {device} ({dtype})").format(
        name=name, device=device, dtype=dtype
    )


def _timestamp_hooks(device_id: str, stamps: dict[int, float]) -> Hooks:
    begun: dict[int, float] = {}

    def before(index: int, _args: Any) -> None:
        synchronize(device_id)
        begun[index] = time.perf_counter()

    def after(index: int, _output: Any) -> None:
        synchronize(device_id)
        stamps[index] = time.perf_counter() - begun[index]

    return before, after


def _copy_hooks(inputs: dict[int, Any], outputs: dict[int, Any]) -> Hooks:
    # clones, not references: ReLU(inplace=True) overwrites the tensor the previous layer returned
    def before(index: int, args: Any) -> None:
        inputs[index] = args[0].detach().clone()

    def after(index: int, output: Any) -> None:
        outputs[index] = output.detach().clone()

    return before, after


def _tracking(before: Callable[[int, Any], None], index: int, current: list[int]) -> Callable:
    def hook(_module: Any, args: Any) -> None:
        current[0] = index
        before(index, args)

    return hook


def _after(after: Callable[[int, Any], None], index: int) -> Callable:
    def hook(_module: Any, _args: Any, output: Any) -> None:
        after(index, output)

    return hook


def _is_out_of_memory(exc: BaseException) -> bool:
    import torch

    # torch.OutOfMemoryError is torch >= 2.5's name; torch.cuda.OutOfMemoryError is older and the same class
    oom = getattr(torch, "OutOfMemoryError", None) or torch.cuda.OutOfMemoryError
    if isinstance(exc, (MemoryError, oom)):
        return True
    text = str(exc).lower()
    return "out of memory" in text or "not enough memory" in text


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
