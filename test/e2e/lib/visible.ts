// The page as a reader sees it, for expectations computed in Node: the frame's current DOM as HTML without
// our host and without what CSS hides (linkedom applies no stylesheets).
import type { Frame, Page } from 'playwright-core';
import { HOST_TAG } from './chromium.mjs';

export function visibleHtml(frame: Page | Frame): Promise<string> {
  return frame.evaluate((tag) => {
    const live = [...document.body.querySelectorAll('*')];
    const clone = document.documentElement.cloneNode(true) as Element;
    const copies = [...clone.querySelector('body')!.querySelectorAll('*')];
    const hidden = live
      .map((el, i) => (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && getComputedStyle(el).display !== 'contents' ? i : -1))
      .filter((i) => i >= 0);
    for (const i of hidden) copies[i].remove();
    for (const h of clone.querySelectorAll(tag)) h.remove();
    return '<!doctype html>' + clone.outerHTML;
  }, HOST_TAG);
}
