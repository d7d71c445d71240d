import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, test } from './fixtures';

// Issue 24: what an adversarial run broke, reproduced in a real browser.
const theme = bank.themes[3];
const questionUrl = `/questions/${theme.id}/${theme.questions[0].id}`;
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });

async function openQuestion(page: Page) {
	await page.goto(questionUrl);
	await expect(field(page, 'Action')).toBeEnabled();
}

test('a tab closed with its edit unwritten keeps it when another tab saves the same answer', async ({
	page,
	context
}) => {
	const other = await context.newPage();
	await openQuestion(page);
	await openQuestion(other);
	await stallWrites(page);
	await field(page, 'Situation').fill('Typed in the first tab just before it closed');
	await page.close({ runBeforeUnload: true });
	await field(other, 'Result').fill('Saved in the second tab afterwards');
	await expect(other.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	// The second tab writes the closed tab's edit once that tab is gone.
	await expect(field(other, 'Situation')).toHaveValue(
		'Typed in the first tab just before it closed'
	);
	await other.reload();
	await expect(field(other, 'Situation')).toHaveValue(
		'Typed in the first tab just before it closed'
	);
	await expect(field(other, 'Result')).toHaveValue('Saved in the second tab afterwards');
});

/** The page's IndexedDB writes never land, as when it dies before the debounce runs out. */
async function stallWrites(page: Page) {
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('stalled', 'AbortError');
		};
	});
}

/** Types into Action as a person does, a keystroke every few milliseconds, in the page. */
async function typeFast(page: Page, words: string) {
	await page.evaluate(async (text) => {
		const action = [...document.querySelectorAll('label')].find(
			(l) => l.textContent?.trim() === 'Action'
		)!.control as HTMLTextAreaElement;
		for (let i = 1; i <= text.length; i++) {
			action.value = text.slice(0, i);
			action.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((resolve) => setTimeout(resolve, 15));
		}
	}, words);
}

test('two tabs typing in the same field end up showing what is stored', async ({
	page,
	context
}) => {
	const other = await context.newPage();
	await openQuestion(page);
	await openQuestion(other);
	await Promise.all([
		typeFast(page, 'first tab typing a sentence of its own, on and on'),
		typeFast(other, 'second tab typing another sentence, over and over')
	]);
	for (const tab of [page, other])
		await expect(tab.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	// Both tabs show the same text, and it is the text stored.
	await expect
		.poll(async () => field(other, 'Action').inputValue())
		.toBe(await field(page, 'Action').inputValue());
	const shown = await field(page, 'Action').inputValue();
	const fresh = await context.newPage();
	await openQuestion(fresh);
	await expect(field(fresh, 'Action')).toHaveValue(shown);
});

test('a crash inside the debounce loses none of the typing', async ({ page, context }) => {
	await openQuestion(page);
	await stallWrites(page);
	await field(page, 'Task').fill('The last burst before the crash');
	// The renderer dies at once: no pagehide, no flush, no IndexedDB write.
	await page.goto('chrome://crash').catch(() => {});

	const again = await context.newPage();
	await openQuestion(again);
	await expect(field(again, 'Task')).toHaveValue('The last burst before the crash');
});

// Issue 24, item 7: a 130-character URL as a title pushed pages sideways on a phone.
test('long unbroken text never scrolls a page sideways', async ({ page }) => {
	const url = `https://example.org/${'a-very-long-path-segment-'.repeat(5)}end`;
	const backup = JSON.parse(readFileSync('tests/fixtures/backup-v1.json', 'utf8'));
	backup.data.stories[0].title = url;
	backup.data.stories[0].action = `See ${url} and ${'x'.repeat(140)}`;
	backup.data.interviews[0].company = url;
	backup.data.interviews[0].role = 'y'.repeat(140);
	await page.goto('/settings');
	await page.getByLabel('Import backup').setInputFiles({
		name: 'long.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

	const { stories, interviews } = backup.data;
	for (const path of [
		'/stories',
		`/stories/${stories[0].id}`,
		'/interviews',
		`/interviews/${interviews[0].id}`,
		`/search?q=${encodeURIComponent('a-very-long-path-segment')}`,
		'/'
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
	}
});
