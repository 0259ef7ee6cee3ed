// The audit's progress bar: drawn on standard error, and only when it is a terminal (a log file or a
// batch engine's capture gets the one-line summary at the end, not a stream of carriage returns).
export interface ProgressIO {
  stderr: { write(s: string): unknown };
  isTTY: boolean;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;
  private readonly t0 = performance.now();
  constructor(
    private readonly io: ProgressIO,
    private readonly total: number | null,
  ) {}
  tick(failed: boolean) {
    this.done++;
    if (failed) this.failed++;
    const now = performance.now();
    if (this.io.isTTY && now - this.last > 100) {
      this.last = now;
      this.draw();
    }
  }
  private draw() {
    const rate = this.done / Math.max(0.001, (performance.now() - this.t0) / 1000);
    const width = 30;
    const bar = this.total ? `[${'#'.repeat(Math.min(width, Math.round((width * this.done) / this.total))).padEnd(width, '-')}] ${this.done}/${this.total}` : `${this.done} pages`;
    this.io.stderr.write(`\r${bar}  ${rate.toFixed(0)} pages/s${this.failed ? `  ${this.failed} failed` : ''}\x1b[K`);
  }
  end() {
    if (this.io.isTTY) {
      this.draw();
      this.io.stderr.write('\n');
    }
  }
  get seconds() {
    return (performance.now() - this.t0) / 1000;
  }
}
