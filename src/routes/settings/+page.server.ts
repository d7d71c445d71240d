import { bank } from '$lib/content/bank.server';

// The narrative's sections give the Markdown answer book its titles and order. The themes are
// too big to inline in the page; the export reads them from the guidance files when asked.
export const load = () => ({
	narrativeSections: bank.narrative.sections.map((s) => ({ id: s.id, title: s.title })),
	readinessSkills: bank.readiness.sections.map((s) => ({ id: s.id, title: s.title }))
});
