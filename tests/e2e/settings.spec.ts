import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, screenshots, test } from './fixtures';

const questionUrl = '/questions/conflict/conflict-design-disagreement';
const otherQuestionUrl = '/questions/conflict/conflict-personal-friction';

const situation = (page: Page) => page.getByLabel('Situation', { exact: true });

/** Types `text` into the Situation of the question at `url` and waits until it is saved. */
async function writeSituation(page: Page, text: string, url = questionUrl) {
	await page.goto(url);
	await expect(situation(page)).toBeEnabled();
	await situation(page).fill(text);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

async function expectSituation(page: Page, text: string, url = questionUrl) {
	await page.goto(url);
	await expect(situation(page)).toBeEnabled();
	await expect(situation(page)).toHaveValue(text);
}

/** Exports a backup from /settings and returns the downloaded file's text. */
async function exportBackupFile(page: Page): Promise<string> {
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup', exact: true }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		/^star-practice-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/
	);
	return readFileSync(await download.path(), 'utf8');
}

async function chooseFile(page: Page, name: string, text: string) {
	await page.getByLabel('Import backup').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

test(
	'export downloads a backup holding the answer, and records the date',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await writeSituation(page, 'The platform and product leads disagreed on the rollout.');
		await page.goto('/settings');
		await expect(page.getByText('You have not exported a backup yet.')).toBeVisible();
		await expect(page.getByText('You have never exported a backup.')).toBeVisible();

		const text = await exportBackupFile(page);
		const backup = JSON.parse(text);
		expect(backup.format).toBe('star-practice-backup');
		expect(backup.data.answers).toEqual([
			expect.objectContaining({
				questionId: 'conflict-design-disagreement',
				situation: 'The platform and product leads disagreed on the rollout.'
			})
		]);
		await expect(page.getByText(/^Last backup: /)).toBeVisible();
		await expect(page.getByText('You have never exported a backup.')).toBeHidden();

		const markdown = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as Markdown' }).click();
		const book = await markdown;
		expect(book.suggestedFilename()).toMatch(/^star-practice-answers-\d{4}-\d{2}-\d{2}\.md$/);
		expect(readFileSync(await book.path(), 'utf8')).toContain(
			'The platform and product leads disagreed on the rollout.'
		);
	}
);

test(
	'replacing everything with a backup brings an earlier answer back',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		await writeSituation(page, 'What I wrote before the backup.');
		const text = await exportBackupFile(page);
		await writeSituation(page, 'An edit I regret.');

		await page.goto('/settings');
		await chooseFile(page, 'my-backup.json', text);
		await expect(page.getByText('my-backup.json', { exact: true })).toBeVisible();
		// A merge keeps the newer answer on this device; replacing takes the backup's copy.
		const answers = page
			.getByRole('list', { name: 'What importing would change' })
			.getByRole('listitem')
			.filter({ hasText: /^Answers:/ });
		await expect(answers).toHaveText('Answers: 1 newer here (kept)');
		await expect(page.getByLabel('Merge')).toBeChecked();
		await page.getByLabel('Replace everything').check();
		await expect(answers).toHaveText(
			'Answers: 1 different here (the backup’s copy replaces yours)'
		);
		await screenshots(page, 'settings-import', info.project.name);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
			'A snapshot of what it changed was kept.'
		);
		await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
			'1 answer'
		);

		await expectSituation(page, 'What I wrote before the backup.');
	}
);

test(
	'replacing everything warns about records only on this device, then removes them',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await writeSituation(page, 'Backed up.');
		const text = await exportBackupFile(page);
		await writeSituation(page, 'Written after the backup.', otherQuestionUrl);

		await page.goto('/settings');
		await chooseFile(page, 'backup.json', text);
		await expect(page.getByText(/This will delete/)).toBeHidden();
		await page.getByLabel('Replace everything').check();
		await expect(page.getByText(/This will delete 1 answer/)).toBeVisible();
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

		await expectSituation(page, '', otherQuestionUrl);
		await expectSituation(page, 'Backed up.');
	}
);

test(
	'a file that is not a backup shows what is wrong and changes nothing',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await writeSituation(page, 'Must survive bad files.');
		const good = JSON.parse(await exportBackupFile(page));
		const bad = [
			{
				name: 'notes.txt',
				text: 'these are not the backups you are looking for',
				says: 'not JSON'
			},
			{
				name: 'other-app.json',
				text: JSON.stringify({ ...good, format: 'some-other-app' }),
				says: 'its format is "some-other-app"'
			}
		];
		for (const file of bad) {
			// Each with the same page, as a user trying one file after another.
			await chooseFile(page, file.name, file.text);
			const alert = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
			await expect(alert).toContainText(`“${file.name}” cannot be imported. Nothing was changed.`);
			await expect(alert).toContainText(file.says);
			await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeHidden();
		}
		await expectSituation(page, 'Must survive bad files.');
	}
);

test(
	'delete all my data needs DELETE typed, downloads a backup, and empties everything',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await writeSituation(page, 'About to be deleted.');
		await page.goto('/settings');
		// An edit stashed by a tab that closed mid-save would otherwise come back on the next load.
		await page.evaluate(() =>
			localStorage.setItem(
				'star-practice:unsaved:answer:conflict-design-disagreement',
				JSON.stringify({ situation: 'A stale stash' })
			)
		);
		await page.getByRole('button', { name: 'Delete all my data' }).click();
		const confirm = page.getByLabel('Type DELETE to confirm');
		await expect(confirm).toBeFocused();
		const deleteButton = page.getByRole('button', { name: 'Delete everything' });
		// A wrong word, or none, says why nothing happened.
		await deleteButton.click();
		await expect(page.getByRole('alert').filter({ hasText: 'first type DELETE' })).toBeVisible();
		await expect(confirm).toBeFocused();
		await confirm.fill('delet');
		await confirm.press('Enter');
		await expect(page.getByRole('alert').filter({ hasText: 'you typed “delet”' })).toBeVisible();
		await expect(confirm).toHaveAttribute('aria-invalid', 'true');
		// Any case will do.
		await confirm.fill(' delete ');

		const downloading = page.waitForEvent('download');
		await deleteButton.click();
		const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
		expect(backup.data.answers[0].situation).toBe('About to be deleted.');
		await expect(
			page.getByRole('status').filter({ hasText: 'Everything was deleted' })
		).toBeVisible();
		expect(
			await page.evaluate(() =>
				Object.keys(localStorage).filter((k) => k.startsWith('star-practice:unsaved:'))
			)
		).toEqual([]);

		await expectSituation(page, '');
		await page.goto('/settings');
		await expect(page.getByText('You have not exported a backup yet.')).toBeVisible();
	}
);
