import { bank } from './bank';
import { expect, screenshots, test, waitForServiceWorker } from './fixtures';

const theme = bank.themes[4];
const [q1, q2] = theme.questions;

// Only this test needs the service worker, which the config blocks by default: installing it
// precaches the whole app, which the other tests would pay for and never use.
test.describe('with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('offline on a phone: answered questions become cards, grades stick after a reload', async ({
		page,
		context
	}, info) => {
		// Noon, on a clock that runs: a card sent "to a later step today" stays today, whenever the
		// suite runs (at 23:50 it fell due after midnight and the count read 0).
		await page.clock.install({ time: new Date('2026-06-15T12:00:00') });
		await page.goto('/review');
		await waitForServiceWorker(page);
		await context.setOffline(true);

		for (const [q, text] of [
			[q1, 'I named the pattern and the impact.'],
			[q2, 'I asked for feedback monthly.']
		] as const) {
			await page.goto(`/questions/${theme.id}/${q.id}`);
			await page.getByLabel('Action', { exact: true }).fill(text);
			await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		}

		await page.goto('/review');
		await expect(page.getByText('2 due today')).toBeVisible();
		const card = page.getByRole('article', { name: 'Review card' });
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(q1.text);
		await page.keyboard.press('Space');
		await expect(card).toContainText('I named the pattern and the impact.');
		await expect(card).toContainText('How well did you recall it? (keys 1–4)');
		await screenshots(page, 'review', info.project.name, { fullPage: false });
		await card.getByRole('button', { name: /Easy/ }).click(); // out by days

		await expect(card.getByRole('heading', { level: 2 })).toHaveText(q2.text);
		await card.getByRole('button', { name: 'Show my answer' }).click();
		await expect(card.getByRole('button', { name: /Again/ })).toBeVisible();
		await page.keyboard.press('1'); // Again
		// The failed card comes back in this sitting; Good then sends it to a later step today.
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(q2.text);
		await card.getByRole('button', { name: 'Show my answer' }).click();
		await expect(card.getByRole('button', { name: /Good/ })).toBeVisible();
		await page.keyboard.press('3');
		await expect(page.getByText(/All done — 3 reviewed/)).toBeVisible();
		// The counts read as one spaced line.
		await expect(page.getByText(/^\d+ due today, 3 reviewed now · next review /)).toBeVisible();

		// Every grade was stored as it was given.
		await page.reload();
		await expect(page.getByText(/1 due today\s*· next review today/)).toBeVisible();
		await expect(page.getByText(/All done/)).toBeVisible();
		await page.getByLabel('Cards').selectOption({ label: 'All answers (cram)' });
		await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
	});
});

test(
	'cram mode reviews every answer whatever its due date',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto(`/questions/${theme.id}/${q1.id}`);
		await page.getByLabel('Result', { exact: true }).fill('Retention up 20%.');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		await page.goto('/review');
		const card = page.getByRole('article', { name: 'Review card' });
		await card.getByRole('button', { name: 'Show my answer' }).click();
		await card.getByRole('button', { name: /Easy/ }).click();
		await expect(page.getByText(/All done/)).toBeVisible();
		await page.getByLabel('Cards').selectOption({ label: 'All answers (cram)' });
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(q1.text);
	}
);

test(
	'keys on a link are the link’s, and single-key shortcuts can be turned off',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto(`/questions/${theme.id}/${q1.id}`);
		await page.getByLabel('Action', { exact: true }).fill('I wrote the plan down.');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

		await page.goto('/review');
		const card = page.getByRole('article', { name: 'Review card' });
		const reveal = card.getByRole('button', { name: 'Show my answer' });
		await expect(reveal).toBeVisible();
		// Enter on a link while the card is hidden follows the link.
		const stories = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
			name: 'Stories'
		});
		await stories.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/stories$/);

		await page.goto('/settings');
		const setting = page.getByRole('checkbox', { name: 'Single-key shortcuts' });
		await expect(setting).toBeChecked();
		await setting.uncheck();
		await page.goto('/review');
		await expect(reveal).toBeVisible();
		await page.keyboard.press('Space');
		await page.keyboard.press('/');
		await expect(page.getByRole('combobox', { name: 'Search' })).not.toBeFocused();
		await expect(reveal).toBeVisible();
		await expect(card).not.toContainText('I wrote the plan down.');

		await page.goto('/settings');
		await setting.check();
		await page.goto('/review');
		await expect(reveal).toBeVisible();
		await page.keyboard.press('Space');
		await expect(card).toContainText('I wrote the plan down.');
	}
);
