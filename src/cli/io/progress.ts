import { escapeControls } from "../format/escapeControls";

/** A progress line on stderr, redrawn in place; silent when stderr is not a terminal. */
export interface Progress {
  /** Reports `count` items done so far. */
  update(count: number): void;
  /** Removes this file from the line (and clears the line when none is left). */
  done(): void;
}

const INTERVAL_MS = 200;

// Files read at the same time share one line: "agencies.csv: 98,304 rows · households.csv: …".
const active = new Map<symbol, { label: string; count: number }>();
let lastDraw = 0;
let shown = false;

function draw(force: boolean): void {
  const now = Date.now();
  if (!force && now - lastDraw < INTERVAL_MS) return;
  lastDraw = now;
  const parts = [...active.values()].map(
    (entry) => `${entry.label}: ${entry.count.toLocaleString("en-US")} rows`,
  );
  if (parts.length === 0) {
    if (shown) process.stderr.write("\r\x1b[K");
    shown = false;
    return;
  }
  process.stderr.write(`\r\x1b[K${parts.join(" · ")}`);
  shown = true;
}

/** A progress line labelled `label` ("households.csv"), shown only on a TTY. */
export function createProgress(label: string): Progress {
  if (!process.stderr.isTTY) return { update() {}, done() {} };
  const key = Symbol(label);
  active.set(key, { label: escapeControls(label), count: 0 });
  return {
    update(count) {
      const entry = active.get(key);
      if (entry === undefined) return;
      entry.count = count;
      draw(false);
    },
    done() {
      active.delete(key);
      draw(true);
    },
  };
}

/** Shows what a long command is doing now ("allocating…") on a TTY; `undefined` clears it. */
export function showStep(text: string | undefined): void {
  if (!process.stderr.isTTY || active.size > 0) return;
  if (text === undefined) {
    if (shown) process.stderr.write("\r\x1b[K");
    shown = false;
    return;
  }
  process.stderr.write(`\r\x1b[K${escapeControls(text)}`);
  shown = true;
}
