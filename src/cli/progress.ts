/**
 * A one-line progress bar on stderr (done/total, rate, ETA), drawn only on a TTY.
 * @packageDocumentation
 */
import type { CliWritable } from './io.js';

/** More inputs than this, on a TTY, get a progress bar. */
export const PROGRESS_MIN_INPUTS = 5;

/** Formats seconds as `m:ss` (or `h:mm:ss`). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The bar's text for `done` of `total` after `elapsedMs`, fitted to `width` columns. */
export function renderProgress(done: number, total: number, elapsedMs: number, width = 80): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const counts = `${done}/${total}`;
  const tail = ` ${counts} ${rate.toFixed(1)}/s ETA ${formatDuration(eta)}`;
  const barWidth = Math.max(10, Math.min(40, width - tail.length - 3));
  const filled = total > 0 ? Math.round((barWidth * done) / total) : barWidth;
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}`;
}

/** A progress bar that redraws at most ten times a second and steps aside for other stderr lines. */
export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly stream: CliWritable,
    private readonly total: number,
    readonly enabled: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Whether a bar should be drawn for `total` inputs on `stream`. */
  static wanted(stream: CliWritable, total: number): boolean {
    return stream.isTTY === true && total > PROGRESS_MIN_INPUTS;
  }

  /** Counts one finished input and redraws when due. */
  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = t;
    this.draw(t);
  }

  private draw(t: number): void {
    const width = this.stream.columns || 80;
    this.stream.write(`\r\u001b[K${renderProgress(this.done, this.total, t - this.started, width)}`);
    this.shown = true;
  }

  /** Erases the bar so another line can be written; the next tick draws it again. */
  clear(): void {
    if (!this.enabled || !this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
  }

  /** Draws the bar again after {@link Progress.clear}. */
  resume(): void {
    if (this.enabled && this.done > 0) this.draw(this.now());
  }

  /** Erases the bar for good. */
  finish(): void {
    this.clear();
  }
}
