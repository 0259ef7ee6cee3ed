// Types for warc-gen.mjs, so the TypeScript tests can import it.
export interface WarcRecordSpec {
  url: string;
  id: string;
  date?: string;
  contentType?: string;
  status?: number;
  body: string | Uint8Array;
  warcType?: 'response' | 'resource';
}
export function warcRecord(spec: WarcRecordSpec): Buffer;
export function recordId(tag: number, i: number): string;
export function writeArchive(path: string, records: Iterable<Uint8Array>, opts?: { gzip?: boolean }): Promise<number>;
export function writeWacz(path: string, warcPath: string): Promise<void>;
export function clinicPage(i: number, opts?: { kb?: number; seed?: number }): string;
