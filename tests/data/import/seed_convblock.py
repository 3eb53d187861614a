import torch
import torch.nn as nn

class ConvBlock(nn.Module):
	"""
	conv2d - batchnorm - relu - max_pooling2d
	로 구성된 conv block을 만들어봄
	"""
	def __init__(self, kernel_size, stride, padding, pool, pool_stride):
		super().__init__() # 1. why? super().__init__()
		self.kernel_size = kernel_size
		self.stride = stride
		self.padding = padding
		self.pool = pool
		self.pool_stride = pool_stride
		self.conv_block = nn.Sequential(
        	nn.Conv2d(3,16,kernel_size=self.kernel_size,stride=self.stride,padding=self.padding),
                nn.BatchNorm2d(16),
                nn.ReLU(),
                nn.MaxPool2d(self.pool, self.pool_stride)
                )

	def forward(self,x):
		output = self.conv_block(x)
		return output


class LR(nn.Module):
	
	def __init__(self, input_size, output_size):
		
		super(LR, self).__init__()
		self.test = 1
		self.linear = nn.Linear(input_size, output_size)

	def forward(self, x):
		out = self.linear(x)
		return out


# Added for Block Studio (not in the post): the post never instantiates ConvBlock and its
# arguments have no defaults, so the importer takes their values from this call.
if __name__ == "__main__":
	model = ConvBlock(3, 1, 1, 2, 2)
