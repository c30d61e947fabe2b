// A random sequence of calls on a min-stack, with the answers from a second stack of running minimums.
//
//   generate: {seed, calls, maxAbs, kind?}
//     kind: "random" (the default): push with probability 1/2 (always when the stack is empty), otherwise pop,
//             top or getMin, equally likely; values uniform in -maxAbs..maxAbs
//           "deep":   calls / 2 pushes, then mostly getMin calls (92%), with tops, pops and pushes now and then:
//             the stack stays about calls / 2 deep
// Jint counts every byte the script allocates against its 512 MiB, so the loop avoids function calls: draws come
// from an inline xorshift32 stream seeded by rng.
function generate({ calls, maxAbs, kind = "random" }, rng) {
  assert(Number.isInteger(calls) && calls >= 1 && calls <= 200000, `calls = ${calls}`);
  assert(Number.isInteger(maxAbs) && maxAbs >= 0 && maxAbs <= 2147483647, `maxAbs = ${maxAbs}`);
  assert(kind === "random" || kind === "deep", `unknown kind '${kind}'`);
  let s = rng.int(1, 0x7fffffff) | 0;
  const span = 2 * maxAbs + 1;
  const stack = new Float64Array(calls), mins = new Float64Array(calls);
  let size = 0;
  const operations = new Array(calls + 1), args = new Array(calls + 1), out = new Array(calls + 1);
  operations[0] = "MinStack"; args[0] = []; out[0] = null;
  for (let i = 1; i <= calls; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    const r = (s >>> 1) % 100;
    let op;
    if (kind === "deep") op = size === 0 || i <= calls / 2 ? 0 : r < 2 ? 0 : r < 4 ? 1 : r < 8 ? 2 : 3;
    else op = size === 0 || r < 50 ? 0 : r < 67 ? 1 : r < 84 ? 2 : 3;
    if (op === 0) {
      // Two draws make a value uniform enough over a span up to 2^32.
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      const hi = s >>> 0;
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      const val = ((hi % span) * 65536 + ((s >>> 0) & 65535)) % span - maxAbs;
      stack[size] = val;
      mins[size] = size === 0 || val < mins[size - 1] ? val : mins[size - 1];
      size++;
      operations[i] = "push"; args[i] = [val]; out[i] = null;
    } else if (op === 1) {
      size--;
      operations[i] = "pop"; args[i] = []; out[i] = null;
    } else if (op === 2) {
      operations[i] = "top"; args[i] = []; out[i] = stack[size - 1];
    } else {
      operations[i] = "getMin"; args[i] = []; out[i] = mins[size - 1];
    }
  }
  return { in: { operations, arguments: args }, out };
}
