// For every bar, scans left and right for the tallest bar: O(n^2). Correct, but too slow for n = 2 * 10^4
// within JavaScript's limit.
var trap = function(height) {
    const n = height.length;
    let water = 0;
    for (let i = 0; i < n; i++) {
        let leftMax = 0, rightMax = 0;
        for (let j = i; j >= 0; j--) leftMax = Math.max(leftMax, height[j]);
        for (let j = i; j < n; j++) rightMax = Math.max(rightMax, height[j]);
        water += Math.min(leftMax, rightMax) - height[i];
    }
    return water;
};
