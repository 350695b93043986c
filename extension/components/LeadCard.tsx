import { useState } from 'react';
import type { LeadField, ScrapedLead, ScrapeResult } from '@/lib/scrape/types';
import { LeadFields, SOURCE_NAMES } from './LeadFields.tsx';

const FIELD_NAMES: Partial<Record<LeadField, string>> = {
  first_name: 'name',
  last_name: 'name',
  title: 'title',
  company_name: 'company',
  domain: 'domain',
  email: 'email',
};

/** Each source once, with the fields it filled ("LinkedIn profile: name, company"). */
export function provenance(
  lead: ScrapedLead,
  sources: ScrapeResult['sources'],
): { source: string; fields: string[] }[] {
  const bySource = new Map<string, Set<string>>();
  for (const [field, source] of Object.entries(sources) as [LeadField, string][]) {
    const name = FIELD_NAMES[field];
    if (!name || !lead[field]) continue;
    const label = SOURCE_NAMES[source] ?? source;
    bySource.set(label, (bySource.get(label) ?? new Set()).add(name));
  }
  return [...bySource].map(([source, fields]) => ({ source, fields: [...fields] }));
}

/** The lead at a glance (name, title, company, where each came from); expands to edit every field. */
export function LeadCard(props: {
  lead: ScrapedLead;
  sources: ScrapeResult['sources'];
  onChange: (lead: ScrapedLead, sources: ScrapeResult['sources']) => void;
}) {
  const { lead, sources } = props;
  const [editing, setEditing] = useState(false);
  const name = [lead.first_name, lead.last_name].filter(Boolean).join(' ');
  const role = [lead.title, lead.company_name].filter(Boolean).join(' · ');
  // Without a first name there is nothing to greet: the fields stay open.
  const open = editing || !lead.first_name;
  return (
    <section className="card lead-card" aria-label="Lead" data-testid="lead-card">
      <div className="lead-head">
        <div className="lead-who">
          <p className="lead-name" data-testid="lead-name">
            {name || 'No lead yet'}
          </p>
          {role && <p className="lead-role">{role}</p>}
        </div>
        {lead.first_name && (
          <button
            type="button"
            className="ghost small"
            aria-expanded={editing}
            aria-controls="lead-fields"
            onClick={() => setEditing(!editing)}
          >
            {editing ? 'Done' : 'Edit lead'}
          </button>
        )}
      </div>
      {!open && (
        <ul className="chips" aria-label="Where the lead came from">
          {provenance(lead, sources).map(({ source, fields }) => (
            <li key={source} className="chip">
              {source}: {fields.join(', ')}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div id="lead-fields">
          <LeadFields
            lead={lead}
            sources={sources}
            onChange={(next, nextSources) => {
              // Typed into: the fields stay open even once a name is there.
              setEditing(true);
              props.onChange(next, nextSources);
            }}
          />
        </div>
      )}
    </section>
  );
}
