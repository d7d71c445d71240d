/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'star-practice-';
const CACHE = `${PREFIX}${version}`;
/** Each open page holds a shared Web Lock of this name plus its version (see pwa/app-update). */
const VERSION_LOCK = 'star-practice:version:';
// Shown in the README and the manifest, never needed offline.
const NOT_PRECACHED = /\/screenshots\//;
const FALLBACK = `${base}/200.html`;
// A theme or question page offline is the app shell plus the data it loads (the theme's
// __data.json, or its guidance file): precaching each one's full HTML too would hold every
// theme's questions and guidance twice, since a prerendered page inlines its data. Visited
// ones are kept.
const BANK_PAGE = new RegExp(
	`^${base}/questions/(?!__data\\.json$)[^/]+(?:/(?!__data\\.json$)[^/]+)?$`
);
const ASSETS = [
	...build,
	...files.filter((f) => !NOT_PRECACHED.test(f)),
	...prerendered.filter((p) => !BANK_PAGE.test(p)),
	FALLBACK
];

const PRECACHED = new Set(ASSETS);

// A backup shared to the app waits here for the settings page (see $lib/pwa/shared-file).
// Not under PREFIX: dropUnusedVersions must not clear it.
const SHARE_TARGET = `${base}/share-target`;
const INBOX = 'star-inbox';
const INBOX_KEY = `${base}/shared-backup`;

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await dropUnusedVersions();
			await sw.clients.claim();
		})()
	);
});

/**
 * Deletes the caches of older versions that no open page still runs: a tab left on an old
 * version loads its remaining code from its own version's cache, offline too.
 */
async function dropUnusedVersions() {
	const held = (await sw.navigator.locks?.query())?.held ?? [];
	const inUse = new Set(
		held.flatMap((l) =>
			l.name?.startsWith(VERSION_LOCK) ? [l.name.slice(VERSION_LOCK.length)] : []
		)
	);
	for (const key of await caches.keys())
		if (key.startsWith(PREFIX) && key !== CACHE && !inUse.has(key.slice(PREFIX.length)))
			await caches.delete(key);
}

/** Puts back whatever is missing from this version's cache (the user cleared it, say). */
async function refill() {
	const cache = await caches.open(CACHE);
	const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const missing = ASSETS.filter((path) => !have.has(path));
	if (missing.length) await cache.addAll(missing);
}

sw.addEventListener('message', (event) => {
	const type = event.data?.type;
	// The page asks for this when the user taps "Reload" on the new-version prompt.
	if (type === 'SKIP_WAITING') void sw.skipWaiting();
	// Each page asks for this once it has loaded; the reply says the cache is whole again.
	if (type === 'CHECK_CACHE')
		event.waitUntil(
			Promise.all([refill(), dropUnusedVersions()]).then(
				() => event.ports[0]?.postMessage({ ok: true }),
				(error) => event.ports[0]?.postMessage({ ok: false, error: String(error) })
			)
		);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.method === 'POST' && url.pathname === SHARE_TARGET) {
		event.respondWith(receiveShared(request));
		return;
	}
	if (request.method !== 'GET') return;
	event.respondWith(respond(request, url));
});

/**
 * A file shared to the installed app (the manifest's share_target): kept in the inbox for the
 * settings page, which opens it in the import preview. Nothing is imported here.
 */
async function receiveShared(request: Request): Promise<Response> {
	try {
		const form = await request.formData();
		const file = form.getAll('backup').find((f): f is File => f instanceof File);
		if (file) {
			const inbox = await caches.open(INBOX);
			await inbox.put(
				INBOX_KEY,
				new Response(file, {
					headers: { 'content-type': file.type, 'x-file-name': encodeURIComponent(file.name) }
				})
			);
		}
		return Response.redirect(`${base}/settings?shared=${file ? 'backup' : 'none'}`, 303);
	} catch {
		return Response.redirect(`${base}/settings?shared=none`, 303);
	}
}

/**
 * Cache first: the cache holds one complete, consistent version of the app, so pages and their
 * assets always match, and a train tunnel costs nothing. Updates arrive as a new service worker.
 * A file this version lacks may be an old tab's, kept in its own version's cache. What is
 * missing from the cache is put back as it is fetched.
 */
async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = (await cache.match(url.pathname)) ?? (await caches.match(url.pathname));
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && (PRECACHED.has(url.pathname) || BANK_PAGE.test(url.pathname)))
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
