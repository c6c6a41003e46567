// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { realContent } from '../../../test/real-content';
import Quotes from './Quotes.svelte';

const speeches = realContent().speeches;
let component: ReturnType<typeof mount> | null = null;

function render(ids: string[]): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  component = mount(Quotes, { target, props: { quotes: speeches.filter((s) => ids.includes(s.id)) } });
  flushSync();
  return target;
}

afterEach(() => {
  if (component) unmount(component);
  component = null;
  document.body.innerHTML = '';
});

describe('Quotes', () => {
  it('shows a quote inside a quote with curly single marks, while the data keeps the source’s straight ones', () => {
    expect(speeches.find((s) => s.id === 'seine-sational')?.text).toBe("sensational, or dare I say, 'Seine-sational.'");
    const shown = render(['seine-sational']).querySelector('blockquote q')?.textContent;
    expect(shown).toBe('sensational, or dare I say, ‘Seine-sational.’');
  });

  it('shows no straight quote mark or apostrophe in any excerpt or its lead', () => {
    const text = render(speeches.map((s) => s.id)).textContent ?? '';
    expect(text).toContain('On the athletes’ performances:');
    expect(text).not.toMatch(/['"]/);
  });

  it('names the speaker once under the quotes', () => {
    const speakers = render(['new-era', 'agenda-reforms']).querySelectorAll('.speaker');
    expect([...speakers].map((p) => p.textContent)).toEqual(['Thomas Bach, IOC President']);
  });
});
