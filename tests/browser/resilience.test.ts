import { describe, expect, test } from 'vitest';
import { useBrowser, noErrors, openApp, origin, recordedPage, screenshot, waitForIdle } from './browser.ts';

describe('no blank or broken page', () => {
  const browser = useBrowser();

  test('without WebGL the page says so and offers the text view, which works', async () => {
    const app = await recordedPage(browser());
    await app.page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/i.test(type) ? null : original.call(this, type as '2d', ...(rest as []));
      } as typeof original;
    });
    await app.page.goto(`${origin()}/#date=2020-02-28`);
    await app.page.getByRole('heading', { name: 'The map needs WebGL' }).waitFor();
    const textView = app.page.locator('.text-view');
    await textView.getByRole('heading', { name: 'Friday 28 February 2020' }).waitFor();
    expect(await textView.textContent()).toContain('Changes of control in the week to this day');
    await textView.getByText(/Every settlement the map follows/).click();
    expect(await textView.locator('tbody tr').count()).toBeGreaterThan(150);
    await screenshot(app.page, 'resilience-no-webgl');
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  test('on a phone the place panel is a bottom sheet over the map', async () => {
    const app = await openApp(browser(), '#date=2020-02-28&map=11/35.8636/36.8006&place=saraqeb', { width: 390, height: 844 });
    const sheet = app.page.locator('.side-panel');
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBeGreaterThan(380);
    expect(box.y + box.height).toBeCloseTo(844, -1);
    expect(box.height).toBeLessThan(844 * 0.6);
    await waitForIdle(app.page);
    await screenshot(app.page, 'resilience-phone-panel');
    await app.page.getByRole('button', { name: 'Close the place panel' }).click();
    expect(await sheet.count()).toBe(0);
    await screenshot(app.page, 'resilience-phone-map');
    noErrors(app);
  });
});
