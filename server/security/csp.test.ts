import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  createNonce,
  PERMISSIONS_POLICY,
  securityHeaders,
  tileSourceFromTemplate,
  type CspOptions,
} from './csp';

const base: CspOptions = {
  nonce: null,
  tileSource: null,
  frameAncestors: "frame-ancestors 'none'",
  development: false,
};

/** Directive name -> its source list. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) {
      expect(map.has(name), `${name} given twice`).toBe(false);
      map.set(name, sources);
    }
  }
  return map;
}

describe('buildContentSecurityPolicy', () => {
  it('allows only the own origin by default, with no inline or eval escape hatches in production', () => {
    const d = directives(buildContentSecurityPolicy(base));
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('font-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    // The service worker: its own origin only, stated because script-src's 'strict-dynamic' would not cover it.
    expect(d.get('worker-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(buildContentSecurityPolicy(base)).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('puts the nonce on scripts (with strict-dynamic) and on style elements (without it)', () => {
    const d = directives(buildContentSecurityPolicy({ ...base, nonce: 'abc+/=' }));
    expect(d.get('script-src')).toEqual(["'self'", "'nonce-abc+/='", "'strict-dynamic'"]);
    // The map picture's <style nonce>; no 'unsafe-inline', so style attributes stay refused.
    expect(d.get('style-src')).toEqual(["'self'", "'nonce-abc+/='"]);
  });

  it('adds the tile host to images only, and only when configured', () => {
    const d = directives(buildContentSecurityPolicy({ ...base, tileSource: 'https://*.tile.example.org' }));
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://*.tile.example.org']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('passes the operator frame-ancestors directive through', () => {
    const d = directives(
      buildContentSecurityPolicy({ ...base, frameAncestors: "frame-ancestors 'self' https://intranet.example.org" }),
    );
    expect(d.get('frame-ancestors')).toEqual(["'self'", 'https://intranet.example.org']);
  });

  it('relaxes eval and inline styles for next dev only', () => {
    const d = directives(buildContentSecurityPolicy({ ...base, development: true }));
    expect(d.get('script-src')).toContain("'unsafe-eval'");
    expect(d.get('style-src')).toContain("'unsafe-inline'");
  });
});

describe('tileSourceFromTemplate', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://tiles-{s}.maps.example.com:8443/{z}/{x}/{y}', 'https://*.maps.example.com:8443'],
    ['http://192.168.1.20:8080/tiles/{z}/{x}/{y}.png', 'http://192.168.1.20:8080'],
    ['HTTPS://Tiles.Example.ORG/{z}/{x}/{y}.png?key=1', 'https://tiles.example.org'],
    ['http://localhost:8081/{z}/{x}/{y}.png', 'http://localhost:8081'],
    ['http://[::1]:8081/{z}/{x}/{y}.png', 'http://[::1]:8081'],
  ])('%s -> %s', (template, expected) => {
    expect(tileSourceFromTemplate(template)).toBe(expected);
  });

  it.each([
    'ftp://tiles.example.org/{z}/{x}/{y}',
    'https://user:secret@tiles.example.org/{z}/{x}/{y}',
    'https://{s}.org/{z}/{x}/{y}',
    "https://tiles.example.org; script-src *'/{z}",
    'javascript:alert(1)',
    '/tiles/{z}/{x}/{y}.png',
  ])('refuses %s', (template) => {
    expect(tileSourceFromTemplate(template)).toBeNull();
  });
});

describe('securityHeaders', () => {
  it('sends the fixed headers with every policy', () => {
    const h = securityHeaders(base);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(h['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
    expect(PERMISSIONS_POLICY.split(', ')).toContain('geolocation=(self)');
    for (const feature of ['camera', 'microphone', 'payment', 'usb'])
      expect(PERMISSIONS_POLICY.split(', ')).toContain(`${feature}=()`);
  });

  it('denies framing with X-Frame-Options only when no ancestor is allowed', () => {
    expect(securityHeaders(base)['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders({ ...base, frameAncestors: "frame-ancestors 'self'" })['X-Frame-Options']).toBeUndefined();
    expect(
      securityHeaders({ ...base, frameAncestors: 'frame-ancestors https://a.example' })['X-Frame-Options'],
    ).toBeUndefined();
  });
});

describe('createNonce', () => {
  it('gives 128-bit base64 values that differ every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i += 1) {
      const n = createNonce();
      expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      seen.add(n);
    }
    expect(seen.size).toBe(1000);
  });
});
