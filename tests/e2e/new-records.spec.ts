import { expect, test } from './fixtures';

// "New story" and "Add interview" store nothing until the first edit: a new record left
// untouched leaves no empty card behind, and one typed into is kept.

test(
	'a new story left untouched leaves nothing; typed into, it stays after a reload',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/stories');
		await page.getByRole('button', { name: 'New story' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'New story' })).toBeVisible();
		await expect(page.getByLabel('Title', { exact: true })).toBeEnabled();
		await page.getByRole('link', { name: 'Stories', exact: true }).first().click();
		await expect(page.getByText('No stories yet')).toBeVisible();

		await page.getByRole('button', { name: 'New story' }).click();
		await expect(page.getByLabel('Title', { exact: true })).toBeEnabled();
		await page.getByRole('link', { name: 'Cancel' }).click();
		await expect(page).toHaveURL(/\/stories$/);
		await page.reload();
		await expect(page.getByText('No stories yet')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Untitled story' })).toHaveCount(0);

		await page.getByRole('button', { name: 'New story' }).click();
		await page.getByLabel('Situation', { exact: true }).fill('Our release train kept slipping.');
		// Typed into, it is a story: Cancel gives way to Delete (with undo).
		await expect(page.getByRole('button', { name: 'Delete story' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Cancel' })).toHaveCount(0);
		await page.getByRole('link', { name: 'Stories', exact: true }).first().click();
		await expect(page).toHaveURL(/\/stories$/);
		await page.reload();
		const card = page.getByRole('link', { name: 'Untitled story' });
		await expect(card).toHaveCount(1);
		await card.click();
		await expect(page.getByLabel('Situation', { exact: true })).toHaveValue(
			'Our release train kept slipping.'
		);
	}
);

test(
	'a new interview left untouched leaves no empty loop; changed, it stays',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/interviews');
		await page.getByRole('button', { name: 'Add interview', exact: true }).click();
		await expect(page.getByLabel('Company')).toBeEnabled();
		// The day is filled in for the user, but that is not their edit.
		await expect(page.getByLabel('Date')).not.toHaveValue('');
		await page.getByRole('link', { name: 'Interviews', exact: true }).first().click();
		await expect(page).toHaveURL(/\/interviews$/);
		await page.reload();
		await expect(page.getByText('No interviews logged yet')).toBeVisible();
		await expect(page.getByText('No company yet')).toHaveCount(0);

		await page.getByRole('button', { name: 'Add interview', exact: true }).click();
		await page.getByLabel('Stage').selectOption({ label: 'Panel' });
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		await page.getByRole('link', { name: 'Interviews', exact: true }).first().click();
		await expect(page).toHaveURL(/\/interviews$/);
		await page.reload();
		await expect(page.getByText('No company yet')).toBeVisible();

		// A round added to a loop starts with its company, and is stored only once changed.
		await page.getByRole('link', { name: /panel interview/ }).click();
		await page.getByLabel('Company').fill('Acme');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		await page.getByRole('link', { name: 'Interviews', exact: true }).first().click();
		await page.getByRole('button', { name: 'Add a round at Acme' }).click();
		await expect(page.getByLabel('Company')).toHaveValue('Acme');
		await page.getByRole('link', { name: 'Cancel' }).click();
		await expect(page).toHaveURL(/\/interviews$/);
		await page.reload();
		await expect(page.getByText('1 interview ·')).toBeVisible();
	}
);
