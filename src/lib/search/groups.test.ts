import { describe, expect, it } from 'vitest';
import { groupResults, resultContext, searchOptions, summary } from './groups';
import type { SearchKind, SearchResult } from './types';

const result = (kind: SearchKind, id: string, meta?: string): SearchResult => ({
	kind,
	doc: { id: `${kind}:${id}`, kind, title: id, text: '', href: `/${id}`, meta },
	score: 1,
	words: []
});

describe('groupResults', () => {
	it("splits the user's own work from questions, keeping each group's order and limit", () => {
		const found = groupResults(
			{
				results: [
					result('question', 'q1'),
					result('answer', 'a1'),
					result('question', 'q2'),
					result('story', 's1'),
					result('spoken', 'q1'),
					result('question', 'q3'),
					result('spoken', 'q2')
				],
				didYouMean: 'conflict'
			},
			{ yours: 1, questions: 2 }
		);
		expect(found.yours.map((r) => r.doc.id)).toEqual(['answer:a1']);
		// What was said is a group of its own, limited like the user's work unless told.
		expect(found.spoken.map((r) => r.doc.id)).toEqual(['spoken:q1']);
		expect(found.questions.map((r) => r.doc.id)).toEqual(['question:q1', 'question:q2']);
		expect(found.didYouMean).toBe('conflict');
	});
});

describe('resultContext', () => {
	it('says what a result is and where it belongs, never an id', () => {
		expect(resultContext(result('question', 'conflict-x', 'Conflict'))).toBe('Conflict');
		expect(resultContext(result('answer', 'conflict-x', 'Conflict'))).toBe(
			'Your answer · Conflict'
		);
		expect(resultContext(result('story', 's1'))).toBe('Story');
		expect(resultContext(result('spoken', 'conflict-x', 'Conflict'))).toBe(
			'Practice transcripts · Conflict'
		);
		expect(resultContext(result('narrative', 'why', 'Leadership narrative'))).toBe(
			'Your narrative'
		);
	});
});

describe('searchOptions and summary', () => {
	const found = {
		yours: [result('answer', 'a1')],
		spoken: [],
		questions: [result('question', 'q1'), result('question', 'q2')]
	};

	it('orders "did you mean", the results, then "all results"', () => {
		expect(
			searchOptions({ ...found, spoken: [result('spoken', 's1')], didYouMean: 'x' }, 'q').map(
				(o) => o.key
			)
		).toEqual(['suggestion', 'answer:a1', 'spoken:s1', 'question:q1', 'question:q2', 'all']);
		expect(searchOptions(found, '  ')).toEqual([]);
	});

	it('announces the count, the user’s share of it, nothing found, and any correction', () => {
		expect(summary(found, 'x')).toBe('3 results, 1 from your own work.');
		expect(summary({ ...found, spoken: [result('spoken', 's1')] }, 'x')).toBe(
			'4 results, 2 from your own work.'
		);
		expect(summary({ yours: [], spoken: [], questions: [found.questions[0]] }, 'x')).toBe(
			'1 result.'
		);
		expect(
			summary({ yours: [], spoken: [], questions: [], didYouMean: 'conflict' }, ' confict ')
		).toBe('Nothing matches “confict”. Did you mean “conflict”?');
	});
});
