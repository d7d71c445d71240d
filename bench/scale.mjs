// At scale, with the CPU slowed down: /stories holding 5,000 stories, and typing in an answer of
// 1 MB. Data goes straight into IndexedDB, as a long-time user's device would hold it.
import { CPU_SLOWDOWN, throttle } from './load.mjs';
import { keystrokeWork, TRACE_CATEGORIES } from './main-thread.mjs';

export const STORIES = 5000;
export const KEYSTROKES = 30;
const QUESTION = '/questions/conflict/conflict-design-disagreement';
const MB = 1024 * 1024;

/** In the page: puts `count` stories, or one answer of `chars` characters, into the app's database. */
async function seed({ stories, answerChars, questionId }) {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('star-practice');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const now = new Date().toISOString();
	const tx = db.transaction(['stories', 'answers'], 'readwrite');
	for (let i = 0; i < stories; i++)
		tx.objectStore('stories').put({
			id: `story-${i}`,
			title: `Story ${i}: the migration we nearly missed`,
			situation: 'A team of six, a deadline in three weeks. '.repeat(8),
			task: 'I owned the plan.',
			action: 'I split the work, set checkpoints and cut scope twice. '.repeat(12),
			result: 'Shipped a day early; incidents fell by a third.',
			themeIds: ['delivery', 'conflict'],
			metrics: 'a third fewer incidents',
			createdAt: now,
			updatedAt: new Date(Date.now() - i * 1000).toISOString()
		});
	if (answerChars)
		tx.objectStore('answers').put({
			questionId,
			situation: 'We had two weeks and a team that disagreed on everything. '.repeat(
				Math.ceil(answerChars / 58)
			),
			task: '',
			action: '',
			result: '',
			status: 'draft',
			createdAt: now,
			updatedAt: now
		});
	await new Promise((resolve, reject) => {
		tx.oncomplete = resolve;
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

/** A fresh context with the app's database created (one visit), then `data` put into it. */
export async function pageWith(browser, origin, data) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/settings`);
	await page.getByText('You have not exported a backup yet.').waitFor();
	await page.evaluate(seed, { stories: 0, answerChars: 0, questionId: '', ...data });
	return { context, page };
}

/**
 * /stories with `stories` stories, loaded cold (a fresh tab, nothing compiled yet, no service
 * worker): from the start of navigation until the frame that shows the first story, `runs` times.
 */
export async function storiesFirstScreen(browser, origin, runs, stories) {
	const { context, page } = await pageWith(browser, origin, { stories });
	await page.addInitScript(watchFirstStory);
	await throttle(page);
	const times = [];
	try {
		for (let i = 0; i < runs; i++) {
			await page.goto(`${origin}/stories`);
			await page.waitForFunction(() => window.__firstStoryFrame !== undefined, null, {
				timeout: 120_000
			});
			times.push(await page.evaluate(() => window.__firstStoryFrame));
		}
	} finally {
		await context.close();
	}
	return times;
}

/** In the page: notes when the first story link is in the DOM, and when the frame after it starts. */
function watchFirstStory() {
	window.__firstStory = undefined;
	window.__firstStoryFrame = undefined;
	new MutationObserver((_, observer) => {
		if (!document.querySelector('main ul a[href^="/stories/"]')) return;
		window.__firstStory = performance.now();
		requestAnimationFrame(() => (window.__firstStoryFrame = performance.now()));
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
}

/** How long a pointer rests on a link before the click: a mouse arriving, a finger's press. */
export const HOVER_MS = 150;

/**
 * What a user does: on Home, with `stories` stories, once Home has settled (its data drawn, the
 * network idle), taps "Stories" in the navigation (a client-side navigation: the app is running
 * and its database open). From the click until the frame that shows the first story, `runs`
 * times. With `hoverMs`, the pointer first rests on the link that long, as a mouse arriving on
 * it or a finger pressing it does: the app preloads a link's code and data on hover and on
 * touchstart (`data-sveltekit-preload-data="hover"`), so this is what a user waits for. Without,
 * the click comes at once: nothing is preloaded (as with the keyboard), the route's code is
 * fetched and compiled after the click.
 */
export async function storiesByNavigation(browser, origin, runs, stories, hoverMs = 0) {
	const { context, page } = await pageWith(browser, origin, { stories });
	await throttle(page);
	const times = [];
	try {
		for (let i = 0; i < runs; i++) {
			await page.goto(`${origin}/`);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1000);
			const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
				name: 'Stories'
			});
			if (hoverMs) {
				await link.hover();
				await page.waitForTimeout(hoverMs);
			}
			await page.evaluate(() => {
				window.__tapped = undefined;
				addEventListener('click', () => (window.__tapped ??= performance.now()), {
					capture: true,
					once: true
				});
			});
			await page.evaluate(watchFirstStory);
			await link.click();
			await page.waitForFunction(() => window.__firstStoryFrame !== undefined, null, {
				timeout: 120_000
			});
			times.push(await page.evaluate(() => window.__firstStoryFrame - window.__tapped));
		}
	} finally {
		await context.close();
	}
	return times;
}

/** A fast typist's pace: one key every 120 ms (about 100 words a minute). */
const KEY_EVERY_MS = 120;
/** After the last burst in the app: long enough for the debounced save and the coach to run. */
const PAUSE_MS = 3500;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `count` real key presses at the end of `field` (a locator), one every KEY_EVERY_MS (or once the
 * last one is handled, if that takes longer), traced; then `afterMs` without typing. Its page is
 * brought to the front first: Chromium wakes the timers of a tab behind another about once a
 * second. Returns keystrokeWork's figures for each key (see main-thread.mjs).
 */
async function tracedBurst(browser, field, count, afterMs = 300) {
	const page = field.page();
	await page.bringToFront();
	await field.evaluate((box) => {
		box.focus();
		box.setSelectionRange(box.value.length, box.value.length);
	});
	await browser.startTracing(page, { categories: TRACE_CATEGORIES });
	let trace;
	try {
		// One key more than counted: it closes the last counted key's window.
		for (let i = 0; i <= count; i++) {
			const start = Date.now();
			await page.keyboard.press('x');
			await sleep(KEY_EVERY_MS - (Date.now() - start));
		}
		await sleep(afterMs);
	} finally {
		trace = await browser.stopTracing();
	}
	return keystrokeWork(JSON.parse(trace.toString()).traceEvents);
}

/**
 * KEYSTROKES keystrokes at the end of a 1 MB Situation on the question page, in bursts as a user
 * types (no pause long enough for the debounced save or the coach to run within a burst), and as
 * many in two bare textareas, each alone on a page (no app): one holding the same megabyte (what
 * the browser alone costs for it) and one holding the text of the box the app types into (what
 * the browser alone costs for a key in that box). The app's and the box's bursts alternate, so
 * both see the same spells of this machine; the megabyte comes last. The last burst in the app is
 * followed by a pause, traced too.
 */
export async function keystrokesInBigAnswer(browser, origin) {
	const { context, page } = await pageWith(browser, origin, {
		answerChars: MB,
		questionId: QUESTION.split('/').at(-1)
	});
	try {
		await page.goto(`${origin}${QUESTION}`);
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('textarea')].some(
					(t) => t.value.length > 1000 && !t.disabled
				),
			null,
			{ timeout: 120_000 }
		);
		// Past 50,000 characters the field is edited in parts: its text is the parts joined, and
		// typing at its end types into the last part (a textarea; most parts stand in as text).
		const situation = page.getByRole('textbox', { name: /^Situation/ });
		const text = await situation.evaluateAll((boxes) =>
			boxes.map((b) => b.value ?? b.textContent).join('')
		);
		const app = situation.last();
		// Baselines, each a bare textarea alone on a page of its own (no app): one holding the text
		// of the box typed in (the browser's own cost of a key in that box), one the whole megabyte.
		const bareWith = async (value) => {
			const bare = await context.newPage();
			await bare.setContent(
				'<style>textarea { display: block; width: 40rem; field-sizing: content }</style><textarea></textarea>'
			);
			await bare.locator('textarea').evaluate((box, v) => (box.value = v), value);
			await throttle(bare);
			return bare.locator('textarea');
		};
		const boxText = await app.inputValue();
		const bareBox = await bareWith(boxText);
		await throttle(page);
		const keys = [];
		const boxKeys = [];
		let pause;
		const each = KEYSTROKES / 3;
		for (let round = 0; round < 3; round++) {
			const last = round === 2;
			const burst = await tracedBurst(browser, app, each, last ? PAUSE_MS : undefined);
			keys.push(...burst.keys);
			if (last) pause = burst.after;
			// Let the save and the counts run while the app is in front: behind another tab its
			// timers wait, and would run inside its next burst, as no steady typist sees them.
			else await sleep(PAUSE_MS);
			boxKeys.push(...(await tracedBurst(browser, bareBox, each)).keys);
		}
		// Last and once: a key in a bare megabyte takes longer than the pace of the keys, and its
		// backlog would keep a core busy through the next burst measured.
		const wholeKeys = (await tracedBurst(browser, await bareWith(text), each)).keys;
		const chars = await situation.evaluateAll((boxes) =>
			boxes.reduce((n, b) => n + (b.value ?? b.textContent).length, 0)
		);
		const parts = await situation.count();
		return { keys, box: boxKeys, whole: wholeKeys, pause, chars, parts, boxChars: boxText.length };
	} finally {
		await context.close();
	}
}

/** Both figures, with the CPU slowed down CPU_SLOWDOWN times. */
export async function benchScale(browser, origin, runs = 3) {
	const stories = await storiesFirstScreen(browser, origin, runs, STORIES);
	// The same page with one story: what loading the page costs on this machine, stories aside.
	const oneStory = await storiesFirstScreen(browser, origin, runs, 1);
	// Taps vary more than loads (the first in a context also fetches the route's code): 5 each.
	const taps = Math.max(runs, 5);
	const byNavigation = await storiesByNavigation(browser, origin, taps, STORIES, HOVER_MS);
	// The same tap with one story: what the list of 5,000 adds is the difference.
	const byNavigationOne = await storiesByNavigation(browser, origin, taps, 1, HOVER_MS);
	const byNavigationNoPreload = await storiesByNavigation(browser, origin, taps, STORIES);
	const typing = await keystrokesInBigAnswer(browser, origin);
	return {
		stories,
		oneStory,
		byNavigation,
		byNavigationOne,
		byNavigationNoPreload,
		typing,
		cpuSlowdown: CPU_SLOWDOWN
	};
}

const round = (x) => Math.round(x * 10) / 10;
const work = (keys) => keys.map((k) => k.work);
const cpu = (keys) => keys.map((k) => k.cpu);
const script = (keys) => keys.map((k) => k.script);
function percentile(xs, p) {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** The rows `npm run bench` prints, each beside its budget (issue 24's "How we will know"). */
export async function scaleRows(browser, origin) {
	const r = await benchScale(browser, origin);
	const slow = `${r.cpuSlowdown}x CPU`;
	const row = (name, value, budget) => ({ name, value: round(value), unit: 'ms', budget });
	return {
		rows: [
			row(
				`/stories with ${STORIES} stories, tapped in Home's navigation after ${HOVER_MS} ms on the link (code preloaded as on hover or touch): first story on screen (${slow}, median of ${r.byNavigation.length})`,
				percentile(r.byNavigation, 0.5),
				'<= 300'
			),
			row(
				`/stories with 1 story, the same tap (baseline: the list of ${STORIES} costs the difference)`,
				percentile(r.byNavigationOne, 0.5)
			),
			row(
				`/stories with ${STORIES} stories, tapped with nothing preloaded (code fetched and compiled after the tap)`,
				percentile(r.byNavigationNoPreload, 0.5)
			),
			row(
				`/stories with ${STORIES} stories, cold load of a fresh tab: first story on screen (median of ${r.stories.length})`,
				percentile(r.stories, 0.5)
			),
			row(`/stories with 1 story, cold load (baseline)`, percentile(r.oneStory, 0.5)),
			row(
				`keystroke in a 1 MB answer: main-thread work, p95 (${slow}, ${KEYSTROKES} keys)`,
				percentile(work(r.typing.keys), 0.95),
				'<= 16'
			),
			row(
				`keystroke in a 1 MB answer: main-thread work, p50`,
				percentile(work(r.typing.keys), 0.5)
			),
			row(
				`keystroke in a 1 MB answer: of that work, the app's own script (handlers, stash, Svelte), p95`,
				percentile(script(r.typing.keys), 0.95)
			),
			row(
				`keystroke in a 1 MB answer: the app's own script, p50`,
				percentile(script(r.typing.keys), 0.5)
			),
			row(
				`keystroke in a 1 MB answer: the same tasks' CPU time (no wait for a core), p95`,
				percentile(cpu(r.typing.keys), 0.95)
			),
			row(`keystroke in a 1 MB answer: CPU time, p50`, percentile(cpu(r.typing.keys), 0.5)),
			row(
				`keystroke in a 1 MB answer: longest task, p95`,
				percentile(
					r.typing.keys.map((k) => k.longest),
					0.95
				)
			),
			row(
				`keystroke in a 1 MB answer: until its frame is committed, p50`,
				percentile(
					r.typing.keys.map((k) => k.toFrame ?? Infinity),
					0.5
				)
			),
			row(
				`keystroke in a bare textarea holding the text of the box typed in (${r.typing.boxChars} characters), alone on a page, no app: main-thread work, p95 (baseline: the browser's own cost)`,
				percentile(work(r.typing.box), 0.95)
			),
			row(`keystroke in that bare textarea: p50`, percentile(work(r.typing.box), 0.5)),
			row(`keystroke in that bare textarea: CPU time, p50`, percentile(cpu(r.typing.box), 0.5)),
			row(
				`keystroke in a bare textarea with the same 1 MB, alone on a page: main-thread work, p95 (baseline)`,
				percentile(work(r.typing.whole), 0.95)
			),
			row(`keystroke in a bare textarea with 1 MB: p50`, percentile(work(r.typing.whole), 0.5)),
			row(
				`a 1 MB answer, ${PAUSE_MS / 1000} s after typing stops (save, counts, coach): longest task`,
				r.typing.pause.longest
			),
			row(`a 1 MB answer, the same pause: main-thread work in all`, r.typing.pause.work)
		],
		details: r
	};
}
