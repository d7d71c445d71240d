/** One problem in a content file, located so that an author can fix it. */
export interface ContentProblem {
	file: string;
	line: number;
	reason: string;
}

/** Thrown at build time (and in tests) when `content/` does not validate; lists every problem. */
export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`content/ is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  ${p.file}:${p.line}: ${p.reason}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

/** Collects problems for one file while it is parsed. */
export class Problems {
	readonly list: ContentProblem[] = [];
	constructor(readonly file: string) {}
	add(line: number, reason: string) {
		this.list.push({ file: this.file, line, reason });
	}
}
