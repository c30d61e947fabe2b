// The console: a REPL in the sandbox for the editor's language (POST /api/console). A session is opened on the
// first snippet and kept while the page uses it; changing language opens another, leaving the page closes it.
// Each snippet shows as its input, what it printed, then its value or error, in order.

/** What the server answers for one snippet (ConsoleEvaluated). */
export interface ConsoleEvaluated {
  session: string;
  stdout: string;
  value?: string | null;
  error?: string | null;
  line?: number | null;
  outputLimit: boolean;
  restarted?: string | null;
  ms: number;
}

interface Problem {
  title?: string;
  detail?: string;
}

class ConsoleError extends Error {}

async function post(body: object): Promise<Response> {
  const response = await fetch("/api/console", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok && response.status !== 204) {
    const problem = (await response.json().catch(() => ({}))) as Problem;
    throw new ConsoleError(problem.detail ?? problem.title ?? `The console answered ${response.status}.`);
  }
  return response;
}

/** A console log's entry for a snippet: its input line (with who typed it, in a room); results are added to it. */
export function consoleEntry(log: HTMLElement, language: string, code: string, who?: string): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "console__entry";
  item.dataset["language"] = language;
  const input = document.createElement("pre");
  input.className = "console__input-echo";
  input.textContent = code;
  if (who !== undefined) {
    input.dataset["who"] = who;
  }
  item.append(input);
  log.append(item);
  item.scrollIntoView({ block: "nearest" });
  return item;
}

/** Adds what a snippet gave to its entry, in order: output, value, error, and why the session restarted. */
export function showResult(item: HTMLElement, result: Partial<ConsoleEvaluated> & { error?: string | null }): void {
  const add = (kind: string, text: string): void => {
    const block = document.createElement("pre");
    block.className = `console__${kind}`;
    block.textContent = text;
    item.append(block);
  };
  // Absent fields are left out of the JSON, not null: test for values, not for null.
  if (result.stdout) {
    add("stdout", result.stdout + (result.outputLimit ? "\n[output cut at 64 KiB]" : ""));
  }
  if (result.value) {
    add("value", result.value);
  }
  if (result.error) {
    add("error", typeof result.line === "number" ? `Line ${result.line}: ${result.error}` : result.error);
  }
  if (result.restarted) {
    add("notice", result.restarted);
  }
  item.dataset["done"] = "true";
  item.scrollIntoView({ block: "nearest" });
}

function renderEntry(log: HTMLElement, language: string, code: string, result: Partial<ConsoleEvaluated>): void {
  showResult(consoleEntry(log, language, code), result);
}

/** The problem page's console panel. */
export class ConsoleView {
  private session: { id: string; language: string } | null = null;
  private busy = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly language: () => string,
  ) {
    const input = this.element<HTMLTextAreaElement>("[data-console-input]");
    this.element<HTMLButtonElement>("[data-console-eval]").addEventListener("click", () => void this.evaluate());
    this.element<HTMLButtonElement>("[data-console-reset]").addEventListener("click", () => void this.reset());
    this.element<HTMLButtonElement>("[data-console-clear]").addEventListener("click", () => {
      this.element("[data-console-log]").replaceChildren();
    });
    // Enter evaluates (as in a REPL); Shift+Enter starts a new line.
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        event.stopPropagation();
        void this.evaluate();
      }
    });
    // Leaving the page ends the session at once rather than at its idle timeout.
    window.addEventListener("pagehide", () => this.closeNow());
  }

  private element<T extends HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (found === null) {
      throw new Error(`The console markup has no ${selector}.`);
    }
    return found;
  }

  private say(text: string): void {
    this.element("[data-console-status]").textContent = text;
  }

  /** Evaluates the input box's snippet in a session of the editor's current language. */
  async evaluate(): Promise<void> {
    const input = this.element<HTMLTextAreaElement>("[data-console-input]");
    const code = input.value;
    if (this.busy || code.trim() === "") {
      return;
    }
    this.busy = true;
    this.root.setAttribute("aria-busy", "true");
    const language = this.language();
    try {
      if (this.session !== null && this.session.language !== language) {
        this.closeNow();
      }
      if (this.session === null) {
        this.say("Starting the console…");
        const opened = (await (await post({ action: "open", language })).json()) as { session: string };
        this.session = { id: opened.session, language };
      }
      this.say("Running…");
      let response: Response;
      try {
        response = await post({ action: "eval", session: this.session.id, code });
      } catch (error) {
        // The session ended (idle too long, the server restarted): open another and try once more.
        if (error instanceof ConsoleError && /no open console session/i.test(error.message)) {
          this.session = null;
          const opened = (await (await post({ action: "open", language })).json()) as { session: string };
          this.session = { id: opened.session, language };
          renderEntry(this.element("[data-console-log]"), language, "", { error: "The earlier session had ended: this is a new one, with nothing defined." });
          response = await post({ action: "eval", session: this.session.id, code });
        } else {
          throw error;
        }
      }
      const result = (await response.json()) as ConsoleEvaluated;
      renderEntry(this.element("[data-console-log]"), language, code, result);
      input.value = "";
      this.say(`${result.ms.toFixed(0)} ms`);
    } catch (error) {
      renderEntry(this.element("[data-console-log]"), language, code, { error: error instanceof Error ? error.message : String(error) });
      this.say("");
    } finally {
      this.busy = false;
      this.root.removeAttribute("aria-busy");
      input.focus();
    }
  }

  /** Starts the session again with nothing defined. */
  async reset(): Promise<void> {
    if (this.session === null || this.busy) {
      return;
    }
    try {
      await post({ action: "reset", session: this.session.id });
      this.say("Reset: nothing is defined.");
    } catch (error) {
      this.session = null;
      this.say(error instanceof Error ? error.message : String(error));
    }
  }

  private closeNow(): void {
    if (this.session === null) {
      return;
    }
    const body = JSON.stringify({ action: "close", session: this.session.id });
    this.session = null;
    if (!navigator.sendBeacon("/api/console", new Blob([body], { type: "application/json" }))) {
      void fetch("/api/console", { method: "POST", headers: { "Content-Type": "application/json" }, body, keepalive: true }).catch(() => undefined);
    }
  }
}
