// The submissions API as the page uses it: POST the code, then follow the submission's server-sent events
// (falling back to long polling if the event stream cannot be opened) until the verdict.

export type Verdict =
  | "Accepted"
  | "WrongAnswer"
  | "TimeLimitExceeded"
  | "MemoryLimitExceeded"
  | "RuntimeError"
  | "CompilationError"
  | "OutputLimitExceeded"
  | "InternalError";

export type TestKind = "Sample" | "Hidden" | "Custom";

/** One test's result; hidden tests carry only index, kind and verdict. */
export interface TestResult {
  index: number;
  kind: TestKind;
  verdict: Verdict;
  timeMs?: number | null;
  memoryKb?: number | null;
  name?: string | null;
  input?: unknown;
  expected?: unknown;
  actual?: unknown;
  stdout?: string | null;
  message?: string | null;
}

export interface SubmissionView {
  id: string;
  mode: "run" | "submit";
  status: "queued" | "running" | "done";
  verdict?: Verdict | null;
  passed?: number | null;
  total?: number | null;
  timeMs?: number | null;
  memoryKb?: number | null;
  tests: TestResult[];
  compileOutput?: string | null;
  message?: string | null;
}

export interface SubmissionRequest {
  problem: string;
  language: string;
  code: string;
  mode: "run" | "submit";
  customInputs?: unknown[];
}

interface SubmissionAccepted {
  id: string;
  statusUrl: string;
  eventsUrl: string;
}

/** A refusal or failure the user should read: the API's ProblemDetails, or what went wrong on the way. */
export class SubmissionError extends Error {
  constructor(
    message: string,
    readonly title: string,
    readonly status?: number,
    /** For 429: when a new submission may be sent. */
    readonly retryAt?: Date,
  ) {
    super(message);
  }
}

export interface Progress {
  status(status: string): void;
  test(test: TestResult): void;
}

/** How long a verdict may take before the page stops waiting (the submission itself carries on). */
const verdictTimeoutMs = 5 * 60_000;

export async function submit(request: SubmissionRequest, progress: Progress): Promise<SubmissionView> {
  let response: Response;
  try {
    response = await fetch("/api/submissions", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new SubmissionError(`Could not reach the server (${describe(error)}). Check the connection and try again.`, "Not sent");
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 202 || !isAccepted(body)) {
    throw refusal(response, body);
  }
  progress.status("queued");
  return follow(body, progress);
}

function refusal(response: Response, body: unknown): SubmissionError {
  const problem = (typeof body === "object" && body !== null ? body : {}) as { title?: unknown; detail?: unknown };
  const title = typeof problem.title === "string" ? problem.title : `HTTP ${response.status}`;
  const detail = typeof problem.detail === "string" ? problem.detail : response.statusText || "The server refused the submission.";
  if (response.status === 429) {
    const retryAt = retryAfter(response.headers.get("Retry-After"));
    return new SubmissionError(detail, title, 429, retryAt);
  }
  return new SubmissionError(detail, title, response.status);
}

/** Retry-After is either seconds or an HTTP date; a missing or odd value reads as ten seconds. */
function retryAfter(header: string | null): Date {
  const now = Date.now();
  if (header !== null) {
    const seconds = Number(header);
    if (header.trim() !== "" && Number.isFinite(seconds) && seconds >= 0) {
      return new Date(now + seconds * 1000);
    }
    const date = Date.parse(header);
    if (Number.isFinite(date)) {
      return new Date(Math.max(date, now));
    }
  }
  return new Date(now + 10_000);
}

function follow(accepted: SubmissionAccepted, progress: Progress): Promise<SubmissionView> {
  return new Promise<SubmissionView>((resolve, reject) => {
    let settled = false;
    let source: EventSource | undefined;
    let failures = 0;
    const timer = window.setTimeout(() => {
      source?.close();
      finish(() => reject(new SubmissionError(
        "No verdict yet after 5 minutes. The judge is very busy; the submission is still queued and will be judged.",
        "Still waiting")));
    }, verdictTimeoutMs);

    const finish = (settle: () => void): void => {
      if (settled) {
        return;
      }
      settled = true;
      window.clearTimeout(timer);
      settle();
    };

    const poll = async (): Promise<void> => {
      source?.close();
      while (!settled) {
        try {
          const response = await fetch(`${accepted.statusUrl}?wait=25`, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(40_000) });
          const body: unknown = await response.json().catch(() => null);
          if (!response.ok) {
            finish(() => reject(refusal(response, body)));
            return;
          }
          if (isView(body)) {
            progress.status(body.status);
            if (body.status === "done") {
              finish(() => resolve(body));
              return;
            }
          }
        } catch {
          // A dropped connection: wait a moment and ask again (the overall timer still bounds this).
          await new Promise((r) => window.setTimeout(r, 2000));
        }
      }
    };

    if (typeof EventSource === "undefined") {
      void poll();
      return;
    }
    source = new EventSource(accepted.eventsUrl);
    source.addEventListener("status", (event) => {
      failures = 0;
      const data = parse(event);
      if (typeof data === "object" && data !== null && typeof (data as { status?: unknown }).status === "string") {
        progress.status((data as { status: string }).status);
      }
    });
    source.addEventListener("test", (event) => {
      failures = 0;
      const data = parse(event);
      if (isTest(data)) {
        progress.test(data);
      }
    });
    source.addEventListener("done", (event) => {
      const data = parse(event);
      if (isView(data)) {
        finish(() => resolve(data));
        // The server ends the stream right after "done"; closing once it has (the "error" below) rather than
        // now leaves no aborted request behind. Closed here anyway if the end does not come.
        const stream = source;
        window.setTimeout(() => stream?.close(), 5000);
      } else {
        void poll();
      }
    });
    source.addEventListener("error", () => {
      if (settled) {
        // The end of the stream after "done": stop the browser from reconnecting.
        source?.close();
        return;
      }
      // The browser reconnects by itself; a stream that is refused, or keeps dropping, is replaced by polling.
      failures++;
      if (source?.readyState === EventSource.CLOSED || failures >= 3) {
        void poll();
      }
    });
  });
}

function parse(event: Event): unknown {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as unknown;
  } catch {
    return null;
  }
}

function isAccepted(value: unknown): value is SubmissionAccepted {
  const v = value as Partial<SubmissionAccepted> | null;
  return typeof v === "object" && v !== null && typeof v.id === "string" && typeof v.statusUrl === "string" && typeof v.eventsUrl === "string";
}

function isTest(value: unknown): value is TestResult {
  const v = value as Partial<TestResult> | null;
  return typeof v === "object" && v !== null && typeof v.index === "number" && typeof v.verdict === "string" && typeof v.kind === "string";
}

function isView(value: unknown): value is SubmissionView {
  const v = value as Partial<SubmissionView> | null;
  return typeof v === "object" && v !== null && typeof v.status === "string" && Array.isArray(v.tests);
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return "no answer within 30 seconds";
  }
  return error instanceof Error ? error.message : String(error);
}
