// What the built app makes a browser download: first-load JS per route, and the service worker's
// precache. Read from the files in build/, so it counts what ships, not what the source suggests.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The file adapter-static wrote for a URL path: `/` → index.html, `/practice` → practice.html. */
export function fileForPath(dir, urlPath) {
	const clean = decodeURIComponent(urlPath).replace(/^\/+/, '').replace(/\/+$/, '');
	const candidates =
		clean === '' ? ['index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
	for (const candidate of candidates) {
		const file = path.join(dir, candidate);
		// `/questions/conflict` is both a folder and conflict.html: only a file will do.
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

/** Gzip and brotli sizes at zlib's defaults (gzip 6, brotli 11), each file compressed alone as a host would. */
function compressedSizes(bytes) {
	return {
		raw: bytes.length,
		gzip: gzipSync(bytes).length,
		brotli: brotliCompressSync(bytes).length
	};
}

/**
 * The module scripts a prerendered page starts with: its `<link rel="modulepreload">`s, any
 * `<script type="module" src>`, and the entry chunks SvelteKit's inline boot script `import()`s.
 */
function entryScripts(html) {
	const urls = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /\bhref="([^"]+)"/.exec(tag);
		if (href && /\brel="modulepreload"/.test(tag)) urls.push(href[1]);
	}
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(attrs);
		if (src) urls.push(src[1]);
		else for (const [, url] of body.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) urls.push(url);
	}
	return urls;
}

/** Relative static imports of a built chunk (`import"./a.js"`, `import{x}from"./a.js"`, `export*from"./a.js"`); `import()` is lazy and not followed. */
function staticImports(code) {
	return [...code.matchAll(/\b(?:import|from)\s*["']([^"']+)["']/g)]
		.map(([, specifier]) => specifier)
		.filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'));
}

/**
 * First-load JS of one route: the page's entry scripts and everything they import statically,
 * transitively. SvelteKit's modulepreload list should already be that closure; following the
 * imports makes sure nothing the page needs before it is interactive escapes the count.
 */
export async function firstLoadJs(dir, urlPath) {
	const htmlFile = fileForPath(dir, urlPath);
	if (!htmlFile) throw new Error(`no prerendered page for ${urlPath} in ${dir}`);
	const pageUrl = new URL(urlPath, 'http://bench.local');
	const queue = entryScripts(await readFile(htmlFile, 'utf8')).map((u) => new URL(u, pageUrl));
	const seen = new Map();
	while (queue.length > 0) {
		const url = queue.shift();
		if (seen.has(url.pathname)) continue;
		const file = fileForPath(dir, url.pathname);
		if (!file) throw new Error(`${urlPath} loads ${url.pathname}, which is not in ${dir}`);
		const bytes = await readFile(file);
		seen.set(url.pathname, compressedSizes(bytes));
		for (const specifier of staticImports(bytes.toString('utf8')))
			queue.push(new URL(specifier, url));
	}
	return { route: urlPath, files: [...seen.keys()], ...sum([...seen.values()]) };
}

function sum(sizes) {
	const total = { raw: 0, gzip: 0, brotli: 0 };
	for (const size of sizes) for (const key of Object.keys(total)) total[key] += size[key];
	return total;
}

// The same exclusions as src/service-worker.ts: keep these two in step with it.
const NOT_PRECACHED = /\/screenshots\//;
const BANK_PAGE = /^\/questions\/(?!__data\.json$)[^/]+(?:\/(?!__data\.json$)[^/]+)?$/;
const FALLBACK = '/200.html';

/**
 * Everything the service worker precaches. The URL lists (`build`, `files`, `prerendered`) are
 * read from build/service-worker.js, where SvelteKit wrote them as `base + \`/path\``; the
 * filters are then applied as src/service-worker.ts does at install time.
 */
export async function precache(dir) {
	const worker = await readFile(path.join(dir, 'service-worker.js'), 'utf8');
	const listed = [...worker.matchAll(/[\w$]+\+`(\/[^`]*)`/g)].map(([, url]) => url);
	if (listed.length === 0)
		throw new Error('found no precache URLs in build/service-worker.js (did its output change?)');
	const urls = [
		...new Set([...listed.filter((u) => !NOT_PRECACHED.test(u) && !BANK_PAGE.test(u)), FALLBACK])
	];
	const sizes = [];
	const missing = [];
	for (const url of urls) {
		const file = fileForPath(dir, url);
		if (file) sizes.push(compressedSizes(await readFile(file)));
		else missing.push(url);
	}
	return { count: urls.length, missing, ...sum(sizes) };
}
