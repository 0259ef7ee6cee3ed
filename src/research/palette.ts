// Chart colours per theme. Chosen by a search for the largest smallest CIEDE2000 difference between any two
// families (about 26 in each theme), each at least 3:1 against the page background (WCAG 1.4.11), with the
// pairs readers confuse most (injectable / compromised skin, approval / results) kept apart under
// deuteranopia and protanopia too. test/unit/research-palette.test.ts and the e2e test check all of it.
import type { Family } from '../engine/types';

export type Theme = 'light' | 'dark';

export const PALETTE: Record<Theme, Record<Family, string>> = {
  light: {
    injectable: '#850046',
    'compromised-skin': '#c96900',
    'human-source': '#3c4178',
    autologous: '#c44dc2',
    'approval-claim': '#457cff',
    'efficacy-claim': '#005541',
    'legality-claim': '#00a061',
    'plant-or-animal-source': '#928a00',
    'safety-claim': '#5e4200',
    'medical-claim': '#ed324c',
    'unverified-product': '#777777',
  },
  dark: {
    injectable: '#e73179',
    'compromised-skin': '#ffb703',
    'human-source': '#9d5bf4',
    autologous: '#ffbbc5',
    'approval-claim': '#0289e8',
    'efficacy-claim': '#00f3cc',
    'legality-claim': '#22a03d',
    'plant-or-animal-source': '#bde400',
    'safety-claim': '#958464',
    'medical-claim': '#e44a00',
    'unverified-product': '#c5d3e1',
  },
};

/** The page backgrounds the palettes are checked against (research.css --bg). */
export const BACKGROUND: Record<Theme, string> = { light: '#ffffff', dark: '#17191d' };

export const familyVar = (f: Family) => `--family-${f}`;

/** The palettes as CSS custom properties: they switch with the colour scheme at once, like the page does. */
export function paletteCss(): string {
  const vars = (t: Theme) => Object.entries(PALETTE[t]).map(([f, c]) => `${familyVar(f as Family)}:${c}`).join(';');
  return `:root{${vars('light')}}@media (prefers-color-scheme: dark){:root{${vars('dark')}}}`;
}
