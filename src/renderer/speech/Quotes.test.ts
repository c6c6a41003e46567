// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '@shared/i18n';
import type { Speech } from '@model/schema';
import Quotes from './Quotes.svelte';

const speech = (id: string, text: string, more: Partial<Speech> = {}): Speech => ({
  id,
  speaker: 'Thomas Bach',
  role: { en: 'IOC President', fr: 'président du CIO' },
  text,
  lang: 'en',
  chapter: 'speeches',
  source: 'a test',
  ...more,
});

const seine = speech('seine', "sensational, or dare I say, 'Seine-sational.'", {
  lead: { en: "On the athletes' performances:", fr: 'À propos de Paris 2024 :' },
  translation: { fr: 'sensationnels, ou, oserais-je dire, “Seine-sationnels”.' },
});
const newEra = speech('new-era', 'Olympic Games of a new era');

let component: ReturnType<typeof mount> | null = null;

function render(quotes: Speech[], lang: Lang = 'en'): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  component = mount(Quotes, { target, props: { quotes, lang } });
  flushSync();
  return target;
}

afterEach(() => {
  if (component) unmount(component);
  component = null;
  document.body.innerHTML = '';
});

describe('Quotes', () => {
  it('shows a quote inside a quote with curly single marks, and a lead with a curly apostrophe', () => {
    const shown = render([seine]);
    expect(shown.querySelector('blockquote q')?.textContent).toBe('sensational, or dare I say, ‘Seine-sational.’');
    expect(shown.textContent).toContain('On the athletes’ performances:');
    expect(shown.textContent).not.toMatch(/['"]/);
  });

  it('names the speaker once under the quotes, with the role in the show’s language', () => {
    expect([...render([seine, newEra]).querySelectorAll('.speaker')].map((p) => p.textContent)).toEqual(['Thomas Bach, IOC President']);
    unmount(component!);
    expect([...render([seine, newEra], 'fr').querySelectorAll('.speaker')].map((p) => p.textContent)).toEqual(['Thomas Bach, président du CIO']);
  });

  it('in the language spoken, shows the words alone, marked with their language', () => {
    const shown = render([seine], 'en');
    expect(shown.querySelector('blockquote q')?.getAttribute('lang')).toBe('en');
    expect(shown.querySelector('[data-testid="spoken"]')).toBeNull();
  });

  it('in another language, sets our translation as the main words, in that language, with the words spoken below, labelled as such', () => {
    const shown = render([seine, newEra], 'fr');
    const main = [...shown.querySelectorAll('blockquote > q.main')];
    expect(main.map((q) => q.textContent)).toEqual(['sensationnels, ou, oserais-je dire, “Seine-sationnels”.', 'Olympic Games of a new era']);
    expect(main.map((q) => q.getAttribute('lang'))).toEqual(['fr', 'en']);
    const spoken = shown.querySelectorAll('[data-testid="spoken"]');
    // new-era has no translation: nothing is made up for it, its words stay the main ones.
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.textContent).toBe('Prononcé en anglais\u202f: sensational, or dare I say, ‘Seine-sational.’');
    expect(spoken[0]!.querySelector('q')?.getAttribute('lang')).toBe('en');
    expect(shown.querySelector('.lead')?.textContent).toBe('À propos de Paris 2024 :');
  });

  it('gives the quotes the same size class in both languages: the one the words spoken call for', () => {
    const english = render([seine, newEra], 'en').querySelector('.quotes')!.className;
    unmount(component!);
    expect(render([seine, newEra], 'fr').querySelector('.quotes')!.className).toBe(english);
  });
});
