import { test as base, expect, type LaunchOptions, type Page } from '@playwright/test';
import {
	appendFileSync,
	cpSync,
	mkdtempSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { inHeadlessShell } from './browser';

/**
 * Every test fails on a console error, an uncaught exception or a CSP violation in the page,
 * and on any dialog (a script payload that ran would open one).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
	// Every page of the test's context, its second tabs too, answers as the full browser does
	// (see browser.ts).
	context: async ({ context }, use) => {
		if (inHeadlessShell)
			await context.addInitScript(() => {
				for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) {
					const Class = (window as unknown as Record<string, Record<string, unknown>>)[name];
					if (!Class) continue;
					Class.available = () => Promise.resolve('downloadable');
					Class.install = () => Promise.resolve(false);
				}
			});
		await use(context);
	},
	// Pages are prerendered: wait for hydration after a load, as a user waits for a page to respond.
	page: async ({ page }, use) => {
		for (const method of ['goto', 'reload'] as const) {
			const original = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
			(page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
				const response = await original(...args);
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				return response;
			};
		}
		await use(page);
	},
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(msg.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('dialog', (dialog) => {
				// "Leave this page?" comes from the app's own unload guard, never from a payload: the
				// user leaves, as a test that closes or leaves a page means to.
				if (dialog.type() === 'beforeunload') return void dialog.accept();
				errors.push(`unexpected dialog: ${dialog.message()}`);
				void dialog.dismiss();
			});
			// Private by construction: nothing ever leaves for another origin.
			page.context().on('request', (request) => {
				const url = new URL(request.url());
				if (!['http:', 'https:'].includes(url.protocol)) return;
				if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1')
					errors.push(`request to another origin: ${request.url()}`);
			});
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * `test.use(fakeMicrophone)`: Chromium's stand-in microphone (a beeping tone) and an automatic yes
 * to the permission prompt, added to whatever the project launches Chromium with.
 */
export const fakeMicrophone: Parameters<typeof test.use>[0] = {
	launchOptions: [
		async (
			{ launchOptions }: { launchOptions: LaunchOptions },
			use: (o: LaunchOptions) => Promise<void>
		) =>
			use({
				...launchOptions,
				args: [
					...(launchOptions.args ?? []),
					'--use-fake-device-for-media-stream',
					'--use-fake-ui-for-media-stream'
				]
			}),
		{ scope: 'worker' }
	],
	permissions: ['microphone']
};

export const screenshotDir = 'tests/e2e/screenshots';

/**
 * Saves screenshots in light and dark (full page unless told otherwise) for a person to look at,
 * when `SCREENSHOTS=1` (`npm run screenshots`); an ordinary test run skips them, as they cost
 * seconds each and assert nothing.
 */
export async function screenshots(
	page: Page,
	name: string,
	project: string,
	{ fullPage = true, schemes = ['light', 'dark'] as const } = {}
) {
	if (!process.env.SCREENSHOTS) return;
	mkdirSync(screenshotDir, { recursive: true });
	for (const colorScheme of schemes) {
		await page.emulateMedia({ colorScheme });
		await page.screenshot({
			path: `${screenshotDir}/${project}-${name}-${colorScheme}.png`,
			fullPage
		});
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Waits until the service worker has installed and controls the page. Installing precaches the
 * whole app (about 200 files), which on a loaded two-core machine can take most of a test's
 * 30 s: the test gets 30 s more for it.
 */
export async function waitForServiceWorker(page: Page) {
	test.setTimeout(test.info().timeout + 30_000);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
	});
}

/** Serves a private copy of `build/` on a free port; `publishNewVersion` changes its worker. */
export async function serveCopyOfBuild() {
	const dir = mkdtempSync(join(tmpdir(), 'star-build-'));
	cpSync('build', dir, { recursive: true });
	const server = createServer(sirv(dir, { single: '200.html', dev: true }));
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	return {
		url: `http://localhost:${(server.address() as AddressInfo).port}`,
		publishNewVersion: () => appendFileSync(join(dir, 'service-worker.js'), '\n// next version\n'),
		/** A new deployment whose worker keeps its files under a cache of a new version's name. */
		publishNewCacheVersion: () => {
			const { version } = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8'));
			const worker = join(dir, 'service-worker.js');
			writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(version, `${version}-next`));
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
