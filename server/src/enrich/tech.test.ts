import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../test-support/fixture-sites.ts';
import { parseHtml } from './page.ts';
import type { FetchedPage } from './safe-fetch.ts';
import { definedGlobals, detectTechnologies, MAX_TECH_STACK, signalsOf } from './tech.ts';

const detect = (...pages: FetchedPage[]) => detectTechnologies(pages.map((p) => signalsOf(parseHtml(p.html), p)));

const page = (html: string, headers: Record<string, string[]> = {}): FetchedPage => ({
  url: 'https://acme.com/',
  status: 200,
  headers: { 'content-type': ['text/html'], ...headers },
  html,
});

describe('detectTechnologies on the saved sites', () => {
  it('finds Next.js, React, HubSpot, Google Tag Manager and Cloudflare on a Next.js site', () => {
    expect(detect(...fixtureSite('northwind.test'))).toEqual(
      expect.arrayContaining(['Next.js', 'React', 'HubSpot', 'Google Tag Manager', 'Cloudflare']),
    );
  });

  it('finds Shopify, Klaviyo and Google Analytics on a Shopify store', () => {
    expect(detect(...fixtureSite('bramblebirch.test'))).toEqual(
      expect.arrayContaining(['Shopify', 'Klaviyo', 'Google Analytics', 'Cloudflare']),
    );
  });

  it('finds WordPress (and a plugin that requires it), PHP, Nginx, Stripe and jQuery', () => {
    expect(detect(...fixtureSite('kestrel.test'))).toEqual(
      expect.arrayContaining(['WordPress', 'Yoast SEO', 'PHP', 'Nginx', 'Stripe', 'jQuery']),
    );
  });
});

describe('each kind of signal', () => {
  it.each([
    ['a script host', page('<script src="https://js.stripe.com/v3/"></script>'), 'Stripe'],
    ['a generator meta tag', page('<meta name="generator" content="WordPress 6.5">'), 'WordPress'],
    ['an x-powered-by header', page('<p>hi</p>', { 'x-powered-by': ['Next.js'] }), 'Next.js'],
    ['a server header', page('<p>hi</p>', { server: ['cloudflare'] }), 'Cloudflare'],
    ['a cookie name', page('<p>hi</p>', { 'set-cookie': ['_shopify_y=abc; Path=/'] }), 'Shopify'],
    ['a global an inline script defines', page('<script>var _hsq = window._hsq = [];</script>'), 'HubSpot'],
    ['an HTML comment', page('<!-- Start of Async HubSpot Analytics Code -->'), 'HubSpot'],
  ])('detects from %s', (_kind, input, name) => {
    expect(detect(input)).toContain(name);
    expect(detect(page('<p>hi</p>'))).not.toContain(name);
  });

  it('reads the globals that inline scripts assign, and element ids', () => {
    const globals = definedGlobals(
      `var _hsq = window._hsq || []; window['Intercom'] = f; Shopify.shop = "x"; if (a == b) c();`,
      ['__NEXT_DATA__', 'not-an-identifier'],
    );
    expect([...globals].sort()).toEqual(['Intercom', 'Shopify', 'Shopify.shop', '__NEXT_DATA__', '_hsq']);
  });
});

describe('bounds', () => {
  const SCRIPTS = [
    'https://code.jquery.com/jquery-3.7.1.min.js',
    'https://www.googletagmanager.com/gtm.js?id=GTM-X',
    'https://www.google-analytics.com/analytics.js',
    'https://static.hotjar.com/c/hotjar-123.js',
    'https://js.hs-scripts.com/1.js',
    'https://js.stripe.com/v3/',
    'https://cdn.segment.com/analytics.js/v1/x/analytics.min.js',
    'https://static.klaviyo.com/onsite/js/klaviyo.js',
    'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js',
    'https://connect.facebook.net/en_US/fbevents.js',
    'https://snap.licdn.com/li.lms-analytics/insight.min.js',
    'https://js.driftt.com/include/1/abc.js',
    'https://static.zdassets.com/ekr/snippet.js',
    'https://cdn.optimizely.com/js/123.js',
    'https://www.google.com/recaptcha/api.js',
    'https://cdn.cookielaw.org/scripttemplates/otSDKStub.js',
    'https://consent.cookiebot.com/uc.js',
    'https://cdn.amplitude.com/libs/amplitude-8.js',
    'https://script.crazyegg.com/pages/scripts/1.js',
    'https://cdn.heapanalytics.com/js/heap-1.js',
    'https://fast.wistia.com/assets/external/E-v1.js',
    'https://player.vimeo.com/api/player.js',
    'https://maps.googleapis.com/maps/api/js',
    'https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js',
    'https://cdn.shopify.com/s/files/x.js',
    'https://assets.calendly.com/assets/external/widget.js',
    'https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js',
    'https://www.clarity.ms/tag/abc',
    'https://plausible.io/js/script.js',
    'https://static.addtoany.com/menu/page.js',
    'https://cdn.ampproject.org/v0.js',
    'https://unpkg.com/alpinejs@3.13.0/dist/cdn.min.js',
    'https://kit.fontawesome.com/abc.js',
    'https://static.cloudflareinsights.com/beacon.min.js',
    'https://cdn.jsdelivr.net/npm/vue@3.4.21/dist/vue.global.prod.js',
    'https://cdnjs.cloudflare.com/ajax/libs/lodash.js/4.17.21/lodash.min.js',
    'https://js.sentry-cdn.com/abc.min.js',
    'https://www.googletagservices.com/tag/js/gpt.js',
    'https://cdn.matomo.cloud/acme.matomo.cloud/matomo.js',
    'https://js.hsforms.net/forms/v2.js',
  ];
  const withScripts = (srcs: string[]) => page(srcs.map((src) => `<script src="${src}"></script>`).join('\n'));

  it(`keeps at most ${MAX_TECH_STACK} technologies`, () => {
    const half = Math.floor(SCRIPTS.length / 2);
    const found = new Set([
      ...detect(withScripts(SCRIPTS.slice(0, half))),
      ...detect(withScripts(SCRIPTS.slice(half))),
    ]);
    expect(found.size).toBeGreaterThan(MAX_TECH_STACK);
    const all = detect(withScripts(SCRIPTS));
    expect(all).toHaveLength(MAX_TECH_STACK);
    expect(all.every((name) => name.length <= 60)).toBe(true);
  });
});
