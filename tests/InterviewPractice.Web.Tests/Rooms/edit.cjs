// One editor's edit, made as a browser makes it with the real Yjs: reads {"log": [base64 updates], "text": NAME,
// "content": "..."} on stdin, applies the log, replaces the shared text NAME with the content in one transaction,
// and prints that edit's update (base64). Usage: node edit.cjs CLIENTAPP_DIR < request.json
const { createRequire } = require("node:module");
const Y = createRequire(require("node:path").join(process.argv[2], "package.json"))("yjs");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { log, text, content } = JSON.parse(input);
  const doc = new Y.Doc();
  for (const update of log) Y.applyUpdate(doc, Buffer.from(update, "base64"));
  let edit = null;
  doc.on("update", (update) => (edit = update));
  doc.transact(() => {
    const shared = doc.getText(text);
    shared.delete(0, shared.length);
    shared.insert(0, content);
  });
  process.stdout.write(Buffer.from(edit).toString("base64"));
});
