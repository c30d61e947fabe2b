// The statement's constraints, checked on every case by ./interview validate.
function validate(input) {
  const { numCourses: n, prerequisites } = input;
  assert(Number.isInteger(n) && n >= 1 && n <= 2000, `numCourses = ${n} is outside 1..2000`);
  assert(prerequisites.length <= 5000, `${prerequisites.length} prerequisites; at most 5000`);
  const seen = new Set();
  prerequisites.forEach(([a, b], i) => {
    assert(a >= 0 && a < n && b >= 0 && b < n, `prerequisites[${i}] = [${a}, ${b}] names a course outside 0..${n - 1}`);
    assert(a !== b, `prerequisites[${i}] = [${a}, ${b}]: a course cannot require itself`);
    const key = a * n + b;
    assert(!seen.has(key), `prerequisites[${i}] = [${a}, ${b}] is listed twice`);
    seen.add(key);
  });
}
