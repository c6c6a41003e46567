/**
 * ESLint: the recommended rules of ESLint, typescript-eslint and
 * eslint-plugin-svelte, and the project's own boundaries (conventions.md):
 *
 * - the layers: src/shared is pure and imports only itself; src/model imports
 *   src/shared; main and preload import src/shared; the renderer imports
 *   src/shared and src/model; main, preload and renderer never import each other;
 * - src/shared and src/model are pure: no electron, node:*, svelte or DOM globals;
 * - production code never imports a test's helper (*.test-support.ts, test-support/);
 * - every e2e spec takes `test` and `expect` from e2e/support/test.ts, whose rule
 *   fails a test on any page or console error it did not declare.
 *
 * test/layering.test.ts and test/e2e-error-rule.test.ts run these rules on
 * forbidden code, so they cannot silently stop catching it.
 */
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const CODE = '**/*.{ts,mts,js,mjs,svelte}';
const TESTS = ['**/*.test.ts', '**/*.test-support.ts', 'test-support/**'];
/** `/` inside esquery's regular expressions, which end at the first slash. */
const SLASH = '\\x2F';

/** A module specifier that reaches src/<layer> (by path or by the @shared/@model aliases), as a regular expression. */
const reaches = (layers) => `^((\\.\\.${SLASH})+|[@~]${SLASH}?)(${layers.join('|')})(${SLASH}|$)`;
const ELECTRON = `^electron(${SLASH}|$)`;
const IMPURE = `^(electron|svelte)(${SLASH}|$)|^node:`;
const TEST_SUPPORT = `\\.test-support(\\.ts)?$|(^|${SLASH})test-support${SLASH}|^vitest(${SLASH}|$)`;

/** One layer's forbidden imports, static (import, export from) and dynamic (import(), require(), import('x').T). */
function forbid(layer, patterns) {
  const regex = patterns.map(([source]) => `(${source})`).join('|');
  const message = `src/${layer} may not import this (${patterns.map(([, what]) => what).join('; ')}): see the layers in eslint.config.js`;
  return {
    'no-restricted-imports': ['error', { patterns: patterns.map(([source, what]) => ({ regex: source, message: `src/${layer} may not import ${what}.` })) }],
    'no-restricted-syntax': [
      'error',
      ...[
        `ImportExpression > Literal.source[value=/${regex}/]`,
        `CallExpression[callee.name='require'] > Literal.arguments[value=/${regex}/]`,
        `TSImportType Literal[value=/${regex}/]`,
      ].map((selector) => ({ selector, message })),
    ],
  };
}

const NO_TEST_SUPPORT = [TEST_SUPPORT, 'a test’s helper or vitest'];
const LAYERS = {
  shared: [
    [reaches(['model', 'main', 'preload', 'renderer']), 'src/model, src/main, src/preload or src/renderer'],
    [IMPURE, 'electron, node:* or svelte (it is pure)'],
    NO_TEST_SUPPORT,
  ],
  model: [
    [reaches(['main', 'preload', 'renderer']), 'src/main, src/preload or src/renderer'],
    [IMPURE, 'electron, node:* or svelte (it is pure)'],
    NO_TEST_SUPPORT,
  ],
  main: [[reaches(['model', 'preload', 'renderer']), 'src/model, src/preload or src/renderer'], NO_TEST_SUPPORT],
  preload: [[reaches(['model', 'main', 'renderer']), 'src/model, src/main or src/renderer'], NO_TEST_SUPPORT],
  renderer: [[reaches(['main', 'preload']), 'src/main or src/preload'], [ELECTRON, 'electron'], NO_TEST_SUPPORT],
};

/** Globals a pure module may not touch: it runs in main, preload and renderer alike. */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'requestAnimationFrame', 'HTMLElement', 'customElements'];

export default tseslint.config(
  { ignores: ['out/', 'test-results/', 'playwright-report/', '.bench/', 'node_modules/', 'src/renderer/map/basemap/city-data/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a binding kept for its position (a callback's unused first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // typescript-eslint asks this of .ts files; a `let` that a callback reads before its one assignment (the callback is made first) cannot be a const.
    files: ['**/*.ts'],
    rules: { 'prefer-const': ['error', { ignoreReadBeforeAssign: true }] },
  },
  svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  ...Object.entries(LAYERS).map(([layer, patterns]) => ({ files: [`src/${layer}/${CODE}`], ignores: TESTS, rules: forbid(layer, patterns) })),
  {
    files: [`src/shared/${CODE}`, `src/model/${CODE}`],
    ignores: TESTS,
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/shared and src/model are pure: no DOM globals.' }))] },
  },
  {
    files: [`scripts/${CODE}`],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: TEST_SUPPORT, message: 'A script may not import a test’s helper or vitest.' }] }] },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter's pattern: `{}` is a fixture that needs none.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['e2e/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              allowTypeImports: true,
              message: 'Take test and expect from ./support/test: its rule fails a test on any page or console error it did not declare.',
            },
          ],
        },
      ],
    },
  },
);
