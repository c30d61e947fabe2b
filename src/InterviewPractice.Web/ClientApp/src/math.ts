import katex from "katex";
import renderMathInElement from "katex/contrib/auto-render";

// Markdig's math extension leaves TeX in the page as `<span class="math">\(...\)</span>` and
// `<div class="math">\[...\]</div>`. Rendering those exact elements (rather than scanning all text for
// delimiters) means a literal "$" or "\(" elsewhere in a statement, say in a code block, is never touched.
const delimiters: ReadonlyArray<readonly [string, string]> = [
  ["\\(", "\\)"],
  ["\\[", "\\]"],
  ["$$", "$$"],
  ["$", "$"],
];

function stripDelimiters(text: string): string {
  const trimmed = text.trim();
  for (const [open, close] of delimiters) {
    if (trimmed.startsWith(open) && trimmed.endsWith(close) && trimmed.length >= open.length + close.length) {
      return trimmed.slice(open.length, trimmed.length - close.length).trim();
    }
  }
  return trimmed;
}

/** Typesets every Markdig math element under `root` with KaTeX. */
export function renderMarkdigMath(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>(".math")) {
    if (element.dataset["rendered"] === "true") {
      continue;
    }
    const tex = stripDelimiters(element.textContent ?? "");
    // A typo in one formula must not stop the rest of the page: KaTeX shows the bad TeX in red instead.
    katex.render(tex, element, {
      displayMode: element.tagName === "DIV",
      throwOnError: false,
      output: "htmlAndMathml",
    });
    element.dataset["rendered"] = "true";
  }
}

/**
 * Typesets `$...$` in short plain-text labels (concept part prompts come from YAML, not Markdown, so Markdig
 * never marked their math).
 */
export function renderInlineMath(element: HTMLElement): void {
  renderMathInElement(element, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\(", right: "\\)", display: false },
      { left: "$", right: "$", display: false },
    ],
    throwOnError: false,
  });
}
