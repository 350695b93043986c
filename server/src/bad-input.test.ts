/**
 * Generated malformed bodies: every one must get a 4xx ApiError, never a 5xx, never a model call,
 * and the server must stay healthy.
 */
import { ApiError } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest } from '../test-support/fixtures.ts';
import { useApiSuite } from '../test-support/suites.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const base = {
  ...structuredClone(emailRequest),
  constraints: { max_words: 120, variant_count: 3 },
} as unknown as Record<string, Json>;

function deep(depth: number): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

const WRONG_VALUES: [string, Json][] = [
  ['null', null],
  ['number', 42],
  ['boolean', true],
  ['array', ['a']],
  ['object', { a: 1 }],
  ['huge string', 'x'.repeat(20_000)],
  ['null byte', 'Dana\u0000'],
  ['lone surrogate', '\ud800'],
  ['deep nesting', deep(200)],
  ['mongo operator', { $gt: '' }],
  ['negative', -1],
  ['array of nulls', [null]],
];

/** Every leaf path of the valid request. */
function leafPaths(value: Json, prefix: string[] = []): string[][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  }
  return [prefix];
}

function withValue(path: string[], value: Json | undefined): Record<string, Json> {
  const copy = structuredClone(base);
  let node = copy as Record<string, Json>;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, Json>;
  }
  const last = path.at(-1) as string;
  if (value === undefined) delete node[last];
  // defineProperty keeps "__proto__" an own key, as JSON.parse would make it.
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function malformedBodies(): [string, string][] {
  const cases: [string, string][] = [];
  const add = (name: string, body: unknown) =>
    cases.push([name, typeof body === 'string' ? body : JSON.stringify(body)]);
  const paths = leafPaths(base);
  for (const path of paths) {
    for (const [name, value] of WRONG_VALUES) {
      // A string where a string is expected is only wrong when it is huge or broken.
      const current = path.reduce<Json>((n, k) => (n as Record<string, Json>)[k] as Json, base);
      if (typeof value === 'string' && typeof current !== 'string' && !Array.isArray(current)) continue;
      // Values of the field's own valid type are not malformed.
      if (typeof value === 'number' && value > 0 && typeof current === 'number') continue;
      if (Array.isArray(value) && Array.isArray(current) && value.every((v) => typeof v === 'string')) continue;
      add(`${path.join('.')} = ${name}`, withValue(path, value));
    }
  }
  for (const required of [['channel'], ['tone'], ['goal'], ['lead'], ['lead', 'first_name']]) {
    add(`missing ${required.join('.')}`, withValue(required, undefined));
  }
  for (const key of ['__proto__', 'constructor', 'prototype', 'admin', 'variants']) {
    add(`top-level ${key}`, `{${JSON.stringify(key)}: {"polluted": true}, ${JSON.stringify(base).slice(1)}`);
    add(`lead.${key}`, withValue(['lead', key], { polluted: true }));
    add(`company_context.${key}`, withValue(['company_context', key], { polluted: true }));
    add(`constraints.${key}`, withValue(['constraints', key], 1));
  }
  for (const [name, channel] of [
    ['lowercase', 'email'],
    ['zero-width space', 'EMAIL\u200b'],
    ['dotted capital I', 'EMAİL'],
    ['fullwidth', 'ＥＭＡＩＬ'],
    ['RTL override', '\u202eLIAME'],
    ['emoji', '📧'],
    ['empty', ''],
  ]) {
    add(`channel ${name}`, withValue(['channel'], channel as string));
  }
  for (const [name, maxWords] of [
    ['zero', 0],
    ['negative', -10],
    ['float', 50.5],
    ['too many', 10_000],
    ['string', '100'],
  ] as [string, Json][]) {
    add(`max_words ${name}`, withValue(['constraints', 'max_words'], maxWords));
  }
  for (const [name, count] of [
    ['zero', 0],
    ['four', 4],
    ['float', 1.5],
  ] as [string, Json][]) {
    add(`variant_count ${name}`, withValue(['constraints', 'variant_count'], count));
  }
  add('max_words overflowing to Infinity', JSON.stringify(base).replace(/}$/, ',"constraints":{"max_words":1e309}}'));
  add('keywords too many', withValue(['company_context', 'keywords'], Array(21).fill('x')));
  add('keywords with empty entry', withValue(['company_context', 'keywords'], ['ok', '']));
  add('tech stack nested arrays', withValue(['company_context', 'tech_stack'], [['Go']]));
  add('email not an address', withValue(['lead', 'email'], 'dana at northwind'));
  add('email with header injection', withValue(['lead', 'email'], 'dana@northwind.io\r\nBcc: x@y.z'));
  add('profile url javascript', withValue(['lead', 'profile_url'], 'javascript:alert(1)'));
  add('profile url data', withValue(['lead', 'profile_url'], 'data:text/html,hi'));
  add('domain with path', withValue(['lead', 'domain'], 'northwind.io/evil'));
  add('SMS with subjects', { ...withValue(['channel'], 'SMS'), constraints: { include_subjects: true } });
  for (const raw of [
    '',
    'null',
    '[]',
    '123',
    '"text"',
    'true',
    '{',
    '{"channel":',
    "{'channel': 'EMAIL'}",
    '{"a":1,}',
    'NaN',
    '\u0000',
    '[[[[[[[[[[',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
  ]) {
    add(`raw ${JSON.stringify(raw.slice(0, 20))}`, raw);
  }
  return cases;
}

const { fake, api } = useApiSuite();

describe('bad input', () => {
  const bodies = malformedBodies();

  it('generates at least 200 malformed bodies', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(200);
  });

  it('answers every one with a 4xx ApiError, no 5xx, no model call, and stays healthy', async () => {
    const wrong: string[] = [];
    for (const [name, body] of bodies) {
      const res = await api().call('POST', '/personalize', body);
      const parsed = ApiError.safeParse(res.json);
      if (res.status < 400 || res.status >= 500 || !parsed.success)
        wrong.push(`${name}: ${res.status} ${res.text.slice(0, 120)}`);
    }
    expect(wrong.join('\n')).toBe('');
    expect(fake().requests).toHaveLength(0);
    expect((await api().call('GET', '/health')).status).toBe(200);
  });

  it('rejects malformed select and replay bodies the same way', async () => {
    const id = 'req_00000000000000000000';
    for (const body of [
      '{',
      '[]',
      '{"variant_index": -1}',
      '{"variant_index": 0, "x": 1}',
      '{"variant_index": 0, "edited_message": "\\u0000"}',
    ]) {
      const res = await api().call('POST', `/personalize/${id}/select`, body);
      expect(res.status, body).toBe(400);
      ApiError.parse(res.json);
    }
    for (const body of ['{"provider": "gpt"}', '{"temperature": 5}', '{"model": ""}', '{"__proto__": {}}']) {
      const res = await api().call('POST', `/personalize/${id}/replay`, body);
      expect(res.status, body).toBe(400);
    }
  });

  it('rejects a body sent as text/plain', async () => {
    const res = await api().call('POST', '/personalize', JSON.stringify(base), { 'content-type': 'text/plain' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    ApiError.parse(res.json);
  });
});
