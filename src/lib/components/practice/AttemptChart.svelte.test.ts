import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AttemptChart from './AttemptChart.svelte';

describe('AttemptChart', () => {
	it('draws answer time in minutes with a labelled target, and the rating on 1–5', () => {
		const { container } = render(AttemptChart, {
			attempts: [
				{ answerMs: 150_000, average: 3 },
				{ answerMs: 110_000, average: 4.2 }
			]
		});
		expect(screen.getByText('Answer time (minutes)')).toBeTruthy();
		expect(screen.getByText('Your rating (1–5)')).toBeTruthy();
		expect(screen.getByText('usual target 2 min')).toBeTruthy();
		expect(
			screen.getByRole('img', {
				name: 'Answer time over 2 attempts, oldest first: 2:30, 1:50; the usual target is 2:00.'
			})
		).toBeTruthy();
		expect(
			screen.getByRole('img', { name: 'Rating out of 5, oldest first: 3.0, 4.2.' })
		).toBeTruthy();
		const labels = [...container.querySelectorAll('text')].map((t) => t.textContent);
		expect(labels).toEqual(expect.arrayContaining(['0', '1', '2', '3', '4', '5', 'attempt 2']));
	});

	it('leaves the rating chart out when no attempt was rated, and labels a lone dot under it', () => {
		const { container } = render(AttemptChart, {
			attempts: [{ answerMs: 60_000, average: null }]
		});
		const dot = container.querySelector('circle')!;
		const label = [...container.querySelectorAll('text')].find(
			(t) => t.textContent === '1st attempt'
		)!;
		expect(label.getAttribute('x')).toBe(dot.getAttribute('cx'));
		expect(label.getAttribute('text-anchor')).toBe('middle');
		expect(screen.queryByText('Your rating (1–5)')).toBeNull();
		expect(screen.getByRole('img', { name: /^Answer time over 1 attempt,/ })).toBeTruthy();
	});
});
