"""What `super().__init__()` does, read from a live module and from the installed torch's own source.

Nothing here is a hard-coded list of nn.Module internals: the attributes `nn.Module.__init__`
creates are found by instantiating a bare `nn.Module()`, and the source excerpts are cut out
of `inspect.getsource` around the lines that matter, so the panel stays true across torch
versions. torch is imported lazily (inside the functions) to keep it off the app start path.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any

from core import i18n
from core.codegen.loader import LoadError, instantiate_class, load_module
from core.codegen.source import generate
from core.model.block import Block

MODULE_ERROR = "cannot assign module before Module.__init__() call"


@dataclass(frozen=True)
class AttributeEntry:
    name: str
    type_name: str
    summary: str  # short text of the value: "{}", "True", "2 entries: conv1, bn1"
    from_module_init: bool  # created by nn.Module.__init__ (else by the class's own __init__)


@dataclass(frozen=True)
class TensorEntry:
    name: str  # qualified: "conv_block.0.weight"
    kind: str  # "parameter" or "buffer"
    shape: tuple[int, ...]
    count: int
    requires_grad: bool
    dtype: str


@dataclass
class ModuleNode:
    name: str  # attribute name under its parent ("" for the root)
    type_name: str
    description: str  # extra_repr(): "3, 16, kernel_size=(3, 3), ..."
    children: list[ModuleNode] = field(default_factory=list)


@dataclass
class Internals:
    class_name: str
    attributes: list[AttributeEntry]  # vars(module), in insertion order
    modules: ModuleNode
    tensors: list[TensorEntry]  # parameters, then buffers
    state_dict_keys: list[str]
    training: bool

    @property
    def parameter_count(self) -> int:
        return sum(t.count for t in self.tensors if t.kind == "parameter")


def module_init_attributes() -> tuple[str, ...]:
    """The instance attributes nn.Module.__init__ creates in the installed torch (found live)."""
    import torch

    return tuple(vars(torch.nn.Module()))


def read_internals(module: Any) -> Internals:
    """The live object as PyTorch sees it: vars(), the _modules tree, parameters, buffers, state_dict."""
    from_init = set(module_init_attributes())
    attributes = [
        AttributeEntry(name, type(value).__name__, _summary(value), name in from_init)
        for name, value in vars(module).items()
    ]
    tensors = [
        TensorEntry(name, "parameter", tuple(t.shape), t.numel(), t.requires_grad, str(t.dtype).replace("torch.", ""))
        for name, t in module.named_parameters()
    ] + [
        TensorEntry(name, "buffer", tuple(t.shape), t.numel(), t.requires_grad, str(t.dtype).replace("torch.", ""))
        for name, t in module.named_buffers()
    ]
    return Internals(
        type(module).__name__,
        attributes,
        _tree("", module),
        tensors,
        list(module.state_dict().keys()),
        module.training,
    )


def _tree(name: str, module: Any) -> ModuleNode:
    node = ModuleNode(name, type(module).__name__, module.extra_repr())
    node.children = [_tree(child_name, child) for child_name, child in module.named_children()]
    return node


def _summary(value: Any, limit: int = 60) -> str:
    if isinstance(value, dict):
        if not value:
            return i18n.translate("Internals", "{} (empty)")
        keys = ", ".join(str(k) for k in value)
        if len(value) == 1:
            text = i18n.translate("Internals", "1 entry: {keys}").format(keys=keys)
        else:
            text = i18n.translate("Internals", "{count} entries: {keys}").format(count=len(value), keys=keys)
    elif isinstance(value, (set, frozenset)):
        if value:
            text = i18n.translate("Internals", "{count} items").format(count=len(value))
        else:
            text = i18n.translate("Internals", "set() (empty)")
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ---- teaching mode: instantiate without super().__init__() ----------------------------------


@dataclass(frozen=True)
class SourceExcerpt:
    title: str  # "torch.nn.Module.__setattr__"
    filename: str
    lines: tuple[tuple[int, str], ...]  # (line number in the file, text)
    highlight: tuple[int, ...]  # line numbers that carry the point

    def text(self) -> str:
        """Numbered lines; the ones that matter marked with '>'."""
        width = len(str(self.lines[-1][0])) if self.lines else 1
        rows = [f"{'>' if n in self.highlight else ' '} {n:>{width}}  {line}" for n, line in self.lines]
        return "\n".join([f"{self.title}  ({self.filename})", *rows])


@dataclass
class TeachingLesson:
    error: LoadError | None  # PyTorch's real error from instantiating without super().__init__()
    source: str  # the generated source that was run (super call omitted)
    setattr_excerpt: SourceExcerpt
    init_excerpt: SourceExcerpt
    class_name: str  # the block's class, which the explanations name

    @property
    def explanation(self) -> str:
        """Why the error happened, in the current language (PyTorch's own words kept verbatim)."""
        return _explanation(self.class_name, self.error)

    @property
    def super_forms(self) -> str:
        """super() versus super(ClassName, self), in the current language."""
        import torch

        return super_forms(self.class_name, torch.nn.Module)

    @property
    def error_text(self) -> str:
        return f"{self.error.type_name}: {self.error.message}" if self.error else ""


def teaching_lesson(block: Block) -> TeachingLesson:
    """Instantiate `block` with the super call omitted and explain the error PyTorch raises.

    Works on a copy: the caller's block is not changed. Raises CodegenError for a block whose
    names cannot be written as source (the teaching error would be about something else).
    """
    omitted = block.copy()
    omitted.super_style = "omitted"
    source = generate(omitted).source
    error: LoadError | None = None
    try:
        instantiate_class(load_module(source, omitted.class_name))
    except LoadError as exc:
        error = exc
    return TeachingLesson(
        error,
        source,
        setattr_excerpt(),
        init_excerpt(),
        block.class_name,
    )


def setattr_excerpt() -> SourceExcerpt:
    """The part of nn.Module.__setattr__ that refuses a module before __init__ and files it in _modules."""
    import torch

    lines, first = inspect.getsourcelines(torch.nn.Module.__setattr__)
    numbered = [(first + i, line.rstrip("\n")) for i, line in enumerate(lines)]
    texts = [text for _, text in numbered]
    raise_at = _find(texts, MODULE_ERROR)
    if raise_at is None:  # a future torch words it differently: show the whole method
        return SourceExcerpt("torch.nn.Module.__setattr__", _file(torch.nn.Module), tuple(numbered), ())
    start = _find(texts, "_modules", before=raise_at)
    start = max(0, raise_at - 6) if start is None else start
    end = _find(texts, "modules[name] = value", after=raise_at)
    end = raise_at + 6 if end is None else end
    part = tuple(numbered[start : end + 1])
    marks = tuple(
        n
        for n, text in part
        if "_modules" in text or MODULE_ERROR in text or "modules[name] = value" in text or "modules is None" in text
    )
    return SourceExcerpt("torch.nn.Module.__setattr__", _file(torch.nn.Module), part, marks)


def init_excerpt() -> SourceExcerpt:
    """The lines of nn.Module.__init__ that create the attributes (and _modules among them)."""
    import torch

    lines, first = inspect.getsourcelines(torch.nn.Module.__init__)
    numbered = [(first + i, line.rstrip("\n")) for i, line in enumerate(lines)]
    names = module_init_attributes()
    hits = [i for i, (_, text) in enumerate(numbered) if any(f'"{n}"' in text or f"self.{n} =" in text for n in names)]
    part = tuple(numbered[hits[0] : hits[-1] + 1]) if hits else tuple(numbered)
    marks = tuple(n for n, text in part if "_modules" in text)
    return SourceExcerpt("torch.nn.Module.__init__", _file(torch.nn.Module), part, marks)


def super_forms(class_name: str, base: type) -> str:
    """Why super().__init__() and super(ClassName, self).__init__() do the same thing."""
    mro = " -> ".join([class_name, *(c.__name__ for c in base.__mro__)])
    same = i18n.translate(
        "SuperLesson",
        "super().__init__() and super({name}, self).__init__() run the same code: both look up "
        "__init__ on the class after {name} in its method resolution order ({mro}), and call it "
        "with self, so nn.Module.__init__ runs.",
    ).format(name=class_name, mro=mro)
    forms = i18n.translate(
        "SuperLesson",
        "The short form (Python 3) finds {name} and self by itself; the long form names them, as Python 2 required.",
    ).format(name=class_name)
    risk = i18n.translate(
        "SuperLesson",
        "Naming the class is only a risk when the class is renamed or the line is copied into another class: "
        "it then names the wrong class.",
    )
    return f"{same} {forms} {risk}"


def _explanation(class_name: str, error: LoadError | None) -> str:
    if error is None:
        nothing = i18n.translate(
            "SuperLesson",
            "{name} assigns no layer in __init__, so nothing failed yet: "
            "PyTorch only objects when a Module is assigned.",
        ).format(name=class_name)
        broken = i18n.translate(
            "SuperLesson", "The object is still broken: it has no _parameters, _modules or hook dicts."
        )
        return f"{nothing} {broken}"
    line = error.source_line.strip()
    where = i18n.translate("SuperLesson", "Generated line {line}: `{code}`").format(line=error.line, code=line)
    setattr_call = i18n.translate(
        "SuperLesson",
        "This assignment does not just store a value: Python calls nn.Module.__setattr__(self, name, value).",
    )
    modules = i18n.translate(
        "SuperLesson",
        "Because the value is a Module, __setattr__ files it into self._modules, the dict that parameters(), "
        "state_dict(), .to(device) and print(model) walk.",
    )
    init = i18n.translate(
        "SuperLesson", "That dict is created by nn.Module.__init__, which only runs through super().__init__()."
    )
    # PyTorch's own words stay verbatim, in every language: they are what the learner will search for
    raised = i18n.translate(
        "SuperLesson", "Without it, self.__dict__.get('_modules') is None and PyTorch raises {error}."
    ).format(error=f"{error.type_name}: {error.message}")
    return f"{where}\n{setattr_call} {modules} {init} {raised}"


def _find(texts: list[str], needle: str, before: int | None = None, after: int | None = None) -> int | None:
    if before is not None:
        hits = [i for i in range(before) if needle in texts[i]]
        return hits[-1] if hits else None
    start = 0 if after is None else after
    return next((i for i in range(start, len(texts)) if needle in texts[i]), None)


def _file(obj: Any) -> str:
    try:
        return inspect.getsourcefile(obj) or "?"
    except TypeError:
        return "?"


# ---- BatchNorm: train mode versus eval mode --------------------------------------------------

DEMO_MAX_VALUES = 1 << 20  # keep the demonstration instant for huge layers
DEMO_CHANNELS_SHOWN = 4
# the demonstration's notes, translated where shown (BatchNormDemo.text)
SMALLER_INPUT = i18n.QT_TRANSLATE_NOOP(
    "BatchNormDemo", "(a smaller input of {shape} is used to keep the demonstration instant)"
)
BATCH_OF_TWO = i18n.QT_TRANSLATE_NOOP("BatchNormDemo", "(batch 2: train mode needs more than one value per channel)")
NO_RUNNING_STATS = i18n.QT_TRANSLATE_NOOP(
    "BatchNormDemo",
    "track_running_stats is off: eval mode also normalises with the batch statistics, so both outputs agree.",
)
RUNNING_STATS = i18n.QT_TRANSLATE_NOOP(
    "BatchNormDemo",
    "Eval mode normalises with the running statistics (still 0 and 1 here), so the output keeps the "
    "input's mean and spread; train mode uses this batch's own mean and variance, giving mean 0 and "
    "std 1, and nudges the running statistics towards the batch ones. Only train mode moves them.",
)


@dataclass
class BatchNormDemo:
    input_shape: tuple[int, ...]
    input_mean: list[float]  # per channel (first DEMO_CHANNELS_SHOWN), the batch statistics
    input_var: list[float]
    eval_output_mean: list[float]
    train_output_mean: list[float]
    eval_output_std: list[float]
    train_output_std: list[float]
    max_difference: float  # largest |train output - eval output|
    running_mean_before: list[float] | None  # None without track_running_stats
    running_mean_after_eval: list[float] | None
    running_mean_after_train: list[float] | None
    running_var_before: list[float] | None
    running_var_after_train: list[float] | None
    batches_tracked: tuple[int, int, int] | None  # before, after eval, after train
    notes: list[str] = field(default_factory=list)  # English, marked: text() translates them
    note_values: dict[str, Any] = field(default_factory=dict)  # what fills the notes' placeholders

    @property
    def outputs_differ(self) -> bool:
        return self.max_difference > 1e-4

    def text(self) -> str:
        def row(values: list[float] | None) -> str:
            return "-" if values is None else ", ".join(f"{v:.3f}" for v in values)

        lines = [
            i18n.translate(
                "BatchNormDemo", "One input {shape} through the same BatchNorm2d: first eval mode, then train mode."
            ).format(shape=tuple(self.input_shape)),
            i18n.translate("BatchNormDemo", "input: batch mean per channel {mean}; variance {var}").format(
                mean=row(self.input_mean), var=row(self.input_var)
            ),
            i18n.translate("BatchNormDemo", "eval  output: mean {mean}; std {std}").format(
                mean=row(self.eval_output_mean), std=row(self.eval_output_std)
            ),
            i18n.translate("BatchNormDemo", "train output: mean {mean}; std {std}").format(
                mean=row(self.train_output_mean), std=row(self.train_output_std)
            ),
            i18n.translate("BatchNormDemo", "largest difference between the two outputs: {difference}").format(
                difference=f"{self.max_difference:.4f}"
            ),
        ]
        if self.running_mean_before is not None:
            lines += [
                i18n.translate(
                    "BatchNormDemo", "running_mean: before {before}; after eval {after_eval}; after train {after_train}"
                ).format(
                    before=row(self.running_mean_before),
                    after_eval=row(self.running_mean_after_eval),
                    after_train=row(self.running_mean_after_train),
                ),
                i18n.translate("BatchNormDemo", "running_var: before {before}; after train {after_train}").format(
                    before=row(self.running_var_before), after_train=row(self.running_var_after_train)
                ),
            ]
        if self.batches_tracked is not None:
            before, after_eval, after_train = self.batches_tracked
            lines.append(
                i18n.translate(
                    "BatchNormDemo", "num_batches_tracked: {before} -> {after_eval} (eval) -> {after_train} (train)"
                ).format(before=before, after_eval=after_eval, after_train=after_train)
            )
        # the notes are kept in English and translated here, so a language switch shows them anew
        return "\n".join(
            lines + [i18n.translate("BatchNormDemo", note).format(**self.note_values) for note in self.notes]
        )


def batchnorm_demo(channels: int, params: dict[str, Any], input_shape: tuple[int, ...], seed: int = 0) -> BatchNormDemo:
    """Run one input through nn.BatchNorm2d(channels, **params) in eval and then train mode."""
    import torch

    n, _, h, w = input_shape
    notes = []
    if n * h * w * channels > DEMO_MAX_VALUES:
        n, h, w = 2, min(h, 16), min(w, 16)
        notes.append(SMALLER_INPUT)
    if n * h * w == 1:
        n = 2
        notes.append(BATCH_OF_TWO)
    shape = (n, channels, h, w)
    generator = torch.Generator().manual_seed(seed)
    # mean 3, std 2: far from the fresh running statistics (0, 1), so the two modes visibly differ
    x = torch.randn(shape, generator=generator) * 2.0 + 3.0
    layer = torch.nn.BatchNorm2d(channels, **params)
    shown = slice(0, DEMO_CHANNELS_SHOWN)

    def stats(name: str) -> list[float] | None:
        tensor = getattr(layer, name)
        return None if tensor is None else tensor[shown].tolist()

    def per_channel(t: Any, how: str) -> list[float]:
        reduced = t.mean(dim=(0, 2, 3)) if how == "mean" else t.std(dim=(0, 2, 3), correction=0)
        return reduced[shown].tolist()

    def tracked() -> int | None:
        return None if layer.num_batches_tracked is None else int(layer.num_batches_tracked)

    mean_before, var_before, count_before = stats("running_mean"), stats("running_var"), tracked()
    with torch.no_grad():
        layer.eval()
        eval_out = layer(x)
        mean_after_eval, count_after_eval = stats("running_mean"), tracked()
        layer.train()
        train_out = layer(x)
    notes.append(NO_RUNNING_STATS if not params.get("track_running_stats", True) else RUNNING_STATS)
    return BatchNormDemo(
        input_shape=shape,
        input_mean=per_channel(x, "mean"),
        input_var=[v * v for v in per_channel(x, "std")],
        eval_output_mean=per_channel(eval_out, "mean"),
        train_output_mean=per_channel(train_out, "mean"),
        eval_output_std=per_channel(eval_out, "std"),
        train_output_std=per_channel(train_out, "std"),
        max_difference=float((train_out - eval_out).abs().max()),
        running_mean_before=mean_before,
        running_mean_after_eval=mean_after_eval,
        running_mean_after_train=stats("running_mean"),
        running_var_before=var_before,
        running_var_after_train=stats("running_var"),
        batches_tracked=None if count_before is None else (count_before, count_after_eval or 0, tracked() or 0),
        notes=notes,
        note_values={"shape": f"{shape[0]}x{channels}x{shape[2]}x{shape[3]}"},
    )
