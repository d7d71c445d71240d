import { describe, expect, it } from 'vitest';
import type { Question, Theme } from '$lib/content/types';
import { markdownAnswerBook } from './answer-book';
import type { AnswerRecord, StoryRecord } from './types';

const at = '2025-03-01T10:00:00.000Z';
const question = (id: string, themeId: string, text: string): Question => ({
	id,
	themeId,
	text,
	kind: 'behavioural',
	probes: '',
	strongSignals: [],
	redFlags: [],
	followUps: [],
	levels: ['em'],
	companies: [],
	aliases: []
});
const theme = (id: string, title: string, order: number, questions: Question[]): Theme => ({
	id,
	title,
	order,
	summary: '',
	intro: '',
	questions
});
const answer = (questionId: string, parts: Partial<AnswerRecord>): AnswerRecord => ({
	questionId,
	situation: '',
	task: '',
	action: '',
	result: '',
	status: 'draft',
	createdAt: at,
	updatedAt: at,
	...parts
});
const story: StoryRecord = {
	id: 's1',
	title: 'Queue redesign',
	situation: 'Two leads disagreed.',
	task: 'Decide.',
	action: 'Criteria first.',
	result: 'Shipped.',
	themeIds: ['conflict'],
	metrics: '3 weeks',
	createdAt: at,
	updatedAt: at
};

const themes = [
	theme('delivery', 'Delivery', 2, [question('late', 'delivery', 'A project ran late?')]),
	theme('conflict', 'Conflict', 1, [
		question('leads', 'conflict', 'Two leads disagreed?'),
		question('unanswered', 'conflict', 'Never answered')
	])
];

describe('markdownAnswerBook', () => {
	it('writes themes → questions → STAR answers, then stories, then narrative', () => {
		const md = markdownAnswerBook(themes, {
			answers: [
				answer('late', { result: 'Shipped a week late, scope cut.' }),
				answer('leads', {
					situation: 'Two leads.\n\n- one\n- two',
					action: 'Ran a review.',
					status: 'ready',
					storyId: 's1'
				}),
				answer('unanswered', { situation: '   ' }),
				answer('retired-question', { task: 'Still mine.' }),
				answer('q-own', { task: 'My own answer.' })
			],
			stories: [story],
			narrative: [
				{ sectionId: 'why-leave', text: 'Growth.', createdAt: at, updatedAt: at },
				{ sectionId: 'intro', text: 'I lead seven people.', createdAt: at, updatedAt: at },
				{ sectionId: 'empty', text: ' ', createdAt: at, updatedAt: at }
			],
			questions: [
				{
					id: 'q-own',
					themeId: 'delivery',
					text: 'My question?',
					notes: '',
					followUps: [],
					custom: true,
					createdAt: at,
					updatedAt: at
				}
			],
			narrativeSections: [
				{ id: 'intro', title: 'Tell me about yourself' },
				{ id: 'why-leave', title: 'Why leave?' }
			],
			date: new Date(at)
		});
		expect(md).toBe(
			[
				'# My STAR answers',
				'_Exported from STAR practice on 2025-03-01 · 4 answers · 1 story · 2 narrative sections_',
				'## Answers by theme',
				'### Conflict',
				'#### Two leads disagreed?',
				'_Ready · story: Queue redesign_',
				'**Situation**',
				'Two leads.\n\n- one\n- two',
				'**Action**',
				'Ran a review.',
				'### Delivery',
				'#### A project ran late?',
				'_Draft_',
				'**Result**',
				'Shipped a week late, scope cut.',
				'#### My question? (my question)',
				'_Draft_',
				'**Task**',
				'My own answer.',
				'### Other questions',
				'#### retired-question',
				'_Draft_',
				'**Task**',
				'Still mine.',
				'## Stories',
				'### Queue redesign',
				'_Themes: Conflict_',
				'**Situation**',
				'Two leads disagreed.',
				'**Task**',
				'Decide.',
				'**Action**',
				'Criteria first.',
				'**Result**',
				'Shipped.',
				'**In numbers**',
				'3 weeks',
				'## Narrative',
				'### Tell me about yourself',
				'I lead seven people.',
				'### Why leave?',
				'Growth.'
			].join('\n\n') + '\n'
		);
	});

	it('lists an answer saved under a retired id with the question that absorbed it', () => {
		const merged = [
			theme('hiring', 'Hiring', 1, [
				{
					...question('hiring-rapid-growth', 'hiring', 'Your team grew quickly?'),
					aliases: ['culture-rapid-growth']
				}
			])
		];
		const book = markdownAnswerBook(merged, {
			answers: [answer('culture-rapid-growth', { action: 'Wrote the norms down.' })],
			stories: [],
			narrative: []
		});
		expect(book).toContain('### Hiring\n\n#### Your team grew quickly?');
		expect(book).toContain('Wrote the norms down.');
		expect(book).not.toContain('Other questions');
	});

	it('keeps headings on one line with Markdown punctuation escaped', () => {
		const md = markdownAnswerBook([], {
			answers: [],
			stories: [{ ...story, title: 'A *bold*\n<img src=x onerror=alert(1)>' }],
			narrative: []
		});
		expect(md).toContain('### A \\*bold\\* \\<img src=x onerror=alert(1)\\>\n');
	});

	it('says so when there is nothing yet', () => {
		const md = markdownAnswerBook(themes, { answers: [], stories: [], narrative: [] });
		expect(md).toContain('_No answers written yet._');
		expect(md).toContain('_No stories yet._');
		expect(md).toContain('_No narrative written yet._');
	});
});

describe('markdownAnswerBook: interviews and readiness', () => {
	it('lists interviews by company with what was asked and told, then readiness by skill', () => {
		const md = markdownAnswerBook(themes, {
			answers: [],
			stories: [story],
			narrative: [],
			interviews: [
				{
					id: 'i1',
					company: 'Acme',
					role: 'EM, Payments',
					date: '2025-03-04',
					stage: 'hiring manager',
					interviewer: 'Dana',
					questionIds: ['leads'],
					askedText: ['Why Acme?'],
					storyIds: ['s1'],
					debrief: '',
					rating: 4,
					landed: 'The queue story.',
					toFix: 'Shorter set-up.',
					createdAt: at,
					updatedAt: at
				}
			],
			readiness: [
				{ skillId: 'feedback', rating: 3, storyIds: ['s1'], createdAt: at, updatedAt: at },
				{ skillId: 'listening', storyIds: [], createdAt: at, updatedAt: at }
			],
			readinessSkills: [
				{ id: 'listening', title: 'Active listening' },
				{ id: 'feedback', title: 'Giving feedback' }
			]
		});
		const interviews = md.slice(md.indexOf('## Interviews'), md.indexOf('## Readiness'));
		expect(interviews).toContain('### Acme · EM, Payments');
		expect(interviews).toContain('_hiring manager, 2025-03-04, Dana_');
		expect(interviews).toContain('- Two leads disagreed?\n- Why Acme?');
		expect(interviews).toContain('**Stories told**\n\n- Queue redesign');
		expect(interviews).toContain('**How it went:** 4 of 5');
		const readiness = md.slice(md.indexOf('## Readiness'));
		expect(readiness).toContain('### Active listening\n\n_Not rated yet_');
		expect(readiness).toContain(
			'### Giving feedback\n\nSelf-rating: 3 of 5\n\nEvidence: Queue redesign'
		);
	});

	it('leaves the sections out when there is nothing in them', () => {
		const md = markdownAnswerBook(themes, { answers: [], stories: [], narrative: [] });
		expect(md).not.toContain('## Interviews');
		expect(md).not.toContain('## Readiness');
	});
});

describe('markdownAnswerBook: spoken answers', () => {
	it('lists transcribed attempts by question, latest first, escaped and on one line each', () => {
		const attempt = (startedAt: string, answerMs: number, text?: string) => ({
			id: startedAt,
			questionId: 'leads',
			startedAt,
			prepMs: 0,
			answerMs,
			ratings: {},
			note: '',
			createdAt: at,
			updatedAt: at,
			...(text === undefined ? {} : { transcript: { text, lang: 'en-US', segments: [] } })
		});
		const md = markdownAnswerBook(themes, {
			answers: [],
			stories: [],
			narrative: [],
			attempts: [
				attempt('2025-03-02T10:00:00.000Z', 95_000, 'um I asked *both* leads\nfor criteria'),
				attempt('2025-03-05T10:00:00.000Z', 70_000, 'I set the criteria first'),
				attempt('2025-03-06T10:00:00.000Z', 60_000)
			]
		});
		expect(md.slice(md.indexOf('## Spoken answers'))).toContain(
			'### Two leads disagreed?\n\n_2025-03-05 · 1:10 spoken_\n\n> I set the criteria first\n\n' +
				'_2025-03-02 · 1:35 spoken_\n\n> um I asked \\*both\\* leads for criteria'
		);
	});

	it('has no such section without transcripts', () => {
		expect(markdownAnswerBook(themes, { answers: [], stories: [], narrative: [] })).not.toContain(
			'## Spoken answers'
		);
	});
});
