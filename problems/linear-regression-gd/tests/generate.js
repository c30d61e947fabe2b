// solve(input): `steps` full-batch gradient-descent steps on the mean squared error, both gradients taken at the
// current parameters before either is updated.
function solve({ X, y, w, b, lr, steps }) {
  const n = X.length, d = w.length;
  const p = w.slice();
  let bias = b;
  for (let s = 0; s < steps; s++) {
    const g = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      let r = bias - y[i];
      for (let j = 0; j < d; j++) r += p[j] * row[j];
      gb += r;
      for (let j = 0; j < d; j++) g[j] += r * row[j];
    }
    for (let j = 0; j < d; j++) p[j] -= lr * (2 / n) * g[j];
    bias -= lr * (2 / n) * gb;
  }
  return [...p, bias];
}

// The largest eigenvalue of the loss's Hessian H = (2/n) A^T A, A = [X | 1], by power iteration: gradient descent
// is stable for lr < 2 / lambdaMax.
function lambdaMax(X) {
  const n = X.length, d = X[0].length, m = d + 1;
  const H = [];
  for (let a = 0; a < m; a++) H.push(new Array(m).fill(0));
  for (const row of X) {
    const v = [...row, 1];
    for (let a = 0; a < m; a++) for (let c = 0; c < m; c++) H[a][c] += (2 / n) * v[a] * v[c];
  }
  let v = new Array(m).fill(1), lambda = 0;
  for (let it = 0; it < 500; it++) {
    const u = new Array(m).fill(0);
    for (let a = 0; a < m; a++) for (let c = 0; c < m; c++) u[a] += H[a][c] * v[c];
    const norm = Math.sqrt(u.reduce((s, t) => s + t * t, 0));
    lambda = norm / Math.sqrt(v.reduce((s, t) => s + t * t, 0));
    v = u.map((t) => t / norm);
  }
  return lambda;
}

// n examples of d features; feature j is drawn in [-scale_j, scale_j] with scales spread between minScale and
// maxScale (different scales make the problem ill-conditioned, so descent is far from converged after `steps`
// and a wrong update rule cannot hide behind the common optimum). Targets follow a random linear model plus
// noise. lr = factor / lambdaMax, rounded down to 6 significant digits (factor < 2 keeps descent stable).
function generate({ n, d, steps, minScale, maxScale, noise, factor, init }, rng) {
  const r3 = (v) => Math.round(v * 1000) / 1000;
  const u = (a) => (rng.float() * 2 - 1) * a;
  const scale = [];
  for (let j = 0; j < d; j++) scale.push(minScale * Math.pow(maxScale / minScale, d === 1 ? 1 : j / (d - 1)));
  const wTrue = [], X = [], y = [];
  for (let j = 0; j < d; j++) wTrue.push(r3(u(5)));
  const bTrue = r3(u(20));
  for (let i = 0; i < n; i++) {
    const row = [];
    let t = bTrue;
    for (let j = 0; j < d; j++) {
      row.push(r3(u(scale[j])));
      t += wTrue[j] * row[j];
    }
    X.push(row);
    y.push(r3(Math.max(-1e4, Math.min(1e4, t + u(noise)))));
  }
  const w = [];
  for (let j = 0; j < d; j++) w.push(init ? r3(u(init)) : 0);
  const b = init ? r3(u(init)) : 0;
  const raw = factor / lambdaMax(X);
  const digits = Math.pow(10, 5 - Math.floor(Math.log10(raw)));
  const lr = Math.min(1, Math.floor(raw * digits) / digits);
  const input = { X, y, w, b, lr, steps };
  return { in: input, out: solve(input) };
}
