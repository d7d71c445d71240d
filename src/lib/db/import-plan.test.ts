import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from './backup-tables';
import { meet, planImport, type StoredData } from './import-plan';
import type { AnswerRecord, CardRecord } from './types';

const T = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute)).toISOString();

function answer(situation: string, updatedAt: string, mergedAt?: string): AnswerRecord {
	return {
		questionId: 'q1',
		situation,
		task: '',
		action: '',
		result: '',
		status: 'draft',
		createdAt: T(0),
		updatedAt,
		...(mergedAt ? { mergedAt } : {})
	};
}

function tables(part: Partial<StoredData>): StoredData {
	return { ...Object.fromEntries(BACKUP_TABLES.map((n) => [n, []])), ...part } as StoredData;
}

const merge = (mine: AnswerRecord[], theirs: AnswerRecord[], fromThisDevice = false) =>
	planImport(tables({ answers: mine }), tables({ answers: theirs }), {
		mode: 'merge',
		fromThisDevice
	});

describe('merging by what is newer', () => {
	it('takes a backup copy built on this device’s copy, and keeps no version', () => {
		// The laptop wrote at :01; the phone took that copy and edited it at :05.
		const plan = merge([answer('laptop', T(1))], [answer('phone', T(5), T(1))]);
		expect(plan.counts.answers.newerInBackup).toBe(1);
		expect(plan.put.answers).toEqual([{ ...answer('phone', T(5)), mergedAt: T(5) }]);
		expect(plan.overwritten.answers).toEqual([answer('laptop', T(1))]);
		expect(plan.versions).toEqual([]);
	});

	it('keeps this device’s edit of a copy it already took, and remembers nothing new', () => {
		const plan = merge([answer('laptop again', T(9), T(5))], [answer('phone', T(5), T(1))]);
		expect(plan.counts.answers).toMatchObject({ newerHere: 1, changedOnBoth: 0 });
		expect(plan.put.answers).toEqual([]);
		expect(plan.seen.answers).toEqual([]);
		expect(plan.versions).toEqual([]);
	});

	it('keeps both when both changed since they met: the newer wins, the other is a version', () => {
		const mine = answer('laptop edit', T(7), T(1));
		const theirs = answer('phone edit', T(5), T(1));
		const plan = merge([mine], [theirs]);
		expect(plan.counts.answers.changedOnBoth).toBe(1);
		expect(plan.put.answers).toEqual([]);
		expect(plan.versions).toEqual([{ table: 'answers', record: theirs, from: 'backup' }]);
		// The kept copy now names the copy it beat, so importing it again changes nothing.
		expect(plan.seen.answers).toEqual([{ ...mine, mergedAt: T(5) }]);
		const again = merge(plan.seen.answers as AnswerRecord[], [theirs]);
		expect(again.counts.answers.newerHere).toBe(1);
		expect(again.versions).toEqual([]);
		expect(again.seen.answers).toEqual([]);
	});

	it('takes the newer backup copy when both changed, keeping this device’s as a version', () => {
		const mine = answer('laptop edit', T(3));
		const plan = merge([mine], [answer('phone edit', T(8), T(1))]);
		expect(plan.counts.answers.changedOnBoth).toBe(1);
		expect(plan.put.answers[0]).toMatchObject({ situation: 'phone edit', mergedAt: T(8) });
		expect(plan.versions).toEqual([{ table: 'answers', record: mine, from: 'device' }]);
	});

	it('breaks a tie of equal stamps the same way on both devices, and keeps the other copy', () => {
		const a = answer('alpha', T(4));
		const b = answer('beta', T(4));
		const onLaptop = merge([a], [b]);
		const onPhone = merge([b], [a]);
		expect(onLaptop.counts.answers.changedOnBoth).toBe(1);
		expect(onPhone.counts.answers.changedOnBoth).toBe(1);
		// Each device ends with the same winner, and the loser as a version.
		expect(onLaptop.put.answers[0]).toMatchObject({ situation: 'beta' });
		expect(onLaptop.versions[0].record).toEqual(a);
		expect(onPhone.put.answers).toEqual([]);
		expect(onPhone.versions[0].record).toEqual(a);
	});

	it('follows what was seen, not the clocks: a phone running minutes behind still wins its edit', () => {
		// The laptop wrote at :10; the phone, whose clock is 4 minutes slow, edited that copy
		// 2 minutes later and stamped it :08.
		const plan = merge([answer('laptop', T(10))], [answer('phone', T(8), T(10))]);
		expect(plan.counts.answers.newerInBackup).toBe(1);
		expect(plan.put.answers[0]).toMatchObject({ situation: 'phone' });
		expect(plan.versions).toEqual([]);
	});

	it('keeps the older copy as a version when skewed clocks make it look newer', () => {
		// Both edited; the phone's slow clock makes its later edit look older: nothing is lost.
		const plan = merge([answer('laptop', T(10), T(1))], [answer('phone', T(8), T(1))]);
		expect(plan.counts.answers.changedOnBoth).toBe(1);
		expect(plan.versions[0].record).toMatchObject({ situation: 'phone' });
	});

	it('keeps this device’s later edit over a copy the other device took from it untouched', () => {
		const plan = merge([answer('laptop later', T(9))], [answer('laptop first', T(2), T(2))]);
		expect(plan.counts.answers.newerHere).toBe(1);
		expect(plan.versions).toEqual([]);
	});

	it('treats this device’s own older backup as its past: newer here, no version', () => {
		const plan = merge([answer('edited after', T(9))], [answer('backed up', T(2))], true);
		expect(plan.counts.answers.newerHere).toBe(1);
		expect(plan.versions).toEqual([]);
		// Someone else's backup with the same copies is not known to be this device's past.
		expect(
			merge([answer('edited after', T(9))], [answer('backed up', T(2))]).versions
		).toHaveLength(1);
	});

	it('counts a copy that differs only in its merge note as unchanged', () => {
		const plan = merge([answer('same', T(2))], [answer('same', T(2), T(2))]);
		expect(plan.counts.answers).toMatchObject({ unchanged: 1, newerHere: 0 });
		expect(plan.put.answers).toEqual([]);
	});

	it('never deletes in a merge: a record deleted on one side comes back from the other', () => {
		const deletedHere = merge([], [answer('phone kept it', T(3), T(1))]);
		expect(deletedHere.counts.answers.new).toBe(1);
		expect(deletedHere.put.answers).toHaveLength(1);
		const deletedThere = merge([answer('still here', T(1))], []);
		expect(deletedThere.counts.answers.onlyHere).toBe(1);
		expect(deletedThere.remove.answers).toEqual([]);
	});

	it('replace takes the backup’s copy even when this device’s is newer, and removes the rest', () => {
		const plan = planImport(
			tables({
				answers: [answer('newer here', T(9)), { ...answer('only here', T(1)), questionId: 'q2' }]
			}),
			tables({ answers: [answer('older', T(2))] }),
			{ mode: 'replace' }
		);
		expect(plan.put.answers[0]).toMatchObject({ situation: 'older' });
		expect(plan.remove.answers).toEqual(['q2']);
		expect(plan.versions).toEqual([]);
	});
});

describe('review cards merge by their review history', () => {
	const card = (reps: number, lastReview: string, updatedAt: string): CardRecord => ({
		questionId: 'q1',
		due: T(50),
		stability: reps,
		difficulty: 5,
		elapsedDays: 0,
		scheduledDays: 1,
		reps,
		lapses: 0,
		state: 2,
		lastReview,
		createdAt: T(0),
		updatedAt
	});
	const stamped = (c: CardRecord) => c as unknown as Parameters<typeof meet>[1];

	it('keeps the card with more reviews, whichever was written last', () => {
		expect(meet('cards', stamped(card(4, T(3), T(3))), stamped(card(2, T(9), T(9)))).keep).toBe(
			'device'
		);
		expect(meet('cards', stamped(card(1, T(3), T(3))), stamped(card(2, T(2), T(2)))).keep).toBe(
			'backup'
		);
	});

	it('with as many reviews, keeps the later review; never a version', () => {
		const plan = planImport(
			tables({ cards: [card(3, T(2), T(2))] }),
			tables({ cards: [card(3, T(6), T(6))] }),
			{ mode: 'merge' }
		);
		expect(plan.counts.cards.newerInBackup).toBe(1);
		expect(plan.put.cards[0]).toMatchObject({ lastReview: T(6) });
		expect(plan.versions).toEqual([]);
	});
});
