// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { saveWhenPageHides } from './page-lifecycle';
import { SaveQueue } from './save-queue.svelte';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function leave() {
	const event = new Event('beforeunload', { cancelable: true });
	dispatchEvent(event);
	return event.defaultPrevented;
}

describe('saveWhenPageHides', () => {
	it('warns before closing while a save is failing', async () => {
		const queue = new SaveQueue<object>(
			async () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			{ retryMs: [60_000] }
		);
		cleanup = saveWhenPageHides(queue);
		queue.schedule({ situation: 'precious' });
		await queue.flush();
		expect(queue.state).toBe('failed');
		expect(leave()).toBe(true);
	});

	it('lets the page close once everything is stored', async () => {
		const queue = new SaveQueue<object>(async () => {});
		cleanup = saveWhenPageHides(queue);
		queue.schedule({ situation: 'fine' });
		await queue.flush();
		expect(leave()).toBe(false);
	});
});
