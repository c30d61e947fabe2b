// Bundles the page scripts into ../wwwroot/dist/ and copies the CSS and fonts they need beside them.
// Run through `npm run build`, which type-checks first; MSBuild runs it before building the web project.
import { build } from "esbuild";
import { cp, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "wwwroot", "dist");
const modules = join(here, "node_modules");

// Build into a fresh folder and swap it in with renames: no stale file from a renamed entry point survives,
// and a server or another build reading wwwroot/dist meanwhile never sees it half-written or missing for long.
// The folder sits in node_modules (ignored by git, same file system as wwwroot, so the rename is cheap).
const out = join(modules, ".cache", `dist-${process.pid}`);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// Bundled for the final folder (so source map paths are right there), kept in memory, written to the new one.
const result = await build({
  entryPoints: {
    problem: join(here, "src", "problem.ts"),
    concept: join(here, "src", "concept.ts"),
    editor: join(here, "src", "editor.ts"),
    room: join(here, "src", "room.ts"),
    replay: join(here, "src", "replay.ts"),
    stats: join(here, "src", "stats.ts"),
    assessment: join(here, "src", "assessment.ts"),
  },
  outdir: dist,
  write: false,
  bundle: true,
  minify: true,
  sourcemap: "linked",
  format: "iife",
  target: ["es2022"],
  legalComments: "linked",
  logLevel: "warning",
});
// Writes a build's files into the new folder, at their places relative to the final one.
async function keep(built) {
  for (const file of built.outputFiles) {
    const target = join(out, relative(dist, file.path));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
}
await keep(result);

// The server's copy of Yjs (run by Jint in the web server, embedded in its assembly; not served): one global, YDoc.
const server = await build({
  entryPoints: { ydoc: join(here, "src", "server", "ydoc.ts") },
  outdir: join(dist, "server"),
  write: false,
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "YDoc",
  target: ["es2020"],
  legalComments: "inline",
  logLevel: "warning",
});
await keep(server);

await cp(join(modules, "katex", "dist", "katex.min.css"), join(out, "katex", "katex.min.css"));
await cp(join(modules, "katex", "dist", "fonts"), join(out, "katex", "fonts"), { recursive: true });
await cp(join(modules, "uplot", "dist", "uPlot.min.css"), join(out, "uplot", "uPlot.min.css"));
for (const theme of ["github.min.css", "github-dark.min.css"]) {
  await cp(join(modules, "highlight.js", "styles", theme), join(out, "highlight", theme));
}

// MSBuild compares this file's time with the sources' to decide whether to run the build again.
await writeFile(join(out, ".stamp"), new Date().toISOString() + "\n");

const old = join(modules, ".cache", `dist-old-${process.pid}`);
await rm(old, { recursive: true, force: true });
await rename(dist, old).catch((error) => {
  if (error.code !== "ENOENT") {
    throw error;
  }
});
await rename(out, dist);
await rm(old, { recursive: true, force: true });
