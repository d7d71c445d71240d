// At scale, with the CPU slowed down: /stories holding 5,000 stories, and typing in an answer of
// 1 MB. Data goes straight into IndexedDB, as a long-time user's device would hold it.
import { CPU_SLOWDOWN, throttle } from './load.mjs';

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
 * /stories with `stories` stories: from the start of navigation until the first story link is
 * on screen, `runs` times.
 */
export async function storiesFirstScreen(browser, origin, runs, stories) {
	const { context, page } = await pageWith(browser, origin, { stories });
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.querySelector('main ul a[href^="/stories/"]')) {
				window.__firstStory = performance.now();
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await throttle(page);
	const times = [];
	try {
		for (let i = 0; i < runs; i++) {
			await page.goto(`${origin}/stories`);
			await page.waitForFunction(() => window.__firstStory !== undefined, null, {
				timeout: 120_000
			});
			times.push(await page.evaluate(() => window.__firstStory));
		}
	} finally {
		await context.close();
	}
	return times;
}

/**
 * What a user does: on Home, with `stories` stories, taps "Stories" in the navigation (a
 * client-side navigation: the app is already running and its database open). From the click
 * until the first story link is on screen, `runs` times.
 */
export async function storiesByNavigation(browser, origin, runs, stories) {
	const { context, page } = await pageWith(browser, origin, { stories });
	await throttle(page);
	const times = [];
	try {
		for (let i = 0; i < runs; i++) {
			await page.goto(`${origin}/`);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
			await page.evaluate(() => {
				window.__tapped = undefined;
				window.__firstStory = undefined;
				addEventListener('click', () => (window.__tapped ??= performance.now()), {
					capture: true,
					once: true
				});
				new MutationObserver((_, observer) => {
					if (document.querySelector('main ul a[href^="/stories/"]')) {
						window.__firstStory = performance.now();
						observer.disconnect();
					}
				}).observe(document, { childList: true, subtree: true });
			});
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Stories' })
				.click();
			await page.waitForFunction(() => window.__firstStory !== undefined, null, {
				timeout: 120_000
			});
			times.push(await page.evaluate(() => window.__firstStory - window.__tapped));
		}
	} finally {
		await context.close();
	}
	return times;
}

/** A fast typist's pace: one key every 120 ms (about 100 words a minute). */
const KEY_EVERY_MS = 120;

/**
 * In the page: `count` keystrokes typed at the end of `field`, one every KEY_EVERY_MS (or as soon
 * as the last one is drawn, if that takes longer), through the editing command a key press runs.
 * For each, the main-thread time from the keystroke until the frame after it has been laid out:
 * input handlers, Svelte's updates, style, layout, and any task of the app's that runs first
 * (a stash, a save). Typed in the page, so the bench's own round trips add nothing.
 */
async function typeInPage(field, { count, everyMs }) {
	field.focus();
	const times = [];
	for (let i = 0; i < count; i++) {
		const start = performance.now();
		field.setSelectionRange(field.value.length, field.value.length);
		document.execCommand('insertText', false, 'x');
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		times.push(performance.now() - start);
		const wait = everyMs - (performance.now() - start);
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
	}
	return times;
}

/**
 * `count` keystrokes in a row into `field` (a locator), each timed, with its page the active
 * tab: Chromium throttles the timers of a tab behind another to about one wake-up a second,
 * which timed every keystroke of a page left behind at about 1,000 ms.
 */
async function burst(field, count) {
	await field.page().bringToFront();
	return field.evaluate(typeInPage, { count, everyMs: KEY_EVERY_MS });
}

/**
 * KEYSTROKES keystrokes at the end of a 1 MB Situation on the question page, in bursts as a user
 * types (no pause long enough for the debounced save or the coach to run within a burst), and as
 * many in two bare textareas on a page of their own (no app): one holding the same megabyte (what
 * the browser alone costs for it) and one holding one part of it (8,000 characters: what the
 * browser alone costs for the box the app types into). Bursts alternate, so all three see the
 * same spells of this machine.
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
		const bare = await context.newPage();
		await bare.setContent(
			'<style>textarea { display: block; width: 40rem; field-sizing: content }</style>' +
				'<textarea id="whole"></textarea><textarea id="part"></textarea>'
		);
		await bare.evaluate((text) => {
			document.getElementById('whole').value = text;
			document.getElementById('part').value = text.slice(0, 8000);
		}, text);
		await throttle(page);
		await throttle(bare);
		const app = situation.last();
		const times = [];
		const bareTimes = [];
		const partTimes = [];
		const each = KEYSTROKES / 3;
		for (let round = 0; round < 3; round++) {
			times.push(...(await burst(app, each)));
			bareTimes.push(...(await burst(bare.locator('#whole'), each)));
			partTimes.push(...(await burst(bare.locator('#part'), each)));
		}
		const chars = await situation.evaluateAll((boxes) =>
			boxes.reduce((n, b) => n + (b.value ?? b.textContent).length, 0)
		);
		const parts = await situation.count();
		return { times, bare: bareTimes, part: partTimes, chars, parts };
	} finally {
		await context.close();
	}
}

/** Both figures, with the CPU slowed down CPU_SLOWDOWN times. */
export async function benchScale(browser, origin, runs = 3) {
	const stories = await storiesFirstScreen(browser, origin, runs, STORIES);
	// The same page with one story: what loading the page costs on this machine, stories aside.
	const oneStory = await storiesFirstScreen(browser, origin, runs, 1);
	const byNavigation = await storiesByNavigation(browser, origin, runs, STORIES);
	const typing = await keystrokesInBigAnswer(browser, origin);
	return { stories, oneStory, byNavigation, typing, cpuSlowdown: CPU_SLOWDOWN };
}

const round = (x) => Math.round(x * 10) / 10;
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
				`/stories with ${STORIES} stories: first story on screen (${slow}, median of ${r.stories.length})`,
				percentile(r.stories, 0.5),
				'<= 300'
			),
			row(
				`/stories with 1 story: first story on screen (${slow}, median of ${r.oneStory.length}, baseline)`,
				percentile(r.oneStory, 0.5)
			),
			row(
				`/stories with ${STORIES} stories, reached from Home by its navigation link: first story on screen (${slow}, median of ${r.byNavigation.length})`,
				percentile(r.byNavigation, 0.5),
				'<= 300'
			),
			row(
				`keystroke in a 1 MB answer, main thread p95 (${slow}, ${KEYSTROKES} keys)`,
				percentile(r.typing.times, 0.95),
				'<= 16'
			),
			row(`keystroke in a 1 MB answer, main thread p50 (${slow})`, percentile(r.typing.times, 0.5)),
			row(
				`keystroke in a bare textarea with the same 1 MB, no app, p95 (${slow}, baseline)`,
				percentile(r.typing.bare, 0.95)
			),
			row(`keystroke in a bare textarea, p50 (${slow}, baseline)`, percentile(r.typing.bare, 0.5)),
			row(
				`keystroke in a bare textarea of 8,000 characters (one part), p95 (${slow}, baseline)`,
				percentile(r.typing.part, 0.95)
			),
			row(
				`keystroke in a bare textarea of one part, p50 (${slow}, baseline)`,
				percentile(r.typing.part, 0.5)
			)
		],
		details: r
	};
}
