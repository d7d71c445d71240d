import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const mainLinks = [
	'Questions',
	'Stories',
	'Narrative',
	'Practice',
	'Review',
	'Interviews',
	'Readiness',
	'Settings'
];

test('the home page introduces the app and links to every theme', async ({ page }, info) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('engineering manager');
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const name of mainLinks) {
		const link = nav.getByRole('link', { name, exact: true });
		// On a phone the tab bar shows four; the rest are behind "More".
		if (!(await link.isVisible())) await nav.getByRole('button', { name: 'More' }).click();
		await expect(link).toBeVisible();
	}
	await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
	for (const theme of bank.themes)
		await expect(page.getByRole('link', { name: new RegExp(theme.title) })).toBeVisible();
	await screenshots(page, 'home', info.project.name);
});

test(
	'questions lists every theme with its question count',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		await page.goto('/questions');
		await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();
		for (const theme of bank.themes) {
			const card = page.getByRole('link', { name: new RegExp(theme.title) });
			await expect(card).toContainText(`${theme.questions.length} questions`);
		}
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' })
		).toHaveAttribute('aria-current', 'page');
		await screenshots(page, 'questions', info.project.name);
	}
);

// Every page's data is checked for every id in src/lib/content/pages.server.test.ts; the browser
// walks a sample that renders it: every fourth theme page, and one question from each, at a
// different position in each theme.
test(
	'every theme page lists its questions; a sample of question pages shows the guidance',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		test.setTimeout(120_000);
		for (const [i, theme] of bank.themes.entries()) {
			if (i % 4 !== 0) continue;
			await page.goto(`/questions/${theme.id}`);
			await expect(page.getByRole('heading', { level: 1, name: theme.title })).toBeVisible();
			await expect(
				page.getByRole('listitem').filter({ hasText: theme.questions[0].text })
			).toBeVisible();
			await expect(page.locator('ol.questions > li')).toHaveCount(theme.questions.length);
			const question = theme.questions[i % theme.questions.length];
			await page.goto(`/questions/${theme.id}/${question.id}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.text);
			for (const heading of [
				'What they are testing',
				'Strong answers show',
				'Red flags',
				'Likely follow-ups'
			])
				await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
		}
	}
);

test(
	'an unknown question shows a readable not-found page',
	{ tag: '@desktop-only' },
	async ({ page, consoleErrors }) => {
		await page.goto('/questions/conflict/nothing-here');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
		await expect(page.getByRole('link', { name: 'Browse the questions' })).toBeVisible();
		// Said in a sentence, never as the framework's status text.
		await expect(page.getByText('address may be mistyped')).toBeVisible();
		await expect(page.getByText('Not Found', { exact: true })).toHaveCount(0);
		// The browser may log the 404 of a missing file; that one is expected.
		expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
		consoleErrors.length = 0;
	}
);

test('no page scrolls sideways on a phone', async ({ page }, info) => {
	const [theme] = bank.themes;
	for (const [path, name] of [
		['/'],
		['/questions'],
		[`/questions/${theme.id}`, 'theme'],
		[`/questions/${theme.id}/${theme.questions[0].id}`, 'question']
	]) {
		await page.goto(path);
		// A phone widens the layout viewport to fit overflowing content, so compare with the device.
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(page.viewportSize()!.width);
		if (name) await screenshots(page, name, info.project.name);
	}
});

test(
	'on a wide screen the one-column pages sit centred, the browsing pages use the width',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const gaps = async () => {
			const box = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
			const main = (await page.locator('main').boundingBox())!;
			return { left: main.x, right: 1280 - main.x - main.width, width: main.width, h1: box.x };
		};
		for (const route of ['/practice', '/review', '/settings', '/interviews']) {
			await page.goto(route);
			const { left, right, width } = await gaps();
			expect(Math.abs(left - right), route).toBeLessThan(2);
			expect(width, route).toBeLessThan(800);
		}
		await page.goto('/questions');
		expect((await gaps()).width).toBeGreaterThan(1100);
	}
);
