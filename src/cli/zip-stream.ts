// The entries of a ZIP (a WACZ) read front to back from a stream, by their local headers, so a WACZ is
// never held in memory whole and can come from standard input. fflate's Unzip is push-based; here the
// reader of an entry pulls: when it has nothing to hand out it feeds the next chunk of input to Unzip.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface ZipEntry {
  name: string;
  /** The entry's bytes, decompressed. Read it or not: what is left is skipped before the next entry. */
  data: AsyncIterable<Uint8Array>;
}

export async function* zipEntries(source: AsyncIterable<Uint8Array>): AsyncGenerator<ZipEntry> {
  const input = source[Symbol.asyncIterator]();
  const announced: UnzipFile[] = [];
  const unzip = new Unzip((f) => announced.push(f));
  unzip.register(UnzipInflate);
  let ended = false;
  /** Feeds one chunk of input to Unzip; false once the input is used up. */
  const pump = async (): Promise<boolean> => {
    if (ended) return false;
    const { value, done } = await input.next();
    if (done) {
      ended = true;
      unzip.push(new Uint8Array(0), true);
      return false;
    }
    unzip.push(value as Uint8Array);
    return true;
  };
  try {
    for (;;) {
      while (announced.length === 0) if (!(await pump())) break;
      const file = announced.shift();
      if (!file) return;
      const queue: Uint8Array[] = [];
      let finished = false;
      let failure: Error | null = null;
      file.ondata = (e, chunk, final) => {
        if (e) failure = e;
        else if (chunk.length) queue.push(chunk);
        if (final) finished = true;
      };
      // Every entry is started, wanted or not: fflate keeps the bytes of an unstarted entry in memory.
      file.start();
      const data: AsyncIterable<Uint8Array> = {
        async *[Symbol.asyncIterator]() {
          for (;;) {
            while (queue.length) yield queue.shift()!;
            if (failure) throw failure;
            if (finished) return;
            if (!(await pump()) && !finished && !queue.length) throw new Error(`ZIP entry ${file.name} is cut short`);
          }
        },
      };
      yield { name: file.name, data };
      while (!finished && !failure) {
        queue.length = 0;
        if (!(await pump())) break;
      }
      queue.length = 0;
      if (failure) throw failure;
    }
  } finally {
    await input.return?.();
  }
}
