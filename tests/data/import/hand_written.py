# A hand-written model in another style: `from torch import nn`, the explicit super call,
# separate attributes with their own names, a chain through differently named variables,
# and every positional argument torch's signatures allow.
import torch
from torch import nn


class TinyNet(nn.Module):
    """Two convolutions and two pools."""

    def __init__(self, width=8, use_bias=False):
        super(TinyNet, self).__init__()
        self.width = width
        self.stem = nn.Conv2d(1, width, 3, 2, 1, 1, 1, use_bias, "reflect")
        self.norm = nn.BatchNorm2d(self.width, 1e-3, 0.2, True, True)
        self.act = nn.ReLU(True)
        self.down = nn.MaxPool2d(3, 2, 1, 1, False, True)
        self.mix = nn.Conv2d(width, 16, (1, 3), padding=(0, 1), groups=2)
        self.smooth = nn.AvgPool2d(2, None, 0, True, False)

    def forward(self, image):
        h = self.stem(image)
        h = self.norm(h)
        features = self.act(h)
        features = self.down(features)
        return self.smooth(self.mix(features))


if __name__ == "__main__":
    net = TinyNet()
    print(net(torch.randn(2, 1, 28, 28)).shape)
