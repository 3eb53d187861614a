# Source: PyTorch tutorials, "Training a Classifier" (CIFAR-10),
#   https://github.com/pytorch/tutorials/blob/main/beginner_source/blitz/cifar10_tutorial.py
# License: BSD 3-Clause, Copyright (c) 2017-2024 PyTorch contributors.
# Block Studio test data: the class as the tutorial defines it, written from the public file
# (data loading and training left out). The file shows no example input.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = torch.flatten(x, 1)  # flatten all dimensions except batch
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x


net = Net()
