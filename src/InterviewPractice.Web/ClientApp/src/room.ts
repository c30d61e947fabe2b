// The live interview room (/rooms/join#TOKEN): the shared editor (Yjs over the room hub, CodeMirror with
// y-codemirror.next: remote cursors, undo of one's own edits), presence, chat, the server's timer, runs everyone
// sees, the interviewer's briefing and notes, and the scorecards. The hub's protocol: docs/rooms-protocol.md.
import { HubConnectionBuilder, HubConnectionState, type HubConnection } from "@microsoft/signalr";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { yCollab, yUndoManagerKeymap } from "y-codemirror.next";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import { highlightStyle, languageSupport, theme } from "./code-editor";
import { consoleEntry, showResult, type ConsoleEvaluated } from "./console";
import { highlightCode } from "./highlight";
import { renderMarkdigMath } from "./math";

type Role = "Interviewer" | "Candidate" | "Observer";
type Kind = "Document" | "Chat" | "Timer" | "Language" | "Run" | "Result" | "Note" | "Scorecards" | "Problem" | "ConsoleInput" | "ConsoleOutput";
interface RoomEvent { id: number; kind: Kind; author: Role | null; authorName: string; at: string; payload: string }
interface TimerView { running: boolean; remainingSeconds: number; totalSeconds: number; serverNow: string }
interface TestResult { index: number; kind: string; verdict: string; timeMs?: number | null }
interface Reveal { round: number; gap: Record<string, number> }
/** What this participant works on now (RoomOpened): it changes when the interviewer opens a problem or peers swap. */
interface Opened {
  role: Role;
  round: number;
  language: string;
  problem: { slug: string; title: string; kind: string; statementHtml: string; languages: string[] };
  briefing: { editorialHtml: string | null; referenceSolutions: Record<string, string>; conceptAnswers: string | null; rubric: string[] } | null;
}
interface Joined {
  room: string;
  mode: "Interviewer" | "Peer";
  now: Opened;
  set: { slug: string; title: string; kind: string; difficulty: string }[];
  timer: TimerView;
  events: RoomEvent[];
  scorecards: Reveal[];
}

const languageNames: Record<string, string> = { csharp: "C#", javascript: "JavaScript", python: "Python", text: "written answer" };
const colours = ["#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#e67700", "#0c8599"];

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from the room page`);
  return element as T;
};

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const utf8 = (payload: string): string => new TextDecoder().decode(fromBase64(payload));

class Room {
  private readonly doc = new Y.Doc();
  private readonly awareness = new Awareness(this.doc);
  private readonly seen = new Set<number>();
  // The room console's entries by the id of their ConsoleInput, for the ConsoleOutput that answers each.
  private readonly consoleEntries = new Map<number, HTMLLIElement>();
  // Local edits not yet stored by the server, oldest first; the first `inFlight` are sent on this connection.
  private readonly outbox: Uint8Array[] = [];
  private inFlight = 0;
  private connectionGeneration = 0;
  private readonly peers = new Map<string, Set<number>>();
  private lastId = 0;
  private joined: Joined | null = null;
  private now: Opened | null = null;
  private view: EditorView | null = null;
  private mounted = "";
  private language = "";
  private timer: TimerView | null = null;
  private timerBase = 0;
  // While a join is answered, what the hub sends waits here: the join's answer is older than some of it.
  private held: (() => void)[] | null = null;
  // Whether this connection has joined the room (edits are sent only then).
  private seated = false;

  constructor(private readonly connection: HubConnection, private readonly token: string, private readonly name: string) {
    connection.on("Event", (e: RoomEvent) => this.hold(() => this.apply(e)));
    connection.on("Presence", (id: string, state: string) => this.presence(id, state));
    connection.on("Left", (id: string) => this.left(id));
    connection.on("Timer", (timer: TimerView) => this.showTimer(timer));
    connection.on("RunProgress", (_: string, test: TestResult) => this.progress(test));
    connection.on("Revoked", () => this.status("This link was revoked by the interviewer.", true));
    connection.on("Opened", (opened: Opened) => this.hold(() => this.open(opened)));
    connection.onreconnecting(() => {
      // A new connection has no seat until it joins again: edits wait for that.
      this.seated = false;
      this.status("Connection lost; reconnecting… your edits are kept and sent when it is back.", true);
    });
    connection.onreconnected(() => void this.rejoin());
    connection.onclose(() => this.status("Disconnected. Reload the page to join again; your edits since the last save may be lost.", true));
    // Local edits go out in order; while disconnected they wait in the outbox.
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "remote") {
        this.outbox.push(update);
        this.flush();
      }
    });
    this.awareness.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const mine = [...added, ...updated, ...removed].includes(this.doc.clientID);
      if (origin === "local" && mine && connection.state === HubConnectionState.Connected) {
        void connection.send("Presence", toBase64(encodeAwarenessUpdate(this.awareness, [this.doc.clientID]))).catch(() => undefined);
      }
    });
  }

  private hold(work: () => void): void {
    if (this.held === null) work();
    else this.held.push(work);
  }

  /**
   * Joins (from entry `after` on) and shows the answer with `show`; then what came live meanwhile, which is as
   * new as the answer or newer (entries seen in both are applied once).
   */
  private async joinFrom(after: number, show: (joined: Joined) => void): Promise<void> {
    this.held = [];
    try {
      show(await this.connection.invoke<Joined>("Join", this.token, this.name, after));
      this.seated = true;
    } finally {
      const held = this.held;
      this.held = null;
      for (const work of held) work();
    }
  }

  join(): Promise<void> {
    return this.joinFrom(0, (joined) => this.first(joined));
  }

  private first(joined: Joined): void {
    this.joined = joined;
    document.body.dataset.mode = joined.mode;
    const replay = $<HTMLAnchorElement>("room-replay");
    replay.href = `/rooms/replay?room=${encodeURIComponent(joined.room)}#${encodeURIComponent(this.token)}`;
    replay.hidden = false;
    const picker = $<HTMLSelectElement>("room-language");
    picker.addEventListener("change", () => void this.switchLanguage(picker.value));
    const problems = $<HTMLSelectElement>("room-problem");
    problems.replaceChildren(...joined.set.map((p) => new Option(`${p.title} (${p.kind === "Concept" ? "concept" : p.difficulty.toLowerCase()})`, p.slug)));
    for (const e of joined.events) this.apply(e);
    this.showTimer(joined.timer);
    for (const reveal of joined.scorecards) this.reveal(reveal);
    this.awareness.setLocalStateField("user", { name: this.name, color: colours[this.doc.clientID % colours.length], colorLight: "#8884" });
    this.open(joined.now);
    this.status(`Connected as ${this.name}.`, false);
    document.body.dataset.ready = "true";
  }

  /** The text of the editor (what this browser has), for tests and for the page. */
  code(): string {
    return this.now === null ? "" : this.doc.getText(`code:${this.now.problem.slug}:${this.language}`).toString();
  }

  /** Shows what this participant works on now: the role, the problem (as the role may see it), its language. */
  private open(opened: Opened): void {
    const previous = this.now;
    this.now = opened;
    this.language = opened.language;
    document.body.dataset.role = opened.role;
    document.body.dataset.round = String(opened.round);
    document.body.dataset.problem = opened.problem.slug;
    $("room-title").textContent = opened.problem.title;
    const peer = this.joined?.mode === "Peer" ? ` (round ${opened.round} of 2)` : "";
    $("room-role").textContent = `You are the ${opened.role.toLowerCase()}${peer}`;
    if (previous === null || previous.problem.slug !== opened.problem.slug) {
      // Markup the server rendered from the author's Markdown (raw HTML disabled), as on the problem page.
      const statement = $("room-statement");
      statement.innerHTML = opened.problem.statementHtml;
      renderMarkdigMath(statement);
      highlightCode(statement);
    }
    if (previous !== null && previous.role !== opened.role) {
      this.status(`The roles swapped: you are the ${opened.role.toLowerCase()} now, on ${opened.problem.title}.`, false);
    }
    const picker = $<HTMLSelectElement>("room-language");
    picker.replaceChildren(...opened.problem.languages.map((l) => new Option(languageNames[l] ?? l, l)));
    picker.value = opened.language;
    picker.disabled = opened.role === "Observer";
    // A concept question is talked through: a shared text for the answer, nothing to run.
    const concept = opened.language === "text";
    picker.hidden = concept;
    $("room-run").hidden = concept;
    $("room-submit").hidden = concept;
    $("room-console").hidden = concept;
    $("room-console-form").hidden = opened.role === "Observer";
    $<HTMLSelectElement>("room-problem").value = opened.problem.slug;
    this.showBriefing(opened);
    this.mountEditor();
  }

  private async rejoin(): Promise<void> {
    await this.joinFrom(this.lastId, (joined) => this.again(joined));
    this.announce();
    // What the old connection sent and never heard stored goes again (Yjs takes an update twice without harm).
    this.connectionGeneration++;
    this.inFlight = 0;
    this.flush();
  }

  private again(joined: Joined): void {
    for (const e of joined.events) this.apply(e);
    this.showTimer(joined.timer);
    for (const reveal of joined.scorecards) this.reveal(reveal);
    // Anything that changed while away (a swap, another problem) shows now.
    this.open(joined.now);
    this.status(`Connected as ${this.name}.`, false);
  }

  /**
   * Sends every edit not yet sent, without waiting for the ones before to be stored: the hub takes a connection's
   * calls in order and answers them in order, so each answer (the stored id) is the oldest edit's.
   */
  private flush(): void {
    const generation = this.connectionGeneration;
    while (this.seated && this.inFlight < this.outbox.length && this.connection.state === HubConnectionState.Connected) {
      const update = this.outbox[this.inFlight++]!;
      this.connection.invoke<number>("Update", toBase64(update)).then(
        (id) => {
          if (generation !== this.connectionGeneration) return;
          this.seen.add(id);
          this.lastId = Math.max(this.lastId, id);
          this.outbox.shift();
          this.inFlight--;
        },
        (error: Error) => this.unsent(generation, error));
    }
  }

  /**
   * An edit was not stored. The connection went, or this one has not joined yet: it goes again once joined. Too
   * many calls: everything not yet stored goes again in a second. Refused for what it is (too large, not a Yjs
   * update): it cannot be shared, so it is dropped, and the page says so. (Edits after it may have been stored
   * meanwhile; sent again, they do no harm.)
   */
  private unsent(generation: number, error: Error): void {
    if (generation !== this.connectionGeneration) return;
    this.connectionGeneration++;
    this.inFlight = 0;
    if (this.connection.state !== HubConnectionState.Connected) return;
    const message = error.message.replace(/^.*HubException: /, "");
    // Refused for what it is (too large, not an update): it never will be taken. Anything else (too many calls,
    // a connection between seats): it goes again.
    if (message.startsWith("A document update")) {
      this.outbox.shift();
      this.status(`An edit could not be shared: ${message}`, true);
    }
    window.setTimeout(() => this.flush(), 1000);
  }

  private apply(e: RoomEvent): void {
    if (this.seen.has(e.id) && e.kind !== "Document") return;
    this.seen.add(e.id);
    this.lastId = Math.max(this.lastId, e.id);
    switch (e.kind) {
      case "Document":
        // Yjs updates are idempotent: one seen twice (log and live) does no harm.
        Y.applyUpdate(this.doc, fromBase64(e.payload), "remote");
        break;
      case "Chat":
      case "Note":
        this.line(e.kind === "Note" ? "room-notes" : "room-chat", `${e.authorName}: ${utf8(e.payload)}`);
        break;
      case "Language":
        this.language = (JSON.parse(utf8(e.payload)) as { to: string }).to;
        $<HTMLSelectElement>("room-language").value = this.language;
        this.mountEditor();
        break;
      case "Problem":
        // What the participant works on comes with Opened (by role); the entry is for the replay.
        break;
      case "Run": {
        const run = JSON.parse(utf8(e.payload)) as { mode: string; language: string };
        $("room-results").replaceChildren();
        this.line("room-results", `${e.authorName} ${run.mode === "submit" ? "submitted" : "ran"} the ${languageNames[run.language] ?? run.language} code…`);
        break;
      }
      case "Result": {
        const result = JSON.parse(utf8(e.payload)) as { verdict: string | null; passed: number | null; total: number | null; compileOutput: string | null };
        this.line("room-results", `Verdict: ${result.verdict ?? "none"}${result.total ? ` (${result.passed}/${result.total} tests)` : ""}`);
        if (result.compileOutput) this.line("room-results", result.compileOutput);
        break;
      }
      case "Scorecards":
        this.reveal(JSON.parse(utf8(e.payload)) as Reveal);
        break;
      case "ConsoleInput": {
        const input = JSON.parse(utf8(e.payload)) as { language: string; code: string };
        this.consoleEntries.set(e.id, consoleEntry($("room-console-log"), input.language, input.code, e.authorName));
        break;
      }
      case "ConsoleOutput": {
        const output = JSON.parse(utf8(e.payload)) as ConsoleEvaluated & { input: number; language: string };
        const entry = this.consoleEntries.get(output.input) ?? consoleEntry($("room-console-log"), output.language, "", e.authorName);
        showResult(entry, output);
        break;
      }
      case "Timer":
        break;
    }
  }

  private mountEditor(): void {
    if (this.now === null) return;
    const name = `code:${this.now.problem.slug}:${this.language}`;
    const readOnly = this.now.role === "Observer";
    // Remounting the same text for the same role would drop the editor's undo history and selection for nothing.
    if (this.mounted === `${name}/${readOnly}`) return;
    this.mounted = `${name}/${readOnly}`;
    const text = this.doc.getText(name);
    const undoManager = new Y.UndoManager(text);
    const state = EditorState.create({
      doc: text.toString(),
      extensions: [
        keymap.of([...yUndoManagerKeymap, ...closeBracketsKeymap, ...defaultKeymap, indentWithTab]),
        lineNumbers(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(highlightStyle),
        indentUnit.of("    "),
        languageSupport(this.language),
        theme,
        EditorState.readOnly.of(readOnly),
        EditorView.contentAttributes.of({ "aria-label": `Shared ${languageNames[this.language] ?? this.language} code`, "data-language": this.language }),
        yCollab(text, this.awareness, { undoManager }),
      ],
    });
    if (this.view === null) {
      this.view = new EditorView({ state, parent: $("room-editor") });
    } else {
      this.view.setState(state);
    }
  }

  private async switchLanguage(language: string): Promise<void> {
    await this.connection.invoke<number>("Language", language);
    this.language = language;
    this.mountEditor();
  }

  /**
   * Sends this participant's presence again, one clock later: the others dropped it when our connection went
   * (and ignore a state they have seen), and a newcomer has never had it.
   */
  private announce(): void {
    this.awareness.setLocalState(this.awareness.getLocalState());
  }

  private presence(connectionId: string, state: string): void {
    // Someone new (a join, a reconnect): they have not had our presence yet.
    if (!this.peers.has(connectionId)) this.announce();
    const before = new Set(this.awareness.getStates().keys());
    applyAwarenessUpdate(this.awareness, fromBase64(state), connectionId);
    const ids = this.peers.get(connectionId) ?? new Set<number>();
    for (const id of this.awareness.getStates().keys()) {
      if (!before.has(id) && id !== this.doc.clientID) ids.add(id);
    }
    this.peers.set(connectionId, ids);
  }

  private left(connectionId: string): void {
    const ids = this.peers.get(connectionId);
    if (ids !== undefined) {
      removeAwarenessStates(this.awareness, [...ids], "remote");
      this.peers.delete(connectionId);
    }
  }

  private showTimer(timer: TimerView): void {
    this.timer = timer;
    this.timerBase = performance.now();
    this.tick();
  }

  tick(): void {
    if (this.timer === null) return;
    const elapsed = this.timer.running ? (performance.now() - this.timerBase) / 1000 : 0;
    const left = Math.max(0, Math.round(this.timer.remainingSeconds - elapsed));
    $("room-timer").textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}${this.timer.running ? "" : " (paused)"}`;
  }

  private progress(test: TestResult): void {
    this.line("room-results", `Test ${test.index + 1} (${test.kind}): ${test.verdict}`);
  }

  private showBriefing(opened: Opened): void {
    const panel = $("room-briefing");
    const briefing = opened.briefing;
    $("room-swap").hidden = !(this.joined?.mode === "Peer" && opened.round === 1);
    if (briefing === null) {
      // Not the interviewer (or no longer, after a swap): nothing of the briefing stays on the page.
      $("room-briefing-body").replaceChildren();
      $("room-notes").replaceChildren();
      panel.hidden = true;
      return;
    }
    const parts: HTMLElement[] = [];
    const heading = (text: string): HTMLElement => Object.assign(document.createElement("h3"), { textContent: text });
    parts.push(heading("Rubric"));
    const rubric = document.createElement("ul");
    rubric.replaceChildren(...briefing.rubric.map((r) => Object.assign(document.createElement("li"), { textContent: r })));
    parts.push(rubric);
    for (const [language, code] of Object.entries(briefing.referenceSolutions)) {
      parts.push(heading(`Reference solution (${languageNames[language] ?? language})`));
      parts.push(Object.assign(document.createElement("pre"), { textContent: code }));
    }
    if (briefing.conceptAnswers) {
      parts.push(heading("Answers"), Object.assign(document.createElement("pre"), { textContent: briefing.conceptAnswers }));
    }
    $("room-briefing-body").replaceChildren(...parts);
    panel.hidden = false;
  }

  /** A round's scorecards, with the calibration: the candidate's self-rating minus the interviewer's, per dimension. */
  reveal(reveal: Reveal): void {
    const dimensions: [string, string][] = [["problemSolving", "problem solving"], ["coding", "coding"], ["communication", "communication"], ["testing", "testing"]];
    const gaps = dimensions.map(([key, name]) => {
      const gap = reveal.gap[key] ?? 0;
      return `${name} ${gap > 0 ? "+" : ""}${gap}`;
    }).join(", ");
    const list = $("room-scorecards");
    const id = `room-reveal-${reveal.round}`;
    if (document.getElementById(id) !== null) return;
    const round = this.joined?.mode === "Peer" ? `Round ${reveal.round}: s` : "S";
    list.append(Object.assign(document.createElement("p"), { id, textContent: `${round}corecards revealed. Candidate's self-rating minus the interviewer's: ${gaps}.` }));
    // The form stays while a round is still to score (a peer room has two).
    const rounds = this.joined?.mode === "Peer" ? 2 : 1;
    $<HTMLFormElement>("room-scorecard-form").hidden = list.children.length >= rounds;
  }

  private line(list: string, text: string): void {
    const item = document.createElement("li");
    item.textContent = text;
    $(list).append(item);
  }

  status(text: string, warning: boolean): void {
    const status = $("room-status");
    status.textContent = text;
    status.classList.toggle("room__status--warning", warning);
  }
}

async function main(): Promise<void> {
  const token = decodeURIComponent(window.location.hash.slice(1));
  const form = $<HTMLFormElement>("room-join");
  if (token.length === 0) {
    $("room-status").textContent = "This page needs an invite link: ask the interviewer for yours.";
    form.hidden = true;
    return;
  }
  const nameInput = $<HTMLInputElement>("room-name");
  nameInput.value = localStorage.getItem("room-name") ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (name.length === 0) return;
    localStorage.setItem("room-name", name);
    form.hidden = true;
    void start(token, name);
  });
}

async function start(token: string, name: string): Promise<void> {
  // Reconnect for as long as the page is open (a laptop lid closed for an hour included): at once, then after
  // 0.5, 1, 2 and 5 s, then every 10 s. Edits made meanwhile wait in the outbox.
  const retryDelays = [0, 500, 1000, 2000, 5000];
  const connection = new HubConnectionBuilder()
    .withUrl("/hubs/room")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => retryDelays[retry.previousRetryCount] ?? 10000 })
    .build();
  const room = new Room(connection, token, name);
  (window as unknown as { room: Room }).room = room;
  try {
    await connection.start();
    await room.join();
  } catch (error) {
    room.status(`Could not join: ${error instanceof Error ? error.message.replace(/^.*HubException: /, "") : String(error)}`, true);
    return;
  }
  $("room-workspace").hidden = false;
  window.setInterval(() => room.tick(), 1000);
  const invoke = (method: string, ...args: unknown[]) => connection.invoke(method, ...args).catch((error: Error) => room.status(error.message.replace(/^.*HubException: /, ""), true));
  $("room-run").addEventListener("click", () => void invoke("Run", "run"));
  $("room-submit").addEventListener("click", () => void invoke("Run", "submit"));
  // A one-line form that sends its text with a hub method and shows it in a list (the hub sends it to the others).
  const lineForm = (form: string, input: string, list: string, method: string): void => {
    $<HTMLFormElement>(form).addEventListener("submit", (event) => {
      event.preventDefault();
      const field = $<HTMLInputElement>(input);
      const text = field.value.trim();
      if (text.length === 0) return;
      field.value = "";
      void invoke(method, text);
      const item = document.createElement("li");
      item.textContent = `${name}: ${text}`;
      $(list).append(item);
    });
  };
  lineForm("room-chat-form", "room-chat-input", "room-chat", "Chat");
  // The shared console: the snippet and its result come back as room entries, to everyone, the sender too.
  const consoleInput = $<HTMLTextAreaElement>("room-console-input");
  const evaluate = (): void => {
    const code = consoleInput.value;
    if (code.trim() === "") return;
    consoleInput.value = "";
    void invoke("Console", code);
  };
  $<HTMLFormElement>("room-console-form").addEventListener("submit", (event) => {
    event.preventDefault();
    evaluate();
  });
  consoleInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      evaluate();
    }
  });
  const scorecard = $<HTMLFormElement>("room-scorecard-form");
  scorecard.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(scorecard);
    const score = (key: string): number => Number(data.get(key));
    // In a peer room a peer scores the round they interviewed (with a hire signal) and rates themself in the other.
    const round = document.body.dataset.mode === "Peer" ? Number(data.get("round")) : null;
    const interviewing = round === null || round === Number(document.body.dataset.round)
      ? document.body.dataset.role === "Interviewer"
      : document.body.dataset.role === "Candidate";
    const card = {
      problemSolving: score("problemSolving"),
      coding: score("coding"),
      communication: score("communication"),
      testing: score("testing"),
      hire: interviewing ? String(data.get("hire")) : null,
      comments: String(data.get("comments") ?? ""),
      round,
    };
    void connection.invoke<Reveal | null>("Score", card).then(
      (reveal) => (reveal === null ? room.status("Scorecard filed; it is shown when the other one is in.", false) : room.reveal(reveal)),
      (error: Error) => room.status(error.message.replace(/^.*HubException: /, ""), true));
  });
  if (document.body.dataset.role !== "Candidate" && document.body.dataset.role !== "Interviewer") scorecard.hidden = true;
  // The interviewer's panel: hidden and empty on everyone else's page (roles swap in a peer room).
  $("room-open").addEventListener("click", () => void invoke("Problem", $<HTMLSelectElement>("room-problem").value));
  $("room-swap").addEventListener("click", () => void invoke("Swap"));
  $("room-timer-start").addEventListener("click", () => void invoke("Timer", "Start", 0));
  $("room-timer-pause").addEventListener("click", () => void invoke("Timer", "Pause", 0));
  $("room-timer-extend").addEventListener("click", () => void invoke("Timer", "Extend", 5));
  lineForm("room-note-form", "room-note-input", "room-notes", "Note");
}

void main();
