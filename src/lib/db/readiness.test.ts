import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from './backup';
import { validateBackup } from './backup-format';
import { getDatabase } from './open';
import { FIT_ID, readinessQuery, saveReadiness } from './readiness';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();

describe('readiness', () => {
	it('creates a record on first save and patches it afterwards, across a reload', async () => {
		await saveReadiness('listening', { rating: 3 });
		await saveReadiness('listening', { storyIds: ['s1', 's2'] });
		await saveReadiness('listening', { note: 'Ask more open questions.' });
		const record = await (await reopened()).readiness.get('listening');
		expect(record).toMatchObject({
			skillId: 'listening',
			rating: 3,
			storyIds: ['s1', 's2'],
			note: 'Ask more open questions.'
		});
		expect(record!.createdAt <= record!.updatedAt).toBe(true);
	});

	it('links evidence before any rating without storing a rating', async () => {
		await saveReadiness('conflict', { storyIds: ['s1'] });
		const record = await (await getDatabase()).readiness.get('conflict');
		expect(record).toMatchObject({ storyIds: ['s1'] });
		expect(record).not.toHaveProperty('rating');
	});

	it('clears a rating by removing it, keeping the evidence', async () => {
		await saveReadiness('feedback', { rating: 4, storyIds: ['s1'] });
		await saveReadiness('feedback', { rating: undefined });
		const record = await (await getDatabase()).readiness.get('feedback');
		expect(record).not.toHaveProperty('rating');
		expect(record!.storyIds).toEqual(['s1']);
	});

	it('refuses a rating outside 1..5 and writes nothing', async () => {
		for (const rating of [0, 6, 2.5, Number.NaN])
			await expect(saveReadiness('writing', { rating })).rejects.toThrow('whole number');
		expect(await (await getDatabase()).readiness.count()).toBe(0);
	});

	it('lists every record by skill id, the fit reflection included', async () => {
		await saveReadiness('listening', { rating: 2 });
		await saveReadiness(FIT_ID, { answers: { '0': 'Energised, mostly.' } });
		const byId = await readinessQuery()(await getDatabase());
		expect([...byId.keys()].sort()).toEqual([FIT_ID, 'listening']);
		expect(byId.get(FIT_ID)).toMatchObject({
			storyIds: [],
			answers: { '0': 'Energised, mostly.' }
		});
		expect(byId.get('listening')!.rating).toBe(2);
	});

	it('round-trips ratings, notes and reflection answers through a backup', async () => {
		await saveReadiness('listening', { rating: 5, storyIds: ['s1'], note: 'Strong.' });
		await saveReadiness('delivery', { storyIds: ['s2'] });
		await saveReadiness(FIT_ID, { answers: { '3': 'Yes, I notice them.' } });
		const backup = JSON.parse(await (await exportBackup()).file.text());
		const checked = validateBackup(backup);
		expect(checked.ok).toBe(true);

		await (await getDatabase()).readiness.clear();
		await importBackup(backup, { mode: 'merge' });
		const byId = await readinessQuery()(await reopened());
		expect(byId.get('listening')).toMatchObject({ rating: 5, storyIds: ['s1'], note: 'Strong.' });
		expect(byId.get('delivery')).not.toHaveProperty('rating');
		expect(byId.get(FIT_ID)!.answers).toEqual({ '3': 'Yes, I notice them.' });
	});

	it('is refused in a backup when a reflection answer is not text', () => {
		const now = '2025-01-01T00:00:00.000Z';
		const result = validateBackup({
			format: 'star-practice-backup',
			version: 1,
			exportedAt: now,
			data: {
				readiness: [
					{ skillId: FIT_ID, storyIds: [], answers: { '0': 7 }, createdAt: now, updatedAt: now }
				]
			}
		});
		expect(result.ok ? [] : result.errors).toEqual([
			'readiness[0].answers["0"] must be text, not the number 7 (skillId "fit")'
		]);
	});
});
