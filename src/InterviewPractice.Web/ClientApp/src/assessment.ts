// A running mock assessment's countdown: from the server's deadline and the server's time when the page was made
// (so a wrong clock here does not matter); at zero the page reloads, and the server has ended it.
function start(): void {
  const left = document.getElementById("assessment-left");
  if (left === null) return;
  const endsAt = Number(left.dataset["endsAt"]);
  const offset = Number(left.dataset["serverNow"]) - Date.now();
  const tick = (): void => {
    const ms = endsAt - (Date.now() + offset);
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    left.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    if (ms <= 0) {
      window.clearInterval(timer);
      // A moment for the server to end it, then the report.
      window.setTimeout(() => window.location.reload(), 1500);
    }
  };
  const timer = window.setInterval(tick, 500);
  tick();
}

start();
