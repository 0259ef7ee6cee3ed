// Long work runs in slices of about SLICE_MS so the page never sees a long task (> 50 ms). Between slices we
// give the main thread back with scheduler.yield() where the browser has it, else a MessageChannel hop
// (setTimeout(0) is clamped to 4 ms after a few nestings and throttled in background tabs).

export const SLICE_MS = 5;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function hop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Measures our own synchronous stretches: each runs from an entry point (begin) or a resume to the next
 * yield (or end). The longest is sent with the frame report (longestTaskMs, peakTaskMs), where the e2e tests read it.
 */
let segmentStart = 0;
let longest = 0;
export const taskClock = {
  begin(): void {
    segmentStart = performance.now();
  },
  end(): void {
    if (segmentStart) longest = Math.max(longest, performance.now() - segmentStart);
    segmentStart = 0;
  },
  /** The longest stretch since the last take. */
  take(): number {
    const l = longest;
    longest = 0;
    return Math.round(l * 10) / 10;
  },
};

/**
 * Yielding only with priority continuations (scheduler.yield, or message-channel hops) can keep the
 * page's own timers waiting for the whole scan: in Firefox a 200,000-node page made of 5-10 ms slices
 * still delayed the page's setTimeout callbacks by 0.8-1.3 s (hostile-firefox test). So at least every
 * TIMER_TURN_MS one yield goes through a timer, queued behind the page's due ones.
 */
const TIMER_TURN_MS = 40;
let lastTimerTurn = 0;

export async function yieldToMain(): Promise<void> {
  taskClock.end();
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (performance.now() - lastTimerTurn >= TIMER_TURN_MS) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    lastTimerTurn = performance.now();
  } else if (s && typeof s.yield === 'function') await s.yield();
  else await hop();
  taskClock.begin();
}

/** A deadline for one slice: call `expired()` inside the loop, `next()` between slices. */
export class Slicer {
  private start = performance.now();
  constructor(private readonly ms = SLICE_MS) {}
  readonly expired = (): boolean => performance.now() - this.start >= this.ms;
  async next(): Promise<void> {
    await yieldToMain();
    this.start = performance.now();
  }
}

/**
 * Resolves after the browser has rendered a frame (or after `maxMs` in a background tab, where frames do
 * not come). On a big page the first style and layout pass is long; starting our first read after it
 * keeps that pass in the browser's own rendering step instead of inside a slice of ours.
 */
export function afterNextFrame(maxMs = 250): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    const timer = setTimeout(finish, maxMs);
    requestAnimationFrame(() => {
      // rAF callbacks run just before style and layout; the task after the frame runs after them.
      setTimeout(() => {
        clearTimeout(timer);
        finish();
      }, 0);
    });
  });
}
