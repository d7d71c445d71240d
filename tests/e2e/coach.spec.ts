import { bank } from './bank';
import { expect, test } from './fixtures';

const theme = bank.themes[9];
const question = theme.questions[2];

test('the coach flags a we-heavy answer with no numbers, naming the words, and clears once fixed', async ({
	page
}, info) => {
	await page.goto(`/questions/${theme.id}/${question.id}`);
	const coach = page.getByRole('region', { name: 'Answer coach' });
	await page
		.getByLabel('Action', { exact: true })
		.fill(
			'We reviewed the plan and we agreed on a new rota. We kind of basically shipped it with our team.'
		);
	await page.getByLabel('Result', { exact: true }).fill('It went well and people were happier.');

	const ownership = coach.getByRole('listitem').filter({ hasText: 'Ownership' });
	await expect(ownership).toContainText('Flag');
	await expect(ownership.locator('mark').first()).toHaveText(/^we$/i);
	const evidence = coach.getByRole('listitem').filter({ hasText: 'Evidence' });
	await expect(evidence).toContainText('Flag');
	await expect(coach).toContainText(question.redFlags[0].replace(/[*_`]/g, '').slice(0, 30));
	await page.screenshot({
		path: `tests/e2e/screenshots/${info.project.name}-coach-light.png`,
		fullPage: true
	});

	await page
		.getByLabel('Action', { exact: true })
		.fill('I reviewed the plan, I proposed a new rota and I ran the rollout myself.');
	await page
		.getByLabel('Result', { exact: true })
		.fill('Pages fell 40% in 6 weeks. I learned to share the plan earlier.');
	await expect(ownership).toContainText('Pass');
	await expect(evidence).toContainText('Pass');
	await expect(ownership.locator('mark')).toHaveCount(0);
});

test('timing a read-aloud calibrates the speaking rate used for estimates', async ({ page }) => {
	// Date.now() only moves when the test says so; timers keep running, so storage and the
	// display keep working while the clock stands still.
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto(`/questions/${theme.id}/${question.id}`);
	const words = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
	await page.getByLabel('Action', { exact: true }).fill(words);
	await expect(page.getByText('Speaking rate: 140 words a minute')).toBeVisible();
	await page.getByRole('button', { name: 'Time me reading this answer aloud' }).click();
	await page.clock.setFixedTime((now += 50_000));
	await page.getByRole('button', { name: 'I have finished reading' }).click();
	await expect(page.getByText('Speaking rate: 180 words a minute')).toBeVisible();
	await expect(page.getByText(/spoken at 180 words a minute/)).toBeVisible();
	await page.reload();
	await expect(page.getByText('Speaking rate: 180 words a minute')).toBeVisible();
	await page.goto('/settings');
	await expect(page.getByText('Your speaking rate: 180 words a minute')).toBeVisible();
});
