import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const questionIn = (themeId: string, questionId: string) => {
	const theme = bank.themes.find((t) => t.id === themeId)!;
	return { theme, question: theme.questions.find((q) => q.id === questionId)! };
};
const { theme, question } = questionIn('conflict', 'conflict-design-disagreement');
const url = `/questions/${theme.id}/${question.id}`;

async function fill(
	page: Page,
	parts: Partial<Record<'Situation' | 'Task' | 'Action' | 'Result', string>>
) {
	for (const [label, text] of Object.entries(parts))
		await page.getByLabel(label, { exact: true }).fill(text);
	// On a phone the findings fold while the user types: open them again to read them.
	await openCoach(page);
}

/** On a phone the coach is one line until opened; wider, it is always open. */
async function openCoach(page: Page) {
	const summary = page
		.getByRole('region', { name: 'Answer coach' })
		.getByRole('button', { name: /^Coach:/ });
	if ((await summary.isVisible()) && (await summary.getAttribute('aria-expanded')) !== 'true')
		await summary.click();
}

const HYPOTHETICAL = {
	Situation: 'On my team people disagree about frameworks and architecture pretty often.',
	Task: 'My job is to make sure those disagreements do not slow the team down.',
	Action:
		"I would sit the two engineers down together and get each one to walk through their reasoning. I'd ask them to write up the trade-offs, and if they still can't agree, I'll make the call myself and explain why.",
	Result: 'That approach generally works well and the team respects the decision.'
};

const STORY = {
	Situation:
		'At my last company two senior engineers on my team of seven, Priya and Tom, were stuck on whether to move billing events to Kafka or keep Postgres with a job queue.',
	Task: 'The usage pricing launch was two weeks out, and the argument had started to split the team in code review.',
	Action:
		"I met each of them one to one first, and found that Tom's real worry was running Kafka on call, while Priya worried about month-end load. I asked them to write one page together, criteria first, and I set the criteria with them: peak load, running cost and time to ship. We ran a load test of Postgres at three times our month-end peak and it held, so I made the call for Postgres and wrote down when we would revisit it. I had let the argument run through two design reviews before stepping in, and I told the team that was my mistake.",
	Result:
		'We shipped usage billing on time in September, and month-end processing has stayed under five minutes since. What I took from it is to step in after the first stalemate, and these days I ask for the criteria before anyone argues for a solution.'
};

test('a hypothetical answer must be fixed, quoting “I would”; told as a past story it clears', async ({
	page
}, info) => {
	await page.goto(url);
	await openCoach(page);
	const coach = page.getByRole('region', { name: 'Answer coach' });
	await expect(coach).toContainText('Start writing');

	await fill(page, HYPOTHETICAL);
	const mustFix = coach.getByRole('list').first();
	const hypothetical = coach.getByRole('listitem').filter({ hasText: 'Hypothetical' });
	await expect(coach.getByRole('heading', { name: 'Must fix' })).toBeVisible();
	await expect(mustFix.getByRole('listitem').first()).toContainText(
		'Hypothetical, not a real story'
	);
	await expect(hypothetical).toContainText('(must fix)');
	await expect(hypothetical.locator('mark', { hasText: /^I would$/ })).toBeVisible();
	await screenshots(page, 'coach-must-fix', info.project.name);

	await fill(page, STORY);
	await expect(coach).toContainText('Nothing to fix: this reads like a strong answer.');
	await expect(coach.getByRole('heading', { name: 'Must fix' })).toHaveCount(0);
	await expect(hypothetical).toHaveCount(0);
	await screenshots(page, 'coach-strong', info.project.name);
});

test('blame on a failure question points at the question’s own red flag, shown once a page', async ({
	page
}) => {
	const failure = questionIn('failure', 'failure-project-failed');
	await page.goto(`/questions/${failure.theme.id}/${failure.question.id}`);
	await openCoach(page);
	await fill(page, {
		Situation:
			'I was leading the checkout redesign last year, and honestly we were set up to fail from the start.',
		Task: 'My job was to deliver the new checkout before the holiday season.',
		Action:
			"I broke the work into milestones and kept leadership updated every week. The platform team kept pushing back our dependency, and my director didn't back me when I escalated. If the platform team had delivered their API on time, we would have made it.",
		Result: 'We launched in January instead, eight weeks late.'
	});
	const coach = page.getByRole('region', { name: 'Answer coach' });
	const blame = coach.getByRole('listitem').filter({ hasText: 'Blame' });
	await expect(blame).toContainText('(must fix)');
	await expect(blame.locator('mark', { hasText: 'set up to fail' })).toBeVisible();
	const redFlag = failure.question.redFlags.find((f) => /blame/i.test(f))!;
	await expect(blame).toContainText(`This question’s red flag: ${redFlag.replace(/[*_`]/g, '')}`);
	// The full list stays in the guidance, not repeated in the coach.
	await expect(coach.getByText('Red flags for this question')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Red flags' })).toHaveCount(1);
});

test(
	'bad input never breaks the coach or shows nonsense',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto(url);
		await openCoach(page);
		const coach = page.getByRole('region', { name: 'Answer coach' });
		const action = page.getByLabel('Action', { exact: true });

		await action.fill('Hello');
		await expect(coach).toContainText(
			'Keep going: the coach starts judging at about 25 words (1 so far)'
		);
		await action.fill('🚀🔥🙂 '.repeat(40));
		await expect(coach).toContainText('(0 so far)');

		await fill(page, {
			Action:
				'<script>alert(1)</script><img src=x onerror=alert(2)> I kind of basically <b>shipped</b> it, I guess, maybe, and we all sort of agreed it went fine in the end for everyone.',
			Result: 'It was <i>fine</i>.'
		});
		await expect(coach.locator('mark', { hasText: 'kind of' })).toBeVisible();
		await expect(coach.locator('img, script, b, i')).toHaveCount(0);

		await fill(page, {
			Situation: '',
			Action:
				'Ich habe mit beiden Entwicklern einzeln gesprochen und dann gemeinsam mit ihnen eine Entscheidung getroffen. Danach habe ich den Plan für alle aufgeschrieben.',
			Result: 'Wir haben pünktlich geliefert und das Team war zufrieden.'
		});
		await expect(coach).toContainText('The coach’s checks read English only');
		await expect(coach.getByRole('heading', { name: 'Must fix' })).toHaveCount(0);

		const long = `${STORY.Action} `.repeat(45);
		await fill(page, { ...STORY, Action: long });
		await expect(coach.getByRole('listitem').filter({ hasText: 'Far too long' })).toContainText(
			'(must fix)'
		);

		await fill(page, { Situation: '', Task: '', Action: '', Result: '' });
		await expect(coach).toContainText('Start writing');
		await expect(coach.getByRole('listitem')).toHaveCount(0);
	}
);

test(
	'the jargon list is edited in settings, kept after a reload, and used by the coach',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/settings');
		const list = page.getByLabel('Jargon the coach flags');
		await expect(list).toHaveValue(/leverage/);
		await list.fill('frobnicate\nwidgetise');
		await page.getByRole('button', { name: 'Save jargon list' }).click();
		await expect(page.getByText('Saved: the coach flags 2 terms.')).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('Jargon the coach flags')).toHaveValue('frobnicate\nwidgetise');

		await page.goto(url);
		await openCoach(page);
		await fill(page, {
			...STORY,
			Action: `${STORY.Action} I frobnicated the plan, then widgetised the rollout and leveraged synergies.`
		});
		const jargon = page
			.getByRole('region', { name: 'Answer coach' })
			.getByRole('listitem')
			.filter({ hasText: 'Jargon' });
		await expect(jargon.locator('mark')).toHaveText(['frobnicated', 'widgetised']);

		await page.goto('/settings');
		await page.getByRole('button', { name: 'Restore the starter list' }).click();
		await expect(page.getByLabel('Jargon the coach flags')).toHaveValue(/leverage/);
	}
);

test(
	'timing a read-aloud calibrates the speaking rate used for estimates',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		// Date.now() only moves when the test says so; timers keep running, so storage and the
		// display keep working while the clock stands still.
		let now = Date.now();
		await page.clock.setFixedTime(now);
		await page.goto(url);
		const words = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
		await page.getByLabel('Action', { exact: true }).fill(words);
		await expect(page.getByText('Speaking rate: 140 words a minute')).toBeVisible();
		await page.getByRole('button', { name: 'Time me reading this answer aloud' }).click();
		await page.clock.setFixedTime((now += 50_000));
		await page.getByRole('button', { name: 'I have finished reading' }).click();
		await expect(page.getByText('Speaking rate: 180 words a minute')).toBeVisible();
		await expect(page.getByText(/spoken at 180 words a minute/)).toBeVisible();
		await page.reload();
		await expect(page.getByText('Speaking rate: 180 words a minute')).toBeVisible();
		await page.goto('/settings');
		await expect(page.getByText('Your speaking rate: 180 words a minute')).toBeVisible();
	}
);
