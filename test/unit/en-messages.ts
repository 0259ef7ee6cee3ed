// chrome.i18n.getMessage over the real en messages, for unit tests of code that words things through t().
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = en as Record<string, Entry>;

export function enGetMessage(key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return list[Number(content.slice(1)) - 1] ?? '';
  });
}

/** A translator with t()'s signature, over the en messages; unknown keys come back as the key. */
export const enT = (key: string, subs?: string | number | (string | number)[]) =>
  enGetMessage(key, subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String)) || key;
