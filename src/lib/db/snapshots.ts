import type { StarDatabase } from './schema';
import type { SnapshotRecord } from './types';

/**
 * Stores a dated copy of `data` before something destructive happens. Call it inside the same
 * transaction as the destructive write, so there is never a deletion without its copy.
 */
export async function takeSnapshot(
	db: StarDatabase,
	snapshot: Pick<SnapshotRecord, 'kind' | 'name' | 'reason' | 'data'>
): Promise<string> {
	const now = new Date().toISOString();
	const id = crypto.randomUUID();
	await db.snapshots.add({ ...snapshot, id, createdAt: now, updatedAt: now });
	return id;
}
