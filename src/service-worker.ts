/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `star-practice-${version}`;
// Shown in the README and the manifest, never needed offline.
const NOT_PRECACHED = /\/screenshots\//;
const FALLBACK = `${base}/200.html`;
// A question page offline is the app shell plus its small __data.json: precaching 160 full HTML
// copies (which also inline the same data) would triple the install size. Visited ones are kept.
const QUESTION_PAGE = new RegExp(`^${base}/questions/[^/]+/(?!__data\\.json$)[^/]+$`);
const ASSETS = [
	...build,
	...files.filter((f) => !NOT_PRECACHED.test(f)),
	...prerendered.filter((p) => !QUESTION_PAGE.test(p)),
	FALLBACK
];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

// The page asks for this when the user taps "Reload" on the new-version prompt.
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

/**
 * Cache first: the cache holds one complete, consistent version of the app, so pages and their
 * assets always match, and a train tunnel costs nothing. Updates arrive as a new service worker.
 */
async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(url.pathname);
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && QUESTION_PAGE.test(url.pathname))
			void cache.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		// Offline on a page that was not prerendered (e.g. a story): the app shell renders it.
		if (request.mode === 'navigate') {
			const shell = await cache.match(FALLBACK);
			if (shell) return shell;
		}
		throw error;
	}
}
