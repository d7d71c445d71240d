/**
 * A held-out check on the coach: answers to four questions that are not in the calibration set,
 * written in a different voice (other vocabulary, other structures: bullets, "you" for habits,
 * other buzzwords and other ways of blaming). The rules are never tuned against these; their
 * figures only show whether what was tuned on `answers.ts` carries over.
 */
import type { CalibrationAnswer } from './types';

export const HELD_OUT_SET: CalibrationAnswer[] = [
	// --- Describe a time you noticed someone heading towards burnout. What did you do?
	{
		id: 'burnout-strong',
		questionId: 'people-burnout-signs',
		grade: 'strong',
		answer: {
			situation:
				"Keisha, one of my backend engineers, was the go-to person for our payments integrations. Over about a month her commits were landing at 1 or 2 a.m., her reviews got terse, and she'd stopped coming to our Thursday lunch.",
			task: "We had a partner launch in five weeks that leaned on her heavily, so there was real pressure to let her keep going. I didn't think that was sustainable, and losing her would have hurt far more than a slipped launch.",
			action: [
				"- I raised it in our 1:1, privately, and led with what I'd noticed rather than a conclusion: the late commits, the missed lunches.",
				'- She admitted she was doing most of the partner’s support tickets on top of her project work, because nobody else knew the integration.',
				'- I took the support tickets off her that same day and covered the pager for them myself for two weeks.',
				'- I paired Luis with her so he could learn the integration, and told the partner manager our date was moving by a week.',
				'- I asked her to take the Friday after launch off, and checked in briefly every few days, without making it a performance topic.'
			].join('\n'),
			result:
				"The launch went out one week late with no incidents. Her late-night commits stopped within the month, and Luis has handled the partner tickets on his own since the spring. She's still on the team two years later and she's now the one mentoring new hires on payments. The part I'd change: I saw the 2 a.m. commits for two weeks before I said anything, so now I raise it the first week something looks off."
		}
	},
	{
		id: 'burnout-mediocre',
		questionId: 'people-burnout-signs',
		grade: 'mediocre',
		answer: {
			situation: 'There was an engineer on my team who seemed really stressed and tired.',
			task: "I wanted to make sure he didn't burn out.",
			action:
				'We talked about his workload and we looked at what could be moved. The team helped pick up some of his tasks and we encouraged him to take some time off. We also talked about work-life balance in our team meetings.',
			result:
				'He seemed a lot better after a few weeks. The team became more aware of burnout in general.'
		}
	},
	{
		id: 'burnout-hypothetical',
		questionId: 'people-burnout-signs',
		grade: 'flawed',
		flaw: 'hypothetical',
		answer: {
			situation: 'Burnout is something I watch for a lot, especially on teams with heavy on-call.',
			task: "As a manager it's on me to catch it early.",
			action:
				"The signs are usually pretty clear if you're paying attention: people start working late, they get short in reviews, they stop turning their camera on. When you see that, you pull them aside in a 1:1 and ask how they're doing. You don't want to make it about performance. Then you look at their load and take things off their plate, maybe shift on-call around, and you encourage them to actually use their vacation. I also tend to model it myself by logging off at a normal time.",
			result:
				"Generally people appreciate that you noticed, and it builds a lot of trust on the team. It's one of the most important parts of the job."
		}
	},

	// --- Describe a conflict between your team and another team over ownership or blame.
	{
		id: 'other-team-strong',
		questionId: 'conflict-other-team',
		grade: 'strong',
		answer: {
			situation:
				"After a bad outage on our checkout API, the SRE team's postmortem draft listed the root cause as an unsafe config change from the application team. My team read it as them pinning it on us, and the two teams stopped talking in the shared channel.",
			task: 'I managed the application team. Beyond getting the postmortem right, I needed the two teams working together again, because we shared the pager for that service.',
			action:
				'I met the SRE manager, Femi, one-on-one before touching the document. I started by conceding what was ours: our change had gone out without the canary stage, and that was my call under deadline pressure. Then we went through the timeline together and found the other half: the alert that should have caught it had been muted during a migration weeks before. We rewrote the postmortem as a joint doc with two contributing causes and no names. I proposed a standing 30-minute weekly sync between the two on-call leads, and I paired one of my engineers with theirs to add config validation to the deploy pipeline.',
			result:
				"The joint postmortem was published within the week, and the config validation caught two bad changes over the next quarter before they reached production. The shared channel got busy again. My takeaway was that conceding our part first made it easy for Femi to concede theirs, and I've opened every cross-team review that way since."
		}
	},
	{
		id: 'other-team-mediocre',
		questionId: 'conflict-other-team',
		grade: 'mediocre',
		answer: {
			situation:
				'Our team and the infrastructure team had a disagreement about who owned a service that kept having issues.',
			task: 'I needed to sort out ownership.',
			action:
				'We had a meeting with both teams and talked through the history of the service. There was some tension but we worked through it. We agreed that the infrastructure team would own the servers and we would own the application. We documented it in our wiki.',
			result: 'After that things were clearer and there were fewer arguments between the teams.'
		}
	},
	{
		id: 'other-team-blame',
		questionId: 'conflict-other-team',
		grade: 'flawed',
		flaw: 'blame',
		answer: {
			situation:
				'We had a big outage on the search cluster and the SRE team basically threw us under the bus in the postmortem.',
			task: 'I had to defend my team, because the real problem was on their side.',
			action:
				"I went through the timeline line by line and showed that their monitoring should have caught it an hour earlier. It was their alert that was misconfigured, not our code. I raised it with their manager and then with my director when they refused to change the document. They'd dropped the ball on the migration weeks before and never told anyone. I pushed until the postmortem was rewritten to say the alerting gap was the root cause.",
			result:
				'In the end the postmortem was changed, and my team felt I had their back. Since then I make sure everything with that team is documented, so it can’t happen again.'
		}
	},

	// --- Tell me about a time you were under pressure to fill a role quickly. How did you keep the bar?
	{
		id: 'hiring-strong',
		questionId: 'hiring-bar-under-pressure',
		grade: 'strong',
		answer: {
			situation:
				'In 2022 two of my five engineers left within a month, right as we were taking over the mobile checkout. My director wanted both seats filled within six weeks.',
			task: 'I had to move fast without lowering the bar, because a weak hire on a team that small would have cost us more than an empty seat.',
			action:
				"First I rewrote the role with the team so we agreed on the three things a hire had to show, and I dropped two nice-to-haves that were shrinking the pool for no reason. I asked our recruiter to run the phone screens and I blocked two afternoons a week of my own calendar for interviews, so nobody waited more than three days for a slot. I also swapped our take-home for a 90-minute paired session, which halved the drop-out. The hard part came in week five: the director pushed me to hire a candidate the panel was split on. I said no, showed him the panel's written notes, and offered to bring in a contractor for a month instead.",
			result:
				"We hired two engineers in seven weeks, one week over the director's target. Both passed probation, and one of them led our Apple Pay integration the next year. The contractor bridged the gap. It made me much more willing to hold a line on hiring with data in hand, and I've reused the paired session for every role since."
		}
	},
	{
		id: 'hiring-mediocre',
		questionId: 'hiring-bar-under-pressure',
		grade: 'mediocre',
		answer: {
			situation: 'We needed to hire a senior engineer quickly because someone had left.',
			task: 'I had to fill the role while keeping the quality high.',
			action:
				"We worked with recruiting to speed up the process and we interviewed a lot of candidates. We made sure every candidate went through the full loop. It took a bit longer than leadership wanted, but we didn't compromise.",
			result: "Eventually we found a great candidate and they've been doing well on the team."
		}
	},
	{
		id: 'hiring-outcome',
		questionId: 'hiring-bar-under-pressure',
		grade: 'flawed',
		flaw: 'outcome',
		answer: {
			situation:
				'Last year we got approval for four new backend roles, and leadership wanted them filled by the end of the quarter.',
			task: "I owned the hiring plan and I had to make sure we didn't drop our standards just to hit the number.",
			action:
				'I set up a structured interview loop with a scorecard for each stage, and trained six engineers as interviewers. I worked with our recruiter to open up sourcing in two new regions. I also held a weekly hiring sync with the panel to review feedback, and I kept every debrief within 24 hours of the onsite.',
			result:
				"By the end of the quarter we'd screened 210 candidates, run 48 technical interviews and 14 onsites, and I'd held thirteen hiring syncs. The process was much more organized than before."
		}
	},

	// --- Tell me about a time you had to rebuild trust with a stakeholder who had a poor history with your team.
	{
		id: 'trust-strong',
		questionId: 'stakeholders-repairing-trust',
		grade: 'strong',
		answer: {
			situation:
				"When I took over the data platform team, the finance director, Helen, had stopped relying on us. Her month-end reports had been late three months running, and she'd started building her own spreadsheets on the side.",
			task: "I needed her back on our pipeline, because her workarounds were producing numbers that didn't match ours, and the CFO had noticed.",
			action:
				"I went to see her in my first week, mostly to listen. She walked me through the three late closes, and I didn't argue with any of it. I promised one thing only: a note from me by 9 a.m. on close day saying whether her data was on time, good news or bad. Then I had the team trace the late runs, which came down to one fragile upstream job, and I put one engineer on hardening it for a sprint. I also invited Helen's analyst to our fortnightly planning, so finance could see what was coming and flag what mattered to them.",
			result:
				'Every close for the next six months landed on time, and I sent that 9 a.m. note every single time. In the spring Helen retired her side spreadsheets and asked us to take over two more reports. What I’d tell myself now: small promises kept beat a big plan, and I start any rocky relationship that way.'
		}
	},
	{
		id: 'trust-mediocre',
		questionId: 'stakeholders-repairing-trust',
		grade: 'mediocre',
		answer: {
			situation:
				"There was a product manager who didn't trust our team because we'd missed some commitments in the past.",
			task: 'I wanted to improve the relationship.',
			action:
				'We started having regular meetings with her and gave her more visibility into what we were working on. We made sure to only commit to things we could deliver. Over time we showed her that we were reliable.',
			result: 'The relationship got a lot better and she started trusting the team again.'
		}
	},
	{
		id: 'trust-jargon',
		questionId: 'stakeholders-repairing-trust',
		grade: 'flawed',
		flaw: 'jargon',
		answer: {
			situation:
				'When I inherited the integrations team, our relationship with the partnerships org was pretty broken; they felt we never delivered on our value-add.',
			task: 'My mandate was to operationalize a more holistic engagement model and drive alignment across both orgs.',
			action:
				"I kicked things off with a deep dive to double-click on their pain points and surface actionable insights. Rather than trying to boil the ocean, I focused on the low-hanging fruit and set up a weekly touch base to keep a tight feedback loop. Anything contentious we'd take offline so the forum stayed productive. I also empowered my tech leads to own the relationship with their counterparts, to create more of a best-in-class partnership ecosystem.",
			result:
				"Over the following two quarters the relationship went through a real paradigm shift. Partnerships now sees us as a strategic partner, and we've got a much healthier engagement model in place."
		}
	}
];
