import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const theme = bank.themes[5];
const question = theme.questions[0];
const questionUrl = `/questions/${theme.id}/${question.id}`;

async function openQuestion(page: Page) {
	await page.goto(questionUrl);
	await expect(page.getByLabel('Situation', { exact: true })).toBeEnabled();
}

test('an answer typed into the four STAR fields is there after a reload', async ({
	page
}, info) => {
	await openQuestion(page);
	await page
		.getByLabel('Situation', { exact: true })
		.fill('Two senior engineers disagreed on the queue design.');
	await page.getByLabel('Task', { exact: true }).fill('I owned the decision and the deadline.');
	await page
		.getByLabel('Action', { exact: true })
		.fill('I asked each to write the other side, then set criteria.');
	await page
		.getByLabel('Result', { exact: true })
		.fill('We shipped in 3 weeks; incidents fell 40%.');
	await page.getByLabel('Ready to practise').check();
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await expect(page.getByText(/\d+ words/).first()).toBeVisible();

	await page.reload();
	await expect(page.getByLabel('Situation', { exact: true })).toHaveValue(
		'Two senior engineers disagreed on the queue design.'
	);
	await expect(page.getByLabel('Result', { exact: true })).toHaveValue(
		'We shipped in 3 weeks; incidents fell 40%.'
	);
	await expect(page.getByLabel('Ready to practise')).toBeChecked();
	await screenshots(page, 'answer', info.project.name);

	await page.goto('/questions');
	await expect(page.getByRole('link', { name: new RegExp(theme.title) })).toContainText(
		`1 of ${theme.questions.length} answered`
	);
	await page.goto(`/questions/${theme.id}`);
	await expect(page.getByRole('listitem').filter({ hasText: question.text })).toContainText(
		'Ready'
	);

	// The home page picks up where the user left off; the counters show once "Start here" goes.
	await page.goto('/');
	await page.getByRole('button', { name: 'Hide this list' }).click();
	const progress = page.getByRole('region', { name: 'Your progress' });
	await expect(progress).toContainText(/1\s*answer written/);
	await expect(progress).toContainText(/1\s*review due today/);
	await expect(page.getByText('You have never backed up your answers.')).toBeVisible();
	await page.getByRole('link', { name: `your latest answer in ${theme.title}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.text);
});

test('text typed just before the page closes is kept', async ({ page, context }) => {
	await openQuestion(page);
	await page.getByLabel('Action', { exact: true }).fill('Typed a moment before closing the tab');
	await page.close({ runBeforeUnload: true });

	const again = await context.newPage();
	await again.goto(questionUrl);
	await expect(again.getByLabel('Action', { exact: true })).toHaveValue(
		'Typed a moment before closing the tab'
	);
});

test(
	'an edit in one tab appears in another open on the same answer',
	{ tag: '@desktop-only' },
	async ({ page, context }) => {
		await openQuestion(page);
		const other = await context.newPage();
		await openQuestion(other);
		await page.getByLabel('Task', { exact: true }).fill('Edited in the first tab');
		await expect(other.getByLabel('Task', { exact: true })).toHaveValue('Edited in the first tab');
		// The second tab's own edit to another part keeps both.
		await other.getByLabel('Result', { exact: true }).fill('Edited in the second tab');
		await expect(page.getByLabel('Result', { exact: true })).toHaveValue(
			'Edited in the second tab'
		);
		await expect(page.getByLabel('Task', { exact: true })).toHaveValue('Edited in the first tab');
	}
);

test(
	'a failed write says "Not saved", keeps the text, and saves once storage works',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.addInitScript(() => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
				if ((window as unknown as { failWrites?: boolean }).failWrites)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await openQuestion(page);
		await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = true));
		await page.getByLabel('Situation', { exact: true }).fill('Words that must not vanish');
		await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toContainText(
			'storage is full'
		);
		await expect(page.getByLabel('Situation', { exact: true })).toHaveValue(
			'Words that must not vanish'
		);

		await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({
			timeout: 10000
		});
		await page.reload();
		await expect(page.getByLabel('Situation', { exact: true })).toHaveValue(
			'Words that must not vanish'
		);
	}
);

test(
	'markdown in an answer previews as formatting, and script payloads stay inert',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await openQuestion(page);
		await page
			.getByLabel('Action', { exact: true })
			.fill('I **rewrote** the rota.\n\n<img src=x onerror=alert(1)> [docs](javascript:alert(1))');
		await page.getByRole('button', { name: 'Preview' }).click();
		await expect(page.locator('.preview strong')).toHaveText('rewrote');
		// The HTML shows as text; the javascript: link loses its target.
		await expect(page.locator('.preview')).toContainText('<img src=x onerror=alert(1)>');
		await expect(page.locator('.preview img')).toHaveCount(0);
		await expect(page.locator('.preview a', { hasText: 'docs' })).not.toHaveAttribute(
			'href',
			/javascript/
		);
		await page.locator('.preview a', { hasText: 'docs' }).click();
		await page.getByRole('button', { name: 'Preview', pressed: true }).click();
		await expect(page.getByLabel('Action', { exact: true })).toBeVisible();
	}
);

test('a story is created, used in an answer, and shows in the coverage matrix', async ({
	page
}, info) => {
	await page.goto('/stories');
	await page.getByRole('button', { name: 'New story' }).click();
	await expect(page).toHaveURL(/\/stories\/[0-9a-f-]+\?new$/);
	await page.getByLabel('Title', { exact: true }).fill('The queue design dispute');
	await page.getByLabel('Situation', { exact: true }).fill('Two leads disagreed.');
	await page.getByLabel('Action', { exact: true }).fill('I set decision criteria.');
	await page.getByLabel('Result in numbers').fill('Shipped in 3 weeks');
	await page.getByLabel(bank.themes[1].title).check();
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('The queue design dispute');
	await expect(page.getByLabel(bank.themes[1].title)).toBeChecked();

	await openQuestion(page);
	await page.getByRole('button', { name: 'Use a story' }).click();
	await page
		.getByRole('listitem')
		.filter({ hasText: 'The queue design dispute' })
		.getByRole('button')
		.click();
	await expect(page.getByLabel('Situation', { exact: true })).toHaveValue('Two leads disagreed.');
	await expect(page.getByRole('link', { name: 'The queue design dispute' })).toBeVisible();

	await page.goto('/stories');
	const cell = page.getByRole('button', {
		name: `The queue design dispute in ${theme.title}: used in 1 answer`
	});
	await expect(cell).toBeVisible();
	await expect(
		page.getByRole('button', {
			name: `The queue design dispute in ${bank.themes[1].title}: tagged`
		})
	).toBeVisible();
	await cell.click();
	await expect(
		page
			.getByRole('region', { name: 'Questions for this cell' })
			.getByRole('link', { name: question.text })
	).toBeVisible();
	await expect(
		page.getByText(`${bank.themes.length - 2} of ${bank.themes.length} themes have no story yet.`)
	).toBeVisible();
	await screenshots(page, 'stories', info.project.name);
});

test(
	'"Save as story" names the story from the answer’s own words, and the name can be changed',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await openQuestion(page);
		await page
			.getByLabel('Situation', { exact: true })
			.fill('Our release train kept derailing, and two teams blamed each other.');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		await page.getByRole('button', { name: 'Save as story' }).click();
		const title = page.getByLabel('Story title');
		await expect(title).toHaveValue('Our release train kept derailing');
		await title.fill('The derailing release train');
		await page.getByRole('button', { name: 'Save story' }).click();
		await expect(page.getByRole('link', { name: 'The derailing release train' })).toBeVisible();

		await page.goto('/stories');
		await expect(page.getByRole('link', { name: 'The derailing release train' })).toBeVisible();
		await expect(page.getByText(question.text)).toHaveCount(0);
	}
);

test('deleting a story can be undone', { tag: '@desktop-only' }, async ({ page }) => {
	await page.goto('/stories');
	await page.getByRole('button', { name: 'New story' }).click();
	await page.getByLabel('Title', { exact: true }).fill('A story to delete');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.getByRole('button', { name: 'Delete story' }).click();
	await expect(page).toHaveURL(/\/stories$/);
	await expect(page.getByText('Deleted “A story to delete”.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'A story to delete' })).toBeHidden();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('link', { name: 'A story to delete' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: 'A story to delete' })).toBeVisible();
});

test(
	'a tab holding the database during an upgrade elsewhere keeps its edits and asks to reload',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await openQuestion(page);
		// A new connection (as another tab would make) asks for a newer version while an edit is
		// still inside the save debounce.
		await page.getByLabel('Task', { exact: true }).fill('Typed just before another tab upgraded');
		const upgraded = await page.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					const request = indexedDB.open('star-practice', 999);
					request.onsuccess = () => {
						request.result.close();
						resolve(true);
					};
					request.onblocked = () => setTimeout(() => resolve(false), 3000);
				})
		);
		expect(upgraded, 'the old connection let go instead of blocking the upgrade').toBe(true);

		await expect(page.getByRole('alert')).toContainText('updated in another tab');
		await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
		await expect(page.getByLabel('Task', { exact: true })).toHaveValue(
			'Typed just before another tab upgraded'
		);
		// The edit is kept: written before the upgrade, or stashed for the next start to write.
		const kept = await page.evaluate(async () => {
			const stashed = Object.keys(localStorage)
				.filter((k) => k.startsWith('star-practice:unsaved:'))
				.map((k) => localStorage.getItem(k) ?? '');
			const stored = await new Promise<string[]>((resolve) => {
				const request = indexedDB.open('star-practice');
				request.onsuccess = () => {
					const all = request.result.transaction('answers').objectStore('answers').getAll();
					all.onsuccess = () => {
						resolve(all.result.map((a: { task: string }) => a.task));
						request.result.close();
					};
				};
			});
			return [...stashed, ...stored].join('\n');
		});
		expect(kept).toContain('Typed just before another tab upgraded');
	}
);
