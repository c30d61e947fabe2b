// A random sequence of calls on an LRU cache, with the answers from an array-backed doubly linked list over the
// keys (keys are at most 10^5, so the key itself indexes the prev/next/value arrays; index maxKey + 1 is the
// sentinel: its next is the least recent key, its prev the most recent).
//
//   generate: {seed, capacity, calls, maxKey, getPercent?, fill?}
//     calls:      the number of get/put calls after the constructor
//     fill:       the first `fill` calls put distinct keys (in random order) to fill the cache; 0 by default
//     getPercent: the share of gets among the other calls, in percent (50 by default); keys uniform in
//                 0..maxKey, values uniform in 0..10^9
// Jint counts every byte the script allocates against its 512 MiB, so the loop avoids function calls: draws come
// from an inline xorshift32 stream seeded by rng, and the list operations are written out.
function generate({ capacity, calls, maxKey, getPercent = 50, fill = 0 }, rng) {
  assert(Number.isInteger(capacity) && capacity >= 1 && capacity <= 100000, `capacity = ${capacity}`);
  assert(Number.isInteger(calls) && calls >= 1 && calls <= 200000, `calls = ${calls}`);
  assert(Number.isInteger(maxKey) && maxKey >= 0 && maxKey <= 100000, `maxKey = ${maxKey}`);
  assert(Number.isInteger(fill) && fill >= 0 && fill <= Math.min(calls, maxKey + 1), `fill = ${fill}`);
  let s = rng.int(1, 0x7fffffff) | 0;
  const S = maxKey + 1;
  const perm = new Int32Array(S);
  for (let i = 0; i < S; i++) perm[i] = i;
  for (let i = S - 1; i > 0 && fill > 0; i--) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    const j = (s >>> 1) % (i + 1);
    const t = perm[i]; perm[i] = perm[j]; perm[j] = t;
  }
  const prev = new Int32Array(S + 1), next = new Int32Array(S + 1), value = new Int32Array(S + 1).fill(-1);
  prev[S] = S; next[S] = S;
  let size = 0;
  const operations = new Array(calls + 1), args = new Array(calls + 1), out = new Array(calls + 1);
  operations[0] = "LRUCache"; args[0] = [capacity]; out[0] = null;
  for (let i = 1; i <= calls; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    const key = i <= fill ? perm[i - 1] : (s >>> 1) % S;
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    if (i > fill && (s >>> 1) % 100 < getPercent) {
      operations[i] = "get";
      args[i] = [key];
      if (value[key] >= 0) {
        next[prev[key]] = next[key]; prev[next[key]] = prev[key];
        prev[key] = prev[S]; next[key] = S; next[prev[S]] = key; prev[S] = key;
      }
      out[i] = value[key];
    } else {
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      const v = (s >>> 1) % 1000000001;
      operations[i] = "put";
      args[i] = [key, v];
      if (value[key] >= 0) {
        next[prev[key]] = next[key]; prev[next[key]] = prev[key];
      } else {
        size++;
      }
      value[key] = v;
      prev[key] = prev[S]; next[key] = S; next[prev[S]] = key; prev[S] = key;
      if (size > capacity) {
        const lru = next[S];
        next[prev[lru]] = next[lru]; prev[next[lru]] = prev[lru];
        value[lru] = -1;
        size--;
      }
      out[i] = null;
    }
  }
  return { in: { operations, arguments: args }, out };
}
