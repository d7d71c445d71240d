import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// Two browser contexts are two devices: each has its own database and its own device id.
const A = '/questions/conflict/conflict-design-disagreement';
const B = '/questions/conflict/conflict-personal-friction';
const C = '/questions/conflict/conflict-product-partner';

const situation = (page: Page) => page.getByLabel('Situation', { exact: true });

/** Opens `url` and waits until the page has hydrated (the second device's page is not patched). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

async function write(page: Page, url: string, text: string) {
	await open(page, url);
	await expect(situation(page)).toBeEnabled();
	await situation(page).fill(text);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** After a reload, the answer at `url` reads `text`. */
async function expectAnswer(page: Page, url: string, text: string) {
	await open(page, url);
	await expect(situation(page)).toBeEnabled();
	await expect(situation(page)).toHaveValue(text);
}

async function exportBackup(page: Page): Promise<string> {
	await open(page, '/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup', exact: true }).click();
	return readFileSync(await (await downloading).path(), 'utf8');
}

/** Chooses the backup in /settings and returns the preview's line for answers. */
async function choose(page: Page, text: string, name = 'other-device.json') {
	await open(page, '/settings');
	await page.getByLabel('Import backup').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	return page
		.getByRole('list', { name: 'What importing would change' })
		.getByRole('listitem')
		.filter({ hasText: /^Answers:/ });
}

async function confirmImport(page: Page) {
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

test('two devices stay in step by importing each other’s backups, newer work never lost', async ({
	page: laptop,
	browser,
	baseURL
}) => {
	// A long journey over two devices, on a loaded machine.
	test.setTimeout(240_000);
	const phoneContext = await browser.newContext({ baseURL });
	const phone = await phoneContext.newPage();
	try {
		// The laptop writes A; the phone imports it, edits A and writes B.
		await write(laptop, A, 'A, first written on the laptop.');
		const fromLaptop = await exportBackup(laptop);
		await expect(await choose(phone, fromLaptop)).toHaveText('Answers: 1 new');
		await confirmImport(phone);
		await expectAnswer(phone, A, 'A, first written on the laptop.');
		await write(phone, A, 'A, edited on the phone.');
		await write(phone, B, 'B, written on the phone.');
		const fromPhone = await exportBackup(phone);

		// The laptop writes C and imports the phone's backup: the phone's A and B, its own C.
		await write(laptop, C, 'C, written on the laptop.');
		const answers = await choose(laptop, fromPhone);
		await expect(answers).toContainText('1 new');
		await expect(answers).toContainText('1 newer in the backup (taken)');
		await expect(answers).toContainText('1 only on this device (kept)');
		await confirmImport(laptop);
		await expectAnswer(laptop, A, 'A, edited on the phone.');
		await expectAnswer(laptop, B, 'B, written on the phone.');
		await expectAnswer(laptop, C, 'C, written on the laptop.');

		// The laptop rewrites A; the same, now older, phone backup leaves it alone.
		await write(laptop, A, 'A, rewritten on the laptop.');
		const again = await choose(laptop, fromPhone);
		await expect(again).toContainText('1 newer here (kept)');
		await expect(again).not.toContainText('taken');
		await confirmImport(laptop);
		await expectAnswer(laptop, A, 'A, rewritten on the laptop.');

		// Both change A: the phone's later edit wins, the laptop's text stays as a version.
		await write(phone, A, 'A, changed again on the phone.');
		const both = await choose(laptop, await exportBackup(phone));
		await expect(both).toContainText(
			'1 changed on both (the newer wins, the other is kept as a version)'
		);
		await confirmImport(laptop);
		await expectAnswer(laptop, A, 'A, changed again on the phone.');
		await laptop.getByText('Earlier versions (1)').click();
		await expect(laptop.getByText('Situation: A, rewritten on the laptop.')).toBeVisible();
		await laptop.getByRole('button', { name: /^Restore/ }).click();
		await expect(situation(laptop)).toHaveValue('A, rewritten on the laptop.');
		await expectAnswer(laptop, A, 'A, rewritten on the laptop.');
	} finally {
		await phoneContext.close();
	}
});
