"""The example blocks that ship in resources/examples/."""

from __future__ import annotations

from pathlib import Path

from core.files.project_file import load_block
from core.model.block import Block

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "examples"

# file name -> menu title; the first is the seed's block, the app's default document
EXAMPLES = {
    "conv_block.json": "ConvBlock (the seed: conv - batchnorm - relu - maxpool)",
    "vgg_double_conv.json": "VGG double conv",
    "resnet_stem.json": "ResNet stem (conv7 - bn - relu - maxpool)",
    "lenet_features.json": "LeNet-5 feature extractor",
}
SEED_EXAMPLE = EXAMPLES_DIR / "conv_block.json"


def seed_block() -> Block:
    """The seed's ConvBlock(kernel_size, stride, padding, pool, pool_stride)."""
    return load_block(SEED_EXAMPLE)
