import type { EditorSpec } from './editor-spec';
import { getDatabase } from './open';
import { patchRecord } from './patch-record';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import type { NarrativeRecord, SnapshotRecord } from './types';

export type NarrativeFields = Pick<NarrativeRecord, 'text' | 'storyIds'>;
export const EMPTY_SECTION: NarrativeFields = { text: '', storyIds: [] };

/**
 * Writes the given fields of one narrative section in one transaction, creating it if needed;
 * resolves with its new `updatedAt`.
 */
export async function saveNarrativeSection(
	sectionId: string,
	patch: Partial<NarrativeFields>
): Promise<string> {
	return writeNarrative(await getDatabase(), sectionId, patch);
}

const sectionTarget = (sectionId: string) =>
	({ table: 'narrative', key: sectionId, empty: EMPTY_SECTION }) as const;

function writeNarrative(db: StarDatabase, sectionId: string, patch: Partial<NarrativeFields>) {
	return patchRecord(db, sectionTarget(sectionId), patch);
}

/** The editor of one narrative section. */
export const narrativeEditor = (
	sectionId: string
): EditorSpec<NarrativeFields, NarrativeRecord> => ({
	empty: EMPTY_SECTION,
	write: (patch) => saveNarrativeSection(sectionId, patch),
	query: narrativeSectionQuery(sectionId),
	target: sectionTarget(sectionId)
});

/** The narrative's text by section id, as stored in a version. */
export type NarrativeVersion = { sections: Record<string, string> };

async function currentTexts(db: StarDatabase): Promise<NarrativeVersion> {
	const sections: Record<string, string> = {};
	await db.narrative.each((r) => (sections[r.sectionId] = r.text));
	return { sections };
}

/** Saves the whole narrative as a named version (a snapshot); returns its id. */
export async function saveNarrativeVersion(name: string): Promise<string> {
	const db = await getDatabase();
	return db.transaction('rw', db.narrative, db.snapshots, async () =>
		takeSnapshot(db, {
			kind: 'narrative',
			name: name.trim() || 'Untitled version',
			reason: 'manual',
			data: await currentTexts(db)
		})
	);
}

/**
 * Puts a saved version's text back into every section, after snapshotting the text it replaces,
 * in one transaction. Evidence links are kept.
 */
export async function restoreNarrativeVersion(snapshotId: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.narrative, db.snapshots, async () => {
		const version = await db.snapshots.get(snapshotId);
		if (!version || version.kind !== 'narrative') throw new Error('that version no longer exists');
		await takeSnapshot(db, {
			kind: 'narrative',
			name: `Before restoring “${version.name}”`,
			reason: 'before-restore',
			data: await currentTexts(db)
		});
		const { sections } = version.data as NarrativeVersion;
		const ids = new Set([
			...Object.keys(sections),
			...(await db.narrative.toCollection().primaryKeys())
		]);
		for (const sectionId of ids)
			await writeNarrative(db, sectionId, { text: sections[sectionId] ?? '' });
	});
}

/** Live query: every stored section by id. */
export const narrativeQuery = () => async (db: StarDatabase) =>
	new Map((await db.narrative.toArray()).map((r) => [r.sectionId, r]));

/** Live query: one section. */
export const narrativeSectionQuery = (sectionId: string) => (db: StarDatabase) =>
	db.narrative.get(sectionId);

/** Live query: saved versions of the narrative, newest first. */
export const narrativeVersionsQuery = () => async (db: StarDatabase) =>
	(
		await db.snapshots.where('kind').equals('narrative').sortBy('createdAt')
	).reverse() as (SnapshotRecord & {
		data: NarrativeVersion;
	})[];
