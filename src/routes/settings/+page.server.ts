import { bank } from '$lib/content/bank.server';

// The narrative's sections give the Markdown answer book its titles and order. The themes are
// too big to inline in the page; the export fetches them from /bank.json when asked.
export const load = () => ({
	narrativeSections: bank.narrative.sections,
	readinessSkills: bank.readiness.sections.map((s) => ({ id: s.id, title: s.title }))
});
