// `node bench/profile.mjs <stories|keystroke|save> [--no-throttle] [--build=dir]`: where the main thread's time
// goes in one of the at-scale or autosave scenarios, on the existing build/. Prints the renderer
// main thread's busy time by trace event (script, style, layout, paint, GC…) and the JavaScript
// functions with the most self time (V8's sampling profiler), and writes the raw trace and CPU
// profile to bench/profiles/ for DevTools. A tool for finding causes, not a figure with a budget.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { throttle } from './load.mjs';
import { serve, snapshot } from './serve.mjs';
import { answerText, editInPage, recordAnswerTransactions } from './autosave.mjs';
import { pageWith } from './scale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [scenario = 'keystroke', ...flags] = process.argv.slice(2);
const QUESTION = '/questions/conflict/conflict-design-disagreement';
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8',
	'v8.execute',
	'blink',
	'toplevel'
];

/** Self time per event name on the renderer's main thread, and its busy time (top-level tasks). */
function summariseTrace(json) {
	const events = JSON.parse(json).traceEvents;
	const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
	const main = names.find((e) => e.args.name === 'CrRendererMain' && e.pid !== undefined);
	// The page's renderer: the main thread with the most complete events.
	const counts = new Map();
	for (const e of events)
		if (
			e.ph === 'X' &&
			names.some((n) => n.pid === e.pid && n.tid === e.tid && n.args.name === 'CrRendererMain')
		)
			counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
	const [thread] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [
		main && `${main.pid}:${main.tid}`
	];
	const mine = events
		.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.dur !== undefined)
		.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	const self = new Map();
	const stack = [];
	let busy = 0;
	for (const e of mine) {
		while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
		const parent = stack.at(-1);
		if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
		else busy += e.dur;
		self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
		stack.push(e);
	}
	const rows = [...self.entries()]
		.map(([name, us]) => ({ name, ms: us / 1000 }))
		.filter((r) => r.ms >= 1)
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 20);
	return { busyMs: busy / 1000, rows };
}

/** Self and total time per function in a V8 CPU profile, heaviest self time first. */
function summariseProfile(profile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const selfUs = new Map();
	profile.samples.forEach((id, i) =>
		selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
	);
	const label = (n) => {
		const f = n.callFrame;
		const file = f.url ? f.url.split('/').pop() : '';
		return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`.trim();
	};
	const self = new Map();
	const total = new Map();
	for (const [id, us] of selfUs) {
		const name = label(byId.get(id));
		self.set(name, (self.get(name) ?? 0) + us);
		const seen = new Set();
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const up = label(byId.get(at));
			if (seen.has(up)) continue;
			seen.add(up);
			total.set(up, (total.get(up) ?? 0) + us);
		}
	}
	const top = (map) =>
		[...map.entries()]
			.map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }))
			.sort((a, b) => b.ms - a.ms)
			.slice(0, 25);
	return { self: top(self), total: top(total) };
}

/** Runs `action` with a trace and a CPU profile around it; prints and saves both. */
async function profiled(browser, page, name, action) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await browser.startTracing(page, { categories: CATEGORIES });
	await cdp.send('Profiler.start');
	const started = Date.now();
	await action();
	const wall = Date.now() - started;
	const { profile } = await cdp.send('Profiler.stop');
	const trace = (await browser.stopTracing()).toString();
	const dir = path.join(root, 'bench', 'profiles');
	await mkdir(dir, { recursive: true });
	await writeFile(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
	await writeFile(path.join(dir, `${name}.trace.json`), trace);
	const t = summariseTrace(trace);
	const p = summariseProfile(profile);
	console.log(`\n== ${name}: ${wall} ms wall, main thread busy ${t.busyMs.toFixed(0)} ms`);
	console.log('-- main thread self time by trace event');
	for (const r of t.rows) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.name}`);
	console.log('-- JavaScript self time (CPU profile)');
	for (const r of p.self) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.name}`);
	console.log('-- JavaScript total time (CPU profile)');
	for (const r of p.total) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.name}`);
}

/** Types `count` characters at the end of the Situation field, a frame apart, as a user would. */
async function typeAtEnd(page, count) {
	const field = page.getByRole('textbox', { name: /^Situation/ }).last(); // the last of its parts
	await field.evaluate((t) => {
		t.focus();
		t.setSelectionRange(t.value.length, t.value.length);
	});
	for (let i = 0; i < count; i++) {
		await page.keyboard.insertText('x');
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
	}
}

const scenarios = {
	async stories(browser, origin) {
		const { context, page } = await pageWith(browser, origin, { stories: 5000 });
		if (!noThrottle) await throttle(page);
		await profiled(browser, page, 'stories', async () => {
			await page.goto(`${origin}/stories`);
			await page.locator('main ul a[href^="/stories/"]').first().waitFor({ timeout: 120_000 });
			await page.getByRole('heading', { name: 'Coverage' }).waitFor({ timeout: 120_000 });
			await page.waitForTimeout(1000);
		});
		await context.close();
	},
	async keystroke(browser, origin) {
		const { context, page } = await pageWith(browser, origin, {
			answerChars: 1024 * 1024,
			questionId: QUESTION.split('/').at(-1)
		});
		await page.goto(`${origin}${QUESTION}`);
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('textarea')].some(
					(t) => t.value.length > 1000 && !t.disabled
				),
			null,
			{ timeout: 120_000 }
		);
		if (!noThrottle) await throttle(page);
		await profiled(browser, page, 'keystroke', () => typeAtEnd(page, 10));
		await context.close();
	},
	async save(browser, origin) {
		// As `npm run bench` saves: each edit flushed at once, the next after a pause.
		const { context, page } = await pageWith(browser, origin, {});
		await page.addInitScript(recordAnswerTransactions);
		await page.goto(`${origin}${QUESTION}`);
		await page.waitForFunction(() => !document.querySelector('textarea:disabled'));
		if (!noThrottle) await throttle(page);
		const text = answerText();
		await page.evaluate(editInPage, { count: 3, text, pauseMs: 100 });
		let times;
		await profiled(browser, page, 'save', async () => {
			await page.evaluate(() => (window.__benchSaves.length = 0));
			await page.evaluate(editInPage, { count: 20, text, pauseMs: 100 });
			times = await page.evaluate(() => window.__benchSaves.map((s) => s.end - s.start));
		});
		console.log(`-- save transactions (ms): ${times.map((t) => t.toFixed(1)).join(' ')}`);
		await context.close();
	}
};

const noThrottle = flags.includes('--no-throttle');
// A build made with `npx vite build --minify false` (copied aside) names functions in profiles.
const buildDir = flags.find((f) => f.startsWith('--build='))?.slice(8) ?? path.join(root, 'build');
if (!scenarios[scenario]) throw new Error(`scenarios: ${Object.keys(scenarios).join(', ')}`);
const snap = await snapshot(buildDir);
const server = await serve(snap.dir);
const browser = await chromium.launch({
	executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});
try {
	await scenarios[scenario](browser, server.origin);
} finally {
	await browser.close();
	await server.close();
	await snap.remove();
}
