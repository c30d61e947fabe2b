// A staircase of n steps and its number of ways, counted bottom-up (ways(n) = ways(n-1) + ways(n-2)).
//   generate: {seed, n}   (the seed is unused: the case is fixed by n)
function generate({ n }) {
  assert(Number.isInteger(n) && n >= 1 && n <= 45, `n = ${n}`);
  let a = 1, b = 1; // ways to reach steps 0 and 1
  for (let i = 2; i <= n; i++) [a, b] = [b, a + b];
  return { in: { n }, out: b };
}
