import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/background/badge';
import { countFindings, type TabState } from '../../src/shared/messages';
import type { MessageKey } from '../../src/shared/i18n';
import { enT } from './en-messages';

const tr = enT as (key: MessageKey, subs?: string | number | (string | number)[]) => string;
const state = (sev: ('high' | 'medium' | 'info')[], offTopic = false): TabState => ({
  url: 'https://a.example/',
  findings: [],
  counts: countFindings(sev.map((severity) => ({ severity }))),
  jurisdiction: 'uk',
  guess: null,
  offTopic,
  muted: {},
  truncated: false,
});

describe('toolbar badge', () => {
  it('shows the count in the worst severity\u2019s colour, with a tooltip naming both', () => {
    const b = badgeFor(state(['medium', 'high', 'info']), false, tr);
    expect(b).toEqual({ text: '3', color: '#b3261e', title: 'ExoCheck: 3 found on this page; most serious: High concern' });
    expect(badgeFor(state(['info']), false, tr).title).toBe('ExoCheck: 1 found on this page; most serious: For information');
  });

  it('a paused site is not a clean site', () => {
    const paused = badgeFor(state([]), true, tr);
    const clean = badgeFor(state([]), false, tr);
    expect(paused.text).toBe('off');
    expect(paused.title).toBe('ExoCheck is paused on this site');
    expect(clean.text).toBe('');
    expect(clean.title).toBe('ExoCheck: nothing flagged on this page');
    expect(badgeFor(state([], true), false, tr).title).toBe('ExoCheck: no exosome treatments mentioned on this page');
    expect(badgeFor(null, false, tr)).toMatchObject({ text: '', title: 'ExoCheck' });
  });
});
