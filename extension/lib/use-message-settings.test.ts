import { describe, expect, it } from 'vitest';
import { browserLanguage } from './use-message-settings.ts';

describe('the language the panel starts with', () => {
  it("is the browser's first language that messages can be written in", () => {
    expect(browserLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(browserLanguage(['sv-SE', 'de-AT', 'en'])).toBe('de');
  });

  it('is English when the browser names none of them', () => {
    expect(browserLanguage(['ja-JP', 'ko'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});
