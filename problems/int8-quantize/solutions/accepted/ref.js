/**
 * @param {number[]} x
 * @return {number[]}
 */
var quantizeInt8 = function(x) {
    let m = 0;
    for (const v of x) m = Math.max(m, Math.abs(v));
    if (m === 0) return x.map(() => 0);
    const s = m / 127;
    return x.map(v => {
        const r = v / s;
        // Math.round rounds halves towards +Infinity: apply it to |r| and restore the sign.
        const q = r < 0 ? -Math.round(-r) : Math.round(r);
        return Math.max(-127, Math.min(127, q)) + 0; // + 0 turns -0 into 0
    });
};
