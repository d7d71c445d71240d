import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const [first, second] = bank.narrative.sections;
const sixty = bank.narrative.sections.find((s) => s.targetSeconds === 60)!;

test('two sections of the narrative are kept after a reload', async ({ page }, info) => {
	await page.goto('/narrative');
	await expect(page.getByText(first.prompts[0].replace(/[*_`]/g, '').slice(0, 40))).toBeVisible();
	await page
		.getByRole('textbox', { name: first.title, exact: true })
		.fill('Helping a junior ship her first design.');
	await page
		.getByRole('textbox', { name: second.title, exact: true })
		.fill('I led the billing migration.');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(2);
	await page.reload();
	await expect(page.getByRole('textbox', { name: first.title, exact: true })).toHaveValue(
		'Helping a junior ship her first design.'
	);
	await expect(page.getByRole('textbox', { name: second.title, exact: true })).toHaveValue(
		'I led the billing migration.'
	);
	await screenshots(page, 'narrative', info.project.name, { fullPage: false });
});

test(
	'the 60-second version flags text over about 140 words',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/narrative');
		const field = page.getByRole('textbox', { name: sixty.title, exact: true });
		const section = page.locator(`section#${sixty.id}`);
		await field.fill(Array.from({ length: 120 }, () => 'word').join(' '));
		await expect(section.getByText('Target 1 min (about 140 words)')).toBeVisible();
		await field.fill(Array.from({ length: 160 }, () => 'word').join(' '));
		await expect(section.getByText(/Over the 1 min target by 9 s/)).toBeVisible();
	}
);

test(
	'a saved version can be restored, and the replaced text is kept as a version',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/narrative');
		const field = page.getByRole('textbox', { name: first.title, exact: true });
		await field.fill('The version I liked.');
		await expect(page.locator(`section#${first.id}`).getByRole('status')).toHaveText('Saved');
		await page.getByLabel('Version name').fill('Good draft');
		await page.getByRole('button', { name: 'Save a version' }).click();
		await expect(page.getByText('Saved “Good draft”.')).toBeVisible();

		await field.fill('A rewrite I regret.');
		await expect(page.locator(`section#${first.id}`).getByRole('status')).toHaveText('Saved');
		const good = page.getByRole('listitem').filter({ hasText: 'Good draft' });
		await good.getByRole('button', { name: 'View' }).click();
		const compare = page.getByRole('region', { name: 'Compare “Good draft” with now' });
		await expect(compare).toContainText('The version I liked.');
		await expect(compare).toContainText('A rewrite I regret.');
		await good.getByRole('button', { name: 'Restore' }).click();
		await expect(field).toHaveValue('The version I liked.');

		await page.reload();
		await expect(field).toHaveValue('The version I liked.');
		const before = page.getByRole('listitem').filter({ hasText: 'Before restoring “Good draft”' });
		await before.getByRole('button', { name: 'View' }).click();
		await expect(page.getByRole('region', { name: /Compare “Before restoring/ })).toContainText(
			'A rewrite I regret.'
		);
	}
);

test('stories can be linked as evidence', async ({ page }) => {
	await page.goto('/stories');
	await page.getByRole('button', { name: 'New story' }).click();
	await page.getByLabel('Title', { exact: true }).fill('Mentoring Priya');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.goto('/narrative');
	const section = page.locator(`section#${second.id}`);
	await section.getByRole('button', { name: 'Link stories as evidence' }).click();
	await section.getByLabel('Mentoring Priya').check();
	await expect(section.getByRole('status')).toHaveText('Saved');
	await page.reload();
	await expect(section.getByRole('link', { name: 'Mentoring Priya' })).toBeVisible();
});
