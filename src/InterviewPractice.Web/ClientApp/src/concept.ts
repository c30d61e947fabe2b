// Concept problems: collect each part's answer, POST them to the grading API, show per-part feedback and the
// author's explanation of each answered part.
type Answer = number | string | string[] | Array<Array<number | string>>;

interface PartGrade {
  id: string;
  score: number;
  points: number;
  correct: boolean;
  feedback: string;
  // Markdig's HTML (raw HTML disabled on the server); only for parts that were answered.
  explanationHtml?: string;
}

interface ConceptGrade {
  parts: PartGrade[];
  score: number;
  maxScore: number;
}

interface ProblemDetails {
  title?: string;
  detail?: string;
}

// Numbers go as JSON numbers; anything else goes as typed, so the grader can say what is wrong with it.
function numberOrText(raw: string): number | string {
  const text = raw.trim();
  const value = text === "" ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : text;
}

function answerOf(part: HTMLFieldSetElement): Answer | undefined {
  const inputs = [...part.querySelectorAll<HTMLInputElement>("input")];
  switch (part.dataset["type"]) {
    case "number": {
      const text = inputs[0]?.value.trim() ?? "";
      return text === "" ? undefined : numberOrText(text);
    }
    case "text": {
      const text = inputs[0]?.value.trim() ?? "";
      return text === "" ? undefined : text;
    }
    case "choice":
      return inputs.find((i) => i.checked)?.value;
    case "multi": {
      // Nothing ticked reads as "not answered yet", like a blank box, rather than as the empty set.
      const picks = inputs.filter((i) => i.checked).map((i) => i.value);
      return picks.length === 0 ? undefined : picks;
    }
    case "matrix": {
      if (inputs.every((i) => i.value.trim() === "")) {
        return undefined;
      }
      const rows: Array<Array<number | string>> = [];
      for (const input of inputs) {
        const row = Number(input.dataset["row"]);
        const column = Number(input.dataset["column"]);
        (rows[row] ??= [])[column] = numberOrText(input.value);
      }
      return rows;
    }
    default:
      return undefined;
  }
}

function format(value: number): string {
  return value.toLocaleString("en", { maximumFractionDigits: 2 });
}

function isGrade(value: unknown): value is ConceptGrade {
  const grade = value as Partial<ConceptGrade> | null;
  return typeof grade === "object" && grade !== null && Array.isArray(grade.parts)
    && typeof grade.score === "number" && typeof grade.maxScore === "number";
}

// KaTeX lives in problem.js, loaded on the same page; it typesets what is announced with a "typeset" event.
function showExplanation(element: HTMLElement, html: string | undefined): void {
  element.hidden = html === undefined;
  element.innerHTML = html ?? "";
  if (html !== undefined) {
    element.dispatchEvent(new CustomEvent("typeset", { bubbles: true }));
  }
}

function showGrade(form: HTMLFormElement, grade: ConceptGrade, total: HTMLElement): void {
  for (const part of grade.parts) {
    const fieldset = form.querySelector<HTMLFieldSetElement>(`fieldset[data-part="${CSS.escape(part.id)}"]`);
    const feedback = fieldset?.querySelector<HTMLElement>(".feedback");
    if (fieldset === null || fieldset === undefined || feedback === null || feedback === undefined) {
      continue;
    }
    fieldset.dataset["result"] = part.correct ? "correct" : "wrong";
    feedback.hidden = false;
    feedback.classList.remove("is-stale");
    feedback.textContent = `${part.correct ? "✓" : "✗"} ${part.feedback} (${format(part.score)} / ${format(part.points)})`;
    const explanation = fieldset.querySelector<HTMLElement>(".explanation");
    if (explanation !== null) {
      showExplanation(explanation, part.explanationHtml);
    }
  }
  total.textContent = `Score: ${format(grade.score)} / ${format(grade.maxScore)}`;
  total.dataset["result"] = grade.score >= grade.maxScore ? "correct" : "partial";
}

async function submit(form: HTMLFormElement, total: HTMLElement): Promise<void> {
  const answers: Record<string, Answer> = {};
  for (const part of form.querySelectorAll<HTMLFieldSetElement>("fieldset[data-part]")) {
    const answer = answerOf(part);
    if (answer !== undefined) {
      answers[part.dataset["part"] ?? ""] = answer;
    }
  }
  const button = form.querySelector<HTMLButtonElement>("button[type='submit']");
  button?.setAttribute("disabled", "");
  form.setAttribute("aria-busy", "true");
  total.textContent = "Checking…";
  delete total.dataset["result"];
  try {
    const response = await fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      // A randomized problem is graded against the variant this page shows.
      body: JSON.stringify({ answers, variant: form.dataset["variant"] ? Number(form.dataset["variant"]) : null }),
      signal: AbortSignal.timeout(15_000),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && isGrade(body)) {
      showGrade(form, body, total);
    } else {
      const problem = (body ?? {}) as ProblemDetails;
      total.textContent = `Could not check the answers: ${problem.detail ?? problem.title ?? `HTTP ${response.status}`}`;
      total.dataset["result"] = "error";
    }
  } catch (error) {
    total.textContent = `Could not reach the server (${error instanceof Error ? error.message : String(error)}). Try again.`;
    total.dataset["result"] = "error";
  } finally {
    button?.removeAttribute("disabled");
    form.removeAttribute("aria-busy");
  }
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-concept]");
  const total = document.getElementById("concept-total");
  if (form === null || total === null) {
    return;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit(form, total);
  });
  // Feedback describes the answer it graded: once that answer changes, it is shown as out of date.
  form.addEventListener("input", (event) => {
    const feedback = (event.target as Element).closest("fieldset")?.querySelector(".feedback");
    feedback?.classList.add("is-stale");
  });
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", init, { once: true });
} else {
  init();
}
