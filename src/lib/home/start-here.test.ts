import { describe, expect, it } from 'vitest';
import { showStartHere, startSteps, type StartHereData } from './start-here';

const fresh: StartHereData = {
	answers: 0,
	stories: 0,
	whyManagement: false,
	practised: 0,
	installed: false,
	choices: {}
};
const done = (d: StartHereData) =>
	startSteps(d)
		.filter((s) => s.done)
		.map((s) => s.id);

describe('the Start here checklist', () => {
	it('shows every step open on a first visit', () => {
		expect(done(fresh)).toEqual([]);
		expect(showStartHere(fresh)).toBe(true);
	});

	it('ticks each step from the data, with progress towards the counted ones', () => {
		const some = { ...fresh, answers: 1, stories: 2, practised: 1 };
		expect(done(some)).toEqual(['answer']);
		expect(startSteps(some).find((s) => s.id === 'stories')?.progress).toBe('2 of 3');
		expect(startSteps(some).find((s) => s.id === 'round')?.progress).toBe('1 of 3');
		expect(done({ ...some, stories: 3, whyManagement: true, practised: 4 })).toEqual([
			'answer',
			'stories',
			'why',
			'round'
		]);
	});

	it('counts installing as done when running installed, or when skipped', () => {
		expect(done({ ...fresh, installed: true })).toEqual(['install']);
		expect(done({ ...fresh, choices: { installSkipped: true } })).toEqual(['install']);
	});

	it('goes once every step is done, or when hidden', () => {
		const all = { ...fresh, answers: 2, stories: 3, whyManagement: true, practised: 3 };
		expect(showStartHere(all)).toBe(true); // not installed yet
		expect(showStartHere({ ...all, installed: true })).toBe(false);
		expect(showStartHere({ ...fresh, choices: { dismissed: true } })).toBe(false);
	});
});
