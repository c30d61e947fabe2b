// Plausible bug: handles zeros by hand (still with division): the position of a zero gets the
// product of the other elements, every other position 0. With TWO zeros every product
// contains a zero, but the zero positions still get the product of the non-zero elements.
var productExceptSelf = function(nums) {
    let nonZeroProduct = 1, zeros = 0;
    for (const x of nums) {
        if (x === 0) {
            zeros++;
        } else {
            nonZeroProduct *= x;
        }
    }
    return nums.map(x => {
        if (zeros === 0) {
            return nonZeroProduct / x;
        }
        return x === 0 ? nonZeroProduct : 0;
    });
};
