import { writeAnswer } from './answers';
import type { StarDatabase } from './schema';
import { writeInterview } from './interviews';
import { writeNarrative } from './narrative';
import { writeReadiness } from './readiness';
import { writeStory } from './stories';

const PREFIX = 'star-practice:unsaved:';

type Kind = 'answer' | 'story' | 'narrative' | 'interview' | 'readiness';

/** The localStorage key where an editor stashes edits the page may not live to write. */
export function stashKey(kind: Kind, id: string) {
	return `${PREFIX}${kind}:${id}`;
}

/**
 * Writes edits stashed by a page that closed before IndexedDB finished, then forgets them.
 * Runs once when the database opens, before anything reads it. A stash that cannot be written
 * stays for next time.
 */
export async function recoverUnsaved(
	db: StarDatabase,
	storage: Storage | undefined = globalThis.localStorage
): Promise<number> {
	let recovered = 0;
	const keys: string[] = [];
	try {
		for (let i = 0; storage && i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(PREFIX)) keys.push(key);
		}
	} catch {
		return 0; // storage refused (private mode): nothing was stashed
	}
	for (const key of keys) {
		const [kind, ...rest] = key.slice(PREFIX.length).split(':');
		const id = rest.join(':');
		try {
			const patch = JSON.parse(storage!.getItem(key) ?? '{}');
			if (kind === 'answer') await writeAnswer(db, id, patch);
			else if (kind === 'story') await writeStory(db, id, patch);
			else if (kind === 'narrative') await writeNarrative(db, id, patch);
			else if (kind === 'interview') await writeInterview(db, id, patch);
			else if (kind === 'readiness') await writeReadiness(db, id, patch);
			storage!.removeItem(key);
			recovered++;
		} catch (e) {
			console.warn(`Could not recover unsaved ${kind} ${id}:`, e);
		}
	}
	return recovered;
}
