/**
 * The answer book: the user's answers, stories and narrative as one readable Markdown file.
 * Pure; `loadAnswerBookData()` in `backup.ts` reads what it needs.
 */
import type { NarrativeSection, Theme } from '$lib/content/types';
import { hasText } from './answers';
import type {
	AnswerRecord,
	AttemptRecord,
	CustomQuestionRecord,
	InterviewRecord,
	NarrativeRecord,
	ReadinessRecord,
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
	narrativeSections?: Pick<NarrativeSection, 'id' | 'title'>[];
	interviews?: InterviewRecord[];
	readiness?: ReadinessRecord[];
	/** The content's readiness skills, for titles and order. */
	readinessSkills?: { id: string; title: string }[];
	/** Practice attempts: those with a transcript are listed under "Spoken answers". */
	attempts?: AttemptRecord[];
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
export function markdownAnswerBook(
	themes: readonly Omit<Theme, 'summary' | 'intro'>[],
	data: AnswerBookData
): string {
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
		// A merged question's answers may be saved under its retired ids (aliases).
		const questions = [
			...theme.questions.flatMap((q) =>
				[q.id, ...(q.aliases ?? [])].map((id) => ({ id, text: q.text, own: false }))
			),
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

	const questionText = new Map([
		...themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const)),
		...custom.map((q) => [q.id, q.text] as const)
	]);
	spokenSection(out, data.attempts ?? [], questionText);
	interviewsSection(out, data.interviews ?? [], questionText, stories);
	readinessSection(out, data.readiness ?? [], data.readinessSkills ?? [], stories);
	return out.join('\n\n') + '\n';
}

/** Each question's transcribed attempts, latest first, as they were said (and corrected). */
function spokenSection(
	out: string[],
	attempts: AttemptRecord[],
	questionText: Map<string, string>
) {
	const spoken = attempts
		.filter((a) => a.transcript?.text.trim())
		.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
	if (!spoken.length) return;
	out.push('## Spoken answers');
	const byQuestion = new Map<string, AttemptRecord[]>();
	for (const a of spoken)
		byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), a]);
	for (const [questionId, list] of byQuestion) {
		out.push(`### ${inline(questionText.get(questionId) ?? questionId)}`);
		for (const a of list) {
			const seconds = Math.round(a.answerMs / 1000);
			out.push(
				`_${a.startedAt.slice(0, 10)} · ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} spoken_`,
				`> ${inline(a.transcript!.text)}`
			);
		}
	}
}

function interviewsSection(
	out: string[],
	interviews: InterviewRecord[],
	questionText: Map<string, string>,
	stories: Map<string, StoryRecord>
) {
	if (!interviews.length) return;
	out.push('## Interviews');
	const sorted = [...interviews].sort(
		(a, b) => a.company.localeCompare(b.company) || a.date.localeCompare(b.date)
	);
	for (const i of sorted) {
		const who = [i.stage, i.date, i.interviewer].filter(Boolean).map(inline).join(', ');
		out.push(
			`### ${inline(i.company) || 'Company not named'}${i.role ? ` · ${inline(i.role)}` : ''}`
		);
		if (who) out.push(`_${who}_`);
		const asked = [
			...i.questionIds.map((id) => questionText.get(id) ?? id),
			...(i.askedText ?? [])
		];
		if (asked.length) out.push('**Asked**', asked.map((q) => `- ${inline(q)}`).join('\n'));
		const told = i.storyIds.map((id) => stories.get(id)).filter((s) => s !== undefined);
		if (told.length) out.push('**Stories told**', told.map((s) => `- ${storyTitle(s)}`).join('\n'));
		if (i.rating) out.push(`**How it went:** ${i.rating} of 5`);
		if (i.landed?.trim()) out.push('**What landed**', block(i.landed));
		if (i.toFix?.trim()) out.push('**What to fix**', block(i.toFix));
		if (i.debrief.trim()) out.push('**Notes**', block(i.debrief));
	}
}

function readinessSection(
	out: string[],
	records: ReadinessRecord[],
	skills: { id: string; title: string }[],
	stories: Map<string, StoryRecord>
) {
	const bySkill = new Map(records.map((r) => [r.skillId, r]));
	const rated = skills.filter((s) => s.id !== 'fit' && bySkill.has(s.id));
	if (!rated.length) return;
	out.push('## Readiness');
	for (const skill of rated) {
		const r = bySkill.get(skill.id)!;
		const evidence = r.storyIds.map((id) => stories.get(id)).filter((s) => s !== undefined);
		out.push(
			`### ${inline(skill.title)}`,
			r.rating ? `Self-rating: ${r.rating} of 5` : '_Not rated yet_'
		);
		if (evidence.length) out.push(`Evidence: ${evidence.map((s) => storyTitle(s)).join(', ')}`);
		if (r.note?.trim()) out.push(block(r.note));
	}
}
