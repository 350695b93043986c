/**
 * The built-in prompt strategies, one per industry family: read-only, version 1, always active.
 * Each says how to approach and build the message; none holds example messages or facts to
 * claim (the rules of the system prompt still decide what may be said).
 */
import type { Template } from '@personalizer/shared';

type Builtin = Omit<Template, 'version' | 'status' | 'builtin' | 'updated_at'>;

const BUILTINS: Builtin[] = [
  {
    template_id: 'builtin-saas',
    name: 'SaaS and developer tools',
    industries: [
      'saas',
      'software',
      'developer tools',
      'devtools',
      'api',
      'cloud',
      'platform',
      'open source',
      'devops',
    ],
    angle:
      "How the lead's team builds and ships: their stack, workflow and the engineering trade-offs a role like theirs owns.",
    structure:
      'Greeting; one line on something concrete in their product, stack or workflow; one line connecting the offer to that workflow; a closing question about fit.',
    instructions:
      'Write peer to peer, as to a technical reader: name tools from the tech stack only when the data lists them; no hype, no buzzwords; prefer a specific workflow over generic "productivity".',
  },
  {
    template_id: 'builtin-healthcare',
    name: 'Healthcare',
    industries: [
      'healthcare',
      'health',
      'hospital',
      'clinic',
      'medical',
      'patient',
      'pharma',
      'biotech',
      'health care',
    ],
    angle: 'Patient outcomes and the load on clinical and administrative staff, with care for trust and compliance.',
    structure:
      'Greeting; the reason for writing tied to their care setting or role; how the offer relates to staff time or patient experience, hedged; a low-pressure question.',
    instructions:
      'Sober and respectful; never imply clinical results, safety or regulatory status the data does not state; avoid urgency entirely; mention privacy only if the offer covers it.',
  },
  {
    template_id: 'builtin-logistics',
    name: 'Logistics and supply chain',
    industries: [
      'logistics',
      'supply chain',
      'freight',
      'shipping',
      'warehouse',
      'fleet',
      'transport',
      'carrier',
      'delivery',
    ],
    angle: 'Operational flow: visibility, handoffs between carriers, warehouses and customers, and exceptions.',
    structure:
      'Greeting; one operational detail from the company context; where the offer fits in that flow; a short question about how they handle it today.',
    instructions:
      'Concrete and plain-spoken, like operations people talk; name the part of the flow (tracking, dispatch, dock, last mile) the data supports; no promises of savings or on-time rates.',
  },
  {
    template_id: 'builtin-fintech',
    name: 'Fintech and financial services',
    industries: [
      'fintech',
      'finance',
      'financial',
      'payments',
      'banking',
      'bank',
      'lending',
      'insurance',
      'accounting',
    ],
    angle: 'Risk, accuracy and control: how money and data move, and who must answer for it.',
    structure:
      'Greeting; the reason for writing from their product or role; the offer in terms of control or accuracy; a precise, low-friction question.',
    instructions:
      'Precise and careful; no claims about returns, compliance certifications or fraud reduction unless they are proof points; keep it short, finance readers skim.',
  },
  {
    template_id: 'builtin-manufacturing',
    name: 'Manufacturing',
    industries: ['manufacturing', 'factory', 'industrial', 'production', 'plant', 'machinery', 'automotive', 'oem'],
    angle: 'The production floor: uptime, quality and the people who run lines and maintenance.',
    structure:
      'Greeting; a detail about what they make or how; where the offer touches production, quality or maintenance; a practical question.',
    instructions:
      'Practical and direct; respect that change on a plant floor is costly; no numbers on downtime or yield unless the data has them; avoid software jargon.',
  },
  {
    template_id: 'builtin-agencies',
    name: 'Agencies and services',
    industries: [
      'agency',
      'agencies',
      'services',
      'consulting',
      'consultancy',
      'marketing',
      'design',
      'studio',
      'professional services',
    ],
    angle: 'Client work: delivery for clients, utilisation and how the firm wins and keeps accounts.',
    structure:
      'Greeting; a detail about their clients, services or positioning; how the offer helps them deliver or win work; a light question.',
    instructions:
      'Conversational and human; treat them as experts in their craft; do not name their clients unless the data does; no flattery beyond one specific observation from the data.',
  },
];

/** The built-ins as templates (version 1, active), in a fixed order: earlier ones win ties. */
export const BUILTIN_TEMPLATES: readonly Template[] = BUILTINS.map((b) => ({
  ...b,
  version: 1,
  status: 'active',
  builtin: true,
  updated_at: null,
}));

export function builtinTemplate(template_id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.template_id === template_id);
}
