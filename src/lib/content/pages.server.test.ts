import { describe, expect, it } from 'vitest';
import { bank } from './bank.server';
import { questionEntries, themeEntries, themeGuidance, themePage } from './pages.server';
import { questionFromGuidance } from './question-page';

// What every prerendered theme and question page receives, checked for every id in the bank.
// The browser walk in tests/e2e/pages.spec.ts then only needs a sample of the pages.
const RAW_MARKDOWN = /(^|\s)(\*\*|__)\S|\]\(|^#+\s/;

// Rendered once per theme, as the app fetches one guidance file per theme.
const guidanceFiles = new Map(bank.themes.map((t) => [t.id, themeGuidance(t.id)]));
const guidanceOf = (themeId: string) => guidanceFiles.get(themeId)!;

/** A question page's data as its +page.ts picks it from the theme's guidance file. */
function questionPage(themeId: string, questionId: string) {
	const page = questionFromGuidance(guidanceOf(themeId), questionId);
	if (!page || 'redirect' in page) throw new Error(`${themeId}/${questionId} is not a page`);
	return page;
}

describe('page data for every theme and question', () => {
	it('lists a page for every theme and every question, once', () => {
		expect(themeEntries().map((e) => e.theme)).toEqual(bank.themes.map((t) => t.id));
		const entries = questionEntries().map((e) => `${e.theme}/${e.question}`);
		expect(new Set(entries).size).toBe(entries.length);
		// Each question, and each retired id (a page that redirects to the question that took it).
		const questions = bank.themes.flatMap((t) => t.questions);
		expect(entries.length).toBe(questions.reduce((n, q) => n + 1 + q.aliases.length, 0));
	});

	it('gives every theme page its questions in order and a rendered introduction', () => {
		for (const theme of bank.themes) {
			const page = themePage(theme.id);
			expect(page.theme.title, theme.id).toBe(theme.title);
			expect(
				page.questions.map((q) => q.id),
				theme.id
			).toEqual(theme.questions.map((q) => q.id));
			expect(page.theme.introHtml, theme.id).not.toMatch(RAW_MARKDOWN);
		}
	});

	it('gives every question page its guidance as rendered HTML, and links that chain', () => {
		for (const { theme, question } of questionEntries()) {
			const picked = questionFromGuidance(guidanceOf(theme), question);
			if (picked && 'redirect' in picked) {
				const live = bank.themes
					.flatMap((t) => t.questions)
					.find((q) => q.id === picked.redirect.id);
				expect(live?.aliases, question).toContain(question);
				continue;
			}
			const page = questionPage(theme, question);
			const where = `${theme}/${question}`;
			const q = page.question;
			expect(q.id, where).toBe(question);
			expect(q.text.trim(), where).not.toBe('');
			expect(q.probesHtml.trim(), where).not.toBe('');
			for (const list of [q.strongSignalsHtml, q.redFlagsHtml, q.followUpsHtml]) {
				expect(list.length, where).toBeGreaterThan(0);
				for (const html of list) {
					expect(html.trim(), where).not.toBe('');
					expect(html, where).not.toMatch(RAW_MARKDOWN);
					expect(html, where).not.toMatch(/<script|on\w+=/i);
				}
			}
			const { index, of } = page.position;
			expect(index >= 1 && index <= of, where).toBe(true);
			// Previous and next point back at this question.
			if (page.previous)
				expect(questionPage(theme, page.previous.id).next?.id, where).toBe(question);
			else expect(index, where).toBe(1);
			if (page.next) expect(questionPage(theme, page.next.id).previous?.id, where).toBe(question);
			else expect(index, where).toBe(of);
		}
	});

	it('answers an unknown theme with a 404 and an unknown question with nothing', () => {
		const [theme] = bank.themes;
		expect(questionFromGuidance(guidanceOf(theme.id), 'nothing-here')).toBeUndefined();
		expect(() => themeGuidance('nothing-here')).toThrow(expect.objectContaining({ status: 404 }));
		expect(() => themePage('nothing-here')).toThrow(expect.objectContaining({ status: 404 }));
	});
});
