// solve(input): the statement's double sum.
function solve({ image, kernel, stride }) {
  const H = image.length, W = image[0].length, kh = kernel.length, kw = kernel[0].length;
  const ho = Math.floor((H - kh) / stride) + 1, wo = Math.floor((W - kw) / stride) + 1;
  const out = [];
  for (let i = 0; i < ho; i++) {
    const row = [];
    for (let j = 0; j < wo; j++) {
      let acc = 0;
      for (let a = 0; a < kh; a++)
        for (let b = 0; b < kw; b++) acc += image[i * stride + a][j * stride + b] * kernel[a][b];
      row.push(acc);
    }
    out.push(row);
  }
  return out;
}

// Random integer entries (sums are exact), or with `decimals`, entries with two decimals.
function generate({ H, W, kh, kw, stride, decimals }, rng) {
  const mat = (r, c) => Array.from({ length: r }, () =>
    Array.from({ length: c }, () => decimals ? rng.int(-10000, 10000) / 100 : rng.int(-9, 9)));
  const image = mat(H, W), kernel = mat(kh, kw);
  return { in: { image, kernel, stride }, out: solve({ image, kernel, stride }) };
}
