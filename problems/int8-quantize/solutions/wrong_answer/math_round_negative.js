// Plausible bug: Math.round rounds halves towards +Infinity, so -2.5 becomes -2 and -0.5 becomes 0.
var quantizeInt8 = function(x) {
    let m = 0;
    for (const v of x) m = Math.max(m, Math.abs(v));
    if (m === 0) return x.map(() => 0);
    const s = m / 127;
    return x.map(v => Math.max(-127, Math.min(127, Math.round(v / s))) + 0);
};
