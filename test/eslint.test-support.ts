/**
 * The project's ESLint (eslint.config.js) run on a piece of code as if it were
 * saved at a path: for the tests that show its rules catching forbidden code.
 */
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** Call in a describe: the first lint loads the config and its plugins, seconds on a busy machine. */
export const loadEslintFirst = () => beforeAll(() => eslint.lintText('', { filePath: join(root, 'src/shared/x.ts') }), 60_000);

/** What ESLint finds in `code` saved as `file` (relative to the repository), as "rule: the offending line". */
export async function findings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${code.split('\n')[m.line - 1]!.trim()}`);
}
