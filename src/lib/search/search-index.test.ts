import { beforeEach, describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import {
	answerDocument,
	bankDocuments,
	narrativeDocument,
	questionDocument,
	storyDocument
} from './documents';
import { SearchIndex } from './search-index';
import { collectWords } from './text';
import type { SearchDocument, SearchResult } from './types';

const themes = bank.themes;
const questions = themes.flatMap((t) => t.questions.map((q) => ({ ...q, theme: t })));
const question = (id: string) => questions.find((q) => q.id === id)!;

/** About 300 words of plausible answer text, from the bank's own guidance, ending with `last`. */
function longAnswerText(last: string): string {
	const filler = questions
		.slice(20, 60)
		.map((q) => q.probes)
		.join(' ')
		.split(/\s+/)
		.slice(0, 290)
		.join(' ');
	return `${filler} We then ran a two-week ${last} period after launch.`;
}

const deep = question('performance-first-signs');
const deepAnswer = answerDocument(
	{
		questionId: deep.id,
		situation: 'A senior engineer on my team started missing reviews.',
		task: 'I had to find out why before it became a pattern.',
		action: longAnswerText('hypercare'),
		result: ''
	},
	deep,
	deep.theme
);

const design = question('conflict-design-disagreement');
const rotaAnswer = answerDocument(
	{
		questionId: design.id,
		situation: 'Two engineers disagreed about how to split the on-call rota between teams.',
		task: 'Get a decision within a week.',
		action: 'I asked each to write down the trade-offs, then we decided together.',
		result: 'The rota shipped and pages fell by half.'
	},
	design,
	design.theme
);

const story = storyDocument(
	{
		id: 'payments-migration',
		title: 'Payments migration under a hard deadline',
		situation: 'Legacy payments service, regulator deadline.',
		task: 'Move every merchant without downtime.',
		action: 'Split the work into reversible steps and negotiated scope with stakeholders.',
		result: 'Done two weeks early.',
		metrics: 'Zero failed payments',
		themeIds: ['delivery', 'stakeholders']
	},
	themes
);

const narrative = narrativeDocument(
	{ id: 'why-management', title: 'Why management' },
	{ text: 'I found I got more done by multiplying others than by writing code myself.' }
);

function buildIndex(): SearchIndex {
	return new SearchIndex([...bankDocuments(themes), deepAnswer, rotaAnswer, story, narrative]);
}

/** The document's words, normalised as the index sees them. */
function docWords(doc: SearchDocument): Set<string> {
	const words = new Map<string, number>();
	for (const field of [doc.title, doc.meta ?? '', doc.text]) collectWords(field, 1, words);
	return new Set(words.keys());
}

const titleHas = (r: SearchResult, word: string) => r.doc.title.toLowerCase().includes(word);
const ids = (results: SearchResult[]) => results.map((r) => r.doc.id);

describe('SearchIndex over the question bank', () => {
	let index: SearchIndex;
	beforeEach(() => {
		index = buildIndex();
	});

	it('indexes every document once', () => {
		expect(index.size).toBe(questions.length + 4);
		expect(index.get('story:payments-migration')?.title).toBe(story.title);
	});

	it('finds conflict questions for "confict"', () => {
		const results = index.search('confict');
		expect(results.length).toBeGreaterThan(3);
		for (const r of results.slice(0, 3)) {
			expect(r.kind).toBe('question');
			expect(titleHas(r, 'conflict'), r.doc.title).toBe(true);
		}
		expect(results[0].words).toContain('conflict');
	});

	it('finds stakeholder questions for "stakehoder"', () => {
		const [first] = index.search('stakehoder');
		expect(first.doc.id).toMatch(/^question:stakeholders-/);
		expect(titleHas(first, 'stakeholder')).toBe(true);
		expect(first.words).toContain('stakeholder');
	});

	it('finds underperformance questions for "underperfroming"', () => {
		const results = index.search('underperfroming');
		expect(results.length).toBeGreaterThan(0);
		expect(results[0].doc.meta).toMatch(/^Underperformance/);
		expect(results[0].words).toContain('underperforming');
	});

	it('finds a word from the end of a 300-word answer, also with a typo', () => {
		const words = deepAnswer.text.split(/\s+/);
		expect(words.length).toBeGreaterThan(300);
		expect(words.slice(-10)).toContain('hypercare');
		for (const query of ['hypercare', 'hypercrae', 'hyperc']) {
			const [first] = index.search(query);
			expect(first?.doc.id, query).toBe(deepAnswer.id);
			expect(first.words).toEqual(['hypercare']);
		}
	});

	it('puts the question first for its id, then the answer to it', () => {
		const results = index.search('conflict-design-disagreement');
		expect(ids(results).slice(0, 2)).toEqual([
			'question:conflict-design-disagreement',
			'answer:conflict-design-disagreement'
		]);
	});

	it("ranks a theme's questions first for its name", () => {
		const conflict = themes.find((t) => t.id === 'conflict')!;
		const top = index.search(conflict.title, {
			kinds: ['question'],
			limit: conflict.questions.length
		});
		expect(top).toHaveLength(conflict.questions.length);
		for (const r of top) expect(r.doc.meta).toContain(conflict.title);
		expect(index.search('growth and coaching')[0]?.doc.meta ?? '').toMatch(/grow/i);
	});

	it('ranks title matches above body-only matches', () => {
		for (const query of ['feedback', 'hiring', 'roadmap']) {
			const results = index.search(query, { limit: 200, kinds: ['question'] });
			const inTitle = results.map((r) =>
				r.words.some((w) => docWords({ ...r.doc, meta: '', text: '' }).has(w))
			);
			expect(inTitle.some(Boolean), query).toBe(true);
			expect(
				inTitle.some((x) => !x),
				query
			).toBe(true);
			expect(inTitle.indexOf(false), query).toBeGreaterThan(inTitle.lastIndexOf(true));
		}
	});

	it('ranks a question whose id spells the query first', () => {
		expect(index.search('hiring bar')[0].doc.id).toBe('question:hiring-bar-under-pressure');
	});

	it('requires every query word, each with its own typo allowance', () => {
		const results = index.search('conflcit remote');
		expect(results.length).toBeGreaterThan(0);
		for (const r of results) {
			expect(
				r.words.some((w) => w.startsWith('confl')),
				r.doc.id
			).toBe(true);
			expect(
				r.words.some((w) => w.startsWith('remot')),
				r.doc.id
			).toBe(true);
		}
		expect(index.search('conflict xyzzyq')).toEqual([]);
	});

	it('returns only words the document really has', () => {
		for (const query of ['confict', 'stakehod', 'deleg', 'on-call rota'])
			for (const r of index.search(query)) {
				const own = docWords(r.doc);
				expect(r.words.length).toBeGreaterThan(0);
				for (const w of r.words) expect(own.has(w), `${query}: ${w} in ${r.doc.id}`).toBe(true);
			}
	});

	it('lists a question before its answer when both match equally', () => {
		const results = index.search(design.text);
		expect(ids(results).slice(0, 2)).toEqual([`question:${design.id}`, `answer:${design.id}`]);
	});

	it('returns nothing for empty, whitespace or punctuation-only queries', () => {
		for (const query of ['', ' ', '\t\n', '?', '...', '--', '"()"', '🙂', 'a'])
			expect(index.search(query), JSON.stringify(query)).toEqual([]);
		expect(() => index.search('x'.repeat(5000))).not.toThrow();
		expect(() => index.search('\u0000 ç ß İ 中文 ')).not.toThrow();
	});

	it('honours limit, limitPerKind and kinds', () => {
		expect(index.search('team', { limit: 3 })).toHaveLength(3);
		expect(index.search('team', { limit: 0 })).toEqual([]);
		expect(index.search('team', { limitPerKind: 0 })).toEqual([]);
		const grouped = index.search('stakeholders', { limitPerKind: 2, limit: 50 });
		const count = (kind: string) => grouped.filter((r) => r.kind === kind).length;
		expect([count('question'), count('story')]).toEqual([2, 1]);
		expect(index.search('management', { kinds: ['narrative'] }).map((r) => r.kind)).toEqual([
			'narrative'
		]);
	});
});

describe('SearchIndex ranking on a small corpus', () => {
	const doc = (id: string, title: string, text = ''): SearchDocument => ({
		id,
		kind: 'question',
		title,
		text,
		href: `/${id}`
	});

	it('ranks exact above typo above body, title above body', () => {
		const index = new SearchIndex([
			doc('body', 'Something else', 'how to mentor a junior engineer'),
			doc('fuzzy', 'Ways to mentro people'),
			doc('exact', 'How to mentor people')
		]);
		expect(ids(index.search('mentor ')).map((id) => id)).toEqual(['exact', 'fuzzy', 'body']);
		// As the word being typed, the whole word still beats a longer word it starts.
		index.upsert(doc('longer', 'Mentoring people'));
		expect(ids(index.search('mentor')).slice(0, 2)).toEqual(['exact', 'longer']);
	});

	it('ranks more query words in the title above fewer', () => {
		const index = new SearchIndex([
			doc('one', 'Giving feedback', 'when it was hard to hear'),
			doc('both', 'Giving hard feedback'),
			doc('none', 'Something else', 'hard feedback')
		]);
		expect(ids(index.search('hard feedback'))).toEqual(['both', 'one', 'none']);
	});
});

describe('SearchIndex updates', () => {
	it('forgets the old words of an edited answer and learns the new ones', () => {
		const index = buildIndex();
		const vocabulary = index.vocabularySize;
		expect(ids(index.search('rota'))).toContain(rotaAnswer.id);

		const edited = {
			...rotaAnswer,
			text: rotaAnswer.text.replaceAll('rota', 'schedule') + ' Quokkas.'
		};
		index.upsert(edited);
		expect(index.size).toBe(questions.length + 4);
		expect(ids(index.search('rota'))).not.toContain(rotaAnswer.id);
		expect(ids(index.search('quokkas'))).toEqual([rotaAnswer.id]);
		expect(index.get(rotaAnswer.id)).toBe(edited);

		index.upsert(rotaAnswer);
		expect(ids(index.search('rota'))).toContain(rotaAnswer.id);
		expect(index.search('quokkas')).toEqual([]);
		expect(index.vocabularySize).toBe(vocabulary);
	});

	it('drops a removed document and keeps words other documents share', () => {
		const index = buildIndex();
		const twin = { ...deepAnswer, id: 'answer:twin', title: 'Another answer' };
		index.upsert(twin);
		expect(ids(index.search('hypercare')).sort()).toEqual([deepAnswer.id, twin.id].sort());

		expect(index.remove(deepAnswer.id)).toBe(true);
		expect(index.remove(deepAnswer.id)).toBe(false);
		expect(index.has(deepAnswer.id)).toBe(false);
		expect(ids(index.search('hypercrae'))).toEqual([twin.id]);

		index.remove(twin.id);
		expect(index.search('hypercare')).toEqual([]);
	});

	it('builds the same index by upserts as at once', () => {
		const docs = bankDocuments(themes).slice(0, 40);
		const incremental = new SearchIndex();
		for (const d of [...docs].reverse()) incremental.upsert({ ...d, text: 'placeholder' });
		for (const d of docs) incremental.upsert(d);
		const atOnce = new SearchIndex(docs);
		expect(incremental.vocabularySize).toBe(atOnce.vocabularySize);
		for (const query of ['confict', 'team', 'stakehoder manag'])
			expect(incremental.search(query)).toEqual(atOnce.search(query));
	});

	it('clears everything', () => {
		const index = buildIndex();
		index.clear();
		expect(index.size).toBe(0);
		expect(index.vocabularySize).toBe(0);
		expect(index.search('conflict')).toEqual([]);
		index.upsert(questionDocument(design, design.theme));
		expect(ids(index.search('confict'))).toEqual([`question:${design.id}`]);
	});
});
