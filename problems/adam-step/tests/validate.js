// The statement's constraints, checked on every case by ./interview validate.
function validate({ theta, grad, m, v, t, lr, beta1, beta2, eps }) {
  const n = theta.length;
  assert(n >= 1 && n <= 10 ** 4, `n = ${n}; 1..10^4`);
  assert(grad.length === n && m.length === n && v.length === n, 'theta, grad, m and v must have the same length');
  for (let i = 0; i < n; i++) {
    assert(Math.abs(theta[i]) <= 1000 && Math.abs(grad[i]) <= 1000 && Math.abs(m[i]) <= 1000, `entry ${i} is outside -10^3..10^3`);
    assert(v[i] >= 0 && v[i] <= 10 ** 6, `v[${i}] = ${v[i]} is outside 0..10^6`);
  }
  assert(Number.isInteger(t) && t >= 1 && t <= 10 ** 6, `t = ${t}; 1..10^6`);
  assert(lr > 0 && lr <= 1, `lr = ${lr}; (0, 1]`);
  assert(beta1 >= 0 && beta1 < 1, `beta1 = ${beta1}; [0, 1)`);
  assert(beta2 > 0 && beta2 < 1, `beta2 = ${beta2}; (0, 1)`);
  assert(eps >= 1e-12 && eps <= 1, `eps = ${eps}; [1e-12, 1]`);
}
