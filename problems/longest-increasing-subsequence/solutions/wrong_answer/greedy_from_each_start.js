// Plausible bug: from every start, greedily takes each later element that is larger than the
// last one taken. Taking a large element early can block better ones: in [1, 10, 2, 3] the
// greedy from 1 takes 10 and stops, missing [1, 2, 3].
var lengthOfLIS = function(nums) {
    let best = 0;
    for (let i = 0; i < nums.length; i++) {
        let last = nums[i], length = 1;
        for (let j = i + 1; j < nums.length; j++) {
            if (nums[j] > last) {
                last = nums[j];
                length++;
            }
        }
        best = Math.max(best, length);
    }
    return best;
};
