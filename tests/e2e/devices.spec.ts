import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test, waitForServiceWorker } from './fixtures';

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

test('sending a backup shares the file where the browser can, and downloads it otherwise', async ({
	page
}) => {
	await write(page, A, 'Sent across.');
	await open(page, '/settings');
	const send = page.getByRole('button', { name: 'Send to another device' });
	const status = page.getByRole('status').filter({ hasText: /Sent|downloaded/ });

	// This browser shares no files: the backup is downloaded instead.
	const downloading = page.waitForEvent('download');
	await send.click();
	const downloaded = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
	expect(downloaded.data.answers[0].situation).toBe('Sent across.');
	await expect(status).toContainText('cannot share files');

	// A browser with the share sheet gets the same file through it.
	await page.addInitScript(() => {
		const shared: { name: string; text: string }[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(Navigator.prototype, 'canShare', {
			configurable: true,
			value: (data: ShareData) => !!data.files?.length
		});
		Object.defineProperty(Navigator.prototype, 'share', {
			configurable: true,
			value: async (data: ShareData) => {
				for (const file of data.files ?? [])
					shared.push({ name: file.name, text: await file.text() });
			}
		});
	});
	await open(page, '/settings');
	await send.click();
	await expect(status).toContainText(/^Sent star-practice-backup-/);
	const shared = await page.evaluate(
		() => (window as unknown as { shared: { name: string; text: string }[] }).shared
	);
	expect(shared).toHaveLength(1);
	expect(shared[0].name).toMatch(/^star-practice-backup-.*\.json$/);
	expect(JSON.parse(shared[0].text).data.answers[0].situation).toBe('Sent across.');
});

// Only this test needs the service worker, which the config blocks by default: installing it
// precaches the whole app, which the other tests would pay for and never use.
test.describe('with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a backup shared to the installed app opens in the import preview', async ({ page }) => {
		await write(page, A, 'Here before the share.');
		const backup = JSON.parse(await exportBackup(page));
		// As if it came from the phone: one more answer, made there.
		backup.device = 'the-phone';
		backup.data.answers.push({
			...backup.data.answers[0],
			questionId: 'conflict-personal-friction',
			situation: 'B, shared from the phone.'
		});
		await waitForServiceWorker(page);

		// The system share sheet POSTs the file to the manifest's share_target, as this form does.
		await page.evaluate(() =>
			document.body.insertAdjacentHTML(
				'beforeend',
				'<form id="share" method="post" action="/share-target" enctype="multipart/form-data">' +
					'<input type="file" name="backup"></form>'
			)
		);
		await page.locator('#share input').setInputFiles({
			name: 'from-the-phone.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		await page.evaluate(() => (document.getElementById('share') as HTMLFormElement).submit());
		await page.waitForURL(/\/settings\?shared=backup$/);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

		await expect(page.getByText('from-the-phone.json', { exact: true })).toBeVisible();
		await expect(
			page
				.getByRole('list', { name: 'What importing would change' })
				.getByRole('listitem')
				.filter({ hasText: /^Answers:/ })
		).toHaveText('Answers: 1 new · 1 unchanged');
		await confirmImport(page);
		await expectAnswer(page, B, 'B, shared from the phone.');
		await expectAnswer(page, A, 'Here before the share.');
		// The shared file is taken once: opening settings again shows no preview.
		await open(page, '/settings');
		await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeHidden();
	});
});

test('an encrypted backup opens only with its passphrase', async ({ page }) => {
	await write(page, A, 'Sealed on this device.');
	await open(page, '/settings');
	await page.getByLabel('Passphrase (optional)').fill('a long walk home');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup', exact: true }).click();
	const text = readFileSync(await (await downloading).path(), 'utf8');
	expect(text).not.toContain('Sealed on this device.');
	await write(page, A, 'Changed after the backup.');

	await choose(page, text, 'sealed.json');
	const passphrase = page.getByLabel('Passphrase for this backup');
	await passphrase.fill('a long walk hom');
	await page.getByRole('button', { name: 'Open backup' }).click();
	await expect(page.getByText('That passphrase does not open this backup.')).toBeVisible();
	await passphrase.fill('a long walk home');
	await page.getByRole('button', { name: 'Open backup' }).click();
	await expect(
		page
			.getByRole('list', { name: 'What importing would change' })
			.getByRole('listitem')
			.filter({ hasText: /^Answers:/ })
	).toHaveText('Answers: 1 newer here (kept)');
	await expectAnswer(page, A, 'Changed after the backup.');
});
