import { bank } from './bank';
import { expect, test } from './fixtures';

test('a timed round: prep countdown, answer clock with target, rating, history', async ({
	page
}, info) => {
	// Date.now() only moves when the test says so; timers keep running, so storage and the
	// display keep working while the clock stands still.
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
	await page.getByLabel('How many').fill('1');
	await page.getByLabel('Prep time (seconds)').fill('10');
	await page.getByLabel('Answer target').selectOption({ label: '1 min' });
	await page.getByRole('button', { name: 'Start practice' }).click();

	const timer = page.getByRole('timer');
	await expect(timer).toHaveText('0:10');
	await page.clock.setFixedTime((now += 4000));
	await expect(timer).toHaveText('0:06');
	await page.clock.setFixedTime((now += 6000));
	// Prep ran out: the answer clock counts up.
	await expect(page.getByText('Answer out loud')).toBeVisible();
	await page.clock.setFixedTime((now += 30_000));
	await expect(timer).toHaveText('0:30');
	await expect(page.getByText('Target 1:00')).toBeVisible();
	await page.clock.setFixedTime((now += 31_000));
	await expect(timer).toHaveText('1:01');
	await expect(page.getByText('target reached')).toBeVisible();
	await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-practice-light.png` });

	// Pause stops the clock; the time is computed from timestamps, not ticks.
	await page.keyboard.press('p');
	await expect(page.getByText('Paused')).toBeVisible();
	await page.clock.setFixedTime((now += 20_000));
	await expect(timer).toHaveText('1:01');
	await page.keyboard.press('p');
	await page.clock.setFixedTime((now += 2000));
	await expect(timer).toHaveText('1:03');

	const question = await page.getByRole('heading', { level: 2 }).first().textContent();
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByText('You spoke for 1:03')).toBeVisible();
	for (const criterion of bank.rubric.sections)
		await page
			.getByRole('group', { name: criterion.title })
			.getByRole('radio', { name: '4', exact: true })
			.check();
	await page.getByLabel('Note').fill('Start with the result next time.');
	await page.getByRole('button', { name: 'Save and continue' }).click();

	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	await expect(page.getByText('average rating 4.0')).toBeVisible();

	await page.reload();
	const history = page.getByRole('region', { name: 'History' });
	await expect(history.getByRole('link', { name: question!.trim() })).toBeVisible();
	await expect(history).toContainText('1 attempt');
	await expect(history).toContainText('1:03, rated 4.0');
});

test('a round survives a reload and resumes with the right time', async ({ page }) => {
	// Date.now() only moves when the test says so; timers keep running, so storage and the
	// display keep working while the clock stands still.
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
	await page.getByLabel('How many').fill('2');
	await page.getByLabel('Prep time (seconds)').fill('0');
	await page.getByRole('button', { name: 'Start practice' }).click();
	// The round starts once its set-up is stored; only then does time move.
	await expect(page.getByRole('timer')).toHaveText('0:00');
	await page.clock.setFixedTime((now += 45_000));
	await expect(page.getByRole('timer')).toHaveText('0:45');

	await page.reload();
	await page.getByRole('button', { name: 'Resume round' }).click();
	await expect(page.getByRole('timer')).toHaveText(/0:4[5-9]/);
	await page.keyboard.press('Space');
	await expect(page.getByText(/You spoke for 0:4/)).toBeVisible();
});
