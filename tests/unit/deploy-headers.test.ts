import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  nginxSnippet,
  pageScriptHashes,
  securityHeaders,
} from '../../deploy/headers.mjs';

const headers = securityHeaders(pageScriptHashes('.'));

describe('deployment headers', () => {
  it('public/_headers and deploy/nginx.conf are up to date (else: npm run headers)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile(headers));
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxSnippet(headers));
  });

  it('sends a full policy with frame-ancestors for the embed, nosniff and a referrer policy', () => {
    const csp = headers['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'self' https:");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });

  it('leaves frame-ancestors out of the meta tag, which cannot carry it', () => {
    expect(contentSecurityPolicy(['x'], { header: false })).not.toContain('frame-ancestors');
  });
});
