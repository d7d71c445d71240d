import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const skills = bank.readiness.sections.filter((s) => s.id !== 'fit');
const fit = bank.readiness.sections.find((s) => s.id === 'fit')!;
const [first, second] = skills;

/** Adds a story to the story bank and returns its id. */
async function addStory(page: Page, title: string): Promise<string> {
	await page.goto('/stories');
	await page.getByRole('button', { name: 'New story' }).click();
	await page.getByLabel('Title', { exact: true }).fill(title);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	return new URL(page.url()).pathname.split('/').pop()!;
}

const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const rating = (page: Page, title: string, n: number) =>
	card(page, title)
		.getByRole('group', { name: title, exact: true })
		.getByRole('radio', { name: String(n), exact: true });

test(
	'ratings and evidence survive a reload and go into the backup',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		const storyId = await addStory(page, 'Mentoring Priya');
		await page.goto('/readiness');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.readiness.title);
		const standing = page.getByRole('region', { name: 'Where you stand' });
		await expect(standing.getByText(`0 of ${skills.length}`)).toBeVisible();

		const one = card(page, first.title);
		await rating(page, first.title, 4).check();
		await expect(one.getByRole('status')).toHaveText('Saved');
		await expect(one.getByText('No evidence yet')).toBeVisible();
		await expect(one.getByText('Rated high without evidence.')).toBeVisible();
		await expect(one.getByRole('link', { name: 'story bank' })).toBeVisible();

		const two = card(page, second.title);
		await rating(page, second.title, 2).check();
		await two.getByRole('button', { name: 'Link stories as evidence' }).click();
		await two.getByLabel('Mentoring Priya').check();
		await expect(two.getByText('Thin evidence: 1 story')).toBeVisible();
		await expect(two.getByRole('status')).toHaveText('Saved');

		await page.reload();
		await expect(rating(page, first.title, 4)).toBeChecked();
		await expect(rating(page, second.title, 2)).toBeChecked();
		await expect(two.getByRole('link', { name: 'Mentoring Priya' })).toHaveAttribute(
			'href',
			`/stories/${storyId}`
		);
		await expect(two.getByText('Thin evidence: 1 story')).toBeVisible();
		await expect(standing.getByText(`2 of ${skills.length}`)).toBeVisible();
		await expect(standing.getByText('3', { exact: true })).toBeVisible(); // the average of 4 and 2

		// Linking the same story to the first skill takes away its warning.
		await one.getByRole('button', { name: 'Link stories as evidence' }).click();
		await one.getByLabel('Mentoring Priya').check();
		await expect(one.getByText('Thin evidence: 1 story')).toBeVisible();
		await expect(one.getByText('Rated high without evidence.')).toBeHidden();
		await expect(one.getByRole('status')).toHaveText('Saved');

		await page.goto('/settings');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export backup', exact: true }).click();
		const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
		const bySkill = Object.fromEntries(
			(backup.data.readiness as { skillId: string }[]).map((r) => [r.skillId, r])
		);
		expect(bySkill[first.id]).toMatchObject({ rating: 4, storyIds: [storyId] });
		expect(bySkill[second.id]).toMatchObject({ rating: 2, storyIds: [storyId] });
	}
);

test('the fit reflection is kept, and readiness evidence is offered to “why now”', async ({
	page
}, info) => {
	await addStory(page, 'Fixing the flaky deploys');
	await page.goto('/readiness');
	const reflection = page.getByRole('region', { name: fit.title });
	const answer = reflection.getByRole('textbox').first();
	await answer.fill('Energised after a good 1:1, drained after status meetings.');
	await expect(reflection.getByRole('status')).toHaveText('Saved');
	await expect(reflection.getByText(`1 of ${fit.prompts.length} answered.`)).toBeVisible();

	const skill = card(page, first.title);
	await skill.getByRole('button', { name: 'Link stories as evidence' }).click();
	await skill.getByLabel('Fixing the flaky deploys').check();
	await expect(skill.getByRole('status')).toHaveText('Saved');
	await screenshots(page, 'readiness', info.project.name);

	await page.reload();
	await expect(reflection.getByRole('textbox').first()).toHaveValue(
		'Energised after a good 1:1, drained after status meetings.'
	);

	await page.goto('/narrative');
	await expect(page.getByRole('link', { name: 'the readiness page' })).toBeVisible();
	const whyNow = page.locator('section#why-now');
	const offered = page.getByRole('complementary', { name: 'Evidence from your readiness check' });
	await expect(offered.getByRole('link', { name: 'Fixing the flaky deploys' })).toBeVisible();
	await offered.getByRole('button', { name: 'Link as evidence' }).click();
	await expect(whyNow.getByRole('link', { name: 'Fixing the flaky deploys' })).toBeVisible();
	await expect(
		offered.getByText('Every story from your readiness check is already linked here.')
	).toBeVisible();
	await page.reload();
	await expect(whyNow.getByRole('link', { name: 'Fixing the flaky deploys' })).toBeVisible();
});
