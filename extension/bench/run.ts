/** Built sizes of the extension and scrape time per fixture, next to their targets. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { scrapeGmail } from '../lib/scrape/gmail.ts';
import { scrapeLinkedIn } from '../lib/scrape/linkedin.ts';
import { scrapeLinkedInCompany } from '../lib/scrape/linkedin-company.ts';

const OUT = path.resolve(import.meta.dirname, '../.output/chrome-mv3');
const FIXTURES = path.resolve(import.meta.dirname, '../lib/scrape/fixtures');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const all = files(OUT);
const size = (f: string) => statSync(f).size;
const gz = (f: string) => gzipSync(readFileSync(f)).length;
console.log('\nExtension build (.output/chrome-mv3)');
for (const script of all.filter((f) => f.includes('content-scripts/'))) {
  console.log(`  ${path.basename(script).padEnd(28)} ${kb(size(script)).padStart(10)} minified  target <= 30 KB`);
}
const panelJs = all.filter((f) => /chunks\/.*\.js$|sidepanel.*\.js$/.test(f));
const raw = panelJs.reduce((t, f) => t + size(f), 0);
const zipped = panelJs.reduce((t, f) => t + gz(f), 0);
console.log(`  ${'side panel JS'.padEnd(28)} ${kb(raw).padStart(10)} raw, ${kb(zipped)} gzip  target <= 250 KB gzip`);
const background = all.find((f) => f.endsWith('background.js'));
if (background) console.log(`  ${'background.js'.padEnd(28)} ${kb(size(background)).padStart(10)}`);

console.log('\nScrape time per fixture (happy-dom document, median of 200 runs)  target <= 20 ms');
for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.html'))) {
  const window = new Window({ url: 'https://www.linkedin.com/in/bench/' });
  window.document.write(readFileSync(path.join(FIXTURES, name), 'utf8'));
  const doc = window.document as unknown as Document;
  const scrape = name.startsWith('gmail')
    ? () => scrapeGmail(doc)
    : name.includes('company')
      ? () => scrapeLinkedInCompany(doc, 'https://www.linkedin.com/company/bench/about/')
      : () => scrapeLinkedIn(doc, 'https://www.linkedin.com/in/bench/');
  // A scrape that finds nothing would time an empty page: refuse to report it.
  const found = scrape().lead;
  if (!found.first_name && !found.company_name)
    throw new Error(`${name}: the scraper found no name; the benchmark is broken`);
  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    const start = performance.now();
    scrape();
    if (i >= 20) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(28)} ${(times[times.length >> 1] ?? 0).toFixed(3)} ms`);
  await window.happyDOM.close();
}
