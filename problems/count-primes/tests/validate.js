// The statement's constraint: 0 <= n <= 5 * 10^6. Messages only on failure.
function validate({ n }) {
  assert(Number.isInteger(n) && n >= 0 && n <= 5000000, `n = ${n}; 0..5*10^6`);
}
