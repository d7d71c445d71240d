import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Field, { type FieldControl } from './Field.svelte';

/** The control a Field wraps: an input that takes what the Field hands it. */
const input = createRawSnippet((control: () => FieldControl) => ({
	render: () => '<input />',
	setup: (element) => {
		const { id, ...rest } = control();
		element.id = id;
		for (const [name, value] of Object.entries(rest))
			if (value !== undefined) element.setAttribute(name, String(value));
	}
}));

describe('Field', () => {
	it('labels its control, and describes it by the hint', () => {
		render(Field, { label: 'Company', hint: 'As they write it.', children: input });
		const control = screen.getByRole('textbox', { name: 'Company' });
		expect(control.getAttribute('aria-invalid')).toBeNull();
		const describedBy = control.getAttribute('aria-describedby')!;
		expect(document.getElementById(describedBy)?.textContent).toBe('As they write it.');
	});

	it('marks the control invalid and describes it by the error too', () => {
		render(Field, {
			id: 'company',
			label: 'Company',
			hint: 'As they write it.',
			error: 'A company needs a name.',
			children: input
		});
		const control = screen.getByRole('textbox', { name: 'Company' });
		expect(control.id).toBe('company');
		expect(control.getAttribute('aria-invalid')).toBe('true');
		expect(control.getAttribute('aria-describedby')).toBe('company-hint company-error');
		expect(screen.getByRole('alert').textContent).toBe('A company needs a name.');
	});

	it('gives each control its own id when none is asked for', () => {
		render(Field, { label: 'One', children: input });
		render(Field, { label: 'Two', children: input });
		const one = screen.getByRole('textbox', { name: 'One' });
		const two = screen.getByRole('textbox', { name: 'Two' });
		expect(one.id).not.toBe(two.id);
		expect(one.getAttribute('aria-describedby')).toBeNull();
	});
});
