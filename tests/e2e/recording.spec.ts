import type { Page } from '@playwright/test';
import { fakeSpeech, say } from './fake-speech';
import { expect, fakeMicrophone, test } from './fixtures';
import { stored } from './stored';

test.use(fakeMicrophone);

/** Sets up a one-question round with no prep, optionally recording. */
async function setUpRound(page: Page) {
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
	await page.getByLabel('How many').fill('1');
	await page.getByLabel('Prep time (seconds)').fill('0');
}

const recordOption = (page: Page) =>
	page.getByRole('checkbox', { name: 'Record my answers (audio stays on this device)' });

/** How many answers wait in IndexedDB for their rating (the app's `unrated` table). */
const unratedCount = (page: Page) => stored(page, 'unrated');

/** Ends a recorded answer after a second or two, and waits until it is kept for rating. */
async function finishRecordedAnswer(page: Page) {
	// Real time: MediaRecorder runs on the real clock.
	await expect(page.getByRole('timer')).toHaveText(/^1:5\d\s+left$/);
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByLabel('Recording of your answer')).toBeVisible();
	await expect.poll(() => unratedCount(page)).toBe(1);
}

test('records an answer, plays it back, saves it with the attempt, and deletes it', async ({
	page
}) => {
	await setUpRound(page);
	await recordOption(page).check();
	await expect(recordOption(page)).toBeChecked();
	await page.getByRole('button', { name: 'Start practice' }).click();

	const timer = page.getByRole('timer');
	await expect(page.getByText('Recording', { exact: true })).toBeVisible();
	// Real time: MediaRecorder runs on the real clock.
	await expect(timer).toHaveText(/^1:5\d\s+left$/);
	await page.keyboard.press('p');
	await expect(page.getByText('Recording paused')).toBeVisible();
	await page.keyboard.press('p');
	await expect(page.getByText('Recording', { exact: true })).toBeVisible();
	await expect(timer).toHaveText(/^1:[0-5]\d\s+left$/);
	await page.getByRole('button', { name: 'Done' }).click();

	const player = page.getByLabel('Recording of your answer');
	await expect(player).toBeVisible();
	// The audio is real: the player learns a duration of about two seconds.
	await expect
		.poll(() => player.evaluate((audio: HTMLAudioElement) => audio.duration))
		.toBeGreaterThan(1);
	await page.getByRole('button', { name: 'Save and continue' }).click();
	// Nothing rated: saving asks first.
	await page.getByRole('button', { name: 'Save without ratings' }).click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();

	await page.reload();
	const history = page.getByRole('region', { name: 'History' });
	await expect(history).toContainText(/Recordings: 1, \d+(\.\d)? KB/);
	// Saved without ratings: the clock's within-time score alone is not shown as a rating.
	await expect(history).toContainText('1 attempt · last');
	await expect(history).not.toContainText(', rated ');
	await history.getByRole('button', { name: 'Play recording' }).click();
	await expect(history.getByLabel(/^Recording of /)).toBeVisible();

	await history.getByRole('button', { name: 'Delete recording' }).click();
	await expect(history).toContainText('Recordings: none');
	await expect(history.getByRole('button', { name: 'Play recording' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(history).toContainText(/Recordings: 1, /);
	// Undo gives focus to what it brought back.
	await expect(history.getByRole('button', { name: 'Play recording' })).toBeFocused();
	await history.getByRole('button', { name: 'Delete recording' }).click();
	await expect(history).toContainText('Recordings: none');
	await page.reload();
	await expect(page.getByRole('region', { name: 'History' })).toContainText('Recordings: none');
});

test(
	'a recording deleted before saving the rating is not kept',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await setUpRound(page);
		await recordOption(page).check();
		await page.getByRole('button', { name: 'Start practice' }).click();
		await expect(page.getByRole('timer')).toHaveText('1:59 left');
		await page.getByRole('button', { name: 'Done' }).click();
		await page.getByRole('button', { name: 'Delete recording' }).click();
		await expect(page.getByLabel('Recording of your answer')).toHaveCount(0);
		await page.getByRole('button', { name: 'Save and continue' }).click();
		// Nothing rated: saving asks first.
		await page.getByRole('button', { name: 'Save without ratings' }).click();
		const history = page.getByRole('region', { name: 'History' });
		await expect(history).toContainText('1 attempt');
		await expect(history).toContainText('Recordings: none');
	}
);

test(
	'a microphone refused when the round starts is explained and the round goes on',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		// Allowed when recording was turned on, blocked by the time the round starts.
		await page.addInitScript(() => {
			const devices = navigator.mediaDevices;
			const original = devices.getUserMedia.bind(devices);
			let calls = 0;
			devices.getUserMedia = (constraints) =>
				++calls === 1
					? original(constraints)
					: Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
		});
		await setUpRound(page);
		await recordOption(page).check();
		await expect(recordOption(page)).toBeChecked();
		await page.getByRole('button', { name: 'Start practice' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'recording is unavailable' })
		).toBeVisible();
		await expect(page.getByText('Recording', { exact: true })).toHaveCount(0);
		await expect(page.getByRole('timer')).toHaveText('1:59 left');
		await page.getByRole('button', { name: 'Done' }).click();
		await page.getByRole('button', { name: 'Save and continue' }).click();
		// Nothing rated: saving asks first.
		await page.getByRole('button', { name: 'Save without ratings' }).click();
		await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	}
);

test.describe('without a usable microphone', () => {
	test.use({ permissions: [] });

	test(
		'a refused microphone is explained and the round goes on',
		{ tag: '@desktop-only' },
		async ({ page }) => {
			// The browser says no, as it does when the user blocks the microphone or there is none.
			await page.addInitScript(() => {
				navigator.mediaDevices.getUserMedia = () =>
					Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
			});
			await setUpRound(page);
			// The box unticks itself once the browser refuses, so click rather than check().
			await recordOption(page).click();
			await expect(page.getByText(/recording is unavailable/)).toBeVisible();
			await expect(recordOption(page)).not.toBeChecked();

			await page.getByRole('button', { name: 'Start practice' }).click();
			await expect(page.getByRole('timer')).toHaveText('1:59 left');
			await expect(page.getByText('Recording', { exact: true })).toHaveCount(0);
			await page.getByRole('button', { name: 'Done' }).click();
			await expect(page.getByLabel('Recording of your answer')).toHaveCount(0);
			await page.getByRole('button', { name: 'Save and continue' }).click();
			// Nothing rated: saving asks first.
			await page.getByRole('button', { name: 'Save without ratings' }).click();
			await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
		}
	);

	test(
		'a browser that cannot record says so instead of offering it',
		{ tag: '@desktop-only' },
		async ({ page }) => {
			await page.addInitScript(() => {
				delete (window as { MediaRecorder?: unknown }).MediaRecorder;
			});
			await page.goto('/practice');
			await expect(page.getByText('This browser cannot record audio')).toBeVisible();
			await expect(recordOption(page)).toHaveCount(0);
		}
	);
});

test(
	'a recording and transcript made before a reload are offered back, and saved with the rating',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		test.slow(); // a real-time recording and three reloads
		await fakeSpeech(page, 'available');
		await setUpRound(page);
		await recordOption(page).check();
		await page.getByRole('checkbox', { name: /^Transcribe on this device/ }).check();
		await expect(page.getByText('After each answer you get the transcript')).toBeVisible();
		await page.getByRole('button', { name: 'Start practice' }).click();
		await expect(page.getByText('Recording', { exact: true })).toBeVisible();
		await say(page, 'we split the pager rota between the two leads');
		await finishRecordedAnswer(page);

		// The page reloads before the rating is saved: nothing is lost.
		await page.reload();
		const unfinished = page.getByRole('region', { name: 'Unfinished round' });
		await expect(unfinished).toContainText(
			'Your last answer’s recording and transcript are kept: resume to rate it.'
		);
		await unfinished.getByRole('button', { name: 'Resume round' }).click();
		const player = page.getByLabel('Recording of your answer');
		await expect
			.poll(() => player.evaluate((audio: HTMLAudioElement) => audio.duration))
			.toBeGreaterThan(1);
		await expect(page.getByRole('textbox', { name: 'Transcript' })).toHaveValue(
			'we split the pager rota between the two leads'
		);
		await page.getByRole('button', { name: 'Save and continue' }).click();
		await page.getByRole('button', { name: 'Save without ratings' }).click();
		await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
		expect(await unratedCount(page)).toBe(0);

		await page.reload();
		const history = page.getByRole('region', { name: 'History' });
		await expect(history).toContainText(/Recordings: 1, /);
		await history.getByText('Transcripts (1)').click();
		await expect(history).toContainText('we split the pager rota between the two leads');
		await expect(page.getByRole('region', { name: 'Unfinished round' })).toHaveCount(0);
	}
);

test(
	'a kept recording the user discards with the round is gone',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await setUpRound(page);
		await recordOption(page).check();
		await page.getByRole('button', { name: 'Start practice' }).click();
		await finishRecordedAnswer(page);
		await page.reload();
		const unfinished = page.getByRole('region', { name: 'Unfinished round' });
		await expect(unfinished).toContainText('Your last answer’s recording is kept');
		await unfinished.getByRole('button', { name: 'Discard it' }).click();
		await expect(unfinished).toHaveCount(0);
		await expect.poll(() => unratedCount(page)).toBe(0);
		await page.reload();
		await expect(page.getByRole('region', { name: 'Unfinished round' })).toHaveCount(0);
	}
);
