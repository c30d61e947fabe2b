// Walls for container-with-most-water, with the answer by the two-pointer scan.
//
//   generate: {seed, n, kind, maxHeight?}
//     kind: "random" (every height uniform in 0..maxHeight)
//           "ends"   (maxHeight at both ends, 0 in between: the widest container is the answer,
//                     (n - 1) * maxHeight, the largest the constraints allow at maxHeight = 10^4)
function maxArea(height) {
  let left = 0, right = height.length - 1, best = 0;
  while (left < right) {
    best = Math.max(best, (right - left) * Math.min(height[left], height[right]));
    if (height[left] < height[right]) left++;
    else right--;
  }
  return best;
}

function generate({ n, kind, maxHeight = 10000 }, rng) {
  assert(Number.isInteger(n) && n >= 2 && n <= 100000, `n = ${n}`);
  assert(Number.isInteger(maxHeight) && maxHeight >= 0 && maxHeight <= 10000, `maxHeight = ${maxHeight}`);
  const height = new Array(n).fill(0);
  if (kind === "random") {
    for (let i = 0; i < n; i++) height[i] = rng.int(0, maxHeight);
  } else {
    assert(kind === "ends", `unknown kind '${kind}'`);
    height[0] = maxHeight;
    height[n - 1] = maxHeight;
  }
  return { in: { height }, out: maxArea(height) };
}
