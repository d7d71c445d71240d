import { describe, expect, it } from 'vitest';
import { coachSpoken, spokenParts } from './spoken-coach';

describe('a transcript split into STAR parts', () => {
	it('splits where the speaker turns to the task, the action and the result', () => {
		const parts = spokenParts(
			'our releases kept slipping my job was to get them back on track so I set up a weekly ' +
				'planning review with the leads in the end we shipped every release on time'
		);
		expect(parts.situation).toBe('our releases kept slipping');
		expect(parts.task).toBe('my job was to get them back on track so');
		expect(parts.action).toMatch(/^I set up a weekly planning review/);
		expect(parts.result).toBe('in the end we shipped every release on time');
	});

	it('takes the last fifth as the Result when no phrase opens it', () => {
		const parts = spokenParts(
			'I decided to split the team one two three four five six seven eight'
		);
		expect(parts.action.startsWith('I decided')).toBe(true);
		expect(parts.result).toBe('six seven eight');
	});
});

describe('the coach on a spoken answer', () => {
	it('flags a hypothetical answer and a "we" story as it does a written one', () => {
		const checks = coachSpoken(
			'in that kind of situation I would usually sit down with both engineers and we would ' +
				'talk it through and we would agree on a plan and we would move forward together and ' +
				'we would make sure everyone is heard and that is how it would end'
		);
		const ids = checks.map((c) => c.id);
		expect(ids).toContain('real-story');
		expect(checks.every((c) => c.status === 'flag')).toBe(true);
	});

	it('leaves out length and sentence checks, which speech measures otherwise', () => {
		const long = Array.from({ length: 40 }, () => 'and we kept going and going').join(' ');
		const ids = coachSpoken(`I decided to help ${long}`).map((c) => c.id);
		expect(ids).not.toContain('length');
		expect(ids).not.toContain('long-sentences');
		expect(ids).not.toContain('shape');
	});
});
