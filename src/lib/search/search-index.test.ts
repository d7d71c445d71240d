import { beforeEach, describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import { synonyms } from '$lib/content/synonyms.server';
import {
	answerDocument,
	bankDocuments,
	narrativeDocument,
	questionDocument,
	storyDocument
} from './documents';
import { SearchIndex } from './search-index';
import { stem } from './stem';
import { forEachWord } from './text';
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
	return new SearchIndex(
		[...bankDocuments(themes), deepAnswer, rotaAnswer, story, narrative],
		synonyms
	);
}

/** The stems of a document's words, as the index sees them. */
function docStems(doc: SearchDocument): Set<string> {
	const stems = new Set<string>();
	for (const field of [doc.title, doc.meta ?? '', doc.keywords ?? '', doc.text])
		forEachWord(field, (word) => void stems.add(stem(word)));
	return stems;
}

const titleHas = (r: SearchResult, word: string) => r.doc.title.toLowerCase().includes(word);
const ids = (results: SearchResult[]) => results.map((r) => r.doc.id);
const first = (index: SearchIndex, query: string) => index.search(query, { limit: 1 })[0]?.doc.id;

describe('SearchIndex over the question bank', () => {
	let index: SearchIndex;
	beforeEach(() => {
		index = buildIndex();
	});

	it('indexes every document once', () => {
		expect(index.size).toBe(questions.length + 4);
		expect(index.get('story:payments-migration')?.title).toBe(story.title);
	});

	it('corrects a typo to the word the bank uses, and says so', () => {
		const outcome = index.query('confict');
		expect(outcome.results.length).toBeGreaterThan(3);
		for (const r of outcome.results.slice(0, 3))
			expect(`${r.doc.id} ${r.doc.meta} ${r.doc.title}`, r.doc.title).toMatch(/conflict/i);
		expect(outcome.results[0].words).toContain('conflict');
		expect(outcome.didYouMean).toBe('conflict');
		expect(index.query('Stakehoder pushback').didYouMean).toBe('stakeholder pushback');
		expect(index.query('conflict').didYouMean).toBeUndefined();
	});

	it('finds stakeholder and underperformance questions through typos', () => {
		expect(first(index, 'stakehoder')).toMatch(/^question:stakeholders-/);
		const [under] = index.search('underperfroming');
		expect(under.doc.meta).toMatch(/^Underperformance/);
		expect(under.words).toContain('underperform');
	});

	it('finds a word from the end of a 300-word answer, also with a typo or half typed', () => {
		const words = deepAnswer.text.split(/\s+/);
		expect(words.length).toBeGreaterThan(300);
		expect(words.slice(-10)).toContain('hypercare');
		for (const query of ['hypercare', 'hypercrae', 'hyperc']) {
			const [top] = index.search(query);
			expect(top?.doc.id, query).toBe(deepAnswer.id);
			expect(top.words).toEqual([stem('hypercare')]);
		}
	});

	it('finds what people mean: stems, US spellings, synonyms and phrases', () => {
		expect(first(index, 'mentorship')).toBe('question:growth-coaching-not-solving');
		expect(first(index, 'prioritization')).toMatch(/^question:delivery-/);
		expect(first(index, 'PIP')).toBe('question:performance-improvement-plan');
		expect(first(index, 'performance improvement plan')).toBe(
			'question:performance-improvement-plan'
		);
		expect(first(index, '1:1')).toMatch(/one-on-ones$/);
		expect(first(index, 'stakeholder pushback')).toBe('question:stakeholders-saying-no');
		expect(first(index, 'how do I handle a low performer')).toMatch(/^question:performance-/);
		expect(first(index, 'how do I give feedback to my manager')).toBe(
			'question:feedback-to-your-manager'
		);
		expect([
			'question:people-regretted-attrition',
			'question:people-report-interviewing',
			'question:growth-leaving-team'
		]).toContain(first(index, 'attrition'));
	});

	it('prefers every word but requires none: a word nothing holds leaves the rest to rank', () => {
		const results = index.search('feedback xyzzyq');
		expect(results.length).toBeGreaterThan(3);
		expect(titleHas(results[0], 'feedback')).toBe(true);
		// Documents with both words lead; one with a single word in its title may follow them.
		const both = index.search('feedback peer', { limit: 200, kinds: ['question'] });
		const full = both.map((r) => r.words.includes('feedback') && r.words.includes('peer'));
		expect(full.slice(0, 3)).toEqual([true, true, true]);
		expect(full.filter(Boolean).length).toBeGreaterThan(3);
		expect(full.at(-1)).toBe(false);
	});

	it('weighs a rare word more than a common one', () => {
		// "team" is in most questions, "layoffs" in one: the layoffs question leads without "team".
		expect(first(index, 'team layoffs')).toBe('question:change-layoffs-aftermath');
	});

	it('skips stop words: a natural question ranks like its content words', () => {
		expect(ids(index.search('how do I deal with burnout'))[0]).toBe(
			ids(index.search('burnout'))[0]
		);
		expect(index.search('how do I')).toEqual([]);
	});

	it('puts a title match above a theme-title-only match', () => {
		const results = index.search('onboarding', { kinds: ['question'], limit: 40 });
		expect(results[0].doc.id).toBe('question:hiring-onboarding-plan');
		const inTitle = (r: SearchResult) =>
			docStems({ ...r.doc, text: '', meta: '', keywords: '' }).has('onboard');
		const themeOnly = (r: SearchResult) =>
			!docStems({ ...r.doc, meta: '' }).has('onboard') && r.doc.meta === 'Hiring and onboarding';
		const lowestTitle = Math.min(...results.filter(inTitle).map((r) => r.score));
		expect(results.filter(themeOnly).length).toBeGreaterThan(0);
		for (const r of results.filter(themeOnly)) expect(r.score, r.doc.id).toBeLessThan(lowestTitle);
	});

	it("ranks a theme's questions first for its name", () => {
		const conflict = themes.find((t) => t.id === 'conflict')!;
		const top = index.search(conflict.title, {
			kinds: ['question'],
			limit: conflict.questions.length
		});
		expect(top.filter((r) => r.doc.meta === conflict.title).length).toBeGreaterThanOrEqual(
			conflict.questions.length - 2
		);
	});

	it('returns as matched words only stems the document really has', () => {
		for (const query of ['confict', 'stakehod', 'deleg', 'on-call rota', '1:1', 'pushback'])
			for (const r of index.search(query)) {
				const own = docStems(r.doc);
				expect(r.words.length, `${query}: ${r.doc.id}`).toBeGreaterThan(0);
				for (const w of r.words) expect(own.has(w), `${query}: ${w} in ${r.doc.id}`).toBe(true);
			}
	});

	it("finds a question and the user's answer to it first for the question's own words", () => {
		const results = index.search(design.text);
		expect(ids(results).slice(0, 2).sort()).toEqual([
			`answer:${design.id}`,
			`question:${design.id}`
		]);
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

	it('ranks a word in the title above one in the body, and corrects only unknown words', () => {
		const index = new SearchIndex([
			doc('body', 'Something else', 'how to mentor a junior engineer'),
			doc('typo', 'Ways to mentro people'),
			doc('exact', 'How to mentor people')
		]);
		expect(ids(index.search('mentor '))).toEqual(['exact', 'body']);
		// "mentro" is a word here, so nothing is corrected; "mentorr" is not, so it is.
		expect(ids(index.search('mentro '))).toEqual(['typo']);
		expect(ids(index.search('mentorr '))).toEqual(['exact', 'body']);
	});

	it('matches the word being typed as a prefix, whole words first', () => {
		const index = new SearchIndex([
			doc('longer', 'Mentoring juniors'),
			doc('mentorship', 'A mentorship scheme'),
			doc('other', 'Mental health'),
			doc('exact', 'How to mentor people')
		]);
		// "mentor" is typed whole: its family (mentoring, mentorship) matches fully, "mental" not.
		expect(ids(index.search('mentor')).sort()).toEqual(['exact', 'longer', 'mentorship']);
		// Half typed, the nearest completion leads and longer completions follow.
		const partial = ids(index.search('ment'));
		expect(partial).toHaveLength(4);
		expect(index.search('psych saf')).toEqual([]);
	});

	it('completes a partial word anywhere in the query when the index lacks it as typed', () => {
		const index = new SearchIndex([
			doc('safety', 'Psychological safety on a team'),
			doc('other', 'Safe deployments')
		]);
		expect(ids(index.search('psych saf'))).toEqual(['safety', 'other']);
	});

	it('ranks more query words in the title above fewer', () => {
		const index = new SearchIndex([
			doc('one', 'Giving feedback', 'when it was hard to hear'),
			doc('both', 'Giving hard feedback'),
			doc('none', 'Something else', 'hard feedback')
		]);
		expect(ids(index.search('hard feedback'))).toEqual(['both', 'one', 'none']);
	});

	it('breaks ties by the order documents were added, never by the alphabet', () => {
		const index = new SearchIndex([
			doc('zebra', 'Onboarding a new engineer'),
			doc('apple', 'Onboarding a new engineer'),
			doc('mango', 'Onboarding a new engineer')
		]);
		const results = index.search('onboarding');
		expect(new Set(results.map((r) => r.score)).size).toBe(1);
		expect(ids(results)).toEqual(['zebra', 'apple', 'mango']);
		// Replacing a document keeps its place.
		index.upsert(doc('zebra', 'Onboarding a new engineer', ''));
		expect(ids(index.search('onboarding'))).toEqual(['zebra', 'apple', 'mango']);
	});

	it('counts a synonym phrase as one word, and its words apart as less', () => {
		const index = new SearchIndex(
			[
				doc('apart', 'Keeping the hiring bar high'),
				doc('phrase', 'Acting as a bar raiser'),
				doc('one', 'Hiring quickly')
			],
			[['hiring bar', 'bar raiser']]
		);
		const results = index.search('hiring bar');
		expect(ids(results)).toEqual(['apart', 'phrase', 'one']);
		expect(results[2].score).toBeLessThan(results[1].score / 2);
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
		expect(ids(index.search('quokas'))).toEqual([rotaAnswer.id]);
		expect(index.get(rotaAnswer.id)).toBe(edited);

		index.upsert(rotaAnswer);
		expect(ids(index.search('rota'))).toContain(rotaAnswer.id);
		expect(index.search('quokkas')).toEqual([]);
		expect(index.search('quokas')).toEqual([]);
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

	it('scores the same built by upserts as at once', () => {
		const docs = bankDocuments(themes).slice(0, 40);
		const incremental = new SearchIndex([], synonyms);
		for (const d of [...docs].reverse()) incremental.upsert({ ...d, text: 'placeholder' });
		for (const d of docs) incremental.upsert(d);
		const atOnce = new SearchIndex(docs, synonyms);
		expect(incremental.vocabularySize).toBe(atOnce.vocabularySize);
		const scores = (i: SearchIndex, q: string) =>
			Object.fromEntries(i.search(q, { limit: 40 }).map((r) => [r.doc.id, r.score]));
		for (const query of ['confict', 'team', 'stakehoder manag'])
			expect(scores(incremental, query)).toEqual(scores(atOnce, query));
	});

	it('clears everything', () => {
		const index = buildIndex();
		index.clear();
		expect(index.size).toBe(0);
		expect(index.vocabularySize).toBeGreaterThan(0); // the synonyms' own words stay
		expect(index.search('conflict')).toEqual([]);
		index.upsert(questionDocument(design, design.theme));
		expect(ids(index.search('confict'))).toEqual([`question:${design.id}`]);
	});
});
