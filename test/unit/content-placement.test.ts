import { describe, expect, it } from 'vitest';
import { cardPlace, markerPoint, MARKER_PX } from '../../src/content/placement';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
const overlaps = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('markerPoint', () => {
  const origin = { left: -8, top: -100 };
  it('sits just past the last line box, centred on it, never over the words', () => {
    const lines = [rect(40, 200, 300, 20), rect(10, 222, 120, 20)];
    const [x, y] = markerPoint(lines, origin)!;
    const box = rect(x + origin.left, y + origin.top, MARKER_PX, MARKER_PX);
    for (const l of lines) expect(overlaps(box, l)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(130);
    expect(box.top + MARKER_PX / 2).toBe(232);
  });
  it('goes on the left in right-to-left text, and is null without a box', () => {
    const line = rect(200, 50, 100, 20);
    const [x] = markerPoint([line], { left: 0, top: 0 }, true)!;
    expect(x + MARKER_PX).toBeLessThanOrEqual(200);
    expect(markerPoint([], origin)).toBeNull();
    expect(markerPoint([rect(0, 0, 0, 0)], origin)).toBeNull();
  });
});

describe('cardPlace', () => {
  it('opens below the marker, inside the viewport', () => {
    const p = cardPlace(rect(900, 100, 24, 24), { width: 1000, height: 800 }, 300);
    expect(p.top).toBeGreaterThan(124);
    expect(p.left + p.width).toBeLessThanOrEqual(992);
  });
  it('opens above when there is clearly more room there', () => {
    const p = cardPlace(rect(100, 700, 24, 24), { width: 1000, height: 800 }, 400);
    expect(p.top).toBeLessThan(700);
  });
});
