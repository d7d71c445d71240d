import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { createRenderer } from './render';

/** The renderer used at build time (prerendering); jsdom gives DOMPurify a DOM to work in. */
export const markdown = createRenderer(
	createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0])
);
