import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const merged = bank.themes
	.flatMap((t) => t.questions)
	.find((q) => q.aliases.includes('culture-rapid-growth'))!;

/** Stores an answer straight into IndexedDB, as an older version of the app saved it. */
async function storeAnswer(page: Page, questionId: string, action: string) {
	// The app has opened (and so created) the database once a theme shows its progress.
	await expect(page.getByText(/answered/).first()).toBeVisible();
	await page.evaluate(
		([questionId, action]) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('star-practice');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const at = new Date().toISOString();
					const tx = db.transaction('answers', 'readwrite');
					tx.objectStore('answers').put({
						questionId,
						situation: 'Our team went from 6 to 14 engineers in two quarters.',
						task: '',
						action,
						result: '',
						status: 'draft',
						createdAt: at,
						updatedAt: at
					});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[questionId, action]
	);
}

async function storedAnswerIds(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve) => {
				const request = indexedDB.open('star-practice');
				request.onsuccess = () => {
					const keys = request.result.transaction('answers').objectStore('answers').getAllKeys();
					keys.onsuccess = () => {
						resolve(keys.result.map(String));
						request.result.close();
					};
				};
			})
	);
}

test(
	'an answer saved under a retired question id is still found, from its old address too',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/questions');
		await storeAnswer(
			page,
			'culture-rapid-growth',
			'I wrote down the norms we had passed on by example.'
		);

		// The old address leads to the question that absorbed it, with the answer in the editor.
		await page.goto('/questions/culture/culture-rapid-growth');
		await expect(page).toHaveURL(`/questions/hiring/${merged.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(merged.text);
		await expect(page.getByLabel('Action', { exact: true })).toHaveValue(
			'I wrote down the norms we had passed on by example.'
		);
		await expect(page.getByRole('note')).toContainText('merged');

		// Edited where it was saved, so review cards and attempts under the old id stay with it.
		await page
			.getByLabel('Result', { exact: true })
			.fill('Eight of the nine new hires were still with us a year later.');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('Result', { exact: true })).toHaveValue(
			'Eight of the nine new hires were still with us a year later.'
		);
		expect(await storedAnswerIds(page)).toEqual(['culture-rapid-growth']);

		// It counts as answered in its new theme.
		await page.goto('/questions');
		const hiring = bank.themes.find((t) => t.id === 'hiring')!;
		await expect(page.getByRole('link', { name: new RegExp(hiring.title) })).toContainText(
			`1 of ${hiring.questions.length} answered`
		);
	}
);

test(
	'a question merged twice shows the other answer beside the one being edited',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/questions');
		await storeAnswer(page, 'culture-rapid-growth', 'The culture story.');
		await storeAnswer(page, 'hiring-doubling-team', 'The hiring plan.');
		await page.goto(`/questions/hiring/${merged.id}`);
		await expect(page.getByLabel('Action', { exact: true })).toHaveValue('The culture story.');
		const other = page.getByRole('region', { name: /Another answer of yours/ });
		await expect(other).toContainText('The hiring plan.');
	}
);

const questions = bank.themes.flatMap((t) => t.questions);
const tagged = (company: string, value?: string, level?: string) =>
	questions.filter(
		(q) =>
			(!level || q.levels.includes(level as never)) &&
			q.companies.some((t) => t.company === company && (!value || t.value === value))
	);

test('the questions page filters by company, principle and level, and remembers it in the address', async ({
	page
}, info) => {
	await page.goto('/questions');
	await page.getByLabel('Company').selectOption({ label: 'Amazon' });
	await expect(page).toHaveURL(/\?company=amazon$/);
	const heading = page.getByRole('heading', { level: 2, name: /questions? for Amazon/ });
	await expect(heading).toHaveText(`${tagged('amazon').length} questions for Amazon`);

	await page.getByLabel('Leadership Principles').selectOption({ label: 'Frugality' });
	await page.getByLabel('Level').selectOption({ label: 'Senior EM' });
	const expected = tagged('amazon', 'frugality', 'senior-em');
	await expect(heading).toHaveText(`${expected.length} questions for Amazon: Frugality, Senior EM`);
	for (const q of expected) await expect(page.getByRole('link', { name: q.text })).toBeVisible();
	await screenshots(page, 'questions-filtered', info.project.name);

	// The filter survives a reload, and leads to the company's loop guide.
	await page.reload();
	await expect(page.getByLabel('Leadership Principles')).toHaveValue('frugality');
	await expect(heading).toHaveText(`${expected.length} questions for Amazon: Frugality, Senior EM`);
	await page.getByRole('link', { name: 'How the Amazon loop works' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon: the interview loop');
	await expect(page.getByRole('heading', { level: 3, name: 'Customer Obsession' })).toBeVisible();
	await screenshots(page, 'guide-amazon', info.project.name);

	// Clearing both filters brings the themes back.
	await page.goto('/questions?level=aspiring');
	await page.getByLabel('Level').selectOption({ label: 'Any level' });
	await expect(page).toHaveURL(/\/questions$/);
	await expect(page.getByRole('link', { name: new RegExp(bank.themes[0].title) })).toBeVisible();
});

test(
	'practice setup limits a round to a company and a level',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		await page.goto('/practice');
		await page.getByLabel('Company').selectOption({ label: 'Meta' });
		await page.getByLabel('Level').selectOption({ label: 'Senior EM' });
		const pool = tagged('meta', undefined, 'senior-em');
		await expect(page.getByText(`${pool.length} questions match`)).toBeVisible();
		await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
		await page.getByLabel('How many').fill('3');
		await screenshots(page, 'practice-setup', info.project.name);
		await page.getByRole('button', { name: 'Start practice' }).click();
		const asked = await page.locator('h2.question').textContent();
		expect(pool.map((q) => q.text)).toContain(asked);

		// The choice is remembered for the next round.
		await page.goto('/practice');
		await expect(page.getByLabel('Company')).toHaveValue('meta');
		await expect(page.getByLabel('Level')).toHaveValue('senior-em');
	}
);

test(
	'an interview names its company and links to that loop guide and the questions to ask',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		await page.goto('/interviews');
		await page.getByRole('button', { name: 'Add interview', exact: true }).click();
		await expect(page.getByLabel('Company')).toBeEnabled();
		await page.getByLabel('Company').fill('AWS Payments');
		await page.getByLabel('Stage').selectOption({ label: 'Hiring manager' });
		await page.getByRole('link', { name: 'How the Amazon loop works' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon: the interview loop');
		await page.goBack();
		await page.getByRole('link', { name: 'Questions to ask your interviewer' }).click();
		await expect(page).toHaveURL(/\/interviews\/questions-to-ask#hiring-manager$/);
		await expect(page.getByRole('heading', { level: 2, name: 'The hiring manager' })).toBeVisible();
		await screenshots(page, 'questions-to-ask', info.project.name);

		// A company without a guide points to the startup guide.
		await page.goBack();
		await page.getByLabel('Company').fill('Tiny Clinic Co');
		await page.getByRole('link', { name: 'see how a typical startup loop works' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'A typical startup: the interview loop'
		);
	}
);

test(
	'the interviews page leads to every loop guide and to the questions to ask',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/interviews');
		const prepare = page.getByRole('region', { name: 'Prepare for a loop' });
		for (const company of bank.companies)
			await expect(prepare.getByRole('link', { name: company.name })).toBeVisible();
		await prepare.getByRole('link', { name: 'Questions to ask your interviewers' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.questionsToAsk.title);
		for (const section of bank.questionsToAsk.sections)
			await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
	}
);
