// Makes a room's log the way browsers do, with the real Yjs (the front end's copy): two editors typing into the
// shared text "code" at the same time, each keystroke one update, delivered to each other late and out of order.
// Usage: node make-updates.cjs CLIENTAPP_DIR COUNT. Prints {"updates": [base64...], "text": "..."}, the text
// being what both editors converged to.
const { createRequire } = require("node:module");
const Y = createRequire(require("node:path").join(process.argv[2], "package.json"))("yjs");
const count = Number(process.argv[3] || 200);

const a = new Y.Doc();
const b = new Y.Doc();
const log = [];
const pendingForA = [];
const pendingForB = [];
a.on("update", (u, origin) => { if (origin !== "remote") { log.push(u); pendingForB.push(u); } });
b.on("update", (u, origin) => { if (origin !== "remote") { log.push(u); pendingForA.push(u); } });

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const alphabet = "abcdefghijklmnopqrstuvwxyz (){}[]=+-*/:;,.\n\u00e9\u4e2d\ud83d\ude00";
for (let i = 0; i < count; i++) {
  const doc = random() < 0.5 ? a : b;
  const text = doc.getText("code");
  if (text.length > 10 && random() < 0.15) {
    text.delete(Math.floor(random() * (text.length - 1)), 1);
  } else {
    const chars = [...alphabet];
    text.insert(Math.floor(random() * (text.length + 1)), chars[Math.floor(random() * chars.length)]);
  }
  // Deliver some of what is pending, in a shuffled order: the editors see each other late.
  if (random() < 0.3) {
    for (const [queue, target] of [[pendingForA, a], [pendingForB, b]]) {
      queue.sort(() => random() - 0.5);
      while (queue.length) Y.applyUpdate(target, queue.pop(), "remote");
    }
  }
}
for (const [queue, target] of [[pendingForA, a], [pendingForB, b]]) {
  while (queue.length) Y.applyUpdate(target, queue.pop(), "remote");
}
const text = a.getText("code").toString();
if (text !== b.getText("code").toString()) throw new Error("the editors did not converge");
process.stdout.write(JSON.stringify({ updates: log.map((u) => Buffer.from(u).toString("base64")), text }));
