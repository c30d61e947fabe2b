// Custom checker for course-order: any valid order is accepted.
//
// expected is the reference answer: [] when the prerequisites contain a cycle, otherwise one valid order.
// actual is whatever the submission returned, decoded from JSON: it is never trusted.

function describe(value) {
  // A short description of a value of unknown type, never its full text (it may be huge).
  if (value === null) return "null";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "number") return "a number";
  if (typeof value === "string") return "a string";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return "an object";
}

function number(value) {
  const text = String(value);
  return text.length <= 24 ? text : text.slice(0, 20) + "...";
}

// value as a course label in 0..n-1, or null (JSON numbers compare by value: 1.0 is 1).
function asCourse(value, n) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < n ? value : null;
}

function check(input, expected, actual) {
  const n = input.numCourses;
  const prerequisites = input.prerequisites;

  if (!Array.isArray(actual)) {
    return [false, `expected an array of course labels, got ${describe(actual)}`];
  }
  if (Array.isArray(expected) && expected.length === 0) {
    return actual.length === 0
      ? true
      : [false, `the prerequisites contain a cycle, so no order exists: expected [], got ${describe(actual)}`];
  }
  if (actual.length === 0) {
    return [false, "returned [] but the courses can all be taken (the expected output shows one order)"];
  }
  if (actual.length !== n) {
    return [false, `the order must list all ${n} courses exactly once, got an array of length ${actual.length}`];
  }

  const position = new Array(n).fill(-1);
  for (let index = 0; index < actual.length; index++) {
    const value = actual[index];
    const course = asCourse(value, n);
    if (course === null) {
      const what = typeof value === "number" ? number(value) : describe(value);
      return [false, `element ${index} is ${what}, not a course label (0..${n - 1})`];
    }
    if (position[course] !== -1) {
      return [false, `course ${course} appears twice (at indices ${position[course]} and ${index})`];
    }
    position[course] = index;
  }

  for (const pair of prerequisites) {
    const a = asCourse(pair[0], n), b = asCourse(pair[1], n);
    if (a === null || b === null) {
      return [false, `the input breaks the constraints: a prerequisite names a course outside 0..${n - 1}`];
    }
    if (position[b] > position[a]) {
      return [false, `prerequisite [${a}, ${b}] is broken: course ${b} (index ${position[b]}) must come before course ${a} (index ${position[a]})`];
    }
  }
  return true;
}
