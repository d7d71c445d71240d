/**
 * The unsaved-edit stash, and the only code that touches it: every edit an editor has not yet
 * stored in IndexedDB is also kept in localStorage, synchronously, so a page that dies (closed,
 * crashed, killed) loses nothing. Each tab writes only its own keys, so one tab's save never
 * removes another tab's edits. A tab's leftover edits are written into the database once that
 * tab is gone: at once by a tab that is still open (it waits on the gone tab's Web Lock), or
 * when the database next opens.
 */
import {
	applyChange,
	diffFrom,
	textOf,
	unchanged,
	type TextDelta,
	type TextEdit
} from '$lib/editing/text-delta';
import { patchRecord, type RecordTarget } from './patch-record';
import type { StarDatabase } from './schema';

const PREFIX = 'star-practice:unsaved:';
/** Where a long field's base is kept: apart from PREFIX, so it is never read as an edit. */
const BASE_PREFIX = 'star-practice:unsaved-base:';
/**
 * Past this many characters, a field is stashed as a base, written once, plus the span that
 * differs from it: writing a megabyte to localStorage takes 40 to 110 ms at 4× CPU slowdown,
 * far more than a keystroke may cost, while the span around an edit takes well under one.
 */
export const DELTA_CHARS = 20_000;
/** Once the span that differs from the base is this long (edits far apart), the base is written anew. */
export const REBASE_CHARS = 20_000;
const TAB_LOCK = 'star-practice:tab:';

/** One stashed edit as kept in localStorage. */
interface Entry {
	target: RecordTarget;
	/** The fields to write; `unset` lists those the edit removes (JSON cannot hold undefined). */
	patch: Record<string, unknown>;
	unset: string[];
	/** When the edit was made (ISO), for whoever reads a stash by hand. */
	at: string;
	/** Long fields, each as what differs from a base kept under the key `base`. */
	deltas?: Record<string, StashedDelta>;
}

interface StashedDelta extends TextDelta {
	base: string;
	baseLength: number;
}

/** A long field as this stash holds it: its base, the base's key once written, and the delta. */
interface Tracked {
	base: string;
	key: string | undefined;
	delta: TextDelta;
	/** The value last stashed, which an edit's `before` names when it follows on from it. */
	seen: string;
}

/** Which tabs are open: Web Locks where the browser has them; tests pass their own. */
export interface Tabs {
	/** Ids of the tabs alive now, or undefined when this browser cannot tell. */
	alive(): Promise<Set<string> | undefined>;
	/** Runs `then` once the tab `id` is gone. */
	whenGone(id: string, then: () => Promise<void>): void;
}

function browserTabs(): Tabs | undefined {
	const locks = globalThis.navigator?.locks;
	if (!locks) return undefined;
	return {
		async alive() {
			const { held = [] } = await locks.query();
			return new Set(
				held.flatMap((l) => (l.name?.startsWith(TAB_LOCK) ? [l.name.slice(TAB_LOCK.length)] : []))
			);
		},
		whenGone(id, then) {
			// Granted only when the tab holding it has closed or crashed.
			void locks.request(TAB_LOCK + id, then);
		}
	};
}

const thisTab = crypto.randomUUID();
let holdingLock = false;
let editors = 0;
/** Keys of this tab's stashes whose editor is still open (they are its own business). */
const openEditors = new Set<string>();

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined; // storage refused (some privacy settings)
	}
}

/**
 * One editor's stash. `write` keeps every edit not yet known to be stored; `clear` drops it once
 * the database has it. Both are synchronous and never throw: where storage is refused, the
 * IndexedDB write is all there is. A field over DELTA_CHARS is kept as a base plus the span that
 * differs from it (the base written first, so the entry never names a base that is not there);
 * the base outlives a save while the editor is open, so the next edit writes only its span.
 */
export class Stash {
	readonly key: string;
	#storage: Storage | undefined;
	/** Long fields by name. */
	#tracked = new Map<string, Tracked>();
	/** Base keys no entry names any more, to remove once the entry that replaced them is written. */
	#stale: string[] = [];
	#bases = 0;
	#stored = false;
	#released = false;

	constructor(
		readonly target: RecordTarget,
		{ tab = thisTab, storage = defaultStorage() }: { tab?: string; storage?: Storage } = {}
	) {
		// One key per editor: an editor closed with a failing write keeps its edits apart.
		this.key = `${PREFIX}${tab}:${++editors}:${target.table}:${target.key}`;
		this.#storage = storage;
		if (tab === thisTab) {
			openEditors.add(this.key);
			holdTabLock();
		}
	}

	/**
	 * Keeps `patch` (the whole of what is unsaved) in place of what was stashed. `edits` may say,
	 * per field, where its text changed since the value last written here: then a long text is
	 * not read at all (an editor that holds it in parts hands over a string not yet joined).
	 */
	write(patch: object, edits?: Record<string, TextEdit | undefined>) {
		const entry: Entry = {
			target: this.target,
			patch: {},
			unset: [],
			at: new Date().toISOString()
		};
		for (const [field, value] of Object.entries(patch)) {
			if (value === undefined) entry.unset.push(field);
			else if (typeof value === 'string' && value.length > DELTA_CHARS) {
				const delta = this.#delta(field, value, edits?.[field]);
				if (delta) (entry.deltas ??= {})[field] = delta;
				else entry.patch[field] = value;
			} else entry.patch[field] = value;
		}
		try {
			this.#storage?.setItem(this.key, JSON.stringify(entry));
			this.#stored = true;
			for (const key of this.#stale.splice(0)) this.#storage?.removeItem(key);
		} catch {
			// Full or refused: the edit is still on screen and in the save queue.
		}
	}

	/**
	 * Writes the base of each long text in `fields` ahead of its first edit (call it when the page
	 * is idle): writing a megabyte costs tens of ms, which the first keystroke would otherwise pay.
	 */
	prepare(fields: object) {
		for (const [field, value] of Object.entries(fields))
			if (typeof value === 'string' && value.length > DELTA_CHARS && !this.#tracked.has(field))
				this.#delta(field, value, undefined);
	}

	/** `value` of a long field as a delta over a base in storage; undefined if none can be written. */
	#delta(field: string, value: string, edit: TextEdit | undefined): StashedDelta | undefined {
		let t = this.#tracked.get(field);
		if (!t) {
			t = { base: value, key: undefined, delta: unchanged(value), seen: value };
			this.#tracked.set(field, t);
		} else if (t.seen !== value) {
			t.delta =
				edit && edit.before === t.seen
					? applyChange(t.base, t.delta, edit)
					: diffFrom(t.base, value);
			t.seen = value;
			if (t.delta.middle.length > REBASE_CHARS) {
				if (t.key) this.#stale.push(t.key);
				Object.assign(t, { base: value, key: undefined, delta: unchanged(value) });
			}
		}
		if (!t.key) {
			const key = `${BASE_PREFIX}${this.key.slice(PREFIX.length)}:${field}:${++this.#bases}`;
			try {
				this.#storage?.setItem(key, t.base);
				t.key = key;
			} catch {
				return undefined; // no room for the base: stash the value whole, or nothing
			}
		}
		return { base: t.key, baseLength: t.base.length, ...t.delta };
	}

	clear() {
		try {
			this.#storage?.removeItem(this.key);
			this.#stored = false;
			if (this.#released) this.#dropBases();
		} catch {
			// Nothing was stashed where storage is refused.
		}
	}

	/** The editor has closed: what is left here is recovered like a closed tab's. */
	release() {
		openEditors.delete(this.key);
		this.#released = true;
		if (!this.#stored) this.#dropBases();
	}

	#dropBases() {
		try {
			for (const t of this.#tracked.values()) if (t.key) this.#storage?.removeItem(t.key);
			for (const key of this.#stale.splice(0)) this.#storage?.removeItem(key);
		} catch {
			// Storage refused: nothing was written either.
		}
		this.#tracked.clear();
	}
}

/** The tab lock lives as long as this page: other tabs learn this tab is gone when it is released. */
function holdTabLock() {
	if (holdingLock) return;
	holdingLock = true;
	void globalThis.navigator?.locks?.request(TAB_LOCK + thisTab, () => new Promise<never>(() => {}));
}

function stashKeys(storage: Storage, prefix = PREFIX): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(prefix)) keys.push(key);
	}
	return keys;
}

const tabOf = (key: string) =>
	key.slice(key.indexOf(':', 'star-practice:'.length) + 1).split(':')[0];
/** The entry key whose editor wrote base `key` (the base's key is the entry's, plus field and number). */
const entryOfBase = (key: string) =>
	PREFIX + key.slice(BASE_PREFIX.length).split(':').slice(0, -2).join(':');

/** Whether `delta` is one this app wrote, over a base of `base.length` characters. */
function fits(delta: StashedDelta, base: string | null): base is string {
	return (
		base !== null &&
		base.length === delta.baseLength &&
		typeof delta.middle === 'string' &&
		Number.isInteger(delta.head) &&
		Number.isInteger(delta.tail) &&
		delta.head >= 0 &&
		delta.tail >= 0 &&
		delta.head + delta.tail <= base.length
	);
}

/** Writes one stashed edit into the database; false when it must stay for another try. */
async function recoverEntry(
	db: StarDatabase,
	storage: Storage,
	key: string,
	dropBases = true
): Promise<boolean> {
	const text = storage.getItem(key);
	let entry: Entry;
	try {
		entry = JSON.parse(text ?? '');
		if (!entry?.target?.table || typeof entry.target.key !== 'string') throw new Error('no target');
	} catch {
		storage.removeItem(key); // not an entry this app wrote
		return true;
	}
	const patch: Record<string, unknown> = { ...entry.patch };
	for (const field of entry.unset ?? []) patch[field] = undefined;
	const deltas = Object.entries(entry.deltas ?? {});
	for (const [field, delta] of deltas) {
		const base = storage.getItem(delta.base);
		if (fits(delta, base)) patch[field] = textOf(base, delta);
		else console.warn(`An unsaved edit of ${field} lost its base (${delta.base}): not recovered`);
	}
	try {
		const stored = (await db.table(entry.target.table).get(entry.target.key)) as
			Record<string, unknown> | undefined;
		const alreadyStored =
			stored &&
			Object.keys(patch).every((f) => JSON.stringify(stored[f]) === JSON.stringify(patch[f]));
		// Written field by field, like any save: a later edit of the same field wins.
		if (!alreadyStored) await patchRecord(db, entry.target, patch);
		storage.removeItem(key);
		if (dropBases) for (const [, delta] of deltas) storage.removeItem(delta.base);
		return true;
	} catch (e) {
		if (e instanceof Error && / was deleted$/.test(e.message)) {
			storage.removeItem(key); // an edit to a record deleted since: nothing to write it to
			if (dropBases) for (const [, delta] of deltas) storage.removeItem(delta.base);
			return true;
		}
		console.warn(`Could not recover an unsaved edit (${key}):`, e);
		return false;
	}
}

const watched = new Set<string>();

/**
 * Writes into the database the stashed edits nobody else will write: those of tabs that are
 * gone, and this tab's own whose editor has closed. Edits of open tabs are left to them, and
 * written here as soon as their tab goes (if it dies before saving). Runs when the database
 * opens, before anything reads it, and before an import or a deletion of everything. Returns
 * how many edits it wrote. A stash that cannot be written stays for next time.
 */
export async function recoverUnsaved(
	db: StarDatabase,
	{ storage = defaultStorage(), tabs = browserTabs() }: { storage?: Storage; tabs?: Tabs } = {}
): Promise<number> {
	if (!storage) return 0;
	let keys: string[];
	try {
		keys = stashKeys(storage);
	} catch {
		return 0; // storage refused: nothing was stashed
	}
	const alive = (await tabs?.alive()) ?? new Set([thisTab]);
	let recovered = 0;
	for (const key of keys) {
		const tab = tabOf(key);
		if (tab === thisTab ? openEditors.has(key) : alive.has(tab)) {
			if (tab !== thisTab) watchTab(db, storage, tabs, tab);
			continue;
		}
		// Without Web Locks another tab may still be open: its base stays (it may write more).
		const sure = tab === thisTab || tabs !== undefined;
		if (await recoverEntry(db, storage, key, sure)) recovered++;
	}
	dropOrphanBases(storage, (tab, entry) =>
		tab === thisTab ? !openEditors.has(entry) : tabs !== undefined && !alive.has(tab)
	);
	return recovered;
}

/**
 * Removes the bases no entry names whose editor is gone (`gone(tab, entryKey)`): a tab that
 * died after a save left its base behind, or after writing a base but not yet its entry.
 */
function dropOrphanBases(storage: Storage, gone: (tab: string, entry: string) => boolean) {
	for (const key of stashKeys(storage, BASE_PREFIX)) {
		const entry = entryOfBase(key);
		if (gone(tabOf(key), entry) && storage.getItem(entry) === null) storage.removeItem(key);
	}
}

/** Recovers `tab`'s edits as soon as that tab is gone. */
function watchTab(db: StarDatabase, storage: Storage, tabs: Tabs | undefined, tab: string) {
	if (!tabs || watched.has(tab)) return;
	watched.add(tab);
	tabs.whenGone(tab, async () => {
		watched.delete(tab);
		for (const key of stashKeys(storage))
			if (tabOf(key) === tab) await recoverEntry(db, storage, key);
		dropOrphanBases(storage, (owner) => owner === tab);
	});
}

/**
 * Watches for other tabs' stashes from now on (they announce themselves through `storage`
 * events), so their edits are written the moment their tab closes, not at the next start.
 */
export function watchOtherTabs(
	db: StarDatabase,
	{ storage = defaultStorage(), tabs = browserTabs() }: { storage?: Storage; tabs?: Tabs } = {}
): () => void {
	if (!storage || !tabs || typeof addEventListener !== 'function') return () => {};
	const onStorage = (event: StorageEvent) => {
		if (!event.key?.startsWith(PREFIX) || event.newValue === null) return;
		const tab = tabOf(event.key);
		if (tab !== thisTab) watchTab(db, storage, tabs, tab);
	};
	addEventListener('storage', onStorage);
	return () => removeEventListener('storage', onStorage);
}

/**
 * Forgets every stashed edit, every tab's (after deleting all data: left behind, they would
 * bring back drafts the user has just deleted).
 */
export function clearUnsaved(storage: Storage | undefined = defaultStorage()) {
	try {
		if (storage)
			for (const key of [...stashKeys(storage), ...stashKeys(storage, BASE_PREFIX)])
				storage.removeItem(key);
	} catch {
		// Storage refused: then nothing was stashed either.
	}
}
