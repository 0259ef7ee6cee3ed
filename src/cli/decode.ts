// Bytes to text, with the charset from the HTTP header, a byte-order mark or <meta charset>, in the order a
// browser trusts them (a BOM wins). An unknown label falls back to UTF-8 rather than failing the page.
const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  let label = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else {
    const fromHeader = contentType && CHARSET.exec(contentType)?.[1];
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    label = fromHeader || fromMeta || 'utf-8';
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
