import { afterAll, expect, test } from 'vitest';
import { useBrowser, origin, recordedPage, SCREENSHOT_DIR, waitForIdle } from './browser.ts';

const browser = useBrowser();
afterAll(async () => {
  await browser().close();
});

async function openWithBadPlace(viewport: { width: number; height: number }) {
  const record = await recordedPage(browser(), viewport);
  await record.page.route('**/data/places.geojson', async (route) => {
    const res = await route.fetch();
    const fc = (await res.json()) as { features: { properties: Record<string, unknown> }[] };
    const bad = structuredClone(fc.features[0]!);
    bad.properties.id = 'broken-place';
    bad.properties.name = 42;
    fc.features.push(bad);
    await route.fulfill({ response: res, json: fc });
  });
  await record.page.goto(`${origin()}/`);
  await record.page.waitForFunction(() => window.idlibMap?.getLayer('place-circle') !== undefined, null, { timeout: 120_000 });
  await waitForIdle(record.page);
  return record;
}

test('a place that fails the checks is set aside, named with its reason, and the rest is drawn', async () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const { page, pageErrors } = await openWithBadPlace(viewport);
    // The data's status notice (src/ui/data-status) lists what the checks set aside.
    const notice = page.locator('.data-set-aside');
    await notice.waitFor();
    expect(await notice.locator('summary').textContent()).toMatch(/^1 item of the data set aside or corrected/);
    await notice.locator('summary').click();
    const items = await notice.locator('li').allTextContents();
    expect(items.length).toBe(1);
    expect(items[0]).toContain('places.geojson: broken-place: property "name" must be text (got 42)');
    const box = await notice.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    const drawn = await page.evaluate(() => window.idlibMap!.querySourceFeatures('places').length);
    expect(drawn).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/set-aside-${viewport.width}.png`, timeout: 120_000 });
    await page.context().close();
  }
}, 600_000);
