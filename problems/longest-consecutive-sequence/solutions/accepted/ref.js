/**
 * @param {number[]} nums
 * @return {number}
 */
var longestConsecutive = function(nums) {
    const values = new Set(nums);
    let best = 0;
    for (const x of values) {
        if (values.has(x - 1)) {
            continue;
        }
        let length = 1;
        while (values.has(x + length)) {
            length++;
        }
        if (length > best) {
            best = length;
        }
    }
    return best;
};
