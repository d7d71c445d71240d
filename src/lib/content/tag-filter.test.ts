import { describe, expect, it } from 'vitest';
import { filterFromParams, filterQuery, isFiltering, matchesTags } from './tag-filter';

const q = (levels: string[], companies: string[]) => ({ levels, companies });
const companies = [
	{ id: 'amazon', values: [{ id: 'ownership' }, { id: 'frugality' }] },
	{ id: 'startup', values: [] }
];

describe('matchesTags', () => {
	const tagged = q(['em', 'senior-em'], ['amazon/ownership', 'startup']);

	it('matches a level the question is tagged with', () => {
		expect(matchesTags(tagged, { level: 'em' })).toBe(true);
		expect(matchesTags(tagged, { level: 'aspiring' })).toBe(false);
	});

	it('matches a company by any of its values or by the company alone', () => {
		expect(matchesTags(tagged, { company: 'amazon' })).toBe(true);
		expect(matchesTags(tagged, { company: 'startup' })).toBe(true);
		expect(matchesTags(tagged, { company: 'meta' })).toBe(false);
		expect(matchesTags(q([], ['amazonian/x']), { company: 'amazon' })).toBe(false);
	});

	it('matches one value of a company, and both filters together', () => {
		expect(matchesTags(tagged, { company: 'amazon', value: 'ownership' })).toBe(true);
		expect(matchesTags(tagged, { company: 'amazon', value: 'frugality' })).toBe(false);
		expect(matchesTags(tagged, { company: 'amazon', level: 'aspiring' })).toBe(false);
		expect(matchesTags(tagged, {})).toBe(true);
	});
});

describe('filters in the address', () => {
	it('reads known companies, values and levels and drops the rest', () => {
		const read = (query: string) => filterFromParams(new URLSearchParams(query), companies);
		expect(read('company=amazon&value=ownership&level=em')).toEqual({
			company: 'amazon',
			value: 'ownership',
			level: 'em'
		});
		expect(read('company=amazon&value=think-big&level=cto')).toEqual({ company: 'amazon' });
		expect(read('value=ownership&company=nowhere')).toEqual({});
		expect(isFiltering(read(''))).toBe(false);
		expect(isFiltering(read('level=aspiring'))).toBe(true);
	});

	it('writes a filter back as a query string', () => {
		expect(filterQuery({ company: 'amazon', value: 'ownership', level: 'senior-em' })).toBe(
			'?company=amazon&value=ownership&level=senior-em'
		);
		expect(filterQuery({ value: 'ownership' })).toBe('');
		expect(filterQuery({})).toBe('');
	});
});
