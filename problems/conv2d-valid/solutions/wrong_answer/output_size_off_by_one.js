// Plausible bug: output size floor((H - kh + 1) / s) instead of floor((H - kh) / s) + 1. The two agree for
// stride 1 and whenever s does not divide H - kh, but the last window is lost when it does.
var conv2d = function(image, kernel, stride) {
    const h = image.length, w = image[0].length, kh = kernel.length, kw = kernel[0].length;
    const ho = Math.floor((h - kh + 1) / stride), wo = Math.floor((w - kw + 1) / stride);
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
