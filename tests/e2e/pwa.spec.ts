import { expect, serveCopyOfBuild, test, waitForServiceWorker } from './fixtures';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest is linked and describes an installable app', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: expect.any(String),
		short_name: expect.any(String),
		start_url: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
		background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
	for (const [size, purpose] of [
		[192, 'any'],
		[512, 'any'],
		[512, 'maskable']
	] as const) {
		const icon = pngs.find(
			(i: { sizes: string; purpose: string }) =>
				i.sizes === `${size}x${size}` && i.purpose === purpose
		);
		expect(icon, `${size} ${purpose} icon`).toBeTruthy();
		const image = await request.get(new URL(icon.src, page.url()).href);
		expect(image.headers()['content-type']).toContain('image/png');
		expect(pngSize(await image.body())).toEqual({ width: size, height: size });
	}
});

test('every page carries a content security policy', async ({ request }) => {
	for (const path of ['/', '/questions', '/questions/conflict', '/200.html']) {
		const html = await (await request.get(path)).text();
		expect(html, path).toMatch(
			/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/
		);
	}
});

// Only this test needs the service worker, which the config blocks by default: installing it
// precaches the whole app, which the other tests would pay for and never use.
test.describe('with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a new version waits for the user to choose Reload', async ({ page }) => {
		test.setTimeout(120_000);
		// A deployment of our own: a copy of the build on its own port, so that publishing a new
		// version here cannot disturb tests running in parallel.
		const site = await serveCopyOfBuild();
		try {
			await page.goto(`${site.url}/questions`);
			await waitForServiceWorker(page);
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

			site.publishNewVersion();
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			// The new worker first precaches every page of the new version: on a loaded machine that
			// takes longer than an expect's default wait. Wait for that state, not for a time.
			await expect
				.poll(
					() =>
						page.evaluate(
							async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state
						),
					{ timeout: 60_000 }
				)
				.toBe('installed');

			await expect(page.getByText('A new version is available')).toBeVisible();
			// It has not reloaded by itself: the page's state is intact.
			expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

			await page.getByRole('button', { name: 'Reload' }).click();
			await expect
				.poll(() =>
					page
						.evaluate(() => (window as unknown as { marker?: number }).marker)
						.catch(() => 'navigating')
				)
				.toBeUndefined();
			await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();
			await expect(page.getByText('A new version is available')).toBeHidden();
		} finally {
			await site.close();
		}
	});
});

test('a browser that refuses storage gets an explanation, and the questions still work', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('can’t be saved in this browser');
	await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
	await page.getByRole('link', { name: 'Browse questions' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();
});
