import { describe, expect, it } from 'vitest';
import { stem, ukSpelling } from './stem';

/** Whether every word has the same stem. */
const family = (...words: string[]) => new Set(words.map(stem)).size === 1;

describe('stem', () => {
	it('joins a word with its inflections and common derivations', () => {
		for (const words of [
			['mentor', 'mentors', 'mentoring', 'mentored', 'mentorship'],
			['prioritise', 'prioritised', 'prioritising', 'prioritisation', 'prioritises'],
			['manage', 'manager', 'managers', 'managing', 'managed', 'management'],
			['delegate', 'delegated', 'delegation', 'delegating'],
			['perform', 'performance', 'performer', 'performing'],
			['underperformer', 'underperforming', 'underperformance'],
			['plan', 'plans', 'planned', 'planning'],
			['hire', 'hires', 'hired', 'hiring'],
			['share', 'shared', 'sharing'],
			['experience', 'experienced', 'experiences'],
			['stakeholder', 'stakeholders'],
			['priority', 'priorities'],
			['agree', 'agreed', 'agreeing', 'agreement'],
			['lead', 'leader', 'leadership', 'leading', 'led']
		])
			expect(family(...words), words.join(' ')).toBe(true);
	});

	it('meets US and UK spellings', () => {
		for (const [us, uk] of [
			['prioritize', 'prioritise'],
			['prioritization', 'prioritisation'],
			['organizing', 'organising'],
			['analyze', 'analyse'],
			['behavior', 'behaviour'],
			['favoritism', 'favouritism'],
			['rumored', 'rumoured'],
			['skeptical', 'sceptical'],
			['canceled', 'cancelled'],
			['judgment', 'judgement'],
			['center', 'centre']
		])
			expect(stem(us), `${us} / ${uk}`).toBe(stem(uk));
		expect(ukSpelling('size')).toBe('size');
		expect(ukSpelling('mentor')).toBe('mentor');
	});

	it('maps common irregular past forms to their verb', () => {
		expect(stem('told')).toBe(stem('tell'));
		expect(stem('gave')).toBe(stem('give'));
		expect(stem('kept')).toBe(stem('keeping'));
		expect(stem('said')).toBe(stem('saying'));
	});

	it('keeps unrelated words apart', () => {
		for (const [a, b] of [
			['candid', 'candidate'],
			['form', 'former'],
			['bet', 'better'],
			['them', 'theme'],
			['us', 'use'],
			['experience', 'experiment'],
			['engine', 'engineer'],
			['speed', 'sped'],
			['news', 'new'],
			['care', 'car'],
			['hope', 'hop']
		])
			expect(stem(a), `${a} / ${b}`).not.toBe(stem(b));
		expect(stem('hopping')).toBe(stem('hop'));
		expect(stem('hoping')).toBe(stem('hope'));
	});

	it('leaves short words, digits and ratios alone', () => {
		expect(stem('pip')).toBe('pip');
		expect(stem('360')).toBe('360');
		expect(stem('1to1')).toBe('1to1');
		expect(stem('okrs')).toBe('okr');
		expect(stem('focus')).toBe('focus');
		expect(stem('process')).toBe('process');
	});
});
