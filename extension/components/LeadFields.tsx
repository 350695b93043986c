import type { LeadField, ScrapedLead, ScrapeResult } from '@/lib/scrape/types';

const FIELDS: [LeadField, string][] = [
  ['first_name', 'First name'],
  ['last_name', 'Last name'],
  ['title', 'Title'],
  ['company_name', 'Company'],
  ['domain', 'Domain'],
  ['email', 'Email'],
];

/** Where a field's value came from, in the SDR's words. */
export const SOURCE_NAMES: Record<string, string> = {
  h1: 'LinkedIn profile',
  'document.title': 'LinkedIn profile',
  'og:title': 'LinkedIn profile',
  'json-ld': 'LinkedIn profile',
  headline: 'LinkedIn headline',
  'current-company': 'LinkedIn profile',
  experience: 'LinkedIn experience',
  'compose-recipient': 'Gmail recipient',
  'thread-sender': 'Gmail sender',
  signature: 'Gmail signature',
  'email-domain': 'email domain',
  'company-page': 'LinkedIn company',
  'company-website': 'company website',
  typed: 'typed by you',
};

/** The lead, editable, each field with a chip saying where its value came from. */
export function LeadFields(props: {
  lead: ScrapedLead;
  sources: ScrapeResult['sources'];
  onChange: (lead: ScrapedLead, sources: ScrapeResult['sources']) => void;
}) {
  const { lead, sources } = props;
  return (
    <fieldset className="lead-fields">
      <legend className="visually-hidden">Lead</legend>
      {FIELDS.map(([field, label]) => {
        const source = sources[field];
        return (
          <div className="field" key={field}>
            <label htmlFor={`lead-${field}`}>{label}</label>
            {source && lead[field] && (
              <span className="chip" data-testid={`source-${field}`}>
                {SOURCE_NAMES[source] ?? source}
              </span>
            )}
            <input
              id={`lead-${field}`}
              name={field}
              value={lead[field] ?? ''}
              onChange={(e) => props.onChange({ ...lead, [field]: e.target.value }, { ...sources, [field]: 'typed' })}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
