/**
 * The sizes a backup may reach, in one place: import refuses past them, and every write and
 * every export stays within them, so whatever the app stores it can also restore.
 */
export const BACKUP_LIMITS = {
	/**
	 * The whole file, checked before it is parsed. Well under the longest string a browser can
	 * build (about 512 million characters), which bounds what an export can write at all.
	 */
	fileBytes: 256 * 1024 * 1024,
	/** One text field (an answer's situation, a note, a setting's text): about 300 000 words. */
	textChars: 2_000_000,
	/** Ids and other keys. */
	idChars: 200,
	/** Items in one list field (theme ids, follow-ups) and ratings in one attempt. */
	listItems: 1_000,
	recordsPerTable: 50_000,
	recordsTotal: 200_000,
	/** Nesting of free-form data (a setting's value, a snapshot's copy). */
	depth: 64,
	/** Problems listed before validation stops. */
	errors: 20
} as const;

/** "1 048 614": numbers in messages, grouped the same way everywhere. */
export const count = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

/**
 * Why a value written by an editor could not be restored from a backup, or undefined when it
 * can: text over `textChars`, a list over `listItems`. Cheap enough to run on every save.
 */
export function overLimit(patch: object): string | undefined {
	for (const [field, value] of Object.entries(patch)) {
		if (typeof value === 'string' && value.length > BACKUP_LIMITS.textChars)
			return `${field} is longer than a backup can hold (${count(value.length)} characters; the limit is ${count(BACKUP_LIMITS.textChars)})`;
		if (Array.isArray(value) && value.length > BACKUP_LIMITS.listItems)
			return `${field} has more items than a backup can hold (${count(value.length)}; the limit is ${count(BACKUP_LIMITS.listItems)})`;
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const inner = overLimit(value);
			if (inner) return inner;
		}
	}
	return undefined;
}
