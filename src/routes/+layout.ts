// Every page is built ahead of time so the whole app works offline after one visit.
export const prerender = true;
export const trailingSlash = 'never';
