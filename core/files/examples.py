"""The example blocks that ship in resources/examples/."""

from __future__ import annotations

from pathlib import Path

from core import i18n
from core.files.project_file import load_block
from core.model.block import Block

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "examples"

# file name -> menu title (shown as i18n.translate("Examples", title)); the first is the seed's block,
# the app's default document
EXAMPLES = {
    "conv_block.json": i18n.QT_TRANSLATE_NOOP("Examples", "ConvBlock (the seed: conv - batchnorm - relu - maxpool)"),
    "vgg_double_conv.json": i18n.QT_TRANSLATE_NOOP("Examples", "VGG double conv"),
    "resnet_stem.json": i18n.QT_TRANSLATE_NOOP("Examples", "ResNet stem (conv7 - bn - relu - maxpool)"),
    "lenet_features.json": i18n.QT_TRANSLATE_NOOP("Examples", "LeNet-5 feature extractor"),
}
# graph blocks (issue 9): residual adds, concatenation, functional steps; kept apart while the
# importer and the window learn graphs, so tests over EXAMPLES keep meaning chains
GRAPH_EXAMPLES = {
    "basic_block.json": i18n.QT_TRANSLATE_NOOP("Examples", "ResNet BasicBlock (residual add)"),
    "basic_block_downsample.json": i18n.QT_TRANSLATE_NOOP(
        "Examples", "ResNet BasicBlock with downsample (stride 2, 1x1 projection)"
    ),
    "bottleneck.json": i18n.QT_TRANSLATE_NOOP("Examples", "ResNet Bottleneck (1x1 - 3x3 - 1x1, residual add)"),
    "dense_layer.json": i18n.QT_TRANSLATE_NOOP("Examples", "DenseNet layer (BN-ReLU-Conv, concatenated to its input)"),
    "tutorial_net.json": i18n.QT_TRANSLATE_NOOP(
        "Examples", "The PyTorch tutorial's Net (F.relu, F.max_pool2d, torch.flatten)"
    ),
}
SEED_EXAMPLE = EXAMPLES_DIR / "conv_block.json"


def seed_block() -> Block:
    """The seed's ConvBlock(kernel_size, stride, padding, pool, pool_stride)."""
    return load_block(SEED_EXAMPLE)
