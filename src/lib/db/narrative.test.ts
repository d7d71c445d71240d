import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	narrativeVersionsQuery,
	restoreNarrativeVersion,
	saveNarrativeSection,
	saveNarrativeVersion
} from './narrative';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();
afterEach(() => {
	vi.useRealTimers();
});

describe('narrative', () => {
	it('keeps each section and its evidence across a reload', async () => {
		await saveNarrativeSection('why-management', { text: 'I like growing people.' });
		await saveNarrativeSection('why-now', { storyIds: ['s1'] });
		const db = await reopened();
		expect(await db.narrative.get('why-management')).toMatchObject({
			text: 'I like growing people.'
		});
		expect(await db.narrative.get('why-now')).toMatchObject({ text: '', storyIds: ['s1'] });
	});

	it('restores a version after snapshotting the text it replaces', async () => {
		// A minute between steps, as a person takes: versions list newest first by their time.
		vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-30T09:00:00Z') });
		const later = () => vi.setSystemTime(Date.now() + 60_000);
		await saveNarrativeSection('a', { text: 'first' });
		const versionId = await saveNarrativeVersion('Draft one');
		later();
		await saveNarrativeSection('a', { text: 'second' });
		await saveNarrativeSection('b', { text: 'added later' });
		later();
		await restoreNarrativeVersion(versionId);

		const db = await reopened();
		expect((await db.narrative.get('a'))!.text).toBe('first');
		expect((await db.narrative.get('b'))!.text).toBe('');
		const versions = await narrativeVersionsQuery()(db);
		expect(versions.map((v) => v.name)).toEqual(['Before restoring “Draft one”', 'Draft one']);
		expect(versions[0].data.sections).toEqual({ a: 'second', b: 'added later' });
		expect(versions[0].reason).toBe('before-restore');
	});
});
