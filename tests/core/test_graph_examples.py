"""The graph examples are the classes learners meet: torchvision's ResNet blocks, a DenseNet layer and
the PyTorch tutorial's Net, written here by hand (torchvision does not import beside this CPU torch).

Each example's generated class must register the same tensors in the same order, with the same
shapes, and compute the same output from the same weights, in train and in eval mode.
"""

from __future__ import annotations

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from core import analyze, generate_source, instantiate
from core.files.examples import EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import load_block


def conv3x3(in_planes: int, out_planes: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(in_planes, out_planes, kernel_size=3, stride=stride, padding=1, groups=1, bias=False, dilation=1)


def conv1x1(in_planes: int, out_planes: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(in_planes, out_planes, kernel_size=1, stride=stride, bias=False)


class BasicBlock(nn.Module):
    """torchvision.models.resnet.BasicBlock (groups 1, dilation 1, BatchNorm2d)."""

    expansion = 1

    def __init__(self, inplanes: int, planes: int, stride: int = 1, downsample: nn.Module | None = None) -> None:
        super().__init__()
        self.conv1 = conv3x3(inplanes, planes, stride)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = conv3x3(planes, planes)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample
        self.stride = stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        out = self.relu(out)
        return out


class Bottleneck(nn.Module):
    """torchvision.models.resnet.Bottleneck (base_width 64, groups 1)."""

    expansion = 4

    def __init__(self, inplanes: int, planes: int, stride: int = 1, downsample: nn.Module | None = None) -> None:
        super().__init__()
        width = planes
        self.conv1 = conv1x1(inplanes, width)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = conv3x3(width, width, stride)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = conv1x1(width, planes * self.expansion)
        self.bn3 = nn.BatchNorm2d(planes * self.expansion)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = downsample
        self.stride = stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        out = self.relu(out)
        out = self.conv3(out)
        out = self.bn3(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        out = self.relu(out)
        return out


class DenseLayer(nn.Module):
    """torchvision.models.densenet._DenseLayer (drop_rate 0), its output concatenated to its input
    as the _DenseBlock around it does."""

    def __init__(self, num_input_features: int, growth_rate: int, bn_size: int) -> None:
        super().__init__()
        self.norm1 = nn.BatchNorm2d(num_input_features)
        self.relu1 = nn.ReLU(inplace=True)
        self.conv1 = nn.Conv2d(num_input_features, bn_size * growth_rate, kernel_size=1, stride=1, bias=False)
        self.norm2 = nn.BatchNorm2d(bn_size * growth_rate)
        self.relu2 = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(bn_size * growth_rate, growth_rate, kernel_size=3, stride=1, padding=1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        bottleneck_output = self.conv1(self.relu1(self.norm1(x)))
        new_features = self.conv2(self.relu2(self.norm2(bottleneck_output)))
        return torch.cat([x, new_features], 1)


class Net(nn.Module):
    """The PyTorch "Neural Networks" tutorial's LeNet, as the tutorial writes it."""

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, input: torch.Tensor) -> torch.Tensor:
        c1 = F.relu(self.conv1(input))
        s2 = F.max_pool2d(c1, (2, 2))
        c3 = F.relu(self.conv2(s2))
        s4 = F.max_pool2d(c3, 2)
        s4 = torch.flatten(s4, 1)
        f5 = F.relu(self.fc1(s4))
        f6 = F.relu(self.fc2(f5))
        return self.fc3(f6)


REFERENCES = {
    "basic_block.json": lambda: BasicBlock(64, 64),
    "basic_block_downsample.json": lambda: BasicBlock(
        64, 128, stride=2, downsample=nn.Sequential(conv1x1(64, 128, 2), nn.BatchNorm2d(128))
    ),
    "bottleneck.json": lambda: Bottleneck(256, 64),
    "dense_layer.json": lambda: DenseLayer(64, 32, 4),
    "tutorial_net.json": Net,
}


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_example_equals_the_hand_written_class(name: str) -> None:
    block = load_block(EXAMPLES_DIR / name)
    assert block.is_graph and name in GRAPH_EXAMPLES
    torch.manual_seed(0)
    theirs = REFERENCES[name]()
    ours = instantiate(block)
    ours_state, theirs_state = ours.state_dict(), theirs.state_dict()
    assert list(ours_state) == list(theirs_state)
    assert [v.shape for v in ours_state.values()] == [v.shape for v in theirs_state.values()]
    # random running statistics too, so eval mode compares more than the initial zeros and ones
    for value in theirs_state.values():
        if value.is_floating_point():
            value.copy_(torch.rand_like(value) + 0.5)
    ours.load_state_dict(theirs_state)
    x = torch.randn(2, *block.input_shape[1:], generator=torch.Generator().manual_seed(1))
    for mode in ("train", "eval"):
        getattr(ours, mode)()
        getattr(theirs, mode)()
        with torch.no_grad():
            expected = theirs(x.clone())
            got = ours(x.clone())
        assert got.shape == expected.shape == (2, *analyze(block).output_shape[1:])
        torch.testing.assert_close(got, expected, rtol=0, atol=0)
    assert analyze(block).total_params == sum(p.numel() for p in theirs.parameters())


def test_basic_block_reads_like_torchvision() -> None:
    source = generate_source(load_block(EXAMPLES_DIR / "basic_block.json"))
    forward = source.split("def forward(self, x):\n")[1].split("\n\n")[0]
    assert [line.strip() for line in forward.splitlines()] == [
        "identity = x",
        "out = self.conv1(x)",
        "out = self.bn1(out)",
        "out = self.relu(out)",
        "out = self.conv2(out)",
        "out = self.bn2(out)",
        "out += identity",
        "out = self.relu(out)",
        "return out",
    ]
