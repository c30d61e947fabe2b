// Keystrokes for `bench rooms`, made with the front end's Yjs: each editor (one Yjs client id per argument) starts
// from an EMPTY document and types COUNT characters into the shared text TEXT one at a time, each right after its
// own previous one (the first at index 0). Every keystroke is then one update holding one struct whose clock is the
// keystroke's index, and depends only on the same editor's earlier keystrokes: the updates apply in any interleaving
// with the other editor's and with the server's starter-code seed, which is what a room or a relay receives.
// Usage: node make-keystrokes.cjs CLIENTAPP_DIR TEXT COUNT CLIENT_ID... Prints {"CLIENT_ID": [base64 update...]}.
const { createRequire } = require("node:module");
const Y = createRequire(require("node:path").resolve(process.argv[2], "package.json"))("yjs");
const [text, count, ...clients] = [process.argv[3], Number(process.argv[4]), ...process.argv.slice(5).map(Number)];

// One code unit per character, so each keystroke advances the clock by exactly one.
const alphabet = "abcdefghijklmnopqrstuvwxyz ";
const out = {};
for (const client of clients) {
  const doc = new Y.Doc();
  doc.clientID = client;
  const updates = [];
  doc.on("update", (update) => updates.push(Buffer.from(update).toString("base64")));
  const shared = doc.getText(text);
  for (let i = 0; i < count; i++) shared.insert(i, alphabet[(i * 7 + client) % alphabet.length]);
  if (updates.length !== count) throw new Error(`expected ${count} updates, made ${updates.length}`);
  out[client] = updates;
}
process.stdout.write(JSON.stringify(out));
