/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {number[]}
 */
var findOrder = function(numCourses, prerequisites) {
    // Kahn's algorithm: repeatedly take a course whose prerequisites are all taken.
    const after = Array.from({ length: numCourses }, () => []);
    const indegree = new Array(numCourses).fill(0);
    for (const [a, b] of prerequisites) {
        after[b].push(a);
        indegree[a]++;
    }
    const order = [];
    for (let c = 0; c < numCourses; c++) {
        if (indegree[c] === 0) order.push(c);
    }
    // order doubles as the queue: everything before head has been processed.
    for (let head = 0; head < order.length; head++) {
        for (const d of after[order[head]]) {
            if (--indegree[d] === 0) order.push(d);
        }
    }
    // Courses on a cycle (or after one) never reach indegree 0.
    return order.length === numCourses ? order : [];
};
