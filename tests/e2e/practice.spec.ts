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
	await expect(timer).toHaveText('0:10 to prepare');
	await page.clock.setFixedTime((now += 4000));
	await expect(timer).toHaveText('0:06 to prepare');
	await page.clock.setFixedTime((now += 6000));
	// Prep ran out: the answer clock counts up.
	await expect(page.getByText('Answer out loud')).toBeVisible();
	await page.clock.setFixedTime((now += 30_000));
	// The big number is the time left before the target; the time spoken sits under it.
	await expect(timer).toHaveText('0:30 left');
	await expect(page.getByText('Spoken 0:30 of a 1:00 target')).toBeVisible();
	await page.clock.setFixedTime((now += 31_000));
	await expect(timer).toHaveText('+0:01 over');
	// In main: the announcer, outside it, says so too.
	await expect(page.getByRole('main').getByText('target reached')).toBeVisible();
	await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-practice-light.png` });

	// Pause stops the clock; the time is computed from timestamps, not ticks.
	await page.keyboard.press('p');
	await expect(page.getByRole('main').getByText('Paused')).toBeVisible();
	await page.clock.setFixedTime((now += 20_000));
	await expect(timer).toHaveText('+0:01 over');
	await page.keyboard.press('p');
	await page.clock.setFixedTime((now += 2000));
	await expect(timer).toHaveText('+0:03 over');

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
	await expect(page.getByRole('timer')).toHaveText('2:00 left');
	await page.clock.setFixedTime((now += 45_000));
	await expect(page.getByRole('timer')).toHaveText('1:15 left');

	await page.reload();
	await page.getByRole('button', { name: 'Resume round' }).click();
	await expect(page.getByRole('timer')).toHaveText(/1:1[1-5]\s+left/);
	await page.keyboard.press('Space');
	await expect(page.getByText(/You spoke for 0:4/)).toBeVisible();
});
