// Custom inputs for a run, read from the textarea: one JSON object of arguments per line for function
// problems, or stdin text for stdio problems (several inputs separated by a line holding only "---").

export const maxCustomInputs = 10;

const example = '{"name": value, ...}';

export type ParsedInputs = { ok: true; inputs: unknown[] } | { ok: false; error: string };

export function parseCustomInputs(text: string, io: string): ParsedInputs {
  return io === "stdio" ? parseStdin(text) : parseArguments(text);
}

function parseArguments(text: string): ParsedInputs {
  const inputs: unknown[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") {
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : String(error);
      return { ok: false, error: `Line ${i + 1} is not valid JSON (${reason}). Write one object per line, like ${example}.` };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return { ok: false, error: `Line ${i + 1} must be a JSON object of arguments, like ${example}, not ${Array.isArray(value) ? "an array" : JSON.stringify(value)}.` };
    }
    inputs.push(value);
  }
  return limit(inputs);
}

function parseStdin(text: string): ParsedInputs {
  if (text.trim() === "") {
    return { ok: true, inputs: [] };
  }
  const inputs = text
    .split(/^---[ \t]*$/m)
    .map((part) => part.replace(/^\r?\n/, ""))
    .filter((part) => part.trim() !== "")
    .map((part) => (part.endsWith("\n") ? part : part + "\n"));
  return limit(inputs);
}

function limit(inputs: unknown[]): ParsedInputs {
  return inputs.length > maxCustomInputs
    ? { ok: false, error: `At most ${maxCustomInputs} custom inputs per run; there are ${inputs.length}.` }
    : { ok: true, inputs };
}
