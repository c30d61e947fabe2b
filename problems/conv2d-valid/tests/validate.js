// The statement's constraints, checked on every case by ./interview validate.
function validate({ image, kernel, stride }) {
  const H = image.length, kh = kernel.length;
  assert(H >= 1 && H <= 100 && kh >= 1 && kh <= H, `H = ${H}, k_h = ${kh}; 1 <= k_h <= H <= 100`);
  const W = image[0].length, kw = kernel[0].length;
  assert(W >= 1 && W <= 100 && kw >= 1 && kw <= W, `W = ${W}, k_w = ${kw}; 1 <= k_w <= W <= 100`);
  assert(Number.isInteger(stride) && stride >= 1 && stride <= 10, `stride = ${stride}; 1..10`);
  for (const [name, M, c] of [['image', image, W], ['kernel', kernel, kw]]) {
    M.forEach((row, i) => {
      assert(row.length === c, `${name}[${i}] has ${row.length} entries; ${c} expected`);
      row.forEach((x, j) => assert(Math.abs(x) <= 100, `${name}[${i}][${j}] = ${x} is outside -100..100`));
    });
  }
}
