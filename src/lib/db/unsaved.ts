/**
 * The unsaved-edit stash, and the only code that touches it: every edit an editor has not yet
 * stored in IndexedDB is also kept in localStorage, synchronously, so a page that dies (closed,
 * crashed, killed) loses nothing. Each tab writes only its own keys, so one tab's save never
 * removes another tab's edits. A tab's leftover edits are written into the database once that
 * tab is gone: at once by a tab that is still open (it waits on the gone tab's Web Lock), or
 * when the database next opens.
 */
import { patchRecord, type RecordTarget } from './patch-record';
import type { StarDatabase } from './schema';

const PREFIX = 'star-practice:unsaved:';
/**
 * Past this many characters, an edit is stashed at most every BIG_STASH_MS: writing a megabyte
 * to localStorage takes about 20 ms, more than a frame, on every keystroke. Below it (any
 * ordinary answer), every keystroke is stashed at once.
 */
export const BIG_STASH_CHARS = 100_000;
export const BIG_STASH_MS = 200;
const TAB_LOCK = 'star-practice:tab:';

/** One stashed edit as kept in localStorage. */
interface Entry {
	target: RecordTarget;
	/** The fields to write; `unset` lists those the edit removes (JSON cannot hold undefined). */
	patch: Record<string, unknown>;
	unset: string[];
	/** When the edit was made (ISO), for whoever reads a stash by hand. */
	at: string;
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
 * IndexedDB write is all there is.
 */
export class Stash {
	readonly key: string;
	#storage: Storage | undefined;
	#later: ReturnType<typeof setTimeout> | undefined;
	#latest: object | undefined;

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

	/** Keeps `patch` (the whole of what is unsaved) in place of what was stashed. */
	write(patch: object) {
		this.#latest = patch;
		if (textLength(patch) <= BIG_STASH_CHARS) return this.settle();
		this.#later ??= setTimeout(() => this.settle(), BIG_STASH_MS);
	}

	/** Writes a stash held back for its size now (the page is hiding, or a save starts). */
	settle() {
		clearTimeout(this.#later);
		this.#later = undefined;
		const patch = this.#latest;
		this.#latest = undefined;
		if (patch) this.#put(patch);
	}

	#put(patch: object) {
		const entry: Entry = {
			target: this.target,
			patch: {},
			unset: [],
			at: new Date().toISOString()
		};
		for (const [field, value] of Object.entries(patch))
			if (value === undefined) entry.unset.push(field);
			else entry.patch[field] = value;
		try {
			this.#storage?.setItem(this.key, JSON.stringify(entry));
		} catch {
			// Full or refused: the edit is still on screen and in the save queue.
		}
	}

	clear() {
		clearTimeout(this.#later);
		this.#later = undefined;
		this.#latest = undefined;
		try {
			this.#storage?.removeItem(this.key);
		} catch {
			// Nothing was stashed where storage is refused.
		}
	}

	/** The editor has closed: what is left here is recovered like a closed tab's. */
	release() {
		openEditors.delete(this.key);
	}
}

/** The characters of text in a patch, roughly what stashing it costs. */
function textLength(patch: object): number {
	let n = 0;
	for (const value of Object.values(patch))
		n +=
			typeof value === 'string'
				? value.length
				: value && typeof value === 'object'
					? textLength(value)
					: 1;
	return n;
}

/** The tab lock lives as long as this page: other tabs learn this tab is gone when it is released. */
function holdTabLock() {
	if (holdingLock) return;
	holdingLock = true;
	void globalThis.navigator?.locks?.request(TAB_LOCK + thisTab, () => new Promise<never>(() => {}));
}

function stashKeys(storage: Storage): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(PREFIX)) keys.push(key);
	}
	return keys;
}

const tabOf = (key: string) => key.slice(PREFIX.length).split(':')[0];

/** Writes one stashed edit into the database; false when it must stay for another try. */
async function recoverEntry(db: StarDatabase, storage: Storage, key: string): Promise<boolean> {
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
	try {
		const stored = (await db.table(entry.target.table).get(entry.target.key)) as
			Record<string, unknown> | undefined;
		const alreadyStored =
			stored &&
			Object.keys(patch).every((f) => JSON.stringify(stored[f]) === JSON.stringify(patch[f]));
		// Written field by field, like any save: a later edit of the same field wins.
		if (!alreadyStored) await patchRecord(db, entry.target, patch);
		storage.removeItem(key);
		return true;
	} catch (e) {
		if (e instanceof Error && / was deleted$/.test(e.message)) {
			storage.removeItem(key); // an edit to a record deleted since: nothing to write it to
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
		if (await recoverEntry(db, storage, key)) recovered++;
	}
	return recovered;
}

/** Recovers `tab`'s edits as soon as that tab is gone. */
function watchTab(db: StarDatabase, storage: Storage, tabs: Tabs | undefined, tab: string) {
	if (!tabs || watched.has(tab)) return;
	watched.add(tab);
	tabs.whenGone(tab, async () => {
		watched.delete(tab);
		for (const key of stashKeys(storage))
			if (tabOf(key) === tab) await recoverEntry(db, storage, key);
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
		if (storage) for (const key of stashKeys(storage)) storage.removeItem(key);
	} catch {
		// Storage refused: then nothing was stashed either.
	}
}
