import type { CoachReport } from './rules';

/**
 * The coach's verdict in a few words, for the one line a phone shows before the findings:
 * "2 to fix · 1 to polish", "Nothing to fix", "Keep going: 12 of about 25 words".
 */
export function coachSummary(
	report: Pick<CoachReport, 'state' | 'words' | 'mustFix' | 'polish'>,
	minWords: number
): string {
	switch (report.state) {
		case 'empty':
			return 'Start writing';
		case 'short':
			return `Keep going: ${report.words} of about ${minWords} words`;
		case 'not-english':
			return 'Off: reads English only';
		case 'judged': {
			if (report.mustFix === 0 && report.polish === 0) return 'Nothing to fix';
			const fix = report.mustFix ? `${report.mustFix} to fix` : 'Nothing to fix';
			return report.polish ? `${fix} · ${report.polish} to polish` : fix;
		}
	}
}
