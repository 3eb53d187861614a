# Source: PyTorch Korea tutorials (tutorials-kr), "신경망 모델 구성하기" (Build the Neural Network),
#   https://github.com/PyTorchKorea/tutorials-kr/blob/master/beginner_source/basics/buildmodel_tutorial.py
# License: BSD 3-Clause, Copyright (c) 2017-2024, PyTorch & PyTorch Korea User Group contributors.
# Block Studio test data: the class and the lines that build and call it, written from the public file.
import torch
from torch import nn

device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(f"Using {device} device")


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28*28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits


model = NeuralNetwork().to(device)
print(model)

X = torch.rand(1, 28, 28, device=device)
logits = model(X)
pred_probab = nn.Softmax(dim=1)(logits)
y_pred = pred_probab.argmax(1)
print(f"Predicted class: {y_pred}")
