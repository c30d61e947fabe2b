// Makes Yjs updates of every kind of content a document can hold (strings, deletions, formats, embeds, maps of
// any values, arrays, XML, binary, subdocuments), with the real Yjs (the front end's copy), for checking that the
// server's reading of the update format takes everything Yjs writes.
// Usage: node make-varied.cjs CLIENTAPP_DIR. Prints ["base64", ...].
const { createRequire } = require("node:module");
const Y = createRequire(require("node:path").join(process.argv[2], "package.json"))("yjs");

const doc = new Y.Doc();
const updates = [];
doc.on("update", (u) => updates.push(u));
const text = doc.getText("code");
text.insert(0, "hello wörld 中 😀\n");
text.format(0, 5, { bold: true, link: { href: "https://example.org", n: 1.5 } });
text.insertEmbed(3, { image: "x.png", size: [1, 2] });
text.delete(1, 2);
const map = doc.getMap("meta");
map.set("int", 42);
map.set("negative", -123456789);
map.set("float", 3.25);
map.set("big", 2 ** 40 + 0.5);
map.set("flags", [true, false, null]);
map.set("nested", { a: { b: ["c", 1, { d: null }] } });
map.set("bytes", new Uint8Array([0, 1, 2, 255]));
map.set("text", new Y.Text("inner"));
map.set("sub", new Y.Doc({ guid: "sub-1" }));
map.delete("int");
const array = doc.getArray("list");
array.insert(0, [1, "two", { three: 3 }, new Uint8Array([9])]);
array.insert(1, [new Y.Map(), new Y.Array()]);
array.delete(0, 1);
const xml = doc.getXmlFragment("xml");
const element = new Y.XmlElement("p");
element.setAttribute("class", "note");
element.insert(0, [new Y.XmlText("para")]);
xml.insert(0, [element, new Y.XmlHook("hook")]);
updates.push(Y.encodeStateAsUpdate(doc));
process.stdout.write(JSON.stringify(updates.map((u) => Buffer.from(u).toString("base64"))));
