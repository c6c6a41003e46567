import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { CONTENT_SECURITY_POLICY as SERVED_BY_SCRIPT } from '../../scripts/serve.mjs';

describe('content security policy', () => {
  it('scripts/serve.mjs sends the same CSP as the app protocol (its copy cannot import TypeScript)', () => {
    expect(SERVED_BY_SCRIPT).toBe(CONTENT_SECURITY_POLICY);
  });
});
