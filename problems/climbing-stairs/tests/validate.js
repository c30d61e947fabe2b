// The statement's constraint: 1 <= n <= 45. Messages only on failure.
function validate({ n }) {
  assert(Number.isInteger(n) && n >= 1 && n <= 45, `n = ${n}; 1..45 allowed`);
}
