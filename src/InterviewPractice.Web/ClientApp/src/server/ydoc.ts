// The room's document as the server reads it: the same Yjs the browsers run, bundled (IIFE, global `YDoc`) and
// run inside the web server by Jint (Rooms/YjsDocuments.cs). No I/O and no .NET access: bytes in, bytes or text
// out, as base64 strings (Jint has no atob/btoa, and strings cross the boundary cheaply).
import * as Y from "yjs";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const lookup = new Uint8Array(128);
for (let i = 0; i < alphabet.length; i++) {
  lookup[alphabet.charCodeAt(i)] = i;
}

const digit = (s: string, i: number): number => (i < s.length ? lookup[s.charCodeAt(i)]! : 0);
const byte = (bytes: Uint8Array, i: number): number => (i < bytes.length ? bytes[i]! : 0);
const letter = (n: number): string => alphabet[n & 63]!;

function decode(base64: string): Uint8Array {
  const clean = base64.replace(/=+$/, "");
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let j = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (digit(clean, i) << 18) | (digit(clean, i + 1) << 12) | (digit(clean, i + 2) << 6) | digit(clean, i + 3);
    if (j < bytes.length) bytes[j++] = (n >> 16) & 255;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
    if (j < bytes.length) bytes[j++] = n & 255;
  }
  return bytes;
}

function encode(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (byte(bytes, i) << 16) | (byte(bytes, i + 1) << 8) | byte(bytes, i + 2);
    parts.push(letter(n >> 18) + letter(n >> 12) + (i + 1 < bytes.length ? letter(n >> 6) : "=") + (i + 2 < bytes.length ? letter(n) : "="));
  }
  return parts.join("");
}

/**
 * One update equivalent to all of `updates` (in any order): what a room's log compacts into. Applied to a
 * document and encoded from it, which is faster here than Y.mergeUpdates and smaller (deleted text is
 * garbage-collected; the room's log keeps the history for the replay).
 */
export function merge(updates: string[]): string {
  const doc = new Y.Doc();
  for (const update of updates) {
    Y.applyUpdate(doc, decode(update));
  }
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return encode(merged);
}

/** The text of the shared type `name` once every update is applied: the room's authoritative code. */
export function text(updates: string[], name: string): string {
  const doc = new Y.Doc();
  for (const update of updates) {
    Y.applyUpdate(doc, decode(update));
  }
  const value = doc.getText(name).toString();
  doc.destroy();
  return value;
}

/**
 * An update that fills shared texts (name -> content: the starter code per language) as client `clientId`, the
 * same bytes however often it is made, so applying it twice puts each text there once. One update per problem
 * a room opens, each with its own client id (two updates by one client id must not differ).
 */
export function seed(clientId: number, texts: Record<string, string>): string {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.transact(() => {
    for (const name of Object.keys(texts).sort()) {
      doc.getText(name).insert(0, texts[name]!);
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return encode(update);
}
