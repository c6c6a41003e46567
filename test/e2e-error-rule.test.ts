/**
 * Every end-to-end spec takes `test` and `expect` from e2e/support/test.ts,
 * whose rule fails a test on any page error or console error or warning it
 * did not declare. A spec that took them from @playwright/test would slip
 * past that rule unseen: ESLint forbids it (eslint.config.js, run by
 * `npm run lint`), and here its rule is shown the imports that would.
 */
import { describe, expect, it } from 'vitest';
import { findings, loadEslintFirst } from './eslint.test-support';

const RULE = '@typescript-eslint/no-restricted-imports: ';

/** The restricted-import findings in `code` saved as an e2e spec, as the offending lines. */
async function bypasses(code: string): Promise<string[]> {
  return (await findings('e2e/new.spec.ts', code)).filter((f) => f.startsWith(RULE)).map((f) => f.slice(RULE.length));
}

describe('the suite error rule', () => {
  loadEslintFirst();

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
