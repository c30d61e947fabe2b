public class Solution {
    public double[][] Conv2d(double[][] image, double[][] kernel, int stride) {
        int h = image.Length, w = image[0].Length, kh = kernel.Length, kw = kernel[0].Length;
        int ho = (h - kh) / stride + 1, wo = (w - kw) / stride + 1;
        var output = new double[ho][];
        for (int i = 0; i < ho; i++) {
            output[i] = new double[wo];
            for (int j = 0; j < wo; j++) {
                double acc = 0;
                for (int a = 0; a < kh; a++)
                    for (int b = 0; b < kw; b++)
                        acc += image[i * stride + a][j * stride + b] * kernel[a][b];
                output[i][j] = acc;
            }
        }
        return output;
    }
}
