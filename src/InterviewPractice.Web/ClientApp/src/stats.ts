// The progress page's chart (/me): time from the first try to Accepted for each solved problem, over the days
// they were solved, drawn with uPlot. The figures themselves are on the page without this script.
import uPlot from "uplot";

interface Point { t: number; minutes: number; title: string }

function draw(): void {
  const box = document.getElementById("time-chart");
  if (box === null) return;
  const points = JSON.parse(box.dataset["points"] ?? "[]") as Point[];
  if (points.length === 0) return;
  const width = Math.max(280, box.clientWidth);
  const options: uPlot.Options = {
    width,
    height: 240,
    scales: { x: { time: true } },
    axes: [{}, { label: "minutes" }],
    series: [
      {},
      {
        label: "Minutes to solve",
        stroke: "#2f6fdb",
        width: 2,
        points: { show: true, size: 8 },
        value: (_: uPlot, v: number | null) => (v === null ? "–" : `${v} min`),
      },
    ],
  };
  const chart = new uPlot(options, [points.map((p) => p.t), points.map((p) => p.minutes)], box);
  // A day either side of the first and last point, so a lone point (or points of one day) reads in days, not years.
  chart.setScale("x", { min: points[0]!.t - 86400, max: points[points.length - 1]!.t + 86400 });
  box.setAttribute("aria-label", `Minutes to solve: ${points.map((p) => `${p.title} ${p.minutes}`).join(", ")}`);
  window.addEventListener("resize", () => chart.setSize({ width: Math.max(280, box.clientWidth), height: 240 }));
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", draw, { once: true });
} else {
  draw();
}
