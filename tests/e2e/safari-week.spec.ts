import { readdirSync, readFileSync } from 'node:fs';
import { expect, screenshots, test } from './fixtures';
import { UA } from './user-agents';

// Safari may delete a site's storage after about seven days without a visit, unless it runs from
// the Home Screen: Safari in a tab gets a notice once there is something to lose; others do not.
const question = '/questions/conflict/conflict-design-disagreement';

async function writeAnswer(page: import('@playwright/test').Page) {
	await page.goto(question);
	await page.getByLabel('Action', { exact: true }).fill('I set up a weekly design review.');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test.describe('in Safari on an iPhone', () => {
	test.use({ userAgent: UA.iPhoneSafari });

	test('the notice comes once there is something to lose, backs up, and stays dismissed', async ({
		page
	}, info) => {
		const notice = page.getByRole('region', { name: 'Safari may delete your work' });
		await page.goto(question);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(notice).toHaveCount(0);

		await page.getByLabel('Action', { exact: true }).fill('I set up a weekly design review.');
		await expect(notice).toBeVisible();
		// Its steps are folded on a phone (see phone-shell.spec.ts), shown on a wider screen.
		if (info.project.name === 'phone') await notice.getByText('How to keep your work').click();
		await expect(notice.getByRole('listitem')).toContainText([
			'Download a backup',
			'tap Share, then Add to Home Screen',
			'import the backup in Settings'
		]);
		await notice.scrollIntoViewIfNeeded();
		await screenshots(page, 'safari-week', info.project.name, { fullPage: false });
		const download = page.waitForEvent('download');
		await notice.getByRole('button', { name: 'Download a backup' }).click();
		expect((await download).suggestedFilename()).toMatch(/^star-practice-backup-.*\.json$/);
		await expect(notice.getByRole('status')).toContainText('Downloaded star-practice-backup-');

		// Settings says it in its storage section instead, not twice.
		await page.goto('/settings');
		await expect(page.getByText('Safari may delete what you store here')).toBeVisible();
		await expect(notice).toHaveCount(0);

		await page.goto(question);
		await notice.getByRole('button', { name: 'Not now' }).click();
		await expect(notice).toHaveCount(0);
		await page.reload();
		await expect(page.getByLabel('Action', { exact: true })).toHaveValue(/weekly design review/);
		await expect(notice).toHaveCount(0);
	});
});

test.describe('in Chrome', () => {
	test.use({ userAgent: UA.androidChrome });

	test('there is no Safari notice, and its code is never fetched', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(r.url()));
		await writeAnswer(page);
		await page.reload();
		await expect(page.getByLabel('Action', { exact: true })).toHaveValue(/weekly design review/);
		await expect(page.getByRole('region', { name: /Safari/ })).toHaveCount(0);
		// The notice's chunk, found in the build by its heading, was never asked for.
		const chunks = 'build/_app/immutable/chunks';
		const chunk = readdirSync(chunks).find((f) =>
			readFileSync(`${chunks}/${f}`, 'utf8').includes('Safari may delete your work')
		);
		expect(chunk).toBeDefined();
		expect(fetched.some((url) => url.includes('/_app/immutable/'))).toBe(true);
		expect(fetched.filter((url) => url.endsWith(`/${chunk}`))).toEqual([]);
	});
});
