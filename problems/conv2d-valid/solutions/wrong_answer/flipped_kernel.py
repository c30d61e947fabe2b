# Plausible bug: the signal-processing convolution, which flips the kernel in both directions. Deep-learning
# "convolution" is cross-correlation: no flip. Only symmetric kernels give the same answer.
class Solution:
    def conv2d(self, image, kernel, stride):
        h, w = len(image), len(image[0])
        kh, kw = len(kernel), len(kernel[0])
        ho, wo = (h - kh) // stride + 1, (w - kw) // stride + 1
        return [[sum(image[i * stride + a][j * stride + b] * kernel[kh - 1 - a][kw - 1 - b]
                     for a in range(kh) for b in range(kw))
                 for j in range(wo)] for i in range(ho)]
