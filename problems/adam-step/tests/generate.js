// solve(input): one Adam step as the statement writes it.
function solve({ theta, grad, m, v, t, lr, beta1, beta2, eps }) {
  const n = theta.length;
  const c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
  const th = new Array(n), m2 = new Array(n), v2 = new Array(n);
  for (let i = 0; i < n; i++) {
    m2[i] = beta1 * m[i] + (1 - beta1) * grad[i];
    v2[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
    th[i] = theta[i] - lr * (m2[i] / c1) / (Math.sqrt(v2[i] / c2) + eps);
  }
  return [th, m2, v2];
}

// A mid-training state: moments consistent with gradients of scale `scale` (v near g^2), at step t.
function generate({ n, t, scale }, rng) {
  const r = (a) => Math.round((rng.float() * 2 - 1) * a * 1e6) / 1e6;
  const theta = [], grad = [], m = [], v = [];
  for (let i = 0; i < n; i++) {
    theta.push(r(5));
    grad.push(r(scale));
    m.push(r(scale) / 2);
    const g = r(scale);
    v.push(Math.round(g * g * 1e12) / 1e12);
  }
  const input = { theta, grad, m, v, t, lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
  return { in: input, out: solve(input) };
}
