// What a run or submit shows: a row per test as it finishes, then the verdict, compiler output or message.
import { diffChars } from "diff";
import type { SubmissionError, SubmissionView, TestResult, Verdict } from "./submissions";

const verdictNames: Record<Verdict, string> = {
  Accepted: "Accepted",
  WrongAnswer: "Wrong Answer",
  TimeLimitExceeded: "Time Limit Exceeded",
  MemoryLimitExceeded: "Memory Limit Exceeded",
  RuntimeError: "Runtime Error",
  CompilationError: "Compilation Error",
  OutputLimitExceeded: "Output Limit Exceeded",
  InternalError: "Internal Error",
};

/** Green for accepted, red for a wrong program, amber for limits and for the platform's own failures. */
function tone(verdict: Verdict): "pass" | "fail" | "warn" {
  switch (verdict) {
    case "Accepted":
      return "pass";
    case "TimeLimitExceeded":
    case "MemoryLimitExceeded":
    case "OutputLimitExceeded":
    case "InternalError":
      return "warn";
    default:
      return "fail";
  }
}

export function verdictName(verdict: string): string {
  return verdictNames[verdict as Verdict] ?? verdict;
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { class?: string; [attr: string]: string | undefined } = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) {
      element.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child);
    }
  }
  return element;
}

function memory(kb: number | null | undefined): string | undefined {
  if (kb === null || kb === undefined) {
    return undefined;
  }
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`;
}

function testTitle(test: TestResult): string {
  const number = test.index + 1;
  switch (test.kind) {
    case "Sample":
      return test.name ? `Sample ${number}: ${test.name}` : `Sample ${number}`;
    case "Custom":
      return test.name ? capitalize(test.name) : `Custom ${number}`;
    default:
      return `Hidden test ${number}`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class ResultsView {
  private readonly rows = new Map<number, HTMLLIElement>();

  constructor(
    private readonly verdict: HTMLElement,
    private readonly list: HTMLOListElement,
    private readonly extra: HTMLElement,
    private readonly io: string,
  ) {}

  /** A new submission: clears the last one's results. */
  start(mode: "run" | "submit"): void {
    this.rows.clear();
    this.list.replaceChildren();
    this.list.hidden = true;
    this.extra.replaceChildren();
    this.setVerdict("pending", mode === "run" ? "Running…" : "Judging on the hidden tests…", "Sending the code to the judge.");
    this.reveal();
  }

  status(status: string): void {
    const text =
      status === "queued" ? "Queued: waiting for a judge."
      : status === "running" ? "Running the tests."
      : undefined;
    if (text !== undefined && this.verdict.dataset["tone"] === "pending") {
      this.verdict.querySelector(".verdict__summary")!.textContent = text;
    }
  }

  test(test: TestResult): void {
    const row = this.row(test);
    const existing = this.rows.get(test.index);
    if (existing !== undefined) {
      existing.replaceWith(row);
    } else {
      // Tests usually arrive in order; a custom case graded late still lands in its place.
      const after = [...this.rows.entries()].filter(([index]) => index > test.index).sort(([a], [b]) => a - b)[0];
      this.list.insertBefore(row, after?.[1] ?? null);
    }
    this.rows.set(test.index, row);
    this.list.hidden = false;
  }

  done(view: SubmissionView): void {
    for (const test of view.tests) {
      this.test(test);
    }
    const verdict = view.verdict ?? "InternalError";
    const passed = view.passed ?? 0;
    const total = view.total ?? view.tests.length;
    const parts = [`${passed} / ${total} tests passed`];
    if (view.mode === "submit" && verdict !== "Accepted" && verdict !== "CompilationError") {
      const failed = view.tests.find((t) => t.verdict !== "Accepted");
      if (failed !== undefined) {
        parts[0] = `${passed} / ${total} tests passed; failed on hidden test ${failed.index + 1}`;
      }
    }
    if (verdict !== "CompilationError" && view.tests.length > 0) {
      parts.push(`${view.timeMs ?? 0} ms`);
      const mem = memory(view.memoryKb);
      if (mem !== undefined) {
        parts.push(mem);
      }
    }
    this.setVerdict(tone(verdict), verdictName(verdict), parts.join(" · "), verdict);

    this.extra.replaceChildren();
    if (view.compileOutput) {
      this.extra.append(el("h4", { class: "extra__title" }, "Compiler output"), el("pre", { class: "compile-output" }, view.compileOutput));
    }
    if (view.message) {
      const note = verdict === "InternalError" ? "The judge failed, not your code. Try again in a moment." : undefined;
      this.extra.append(el("h4", { class: "extra__title" }, "Message"), el("pre", { class: "verdict-message" }, view.message));
      if (note !== undefined) {
        this.extra.append(el("p", { class: "hint" }, note));
      }
    } else if (verdict === "InternalError") {
      this.extra.append(el("p", { class: "hint" }, "The judge failed, not your code. Try again in a moment."));
    }
    if (verdict === "Accepted" && view.mode === "run") {
      this.extra.append(el("p", { class: "hint" }, "The samples pass. Submit to be judged on the hidden tests."));
    }
    this.reveal();
  }

  error(error: SubmissionError): void {
    const retry = error.retryAt;
    let detail = error.message;
    if (retry !== undefined) {
      const seconds = Math.max(1, Math.ceil((retry.getTime() - Date.now()) / 1000));
      detail += ` Try again in ${seconds} second${seconds === 1 ? "" : "s"} (after ${retry.toLocaleTimeString()}).`;
    }
    this.setVerdict("error", error.title, detail);
    this.reveal();
  }

  /** Scrolls the verdict into view (in the page, or in the editor panel when that scrolls by itself). */
  private reveal(): void {
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    this.verdict.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
  }

  /** The one live region: screen readers hear the progress and the verdict, not every row. */
  private setVerdict(state: "pending" | "pass" | "fail" | "warn" | "error", title: string, summary: string, verdict?: Verdict): void {
    this.verdict.hidden = false;
    this.verdict.dataset["tone"] = state;
    if (verdict !== undefined) {
      this.verdict.dataset["verdict"] = verdict;
    } else {
      delete this.verdict.dataset["verdict"];
    }
    this.verdict.replaceChildren(
      el("p", { class: "verdict__title" }, title),
      el("p", { class: "verdict__summary" }, summary),
    );
  }

  private row(test: TestResult): HTMLLIElement {
    const passed = test.verdict === "Accepted";
    const summaryParts: Child[] = [
      el("span", { class: "test__mark", "aria-hidden": "true" }, passed ? "✓" : "✗"),
      el("span", { class: "test__name" }, testTitle(test)),
      el("span", { class: "test__verdict" }, verdictName(test.verdict)),
      // Hidden tests come without time and memory (they would hint at the hidden input).
      el("span", { class: "test__time" }, test.timeMs == null ? "" : `${test.timeMs} ms`),
      el("span", { class: "test__memory" }, memory(test.memoryKb) ?? ""),
    ];
    const row = el("li", { class: "test", "data-verdict": test.verdict, "data-kind": test.kind, "data-tone": tone(test.verdict) });
    if (test.kind === "Hidden") {
      row.append(el("div", { class: "test__summary" }, ...summaryParts));
      return row;
    }
    const details = el("details", { class: "test__details" }, el("summary", { class: "test__summary" }, ...summaryParts));
    const facts = el("dl", { class: "test__facts" });
    const fact = (term: string, value: string | undefined, cls: string): void => {
      if (value !== undefined) {
        // An empty output is shown as such, not as a box that looks like nothing loaded.
        const shown = value === "" ? el("pre", { class: `test__value ${cls} is-empty` }, el("em", {}, "(empty)")) : el("pre", { class: `test__value ${cls}` }, value);
        facts.append(el("dt", {}, term), el("dd", {}, shown));
      }
    };
    fact("Input", this.formatInput(test.input), "test__input");
    fact("Expected", this.format(test.expected), "test__expected");
    // A function that returned nothing (None, undefined) reads as null, as the checker saw it.
    fact("Your answer", this.format(test.actual) ?? (this.io !== "stdio" && test.verdict === "WrongAnswer" ? "null" : undefined), "test__actual");
    const expected = this.format(test.expected);
    const actual = this.format(test.actual);
    if (test.verdict === "WrongAnswer" && expected !== undefined && actual !== undefined) {
      facts.append(el("dt", {}, "Difference"), el("dd", {}, difference(expected, actual)));
    }
    fact("Printed", test.stdout ? test.stdout : undefined, "test__stdout");
    fact("Message", test.message ? test.message : undefined, "test__message");
    details.append(facts);
    // A failing case the user may see opens by itself: expected against actual is what they need next.
    details.open = !passed;
    row.append(details);
    return row;
  }

  private formatInput(input: unknown): string | undefined {
    if (this.io !== "stdio" && typeof input === "object" && input !== null && !Array.isArray(input)) {
      return Object.entries(input).map(([name, value]) => `${name} = ${JSON.stringify(value)}`).join("\n");
    }
    return this.format(input);
  }

  private format(value: unknown): string | undefined {
    if (value === undefined || value === null) {
      return undefined;
    }
    if (this.io === "stdio" && typeof value === "string") {
      return value;
    }
    return JSON.stringify(value);
  }
}

/**
 * Expected against actual, character by character (jsdiff): what only the expected has is struck through, what
 * only your answer has is underlined, the rest is shown once, so the first difference stands out in a long output.
 */
function difference(expected: string, actual: string): HTMLPreElement {
  const pre = el("pre", { class: "test__value test__diff", "aria-label": "Expected against your answer: removed parts are expected, added parts are yours" });
  for (const part of diffChars(expected, actual)) {
    pre.append(part.added
      ? el("ins", { class: "diff__ins", title: "only in your answer" }, part.value)
      : part.removed
        ? el("del", { class: "diff__del", title: "only in the expected" }, part.value)
        : document.createTextNode(part.value));
  }
  return pre;
}
