// Plausible bug: the inner loop re-reads queue.length while it pushes children onto the
// same queue, so the children join the current level and every node ends up in one list.
var levelOrder = function(root) {
    if (!root) return [];
    const result = [];
    let queue = [root];
    while (queue.length > 0) {
        const level = [];
        for (let i = 0; i < queue.length; i++) {
            const node = queue[i];
            level.push(node.val);
            if (node.left) queue.push(node.left);
            if (node.right) queue.push(node.right);
        }
        result.push(level);
        queue = queue.slice(level.length);
    }
    return result;
};
