// Issue 14: a contractor whose browser speaks Spanish (es-US) opens the opt-in link from their email,
// reads and completes the opt-in in Spanish, lands on their coverage page in Spanish and is mailed in
// Spanish from then on; switching to English works and is remembered on the next visit. A language
// chosen on one browser follows the contractor to a fresh one whose own language is English, and the
// agency's profile of the contractor says which language they prefer and which terms they signed.
import { expect, test, type Page } from '@playwright/test';
import { agencyGraphql, contractorAwaitingOptIn, expectAccessible, expectNoHorizontalScroll, linkFromMailbox, mailSince, signInAsAgencyRep, type Mail } from './support';

async function preferredLanguage(page: Page, contractorId: string) {
  const { contractor } = await agencyGraphql<{ contractor: { preferredLanguage: string } }>(page.request, 'query($id: ID!) { contractor(id: $id) { preferredLanguage } }', { id: contractorId });
  return contractor.preferredLanguage;
}

test.describe('the contractor portal in Spanish', () => {
  test('a contractor whose browser is es-US completes the opt-in in Spanish, is mailed in Spanish, and can switch to English for good', async ({ page, browser }) => {
    await signInAsAgencyRep(page);
    const since = await mailSince(page.request);
    const contractor = await contractorAwaitingOptIn(page, { firstName: 'Lucía', lastName: 'Morales', jobName: 'Turno de fin de semana' });
    const link = await linkFromMailbox(page.request, contractor.email, /^Confirm your coverage/, since);

    const spanish = await browser.newContext({ locale: 'es-US', viewport: { width: 360, height: 780 } });
    const portal = await spanish.newPage();
    await portal.goto(link);

    // The browser's language decides: the page, its title and <html lang> are Spanish.
    await expect(portal.getByRole('heading', { level: 1, name: 'Confirma tu cobertura' })).toBeVisible();
    await expect(portal.locator('html')).toHaveAttribute('lang', 'es');
    await expect(portal).toHaveTitle('Confirma tu cobertura · Coverline');
    await expect(portal.getByText('Paga tu agencia')).toBeVisible();
    await expect(portal.getByText(/Mi nombre escrito abajo es mi firma electrónica/)).toBeVisible();
    await expect(portal.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    // Dates and money for es-US: "10 dic 2026", not "Dec 10, 2026".
    await expect(portal.getByText(/^\d{1,2} [a-z]{3,4}\.? – \d{1,2} [a-z]{3,4}\.? \d{4}$|^\d{1,2} [a-z]{3,4}\.? \d{4}$/).first()).toBeVisible();
    await expectAccessible(portal);
    await expectNoHorizontalScroll(portal);

    // Submitting unsigned is refused in Spanish.
    await portal.getByRole('button', { name: 'Confirmar mi cobertura' }).click();
    await expect(portal.getByText('Acepta los términos para confirmar tu cobertura')).toBeVisible();
    await expect(portal.getByText('Escribe tu nombre completo para firmar', { exact: true }).last()).toBeVisible();
    await expectAccessible(portal);

    await portal.getByRole('checkbox', { name: 'Acepto los términos' }).check();
    await portal.getByRole('textbox', { name: 'Escribe tu nombre completo para firmar' }).fill(contractor.name);
    const signedAt = await mailSince(page.request);
    await portal.getByRole('button', { name: 'Confirmar mi cobertura' }).click();
    await expect(portal.getByRole('heading', { level: 1, name: 'Gracias, Lucía' })).toBeVisible();
    await expect(portal.getByText('Cubierto').first()).toBeVisible();
    await expectAccessible(portal);
    await expectNoHorizontalScroll(portal);

    await portal.getByRole('link', { name: 'Ir a mi cobertura' }).click();
    await expect(portal.getByRole('heading', { level: 1, name: 'Hola, Lucía' })).toBeVisible();
    await expect(portal.getByText('Tu cobertura:')).toBeVisible();
    await expect(portal.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
    await expectAccessible(portal);
    await expectNoHorizontalScroll(portal);

    // Signed in Spanish, the contractor's record says so and their certificate comes in Spanish.
    expect(await preferredLanguage(page, contractor.id)).toBe('ES');
    let certificateMail: Mail | undefined;
    await expect
      .poll(async () => {
        const mails = (await (await page.request.get('/dev/mailbox.json')).json()) as Mail[];
        certificateMail = mails.find((mail) => mail.to === contractor.email && new Date(mail.sentAt) >= signedAt && /^Tu certificado de seguro para /.test(mail.subject));
        return certificateMail?.subject;
      }, { timeout: 15_000 })
      .toBe('Tu certificado de seguro para Turno de fin de semana');
    expect(certificateMail?.text).toContain('Hola, Lucía:');

    // English, chosen here, stays on reload and becomes the language of the contractor's mail.
    await portal.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await expect(portal.getByRole('heading', { level: 1, name: 'Hello, Lucía' })).toBeVisible();
    await expect(portal.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => preferredLanguage(page, contractor.id)).toBe('EN');
    await portal.reload();
    await expect(portal.getByRole('heading', { level: 1, name: 'Hello, Lucía' })).toBeVisible();
    await expect(portal.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expectAccessible(portal);
    await expectNoHorizontalScroll(portal);
    await spanish.close();
  });

  test('the sign-in page of a Spanish browser is Spanish, with the switcher', async ({ browser }) => {
    const spanish = await browser.newContext({ locale: 'es-US' });
    const page = await spanish.newPage();
    await page.goto('/contractor/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tu cobertura' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Tu correo electrónico' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Enviarme mi enlace' }).click();
    await expect(page.getByText('Escribe una dirección de correo válida.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your coverage' })).toBeVisible();
    await expectAccessible(page);
    await spanish.close();
  });
  test("a language chosen on one browser wins over a new browser's English, stays remembered there, and the agency's profile shows it with the terms signed", async ({ page, browser }) => {
    // Three browsers, two apps and axe at two widths.
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAsAgencyRep(page);
    const since = await mailSince(page.request);
    const contractor = await contractorAwaitingOptIn(page, { firstName: 'Inés', lastName: 'Vidal', jobName: 'Turno de tarde' });
    const link = await linkFromMailbox(page.request, contractor.email, /^Confirm your coverage/, since);

    // On their phone, whose browser is English, they choose Spanish and sign in it.
    const phone = await browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 780 } });
    const onPhone = await phone.newPage();
    await onPhone.goto(link);
    await expect(onPhone.getByRole('heading', { level: 1, name: 'Confirm your coverage' })).toBeVisible();
    await onPhone.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await expect(onPhone.getByRole('heading', { level: 1, name: 'Confirma tu cobertura' })).toBeVisible();
    await onPhone.getByRole('checkbox', { name: 'Acepto los términos' }).check();
    await onPhone.getByRole('textbox', { name: 'Escribe tu nombre completo para firmar' }).fill(contractor.name);
    await onPhone.getByRole('button', { name: 'Confirmar mi cobertura' }).click();
    await expect(onPhone.getByRole('heading', { level: 1, name: 'Gracias, Inés' })).toBeVisible();
    await phone.close();
    expect(await preferredLanguage(page, contractor.id)).toBe('ES');

    // Later, a laptop whose browser is English and remembers nothing: their record's Spanish wins.
    // Who was signed in before (nobody) is answered late here, after the link's sign-in sent at the same time: the sign-in stands.
    const laptop = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    await laptop.route('**/graphql', async (route) => {
      if (!route.request().postData()?.startsWith('{"query":"query Viewer ')) return route.continue();
      const answer = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return route.fulfill({ response: answer });
    });
    const onLaptop = await laptop.newPage();
    expect(await onLaptop.evaluate(() => navigator.language)).toBe('en-US');
    await onLaptop.goto(link);
    await expect(onLaptop.getByRole('heading', { level: 1, name: 'Hola, Inés' })).toBeVisible();
    await expect(onLaptop.locator('html')).toHaveAttribute('lang', 'es');
    await expect(onLaptop.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    await expect(onLaptop.getByText(/^(Responsabilidad civil general|Compensación laboral)( y compensación laboral)?$/).first()).toBeVisible();
    await onLaptop.screenshot({ path: test.info().outputPath('contractor-page-1440.png'), fullPage: true });
    await expectAccessible(onLaptop);
    await expectNoHorizontalScroll(onLaptop);
    await onLaptop.setViewportSize({ width: 360, height: 780 });
    await expectAccessible(onLaptop);
    await expectNoHorizontalScroll(onLaptop);
    await onLaptop.screenshot({ path: test.info().outputPath('contractor-page-360.png'), fullPage: true });

    // Remembered on this browser: the next visit opens in Spanish from its first page.
    expect(await onLaptop.evaluate(() => window.localStorage.getItem('coverline.contractor.language'))).toBe('es');
    await onLaptop.goto('/contractor/');
    await expect(onLaptop.getByRole('heading', { level: 1, name: 'Hola, Inés' })).toBeVisible();
    await laptop.close();

    // The agency reads the language they prefer and the language and version of the terms they signed.
    await page.goto(`/agency/contractors/${contractor.id}`);
    await expect(page.getByRole('heading', { level: 1, name: contractor.name })).toBeVisible();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Prefers Spanish', { exact: true })).toBeVisible();
    const signed = page.getByRole('region', { name: 'Signed opt-ins' });
    await expect(signed.getByText(`as “${contractor.name}”`)).toBeVisible();
    await expect(signed.getByText(/^Terms signed in Spanish, version \d{4}-\d{2}$/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('agency-profile-1440.png'), fullPage: true });
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 360, height: 780 });
    await expect(signed.getByText(/^Terms signed in Spanish, version /)).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: test.info().outputPath('agency-profile-360.png'), fullPage: true });
  });
  test("a declined payment's reason is said in Spanish on the contractor's page, while the agency keeps the processor's words", async ({ page, browser }) => {
    await signInAsAgencyRep(page);
    const { contractors } = await agencyGraphql<{ contractors: { edges: { node: { id: string; firstName: string; email: string } }[] } }>(
      page.request,
      '{ contractors(filter: { coverageStatus: [PAYMENT_DECLINED] }, first: 1) { edges { node { id firstName email } } } }',
    );
    const declined = contractors.edges[0]?.node;
    expect(declined, 'a demo contractor whose payment was declined').toBeDefined();
    const { assignments } = await agencyGraphql<{ assignments: { edges: { node: { statusHistory: { reason: string | null }[] } }[] } }>(
      page.request,
      'query($id: ID!) { assignments(filter: { contractorId: $id, status: DECLINED }, first: 1) { edges { node { statusHistory { reason } } } } }',
      { id: declined!.id },
    );
    expect(assignments.edges[0]?.node.statusHistory.at(-1)?.reason).toMatch(/was declined: Your card was declined\.$/);

    // They ask for their link by email, as a signed-out contractor does.
    const since = await mailSince(page.request);
    const asked = await page.request.post('/graphql', { headers: { 'x-coverline-app': 'contractor' }, data: { query: 'mutation($e: String!) { requestContractorLink(email: $e) }', variables: { e: declined!.email } } });
    expect(asked.ok()).toBe(true);
    const link = await linkFromMailbox(page.request, declined!.email, /coverage link/, since);
    const spanish = await browser.newContext({ locale: 'es-US', viewport: { width: 360, height: 780 } });
    const portal = await spanish.newPage();
    await portal.goto(link);
    await expect(portal.getByRole('heading', { level: 1, name: `Hola, ${declined!.firstName}` })).toBeVisible();
    await expect(portal.getByText(/^Se rechazó el pago de \$[\d,]+\.\d{2}: tu banco rechazó el pago\. Actualiza tu tarjeta/)).toBeVisible();
    await expect(portal.getByText(/Your card was declined/)).toHaveCount(0);
    await expectAccessible(portal);
    await expectNoHorizontalScroll(portal);
    await portal.screenshot({ path: test.info().outputPath('declined-es-360.png'), fullPage: true });
    await spanish.close();
  });
});
