/**
 * Pointing a finding at the question's own red flag for it, so the coach says "this is the red
 * flag the guidance warns about" beside the words that raised it, rather than listing them again.
 */
import type { CoachCheckId } from './rules';

/** What a red flag says when it warns about what a check finds. */
const ABOUT: Partial<Record<CoachCheckId, RegExp>> = {
	accountability: /\bblam|\bfault\b|excuse|circumstances|bad luck|wronged|defensive|someone else/i,
	'real-story':
		/hypothetical|in theory|generalit|general terms|generic|textbook|what (?:they|you) would do/i,
	outcome: /\boutcomes?\b|\bresults?\b|\bimpact\b|made (?:any|a) difference|\bmeasur|\bmetrics?\b/i,
	ownership: /\bwe\b|\bcredit\b|own (?:part|role|contribution)|the team did/i,
	reflection: /\blessons?\b|\blearn|differently|change (?:in|of) behaviou?r/i,
	relevance: /different question|another question|off[- ]topic/i,
	jargon: /jargon|buzzword|acronym/i,
	hedging: /\bhedg|\bunsure\b|tentative/i
};

const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/[*_`]/g, '');

/** The index of the first of `redFlags` that warns about what `check` found, or null. */
export function matchRedFlag(check: CoachCheckId, redFlags: readonly string[]): number | null {
	const about = ABOUT[check];
	if (!about) return null;
	const index = redFlags.findIndex((flag) => about.test(plain(flag)));
	return index < 0 ? null : index;
}
