// The code problem's workbench: turns the read-only starter code in #editor into an editor with a language
// picker (code kept per language in localStorage), Run and Submit, and the judge's results as they arrive.
// Without this script the page still shows the starter code, in tabs.
import { CodeEditor } from "./code-editor";
import { ConsoleView } from "./console";
import { PracticeTimer } from "./practice-timer";
import { parseCustomInputs } from "./custom-inputs";
import { ResultsView } from "./results";
import { submit, SubmissionError, type SubmissionRequest } from "./submissions";

const languageNames: Record<string, string> = { csharp: "C#", javascript: "JavaScript", python: "Python" };

/** localStorage that may be missing or full (private windows, quotas): the editor works without it. */
const store = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, value);
      }
    } catch {
      // Not saved: the code is still in the editor.
    }
  },
};

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (element === null) {
    throw new Error(`The editor markup has no ${selector}.`);
  }
  return element;
}

function isModEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey;
}

function init(): void {
  const section = document.getElementById("editor");
  const workbench = section?.querySelector<HTMLElement>("[data-workbench]");
  if (section === null || section === undefined || workbench === null || workbench === undefined) {
    return;
  }
  const slug = section.dataset["slug"] ?? "";
  const io = section.dataset["io"] ?? "function";
  const languages = (section.dataset["languages"] ?? "").split(",").filter((l) => l !== "");
  const starter = new Map<string, string>();
  for (const language of languages) {
    const code = section.querySelector(`#panel-${CSS.escape(language)} code`)?.textContent;
    if (code !== null && code !== undefined) {
      starter.set(language, code);
    }
  }
  if (languages.length === 0 || starter.size !== languages.length) {
    return;
  }

  const picker = required<HTMLSelectElement>(workbench, "#editor-language");
  const resetButton = required<HTMLButtonElement>(workbench, "[data-action='reset']");
  const note = required<HTMLElement>(workbench, "[data-editor-note]");
  const runButton = required<HTMLButtonElement>(workbench, "[data-action='run']");
  const submitButton = required<HTMLButtonElement>(workbench, "[data-action='submit']");
  const customBox = required<HTMLDetailsElement>(workbench, "[data-custom]");
  const customInput = required<HTMLTextAreaElement>(workbench, "#custom-inputs");
  const customError = required<HTMLElement>(workbench, "#custom-inputs-error");
  const results = new ResultsView(
    required<HTMLElement>(workbench, "#verdict"),
    required<HTMLOListElement>(workbench, "[data-tests]"),
    required<HTMLElement>(workbench, "[data-extra]"),
    io,
  );

  const codeKey = (language: string): string => `interviewpractice:code:${slug}:${language}`;
  const savedAtKey = (language: string): string => `interviewpractice:saved:${slug}:${language}`;
  const languageKey = `interviewpractice:language:${slug}`;
  // Signed in, the page carries the account's drafts (null for a visitor): the newer of a language's server
  // draft and this browser's copy wins, and saves go to both.
  // (Razor writes a data- attribute even when its value is null: a visitor's is empty.)
  const drafts = section.dataset["drafts"] ?? "";
  const serverDrafts: Map<string, { code: string; updatedAt: number }> | null = drafts === ""
    ? null
    : new Map((JSON.parse(drafts) as { language: string; code: string; updatedAt: string }[])
      .map((d) => [d.language, { code: d.code, updatedAt: Date.parse(d.updatedAt) }]));
  const savedAt = (language: string): number => Date.parse(store.get(savedAtKey(language)) ?? "") || 0;
  const upload = (language: string, code: string): void => {
    if (serverDrafts === null) {
      return;
    }
    serverDrafts.set(language, { code, updatedAt: Date.now() });
    void fetch(`/api/me/drafts/${encodeURIComponent(slug)}/${encodeURIComponent(language)}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code }),
      keepalive: true,
    }).catch(() => undefined);
  };
  const initial = (language: string): { code: string; starter: boolean } => {
    const saved = store.get(codeKey(language));
    const server = serverDrafts?.get(language);
    if (server !== undefined && (saved === null || server.updatedAt > savedAt(language))) {
      return { code: server.code, starter: false };
    }
    return saved !== null ? { code: saved, starter: false } : { code: starter.get(language) ?? "", starter: true };
  };
  // Code written in this browser before signing in (or while the server was away) goes up now: a visitor's
  // drafts are kept when they make an account.
  for (const language of languages) {
    const saved = store.get(codeKey(language));
    const server = serverDrafts?.get(language);
    if (serverDrafts !== null && saved !== null && (server === undefined || savedAt(language) > server.updatedAt)) {
      upload(language, saved);
    }
  }

  // Saved a moment after typing stops, and at once when the page is left or the language changes.
  let pending: { language: string; code: string } | undefined;
  let saveTimer = 0;
  const flush = (): void => {
    window.clearTimeout(saveTimer);
    if (pending !== undefined) {
      // Code equal to the starter is not kept: a later change of the starter code then shows through.
      store.set(codeKey(pending.language), pending.code === starter.get(pending.language) ? null : pending.code);
      store.set(savedAtKey(pending.language), new Date().toISOString());
      upload(pending.language, pending.code);
      pending = undefined;
    }
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      flush();
    }
  });

  let busy = false;
  const judge = async (mode: "run" | "submit"): Promise<void> => {
    if (busy) {
      return;
    }
    const request: SubmissionRequest = { problem: slug, language: editor.language, code: editor.code, mode };
    if (mode === "run") {
      const parsed = parseCustomInputs(customInput.value, io);
      if (!parsed.ok) {
        customError.textContent = parsed.error;
        customError.hidden = false;
        customInput.setAttribute("aria-invalid", "true");
        customBox.open = true;
        customInput.focus();
        return;
      }
      if (parsed.inputs.length > 0) {
        request.customInputs = parsed.inputs;
      }
    }
    if (request.code.trim() === "") {
      results.error(new SubmissionError("The editor is empty: write a solution first.", "No code"));
      return;
    }
    flush();
    busy = true;
    runButton.disabled = true;
    submitButton.disabled = true;
    workbench.setAttribute("aria-busy", "true");
    results.start(mode);
    try {
      const view = await submit(request, {
        status: (status) => results.status(status),
        test: (test) => results.test(test),
      });
      results.done(view);
      // The compiler's "Line N: message" lines, marked on the editor's lines.
      editor.markErrors(view.verdict === "CompilationError"
        ? [...(view.compileOutput ?? "").matchAll(/^Line (\d+): (.+)$/gm)].map((m) => ({ line: Number(m[1]), message: m[2]! }))
        : []);
      if (mode === "submit" && view.verdict === "Accepted") {
        timer?.solved();
      }
    } catch (error) {
      results.error(error instanceof SubmissionError ? error : new SubmissionError(String(error), "Something went wrong"));
    } finally {
      busy = false;
      runButton.disabled = false;
      submitButton.disabled = false;
      workbench.removeAttribute("aria-busy");
    }
  };

  const savedLanguage = store.get(languageKey);
  const firstLanguage = savedLanguage !== null && languages.includes(savedLanguage) ? savedLanguage : (languages[0] ?? "");
  const first = initial(firstLanguage);
  const mount = required<HTMLElement>(workbench, "[data-code-editor]");
  const editor = new CodeEditor({
    parent: mount,
    label: (language) => `Code editor, ${languageNames[language] ?? language}`,
    describedBy: "editor-help",
    onChange: (language, code) => {
      pending = { language, code };
      window.clearTimeout(saveTimer);
      saveTimer = window.setTimeout(flush, 300);
    },
    commands: [
      { key: "Mod-Enter", run: () => void judge("run") },
      { key: "Mod-Shift-Enter", run: () => void judge("submit") },
    ],
  }, firstLanguage, first.code, first.starter);
  picker.value = firstLanguage;

  picker.addEventListener("change", () => {
    flush();
    editor.switchTo(picker.value, () => initial(picker.value));
    store.set(languageKey, picker.value);
    note.textContent = "";
  });
  resetButton.addEventListener("click", () => {
    editor.replace(starter.get(editor.language) ?? "");
    note.textContent = "Back to the starter code. Ctrl+Z (⌘Z) brings your code back.";
    editor.focus();
  });
  // Timed practice is for accounts: a visitor's page has no timer.
  const timerRoot = workbench.querySelector<HTMLElement>("[data-timer]");
  const timer = timerRoot && new PracticeTimer(timerRoot, `interviewpractice:timer:${slug}`, {
    submit: () => judge("submit"),
    say: (text) => {
      note.textContent = text;
    },
  }, store);
  // The console runs snippets in the editor's language; Run and Submit bring the results back into view.
  const consoleRoot = workbench.querySelector<HTMLElement>("[data-console]");
  if (consoleRoot !== null) {
    new ConsoleView(consoleRoot, () => editor.language);
  }
  const showResults = (): void => workbench.querySelector<HTMLButtonElement>("#tab-results")?.click();
  runButton.addEventListener("click", showResults);
  submitButton.addEventListener("click", showResults);
  runButton.addEventListener("click", () => void judge("run"));
  submitButton.addEventListener("click", () => void judge("submit"));
  customInput.addEventListener("input", () => {
    customError.hidden = true;
    customInput.removeAttribute("aria-invalid");
  });
  // Ctrl/Cmd+Enter runs from anywhere in the workbench (the custom inputs, the buttons); with Shift it submits.
  workbench.addEventListener("keydown", (event) => {
    if (!event.defaultPrevented && isModEnter(event)) {
      event.preventDefault();
      void judge(event.shiftKey ? "submit" : "run");
    }
  });

  // The editor replaces the read-only starter code.
  const title = section.querySelector<HTMLElement>("#editor-title");
  if (title !== null) {
    title.textContent = "Your solution";
  }
  section.querySelector<HTMLElement>("[data-starter]")?.setAttribute("hidden", "");
  workbench.hidden = false;
  section.classList.add("editor--live");
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", init, { once: true });
} else {
  init();
}
