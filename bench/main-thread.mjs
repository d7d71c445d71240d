// Main-thread work per keystroke, read from a Chromium trace: what issue 24's "under 16 ms of
// main-thread work" counts. A timer in the page sees only when the next frame came, which also
// counts the wait for vsync and for a core; the trace shows the tasks themselves.

/** Enough to see each top-level task of the renderer and what ran inside it. */
export const TRACE_CATEGORIES = [
	'toplevel',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8'
];

const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'textInput', 'input', 'keyup']);

/** What a top-level task did, from the first telling event inside it. */
function kindOf(children) {
	for (const e of children) {
		const type = e.args?.data?.type;
		if (e.name === 'EventDispatch' && KEY_EVENTS.has(type)) return 'input';
		if (e.name === 'EventDispatch' && type === 'selectionchange') return 'selectionchange';
		if (e.name === 'TimerFire') return 'timer';
		if (e.name === 'FireAnimationFrame' || e.name === 'Commit' || e.name === 'Paint')
			return 'frame';
		if (e.name.startsWith('V8.GC') || e.name === 'MajorGC' || e.name === 'MinorGC') return 'gc';
	}
	return 'other';
}

/**
 * The renderer main thread that handled the keys, as its top-level tasks in order (a RunTask not
 * inside another), each with its kind and `children` (the events that ran inside it).
 */
function mainThreadTasks(events) {
	const firstKey = events.find(
		(e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown'
	);
	if (!firstKey) throw new Error('no keydown in the trace');
	const onThread = events
		.filter(
			(e) => e.pid === firstKey.pid && e.tid === firstKey.tid && e.ph === 'X' && e.dur !== undefined
		)
		.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	const tasks = [];
	for (const e of onThread) {
		const last = tasks.at(-1);
		if (last && e.ts < last.ts + last.dur) last.children.push(e);
		else if (e.name === 'RunTask')
			tasks.push({ ts: e.ts, dur: e.dur, tdur: e.tdur ?? e.dur, children: [] });
	}
	for (const task of tasks) task.kind = kindOf(task.children);
	return tasks;
}

const ms = (us) => us / 1000;

/** What runs the page's own script: its handlers, timers, frame callbacks and microtasks. */
const SCRIPT = new Set(['FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'V8.RunMicrotasks']);

/** How long the page's script ran inside `tasks` (nested script counted once). */
function scriptTime(tasks) {
	let total = 0;
	for (const task of tasks) {
		let until = -Infinity;
		for (const e of task.children) {
			if (!SCRIPT.has(e.name)) continue;
			const end = e.ts + e.dur;
			if (end <= until) continue;
			total += end - Math.max(e.ts, until);
			until = end;
		}
	}
	return ms(total);
}

/**
 * Per keystroke but the last: its window runs from the start of the task that dispatched its
 * keydown until the start of the task that dispatched the next keydown. `work` sums the
 * durations of the top-level tasks that start in the window: the key's events and the app's
 * handlers, timers (a stash, a save), garbage collection, style, layout and paint. Time between
 * tasks (waiting for the next frame, for the next key) is not work. `cpu` sums the same tasks'
 * thread time: on a busy machine `work` also counts waits for a core inside a task, `cpu` not.
 * `script` is the part of `work` spent in the page's own script (what the app does with the key,
 * as against the browser's editing, style, layout and paint). `longest` is the longest such
 * task, `toFrame` the time until the first frame after the key was committed, `byKind` the work
 * split by what each task did. The last key only closes the last window; `after` is the work from
 * its frame until the trace ended (a pause in typing: the debounced save, the coach).
 */
export function keystrokeWork(events) {
	const tasks = mainThreadTasks(events);
	const keyTasks = tasks.filter((t) =>
		t.children.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
	);
	const frameEnd = (from) => {
		for (const t of tasks) {
			if (t.ts < from) continue;
			const commit = t.children.find((e) => e.name === 'Commit');
			if (commit) return commit.ts + commit.dur;
		}
		return undefined;
	};
	const sum = (list, field = 'dur') => ms(list.reduce((n, t) => n + t[field], 0));
	const keys = [];
	for (let i = 0; i + 1 < keyTasks.length; i++) {
		const start = keyTasks[i].ts;
		const inWindow = tasks.filter((t) => t.ts >= start && t.ts < keyTasks[i + 1].ts);
		const byKind = {};
		for (const t of inWindow) byKind[t.kind] = (byKind[t.kind] ?? 0) + ms(t.dur);
		const frame = frameEnd(start);
		keys.push({
			work: sum(inWindow),
			cpu: sum(inWindow, 'tdur'),
			script: scriptTime(inWindow),
			longest: ms(Math.max(...inWindow.map((t) => t.dur))),
			toFrame: frame === undefined ? null : ms(frame - start),
			tasks: inWindow.length,
			byKind
		});
	}
	const lastKey = keyTasks.at(-1);
	const pauseFrom = frameEnd(lastKey.ts) ?? lastKey.ts + lastKey.dur;
	const pause = tasks.filter((t) => t.ts >= pauseFrom);
	return {
		keys,
		after: {
			work: sum(pause),
			longest: pause.length ? ms(Math.max(...pause.map((t) => t.dur))) : 0,
			ms: pause.length ? ms(pause.at(-1).ts + pause.at(-1).dur - pauseFrom) : 0
		}
	};
}
