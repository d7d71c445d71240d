// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearBankCache, loadBank, loadFollowUps, loadThemeIndex } from './bank-client';

const bank = [
	{
		id: 'conflict',
		title: 'Conflict',
		questions: [
			{ id: 'conflict-a', text: 'Two engineers disagreed.', followUps: ['What did **you** do?'] }
		]
	}
];

const respond = (body: unknown, status = 200) =>
	Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('the bank client', () => {
	beforeEach(() => clearBankCache());

	it('fetches each file once, at its path under the app', async () => {
		const fetch = vi.fn(() => respond([{ id: 'conflict', title: 'Conflict', questions: [] }]));
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
			.mockImplementationOnce(() => respond(bank));
		await expect(loadBank(fetch)).rejects.toThrow(
			'The question bank could not be loaded (HTTP 404).'
		);
		await expect(loadBank(fetch)).resolves.toEqual(bank);
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('gives follow-ups as plain text, through the markdown renderer', async () => {
		const followUps = await loadFollowUps(() => respond(bank));
		expect(followUps.get('conflict-a')).toEqual(['What did you do?']);
	});
});
