/**
 * @param {number[][]} image
 * @param {number[][]} kernel
 * @param {number} stride
 * @return {number[][]}
 */
var conv2d = function(image, kernel, stride) {
    const h = image.length, w = image[0].length, kh = kernel.length, kw = kernel[0].length;
    const ho = Math.floor((h - kh) / stride) + 1, wo = Math.floor((w - kw) / stride) + 1;
    const out = [];
    for (let i = 0; i < ho; i++) {
        const row = [];
        for (let j = 0; j < wo; j++) {
            let acc = 0;
            for (let a = 0; a < kh; a++)
                for (let b = 0; b < kw; b++)
                    acc += image[i * stride + a][j * stride + b] * kernel[a][b];
            row.push(acc);
        }
        out.push(row);
    }
    return out;
};
