import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../storage';

/** Current settings (null until loaded), kept live through storage.onChanged, and a writer. */
export function useSettings(): [Settings | null, (patch: Partial<Settings>) => Promise<void>, string | null] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s));
    const off = onSettingsChanged((s) => live && setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  const update = async (patch: Partial<Settings>) => {
    setSettings((s) => (s ? { ...s, ...patch } : s));
    try {
      setSettings(await updateSettings(() => patch));
      setError(null);
    } catch (e) {
      setError(String(e));
      setSettings(await loadSettings());
    }
  };
  return [settings, update, error];
}
