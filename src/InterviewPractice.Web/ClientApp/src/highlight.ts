import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import cpp from "highlight.js/lib/languages/cpp";
import csharp from "highlight.js/lib/languages/csharp";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import yaml from "highlight.js/lib/languages/yaml";

// The core plus the languages problems are written in or quote: the full bundle is ten times larger.
hljs.registerLanguage("bash", bash);
hljs.registerLanguage("cpp", cpp);
hljs.registerLanguage("csharp", csharp);
hljs.registerLanguage("java", java);
hljs.registerLanguage("javascript", javascript);
hljs.registerLanguage("json", json);
hljs.registerLanguage("plaintext", plaintext);
hljs.registerLanguage("python", python);
hljs.registerLanguage("sql", sql);
hljs.registerLanguage("typescript", typescript);
hljs.registerLanguage("yaml", yaml);
hljs.registerAliases(["text", "txt", "output", "console"], { languageName: "plaintext" });

function languageOf(code: HTMLElement): string | undefined {
  for (const name of code.classList) {
    if (name.startsWith("language-")) {
      return name.slice("language-".length);
    }
  }
  return undefined;
}

/** Highlights every `<pre><code class="language-x">` under `root` whose language is known. */
export function highlightCode(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>("pre > code[class*='language-']")) {
    const language = languageOf(code);
    // hljs logs a console error for a language it does not know; an unknown fence stays plain text instead.
    if (language === undefined || hljs.getLanguage(language) === undefined || code.dataset["highlighted"] === "yes") {
      continue;
    }
    hljs.highlightElement(code);
  }
}
