const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(t => t.length > 0);
let pos = 0;
const n = Number(data[pos++]);
// Sums stay below 10^14 < 2^53, so plain numbers are exact.
const prefix = new Array(n + 1);
prefix[0] = 0;
for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i] + Number(data[pos++]);
}
const q = Number(data[pos++]);
const out = [];
for (let k = 0; k < q; k++) {
    const l = Number(data[pos++]);
    const r = Number(data[pos++]);
    out.push(String(prefix[r + 1] - prefix[l]));
}
process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
