// One content-script instance's life. Everything that listens, observes or waits ties itself to `signal`
// (or to onEnd), so ending the instance (a newer one started after an extension update, or our extension
// context died) stops all of it at once.
import browser from 'webextension-polyfill';

export function runtimeAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

export class Lifetime {
  private readonly ac = new AbortController();
  readonly signal = this.ac.signal;

  get ended(): boolean {
    return this.signal.aborted;
  }

  /** False once ended; ends the instance when our extension context is gone (every browser.* call would throw). */
  alive(): boolean {
    if (this.ended) return false;
    if (runtimeAlive()) return true;
    this.end();
    return false;
  }

  onEnd(fn: () => void): void {
    this.signal.addEventListener('abort', () => {
      try {
        fn();
      } catch {
        // The extension context may already be gone.
      }
    });
  }

  end(): void {
    this.ac.abort();
  }
}
