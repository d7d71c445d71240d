import type { Page } from '@playwright/test';
import { bank } from './bank';
import { fakeSpeech, say, speechLog } from './fake-speech';
import { expect, fakeMicrophone, screenshots, test } from './fixtures';

test.use(fakeMicrophone);

const transcribeOption = (page: Page) =>
	page.getByRole('checkbox', { name: /^Transcribe on this device/ });

/** Rates every self-rated criterion `n` (timing comes from the clock), so saving does not ask. */
async function rateAll(page: Page, n: string) {
	for (const criterion of bank.rubric.sections.filter((c) => c.id !== 'timing'))
		await page
			.getByRole('group', { name: criterion.title })
			.getByRole('radio', { name: n, exact: true })
			.check();
}

/** Sets up a one-question round with no prep and a one-minute target. */
async function setUpRound(page: Page) {
	await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
	await page.getByLabel('How many').fill('1');
	await page.getByLabel('Prep time (seconds)').fill('0');
	await page.getByLabel('Answer target').selectOption({ label: '1 min' });
}

/** Opens /practice with on-device speech `status`, and sets up a transcribed one-question round. */
async function setUpTranscribedRound(page: Page, status: 'available' | 'downloadable') {
	await fakeSpeech(page, status);
	await page.goto('/practice');
	await setUpRound(page);
	await transcribeOption(page).check();
	await expect(page.getByText('After each answer you get the transcript')).toBeVisible();
}

test('a transcribed round: transcript, fillers and pace after the answer, kept after a reload, over two attempts', async ({
	page
}, info) => {
	test.slow(); // two rounds and two reloads
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await fakeSpeech(page, 'downloadable');
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto('/practice');
	await setUpRound(page);
	await expect(page.getByText('downloads the browser’s English speech pack once')).toBeVisible();
	await transcribeOption(page).check();
	await expect(page.getByText('After each answer you get the transcript')).toBeVisible();
	await expect(transcribeOption(page)).toBeChecked();
	await page.getByRole('button', { name: 'Start practice' }).click();

	await expect(page.getByText('Transcribing on this device')).toBeVisible();
	await page.clock.setFixedTime((now += 2000));
	await say(page, 'um so our releases kept slipping and like nobody knew why');
	await page.clock.setFixedTime((now += 10_000));
	await say(page, 'I was asked to fix it');
	await page.clock.setFixedTime((now += 8000));
	await say(page, 'so I sat down with each lead and I rewrote the release plan with them');
	await page.clock.setFixedTime((now += 10_000));
	await say(page, 'um in the end we shipped every release on time for a quarter');
	await page.clock.setFixedTime((now += 30_000));
	await page.getByRole('button', { name: 'Done' }).click();

	const transcript = page.getByRole('textbox', { name: 'Transcript' });
	await expect(transcript).toHaveValue(/^um so our releases kept slipping.* for a quarter$/);
	const spoken = page.getByRole('group', { name: 'How you spoke' });
	// 45 words in 60 s.
	await expect(spoken).toContainText('Pace: 45 words a minute (slower than a listener likes');
	await expect(spoken).toContainText('Filler words: “um” ×2, “like” ×1, “so” ×1 (4 a minute)');
	await expect(spoken).toContainText('Long pauses: 3 pauses of 3 s or more (longest 10 s)');
	await expect(spoken).toContainText('Action: began at 0:20 of 1:00');
	await screenshots(page, 'practice-transcript', info.project.name);
	// The user corrects what was misheard; the correction is what is kept.
	await transcript.fill(
		'our releases kept slipping and nobody knew why I was asked to fix it so I sat down with ' +
			'each lead and rewrote the release plan um in the end we shipped every release on time'
	);
	await expect(spoken).toContainText('Filler words: “um” ×1 (1 a minute)');
	// Rated weak, so "Weakest rated first" brings the same question back.
	await rateAll(page, '1');
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();

	await page.reload();
	const history = page.getByRole('region', { name: 'History' });
	const trend = history.getByRole('list', { name: 'Pace and filler words by attempt' });
	await expect(trend.getByRole('listitem')).toHaveCount(1);
	await expect(trend).toContainText('words a minute · 1 filler a minute');
	await history.getByText('Transcripts (1)').click();
	await expect(history).toContainText('rewrote the release plan um in the end');

	// A second attempt of the same question: pace and fillers over time.
	await setUpRound(page);
	await page
		.getByLabel('Questions', { exact: true })
		.selectOption({ label: 'Weakest rated first' });
	await expect(transcribeOption(page)).toBeChecked();
	await page.getByRole('button', { name: 'Start practice' }).click();
	// The answer's clock starts when listening does: move time on only after that.
	await expect(page.getByText('Transcribing on this device')).toBeVisible();
	await page.clock.setFixedTime((now += 1000));
	await say(
		page,
		'our releases kept slipping so I set up a weekly release review with every lead and we ' +
			'shipped on time for a whole quarter'
	);
	await page.clock.setFixedTime((now += 15_000));
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('textbox', { name: 'Transcript' })).toHaveValue(/^our releases/);
	await rateAll(page, '3');
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	await page.reload();
	await expect(trend.getByRole('listitem')).toHaveCount(2);
	await expect(trend.getByRole('listitem').nth(1)).toContainText(
		'90 words a minute · 0 fillers a minute'
	);

	// Nothing left the app's origin.
	const origin = new URL(page.url()).origin;
	expect(requests.filter((url) => url.startsWith('http') && !url.startsWith(origin))).toEqual([]);
});

test('every recognizer starts with processLocally, and the language pack installs on request', async ({
	page
}) => {
	await setUpTranscribedRound(page, 'downloadable');
	await page.getByRole('button', { name: 'Start practice' }).click();
	await say(page, 'I decided to split the team');
	// A pause ends the session; resuming starts a new one.
	await page.getByRole('button', { name: 'Pause' }).click();
	await page.getByRole('button', { name: 'Resume' }).click();
	await say(page, 'and it worked');
	const log = await speechLog(page);
	expect(log.installs).toEqual([{ langs: [expect.stringMatching(/^en/)], processLocally: true }]);
	expect(log.asked.every((o) => (o as { processLocally: boolean }).processLocally)).toBe(true);
	expect(log.starts.length).toBeGreaterThanOrEqual(2);
	expect(log.starts.every((s) => s.processLocally === true)).toBe(true);
});

test('with no on-device recognition the option says so, and recording still works', async ({
	page
}) => {
	await fakeSpeech(page, 'unavailable');
	await page.goto('/practice');
	await setUpRound(page);
	await expect(transcribeOption(page)).toBeDisabled();
	await expect(page.getByText('Transcription is not available on this browser')).toBeVisible();
	await page
		.getByRole('checkbox', { name: 'Record my answers (audio stays on this device)' })
		.check();
	await page.getByRole('button', { name: 'Start practice' }).click();
	await expect(page.getByText('Recording', { exact: true })).toBeVisible();
	await expect(page.getByText('Transcribing on this device')).toHaveCount(0);
	expect((await speechLog(page)).starts).toEqual([]);
});

test('a refused microphone and silence are said plainly, and the round goes on', async ({
	page
}) => {
	await setUpTranscribedRound(page, 'available');
	await page.getByRole('button', { name: 'Start practice' }).click();
	await say(page, '', 'no-speech');
	await expect(page.getByText('No speech heard yet')).toBeVisible();
	await say(page, '', 'not-allowed');
	await expect(
		page.getByText(/Microphone access is blocked, so transcription is off/)
	).toBeVisible();
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('button', { name: 'Save and continue' })).toBeVisible();
});

test('search finds a question by what was said in practice, and opens its transcripts', async ({
	page
}, info) => {
	test.slow(); // a round, a reload, the header box and the /search page
	await setUpTranscribedRound(page, 'available');
	await page.getByRole('button', { name: 'Start practice' }).click();
	const asked = (await page.locator('h2.question').textContent())!.trim();
	await say(page, 'I moved the pager rota to the two team leads and the pages halved');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('textbox', { name: 'Transcript' })).toHaveValue(/pager rota/);
	await rateAll(page, '3');
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();

	// The header box: a word only said (and misspelt) finds the question, under its own group.
	await page.reload();
	const search = page.getByRole('combobox', { name: 'Search' });
	await search.click();
	await search.fill('pagr rota');
	const group = page
		.getByRole('listbox', { name: 'Search results' })
		.getByRole('group', { name: 'What you said in practice' });
	const option = group.getByRole('option');
	await expect(option).toHaveCount(1);
	await expect(option).toContainText(asked);
	await expect(option).toContainText('pager rota');
	await screenshots(page, 'search-spoken', info.project.name, { fullPage: false });

	// The result opens that question's transcripts in the practice history.
	await option.click();
	await expect(page).toHaveURL(/\/practice#practised-/);
	const history = page.getByRole('region', { name: 'History' });
	await expect(history.getByText('I moved the pager rota to the two team leads')).toBeVisible();

	// The /search page groups it the same way.
	await page.goto('/search?q=pager%20rota');
	const section = page.getByRole('region', { name: 'What you said in practice' });
	await expect(section.getByRole('link')).toHaveCount(1);
	await expect(section.getByRole('link')).toContainText(asked);
});

test('the read-aloud timer transcribes on the device and gives pace and fillers afterwards', async ({
	page
}, info) => {
	await fakeSpeech(page, 'available');
	let now = Date.now();
	await page.clock.setFixedTime(now);
	const theme = bank.themes[0];
	await page.goto(`/questions/${theme.id}/${theme.questions[0].id}`);
	const words = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
	await page.getByLabel('Action', { exact: true }).fill(words);
	const option = transcribeOption(page);
	await option.check();
	await expect(
		page.getByText('After the reading you get your pace and filler words')
	).toBeVisible();
	await page.getByRole('button', { name: 'Time me reading this answer aloud' }).click();
	await expect(page.getByText('Transcribing on this device.')).toBeVisible();
	await page.clock.setFixedTime((now += 5000));
	await say(page, 'um so the release kept slipping and like nobody knew why');
	await page.clock.setFixedTime((now += 5000));
	await say(page, 'so I rewrote the plan with each lead and um we shipped on time for a quarter');
	await page.clock.setFixedTime((now += 10_000));
	await page.getByRole('button', { name: 'I have finished reading' }).click();

	const read = page.getByRole('list', { name: 'How you read it' });
	// 28 words in 20 s.
	await expect(read).toContainText('Pace: 84 words a minute (slower than a listener likes');
	await expect(read).toContainText('Filler words: “um” ×2, “like” ×1, “so” ×1 (12 a minute)');
	await read.scrollIntoViewIfNeeded();
	await screenshots(page, 'read-aloud-transcript', info.project.name, { fullPage: false });
	const log = await speechLog(page);
	expect(log.starts.length).toBeGreaterThan(0);
	expect(log.starts.every((s) => s.processLocally === true)).toBe(true);
});

test('the interruption drill with transcription on: the interviewer cuts in, the transcript keeps both halves', async ({
	page
}) => {
	await fakeSpeech(page, 'available');
	let now = Date.now();
	await page.clock.setFixedTime(now);
	await page.goto('/practice');
	await setUpRound(page);
	await page.getByLabel('Answer target').selectOption({ label: '2 min' });
	await page.getByLabel(/Interruption drill/).check();
	await transcribeOption(page).check();
	await expect(page.getByText('After each answer you get the transcript')).toBeVisible();
	await page.getByRole('button', { name: 'Start practice' }).click();
	await expect(page.getByText('Transcribing on this device')).toBeVisible();
	await page.clock.setFixedTime((now += 10_000));
	await say(page, 'our on-call rota burned out two engineers');

	// By 80% of the target the interviewer has cut in; transcription carries on.
	await page.clock.setFixedTime((now += 87_000));
	await expect(
		page.getByRole('alert').filter({ hasText: 'The interviewer cuts in' })
	).toBeVisible();
	await expect(page.getByText('Transcribing on this device')).toBeVisible();
	await say(page, 'to answer that we measured pages per week before and after');
	await page.clock.setFixedTime((now += 10_000));
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('textbox', { name: 'Transcript' })).toHaveValue(
		'our on-call rota burned out two engineers to answer that we measured pages per week before and after'
	);
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await page.getByRole('button', { name: 'Save without ratings' }).click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();

	await page.reload();
	const history = page.getByRole('region', { name: 'History' });
	await history.getByText('Transcripts (1)').click();
	await expect(history).toContainText('we measured pages per week before and after');
});

test('the mock interview with transcription on: an answer is transcribed, the round runs to its end', async ({
	page
}) => {
	test.slow(); // five questions
	await fakeSpeech(page, 'available');
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption('mock');
	await transcribeOption(page).check();
	await expect(page.getByText('After each answer you get the transcript')).toBeVisible();
	await page.getByRole('button', { name: 'Start practice' }).click();

	const main = page.getByRole('main');
	await expect(main.getByText('Question 1 of 5')).toBeVisible();
	await page.getByRole('button', { name: 'Start answering' }).click();
	await expect(page.getByText('Transcribing on this device')).toBeVisible();
	await say(page, 'I hired two senior engineers and paired each with a new lead');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('textbox', { name: 'Transcript' })).toHaveValue(
		'I hired two senior engineers and paired each with a new lead'
	);
	await expect(page.getByRole('group', { name: 'How you spoke' })).toContainText('Filler words');
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await page.getByRole('button', { name: 'Save without ratings' }).click();
	for (let i = 2; i <= 5; i++) {
		await expect(main.getByText(`Question ${i} of 5`)).toBeVisible();
		await page.getByRole('button', { name: 'Skip' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
	// Every recognizer of the round ran on the device.
	const log = await speechLog(page);
	expect(log.starts.length).toBeGreaterThan(0);
	expect(log.starts.every((s) => s.processLocally === true)).toBe(true);

	await page.reload();
	const history = page.getByRole('region', { name: 'History' });
	await history.getByText('Transcripts (1)').click();
	await expect(history).toContainText('paired each with a new lead');
});
