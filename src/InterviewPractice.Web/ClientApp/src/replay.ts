// The replay of an interview (/rooms/replay?room=ID#TOKEN): the room's log, played back on one timeline with the
// code as it was at each moment, at 1x to 32x, pauses longer than 5 s shortened to 5 s. Scrubbing rebuilds the
// document from the log with the same Yjs the room used.
import * as Y from "yjs";

// The server leaves out null values: an entry of the server's own has no author at all.
interface RoomEvent { id: number; kind: string; author?: string | null; authorName: string; at: string; payload: string }
interface Replay { room: string; mode: string; events: RoomEvent[] }
interface Opening { from: string | null; to: string; language: string; round: number }

const idleCap = 5000;
const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from the replay page`);
  return element as T;
};
const bytes = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const text = (base64: string): string => new TextDecoder().decode(bytes(base64));

function describe(e: RoomEvent): string {
  const who = e.author == null ? "" : `${e.authorName}: `;
  switch (e.kind) {
    case "Document": return e.author == null ? "starter code" : `${who}edit`;
    case "Chat": return `${who}${text(e.payload)}`;
    case "Note": return `${who}(private note) ${text(e.payload)}`;
    case "Language": return `${who}switched to ${(JSON.parse(text(e.payload)) as { to: string }).to}`;
    case "Run": return `${who}${(JSON.parse(text(e.payload)) as { mode: string }).mode === "submit" ? "submitted" : "ran"} the code`;
    case "Result": return `verdict: ${(JSON.parse(text(e.payload)) as { verdict: string | null }).verdict ?? "none"}`;
    case "Timer": return `${who}timer ${(JSON.parse(text(e.payload)) as { action: string }).action.toLowerCase()}`;
    case "Scorecards": return "scorecards revealed";
    case "ConsoleInput": return `${who}console > ${(JSON.parse(text(e.payload)) as { code: string }).code}`;
    case "ConsoleOutput": {
      const out = JSON.parse(text(e.payload)) as { stdout: string; value?: string | null; error?: string | null; restarted?: string | null };
      return `console: ${[out.stdout.trimEnd(), out.value, out.error, out.restarted].filter((part) => part).join(" | ") || "(nothing)"}`;
    }
    case "Problem": {
      const opened = JSON.parse(text(e.payload)) as Opening;
      return opened.from === null ? `opened ${opened.to}` : `${opened.round === 2 && e.author == null ? "half time: roles swapped, " : who}opened ${opened.to}`;
    }
    default: return `${who}${e.kind}`;
  }
}

class Player {
  private readonly times: number[] = [];
  private doc = new Y.Doc();
  private applied = 0;
  private problem = "";
  private language = "";
  private playing = false;
  private clock = 0;

  constructor(private readonly replay: Replay) {
    // Playback time of each entry: real gaps, each capped at idleCap.
    let t = 0;
    replay.events.forEach((e, i) => {
      if (i > 0) t += Math.min(idleCap, Math.max(0, Date.parse(e.at) - Date.parse(replay.events[i - 1]!.at)));
      this.times.push(t);
    });
    const list = $("replay-events");
    list.replaceChildren(...replay.events.map((e) => Object.assign(document.createElement("li"), { textContent: describe(e) })));
    const slider = $<HTMLInputElement>("replay-position");
    slider.max = String(replay.events.length);
    slider.addEventListener("input", () => this.show(Number(slider.value)));
    $("replay-play").addEventListener("click", () => (this.playing ? this.pause() : this.play()));
    this.show(replay.events.length);
  }

  /** Shows the room as it was after the first `count` entries. */
  show(count: number): void {
    if (count < this.applied) {
      this.doc.destroy();
      this.doc = new Y.Doc();
      this.applied = 0;
    }
    // The log's first entry opens the first problem; later Problem and Language entries change what is shown.
    if (this.applied === 0) [this.problem, this.language] = ["", ""];
    for (; this.applied < count; this.applied++) {
      const e = this.replay.events[this.applied]!;
      if (e.kind === "Document") Y.applyUpdate(this.doc, bytes(e.payload));
      if (e.kind === "Language") this.language = (JSON.parse(text(e.payload)) as { to: string }).to;
      if (e.kind === "Problem") ({ to: this.problem, language: this.language } = JSON.parse(text(e.payload)) as Opening);
    }
    $("replay-code").textContent = this.problem === "" ? "" : this.doc.getText(`code:${this.problem}:${this.language}`).toString();
    $("replay-language").textContent = this.problem === "" ? "" : `(${this.problem}, ${this.language})`;
    $<HTMLInputElement>("replay-position").value = String(count);
    const at = count === 0 ? 0 : this.times[count - 1]!;
    this.clock = at;
    $("replay-clock").textContent = `${Math.floor(at / 60000)}:${String(Math.floor(at / 1000) % 60).padStart(2, "0")}`;
    [...$("replay-events").children].forEach((li, i) => li.classList.toggle("replay__event--done", i < count));
  }

  private play(): void {
    if (this.applied >= this.replay.events.length) this.show(0);
    this.playing = true;
    $("replay-play").textContent = "Pause";
    let last = performance.now();
    const step = (now: number): void => {
      if (!this.playing) return;
      const speed = Number($<HTMLSelectElement>("replay-speed").value);
      this.clock += (now - last) * speed;
      last = now;
      let count = this.applied;
      while (count < this.times.length && this.times[count]! <= this.clock) count++;
      if (count !== this.applied) this.show(count);
      if (count >= this.times.length) {
        this.pause();
        return;
      }
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  private pause(): void {
    this.playing = false;
    $("replay-play").textContent = "Play";
  }
}

async function main(): Promise<void> {
  const token = decodeURIComponent(window.location.hash.slice(1));
  const room = new URLSearchParams(window.location.search).get("room");
  if (token.length === 0 || room === null) {
    $("replay-status").textContent = "This page needs a room's replay link (from the room page).";
    return;
  }
  const events: RoomEvent[] = [];
  let replay: Replay | null = null;
  for (;;) {
    const after = events.length === 0 ? 0 : events[events.length - 1]!.id;
    const response = await fetch(`/api/rooms/${encodeURIComponent(room)}/replay?after=${after}`, { headers: { "X-Room-Token": token } });
    if (!response.ok) {
      $("replay-status").textContent = response.status === 403 ? "This link does not open this room's replay." : `The replay could not be loaded (${response.status}).`;
      return;
    }
    const page = (await response.json()) as Replay;
    replay ??= page;
    if (page.events.length === 0) break;
    events.push(...page.events);
  }
  const player = new Player({ ...replay!, events });
  (window as unknown as { replay: Player }).replay = player;
  const first = events.find((e) => e.kind === "Problem");
  $("replay-title").textContent = `Replay: ${first === undefined ? "interview" : (JSON.parse(text(first.payload)) as Opening).to}`;
  $("replay-status").textContent = `${events.length} events.`;
  $("replay-player").hidden = false;
  document.body.dataset.ready = "true";
}

void main();
