// Solo timed practice on a problem page: a countdown with a chosen limit, pausable or strict; when it runs out the
// code in the editor is submitted. Realistic mode hides the difficulty and tags until the session ends (Accepted,
// or the time is up). The session survives a reload: its deadline is kept in the browser.

export interface PracticeSession {
  /** When the time runs out (epoch ms); null while paused. */
  deadline: number | null;
  /** What is left while paused (ms). */
  remaining: number;
  strict: boolean;
  realistic: boolean;
}

export interface PracticeHooks {
  /** Submits the editor's code (time is up). */
  submit(): Promise<void>;
  /** Says something on the page (screen readers hear it). */
  say(text: string): void;
}

const format = (ms: number): string => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

export class PracticeTimer {
  private session: PracticeSession | null = null;
  private ticker = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly key: string,
    private readonly hooks: PracticeHooks,
    private readonly storage: { get(key: string): string | null; set(key: string, value: string | null): void },
  ) {
    const minutes = root.querySelector<HTMLSelectElement>("[data-timer-minutes]")!;
    const strict = root.querySelector<HTMLInputElement>("[data-timer-strict]")!;
    const realistic = root.querySelector<HTMLInputElement>("[data-timer-realistic]")!;
    root.querySelector<HTMLButtonElement>("[data-timer-start]")!.addEventListener("click", () =>
      this.start(Number(minutes.value) * 60_000, strict.checked, realistic.checked));
    root.querySelector<HTMLButtonElement>("[data-timer-pause]")!.addEventListener("click", () => this.togglePause());
    root.querySelector<HTMLButtonElement>("[data-timer-stop]")!.addEventListener("click", () => this.end("Practice ended."));
    const saved = storage.get(key);
    if (saved !== null) {
      try {
        this.resume(JSON.parse(saved) as PracticeSession);
      } catch {
        storage.set(key, null);
      }
    }
  }

  /** Whether a session runs (or is paused). */
  get active(): boolean {
    return this.session !== null;
  }

  start(limit: number, strict: boolean, realistic: boolean): void {
    this.resume({ deadline: Date.now() + limit, remaining: limit, strict, realistic });
    this.hooks.say(`Timer started: ${format(limit)}${strict ? ", strict" : ""}${realistic ? ", realistic" : ""}.`);
  }

  /** The session is over because the code was accepted. */
  solved(): void {
    if (this.session !== null) {
      this.end(`Accepted with ${format(this.left())} left.`);
    }
  }

  private resume(session: PracticeSession): void {
    this.session = session;
    this.save();
    document.body.classList.toggle("practice--realistic", session.realistic);
    this.root.dataset["state"] = session.deadline === null ? "paused" : "running";
    this.root.querySelector<HTMLButtonElement>("[data-timer-pause]")!.hidden = session.strict;
    window.clearInterval(this.ticker);
    this.ticker = window.setInterval(() => this.tick(), 250);
    this.tick();
  }

  private left(): number {
    const session = this.session;
    return session === null ? 0 : session.deadline === null ? session.remaining : session.deadline - Date.now();
  }

  private togglePause(): void {
    const session = this.session;
    if (session === null || session.strict) return;
    if (session.deadline === null) {
      this.resume({ ...session, deadline: Date.now() + session.remaining });
      this.hooks.say("Timer running again.");
    } else {
      this.resume({ ...session, deadline: null, remaining: session.deadline - Date.now() });
      this.hooks.say("Timer paused.");
    }
  }

  private tick(): void {
    const left = this.left();
    this.root.querySelector<HTMLElement>("[data-timer-left]")!.textContent =
      `${format(left)}${this.session?.deadline === null ? " (paused)" : ""}`;
    if (this.session?.deadline !== null && left <= 0) {
      this.end("Time is up: your code was submitted.");
      void this.hooks.submit();
    }
  }

  private end(message: string): void {
    window.clearInterval(this.ticker);
    this.session = null;
    this.save();
    document.body.classList.remove("practice--realistic");
    this.root.dataset["state"] = "idle";
    this.root.querySelector<HTMLElement>("[data-timer-left]")!.textContent = "";
    this.hooks.say(message);
  }

  private save(): void {
    this.storage.set(this.key, this.session === null ? null : JSON.stringify(this.session));
  }
}
