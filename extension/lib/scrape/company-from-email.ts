// Personal mailboxes say nothing about the company.
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'mail.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
  'tutanota.com',
  'qq.com',
  '163.com',
  'web.de',
  'free.fr',
  'orange.fr',
  'mail.ru',
]);
const FREE_MAIL_FAMILIES = /^(yahoo|ymail|hotmail|outlook|live|yandex|gmx)\.[a-z.]+$/;

/** Domain and a readable company name from a work email; nothing for free-mail domains. */
export function companyFromEmail(email: string): { domain?: string; company_name?: string } {
  const domain = email.split('@')[1]?.trim().toLowerCase();
  if (!domain?.includes('.') || FREE_MAIL.has(domain) || FREE_MAIL_FAMILIES.test(domain)) return {};
  const labels = domain.split('.');
  // acme-robotics.co.uk → "acme-robotics": skip second-level suffixes like co/com/org.
  const tail = labels.length > 2 && /^(co|com|org|net|ac|gov)$/.test(labels.at(-2) ?? '') ? 3 : 2;
  const name = labels[labels.length - tail] ?? labels[0] ?? '';
  const company_name = name
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
  return { domain, company_name };
}
