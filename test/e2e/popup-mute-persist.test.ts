import { afterAll, describe, expect, it } from 'vitest';
import { close, highlightCount, launch, openOptions, openPopup, tabIdFor, type Launched } from './lib/popup-launch';
import { until } from './lib/until';
import { expectedCounts, expectedFindings } from './lib/expected';

// "Mute this rule" from the popup hides that rule's findings on the page at once, survives a browser
// restart (same profile), is listed with its count on the options page, and can be undone there.

const FILE = 'popup-clinic.html';
const URL_UK = `https://glowclinic.co.uk/${FILE}`;
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let l: Launched | undefined;
afterAll(async () => {
  if (l) await close(l);
});

describe('muting a rule', () => {
  it('hides its findings now, after a restart, and until unmuted on the options page', async () => {
    const standard = expectedCounts(FILE, 'standard', 'uk').total;
    // Mute the rule with the most findings, so the effect is visible.
    const byRule = new Map<string, number>();
    for (const f of expectedFindings(FILE, 'standard', 'uk').findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const [rule] = [...byRule].sort((a, b) => b[1] - a[1])[0]!;
    const afterMute = expectedCounts(FILE, 'standard', 'uk', [rule]).total;
    expect(afterMute).toBeLessThan(standard);

    l = await launch();
    let site = await l.context.newPage();
    await site.goto(URL_UK);
    let tabId = await tabIdFor(l, URL_UK);
    let popup = await openPopup(l, tabId);
    await popup.waitForSelector('[data-testid="finding"]');
    expect(await highlightCount(site)).toBe(standard);

    await popup.locator(`[data-testid="finding"][data-rule="${rule}"] button.mute`).first().click();
    await until(() => highlightCount(site), (n) => n === afterMute, 'highlights without the muted rule');
    await until(() => popup.locator(`[data-testid="finding"][data-rule="${rule}"]`).count(), (n) => n === 0, 'popup list without the rule');
    await popup.waitForSelector(`[data-testid="muted-rule"][data-rule="${rule}"]`);
    expect(await popup.textContent(`[data-testid="muted-rule"][data-rule="${rule}"]`)).toContain(`${byRule.get(rule)} hidden`);

    // Restart the browser with the same profile.
    const dir = l.userDataDir;
    await close(l, { keepProfile: true });
    l = await launch(dir);
    const stored = (await l.sw.evaluate(() => chrome.storage.local.get('settings'))) as { settings?: { mutedRules?: string[] } };
    expect(stored.settings?.mutedRules).toEqual([rule]);
    site = await l.context.newPage();
    await site.goto(URL_UK);
    tabId = await tabIdFor(l, URL_UK);
    await until(() => highlightCount(site), (n) => n === afterMute, 'still muted after restart');
    popup = await openPopup(l, tabId);
    await popup.waitForSelector(`[data-testid="muted-rule"][data-rule="${rule}"]`);
    expect(await popup.locator(`[data-testid="finding"][data-rule="${rule}"]`).count()).toBe(0);

    // The options page lists it with the number of findings it has hidden, and undoes it.
    const options = await openOptions(l);
    const row = options.locator(`[data-testid="muted-list"] li[data-rule="${rule}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    const hidden = Number(text.match(/has hidden (\d+) findings/)?.[1]);
    expect(hidden, text).toBeGreaterThanOrEqual(byRule.get(rule)!);
    await row.locator('button').click();
    await options.waitForSelector('[data-testid="muted-none"]');
    await until(() => highlightCount(site), (n) => n === standard, 'findings back after unmute');
    const after = (await l.sw.evaluate(() => chrome.storage.local.get(['settings', 'mutedCounts']))) as Record<string, unknown>;
    expect(after.settings).toBeUndefined();
    expect((after.mutedCounts as Record<string, number> | undefined)?.[rule]).toBeUndefined();
  });
});
