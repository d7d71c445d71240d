import { readFileSync } from 'node:fs';
import { bank } from './bank';
import { expect, test } from './fixtures';
import { expectFocus, expectFocusVisible, tabTo } from './focus';

// Seven journeys by keyboard alone. After every step: where focus is, that it is not the page
// body, and that it is on screen, not covered, and ringed (see focus.ts).

// Long journeys, with a check after every key press.
test.describe.configure({ timeout: 90_000 });

test('skip link and navigation: focus lands on each new page’s heading', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expectFocus(page, skip);
	await page.keyboard.press('Enter');
	await expectFocus(page, page.getByRole('main'));
	await page.keyboard.press('Tab');
	await expectFocusVisible(page);
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);

	const nav = page.getByRole('navigation', { name: 'Main' });
	await tabTo(page, nav.getByRole('link', { name: 'Questions' }), { back: true });
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/questions$/);
	await expectFocus(page, page.getByRole('heading', { level: 1, name: 'Questions' }));

	// Tab goes on from the heading into the page: the first theme.
	const [theme] = bank.themes;
	await tabTo(page, page.getByRole('link', { name: new RegExp(theme.title) }));
	await page.keyboard.press('Enter');
	await expectFocus(page, page.getByRole('heading', { level: 1, name: theme.title }));

	// Back to the previous page: its heading again, and the skip link still works.
	await page.goBack();
	await expectFocus(page, page.getByRole('heading', { level: 1, name: 'Questions' }));
	await tabTo(page, skip, { back: true });
	await page.keyboard.press('Enter');
	await expectFocus(page, page.getByRole('main'));
});

test('a question, its STAR answer and the coach', async ({ page }) => {
	const theme = bank.themes[9];
	const question = theme.questions[2];
	await page.goto(`/questions/${theme.id}/${question.id}`);
	const part = (name: string) => page.getByLabel(name, { exact: true });
	await expect(part('Situation')).toBeEnabled();
	await tabTo(page, part('Situation'), { max: 80 });
	const words = {
		Situation: 'Our on-call rota burned out two engineers.',
		Task: 'I had to fix it within a quarter.',
		Action: 'We reviewed the plan and we agreed on a new rota with our team.',
		Result: 'It went well.'
	};
	for (const [name, text] of Object.entries(words)) {
		await expectFocus(page, part(name));
		await page.keyboard.type(text);
		await page.keyboard.press('Tab');
	}
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	// The coach reads the answer; its own control is reachable.
	const coach = page.getByRole('region', { name: 'Answer coach' });
	await expect(
		coach.getByRole('listitem').filter({ hasText: 'Your part is unclear' })
	).toContainText('must fix');
	await tabTo(page, coach.getByRole('link', { name: 'your jargon list' }), { max: 40 });

	// Preview is a toggle with one name; the textareas come back when it is turned off.
	const preview = page.getByRole('button', { name: 'Preview' });
	await tabTo(page, preview, { back: true, max: 80 });
	await page.keyboard.press('Enter');
	await expect(preview).toHaveAttribute('aria-pressed', 'true');
	await expectFocus(page, preview);
	await expect(page.locator('.preview')).toContainText(words.Task);
	await page.keyboard.press('Space');
	await expect(preview).toHaveAttribute('aria-pressed', 'false');
	await expect(part('Situation')).toHaveValue(words.Situation);
});

test('a three-question practice round with ratings', async ({ page }) => {
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto('/practice');
	const howMany = page.getByLabel('How many');
	await tabTo(page, howMany, { max: 40 });
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await expectFocus(page, page.getByLabel('Prep time (seconds)'));
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('5');
	await tabTo(page, page.getByRole('button', { name: 'Start practice' }));
	await page.keyboard.press('Enter');

	const round = page.getByRole('region', { name: 'Practice round' });
	const question = round.getByRole('heading', { level: 2 });
	for (let i = 1; i <= 3; i++) {
		// Start practice, then each Save and continue: on to the question.
		await expect(round).toContainText(`Question ${i} of 3`);
		await expectFocus(page, question);
		await expect(page.getByRole('timer')).toHaveText('0:05 to prepare');
		await page.keyboard.press('Space'); // start answering
		await expect(page.getByRole('timer')).toHaveText('2:00 left');
		await expectFocus(page, question);
		await page.clock.setFixedTime((now += 40_000));
		await expect(page.getByRole('timer')).toHaveText('1:20 left');
		await page.keyboard.press('Space'); // done
		const spoke = round.getByText('You spoke for 0:40');
		await expectFocus(page, spoke);

		// Rate the first criterion 4 with the arrow keys, then save.
		await page.keyboard.press('Tab');
		await expectFocus(page, round.getByRole('radio', { name: '1', exact: true }).first());
		await page.keyboard.press('Space');
		for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
		await expect(round.getByRole('radio', { name: '4', exact: true }).first()).toBeChecked();
		await tabTo(page, round.getByRole('button', { name: 'Save and continue' }));
		await page.keyboard.press('Enter');
	}
	await expectFocus(page, page.getByRole('heading', { name: 'Round complete' }));
	await expect(page.getByRole('main')).toContainText('3 answered');
});

test('review: show the answer, grade, and finish', async ({ page }) => {
	const theme = bank.themes[4];
	for (const q of theme.questions.slice(0, 2)) {
		await page.goto(`/questions/${theme.id}/${q.id}`);
		await page.getByLabel('Action', { exact: true }).fill(`My answer to ${q.id}.`);
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	}
	await page.goto('/review');
	const card = page.getByRole('article', { name: 'Review card' });
	const reveal = card.getByRole('button', { name: 'Show my answer' });
	await tabTo(page, reveal, { max: 40 });
	await page.keyboard.press('Enter');
	const answer = card.getByRole('group', { name: 'Your answer' });
	await expectFocus(page, answer);
	await page.keyboard.press('3'); // Good

	// The next card's question; Enter (not on a control) shows its answer.
	await expectFocus(page, card.getByRole('heading', { level: 2 }));
	await page.keyboard.press('Enter');
	await expectFocus(page, answer);
	// Or Tab to a grade button and press it.
	await tabTo(page, card.getByRole('button', { name: /Easy/ }));
	await page.keyboard.press('Enter');
	const done = page.locator('[data-focus="review-done"]');
	await expectFocus(page, done);
	await expect(done).toContainText('All done — 2 reviewed');
});

test('stories: create, delete, undo, and the coverage table', async ({ page }) => {
	await page.goto('/stories');
	await tabTo(page, page.getByRole('button', { name: 'New story' }), { max: 40 });
	await page.keyboard.press('Enter');
	await expectFocus(page, page.getByRole('heading', { level: 1, name: 'New story' }));
	// Its fields open once the story is read (a Tab before that passes the Title by).
	await expect(page.getByLabel('Title', { exact: true })).toBeEnabled();
	await page.keyboard.press('Tab');
	await expectFocus(page, page.getByLabel('Title', { exact: true }));
	await page.keyboard.type('Payments migration');
	await expect(page).toHaveTitle('Story: Payments migration · STAR practice');
	const firstTheme = page.getByRole('checkbox', { name: bank.themes[0].title });
	await tabTo(page, firstTheme);
	await page.keyboard.press('Space');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	// Delete: the button goes with the page; focus goes to Undo.
	await tabTo(page, page.getByRole('button', { name: 'Delete story' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/stories$/);
	const undo = page.getByRole('button', { name: 'Undo' });
	await expectFocus(page, undo);
	await expect(page.getByRole('group', { name: 'Undo' })).toContainText(
		'Deleted “Payments migration”'
	);
	await page.keyboard.press('Enter');
	const restored = page.getByRole('link', { name: 'Payments migration' });
	await expectFocus(page, restored);

	// Choosing a coverage cell takes focus to its questions, and back.
	const table = page.getByRole('table', { name: /Your stories/ });
	const cell = table.getByRole('button', {
		name: `Payments migration in ${bank.themes[0].title}: tagged`
	});
	await tabTo(page, cell);
	await page.keyboard.press('Enter');
	await expectFocus(
		page,
		page.getByRole('heading', { name: `Payments migration · ${bank.themes[0].title}` })
	);
	await tabTo(page, page.getByRole('button', { name: 'Back to the table' }));
	await page.keyboard.press('Enter');
	await expectFocus(page, cell);
	await expect(cell).toHaveAttribute('aria-pressed', 'true');
});

test('settings: export, import, cancel, and delete everything', async ({ page }) => {
	await page.goto('/questions/conflict/conflict-design-disagreement');
	await page.getByLabel('Situation', { exact: true }).fill('Kept through export and import.');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.goto('/settings');

	const downloading = page.waitForEvent('download');
	await tabTo(page, page.getByRole('button', { name: 'Export backup', exact: true }), { max: 40 });
	await page.keyboard.press('Enter');
	const file = await (await downloading).path();
	const exported = page.locator('[data-focus="export-result"]');
	await expectFocus(page, exported);
	await expect(exported).toContainText('Downloaded star-practice-backup-');

	// Import: the file input opens the chooser from the keyboard.
	const importInput = page.getByLabel('Import backup');
	for (const [button, outcome] of [
		['Cancel', 'Nothing was imported.'],
		['Import', 'Imported']
	]) {
		// Forward from the export message; back from the import message (it sits below).
		await tabTo(page, importInput, { back: button === 'Import' });
		const choosing = page.waitForEvent('filechooser');
		await page.keyboard.press('Space');
		await (await choosing).setFiles(file);
		await tabTo(page, page.getByRole('button', { name: button, exact: true }));
		await page.keyboard.press('Enter');
		const result = page.locator('[data-focus="import-result"]');
		await expectFocus(page, result);
		await expect(result).toContainText(outcome);
	}

	// Delete everything: reachable before the word is right, and says why.
	await tabTo(page, page.getByRole('button', { name: 'Delete all my data' }));
	await page.keyboard.press('Enter');
	const word = page.getByLabel('Type DELETE to confirm');
	await expectFocus(page, word);
	await page.keyboard.type('delet');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'you typed “delet”' })).toBeVisible();
	await expectFocus(page, word);
	await tabTo(page, page.getByRole('button', { name: 'Delete everything' }));
	await page.keyboard.press('Enter');
	await expectFocus(page, word);
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(' delete');
	const backup = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	expect(JSON.parse(readFileSync(await (await backup).path(), 'utf8')).format).toBe(
		'star-practice-backup'
	);
	const deleted = page.locator('[data-focus="delete-result"]');
	await expectFocus(page, deleted);
	await expect(deleted).toContainText('Everything was deleted');
});

test('search: "/" opens it, Escape and Enter never drop focus to the page', async ({ page }) => {
	await page.goto('/questions');
	await page.keyboard.press('/');
	const search = page.getByRole('combobox', { name: 'Search' });
	await expectFocus(page, search);
	await page.keyboard.type('conflict');
	await expect(search).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Escape');
	await expect(search).toHaveAttribute('aria-expanded', 'false');
	await expectFocusVisible(page);
	await search.fill('');
	await page.keyboard.type('rota');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=rota|\/questions\//);
	await expectFocusVisible(page);
});
