import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

/** Copies `text` to the clipboard, saying so in a polite live region; falls back to selecting `fallback`. */
export function CopyButton({ text, label, fallback }: { text: string; label: string; fallback?: () => HTMLTextAreaElement | null }) {
  const [done, setDone] = useState<'copied' | 'select' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone('copied');
    } catch {
      // No clipboard access (an unfocused page, a browser policy): select the text for Ctrl+C instead.
      const area = fallback?.();
      area?.focus();
      area?.select();
      setDone('select');
    }
  };
  return (
    <>
      <button type="button" class="secondary" onClick={copy}>
        {label}
      </button>
      <span class="copied" role="status" aria-live="polite">
        {done === 'copied' ? t('report_copied') : done === 'select' ? t('report_copy_select') : ''}
      </span>
    </>
  );
}
