/**
 * Every end-to-end spec takes `test` and `expect` from e2e/support/test.ts,
 * whose rule fails a test on any page error or console error or warning it
 * did not declare. A spec that took them from @playwright/test would slip
 * past that rule unseen: checked here by reading the specs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const e2e = resolve(import.meta.dirname, '../e2e');

/** The values (not types) a piece of code imports from @playwright/test. */
function playwrightValuesIn(code: string): string[] {
  const names: string[] = [];
  for (const statement of ts.createSourceFile('spec.ts', code, ts.ScriptTarget.Latest).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== '@playwright/test') continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) names.push(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push(`* as ${bindings.name.text}`);
    if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) if (!e.isTypeOnly) names.push((e.propertyName ?? e.name).text);
  }
  return names;
}

describe('the suite error rule', () => {
  it('is not bypassed: no spec takes test or expect from @playwright/test', () => {
    const specs = readdirSync(e2e).filter((f) => f.endsWith('.spec.ts'));
    expect(specs.length).toBeGreaterThan(10);
    const bypassing = specs.flatMap((f) =>
      playwrightValuesIn(readFileSync(join(e2e, f), 'utf8'))
        .filter((name) => name === 'test' || name === 'expect' || name.startsWith('* as'))
        .map((name) => `${f} imports ${name} from @playwright/test`),
    );
    expect(bypassing).toEqual([]);
  });

  it('reads imports as TypeScript does (the check itself)', () => {
    const code = `
      import { expect, test, type Page } from '@playwright/test';
      import type { Locator } from '@playwright/test';
      import { _electron as electron } from '@playwright/test';
      import * as pw from '@playwright/test';
      import { test as other } from './support/test';`;
    expect(playwrightValuesIn(code)).toEqual(['expect', 'test', '_electron', '* as pw']);
  });
});
