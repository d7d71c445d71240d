import { bank } from './bank';
import { expect, test, waitForServiceWorker } from './fixtures';

// This spec needs the service worker, which the config blocks by default.
test.use({ serviceWorkers: 'allow' });

test(
	'after one online visit, every theme and question opens offline',
	{ tag: '@desktop-only' },
	async ({ page, context }) => {
		test.setTimeout(180_000);
		await page.goto('/');
		await waitForServiceWorker(page);

		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('engineering manager');

		// Client-side navigation, as a user taps through.
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Questions' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();
		const [first] = bank.themes;
		await page.getByRole('link', { name: new RegExp(first.title) }).click();
		await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
		await page.getByRole('link', { name: first.questions[1].text }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.questions[1].text);

		// Every theme's page, and a question of it never visited online: a sample by cold loads
		// (the app shell renders them from the theme's cached data), the rest tapped through,
		// which loads the same data without starting the app again for each.
		for (const [i, theme] of bank.themes.entries()) {
			const question = theme.questions.at(-1)!;
			if (i % 6 === 1) {
				await page.goto(`/questions/${theme.id}`);
				await expect(page.getByRole('heading', { level: 1, name: theme.title })).toBeVisible();
				await page.goto(`/questions/${theme.id}/${question.id}`);
			} else {
				await page
					.getByRole('navigation', { name: 'Main' })
					.getByRole('link', { name: 'Questions' })
					.click();
				await page.getByRole('link', { name: new RegExp(theme.title) }).click();
				await expect(page.getByRole('heading', { level: 1, name: theme.title })).toBeVisible();
				await page.getByRole('link', { name: question.text }).click();
			}
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.text);
			await expect(page.getByRole('heading', { name: 'Red flags', exact: true })).toBeVisible();
		}

		// Pages that live only on the device render from the app shell.
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	}
);

test('a question page reloads offline', async ({ page, context }) => {
	const theme = bank.themes[2];
	const question = theme.questions[3];
	await page.goto(`/questions/${theme.id}/${question.id}`);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.text);
	await expect(page.getByRole('heading', { name: 'What they are testing' })).toBeVisible();
});

test('stories and answers work offline, including a story page never loaded online', async ({
	page,
	context
}) => {
	await page.goto('/stories');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await page.getByRole('button', { name: 'New story' }).click();
	await page.getByLabel('Title', { exact: true }).fill('Written on a train');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Written on a train');

	const theme = bank.themes[7];
	await page.goto(`/questions/${theme.id}/${theme.questions[2].id}`);
	await page.getByLabel('Result', { exact: true }).fill('Offline and still saved');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Result', { exact: true })).toHaveValue('Offline and still saved');
});
