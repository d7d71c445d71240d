import type { RecordTarget } from './patch-record';
import type { StarDatabase } from './schema';

/**
 * What an editor needs to edit one stored record, as each table module exports it: the editor
 * (`storedDraft`) saves, reads and stashes through it and knows nothing of the table.
 */
export interface EditorSpec<F extends Record<string, unknown>, R extends object> {
	/** The editor's fields before the record is read, and those of a record not yet created. */
	empty: F;
	/** Stores a patch in one transaction; resolves with the record's new `updatedAt`. */
	write: (patch: Partial<F>) => Promise<string>;
	/** Live query: the record, or undefined when there is none. */
	query: (db: StarDatabase) => Promise<R | undefined>;
	/** The record's table and key: where the unsaved-edit stash writes it back. */
	target: RecordTarget;
	/** The editor's fields from the record, when they are not simply the record's own. */
	fields?: (record: R) => Partial<F>;
}
