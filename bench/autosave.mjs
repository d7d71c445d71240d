// Autosave on a question page, with the CPU slowed down: how long one answer save takes, and
// how long 200 saves in a row take.
import { throttle } from './load.mjs';

export const SAVES = 200;
/** Saves measured one at a time, each after a pause, for the "one save" figures. */
export const SINGLE_SAVES = 100;
const PAUSE_MS = 100;

/**
 * Runs before any page script: records, for every readwrite IndexedDB transaction that touches
 * the "answers" store, when it was opened and when it completed. That transaction is the save:
 * the app reads the stored answer and puts the merged one inside it.
 */
export function recordAnswerTransactions() {
	window.__benchSaves = [];
	const transaction = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
		const tx = transaction.call(this, stores, mode, ...rest);
		const names = typeof stores === 'string' ? [stores] : [...stores];
		if (mode === 'readwrite' && names.includes('answers')) {
			const save = { start: performance.now(), end: undefined };
			window.__benchSaves.push(save);
			tx.addEventListener('complete', () => (save.end = performance.now()));
		}
		return tx;
	};
}

/**
 * In the page: `count` edits of the Action field, each flushed once the edit is on screen (the
 * frame after it) and awaited until the status line reads "Saved" again. In use, the debounce
 * starts a save 250 ms after the last keystroke, long after that frame: flushing in the edit's
 * own task would count the edit's layout and paint in the save. The flush is the one the editor
 * does when the page is hidden (a `pagehide` event), so no debounce wait is counted; it also
 * stashes the pending edit in localStorage first, as it does for real. With `pauseMs`, waits that
 * long before each edit (the page settles, as between bursts of typing); the pauses count in the
 * total, not in the edits.
 *
 * With `bare`, each edit is preceded (after its own pause) by the same save in bare IndexedDB
 * with no app around it: a get and a put of the same record in one readwrite transaction, in a
 * database of its own. Interleaved, both see the same moments of this machine, so the
 * difference is the app's doing. Returns per-edit times, the total and the bare save times.
 */
export async function editInPage({ count, text, pauseMs, bare = false }) {
	const action = [...document.querySelectorAll('label')].find(
		(label) => label.textContent.trim() === 'Action'
	).control;
	const status = action.closest('section').querySelector('[role="status"]');
	const completed = () => window.__benchSaves.filter((s) => s.end !== undefined).length;

	// Resolves when `done()` holds, checked whenever the status line changes.
	const until = (done) =>
		new Promise((resolve, reject) => {
			const observer = new MutationObserver(check);
			const timer = setTimeout(() => {
				observer.disconnect();
				reject(new Error(`no "Saved" within 10 s (status: "${status.textContent.trim()}")`));
			}, 10_000);
			function check() {
				if (!done()) return;
				observer.disconnect();
				clearTimeout(timer);
				resolve();
			}
			observer.observe(status, { childList: true, characterData: true, subtree: true });
			check();
		});

	const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));
	const baseline = !bare
		? undefined
		: await new Promise((resolve, reject) => {
				const open = indexedDB.open('star-bench-baseline', 1);
				open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
	const bareSave = (i) =>
		new Promise((resolve, reject) => {
			const tx = baseline.transaction('records', 'readwrite');
			const store = tx.objectStore('records');
			store.get('q').onsuccess = (event) =>
				store.put({ ...event.target.result, id: 'q', action: `${text} (edit ${i})` });
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});

	const edits = [];
	const bareTimes = [];
	let bareMs = 0;
	const started = performance.now();
	for (let i = 0; i < count; i++) {
		if (baseline) {
			await pause();
			const t0 = performance.now();
			await bareSave(i);
			bareTimes.push(performance.now() - t0);
			bareMs += performance.now() - t0 + pauseMs;
		}
		if (pauseMs > 0) await pause();
		const target = completed() + 1;
		const t0 = performance.now();
		action.value = `${text} (edit ${i})`;
		action.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
		dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
		await until(() => completed() >= target && status.textContent.trim() === 'Saved');
		edits.push(performance.now() - t0);
	}
	baseline?.close();
	return { edits, total: performance.now() - started - bareMs, bare: bareTimes };
}

/** About 300 words, the length the design aims an answer at, so each save writes a real record. */
export function answerText() {
	const sentence =
		'I met both engineers separately, wrote down the trade-offs each cared about, and ' +
		'asked them to review the other design against the same three criteria before we met. ';
	return sentence.repeat(12).trim();
}

/** Runs editInPage in `page` and the "answers" transactions it caused. */
async function edits(page, options) {
	await page.evaluate(() => (window.__benchSaves.length = 0));
	const { edits, total, bare } = await page.evaluate(editInPage, options);
	const transactions = await page.evaluate(() => window.__benchSaves.map((s) => s.end - s.start));
	return { edits, total, transactions, bare };
}

/**
 * Opens `url` (a question page) in `context` and, with the CPU slowed down: types one answer
 * field the way a user does (debounced save); makes SINGLE_SAVES edits each saved alone after a
 * pause ("one save"), each after a bare IndexedDB save (the baseline); then SAVES edits in a
 * row, each saved before the next. Durations are of the "answers" transactions (the save
 * itself) and of edit → "Saved" shown (as the user sees it).
 * `context` should have a profile on disk, as a user's browser does: a fresh Playwright
 * context keeps IndexedDB in memory.
 */
export async function benchAutosave(context, url) {
	await context.addInitScript(recordAnswerTransactions);
	const page = await context.newPage();
	try {
		await page.goto(url);
		const situation = page.getByLabel('Situation', { exact: true });
		await situation.waitFor();
		await page.waitForFunction(() => !document.querySelector('textarea:disabled'));
		await page.evaluate(() => (window.__benchSaves.length = 0));
		await throttle(page);

		await situation.fill('Two senior engineers disagreed on how to split the billing service.');
		const status = page.locator('section', { has: situation }).getByRole('status');
		await status
			.filter({ hasText: /^Saved$/ })
			.first()
			.waitFor();
		const [first] = await page.evaluate(() => window.__benchSaves.map((s) => s.end - s.start));

		const text = answerText();
		const { bare, ...single } = await edits(page, {
			count: SINGLE_SAVES,
			text,
			pauseMs: PAUSE_MS,
			bare: true
		});
		const inARow = await edits(page, { count: SAVES, text, pauseMs: 0 });
		return { first, single, inARow, bare };
	} finally {
		await page.close();
	}
}
