import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, test } from './fixtures';

async function addStory(page: Page, title: string) {
	await page.goto('/stories');
	await page.getByRole('button', { name: 'New story' }).click();
	await expect(page).toHaveURL(/\/stories\/[0-9a-f-]+\?new$/);
	await page.getByLabel('Title', { exact: true }).fill(title);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Adds an interview from /interviews and fills its basics; leaves the editor open. */
async function addInterview(page: Page, company: string, interviewer: string, stage: string) {
	await page.goto('/interviews');
	await page.getByRole('button', { name: 'Add interview', exact: true }).click();
	await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]+\?new$/);
	await expect(page.getByLabel('Company')).toBeEnabled();
	await page.getByLabel('Company').fill(company);
	await page.getByLabel('Interviewer').fill(interviewer);
	await page.getByLabel('Stage').selectOption({ label: stage });
}

const saved = (page: Page) =>
	expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

test(
	'telling the same story twice in one loop warns and names the other interview',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await addStory(page, 'The payments migration');
		await addStory(page, 'Growing a new lead');

		await addInterview(page, 'Acme Corp', 'Dana Lee', 'Hiring manager');
		await page.getByLabel('The payments migration').check();
		await expect(page.getByText(/Already told/)).toHaveCount(0);
		await saved(page);

		await addInterview(page, 'acme corp', 'Sam Ortiz', 'Panel');
		const fresh = page.getByRole('heading', { name: 'Still fresh for acme corp' });
		await expect(fresh).toBeVisible();
		await expect(page.locator('.fresh').getByRole('link')).toHaveText(['Growing a new lead']);
		await page.getByLabel('The payments migration').check();
		const warning = page.getByText(/Already told at acme corp to/);
		await expect(warning).toBeVisible();
		await expect(warning.getByRole('link')).toHaveText(/^Dana Lee \(hiring manager, /);
		await expect(page.getByLabel('The payments migration')).toHaveAccessibleDescription(
			/Already told at acme corp to Dana Lee/
		);
		await saved(page);

		// Another company's loop is separate.
		await addInterview(page, 'Bolt', 'Kim', 'Recruiter');
		await page.getByLabel('The payments migration').check();
		await expect(page.getByText(/Already told/)).toHaveCount(0);
		await saved(page);

		// The list groups the loop, whatever the spelling.
		await page.goto('/interviews');
		const acme = page.getByRole('region', { name: 'Acme Corp' });
		await expect(acme.getByRole('link')).toHaveCount(2);
		await expect(acme.getByText('2 interviews · 1 story told')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Bolt' }).getByRole('link')).toHaveCount(1);
	}
);

test('questions asked and the debrief survive a reload', async ({ page }) => {
	const question = bank.themes[0].questions[0];
	await addInterview(page, 'Zeta', 'Priya Shah', 'Executive');

	const words = question.text.split(/\s+/).slice(3, 6).join(' ');
	await page.getByLabel('Find a question').fill(words);
	await page.getByRole('checkbox', { name: question.text }).check();
	await page.getByLabel('Asked, but not in the bank').fill('How would you split a team of 14?');
	await page.getByRole('button', { name: 'Add asked question' }).click();

	await page.getByRole('radio', { name: '4' }).check();
	await page.getByLabel('What landed', { exact: true }).fill('The rota story and its numbers.');
	await page
		.getByLabel('What to fix', { exact: true })
		.fill('Shorter situation; name the trade-off.');
	await saved(page);

	await page.reload();
	await expect(page.getByLabel('What landed', { exact: true })).toHaveValue(
		'The rota story and its numbers.'
	);
	await expect(page.getByLabel('What to fix', { exact: true })).toHaveValue(
		'Shorter situation; name the trade-off.'
	);
	await expect(page.getByRole('radio', { name: '4' })).toBeChecked();
	await expect(page.getByLabel('Company')).toHaveValue('Zeta');
	await expect(page.getByLabel('Stage')).toHaveValue('executive');
	await expect(page.getByRole('button', { name: `Remove “${question.text}”` })).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Remove “How would you split a team of 14?”' })
	).toBeVisible();
});

test(
	'a job description ranks the themes it stresses first',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/interviews');
		await page
			.getByLabel('Job description')
			.fill(
				'Engineering Manager, Platform. You will lead stakeholder management with product and ' +
					'design, own hiring for a growing group, and shape the quarterly roadmap. Strong ' +
					'stakeholder management and a clear hiring plan matter; you will present the roadmap ' +
					'to executives and keep hiring fair.'
			);
		await page.getByRole('button', { name: 'Rank themes' }).click();
		const results = page.getByRole('region', { name: 'Themes for this role' });
		const titles = (id: string) => bank.themes.find((t) => t.id === id)!.title;
		const top = results.getByRole('listitem').getByRole('link');
		await expect(top.first()).toBeVisible();
		expect((await top.allTextContents()).slice(0, 3).sort()).toEqual(
			[titles('stakeholders'), titles('hiring'), titles('delivery')].sort()
		);
		await expect(results.getByText(/questions answered/).first()).toBeVisible();
		await top.filter({ hasText: titles('hiring') }).click();
		await expect(page).toHaveURL(/\/questions\/hiring$/);
	}
);
