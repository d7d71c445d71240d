import { companyEntries, companyPage } from '$lib/content/pages.server';

export const entries = companyEntries;
export const load = ({ params }) => companyPage(params.company);
