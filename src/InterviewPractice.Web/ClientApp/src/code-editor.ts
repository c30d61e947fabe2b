// The code editor: CodeMirror 6 with the three judge languages, one editor state (and undo history) per
// language, coloured through the site's CSS custom properties so dark mode needs no second theme.
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  indentUnit,
  StreamLanguage,
  syntaxHighlighting,
} from "@codemirror/language";
import { csharp } from "@codemirror/legacy-modes/mode/clike";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorSelection, EditorState, type Extension, Prec } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { tags } from "@lezer/highlight";

export const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword, tags.definitionKeyword], color: "var(--code-keyword)" },
  { tag: [tags.string, tags.special(tags.string), tags.regexp, tags.character], color: "var(--code-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--code-number)" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment, tags.docComment], color: "var(--code-comment)", fontStyle: "italic" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.definition(tags.function(tags.variableName))], color: "var(--code-function)" },
  { tag: [tags.typeName, tags.className, tags.namespace, tags.standard(tags.variableName)], color: "var(--code-type)" },
  { tag: [tags.self, tags.meta, tags.annotation], color: "var(--code-meta)" },
  { tag: tags.invalid, color: "var(--hard)" },
]);

export const theme = EditorView.theme({
  "&": {
    color: "var(--text)",
    backgroundColor: "var(--surface-2)",
    border: "1px solid var(--border)",
    borderRadius: "var(--radius)",
    fontSize: "0.9rem",
  },
  "&.cm-focused": { outline: "2px solid var(--focus)", outlineOffset: "2px" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.5", overflow: "auto" },
  ".cm-content": { caretColor: "var(--text)", padding: "0.6rem 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--text)" },
  ".cm-gutters": {
    backgroundColor: "var(--surface-2)",
    color: "var(--muted)",
    border: "none",
    borderRight: "1px solid var(--border)",
    borderRadius: "var(--radius) 0 0 var(--radius)",
  },
  ".cm-activeLine": { backgroundColor: "var(--code-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--code-active-line)", color: "var(--text)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection": {
    backgroundColor: "var(--code-selection)",
  },
  ".cm-selectionMatch": { backgroundColor: "var(--code-match)" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--code-match)", outline: "1px solid var(--muted)" },
  ".cm-panels": { backgroundColor: "var(--surface)", color: "var(--text)" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid var(--border)" },
  ".cm-searchMatch": { backgroundColor: "var(--code-match)", outline: "1px solid var(--medium)" },
  ".cm-textfield, .cm-button": { font: "inherit", fontSize: "0.85rem" },
});

export function languageSupport(language: string): Extension {
  switch (language) {
    case "python":
      return python();
    case "javascript":
      return javascript();
    case "csharp":
      return StreamLanguage.define(csharp);
    default:
      return [];
  }
}

export interface CodeEditorOptions {
  parent: HTMLElement;
  /** The accessible name of the editing area. */
  label: (language: string) => string;
  /** Elements that describe the editing area (help text). */
  describedBy: string;
  /** Called (often) after every edit. */
  onChange: (language: string, code: string) => void;
  /** Key bindings that win over the editor's own (Ctrl+Enter runs, rather than inserting a blank line). */
  commands: ReadonlyArray<{ key: string; run: () => void }>;
}

export class CodeEditor {
  private readonly view: EditorView;
  private readonly states = new Map<string, EditorState>();
  private current: string;

  constructor(private readonly options: CodeEditorOptions, language: string, code: string, starter: boolean) {
    this.current = language;
    this.view = new EditorView({ parent: options.parent, state: this.createState(language, code, starter) });
  }

  get language(): string {
    return this.current;
  }

  get code(): string {
    return this.view.state.doc.toString();
  }

  /** Shows another language's code: the state it had when last shown (with its undo history), or `code`. */
  switchTo(language: string, code: () => { code: string; starter: boolean }): void {
    if (language === this.current) {
      return;
    }
    this.states.set(this.current, this.view.state);
    const state = this.states.get(language) ?? (() => {
      const initial = code();
      return this.createState(language, initial.code, initial.starter);
    })();
    this.current = language;
    this.view.setState(state);
  }

  /** Replaces the whole text as one edit, so Ctrl+Z brings the old text back. */
  /** Marks compiler errors on their lines (1-based; a line past the end marks the last); none clears them. */
  markErrors(errors: { line: number; message: string }[]): void {
    const doc = this.view.state.doc;
    const diagnostics: Diagnostic[] = errors.map(({ line, message }) => {
      const at = doc.line(Math.min(Math.max(1, line), doc.lines));
      return { from: at.from, to: at.to, severity: "error", message };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  replace(code: string): void {
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: code },
      selection: EditorSelection.cursor(startOfBody(code)),
      userEvent: "input.replace",
      scrollIntoView: true,
    });
  }

  focus(): void {
    this.view.focus();
  }

  private createState(language: string, code: string, starter: boolean): EditorState {
    const { options } = this;
    return EditorState.create({
      doc: code,
      selection: EditorSelection.cursor(starter ? startOfBody(code) : 0),
      extensions: [
        Prec.highest(keymap.of(options.commands.map((c) => ({ key: c.key, run: () => (c.run(), true), preventDefault: true })))),
        lineNumbers(),
        lintGutter(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        syntaxHighlighting(highlightStyle),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, indentWithTab]),
        languageSupport(language),
        theme,
        EditorView.contentAttributes.of({
          "aria-label": options.label(language),
          "aria-describedby": options.describedBy,
          "data-language": language,
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            options.onChange(language, update.state.doc.toString());
          }
        }),
      ],
    });
  }
}

/**
 * Where to put the cursor in starter code: the end of its first whitespace-only line (the body to fill in),
 * or the end of the text.
 */
function startOfBody(code: string): number {
  const match = /^[ \t]+$/m.exec(code);
  return match === null ? code.length : match.index + match[0].length;
}
