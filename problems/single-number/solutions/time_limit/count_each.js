// Counts every element's occurrences with a nested loop: O(n^2).
var singleNumber = function(nums) {
    const n = nums.length;
    for (let i = 0; i < n; i++) {
        let count = 0;
        for (let j = 0; j < n; j++) {
            if (nums[j] === nums[i]) {
                count++;
            }
        }
        if (count === 1) {
            return nums[i];
        }
    }
    return 0;
};
