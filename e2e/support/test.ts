/**
 * The suite's `test`: Playwright's, with one rule added to every spec. Each
 * uncaught error and each console error or warning of any page in the test's
 * browser context is collected, and the test fails on any it did not expect:
 * a show that logs an error a visitor never caused is broken, even when what
 * is on screen looks right. A test that causes one on purpose says so first:
 *
 *   expectErrors(/injected fault/);
 *
 * Every spec imports `test` and `expect` from here, not from @playwright/test.
 */
import { test as base, expect, type ConsoleMessage, type WebError } from '@playwright/test';

interface ErrorWatch {
  /** Declares errors or warnings this test causes on purpose: each pattern is matched against a message's text. */
  expectErrors: (...patterns: RegExp[]) => void;
  /** Collects the messages and fails the test on unexpected ones; on in every test. */
  errorWatch: void;
}

/** One message: its text, which the patterns are matched against, and how the failure lists it (its kind and its page). */
interface Message {
  text: string;
  line: string;
}

const fromConsole = (message: ConsoleMessage): Message => ({
  text: message.text(),
  line: `console.${message.type()}: ${message.text()} (${message.page()?.url() ?? 'no page'})`,
});
const fromError = (error: WebError): Message => ({
  text: error.error().message,
  line: `uncaught: ${error.error().message} (${error.page()?.url() ?? 'no page'})`,
});

export const test = base.extend<ErrorWatch & { expectedErrors: RegExp[] }>({
  expectedErrors: async ({}, use) => use([]),
  expectErrors: async ({ expectedErrors }, use) => use((...patterns) => void expectedErrors.push(...patterns)),
  errorWatch: [
    async ({ context, expectedErrors }, use) => {
      const messages: Message[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(fromConsole(message));
      };
      const onError = (error: WebError) => void messages.push(fromError(error));
      context.on('console', onConsole);
      context.on('weberror', onError);
      await use();
      context.off('console', onConsole);
      context.off('weberror', onError);
      const unexpected = messages.filter(({ text }) => !expectedErrors.some((pattern) => pattern.test(text))).map(({ line }) => line);
      expect(unexpected, 'errors or warnings in the page that the test did not cause on purpose (declare them with expectErrors)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
