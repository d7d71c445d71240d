// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { themeGuidance } from '$lib/content/pages.server';
import { bank as contentBank } from '$lib/content/bank.server';
import type { ThemeGuidance } from '$lib/content/views';
import {
	clearBankCache,
	htmlText,
	loadBank,
	loadFollowUps,
	loadThemeIndex,
	themeFromGuidance
} from './bank-client';

const guidance: ThemeGuidance = {
	theme: { id: 'conflict', title: 'Conflict', order: 1 },
	questions: [
		{
			id: 'conflict-a',
			themeId: 'conflict',
			text: 'Two engineers disagreed.',
			kind: 'behavioural',
			aliases: [],
			levels: ['em'],
			companies: ['amazon/earn-trust'],
			probesHtml: 'p',
			strongSignalsHtml: [],
			redFlagsHtml: [],
			followUpsHtml: ['What did <strong>you</strong> do?']
		}
	],
	retired: {},
	labels: {}
};
const index = [{ id: 'conflict', title: 'Conflict', questions: [] }];

const respond = (body: unknown, status = 200) =>
	Promise.resolve(new Response(JSON.stringify(body), { status }));
const server = (url: string) => respond(url.endsWith('themes.json') ? index : guidance);

describe('the bank client', () => {
	beforeEach(() => clearBankCache());

	it('fetches each file once, at its path under the app', async () => {
		const fetch = vi.fn(() => respond(index));
		const first = await loadThemeIndex(fetch);
		const again = await loadThemeIndex(fetch);
		expect(again).toBe(first);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(fetch).toHaveBeenCalledWith('/themes.json');
	});

	it('says clearly when the bank cannot be loaded, and tries again next time', async () => {
		const fetch = vi
			.fn<typeof globalThis.fetch>()
			.mockImplementationOnce(() => respond('Not found', 404))
			.mockImplementation((url) => server(String(url)));
		await expect(loadBank(fetch)).rejects.toThrow(
			'The question bank could not be loaded (HTTP 404).'
		);
		await expect(loadBank(fetch)).resolves.toHaveLength(1);
	});

	it('reads the bank from the per-theme guidance files, with follow-ups as plain text', async () => {
		const fetch = vi.fn<typeof globalThis.fetch>((url) => server(String(url)));
		const followUps = await loadFollowUps(fetch);
		expect(followUps.get('conflict-a')).toEqual(['What did you do?']);
		expect(fetch).toHaveBeenCalledWith('/guidance/conflict.json');
	});
});

describe('the bank in the browser', () => {
	it('turns rendered inline HTML back into plain text', () => {
		expect(
			htmlText(
				'Say <strong>why</strong> &amp; <em>when</em>: <code>a &lt; b</code>, it&#39;s &quot;fine&quot;'
			)
		).toBe('Say why & when: a < b, it\'s "fine"');
	});

	it('rebuilds every question of a theme from its guidance file, tags and aliases included', () => {
		for (const source of contentBank.themes) {
			const theme = themeFromGuidance(themeGuidance(source.id));
			expect(theme).toMatchObject({ id: source.id, title: source.title, order: source.order });
			expect(theme.questions.map((q) => q.id)).toEqual(source.questions.map((q) => q.id));
			theme.questions.forEach((q, i) => {
				const original = source.questions[i];
				expect(q.followUps.length).toBe(original.followUps.length);
				expect(q.companies).toEqual(original.companies);
				expect(q.aliases).toEqual(original.aliases);
				expect(q.probes).not.toMatch(/<|&amp;/);
			});
		}
	});
});
