// What every journey shares: the accessibility scan and the local mailbox.
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Fails the journey when axe finds any WCAG A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
}

export type Mail = { id: string; to: string; subject: string; text: string; sentAt: string; attachments: string[] };

/** Waits for the newest mail to `to` whose subject matches, delivered after `since`, and returns its first link. */
export async function linkFromMailbox(request: APIRequestContext, to: string, subject: RegExp, since: Date): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get('/dev/mailbox.json')).json()) as Mail[];
        const mail = mails.find((m) => m.to === to && subject.test(m.subject) && new Date(m.sentAt) >= since);
        link = mail?.text.match(/https?:\/\/\S+/)?.[0];
        return link;
      },
      { message: `a mail to ${to} matching ${subject}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return link!;
}
