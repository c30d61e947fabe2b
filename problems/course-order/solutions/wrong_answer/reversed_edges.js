// Plausible bug: reads [a, b] as "a before b", the wrong way round, so every prerequisite ends up after the
// course that needs it. Cycles are still detected (reversing every edge keeps a cycle a cycle).
var findOrder = function(numCourses, prerequisites) {
    const after = Array.from({ length: numCourses }, () => []);
    const indegree = new Array(numCourses).fill(0);
    for (const [a, b] of prerequisites) {
        after[a].push(b);
        indegree[b]++;
    }
    const order = [];
    for (let c = 0; c < numCourses; c++) {
        if (indegree[c] === 0) order.push(c);
    }
    for (let head = 0; head < order.length; head++) {
        for (const d of after[order[head]]) {
            if (--indegree[d] === 0) order.push(d);
        }
    }
    return order.length === numCourses ? order : [];
};
