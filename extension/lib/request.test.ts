import { describe, expect, it } from 'vitest';
import { buildRequest } from './request.ts';
import type { MessageSettings } from './use-message-settings.ts';

const settings: MessageSettings = {
  goal: 'Book a call',
  tone: 'FRIENDLY',
  channel: 'LINKEDIN',
  format: 'CONNECTION_NOTE',
  maxWords: 30,
  slot: 'FULL',
  smsConsent: true,
  steps: true,
  language: 'en',
};
const context = { company_context: { keywords: ['freight'], tech_stack: [] } };

describe('buildRequest', () => {
  it('sends the LinkedIn format and tier, and writes in one call when the note is too short for steps', () => {
    const body = buildRequest({ settings, lead: { first_name: 'Dana' }, context, tier: 'FREE', templateId: '' });
    expect(body).toEqual({
      channel: 'LINKEDIN',
      tone: 'FRIENDLY',
      goal: 'Book a call',
      lead: { first_name: 'Dana' },
      company_context: { keywords: ['freight'], tech_stack: [] },
      constraints: { max_words: 30 },
      linkedin_format: 'CONNECTION_NOTE',
      linkedin_tier: 'FREE',
      language: 'en',
    });
  });

  it('sends the language chosen', () => {
    const body = buildRequest({
      settings: { ...settings, language: 'de' },
      lead: { first_name: 'Jonas' },
      context,
      tier: 'FREE',
      templateId: '',
    });
    expect(body.language).toBe('de');
  });

  it('sends consent for an SMS, steps and the template when they apply', () => {
    const sms = buildRequest({
      settings: { ...settings, channel: 'SMS', maxWords: 35 },
      lead: {},
      context,
      tier: 'FREE',
      templateId: 'builtin-saas',
    });
    expect(sms).toMatchObject({
      lead: { first_name: '' },
      constraints: { sms_consent: true },
      template_id: 'builtin-saas',
    });
    expect(sms).not.toHaveProperty('linkedin_format');
    const email = buildRequest({
      settings: { ...settings, channel: 'EMAIL', maxWords: 120 },
      lead: {},
      context,
      tier: 'FREE',
      templateId: '',
    });
    expect(email).toMatchObject({ mode: 'MULTI_STEP' });
    const part = buildRequest({
      settings: { ...settings, channel: 'EMAIL', slot: 'PS', maxWords: 25 },
      lead: {},
      context,
      tier: 'FREE',
      templateId: '',
    });
    expect(part).toMatchObject({ slot: 'PS' });
    expect(part).not.toHaveProperty('mode');
  });
});
