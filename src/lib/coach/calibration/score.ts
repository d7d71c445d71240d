/**
 * Scores a coach against a labelled set of answers, as an interviewer would judge the coach:
 * does it rank the strong answer best, does it name the flaw a flawed answer was written with,
 * and does it leave strong answers alone?
 */
import type { CalibrationAnswer, Flaw } from './types';

export type Severity = 'must-fix' | 'polish';

/** One finding as the scorer sees it: which check raised it, and how serious it is. */
export interface ScoredFinding {
	id: string;
	severity: Severity;
}

/** Runs a coach on one labelled answer and returns its findings (flags only, no passes). */
export type Judge = (entry: CalibrationAnswer) => ScoredFinding[];

/** The checks whose finding names each flaw. */
export const FLAW_CHECKS: Record<Flaw, readonly string[]> = {
	hypothetical: ['real-story'],
	blame: ['accountability'],
	setup: ['shape'],
	hedging: ['hedging'],
	jargon: ['jargon'],
	// The first coach called its outcome check "evidence".
	outcome: ['outcome', 'evidence'],
	'off-question': ['relevance'],
	'too-short': ['length'],
	'too-long': ['length'],
	ownership: ['ownership']
};

export interface CalibrationFigures {
	/** Questions with a strong answer and at least one other answer to compare it with. */
	questions: number;
	/**
	 * Questions where the strong answer ranks best: strictly fewer must-fix findings than every
	 * other answer to the question, or as few and strictly fewer findings in all.
	 */
	strongRanksBest: number;
	flawed: number;
	/** Flawed answers whose labelled flaw is among the findings. */
	flawNamed: number;
	/** Findings of any severity, summed over the strong answers. */
	strongFindings: number;
	/** Must-fix findings summed over the strong answers. */
	strongMustFix: number;
	/** One line per miss, to read when a figure drops. */
	misses: string[];
}

const mustFix = (findings: readonly ScoredFinding[]) =>
	findings.filter((f) => f.severity === 'must-fix').length;

/** Does `a` rank strictly better than `b`: fewer must-fix, or as few and fewer in all? */
const ranksAbove = (a: readonly ScoredFinding[], b: readonly ScoredFinding[]) =>
	mustFix(a) < mustFix(b) || (mustFix(a) === mustFix(b) && a.length < b.length);

const describe = (findings: readonly ScoredFinding[]) =>
	findings.map((f) => `${f.id}${f.severity === 'must-fix' ? '!' : ''}`).join(', ') || 'none';

export function calibrationFigures(
	set: readonly CalibrationAnswer[],
	judge: Judge
): CalibrationFigures {
	const judged = set.map((entry) => ({ entry, findings: judge(entry) }));
	const figures: CalibrationFigures = {
		questions: 0,
		strongRanksBest: 0,
		flawed: 0,
		flawNamed: 0,
		strongFindings: 0,
		strongMustFix: 0,
		misses: []
	};
	for (const { entry, findings } of judged) {
		if (entry.grade === 'strong') {
			figures.strongFindings += findings.length;
			figures.strongMustFix += mustFix(findings);
			if (findings.length > 0) figures.misses.push(`${entry.id}: flagged ${describe(findings)}`);
			const others = judged.filter(
				(j) => j.entry.questionId === entry.questionId && j.entry !== entry
			);
			if (others.length === 0) continue;
			figures.questions++;
			const beaten = others.filter((o) => !ranksAbove(findings, o.findings));
			if (beaten.length === 0) figures.strongRanksBest++;
			else
				for (const o of beaten)
					figures.misses.push(
						`${entry.id} does not rank above ${o.entry.id} (${describe(o.findings)})`
					);
		}
		if (entry.grade === 'flawed' && entry.flaw) {
			figures.flawed++;
			const names = FLAW_CHECKS[entry.flaw];
			if (findings.some((f) => names.includes(f.id))) figures.flawNamed++;
			else figures.misses.push(`${entry.id}: ${entry.flaw} not named (${describe(findings)})`);
		}
	}
	return figures;
}
