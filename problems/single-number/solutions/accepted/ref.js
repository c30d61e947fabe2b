/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function(nums) {
    let result = 0;
    for (const x of nums) {
        result ^= x;
    }
    return result;
};
