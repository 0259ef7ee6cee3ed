import type { Family } from '../../engine/types';
import { t, type MessageKey } from '../../shared/i18n';

type Ask = 'ask_route' | 'ask_source' | 'ask_packaging' | 'ask_evidence' | 'ask_approval' | 'ask_practitioner';
const BASE: Ask[] = ['ask_source', 'ask_route', 'ask_packaging', 'ask_evidence', 'ask_practitioner'];

// Which question matters most for each family; the first family present leads.
const LEAD: Partial<Record<Family, Ask>> = {
  injectable: 'ask_route',
  'compromised-skin': 'ask_route',
  'human-source': 'ask_source',
  autologous: 'ask_source',
  'plant-or-animal-source': 'ask_source',
  'approval-claim': 'ask_approval',
  'legality-claim': 'ask_approval',
  'unverified-product': 'ask_packaging',
  'medical-claim': 'ask_evidence',
  'efficacy-claim': 'ask_evidence',
  'safety-claim': 'ask_practitioner',
};

/** The consumer questions, with those the page's families raise first, in order of seriousness. */
export function questionsFor(families: readonly Family[]): Ask[] {
  const first = families.map((f) => LEAD[f]).filter((a): a is Ask => !!a);
  return [...new Set([...first, ...BASE])];
}

export function BeforeYouBook({ families }: { families: readonly Family[] }) {
  return (
    <section aria-labelledby="book-h" class="book">
      <h2 id="book-h">{t('book_heading')}</h2>
      <p>{t('book_intro')}</p>
      <ol data-testid="questions">
        {questionsFor(families).map((k) => (
          <li key={k} data-q={k}>{t(k as MessageKey)}</li>
        ))}
      </ol>
    </section>
  );
}
