import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import RatingScale from './RatingScale.svelte';

function scale(props: Partial<{ value: number; clearable: boolean; disabled: boolean }> = {}) {
	const onchange = vi.fn();
	const view = render(RatingScale, {
		name: 'structure',
		label: 'Structure',
		hint: '1 is rough, 5 is great.',
		value: undefined,
		onchange,
		...props
	});
	return { onchange, ...view };
}

describe('RatingScale', () => {
	it('is a named radio group of five points, described by its hint', () => {
		scale({ value: 3 });
		const group = screen.getByRole('group', { name: 'Structure' });
		expect(group.getAttribute('aria-describedby')).toBe('structure-hint');
		const points = screen.getAllByRole('radio');
		expect(points.map((p) => p.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
		expect((screen.getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true);
	});

	it('picks a point by click, and by the keys 1–5 while a point has focus', async () => {
		const { onchange } = scale();
		await fireEvent.click(screen.getByRole('radio', { name: '2' }));
		expect(onchange).toHaveBeenLastCalledWith(2);

		const first = screen.getByRole('radio', { name: '1' });
		first.focus();
		await fireEvent.keyDown(first, { key: '5' });
		expect(onchange).toHaveBeenLastCalledWith(5);
		expect(document.activeElement).toBe(screen.getByRole('radio', { name: '5' }));

		// Other keys, and shortcuts with a modifier, are left alone.
		onchange.mockClear();
		await fireEvent.keyDown(first, { key: '7' });
		await fireEvent.keyDown(first, { key: '3', ctrlKey: true });
		expect(onchange).not.toHaveBeenCalled();
	});

	it('ignores keys when disabled', async () => {
		const { onchange } = scale({ disabled: true });
		const first = screen.getByRole('radio', { name: '1' });
		await fireEvent.keyDown(first, { key: '4' });
		expect(onchange).not.toHaveBeenCalled();
	});

	it('offers to clear a rating only once one is picked', async () => {
		const { onchange, rerender } = scale({ clearable: true });
		expect(screen.queryByRole('button', { name: /Clear rating/ })).toBeNull();
		await rerender({ value: 4 });
		await fireEvent.click(screen.getByRole('button', { name: 'Clear rating for Structure' }));
		expect(onchange).toHaveBeenLastCalledWith(undefined);
	});
});
