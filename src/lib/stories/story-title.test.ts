import { describe, expect, it } from 'vitest';
import { storyTitleFrom } from './story-title';

const answer = (parts: Partial<Record<'situation' | 'task' | 'action' | 'result', string>>) => ({
	situation: '',
	task: '',
	action: '',
	result: '',
	...parts
});

describe('storyTitleFrom', () => {
	it("takes the Situation's first clause, not the question", () => {
		expect(
			storyTitleFrom(
				answer({
					situation: 'Two senior engineers split over the payments rewrite. I had a week.'
				})
			)
		).toBe('Two senior engineers split over the payments rewrite');
	});

	it('stops at a comma, a semicolon or a dash', () => {
		expect(storyTitleFrom(answer({ situation: 'Our on-call rota burned people out, so I…' }))).toBe(
			'Our on-call rota burned people out'
		);
		expect(storyTitleFrom(answer({ situation: 'Launch slipped twice; sales was furious' }))).toBe(
			'Launch slipped twice'
		);
		expect(storyTitleFrom(answer({ situation: 'The migration — a year late' }))).toBe(
			'The migration'
		);
	});

	it('cuts a long clause to a few whole words, never ending on a little word', () => {
		const title = storyTitleFrom(
			answer({
				situation:
					'When I joined the platform group the team had lost three engineers in two months and nobody owned the build'
			})
		);
		expect(title).toBe('When I joined the platform group the team…');
		expect(title.length).toBeLessThanOrEqual(61);
	});

	it('reads through markdown and starts with a capital', () => {
		expect(
			storyTitleFrom(answer({ situation: '- **our** [billing](https://x.test) outage\n- more' }))
		).toBe('Our billing outage');
	});

	it('falls back to the next part with text, and to nothing when all are empty', () => {
		expect(storyTitleFrom(answer({ action: 'I paired with the new lead. Then…' }))).toBe(
			'I paired with the new lead'
		);
		expect(storyTitleFrom(answer({ situation: '   ' }))).toBe('');
	});
});
