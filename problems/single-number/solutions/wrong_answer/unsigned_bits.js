// Plausible bug: counts every bit position modulo 2 and rebuilds the value with powers of
// two. Bit 31 is the sign bit, so a negative answer comes back as a large positive number
// (-1 becomes 4294967295).
var singleNumber = function(nums) {
    let result = 0;
    for (let b = 0; b < 32; b++) {
        let count = 0;
        for (const x of nums) {
            count += (x >> b) & 1;
        }
        if (count % 2 === 1) {
            result += 2 ** b;
        }
    }
    return result;
};
