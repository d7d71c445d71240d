/**
 * How well each readiness self-rating is backed by stories, and the page's overall picture.
 * Pure: the page passes in the stored records and the ids of stories that still exist.
 */
import type { ReadinessRecord } from '$lib/db/types';

/** `none`: no story; `thin`: one; `ok`: at least GOOD_EVIDENCE stories. */
export type EvidenceStrength = 'none' | 'thin' | 'ok';

/** Stories it takes for evidence to count as more than thin: one example can be a fluke. */
export const GOOD_EVIDENCE = 2;

/** A rating from this up claims a strength, which an interviewer will ask you to show. */
export const HIGH_RATING = 4;

export interface SkillRef {
	id: string;
	title: string;
}

export interface SkillEvidence {
	rating?: number;
	/** Linked stories that still exist in the story bank. */
	storyIds: string[];
	strength: EvidenceStrength;
	/** Rated HIGH_RATING or more with no story behind it. */
	ratedHighWithoutEvidence: boolean;
	/** The strength in words, e.g. "Thin evidence: 1 story". */
	label: string;
}

export interface ReadinessSummary {
	rated: number;
	total: number;
	/** Mean of the ratings given, to one decimal; undefined until something is rated. */
	average?: number;
	/** Skills whose evidence is none or thin, in page order. */
	needEvidence: SkillRef[];
	ratedHighWithoutEvidence: SkillRef[];
}

export interface EvidenceSuggestion {
	storyId: string;
	/** The skills the story is evidence for. */
	skillIds: string[];
}

type Stored = Pick<ReadinessRecord, 'rating' | 'storyIds'>;

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

/**
 * One skill's evidence. Links to deleted stories do not count; when `existing` is not known
 * yet (the story bank is still loading) every link counts.
 */
export function skillEvidence(
	record: Stored | undefined,
	existing?: ReadonlySet<string>
): SkillEvidence {
	const storyIds = (record?.storyIds ?? []).filter((id) => !existing || existing.has(id));
	const n = storyIds.length;
	const strength: EvidenceStrength = n === 0 ? 'none' : n < GOOD_EVIDENCE ? 'thin' : 'ok';
	const rating = record?.rating;
	return {
		rating,
		storyIds,
		strength,
		ratedHighWithoutEvidence: rating !== undefined && rating >= HIGH_RATING && n === 0,
		label:
			strength === 'none'
				? 'No evidence yet'
				: strength === 'thin'
					? `Thin evidence: ${stories(n)}`
					: `Good evidence: ${stories(n)}`
	};
}

/** How many skills are rated, their average, and which need more evidence. */
export function summarise(
	skills: SkillRef[],
	records: ReadonlyMap<string, Stored>,
	existing?: ReadonlySet<string>
): ReadinessSummary {
	const ratings: number[] = [];
	const needEvidence: SkillRef[] = [];
	const ratedHighWithoutEvidence: SkillRef[] = [];
	for (const skill of skills) {
		const e = skillEvidence(records.get(skill.id), existing);
		if (e.rating !== undefined) ratings.push(e.rating);
		if (e.strength !== 'ok') needEvidence.push(skill);
		if (e.ratedHighWithoutEvidence) ratedHighWithoutEvidence.push(skill);
	}
	const sum = ratings.reduce((a, b) => a + b, 0);
	return {
		rated: ratings.length,
		total: skills.length,
		average: ratings.length ? Math.round((sum / ratings.length) * 10) / 10 : undefined,
		needEvidence,
		ratedHighWithoutEvidence
	};
}

/**
 * Stories linked as evidence for any skill that are not yet in `alreadyLinked` (e.g. a
 * narrative section's evidence), each with the ids of the skills it backs; most-used stories
 * first, then in the records' order. Deleted stories are left out when `existing` is given.
 */
export function evidenceSuggestions(
	records: ReadonlyMap<string, Stored>,
	alreadyLinked: readonly string[],
	existing?: ReadonlySet<string>
): EvidenceSuggestion[] {
	const byStory = new Map<string, string[]>();
	for (const [skillId, record] of records)
		for (const id of skillEvidence(record, existing).storyIds) {
			if (alreadyLinked.includes(id)) continue;
			const skillIds = byStory.get(id) ?? [];
			if (!skillIds.includes(skillId)) skillIds.push(skillId);
			byStory.set(id, skillIds);
		}
	return [...byStory]
		.map(([storyId, skillIds]) => ({ storyId, skillIds }))
		.sort((a, b) => b.skillIds.length - a.skillIds.length);
}
