/**
 * Every end-to-end spec takes `test` and `expect` from e2e/support/test.ts,
 * whose rule fails a test on any page error or console error or warning it
 * did not declare. A spec that took them from @playwright/test would slip
 * past that rule unseen: ESLint forbids it (eslint.config.js, run by
 * `npm run lint`), and here its rule is shown the imports that would.
 */
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The restricted-import findings in `code` saved as an e2e spec, as the offending lines. */
async function bypasses(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, 'e2e/new.spec.ts') });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => code.split('\n')[m.line - 1]!.trim());
}

describe('the suite error rule', () => {
  // The first lint loads the config and its plugins: seconds on a busy machine.
  beforeAll(() => eslint.lintText('', { filePath: join(root, 'e2e/new.spec.ts') }), 60_000);

  it('cannot be bypassed: a spec may not take test or expect (or all) from @playwright/test', async () => {
    const code = [
      "import { expect, type Page } from '@playwright/test';",
      "import { test as base } from '@playwright/test';",
      "import * as pw from '@playwright/test';",
      'console.log(expect, base, pw);',
    ].join('\n');
    expect(await bypasses(code)).toEqual([
      "import { expect, type Page } from '@playwright/test';",
      "import { test as base } from '@playwright/test';",
      "import * as pw from '@playwright/test';",
    ]);
  });

  it('lets a spec take types and Electron from @playwright/test, and test from the suite', async () => {
    const code = [
      "import type { Locator, Page } from '@playwright/test';",
      "import { _electron as electron } from '@playwright/test';",
      "import { expect, test } from './support/test';",
      'export type Seen = [Locator, Page];',
      'console.log(electron, expect, test);',
    ].join('\n');
    expect(await bypasses(code)).toEqual([]);
  });
});
