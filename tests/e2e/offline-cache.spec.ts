import type { Page } from '@playwright/test';
import { expect, serveCopyOfBuild, test, waitForServiceWorker } from './fixtures';

// This spec needs the service worker, which the config blocks by default.
test.use({ serviceWorkers: 'allow' });

/** Asks the service worker to make its cache whole, as every page does once loaded. */
async function cacheChecked(page: Page) {
	return page.evaluate(async () => {
		const { active } = await navigator.serviceWorker.ready;
		return new Promise<boolean>((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = (event) => resolve(event.data?.ok === true);
			active!.postMessage({ type: 'CHECK_CACHE' }, [channel.port2]);
		});
	});
}

// Issue 24, item 4: the worker precached only at install, so clearing caches ended offline use.
test('offline use comes back after the site’s caches are cleared', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await page.evaluate(async () => {
		for (const key of await caches.keys()) await caches.delete(key);
	});
	await page.reload();
	expect(await cacheChecked(page)).toBe(true);

	await context.setOffline(true);
	for (const [path, name] of [
		['/settings', 'Settings'],
		['/questions', 'Questions'],
		['/stories', 'Stories']
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	}
});

// Issue 24, item 10: an update deleted the old cache while an old tab still loaded code from it.
test('a tab left on the old version keeps working offline after an update', async ({
	page,
	context
}) => {
	const site = await serveCopyOfBuild();
	try {
		await page.goto(`${site.url}/`);
		await waitForServiceWorker(page);
		const oldCaches = await page.evaluate(() => caches.keys());

		site.publishNewCacheVersion();
		const other = await context.newPage();
		await other.goto(`${site.url}/questions`);
		await other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await other.getByRole('button', { name: 'Reload' }).click();
		await expect
			.poll(() => page.evaluate(() => caches.keys()))
			.toEqual(expect.arrayContaining([...oldCaches, expect.stringMatching(/-next$/)]));

		// The new version ships different code: none of the old tab's files are in its cache.
		await page.evaluate(async () => {
			const next = await caches.open((await caches.keys()).find((k) => k.endsWith('-next'))!);
			for (const request of await next.keys())
				if (new URL(request.url).pathname.startsWith('/_app/')) await next.delete(request);
		});
		await context.setOffline(true);
		await page.evaluate(() =>
			document.querySelector<HTMLAnchorElement>('a[href="/settings"]')!.click()
		);
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	} finally {
		await site.close();
	}
});
