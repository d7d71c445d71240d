/**
 * The coach's calibration set: three answers to each of eight common EM questions, written the
 * way candidates speak and labelled by what an interviewer would make of them (a strong one, a
 * mediocre one, and one with a single clear flaw). Written and labelled before the rules were
 * tuned; `held-out.ts` is a second set, by a different hand, that the rules are not tuned on.
 */
import type { CalibrationAnswer } from './types';

export const CALIBRATION_SET: CalibrationAnswer[] = [
	// --- Tell me about a time two engineers on your team disagreed sharply on a technical approach.
	{
		id: 'conflict-strong',
		questionId: 'conflict-design-disagreement',
		grade: 'strong',
		answer: {
			situation:
				'Sure. So at my last company I had a team of seven building the billing service, and two of my senior engineers, Priya and Tom, got into a real standoff over whether we should move our event processing to Kafka or stick with Postgres and a job queue.',
			task: "It mattered because we'd committed to usage-based pricing for Q3, and the design had to be settled in about two weeks or we'd miss that launch. It was also starting to split the team, people were picking sides in code review.",
			action:
				"The first thing I did was talk to each of them one to one, because in the design review they were mostly talking past each other. What I found was that Tom's real worry wasn't Kafka itself, it was that nobody on the team had ever run it in production and he'd be the one getting paged. Priya was worried about throughput at month-end. So I asked them to write a one-page doc together, with the criteria first and the options second, and I set the criteria with them: peak load, running cost, and how long it'd take us to ship. Then I got them to agree on a test, and we ran a load test of the Postgres approach at three times our month-end peak. It held with room to spare. I made the call to go with Postgres for now, and I wrote down the exact point where we'd revisit, which was ten times current volume. I also made a mistake early on: I'd let the argument run through two design reviews before stepping in, and that's why it leaked into code reviews. I went back to the team and owned that.",
			result:
				'We shipped usage billing on time in early September, and month-end processing has stayed under five minutes since. Priya actually presented the decision doc at our architecture guild, and Tom took on-call ownership of the queue. What I took from it is to step in after the first stalemate, not the second, and these days I ask for the decision criteria before anyone argues for a solution.'
		}
	},
	{
		id: 'conflict-mediocre',
		questionId: 'conflict-design-disagreement',
		grade: 'mediocre',
		answer: {
			situation:
				'We had a disagreement on the team about whether to use GraphQL or REST for a new API.',
			task: 'I needed to help the team come to a decision.',
			action:
				'We had a few meetings about it and we looked at the pros and cons of each option. We talked to some other teams that had used GraphQL. Eventually we agreed that REST was the simpler option for us, and the engineer who wanted GraphQL was okay with it. We made sure everyone felt heard during the process.',
			result:
				'In the end we went with REST and the project went well. Everyone was happy with the decision and the team worked well together afterwards.'
		}
	},
	{
		id: 'conflict-hypothetical',
		questionId: 'conflict-design-disagreement',
		grade: 'flawed',
		flaw: 'hypothetical',
		answer: {
			situation:
				'So on my current team we have a lot of strong opinions, people disagree on things like frameworks and architecture pretty often.',
			task: "My job is to make sure those disagreements don't slow us down.",
			action:
				"What I'd do in that situation is sit them down together and get each one to walk through their reasoning. I would usually ask them to write up the trade-offs, and then I'd bring in a third engineer to give a neutral view if they still can't agree. You want to focus on the data rather than on personalities, and you have to make sure both people feel heard. If it's still stuck, I'll make the call myself and explain why, because at some point somebody has to decide.",
			result:
				'That approach generally works well and the team respects the decision. I always try to follow up afterwards to make sure there are no hard feelings.'
		}
	},

	// --- Tell me about a project you led that failed.
	{
		id: 'failure-strong',
		questionId: 'failure-project-failed',
		grade: 'strong',
		answer: {
			situation:
				'A couple of years ago I led a project to replace our in-house feature-flag system with a vendor tool. Eight teams depended on the old system, and it had caused two outages that year.',
			task: 'I owned the migration end to end: the plan, the vendor choice, and getting every team moved over by the end of the quarter.',
			action:
				"I made two big mistakes. First, I picked the vendor after a two-week trial on my own team's services, which were the simplest in the company. I hadn't tested it with the mobile team, who had the strictest latency needs. Second, I set the deadline before I'd talked to the other teams' leads, so they heard about it as a done deal. By week six, three teams were blocked and the mobile team told me the SDK added about 80 milliseconds to app start. I stopped the rollout, and I told my director plainly that I'd rushed the evaluation and the plan wasn't going to work. I wrote up what had gone wrong, ran a session with the leads to go through it, and proposed a smaller scope: keep the old system, fix the two failure modes behind the outages, and revisit the vendor question later with a proper evaluation group.",
			result:
				"So the migration itself failed. We spent about a quarter of two engineers' time and rolled it back. The smaller fix did work: no flag-related outages in the following year. What I took from it is that I'd confused speed with momentum. These days I run any cross-team change past the affected leads before there's a date, and I test on the hardest customer first, not the easiest."
		}
	},
	{
		id: 'failure-mediocre',
		questionId: 'failure-project-failed',
		grade: 'mediocre',
		answer: {
			situation: 'We were building a new recommendation engine for the homepage.',
			task: 'I was the tech lead, so I was responsible for the delivery.',
			action:
				'We spent about six months building it. The team worked really hard, and we had a lot of technical challenges with the data pipeline. We had regular check-ins with product and we tried to adjust the scope as things changed. In the end the business decided to go in a different direction and the project was cancelled.',
			result:
				"The project didn't launch, which was disappointing for everyone. I learned that communication is really important and that you need to keep stakeholders in the loop."
		}
	},
	{
		id: 'failure-blame',
		questionId: 'failure-project-failed',
		grade: 'flawed',
		flaw: 'blame',
		answer: {
			situation:
				'So I was leading the checkout redesign last year, and honestly, we were set up to fail from the beginning. The deadline was fixed by sales before anyone asked engineering.',
			task: 'My job was to deliver the new checkout by Black Friday.',
			action:
				"I put together a plan and broke the work into milestones, and I kept leadership updated every week. The problem was that the platform team kept pushing back our dependency, because they had other priorities, and product kept changing the requirements on us. I escalated several times but my director didn't back me, so there wasn't much I could do. If the platform team had delivered their API on time, we would have made it.",
			result:
				"We missed Black Friday and launched in January instead. The lesson for me was to get commitments from other teams in writing, so that it's clear who's accountable when things slip."
		}
	},

	// --- Tell me about the first time you noticed a report was underperforming. How did you raise it?
	{
		id: 'performance-strong',
		questionId: 'performance-first-signs',
		grade: 'strong',
		answer: {
			situation:
				"About a year into managing, one of my engineers, Marcus, started missing things. Pull requests sat for days, and he'd gone quiet in stand-ups.",
			task: "He'd been one of our strongest people, so I needed to find out what was going on before it turned into a pattern the rest of the team noticed, and to be fair to him about it.",
			action:
				"I didn't wait for the next review cycle. In our next one-to-one I brought two specific examples: a migration script that had slipped a week, and a code review he'd promised and not done. I said what I'd seen, and asked what was going on rather than telling him what I thought. It turned out he'd been pulled into an on-call rotation for another team and was doing a couple of nights a week, which I hadn't known about. So I did two things. I went to the other team's manager and got him off that rota within the week, and I agreed with Marcus what good looked like for the next month, written down, with a check-in every Friday. I also told him honestly that I should have noticed the on-call load earlier.",
			result:
				"Within about six weeks he was closing his work on time again, and by the end of the half he was leading our search reindex project. He told me later the conversation felt fair because I'd come with examples and a question. Since then I check every report's out-of-team commitments in our monthly one-to-one, and I raise a concern the first time I see it, with examples, not at review time."
		}
	},
	{
		id: 'performance-mediocre',
		questionId: 'performance-first-signs',
		grade: 'mediocre',
		answer: {
			situation: "I had an engineer on my team who wasn't performing as well as expected.",
			task: 'I needed to address the performance issue.',
			action:
				"I talked to him about it in our one-on-one and told him that his work wasn't meeting expectations. We agreed on some goals and I followed up with him regularly. I also gave him some more support and paired him with another engineer on the team.",
			result:
				'His performance got better over the next few months. It was a good learning experience for both of us.'
		}
	},
	{
		id: 'performance-setup',
		questionId: 'performance-first-signs',
		grade: 'flawed',
		flaw: 'setup',
		answer: {
			situation:
				"So this was at my previous company, which was a mid-sized fintech, about four hundred people, and I'd joined the payments platform team about eight months before. The team was seven engineers, split between London and Lisbon, and we'd just come out of a big reorg where two teams were merged, so there was a lot going on. We owned the ledger service, the reconciliation jobs and a couple of internal tools that finance used every day, and at the time we were also in the middle of migrating off an old Oracle database onto Postgres, which had been going on for over a year and everyone was fairly tired of it. One of the engineers, Dev, had come across with the reorg. He'd been at the company a long time, he knew the ledger better than anyone, and he was well liked. Around the same time our product manager left, so I was covering some of that as well, and we had an audit coming up in the spring.",
			task: "I'd noticed that Dev's tickets were taking a lot longer than estimated, sometimes two or three times as long, and a couple of his changes had caused incidents in reconciliation. Other people on the team had started to notice too, and one of the seniors mentioned it to me in a one-to-one. So I needed to figure out what was going on and raise it with him, and I also had to think about the audit, because reconciliation was in scope, and about how it looked to the rest of the team.",
			action:
				'I set up a conversation with him and went through the examples. He took it fairly well and we agreed a plan.',
			result: 'Things improved over the next couple of months and the audit went fine.'
		}
	},

	// --- Describe a deadline your team missed. When did you first know, and what did you do?
	{
		id: 'delivery-strong',
		questionId: 'delivery-missed-deadline',
		grade: 'strong',
		answer: {
			situation:
				'Last spring my team of six was building a new onboarding flow for our small-business customers, due at the end of April to line up with a marketing campaign.',
			task: 'I owned the date. The campaign spend was already booked, so a miss meant paying for traffic that would land on the old flow.',
			action:
				"I first knew in the third week of March, when I compared our burn-up against the remaining scope and saw we were running about three weeks behind. The identity-verification integration was taking far longer than we'd planned. I didn't wait for it to get clearer. That afternoon I told my manager and the marketing lead, with the numbers, and I gave them three options: cut the document upload step and ship on time, keep the scope and slip three weeks, or move the campaign. I recommended cutting the upload, because our data showed only about 5% of sign-ups needed it. Marketing couldn't accept that, so we agreed to move the campaign two weeks and cut a smaller piece. I then re-planned with the team, pulled one engineer off our on-call rotation for a month, and set up a twice-weekly check-in with the verification vendor, which is what had been blocking us.",
			result:
				'We shipped on May 14th, two weeks late, and marketing shifted their spend with no money wasted. Sign-up completion went from 61% to 74% in the first month. Looking back, I should have pushed for a spike on the vendor integration in the first week, since it was our riskiest piece; now I always schedule the riskiest integration first.'
		}
	},
	{
		id: 'delivery-mediocre',
		questionId: 'delivery-missed-deadline',
		grade: 'mediocre',
		answer: {
			situation:
				'We had a big release planned for the end of Q2 that included a new reporting feature.',
			task: 'As the manager I was responsible for making sure we hit the date.',
			action:
				"About a month before, it became clear we weren't going to make it because a few things took longer than expected. We let the stakeholders know and we worked with product to figure out a new plan. The team put in some extra hours and we prioritised the most important pieces.",
			result:
				'We ended up releasing about three weeks late. The stakeholders were understanding and the feature was well received when it launched.'
		}
	},
	{
		id: 'delivery-hedging',
		questionId: 'delivery-missed-deadline',
		grade: 'flawed',
		flaw: 'hedging',
		answer: {
			situation:
				'So, basically, we had a migration that was supposed to be done by the end of the quarter, moving our reporting jobs onto the new data platform.',
			task: "I was kind of the one responsible for the timeline, I guess, since I'd put together the plan.",
			action:
				"I think I first sort of realised we were behind maybe six weeks out, when the first batch of jobs took way longer to port than I'd estimated. I kind of tried to get a sense of how bad it was, so I went through the remaining jobs with the two engineers and we basically re-estimated everything. It was probably about four weeks of extra work. I guess I could have flagged it sooner, but I told my manager and the analytics lead that week, and I suggested we maybe move the least-used reports to the next quarter. I sort of negotiated which ones could wait with the analytics lead, and I moved one engineer off a side project to help.",
			result:
				'We ended up, I think, about two weeks late on the main set, and the rest moved into the next quarter. It was kind of fine in the end, and I guess what I learned is to maybe re-estimate earlier.'
		}
	},

	// --- Give an example of when you said no to a request from a senior stakeholder.
	{
		id: 'stakeholders-strong',
		questionId: 'stakeholders-saying-no',
		grade: 'strong',
		answer: {
			situation:
				'Last year our VP of Sales asked my team to build a custom export for one large prospect, a bank that was close to signing.',
			task: 'We were two weeks from launching single sign-on, which about forty existing customers were waiting on, and my team was the only one that could build either. So I had to decide, and if I said no, I had to do it in a way that kept the relationship.',
			action:
				'Before answering, I dug into what the bank actually needed. I got on a call with the account executive and found out the export was really about a monthly audit report. I asked one of my engineers for a rough size: about three weeks of work, mostly one-off. So I went back to the VP with a no to the custom build, and I showed what it would cost: pushing SSO back by three weeks, with two renewals that depended on it. I also brought an alternative. Our existing CSV export, plus a short guide our solutions engineer could walk them through, covered most of what the audit needed. I offered to join the call with the bank myself.',
			result:
				'The VP agreed, a bit reluctantly at first. The bank signed a month later using the standard export, SSO shipped on time, and both renewals closed. The VP has since come to me earlier with requests, before promises are made to a customer, which was the part I cared most about. What I took from it is that a no lands much better with the cost and an alternative attached.'
		}
	},
	{
		id: 'stakeholders-mediocre',
		questionId: 'stakeholders-saying-no',
		grade: 'mediocre',
		answer: {
			situation: "A senior leader asked my team to add a feature that wasn't on our roadmap.",
			task: "I had to push back because we didn't have capacity.",
			action:
				'I explained to them that we had other priorities and that adding the feature would put our roadmap at risk. We had a discussion about it and they understood our position. We agreed to look at it again next quarter.',
			result:
				'We were able to stay focused on our priorities and deliver the roadmap. The stakeholder was fine with the outcome.'
		}
	},
	{
		id: 'stakeholders-jargon',
		questionId: 'stakeholders-saying-no',
		grade: 'flawed',
		flaw: 'jargon',
		answer: {
			situation:
				'Our CPO came to us wanting us to spin up a new AI-powered insights dashboard for a strategic account, basically as a fast follow to the Q3 roadmap.',
			task: 'My team was already at capacity driving the platform modernisation, which was our north star for the half, so I needed to push back while keeping us aligned with leadership.',
			action:
				'I leveraged our quarterly planning framework to socialise the trade-offs with the CPO. I set up a sync with the key stakeholders to level-set on bandwidth and make sure everyone was aligned on priorities. I put together a deck that showed how the ask would impact our velocity and deprioritise the modernisation workstream, and I proposed we circle back on it once we had more bandwidth in Q4. I also partnered with the product org to identify some quick wins we could deliver to move the needle for the account in the meantime.',
			result:
				'The CPO agreed to deprioritise the dashboard, and we kept our velocity on the modernisation, which landed at the end of the half. We also delivered two quick wins for the account, which helped us build synergies with the sales org going forward.'
		}
	},

	// --- Describe how you made the case for paying down technical debt instead of building new features.
	{
		id: 'technical-strong',
		questionId: 'technical-debt-vs-features',
		grade: 'strong',
		answer: {
			situation:
				'My team owned the search service at an e-commerce company. It was about eight years old, and every feature we shipped took longer than the last one.',
			task: "Product wanted three new filters for the autumn season. I believed we needed a quarter on the indexing pipeline first, and I had to convince my product manager and my director of that with evidence, not just engineers' frustration.",
			action:
				"I started by getting numbers. I went back through our last twenty tickets and had the team tag how much time went to working around the old pipeline: it was roughly 40% of our effort. I also pulled the incident log, which showed that six of our nine pages that year came from the indexer. Then I wrote a one-page proposal that put it in product terms: if we spent eight weeks on the pipeline, each filter would take three weeks instead of about eight, and we'd cut the risk of slow pages in our busiest weeks. I walked my PM through it first, before the director, and took on her main objection, which was that she'd lose a quarter. So we agreed to ship the simplest filter first, during the rebuild, to show progress.",
			result:
				"We got the quarter. After the rebuild, the next two filters took three weeks each, down from about eight before, and indexer pages dropped from six to one over the following year. My PM now brings maintenance work into planning herself. What I learned is that debt gets funded when you price it in the other side's currency, so these days I track workaround time as a standing number."
		}
	},
	{
		id: 'technical-mediocre',
		questionId: 'technical-debt-vs-features',
		grade: 'mediocre',
		answer: {
			situation: 'Our codebase had a lot of technical debt that was slowing us down.',
			task: 'I wanted to get time on the roadmap to fix it.',
			action:
				"I talked to my product manager about how the debt was affecting the team. We discussed it a few times and I explained that if we didn't fix it, things would keep getting slower. Eventually we agreed to spend 20% of each sprint on tech debt.",
			result:
				'The team was happier and we were able to make progress on the debt. It was a good compromise between features and maintenance.'
		}
	},
	{
		id: 'technical-outcome',
		questionId: 'technical-debt-vs-features',
		grade: 'flawed',
		flaw: 'outcome',
		answer: {
			situation:
				"At my last company, our mobile app's build system was a mess. Builds were slow and flaky, and the engineers were really frustrated.",
			task: 'I wanted to convince our head of product to give us a dedicated track for build and test infrastructure instead of the two new features planned for the half.',
			action:
				'I started by collecting data. I surveyed the eleven mobile engineers and I pulled build times from our CI for the previous three months. I put together a proposal and presented it at the product leadership meeting, and I followed up one to one with the head of product to answer her questions. I agreed a plan with her where two engineers would work on the build system while the rest carried on with features, and I set up a fortnightly review so she could see progress.',
			result:
				'Over the next six months the two engineers closed 140 tickets, we held twelve demos for the product team, and we migrated 30 modules to the new build setup. I also ran four workshops to teach the rest of the team the new tools.'
		}
	},

	// --- Tell me about a time you got someone promoted.
	{
		id: 'growth-strong',
		questionId: 'growth-promotion-case',
		grade: 'strong',
		answer: {
			situation:
				"On my last team, Ana was a mid-level engineer who'd been doing senior-level work for a while, but she'd been passed over in the previous promotion round.",
			task: "I'd just become her manager, and I wanted to understand why it hadn't happened and build a case that would actually get through the committee this time.",
			action:
				"I started by reading the feedback from the last round. The committee's concern was that her impact was mostly inside our team, and the senior bar asked for influence beyond it. So in our next one-to-one I was upfront with her about that, and we agreed a plan for the next six months. I gave her the lead on our service's move to the new auth platform, which meant working with three other teams, and I made sure she presented the design at the architecture review instead of me. Along the way I kept a running doc of specific examples, with links to her design docs and the feedback from the other teams' leads. When the cycle came round, I wrote the promotion packet with her, and I asked two of those other leads for written endorsements. In calibration, one director questioned whether a single project was enough, and I walked through the three teams she'd unblocked.",
			result:
				'She was promoted to senior that cycle, and a year later she was tech lead for the platform. What I took from it is that a promotion case is built over months, not written in a week, so these days I start the running doc for each person on day one.'
		}
	},
	{
		id: 'growth-mediocre',
		questionId: 'growth-promotion-case',
		grade: 'mediocre',
		answer: {
			situation: 'I had an engineer on my team who was ready for promotion.',
			task: 'I wanted to help him get promoted to senior.',
			action:
				"I gave him some bigger projects and I gave him feedback along the way. When it came to promotion time, I wrote up his case and presented it to the promotion committee. I made sure to highlight all the good work he'd done.",
			result:
				'He got promoted, and he was really happy about it. It felt good to help someone on my team grow.'
		}
	},
	{
		id: 'growth-off-question',
		questionId: 'growth-promotion-case',
		grade: 'flawed',
		flaw: 'off-question',
		answer: {
			situation:
				'Sure. The one that comes to mind is when we rebuilt our notification service. It was sending about two million emails a day and falling over every Monday morning.',
			task: 'I was the engineering manager, and I needed to get it stable before our busiest season.',
			action:
				"I started by getting the team together and mapping out where the failures were coming from. I found the queue was the bottleneck, so I worked with our staff engineer on a design to split it by priority. I ran the project in two-week milestones, I handled the communication with the support team so they knew what was coming, and I made sure we had load tests in place before each release. When we hit a problem with the email provider's rate limits, I negotiated a higher limit with them directly.",
			result:
				'We went from weekly outages to none in the three months after launch, and delivery time dropped from up to an hour to under a minute. One of the engineers who worked on it, Sam, got a lot of visibility from it, and he was promoted later that year.'
		}
	},

	// --- What is the hardest feedback you have ever received, and what did you do with it?
	{
		id: 'feedback-strong',
		questionId: 'feedback-hardest-received',
		grade: 'strong',
		answer: {
			situation:
				'The hardest one came in my first year as a manager, from my skip-level, after a 360 review.',
			task: "She told me my team saw me as a bottleneck: I was reviewing every design and most pull requests, and people felt I didn't trust them. It stung, because I thought I was being helpful, but she was clear that it was holding the team back and that it'd come up again at my review if nothing changed.",
			action:
				"My first reaction was to defend myself, and honestly I did a bit of that in the meeting. Afterwards I went back to the 360 comments and read them properly, and I asked two of my engineers directly, one to one, for specific examples. They were kind but clear: I'd rewritten one person's design over a weekend without asking. So I made three changes. I stopped approving designs myself and set up a review rota where the senior engineers signed off. I took myself off the required reviewers list. And I told the team in our retro what I'd heard and what I was changing, and asked them to call it out if I slipped.",
			result:
				"Our median pull request wait went from about two days to under half a day over the next quarter, and two of the seniors started leading design reviews. In my next 360, trust came up as a strength. What I took from it is that the help I like giving isn't always the help people need, and since then I ask what kind of input someone wants before I give it."
		}
	},
	{
		id: 'feedback-mediocre',
		questionId: 'feedback-hardest-received',
		grade: 'mediocre',
		answer: {
			situation: 'I once got feedback from my manager that I needed to communicate more.',
			task: 'I wanted to take the feedback on board and improve.',
			action:
				'I thought about it and realised she had a point. I started sending more updates to the team and to stakeholders, and I tried to be more proactive about sharing information in meetings. I also asked for feedback more often to check I was improving.',
			result:
				'My communication got better and my manager noticed the improvement. I think it made me a better leader overall.'
		}
	},
	{
		id: 'feedback-too-short',
		questionId: 'feedback-hardest-received',
		grade: 'flawed',
		flaw: 'too-short',
		answer: {
			situation: 'My manager told me I was too hard on people in code review.',
			task: 'I wanted to fix it.',
			action:
				'I started softening how I wrote my comments and I asked a teammate to tell me if I slipped.',
			result: 'People said reviews felt better after that. I learned to think about tone.'
		}
	}
];
