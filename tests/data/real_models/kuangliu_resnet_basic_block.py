# Source: kuangliu/pytorch-cifar, models/resnet.py (the BasicBlock class),
#   https://github.com/kuangliu/pytorch-cifar/blob/master/models/resnet.py
# License: MIT, Copyright (c) 2017 liukuang.
# Block Studio test data: the BasicBlock class, written from the public file. Added for Block
# Studio: the example call at the end (the file builds blocks only inside ResNet._make_layer).
import torch
import torch.nn as nn
import torch.nn.functional as F


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, in_planes, planes, stride=1):
        super(BasicBlock, self).__init__()
        self.conv1 = nn.Conv2d(
            in_planes, planes, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3,
                               stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)

        self.shortcut = nn.Sequential()
        if stride != 1 or in_planes != self.expansion*planes:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_planes, self.expansion*planes,
                          kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm2d(self.expansion*planes)
            )

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += self.shortcut(x)
        out = F.relu(out)
        return out


# Added for Block Studio
block = BasicBlock(64, 128, stride=2)
y = block(torch.randn(1, 64, 32, 32))
