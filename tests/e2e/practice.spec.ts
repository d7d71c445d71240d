import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';
import { stored } from './stored';

const timing = bank.rubric.sections.find((c) => c.id === 'timing')!;
const selfRated = bank.rubric.sections.filter((c) => c !== timing);

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
	await screenshots(page, 'practice', info.project.name, { fullPage: false });

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
	// "Within time" comes from the clock; keys 1–5 rate the criterion in focus.
	await expect(page.getByText(`${timing.title}: 5 of 5, from the clock`)).toBeVisible();
	await expect(page.getByRole('group', { name: timing.title })).toHaveCount(0);
	for (const criterion of selfRated) {
		const group = page.getByRole('group', { name: criterion.title });
		await group.getByRole('radio', { name: '1', exact: true }).focus();
		await page.keyboard.press('4');
		await expect(group.getByRole('radio', { name: '4', exact: true })).toBeChecked();
	}
	await page.getByLabel('Note').fill('Start with the result next time.');
	await page.getByRole('button', { name: 'Save and continue' }).click();

	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	// Six 4s and a 5 for time: 29 / 7. No criterion is lower than the rest, so none is "weakest".
	await expect(page.getByText('average rating 4.1')).toBeVisible();
	await expect(page.getByText('Weakest criterion')).toHaveCount(0);

	await page.reload();
	const history = page.getByRole('region', { name: 'History' });
	await expect(history.getByRole('link', { name: question!.trim() })).toBeVisible();
	await expect(history).toContainText('1 attempt');
	await expect(history).toContainText('1:03, rated 4.1');
	// The history charts say what they show: a scale, a target and the values in words.
	await expect(history.getByRole('img', { name: /^Answer time over 1 attempt/ })).toBeVisible();
	await expect(history.getByText('usual target 2 min')).toBeVisible();
	await expect(
		history.getByRole('img', { name: 'Rating out of 5, oldest first: 4.1.' })
	).toBeVisible();
	await history.getByText('usual target 2 min').scrollIntoViewIfNeeded();
	await screenshots(page, 'practice-history', info.project.name, { fullPage: false });
});

test('rating: a 3-second answer is too short, nothing rated asks first, the weakest is named when lower', async ({
	page
}, info) => {
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
	await page.getByLabel('How many').fill('2');
	await page.getByLabel('Prep time (seconds)').fill('0');
	await page.getByLabel('Answer target').selectOption({ label: '2 min' });
	await page.getByRole('button', { name: 'Start practice' }).click();
	const timer = page.getByRole('timer');

	// A 3-second answer, saved without ratings after being asked.
	await expect(timer).toHaveText('2:00 left');
	await page.clock.setFixedTime((now += 3000));
	await expect(timer).toHaveText('1:57 left');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByText(`${timing.title}: 1 of 5, from the clock`)).toBeVisible();
	await expect(page.getByText('0:03 against a 2:00 target: too short.')).toBeVisible();
	await page.getByRole('button', { name: 'Save and continue' }).click();
	const ask = page.getByRole('alert').filter({ hasText: 'Nothing is rated yet' });
	await expect(ask).toBeVisible();
	await screenshots(page, 'practice-rating', info.project.name);
	await page.getByRole('button', { name: 'Save without ratings' }).click();

	// Two minutes ten: rated after going back to rate.
	await expect(timer).toHaveText('2:00 left');
	await page.clock.setFixedTime((now += 130_000));
	await expect(timer).toHaveText('+0:10 over');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByText(`${timing.title}: 5 of 5, from the clock`)).toBeVisible();
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await expect(ask).toBeVisible();
	await page.getByRole('button', { name: 'Rate it first' }).click();
	const first = page.getByRole('group', { name: selfRated[0].title });
	await expect(first.getByRole('radio', { name: '1', exact: true })).toBeFocused();
	await page.keyboard.press('4');
	await expect(first.getByRole('radio', { name: '4', exact: true })).toBeChecked();
	await expect(ask).toHaveCount(0);
	await page.getByRole('button', { name: 'Save and continue' }).click();

	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	await expect(page.getByText('0:03 · too short')).toBeVisible();
	await expect(page.getByText('2:10 · past target')).toBeVisible();
	// Time averages 3 (1 and 5) against the 4 given: it is the one actually lower.
	await expect(page.getByText(`Weakest criterion: ${timing.title} (3.0)`)).toBeVisible();
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
	// The round shows as it starts and is stored a moment later; time moves once it is stored.
	await expect(page.getByRole('timer')).toHaveText('2:00 left');
	await expect.poll(() => stored(page, 'settings', 'practiceRound')).toBeTruthy();
	await page.clock.setFixedTime((now += 45_000));
	await expect(page.getByRole('timer')).toHaveText('1:15 left');

	await page.reload();
	await page.getByRole('button', { name: 'Resume round' }).click();
	await expect(page.getByRole('timer')).toHaveText(/1:1[1-5]\s+left/);
	await page.keyboard.press('Space');
	await expect(page.getByText(/You spoke for 0:4/)).toBeVisible();
});
