/** Polls `f` every 100 ms until `ok` holds, and returns that value; fails with the last value after `timeout`. */
export async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 8000): Promise<T> {
  const deadline = Date.now() + timeout;
  let v = await f();
  while (!ok(v)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await f();
  }
  return v;
}
