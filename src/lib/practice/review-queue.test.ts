import { describe, expect, it } from 'vitest';
import { reviewQueue, type QueueItem } from './review-queue';

const now = Date.parse('2026-11-23T09:00:00');
const items: QueueItem[] = [
	{ questionId: 'later', themeId: 'a', due: '2026-11-30T09:00:00.000Z' },
	{
		questionId: 'tonight',
		themeId: 'b',
		due: new Date(Date.parse('2026-11-23T20:00:00')).toISOString()
	},
	{ questionId: 'new', themeId: 'a' },
	{ questionId: 'overdue', themeId: 'b', due: '2026-11-20T09:00:00.000Z' }
];
const ids = (q: QueueItem[]) => q.map((i) => i.questionId);

describe('reviewQueue', () => {
	it('shows what is due now, new cards first, then by due time', () => {
		expect(ids(reviewQueue(items, { kind: 'due' }, now, new Map()))).toEqual(['new', 'overdue']);
		const evening = Date.parse('2026-11-23T20:30:00');
		expect(ids(reviewQueue(items, { kind: 'due' }, evening, new Map()))).toEqual([
			'new',
			'overdue',
			'tonight'
		]);
	});

	it('crams everything, or one theme', () => {
		expect(ids(reviewQueue(items, { kind: 'cram' }, now, new Map()))).toHaveLength(4);
		expect(ids(reviewQueue(items, { kind: 'theme', themeId: 'a' }, now, new Map()))).toEqual([
			'new',
			'later'
		]);
	});

	it('drops graded cards and brings Again ones back at the end', () => {
		const graded = new Map([
			['new', 'again' as const],
			['overdue', 'good' as const]
		]);
		expect(ids(reviewQueue(items, { kind: 'due' }, now, graded))).toEqual(['new']);
	});
});
