import { describe, expect, it } from 'vitest';
import { saveAnswer } from './answers';
import { getDatabase } from './open';
import { hasOwnWorkQuery } from './own-work';
import { saveSetting } from './settings';
import { useFreshDatabase } from './test-db';

useFreshDatabase();

describe('hasOwnWorkQuery', () => {
	it('is false with settings only, and true once an answer is saved', async () => {
		const db = await getDatabase();
		await saveSetting('theme', 'dark');
		expect(await hasOwnWorkQuery()(db)).toBe(false);
		await saveAnswer('conflict-design-disagreement', { action: 'I set up a design review.' });
		expect(await hasOwnWorkQuery()(db)).toBe(true);
	});
});
