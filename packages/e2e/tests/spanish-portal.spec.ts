// Issue 14: a contractor whose browser speaks Spanish (es-US) opens the opt-in link from their email,
// reads and completes the opt-in in Spanish, lands on their coverage page in Spanish and is mailed in
// Spanish from then on; switching to English works and is remembered on the next visit.
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
});
