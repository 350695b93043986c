/**
 * Writes guardrails.json: grounded messages for varied inputs, each also with one planted fault
 * whose risk-flag code is the label. Run: node test/corpus/generate.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

interface Entry {
  id: string;
  request: Record<string, unknown>;
  variant: { subject: string | null; message: string };
  expected: string[];
}

const inputs = [
  {
    request: {
      channel: 'EMAIL',
      tone: 'PROFESSIONAL',
      goal: 'Book a 20-minute intro call about shipment analytics',
      lead: { first_name: 'Dana', last_name: 'Reyes', title: 'VP of Operations', company_name: 'Northwind Logistics' },
      company_context: {
        summary: 'Northwind Logistics runs freight visibility software for 300 mid-size shippers.',
        keywords: ['freight visibility', 'mid-size shippers'],
        tech_stack: ['Snowflake', 'Segment'],
      },
      constraints: { max_words: 200 },
    },
    subject: 'Freight visibility at Northwind',
    clean: [
      'Hi Dana,\n\nI noticed Northwind Logistics focuses on freight visibility for mid-size shippers. As VP of Operations, you probably want shipment data that turns into decisions quickly.\n\nWould a 20-minute intro call next week be useful?',
      'Hello Dana,\n\nYour team supports 300 mid-size shippers, and clean shipment analytics matter at that scale. Since you already run Snowflake and Segment, the data is likely there.\n\nAre you open to a short intro call?',
      'Dear Dana,\n\nFreight visibility is hard to get right for operations leaders. I would like to share how shipment analytics could help Northwind Logistics.\n\nCould we find 20 minutes to talk?',
    ],
  },
  {
    request: {
      channel: 'LINKEDIN',
      tone: 'FRIENDLY',
      goal: 'Start a conversation about hiring data engineers',
      lead: { first_name: 'Priya', title: 'Head of Data', company_name: 'Lumen Health' },
      company_context: {
        summary: 'Lumen Health builds patient scheduling tools for clinics.',
        keywords: ['patient scheduling', 'clinics'],
        tech_stack: ['dbt', 'BigQuery'],
      },
      constraints: { max_words: 120 },
    },
    subject: null,
    clean: [
      'Hi Priya, patient scheduling for clinics sounds like a fun data problem. How is hiring for data engineers going at Lumen Health?',
      'Hey Priya, I saw your team works with dbt and BigQuery. Would you be open to swapping notes on hiring data engineers?',
      'Hi Priya, as Head of Data at Lumen Health you must see a lot of scheduling data. Open to a quick chat about growing the team?',
    ],
  },
  {
    request: {
      channel: 'SMS',
      tone: 'DIRECT',
      goal: 'Confirm interest in a demo',
      lead: { first_name: 'Marco', company_name: 'Vela Bikes' },
      company_context: { keywords: ['e-bikes'], tech_stack: [] },
      constraints: { max_words: 50 },
    },
    subject: null,
    clean: [
      'Hi Marco, quick one about e-bikes at Vela Bikes. Want a short demo?',
      'Marco, following up for Vela Bikes. Interested in a demo this week?',
      'Hello Marco, we help e-bikes brands with service scheduling. Open to a demo?',
    ],
  },
  {
    request: {
      channel: 'EMAIL',
      tone: 'FRIENDLY',
      goal: 'Offer a free trial of our security review tool',
      lead: { first_name: 'Sam', last_name: 'Okafor', title: 'CTO', company_name: 'Quill Legal' },
      company_context: {
        summary: 'Quill Legal is a document automation startup that raised a Series A in 2025.',
        keywords: ['document automation', 'law firms'],
        tech_stack: ['AWS', 'Postgres'],
      },
      constraints: { max_words: 150 },
    },
    subject: 'Security reviews for Quill Legal',
    clean: [
      'Hi Sam,\n\nCongrats on the Series A. Document automation for law firms means security reviews come up in every deal. Would a free trial of our review tool help your team?',
      'Hi Sam,\n\nAs CTO of a document automation company on AWS and Postgres, you likely answer many security questionnaires. Want to try our tool on the next one?',
      'Hello Sam,\n\nLaw firms ask hard security questions before they buy. If that sounds familiar at Quill Legal, could I send over a free trial link?',
    ],
  },
  {
    request: {
      channel: 'LINKEDIN',
      tone: 'PROFESSIONAL',
      goal: 'Introduce our warehouse robotics consulting',
      lead: { first_name: 'Elena', last_name: 'García', title: 'Director of Fulfillment', company_name: 'Cartwell' },
      company_context: {
        summary: 'Cartwell operates 12 fulfillment centers across Spain.',
        keywords: ['fulfillment centers', 'same-day delivery'],
        tech_stack: ['Manhattan WMS'],
      },
      constraints: { max_words: 150 },
    },
    subject: null,
    clean: [
      'Hello Elena, running 12 fulfillment centers across Spain is no small task. Would you be open to a conversation about warehouse robotics?',
      'Hi Elena, same-day delivery puts pressure on every fulfillment team. As Director of Fulfillment at Cartwell, is robotics on your roadmap this year?',
      'Dear Elena, many teams on Manhattan WMS are looking at robotics next. Would a short call about options for Cartwell be useful?',
    ],
  },
  {
    request: {
      channel: 'EMAIL',
      tone: 'DIRECT',
      goal: 'Get a meeting about payroll software',
      lead: { first_name: 'Tom' },
      company_context: { keywords: [], tech_stack: [] },
      constraints: { max_words: 120 },
    },
    subject: 'Payroll question',
    clean: [
      'Hi Tom,\n\nI work on payroll software for growing teams. Would you be open to a short meeting to see if it fits?',
      'Hello Tom,\n\nPayroll tends to get harder as a company grows. Worth a quick meeting to compare notes?',
      'Tom,\n\nI will keep this short: we make payroll simpler. Can I show you in a brief meeting?',
    ],
  },
] as const;

// One planted fault per entry: [label, text to append or transform].
const FAULTS: [string, string, (m: string, first: string) => string][] = [
  ['num-pct', 'UNSOURCED_NUMBER', (m) => `${m} Teams like yours see 37% fewer delays.`],
  ['num-pct-space', 'UNSOURCED_NUMBER', (m) => `${m} Results improve by 25 % on average.`],
  ['num-words', 'UNSOURCED_NUMBER', (m) => `${m} It cut rework by fifteen percent.`],
  ['num-money', 'UNSOURCED_NUMBER', (m) => `${m} It saved $2M in a year.`],
  ['num-million', 'UNSOURCED_NUMBER', (m) => `${m} It handles 5 million requests.`],
  ['num-mult', 'UNSOURCED_NUMBER', (m) => `${m} Setup is 3x faster.`],
  ['num-count', 'UNSOURCED_NUMBER', (m) => `${m} Over 450 teams use it.`],
  ['num-year', 'UNSOURCED_NUMBER', (m) => `${m} We have done this since 2011.`],
  ['num-minutes', 'UNSOURCED_NUMBER', (m) => `${m} It takes 45 minutes to set up.`],
  ['customer-like', 'UNSOURCED_CLAIM', (m) => `${m} Companies like Stripe rely on it.`],
  ['customer-trusted', 'UNSOURCED_CLAIM', (m) => `${m} It is trusted by Fortune companies.`],
  ['customer-name', 'UNSOURCED_CLAIM', (m) => `${m} Our client Globex saw the same.`],
  ['funding', 'UNSOURCED_CLAIM', (m) => `${m} We recently raised our seed round.`],
  ['backed', 'UNSOURCED_CLAIM', (m) => `${m} We are backed by top investors.`],
  ['award', 'UNSOURCED_CLAIM', (m) => `${m} Our award-winning team can help.`],
  ['leader', 'UNSOURCED_CLAIM', (m) => `${m} We are the industry-leading option.`],
  ['ranked', 'UNSOURCED_CLAIM', (m) => `${m} Gartner named us a visionary.`],
  ['spam-guaranteed', 'SPAM_PHRASE', (m) => `${m} Results guaranteed.`],
  ['spam-act-now', 'SPAM_PHRASE', (m) => `${m} Act now!`],
  ['spam-limited', 'SPAM_PHRASE', (m) => `${m} This is a limited time offer.`],
  ['spam-risk-free', 'SPAM_PHRASE', (m) => `${m} It is completely risk-free.`],
  ['spam-click', 'SPAM_PHRASE', (m) => `${m} Click here to see more.`],
  ['spam-obligation', 'SPAM_PHRASE', (m) => `${m} There is no obligation at all.`],
  ['spam-urgent', 'SPAM_PHRASE', (m) => `${m} This is urgent.`],
  [
    'no-greeting',
    'MISSING_GREETING',
    (m, first) =>
      m.replace(new RegExp(`^(Hi|Hello|Hey|Dear)?\\s*${first},?\\s*`), '').replace(/^./, (c) => c.toUpperCase()),
  ],
  ['no-cta', 'MISSING_CTA', (m) => m.replace(/[^.!\n]*\?\s*$/, 'Thanks for reading.')],
  ['placeholder', 'UNFILLED_PLACEHOLDER', (m) => `${m} Best, [Your Name]`],
];

const entries: Entry[] = [];
inputs.forEach((input, i) => {
  const first = input.request.lead.first_name;
  input.clean.forEach((message, j) => {
    const id = `in${i}-m${j}`;
    entries.push({
      id: `${id}-clean`,
      request: input.request,
      variant: { subject: input.subject, message },
      expected: [],
    });
    for (const [name, code, plant] of FAULTS) {
      // "free" is sourced in the free-trial input, so spam there is planted with other words only.
      entries.push({
        id: `${id}-${name}`,
        request: input.request,
        variant: { subject: input.subject, message: plant(message, first) },
        expected: [code],
      });
    }
  });
});

writeFileSync(path.join(import.meta.dirname, 'guardrails.json'), `${JSON.stringify(entries, null, 1)}\n`);
console.log(`${entries.length} entries`);
