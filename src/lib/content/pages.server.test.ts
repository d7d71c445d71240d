import { describe, expect, it } from 'vitest';
import { bank } from './bank.server';
import { questionEntries, questionPage, themeEntries, themePage } from './pages.server';

// What every prerendered theme and question page receives, checked for every id in the bank.
// The browser walk in tests/e2e/pages.spec.ts then only needs a sample of the pages.
const RAW_MARKDOWN = /(^|\s)(\*\*|__)\S|\]\(|^#+\s/;

describe('page data for every theme and question', () => {
	it('lists a page for every theme and every question, once', () => {
		expect(themeEntries().map((e) => e.theme)).toEqual(bank.themes.map((t) => t.id));
		const entries = questionEntries().map((e) => `${e.theme}/${e.question}`);
		expect(new Set(entries).size).toBe(entries.length);
		expect(entries.length).toBe(bank.themes.reduce((n, t) => n + t.questions.length, 0));
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

	it('answers an unknown theme or question with a 404', () => {
		const [theme] = bank.themes;
		expect(() => questionPage(theme.id, 'nothing-here')).toThrow(
			expect.objectContaining({ status: 404 })
		);
		expect(() => themePage('nothing-here')).toThrow(expect.objectContaining({ status: 404 }));
	});
});
