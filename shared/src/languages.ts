/** The languages a message can be written in, by BCP-47 primary subtag. */
import { z } from 'zod';

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English names for the prompt, native names for the panel. */
export const LANGUAGE_NAMES: Record<Language, { english: string; native: string }> = {
  en: { english: 'English', native: 'English' },
  es: { english: 'Spanish', native: 'Español' },
  fr: { english: 'French', native: 'Français' },
  de: { english: 'German', native: 'Deutsch' },
  pt: { english: 'Portuguese', native: 'Português' },
  it: { english: 'Italian', native: 'Italiano' },
  nl: { english: 'Dutch', native: 'Nederlands' },
};

/** "es-MX", "pt_BR", "DE" → the supported language, or null. */
export function languageOf(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** A BCP-47 tag whose language we write ("es", "es-MX", "de-AT"); kept as its primary subtag. */
export const LanguageTag = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i, 'must be a BCP-47 language tag such as es or de-AT')
  .transform((tag, ctx) => {
    const language = languageOf(tag);
    if (language) return language;
    ctx.addIssue({ code: 'custom', message: `must be one of ${LANGUAGES.join(', ')} (optionally with a region)` });
    return z.NEVER;
  });

/** The opt-out line each language's texts end with; carriers honour STOP, and BAJA in Spanish. */
export const SMS_OPT_OUT_TEXTS: Record<Language, string> = {
  en: 'Reply STOP to opt out.',
  es: 'Responde BAJA para no recibir más mensajes.',
  fr: 'Répondez STOP pour vous désinscrire.',
  de: 'Antworten Sie mit STOP, um sich abzumelden.',
  pt: 'Responda SAIR para não receber mais mensagens.',
  it: 'Rispondi STOP per non ricevere altri messaggi.',
  nl: 'Antwoord STOP om je af te melden.',
};
