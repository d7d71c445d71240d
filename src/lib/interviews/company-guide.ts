/** Which loop guide an interview's company points to, and which questions to ask whom. Pure. */

export interface GuideCompany {
	id: string;
	name: string;
	also: readonly string[];
}

const words = (text: string) =>
	` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

/**
 * The company whose guide fits what the user typed: its name or one of its other names as whole
 * words ("Amazon Web Services", "AWS Payments", "Meta Reality Labs"), never part of a word
 * ("Metabase"). A company named only by a description ("A typical startup") never matches.
 */
export function guideFor(
	typed: string,
	companies: readonly GuideCompany[]
): GuideCompany | undefined {
	const text = words(typed);
	if (!text.trim()) return undefined;
	return companies.find((c) =>
		[c.name, ...c.also]
			.filter((name) => !/^an? /i.test(name))
			.some((name) => text.includes(words(name)))
	);
}

/** The section of the questions-to-ask page for an interview stage, if one fits it. */
export function askSectionFor(stage: string): string | undefined {
	return (
		{
			'hiring-manager': 'hiring-manager',
			executive: 'skip-level',
			technical: 'engineer',
			panel: 'peer-em'
		} as Record<string, string>
	)[stage];
}
