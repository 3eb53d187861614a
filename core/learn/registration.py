"""The registration lesson, measured on live objects: what a plain Python list of layers hides
from nn.Module, and what that does to training.

`self.layers = [nn.Conv2d(...), ...]` builds the layers, and forward uses them, but
nn.Module.__setattr__ files only Module, Parameter and buffer values; a list is kept as a plain
attribute. So parameters() misses the layers, state_dict() lacks them, .to(device) leaves them
behind, and the optimizer (built from parameters()) never updates them. nn.ModuleList registers
each element: the same layers, seen by all four.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from core.model.block import Block

FIX = "modulelist"
LESSON_STEPS = 40


@dataclass
class LayerPlace:
    path: str  # how forward reaches it: "conv_block[0]" or "conv_block.0"
    kind: str
    parameters: int
    registered: bool
    device_after_move: str = ""  # where its weights are after model.to("meta")


@dataclass
class RegistrationReport:
    """What nn.Module sees of one live instance of the block."""

    style: str
    layers: list[LayerPlace] = field(default_factory=list)
    parameters_seen: int = 0  # sum of numel over model.parameters()
    state_dict_keys: list[str] = field(default_factory=list)

    @property
    def parameters_built(self) -> int:
        return sum(layer.parameters for layer in self.layers)

    @property
    def hidden(self) -> list[LayerPlace]:
        return [layer for layer in self.layers if not layer.registered]

    @property
    def left_behind(self) -> list[LayerPlace]:
        """Layers whose weights stayed on the CPU when the model moved to another device."""
        return [layer for layer in self.layers if layer.parameters and layer.device_after_move == "cpu"]


@dataclass(frozen=True)
class TrainingOutcome:
    style: str
    optimizer_parameters: int  # numbers the optimizer updates
    block_parameters_trained: int  # of those, the block's own (the rest is the classifier head)
    loss_first: float  # mean loss over the first steps
    loss_last: float  # mean loss over the last steps
    block_changed: bool  # did the block's first conv weights move at all


def inspect_registration(block: Block) -> RegistrationReport:
    """Build the block's class (raises LoadError) and see what registration made of it."""
    from core import instantiate

    model = instantiate(block)
    report = RegistrationReport(block.container)
    registered = {id(m) for m in model.modules()}
    for path, layer in _reachable_layers(model):
        count = sum(p.numel() for p in layer.parameters())
        report.layers.append(LayerPlace(path, type(layer).__name__, count, id(layer) in registered))
    report.parameters_seen = sum(p.numel() for p in model.parameters())
    report.state_dict_keys = list(model.state_dict())
    # "meta" is a device every torch has: no memory, no GPU needed, and a moved tensor says so
    model.to("meta")
    for place, (_path, layer) in zip(report.layers, _reachable_layers(model)):
        first = next(layer.parameters(), None)
        place.device_after_move = first.device.type if first is not None else ""
    return report


def _reachable_layers(model: Any) -> list[tuple[str, Any]]:
    """Every leaf layer forward can reach: through registered children and plain lists alike."""
    import torch.nn as nn

    found: list[tuple[str, Any]] = []

    def visit(obj: Any, path: str) -> None:
        if isinstance(obj, nn.Module) and obj is not model and not list(obj.children()):
            found.append((path, obj))
            return
        if isinstance(obj, nn.Module):
            names = dict(obj._modules)
            if obj is model:  # plain attributes of the block itself: where a list hides
                names.update({k: v for k, v in vars(obj).items() if isinstance(v, (list, tuple))})
            for name, child in names.items():
                sep = "" if not path else "."
                visit(child, f"{path}{sep}{name}" if not name.isdigit() else f"{path}.{name}")
        elif isinstance(obj, (list, tuple)):
            for index, item in enumerate(obj):
                visit(item, f"{path}[{index}]")

    visit(model, "")
    return found


def compare_training(block: Block, steps: int = LESSON_STEPS, seed: int = 0) -> list[TrainingOutcome]:
    """Train the classifier for `steps` steps as the block is, and with the ModuleList fix."""
    from core.train.classifier import first_conv_weights
    from core.train.datasets import DatasetSpec, load_dataset
    from core.train.trainer import TrainRun, TrainSettings

    settings = TrainSettings(lr=0.01, batch_size=32, epochs=1, seed=seed, threads=None)
    train, val = load_dataset(DatasetSpec("shapes", train_size=steps * settings.batch_size, val_size=64, seed=seed))
    outcomes = []
    for style in dict.fromkeys([block.container, FIX]):
        variant = block.copy()
        variant.container = style
        run = TrainRun(variant, train, val, replace(settings))
        before = first_conv_weights(run.model.block)
        head = sum(p.numel() for p in run.model.head.parameters())
        run.run()
        after = first_conv_weights(run.model.block)
        losses = run.history.step_loss
        window = max(1, len(losses) // 4)
        outcomes.append(
            TrainingOutcome(
                style,
                run.optimized_parameters(),
                run.optimized_parameters() - head,
                sum(losses[:window]) / window,
                sum(losses[-window:]) / window,
                before is not None and after is not None and bool((before != after).any()),
            )
        )
    return outcomes
