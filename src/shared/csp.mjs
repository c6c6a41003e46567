// @ts-check
/**
 * The app's Content Security Policy: only its own origin, no inline script,
 * no network. The build writes it into index.html's meta tag (cspMeta in
 * electron.vite.config.ts) and main sends it as a header on every response, as
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

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * `html` with the policy as its meta tag, after the charset's: the page as the
 * renderer build writes it and the security scan reads it.
 * @param {string} html
 */
export function withCspMeta(html) {
  if (!CHARSET.test(html)) throw new Error('index.html: no <meta charset="…"> to put the Content-Security-Policy after');
  return html.replace(CHARSET, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
}
