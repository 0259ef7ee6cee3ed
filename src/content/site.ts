// Which site and page this frame belongs to.

/** The page address without its #fragment: one key per page for the muted counts. */
export const pageKey = () => location.href.replace(/#.*$/, '');

/** The site the user is on: the top frame's hostname, where a frame can know it. */
export function topHostname(): string {
  try {
    if (window.top && window.top !== window) return window.top.location.hostname;
  } catch {
    const origins = location.ancestorOrigins;
    if (origins && origins.length) {
      try {
        return new URL(origins[origins.length - 1]).hostname;
      } catch {
        // fall through
      }
    }
  }
  return location.hostname;
}
