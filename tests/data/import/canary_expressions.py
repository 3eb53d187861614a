"""Hostile expressions in every position the importer reads a value from. Each would create a
file in CANARY_DIR if it ran; the test replaces CANARY_DIR with a temporary folder, imports every
class (with ast only) and checks that the folder stays empty."""

import os

import torch
import torch.nn as nn
import torch.nn.functional as F

N = os.system("touch CANARY_DIR/module_constant")
SIZE = 4 * len(os.listdir("CANARY_DIR")) + __import__("os").system("touch CANARY_DIR/module_arithmetic")


def helper(k):
    os.system("touch CANARY_DIR/helper_body")
    return nn.Conv2d(3, 8, k)


def register(cls):
    os.system("touch CANARY_DIR/decorator")
    return cls


@register
class Decorated(nn.Module, flag=os.system("touch CANARY_DIR/class_keyword")):
    def __init__(self, k=os.system("touch CANARY_DIR/default") or 3):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, k)

    def forward(self, x):
        return self.conv(x)


class Arithmetic(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16 * os.system("touch CANARY_DIR/arithmetic"), 10)
        self.fc2 = nn.Linear(N + SIZE, 2 ** os.system("touch CANARY_DIR/power"))

    def forward(self, x):
        return self.fc2(self.fc(x))


class Subscripts(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, [8, 16][os.system("touch CANARY_DIR/subscript")], 3)
        self.pool = nn.MaxPool2d({"k": 2}[os.system("touch CANARY_DIR/dict_subscript")])

    def forward(self, x):
        return self.pool(self.conv(x))


class Comprehensions(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(*[nn.ReLU() for _ in range(os.system("touch CANARY_DIR/comprehension"))])
        self.conv = nn.Conv2d(3, sum(i for i in [os.system("touch CANARY_DIR/generator")]), 3)

    def forward(self, x):
        return self.conv(self.body(x))


class FStrings(nn.Module):
    def __init__(self):
        super().__init__()
        self.name = f"{os.system('touch CANARY_DIR/fstring_attribute')}"
        self.conv = nn.Conv2d(3, 8, 3, padding=f"{os.system('touch CANARY_DIR/fstring_argument')}")

    def forward(self, x):
        return self.conv(x)


class Statements(nn.Module):
    def __init__(self, width=8):
        super().__init__()
        hidden = os.system("touch CANARY_DIR/local_variable")
        if os.system("touch CANARY_DIR/if_test"):
            width = 16
        self.conv = helper(os.system("touch CANARY_DIR/helper_argument") or 3)
        nn.init.xavier_uniform_(os.system("touch CANARY_DIR/init_call"))
        layers = []
        for i in range(os.system("touch CANARY_DIR/loop_range")):
            layers.append(nn.Conv2d(3, os.system("touch CANARY_DIR/loop_body"), 3))
        for k in [os.system("touch CANARY_DIR/loop_list")]:
            layers += [nn.ReLU()]
        self.fc = nn.Linear(hidden, width)

    def forward(self, x):
        if os.system("touch CANARY_DIR/forward_if"):
            x = x + 1
        x = F.max_pool2d(self.conv(x), os.system("touch CANARY_DIR/functional_argument"))
        x = x.view(os.system("touch CANARY_DIR/view_argument"), -1)
        return self.fc(torch.cat([x, x], os.system("touch CANARY_DIR/cat_dim")))


model = Statements(os.system("touch CANARY_DIR/call_site"))
model(torch.randn(1, 3, os.system("touch CANARY_DIR/example_input"), 8))
