/**
 * The answer book: the user's answers, stories and narrative as one readable Markdown file.
 * Pure; `loadAnswerBookData()` in `backup.ts` reads what it needs.
 */
import type { NarrativeSection, Theme } from '$lib/content/types';
import type {
	AnswerRecord,
	CustomQuestionRecord,
	NarrativeRecord,
	StarPart,
	StoryRecord
} from './types';

export interface AnswerBookData {
	answers: AnswerRecord[];
	stories: StoryRecord[];
	narrative: NarrativeRecord[];
	/** The user's own questions, listed under their themes after the bank's. */
	questions?: CustomQuestionRecord[];
	/** The content's narrative sections, for titles and order; without them, ids are shown. */
	narrativeSections?: NarrativeSection[];
	/** Shown under the title. */
	date?: Date;
}

const PARTS: [StarPart, string][] = [
	['situation', 'Situation'],
	['task', 'Task'],
	['action', 'Action'],
	['result', 'Result']
];

/** Text for a heading or an inline label: one line, Markdown punctuation escaped. */
function inline(s: string): string {
	return s
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** A block of the user's Markdown, as written, minus surrounding blank lines. */
const block = (s: string) => s.replace(/^\s*\n|\s+$/g, '');

const hasText = (r: Record<StarPart, string>) => PARTS.some(([part]) => r[part].trim() !== '');

function starParts(r: Record<StarPart, string>): string[] {
	return PARTS.filter(([part]) => r[part].trim()).flatMap(([part, label]) => [
		`**${label}**`,
		block(r[part])
	]);
}

const storyTitle = (s: StoryRecord) => inline(s.title) || 'Untitled story';

/**
 * The answer book as Markdown: answers by theme (themes in their order, then each theme's
 * questions, bank questions before the user's own, each with its STAR parts), answers to
 * questions no longer known, then stories (by title) and narrative sections (in the content's
 * order). Empty answers and sections are left out; the user's text is kept as written
 * (it is Markdown already). Pure; never throws.
 */
export function markdownAnswerBook(themes: readonly Theme[], data: AnswerBookData): string {
	const out: string[] = ['# My STAR answers'];
	const answers = new Map(data.answers.filter(hasText).map((a) => [a.questionId, a]));
	const stories = new Map(data.stories.map((s) => [s.id, s]));
	const narrative = data.narrative.filter((n) => n.text.trim());
	const facts = [
		data.date && `Exported from STAR practice on ${data.date.toISOString().slice(0, 10)}`,
		`${answers.size} answer${answers.size === 1 ? '' : 's'}`,
		`${stories.size} stor${stories.size === 1 ? 'y' : 'ies'}`,
		`${narrative.length} narrative section${narrative.length === 1 ? '' : 's'}`
	];
	out.push(`_${facts.filter(Boolean).join(' · ')}_`);

	const answer = (heading: string, a: AnswerRecord) => {
		const story = a.storyId && stories.get(a.storyId);
		const meta = [a.status === 'ready' ? 'Ready' : 'Draft', story && `story: ${storyTitle(story)}`];
		out.push(heading, `_${meta.filter(Boolean).join(' · ')}_`, ...starParts(a));
		answers.delete(a.questionId);
	};

	out.push('## Answers by theme');
	const custom = data.questions ?? [];
	for (const theme of [...themes].sort((a, b) => a.order - b.order)) {
		const questions = [
			...theme.questions.map((q) => ({ id: q.id, text: q.text, own: false })),
			...custom.filter((q) => q.themeId === theme.id).map((q) => ({ ...q, own: true }))
		].filter((q) => answers.has(q.id));
		if (!questions.length) continue;
		out.push(`### ${inline(theme.title)}`);
		for (const q of questions)
			answer(`#### ${inline(q.text)}${q.own ? ' (my question)' : ''}`, answers.get(q.id)!);
	}
	const ownQuestions = new Map(custom.map((q) => [q.id, q]));
	if (answers.size) {
		out.push('### Other questions');
		for (const a of [...answers.values()]) {
			const own = ownQuestions.get(a.questionId);
			answer(`#### ${inline(own?.text || a.questionId)}`, a);
		}
	}
	if (!data.answers.some(hasText)) out.push('_No answers written yet._');

	out.push('## Stories');
	const sorted = [...stories.values()].sort((a, b) => storyTitle(a).localeCompare(storyTitle(b)));
	const themeTitles = new Map(themes.map((t) => [t.id, t.title]));
	for (const s of sorted) {
		out.push(`### ${storyTitle(s)}`);
		if (s.themeIds.length)
			out.push(`_Themes: ${s.themeIds.map((t) => inline(themeTitles.get(t) ?? t)).join(', ')}_`);
		out.push(...starParts(s));
		if (s.metrics.trim()) out.push('**In numbers**', block(s.metrics));
	}
	if (!sorted.length) out.push('_No stories yet._');

	out.push('## Narrative');
	const sections = data.narrativeSections ?? [];
	const order = new Map(sections.map((s, i) => [s.id, i]));
	const titles = new Map(sections.map((s) => [s.id, s.title]));
	narrative.sort(
		(a, b) =>
			(order.get(a.sectionId) ?? Infinity) - (order.get(b.sectionId) ?? Infinity) ||
			a.sectionId.localeCompare(b.sectionId)
	);
	for (const n of narrative)
		out.push(`### ${inline(titles.get(n.sectionId) ?? n.sectionId)}`, block(n.text));
	if (!narrative.length) out.push('_No narrative written yet._');

	return out.join('\n\n') + '\n';
}
