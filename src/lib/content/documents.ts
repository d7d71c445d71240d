import { Problems } from './content-error';
import { requireField, splitFrontMatter } from './front-matter';
import {
	listField,
	parseSections,
	rejectUnknownFields,
	valueField,
	type Section
} from './sections';
import type {
	AskSection,
	Document,
	NarrativeSection,
	ReadinessSkill,
	RubricCriterion
} from './types';

/** Parses a file of `## Title {#id}` sections; `toItem` reads each section's fields. */
function parseDocument<T>(
	file: string,
	source: string,
	toItem: (s: Section, problems: Problems) => T
): { doc: Document<T>; problems: Problems } {
	const problems = new Problems(file);
	const fm = splitFrontMatter(source, problems);
	const title = requireField(fm, 'title', problems);
	const summary = requireField(fm, 'summary', problems);
	const { intro, sections } = parseSections(fm.body, problems);
	const seen = new Set<string>();
	for (const s of sections) {
		if (seen.has(s.id)) problems.add(s.line, `duplicate id "${s.id}"`);
		seen.add(s.id);
		if (!s.description) problems.add(s.line, `"${s.title}" needs a short description under it`);
	}
	if (sections.length === 0)
		problems.add(1, 'the file needs at least one "## Title {#id}" section');
	return {
		doc: { title, summary, intro, sections: sections.map((s) => toItem(s, problems)) },
		problems
	};
}

/** `content/narrative.md`: the sections of the leadership narrative with their prompts. */
export function parseNarrative(file: string, source: string) {
	return parseDocument(file, source, (s, problems): NarrativeSection => {
		rejectUnknownFields(s, ['Target', 'Prompts'], problems);
		const target = s.fields.get('Target');
		const seconds = target ? Number(target.value) : undefined;
		if (target && !(Number.isInteger(seconds) && seconds! > 0))
			problems.add(target.line, `"**Target:**" must be a whole number of seconds`);
		return {
			id: s.id,
			title: s.title,
			description: s.description,
			...(seconds ? { targetSeconds: seconds } : {}),
			prompts: listField(s, 'Prompts', [2, 8], problems)
		};
	});
}

/**
 * `content/rubric.md`: self-review criteria with what a 1, 3 and 5 look like, and optionally how
 * to read the criterion for a hypothetical or approach question (`**Hypothetical:**`).
 */
export function parseRubric(file: string, source: string) {
	return parseDocument(file, source, (s, problems): RubricCriterion => {
		rejectUnknownFields(s, ['1', '3', '5', 'Hypothetical'], problems);
		const hypothetical = s.fields.has('Hypothetical')
			? valueField(s, 'Hypothetical', problems)
			: '';
		return {
			id: s.id,
			title: s.title,
			description: s.description,
			levels: {
				1: valueField(s, '1', problems),
				3: valueField(s, '3', problems),
				5: valueField(s, '5', problems)
			},
			...(hypothetical ? { hypothetical } : {})
		};
	});
}

/** `content/readiness.md`: the core EM skills with what 1, 3 and 5 mean and prompts for evidence. */
export function parseReadiness(file: string, source: string) {
	return parseDocument(file, source, (s, problems): ReadinessSkill => {
		rejectUnknownFields(s, ['1', '3', '5', 'Prompts'], problems);
		// Anchors come as a set: all three levels, or none (the fit reflection is not rated).
		const anchored = ['1', '3', '5'].some((n) => s.fields.has(n));
		return {
			id: s.id,
			title: s.title,
			description: s.description,
			...(anchored
				? {
						levels: {
							1: valueField(s, '1', problems),
							3: valueField(s, '3', problems),
							5: valueField(s, '5', problems)
						}
					}
				: {}),
			prompts: listField(s, 'Prompts', [2, 8], problems)
		};
	});
}

const ASK_ITEM = /^\*\*([^*]+\?)\*\*\s+(\S.*)$/;

/**
 * `content/questions-to-ask.md`: one section per interviewer, each with `**Ask:**` items that
 * read `**The question?** What the answer tells you.`
 */
export function parseQuestionsToAsk(file: string, source: string) {
	return parseDocument(file, source, (s, problems): AskSection => {
		rejectUnknownFields(s, ['Ask'], problems);
		const lines = s.fields.get('Ask')?.itemLines ?? [];
		const items = listField(s, 'Ask', [3, 8], problems).flatMap((item, i) => {
			const m = ASK_ITEM.exec(item);
			if (m) return [{ question: m[1].trim(), tells: m[2].trim() }];
			problems.add(
				lines[i] ?? s.line,
				`"${item.slice(0, 40)}…" must read "**The question?** What the answer tells you."`
			);
			return [];
		});
		return { id: s.id, title: s.title, description: s.description, items };
	});
}
