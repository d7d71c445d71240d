import { bank } from './bank';
import { expect, test } from './fixtures';

const allFollowUps = bank.themes.flatMap((t) => t.questions.flatMap((q) => q.followUps));
const plain = (s: string) => s.replace(/[*_`]/g, '');

test('the interruption drill cuts in with a follow-up between 40% and 80% of the target', async ({
	page
}) => {
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
	await page.getByLabel('How many').fill('1');
	await page.getByLabel('Prep time (seconds)').fill('0');
	await page.getByLabel('Answer target').selectOption({ label: '2 min' });
	await page.getByLabel(/Interruption drill/).check();
	await page.getByRole('button', { name: 'Start practice' }).click();
	await expect(page.getByRole('timer')).toHaveText('2:00 left');

	const notice = page.getByRole('alert').filter({ hasText: 'The interviewer cuts in' });
	// Nothing before 40% of the 2-minute target…
	await page.clock.setFixedTime((now += 47_000));
	await expect(page.getByRole('timer')).toHaveText('1:13 left');
	await expect(notice).toBeHidden();
	// …and by 80% it has come, with one of the bank's follow-ups.
	await page.clock.setFixedTime((now += 50_000));
	await expect(page.getByRole('timer')).toHaveText('0:23 left');
	await expect(notice).toBeVisible();
	const prompt = (await notice.locator('.prompt').textContent())!.replace(/[“”]/g, '');
	expect(allFollowUps.map(plain)).toContain(prompt);

	await page.getByRole('button', { name: 'Done' }).click();
	await page.getByRole('button', { name: 'Save and continue' }).click();
	// Nothing rated: saving asks first.
	await page.getByRole('button', { name: 'Save without ratings' }).click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
});

test('the mock interview preset: five questions from five themes, interview timing, the coach’s view', async ({
	page
}) => {
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption('mock');
	await expect(page.getByLabel('Prep time (seconds)')).toHaveValue('30');
	await expect(page.getByLabel('Answer target')).toHaveValue('150');
	await expect(page.getByLabel(/Interruption drill/)).toBeChecked();
	await page.getByRole('button', { name: 'Start practice' }).click();

	const themes = new Set<string>();
	for (let i = 0; i < 5; i++) {
		// In main: the announcer (outside it) says the question number too.
		const main = page.getByRole('main');
		await expect(main.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		const progress = await main.getByText(/Question \d of 5/).textContent();
		themes.add(progress!.split('·')[1].trim());
		await page.getByRole('button', { name: 'Skip' }).click();
	}
	expect(themes.size).toBe(5);
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	await expect(page.getByText(/no written answers to these questions yet/)).toBeVisible();
});
