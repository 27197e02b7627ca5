// The floor: an empty Next App Router page (no client component) built with the same Next, side by side.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runNext } from "../build-state";

/** Inside the checkout, so that Turbopack finds node_modules; ignored by git, lint and typecheck. */
export const FLOOR_DIR = path.resolve(import.meta.dirname, "../../.bench/floor");

const LAYOUT = `export const metadata = { title: "Tom sida" };
export default function RootLayout({ children }) {
  return (<html lang="sv"><body>{children}</body></html>);
}
`;
const PAGE = `export default function Page() {
  return (<main><h1>Tom sida</h1><p>Golvet för första laddningens JavaScript.</p></main>);
}
`;

export async function buildFloor(): Promise<void> {
  mkdirSync(path.join(FLOOR_DIR, "app"), { recursive: true });
  writeFileSync(path.join(FLOOR_DIR, "app", "layout.jsx"), LAYOUT);
  writeFileSync(path.join(FLOOR_DIR, "app", "page.jsx"), PAGE);
  writeFileSync(path.join(FLOOR_DIR, "package.json"), JSON.stringify({ name: "stegvis-bench-floor", private: true, type: "module" }));
  const code = await new Promise<number | null>((resolve) => runNext(["build", FLOOR_DIR]).on("exit", resolve));
  if (code !== 0) throw new Error("Den tomma jämförelsesidan gick inte att bygga; se utskriften ovan.");
}
