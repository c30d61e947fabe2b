class Solution:
    def conv2d(self, image, kernel, stride):
        h, w = len(image), len(image[0])
        kh, kw = len(kernel), len(kernel[0])
        ho, wo = (h - kh) // stride + 1, (w - kw) // stride + 1
        out = []
        for i in range(ho):
            row = []
            for j in range(wo):
                acc = 0.0
                for a in range(kh):
                    img_row = image[i * stride + a]
                    k_row = kernel[a]
                    for b in range(kw):
                        acc += img_row[j * stride + b] * k_row[b]
                row.append(acc)
            out.append(row)
        return out
