/**
 * A huge text kept as a base plus what differs from it, so that keeping a copy after each edit
 * (the unsaved-edit stash) writes only the few characters around the edit, not a megabyte.
 */

/** An edit: the previous text's characters from `from` up to `toEnd` before its end became `text`. */
export interface TextChange {
	from: number;
	toEnd: number;
	text: string;
}

/**
 * A change and the text it was made to: whoever holds that very text can follow the edit
 * without reading the text again.
 */
export interface TextEdit extends TextChange {
	before: string;
}

/** A text as `base.slice(0, head) + middle + base.slice(base.length - tail)`. */
export interface TextDelta {
	head: number;
	middle: string;
	tail: number;
}

/** The text a delta stands for, unchanged from its base. */
export const unchanged = (base: string): TextDelta => ({ head: base.length, middle: '', tail: 0 });

export const deltaLength = (d: TextDelta) => d.head + d.middle.length + d.tail;

/** The whole text `d` stands for over `base`. */
export function textOf(base: string, d: TextDelta): string {
	return base.slice(0, d.head) + d.middle + base.slice(base.length - d.tail);
}

/** Characters `from` to `to` of the text `d` stands for, read without building the whole of it. */
function sliceOf(base: string, d: TextDelta, from: number, to: number): string {
	const middleEnd = d.head + d.middle.length;
	let out = '';
	if (from < d.head) out += base.slice(from, Math.min(to, d.head));
	if (to > d.head && from < middleEnd)
		out += d.middle.slice(Math.max(0, from - d.head), Math.min(d.middle.length, to - d.head));
	if (to > middleEnd) {
		const tailStart = base.length - d.tail;
		out += base.slice(tailStart + Math.max(0, from - middleEnd), tailStart + (to - middleEnd));
	}
	return out;
}

/**
 * `d` after `change`, still over `base`. Costs the length of the changed region and whatever lay
 * between it and earlier changes, never the whole text.
 */
export function applyChange(base: string, d: TextDelta, change: TextChange): TextDelta {
	const length = deltaLength(d);
	if (change.from < 0 || change.toEnd < 0 || change.from + change.toEnd > length)
		throw new RangeError(`a change at ${change.from}..-${change.toEnd} of ${length} characters`);
	// Still the base: the change alone differs, wherever it is.
	if (d.middle === '' && length === base.length)
		return { head: change.from, middle: change.text, tail: change.toEnd };
	const head = Math.min(d.head, change.from);
	const tail = Math.min(d.tail, change.toEnd);
	const middle =
		sliceOf(base, d, head, change.from) +
		change.text +
		sliceOf(base, d, length - change.toEnd, length - tail);
	return { head, middle, tail };
}

/**
 * How many characters two texts share, at most `limit`, where `same(n, block)` says whether the
 * `block` characters after the first `n` match. Compared a block at a time: comparing slices runs
 * in native code, far faster than a loop over characters.
 */
function shared(limit: number, same: (n: number, block: number) => boolean): number {
	let n = 0;
	for (let block = 1 << 16; block > 0; block >>= 1)
		while (n + block <= limit && same(n, block)) n += block;
	return n;
}

/** How many characters `a` and `b` share at their start, at most `limit`. */
const sharedStart = (a: string, b: string, limit: number) =>
	shared(limit, (n, block) => a.slice(n, n + block) === b.slice(n, n + block));

/** How many characters `a` and `b` share at their end, at most `limit`. */
const sharedEnd = (a: string, b: string, limit: number) =>
	shared(
		limit,
		(n, block) =>
			a.slice(a.length - n - block, a.length - n) === b.slice(b.length - n - block, b.length - n)
	);

/** `text` as a delta over `base`: what they share at either end is left in the base. */
export function diffFrom(base: string, text: string): TextDelta {
	const shorter = Math.min(base.length, text.length);
	const head = sharedStart(base, text, shorter);
	const tail = sharedEnd(base, text, shorter - head);
	return { head, middle: text.slice(head, text.length - tail), tail };
}
