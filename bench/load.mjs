// Cold load and offline reload of a page in Chromium with the CPU slowed down: when the first
// content is painted, and when the app is interactive.

export const CPU_SLOWDOWN = 4;

/** Slows this page's CPU down by CPU_SLOWDOWN, through the DevTools protocol. */
export async function throttle(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/**
 * Runs before any page script. SvelteKit sets no "hydrated" marker, but the root layout registers
 * the service worker in its onMount, and onMount runs only once the whole page has hydrated. So
 * the first call to `register()` is our "interactive" time: links are live and handlers attached.
 */
function markInteractive() {
	const register = ServiceWorkerContainer.prototype.register;
	ServiceWorkerContainer.prototype.register = function (...args) {
		if (window.__benchInteractive === undefined && document.querySelector('nav[aria-label="Main"]'))
			window.__benchInteractive = performance.now();
		return register.apply(this, args);
	};
}

/** FCP and interactive time of the page's last navigation, in ms from its start; null if never seen. */
async function timings(page) {
	const seen = () =>
		performance.getEntriesByName('first-contentful-paint').length > 0 &&
		window.__benchInteractive !== undefined;
	await page.waitForFunction(seen, null, { timeout: 30_000 }).catch(() => {});
	return page.evaluate(() => ({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
		interactive: window.__benchInteractive ?? null
	}));
}

/** A fresh browser context (empty cache, no service worker) with the interactive marker. */
async function freshPage(browser) {
	const context = await browser.newContext();
	await context.addInitScript(markInteractive);
	return context.newPage();
}

/** First visit: nothing cached, everything from the server. */
export async function coldLoad(browser, url) {
	const page = await freshPage(browser);
	try {
		await throttle(page);
		await page.goto(url);
		return await timings(page);
	} finally {
		await page.context().close();
	}
}

/** Resolves once a service worker controls the page, that is, it has installed its precache. */
function untilControlled() {
	return new Promise((resolve, reject) => {
		if (navigator.serviceWorker.controller) return resolve();
		navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
		setTimeout(() => reject(new Error('no service worker took control within 60 s')), 60_000);
	});
}

/** How many responses the app's caches hold, to check the precache list we computed. */
function cachedCount() {
	return caches
		.keys()
		.then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.keys()))))
		.then((lists) => lists.reduce((total, list) => total + list.length, 0));
}

/**
 * A return visit in airplane mode: load online (unthrottled) until the service worker controls
 * the page, go offline, slow the CPU down, reload. Also reports how many responses are cached.
 */
export async function offlineReload(browser, url) {
	const page = await freshPage(browser);
	try {
		await page.goto(url);
		await page.evaluate(untilControlled);
		const cached = await page.evaluate(cachedCount);
		await page.context().setOffline(true);
		await throttle(page);
		await page.reload();
		return { ...(await timings(page)), cached };
	} finally {
		await page.context().close();
	}
}
