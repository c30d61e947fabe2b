// Sums each query's range with a loop: O(n) per query, O(n * q) in all. Correct, but about 8 * 10^9
// additions when n = q = 10^5 and the ranges are wide.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(t => t.length > 0);
let pos = 0;
const n = Number(data[pos++]);
const a = new Array(n);
for (let i = 0; i < n; i++) {
    a[i] = Number(data[pos++]);
}
const q = Number(data[pos++]);
const out = [];
for (let k = 0; k < q; k++) {
    const l = Number(data[pos++]);
    const r = Number(data[pos++]);
    let sum = 0;
    for (let i = l; i <= r; i++) {
        sum += a[i];
    }
    out.push(String(sum));
}
process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
