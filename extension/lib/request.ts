import type { LinkedInTier, PersonalizeRequestInput } from '@personalizer/shared';
import type { ScrapedLead } from './scrape/types.ts';
import { canWriteInSteps, type MessageSettings } from './use-message-settings.ts';

/** The request body from what the panel holds; PersonalizeRequest checks it before it is sent. */
export function buildRequest(input: {
  settings: MessageSettings;
  lead: ScrapedLead;
  context: Pick<PersonalizeRequestInput, 'company_context' | 'lead_context' | 'context_sources'>;
  tier: LinkedInTier;
  templateId: string;
}): PersonalizeRequestInput {
  const { settings } = input;
  const linkedin = settings.channel === 'LINKEDIN';
  return {
    channel: settings.channel,
    tone: settings.tone,
    goal: settings.goal,
    lead: { first_name: '', ...input.lead },
    ...input.context,
    constraints: {
      max_words: settings.maxWords,
      ...(settings.channel === 'SMS' ? { sms_consent: settings.smsConsent } : {}),
    },
    ...(linkedin ? { linkedin_format: settings.format, linkedin_tier: input.tier } : {}),
    ...(settings.slot !== 'FULL' ? { slot: settings.slot } : {}),
    ...(settings.steps && canWriteInSteps(settings) ? { mode: 'MULTI_STEP' as const } : {}),
    ...(input.templateId ? { template_id: input.templateId } : {}),
    language: settings.language,
  };
}
