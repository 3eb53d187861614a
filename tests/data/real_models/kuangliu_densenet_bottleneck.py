# Source: kuangliu/pytorch-cifar, models/densenet.py (the Bottleneck class, a DenseNet layer),
#   https://github.com/kuangliu/pytorch-cifar/blob/master/models/densenet.py
# License: MIT, Copyright (c) 2017 liukuang.
# Block Studio test data: the class, written from the public file. Added for Block Studio: the
# example call at the end (the file builds layers only inside DenseNet._make_dense_layers).
import torch
import torch.nn as nn
import torch.nn.functional as F


class Bottleneck(nn.Module):
    def __init__(self, in_planes, growth_rate):
        super(Bottleneck, self).__init__()
        self.bn1 = nn.BatchNorm2d(in_planes)
        self.conv1 = nn.Conv2d(in_planes, 4*growth_rate, kernel_size=1, bias=False)
        self.bn2 = nn.BatchNorm2d(4*growth_rate)
        self.conv2 = nn.Conv2d(4*growth_rate, growth_rate, kernel_size=3, padding=1, bias=False)

    def forward(self, x):
        out = self.conv1(F.relu(self.bn1(x)))
        out = self.conv2(F.relu(self.bn2(out)))
        out = torch.cat([out,x], 1)
        return out


# Added for Block Studio
layer = Bottleneck(64, 32)
y = layer(torch.randn(1, 64, 32, 32))
