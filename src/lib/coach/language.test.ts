import { describe, expect, it } from 'vitest';
import { looksEnglish } from './language';

describe('looksEnglish', () => {
	it('reads English, typed or with curly quotes', () => {
		expect(looksEnglish('I met each engineer one to one and asked what had gone wrong.')).toBe(
			true
		);
		expect(looksEnglish('I’d let it run too long, so I owned that with the team.')).toBe(true);
	});

	it('tells other languages apart, Latin script or not', () => {
		expect(
			looksEnglish('Ich habe mit dem Team gesprochen und wir haben den Plan gemeinsam geändert.')
		).toBe(false);
		expect(
			looksEnglish('Ho parlato con i due ingegneri e abbiamo deciso insieme di cambiare il piano.')
		).toBe(false);
		expect(looksEnglish('Hablé con mi equipo y cambiamos el plan para entregar a tiempo.')).toBe(
			false
		);
		expect(looksEnglish('我和团队一起讨论了这个问题，然后我们改变了计划。')).toBe(false);
		expect(looksEnglish('Я поговорил с командой, и мы вместе изменили план.')).toBe(false);
	});

	it('counts text too short to tell, and English with a foreign name, as English', () => {
		expect(looksEnglish('Ich')).toBe(true);
		expect(looksEnglish('🙂🙂')).toBe(true);
		expect(looksEnglish('I worked with Zoë and Jürgen from the München office on the plan.')).toBe(
			true
		);
	});
});
