// The problem page: typeset the statement's math, highlight its code and the starter code, wire the tabs.
// Concept part prompts are typeset here too, so KaTeX is bundled once, not again in concept.js.
import { highlightCode } from "./highlight";
import { renderInlineMath, renderMarkdigMath } from "./math";
import { initTabs } from "./tabs";

function init(): void {
  for (const statement of document.querySelectorAll<HTMLElement>("[data-statement]")) {
    renderMarkdigMath(statement);
    highlightCode(statement);
  }
  for (const prompt of document.querySelectorAll<HTMLElement>(".part-prompt")) {
    renderInlineMath(prompt);
  }
  const editor = document.getElementById("editor");
  if (editor !== null) {
    highlightCode(editor);
    for (const list of editor.querySelectorAll<HTMLElement>("[role='tablist']")) {
      initTabs(list);
    }
  }
}

// Markup added after load (a concept part's explanation, once graded) asks for the same treatment.
document.addEventListener("typeset", (event) => {
  if (event.target instanceof HTMLElement) {
    renderMarkdigMath(event.target);
    highlightCode(event.target);
  }
});

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", init, { once: true });
} else {
  init();
}
