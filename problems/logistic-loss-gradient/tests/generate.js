// solve(input): the loss through log(1 + e^z) - y z with a stable softplus, the gradient through a stable
// sigmoid.
function solve({ X, y, w, b }) {
  const n = X.length, d = w.length;
  const g = new Array(d + 1).fill(0);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let z = b;
    for (let j = 0; j < d; j++) z += w[j] * X[i][j];
    loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    const r = p - y[i];
    for (let j = 0; j < d; j++) g[j] += r * X[i][j];
    g[d] += r;
  }
  return [loss / n, ...g.map((v) => v / n)];
}

// n examples of d features in [-xMax, xMax], weights in [-wMax, wMax]; labels agree with the model's sign with
// probability `agree` (so some examples are confidently wrong).
function generate({ n, d, xMax, wMax, agree }, rng) {
  const r = (a) => Math.round((rng.float() * 2 - 1) * a * 1000) / 1000;
  const w = [];
  for (let j = 0; j < d; j++) w.push(r(wMax));
  const b = r(wMax);
  const X = [], y = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    let z = b;
    for (let j = 0; j < d; j++) {
      row.push(r(xMax));
      z += w[j] * row[j];
    }
    X.push(row);
    const right = rng.float() < agree;
    y.push((z >= 0) === right ? 1 : 0);
  }
  return { in: { X, y, w, b }, out: solve({ X, y, w, b }) };
}
