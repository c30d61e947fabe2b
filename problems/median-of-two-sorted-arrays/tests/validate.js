// The statement's constraints: 0 <= m, n <= 10^5, m + n >= 1, values in -10^6..10^6, both sorted
// non-decreasing. Messages only on failure.
function validate({ nums1, nums2 }) {
  assert(nums1.length + nums2.length >= 1, "both arrays are empty");
  for (const [name, a] of [["nums1", nums1], ["nums2", nums2]]) {
    assert(a.length <= 100000, `${name} has ${a.length} elements; 0..10^5`);
    for (let i = 0; i < a.length; i++) {
      if (!(Number.isInteger(a[i]) && Math.abs(a[i]) <= 1000000)) assert(false, `${name}[${i}] = ${a[i]} is outside -10^6..10^6`);
      if (i > 0 && a[i - 1] > a[i]) assert(false, `${name} is not sorted: ${name}[${i - 1}] = ${a[i - 1]} > ${name}[${i}] = ${a[i]}`);
    }
  }
}
