// solve(input): forward pass with a max-shifted softmax, loss through log-sum-exp, then the backward pass:
// dZ = (P - onehot(y)) / n, dW2 = H^T dZ, db2 = column sums of dZ, dA = (dZ W2^T) masked by A > 0,
// dW1 = X^T dA, db1 = column sums of dA.
function solve({ X, y, W1, b1, W2, b2 }) {
  const n = X.length, d = W1.length, h = b1.length, c = b2.length;
  const dW1 = new Array(d * h).fill(0), db1 = new Array(h).fill(0);
  const dW2 = new Array(h * c).fill(0), db2 = new Array(c).fill(0);
  let loss = 0;
  const A = new Array(h), H = new Array(h), Z = new Array(c), dZ = new Array(c);
  for (let i = 0; i < n; i++) {
    const x = X[i];
    for (let j = 0; j < h; j++) {
      let a = b1[j];
      for (let t = 0; t < d; t++) a += x[t] * W1[t][j];
      A[j] = a;
      H[j] = a > 0 ? a : 0;
    }
    let max = -Infinity;
    for (let k = 0; k < c; k++) {
      let z = b2[k];
      for (let j = 0; j < h; j++) z += H[j] * W2[j][k];
      Z[k] = z;
      if (z > max) max = z;
    }
    let sum = 0;
    for (let k = 0; k < c; k++) sum += Math.exp(Z[k] - max);
    loss += max + Math.log(sum) - Z[y[i]];
    for (let k = 0; k < c; k++) {
      dZ[k] = (Math.exp(Z[k] - max) / sum - (k === y[i] ? 1 : 0)) / n;
      db2[k] += dZ[k];
      for (let j = 0; j < h; j++) dW2[j * c + k] += H[j] * dZ[k];
    }
    for (let j = 0; j < h; j++) {
      if (!(A[j] > 0)) continue;
      let g = 0;
      for (let k = 0; k < c; k++) g += dZ[k] * W2[j][k];
      db1[j] += g;
      for (let t = 0; t < d; t++) dW1[t * h + j] += x[t] * g;
    }
  }
  return [loss / n, ...dW1, ...db1, ...dW2, ...db2];
}

// A random network and batch. With `integers`, X, W1 and b1 are small integers, so that many pre-activations
// are exactly 0 (and computed exactly, in any order); otherwise every value has 3 decimals. W2 and b2 always have
// 3 decimals.
function generate({ n, d, h, c, xMax, w1Max, b1Max, w2Max, b2Max, integers }, rng) {
  const r = (a, whole) => (whole ? rng.int(-a, a) : Math.round((rng.float() * 2 - 1) * a * 1000) / 1000);
  const matrix = (rows, cols, a, whole) => {
    const M = [];
    for (let i = 0; i < rows; i++) {
      const row = [];
      for (let j = 0; j < cols; j++) row.push(r(a, whole));
      M.push(row);
    }
    return M;
  };
  const X = matrix(n, d, xMax, integers);
  const W1 = matrix(d, h, w1Max, integers);
  const b1 = matrix(1, h, b1Max, integers)[0];
  const W2 = matrix(h, c, w2Max, false);
  const b2 = matrix(1, c, b2Max, false)[0];
  const y = [];
  for (let i = 0; i < n; i++) y.push(rng.int(0, c - 1));
  const input = { X, y, W1, b1, W2, b2 };
  return { in: input, out: solve(input) };
}
