// Plausible bug: takes the scale from the largest value instead of the largest magnitude, so a vector whose
// extreme is negative gets a too-small scale and its values are clamped.
var quantizeInt8 = function(x) {
    const m = Math.max(...x);
    if (m <= 0) return x.map(() => 0);
    const s = m / 127;
    return x.map(v => {
        const r = v / s;
        const q = r < 0 ? -Math.round(-r) : Math.round(r);
        return Math.max(-127, Math.min(127, q)) + 0;
    });
};
