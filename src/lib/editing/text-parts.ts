/**
 * A huge text (pasted notes, a megabyte of them) split into parts of a few thousand characters,
 * so an editor can hold each part in a box of its own: a keystroke then lays out one part, not
 * the whole text. The parts joined give back the text exactly, character for character.
 */

/**
 * About how long a part is while nobody types in it. Each part is an element of its own, and the
 * browser does work per element on every frame (off screen ones too): a megabyte in parts this
 * long is about 130 of them.
 */
export const PART_CHARS = 8_000;

/**
 * About how long a part is once it is typed in: a keystroke lays out and paints the whole box, so
 * the box is kept small (a part this long is about 30 lines on a desktop).
 */
export const BOX_CHARS = 2_000;

/**
 * Where the part that starts at `start` ends: just after a line break near `start + size`, else
 * just after a space, else at `start + size` (never inside a surrogate pair; a CRLF stays whole since parts end after the LF).
 */
function partEnd(text: string, start: number, size: number): number {
	const target = start + size;
	const earliest = start + Math.floor(size / 2);
	const latest = start + Math.floor((size * 3) / 2);
	for (const breaker of ['\n', ' ']) {
		const before = text.lastIndexOf(breaker, target - 1);
		if (before >= earliest - 1) return before + 1;
		const after = text.indexOf(breaker, target);
		if (after !== -1 && after < latest) return after + 1;
	}
	let end = target;
	const last = text.charCodeAt(end - 1);
	if (last >= 0xd800 && last <= 0xdbff) end -= 1; // a high surrogate: keep the pair together
	return end;
}

/** The text in parts of about `size` characters; one part (maybe empty) when it is short. */
export function splitText(text: string, size = PART_CHARS): string[] {
	const parts: string[] = [];
	let start = 0;
	while (text.length - start > (size * 3) / 2) {
		const end = partEnd(text, start, size);
		parts.push(text.slice(start, end));
		start = end;
	}
	parts.push(text.slice(start));
	return parts;
}

/**
 * The text in parts for editing: about PART_CHARS each, but the first and the last (which are
 * always boxes) about BOX_CHARS.
 */
export function splitForEditing(text: string): string[] {
	const parts = splitText(text);
	const last = parts.length > 1 ? splitText(parts.pop()!, BOX_CHARS) : [];
	return [...splitText(parts[0], BOX_CHARS), ...parts.slice(1), ...last];
}

/** Which part holds the character offset `offset` of the joined text, and where in it. */
export function locate(parts: readonly string[], offset: number): { index: number; at: number } {
	let rest = Math.max(0, offset);
	for (let index = 0; index < parts.length; index++) {
		if (rest <= parts[index].length && (rest < parts[index].length || index === parts.length - 1))
			return { index, at: rest };
		rest -= parts[index].length;
	}
	const index = parts.length - 1;
	return { index, at: parts[index]?.length ?? 0 };
}

/** The offset in the joined text of position `at` in part `index`. */
export function offsetOf(parts: readonly string[], index: number, at: number): number {
	let offset = at;
	for (let i = 0; i < index; i++) offset += parts[i].length;
	return offset;
}

/** How many code units the character just before `at` takes (2 for a surrogate pair or CRLF). */
export function charBefore(text: string, at: number): number {
	if (at < 2) return Math.min(at, 1);
	const pair = text.slice(at - 2, at);
	if (pair === '\r\n') return 2;
	const low = pair.charCodeAt(1);
	const high = pair.charCodeAt(0);
	return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

/** How many code units the character starting at `at` takes (0 at the end). */
export function charAfter(text: string, at: number): number {
	if (at >= text.length) return 0;
	const pair = text.slice(at, at + 2);
	return pair.length === 2 && charBefore(pair, 2) === 2 ? 2 : 1;
}

/**
 * Past this many characters, a field is edited in parts. A keystroke in one box costs layout in
 * proportion to its text (about 0.5 ms per 1,000 characters at 4× CPU slowdown), so a box over
 * about 30,000 characters misses a frame; 50,000 is also where the coach waits for a pause in
 * typing (LONG_ANSWER_CHARS), and no ordinary answer comes near it.
 */
export const SPLIT_CHARS = 50_000;
/** Below this, a field edited in parts becomes one box again (not at SPLIT_CHARS, so it never flaps). */
export const JOIN_CHARS = 25_000;
