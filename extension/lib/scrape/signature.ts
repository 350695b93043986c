/** The sender's title from an email signature: the line under their name, when it reads like a title. */

export interface SignatureRole {
  title?: string;
  company?: string;
}

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
// Contact lines, not a role: addresses, links, phone numbers.
const CONTACT = /@|https?:|www\.|\d{3}|^(?:tel|phone|mobile|m|t|p|e|w)[:.]/i;
const SPLIT = /\s+(?:\||·|•|–|—|-|at|@)\s+/;

function asRole(line: string | undefined): SignatureRole {
  if (!line || line.length > 100 || CONTACT.test(line) || !/\p{L}/u.test(line)) return {};
  const [title, company] = line.split(SPLIT).map((part) => part.trim());
  return { ...(title ? { title } : {}), ...(company ? { company } : {}) };
}

/**
 * Looks at the end of a message (its last 10 lines) for the sender's full name on a line of its
 * own, as signatures write it, and reads the line under it ("VP of Operations | Northwind").
 */
export function roleFromSignature(lines: string[], person: { full: string; first_name?: string }): SignatureRole {
  const tail = lines.filter((line) => line.trim()).slice(-10);
  const full = norm(person.full);
  if (!full.includes(' ')) return {};
  for (let i = tail.length - 2; i >= 0; i--) {
    const line = norm((tail[i] ?? '').replace(/^--\s*/, ''));
    if (line === full || (line.startsWith(full) && line.length - full.length <= 12)) return asRole(tail[i + 1]);
  }
  return {};
}
