// Power sets for subsets. The checker accepts any order; `out` lists the subsets by bit mask (bit i of the mask
// says whether nums[i] is in), elements in the order of nums.
//
//   generate: {seed, n} or {seed, nums}
//     n:    nums is n distinct values drawn from -10..10, in random order
//     nums: nums as given (so that a case can pin the values, e.g. both ends of the range)
function generate({ n, nums }, rng) {
  if (nums === undefined) {
    assert(Number.isInteger(n) && n >= 1 && n <= 10, `n = ${n}`);
    const pool = [];
    for (let v = -10; v <= 10; v++) pool.push(v);
    rng.shuffle(pool);
    nums = pool.slice(0, n);
  }
  const out = [];
  for (let mask = 0; mask < (1 << nums.length); mask++) {
    const subset = [];
    for (let i = 0; i < nums.length; i++) if (mask & (1 << i)) subset.push(nums[i]);
    out.push(subset);
  }
  return { in: { nums }, out };
}
