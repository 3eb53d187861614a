"""Analysis agrees exactly with real torch modules and with torchinfo, on random blocks."""

from __future__ import annotations

import pytest
import torch
import torchinfo
from hypothesis import HealthCheck, event, given, settings

from core import analyze, instantiate
from core.codegen.loader import LoadError
from core.layers.registry import LAYER_KINDS
from core.model.block import Block, Layer
from tests.strategies import blocks

# torch's own notes on legal-but-unusual inputs (Dropout2d on 2-D, even "same" kernels) are expected here
pytestmark = pytest.mark.filterwarnings("ignore:dropout2d:UserWarning", "ignore:Using padding='same':UserWarning")

LAYER_CLASSES = tuple(getattr(torch.nn, name) for name in LAYER_KINDS)


def run_in_torch(block: Block) -> list[tuple[int, ...]]:
    """Build the generated module and run it in eval mode; the output shape of each layer."""
    model = instantiate(block).eval()
    shapes: list[tuple[int, ...]] = []
    handles = [
        m.register_forward_hook(lambda mod, inp, out: shapes.append(tuple(out.shape)))
        for m in model.modules()
        if isinstance(m, LAYER_CLASSES)
    ]
    try:
        with torch.no_grad():
            model(torch.zeros(block.input_shape))
    finally:
        for h in handles:
            h.remove()
    return shapes


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks)
def test_analysis_is_valid_exactly_when_torch_accepts_and_shapes_match(block: Block) -> None:
    analysis = analyze(block)
    event("valid" if analysis.ok else f"invalid: {analysis.error.param}")
    try:
        torch_shapes = run_in_torch(block)
    except (LoadError, RuntimeError, ValueError, IndexError) as exc:
        assert not analysis.ok, f"torch refused a block analysis accepted: {exc}"
        assert len(analysis.layers) < len(block.layers)
        return
    assert analysis.ok, f"analysis refused a block torch runs: {analysis.error}"
    assert [r.output_shape for r in analysis.layers] == torch_shapes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks)
def test_params_and_mult_adds_equal_torchinfo(block: Block) -> None:
    analysis = analyze(block)
    if not analysis.ok or not block.layers:
        return
    model = instantiate(block).eval()
    stats = torchinfo.summary(model, input_size=block.input_shape, verbose=0, device="cpu", mode="eval")
    leaves = [info for info in stats.summary_list if isinstance(info.module, LAYER_CLASSES)]
    assert [tuple(i.output_size) for i in leaves] == [r.output_shape for r in analysis.layers]
    assert [i.trainable_params for i in leaves] == [r.params for r in analysis.layers]
    assert [i.macs for i in leaves] == [r.mult_adds for r in analysis.layers]
    assert stats.total_mult_adds == analysis.total_mult_adds
    assert stats.trainable_params == analysis.total_params


def test_seed_block_matches_torchinfo_table() -> None:
    from core.files.examples import seed_block

    block = seed_block()
    analysis = analyze(block)
    stats = torchinfo.summary(instantiate(block), input_size=block.input_shape, verbose=0)
    assert stats.total_mult_adds == analysis.total_mult_adds == 1_835_040
    assert stats.trainable_params == analysis.total_params == 480


@pytest.mark.parametrize(
    ("layers", "shape", "message"),
    [
        (
            [
                Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}),
                Layer("BatchNorm2d"),
                Layer("ReLU"),
                Layer("MaxPool2d", {"kernel_size": 3}),
            ],
            (1, 3, 4, 4),
            "layer 4 MaxPool2d: kernel_size 3 is larger than the padded input 2x2 (output would be 0x0)",
        ),
        (
            [Layer("Conv2d", {"out_channels": 4, "kernel_size": 5})],
            (1, 3, 4, 4),
            "layer 1 Conv2d: kernel_size 5 is larger than the padded input 4x4",
        ),
        (
            [Layer("Conv2d", {"out_channels": 4, "kernel_size": 3, "groups": 2})],
            (1, 3, 8, 8),
            "layer 1 Conv2d: groups 2 does not divide the 3 input channels",
        ),
        (
            [Layer("Conv2d", {"out_channels": 4, "kernel_size": 3, "stride": 2, "padding": "same"})],
            (1, 3, 8, 8),
            'layer 1 Conv2d: padding "same" only works with stride 1 (torch refuses strided "same")',
        ),
        (
            [Layer("MaxPool2d", {"kernel_size": 2, "padding": 2})],
            (1, 3, 8, 8),
            "layer 1 MaxPool2d: padding 2 is more than half of kernel_size 2 (torch allows at most 1)",
        ),
    ],
)
def test_errors_name_layer_parameter_and_numbers(layers: list[Layer], shape: tuple, message: str) -> None:
    analysis = analyze(Block(layers, input_shape=shape))
    assert str(analysis.error) == message
    # every layer before the broken one is still reported
    assert len(analysis.layers) == analysis.error.index
    with pytest.raises((LoadError, RuntimeError, ValueError)):
        run_in_torch(Block(layers, input_shape=shape))


def test_batchnorm_one_value_per_channel_is_a_warning_not_an_error() -> None:
    block = Block([Layer("BatchNorm2d")], input_shape=(1, 4, 1, 1))
    analysis = analyze(block)
    assert analysis.ok
    assert "train mode" in analysis.warnings[0]
    run_in_torch(block)  # eval mode works
    with pytest.raises(ValueError, match="Expected more than 1 value per channel"):
        instantiate(block).train()(torch.zeros(1, 4, 1, 1))


def test_receptive_field_and_jump_of_resnet_stem() -> None:
    from core import load_block
    from core.files.examples import EXAMPLES_DIR

    analysis = analyze(load_block(EXAMPLES_DIR / "resnet_stem.json"))
    # conv7 s2 -> rf 7, jump 2; maxpool3 s2 -> rf 7 + 2*2 = 11, jump 4
    assert analysis.layers[0].receptive_field == (7, 7) and analysis.layers[0].jump == (2, 2)
    assert analysis.layers[3].receptive_field == (11, 11) and analysis.layers[3].jump == (4, 4)


@pytest.mark.parametrize("kind", ["Conv2d", "BatchNorm2d", "MaxPool2d", "AvgPool2d"])
def test_image_layers_on_a_features_input_are_refused_like_torch(kind: str) -> None:
    block = Block([Layer.new(kind)], input_shape=(2, 10))
    analysis = analyze(block)
    assert str(analysis.error).startswith(f"layer 1 {kind}: {kind} needs ")
    assert "but gets (2, 10): features have no height and width" in str(analysis.error)
    with pytest.raises((RuntimeError, ValueError, IndexError)):
        run_in_torch(block)


def test_a_features_input_runs_linear_blocks_like_torch() -> None:
    block = Block([Layer("Linear", {"out_features": 6}), Layer("ReLU"), Layer("Linear", {"out_features": 3})])
    block.input_shape = (4, 10)
    analysis = analyze(block)
    assert analysis.ok and [r.output_shape for r in analysis.layers] == run_in_torch(block)
    assert analysis.total_params == 10 * 6 + 6 + 6 * 3 + 3
