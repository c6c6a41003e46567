// @ts-check
/**
 * The app's Content Security Policy: only its own origin, no inline script,
 * no network. index.html carries the same text in a meta tag (a unit test
 * keeps the two equal) and main sends it as a header on every response, as
 * the static server for browsers and tests does (scripts/serve.mjs). Plain
 * JavaScript, type-checked from its JSDoc, so that Node runs the server with
 * no build and both send the same text.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
