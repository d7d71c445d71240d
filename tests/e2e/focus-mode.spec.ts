import { expect, test } from './fixtures';
import { stored } from './stored';

test('a running round hides the navigation, and one tap ends the round and brings it back', async ({
	page
}, info) => {
	await page.goto('/practice');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav).toBeVisible();
	await page.getByLabel('How many').fill('2');
	await page.getByRole('button', { name: 'Start practice' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	await expect(nav).toBeHidden();
	const note = page.getByText('Focus mode: the menu returns when the round ends.');
	if (info.project.name === 'phone') {
		// One line above the question: where the round is, and End round.
		await expect(note).toBeHidden();
		const end = (await page.getByRole('button', { name: 'End round' }).boundingBox())!;
		const question = (await page.getByRole('heading', { level: 2 }).first().boundingBox())!;
		expect(question.y - end.y).toBeLessThan(80);
	} else await expect(note).toBeVisible();

	// Rating is part of the round: still no menu, and End round is still one tap away.
	await page.getByRole('button', { name: 'Start answering' }).click();
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('button', { name: 'Save and continue' })).toBeVisible();
	await expect(nav).toBeHidden();
	const end = page.getByRole('button', { name: 'End round' });
	const box = await end.boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(44);
	await end.click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	await expect(nav).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Questions' })).toBeVisible();
});

test('a round resumed after a reload is in focus mode too, and leaving the page ends it', async ({
	page
}) => {
	await page.goto('/practice');
	await page.getByLabel('How many').fill('1');
	await page.getByRole('button', { name: 'Start practice' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	// The round shows as it starts and is stored a moment later: reload once it is stored.
	await expect.poll(() => stored(page, 'settings', 'practiceRound')).toBeTruthy();
	await page.reload();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await page.getByRole('button', { name: 'Resume round' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	await expect(nav).toBeHidden();
	// The logo still leads home; the menu is back there, the round kept for later.
	await page.getByRole('link', { name: 'STAR practice, home' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('engineering manager');
	await expect(nav).toBeVisible();
});
