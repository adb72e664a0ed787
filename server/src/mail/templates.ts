// The words of every email. Each template returns subject, plain text and HTML built from the same lines.
// A status named in a mail is the word the apps show for it (ASSIGNMENT_STATUS_LABELS), a date is written as
// the apps write it (formatDate, formatDateRange), and the colour is the apps' brand colour (BRAND_COLOR).
// Mail to a contractor is written in their language (English or Spanish); mail to agencies and facilities is English.
import { ASSIGNMENT_STATUS_LABELS, BRAND_COLOR, DEFAULT_LANGUAGE, formatDate, type Language } from '@coverline/domain';

export type RenderedMail = { subject: string; text: string; html: string };

type Block = { paragraph: string } | { button: { label: string; url: string } } | { note: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The words around every mail's own lines, in each language. */
const FRAME: Record<Language, { pasteLink: string }> = {
  en: { pasteLink: 'Or paste this link into your browser:' },
  es: { pasteLink: 'O pega este enlace en tu navegador:' },
};

function render(subject: string, blocks: Block[], language: Language = DEFAULT_LANGUAGE): RenderedMail {
  const text = blocks
    .map((block) => ('paragraph' in block ? block.paragraph : 'button' in block ? `${block.button.label}: ${block.button.url}` : block.note))
    .join('\n\n');
  const body = blocks
    .map((block) => {
      if ('paragraph' in block) return `<p style="margin:0 0 16px">${escapeHtml(block.paragraph)}</p>`;
      if ('note' in block) return `<p style="margin:0 0 16px;color:#555;font-size:13px">${escapeHtml(block.note)}</p>`;
      const url = escapeHtml(block.button.url);
      return `<p style="margin:0 0 16px"><a href="${url}" style="display:inline-block;background:${BRAND_COLOR};color:#fff;font-weight:600;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(block.button.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#555;overflow-wrap:anywhere">${FRAME[language].pasteLink} ${url}</p>`;
    })
    .join('');
  const html = `<!doctype html><html lang="${language}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;max-width:560px;margin:24px auto;padding:0 16px"><p style="font-weight:700;color:${BRAND_COLOR}">Coverline</p>${body}</body></html>`;
  return { subject, text: `${text}\n\n— Coverline\n`, html };
}

export function teamInvitationMail(input: { agencyName: string; inviterName: string | null; url: string; expiresInDays: number }): RenderedMail {
  return render(`You're invited to ${input.agencyName} on Coverline`, [
    { paragraph: `${input.inviterName ?? 'Coverline'} invited you to manage contractor coverage for ${input.agencyName} on Coverline.` },
    { paragraph: 'Choose your password to finish setting up your sign-in.' },
    { button: { label: 'Set your password', url: input.url } },
    { note: `This link works once and expires in ${input.expiresInDays} days. If you did not expect it, you can ignore this email.` },
  ]);
}

/** To an address that already signs in to Coverline for another agency: the inviter is not told, the person is. */
export function teamInvitationElsewhereMail(input: { agencyName: string; inviterName: string | null }): RenderedMail {
  return render(`${input.agencyName} tried to invite you to Coverline`, [
    { paragraph: `${input.inviterName ?? 'Someone'} at ${input.agencyName} invited this address to their team on Coverline.` },
    { paragraph: 'This address already signs in to Coverline for another agency, and one address belongs to one agency, so the invitation could not be sent.' },
    { note: `To join ${input.agencyName}, ask them to invite another address of yours. We did not tell them that this address has a Coverline sign-in. If you did not expect this, you can ignore this email.` },
  ]);
}

export function passwordResetMail(input: { url: string; expiresInMinutes: number }): RenderedMail {
  return render('Reset your Coverline password', [
    { paragraph: 'Someone (we hope you) asked to reset the password of your Coverline sign-in.' },
    { button: { label: 'Choose a new password', url: input.url } },
    { note: `The link works once and expires in ${input.expiresInMinutes} minutes. If you did not ask for it, you can ignore this email: your password stays as it is.` },
  ]);
}

export function magicLinkMail(input: { url: string; expiresInMinutes: number }): RenderedMail {
  return render('Your Coverline Compliance Hub sign-in link', [
    { paragraph: 'Use the button below to sign in to the Coverline Compliance Hub.' },
    { button: { label: 'Sign in to the Compliance Hub', url: input.url } },
    { note: `The link works once and expires in ${input.expiresInMinutes} minutes. If you did not ask to sign in, you can ignore this email.` },
  ]);
}

export function facilityAccessMail(input: { facilityNames: string[]; inviterName: string; url: string; expiresInDays: number }): RenderedMail {
  return render(`You have access to ${input.facilityNames.join(', ')} on Coverline`, [
    {
      paragraph: `${input.inviterName} gave you access to the certificates of insurance for ${input.facilityNames.join(', ')} in the Coverline Compliance Hub.`,
    },
    { paragraph: 'There is no password: each time you want to sign in, ask for a link at the sign-in page, or use this one now.' },
    { button: { label: 'Open the Compliance Hub', url: input.url } },
    { note: `This link works once and expires in ${input.expiresInDays} days.` },
  ]);
}

export function contractorLinkMail(input: { firstName: string; agencyName: string; url: string; expiresInDays: number; language: Language }): RenderedMail {
  if (input.language === 'es') {
    return render(`Tu enlace de cobertura de Coverline de ${input.agencyName}`, [
      { paragraph: `Hola, ${input.firstName}:` },
      { paragraph: `${input.agencyName} usa Coverline para asegurar el trabajo en el que te asigna. Tu enlace personal muestra tus asignaciones, tu cobertura y tus certificados.` },
      { button: { label: 'Abrir mi cobertura', url: input.url } },
      { note: `Este enlace es personal: no lo reenvíes. Funciona durante ${input.expiresInDays} días.` },
    ], 'es');
  }
  return render(`Your Coverline coverage link from ${input.agencyName}`, [
    { paragraph: `Hello ${input.firstName},` },
    { paragraph: `${input.agencyName} uses Coverline to insure the work they place you on. Your personal link shows your assignments, your coverage and your certificates.` },
    { button: { label: 'Open my coverage', url: input.url } },
    { note: `This link is personal: do not forward it. It works for ${input.expiresInDays} days.` },
  ]);
}

/** Who pays for the coverage an opt-in asks for: the contractor (and how much), or the agency. */
export type OptInPayment = { payer: 'CONTRACTOR'; amount: string } | { payer: 'AGENCY' };

/** The sentence of every opt-in mail that says who pays, so the request and its reminders agree. */
function whoPaysSentence(agencyName: string, payment: OptInPayment, language: Language): string {
  if (language === 'es') {
    return payment.payer === 'CONTRACTOR'
      ? `Tú pagas esta cobertura: ${payment.amount}. Cuando confirmes, te enviaremos un aviso por correo y cobraremos a tu tarjeta unas 24 horas después; hasta que se haga el cobro puedes rechazar la cobertura.`
      : `${agencyName} paga esta cobertura: tú no pagas nada.`;
  }
  return payment.payer === 'CONTRACTOR'
    ? `You pay for this coverage: ${payment.amount}. After you confirm, we email you a notice and charge your card about 24 hours later; until the charge runs you can opt out.`
    : `${agencyName} pays for this coverage: you pay nothing.`;
}

export function optInRequestMail(input: {
  firstName: string;
  agencyName: string;
  jobName: string;
  clientEntity: string;
  dates: string;
  payment: OptInPayment;
  url: string;
  language: Language;
}): RenderedMail {
  if (input.language === 'es') {
    return render(`Confirma tu cobertura para ${input.jobName}`, [
      { paragraph: `Hola, ${input.firstName}:` },
      { paragraph: `${input.agencyName} te asignó a "${input.jobName}" para ${input.clientEntity} (${input.dates}) y cubre el trabajo a través de Coverline.` },
      { paragraph: whoPaysSentence(input.agencyName, input.payment, 'es') },
      { paragraph: 'Revisa el formulario ya completado, corrige tus datos de contacto si hace falta y confirma. Toma un minuto.' },
      { button: { label: 'Revisar y confirmar', url: input.url } },
      { note: 'Este enlace es personal: no lo reenvíes.' },
    ], 'es');
  }
  return render(`Confirm your coverage for ${input.jobName}`, [
    { paragraph: `Hello ${input.firstName},` },
    { paragraph: `${input.agencyName} placed you on "${input.jobName}" for ${input.clientEntity} (${input.dates}) and covers the work through Coverline.` },
    { paragraph: whoPaysSentence(input.agencyName, input.payment, 'en') },
    { paragraph: 'Please review the pre-filled form, correct your contact details if needed, and confirm. It takes a minute.' },
    { button: { label: 'Review and confirm', url: input.url } },
    { note: 'This link is personal: do not forward it.' },
  ]);
}

export function optInReminderMail(input: { firstName: string; agencyName: string; payment: OptInPayment; url: string; language: Language }): RenderedMail {
  if (input.language === 'es') {
    return render('Recordatorio: confirma tu cobertura', [
      { paragraph: `Hola, ${input.firstName}:` },
      { paragraph: `${input.agencyName} todavía espera que confirmes tu cobertura. Tu asignación no está cubierta hasta que lo hagas.` },
      { paragraph: whoPaysSentence(input.agencyName, input.payment, 'es') },
      { button: { label: 'Revisar y confirmar', url: input.url } },
    ], 'es');
  }
  return render('Reminder: confirm your coverage', [
    { paragraph: `Hello ${input.firstName},` },
    { paragraph: `${input.agencyName} is still waiting for you to confirm your coverage. Your assignment is not covered until you do.` },
    { paragraph: whoPaysSentence(input.agencyName, input.payment, 'en') },
    { button: { label: 'Review and confirm', url: input.url } },
  ]);
}

/** What the agency changed: the end date (an extension), or the whole assignment (a cancellation, with the reason they typed, if any). */
export type AssignmentChange =
  | { kind: 'extended'; previousEndDate: string; endDate: string }
  | { kind: 'cancelled'; effectiveDate: string; reason: string | null };

/** Dates in the change are `YYYY-MM-DD`, written here for the contractor's language. */
export function assignmentChangedMail(input: { firstName: string; jobName: string; change: AssignmentChange; language: Language }): RenderedMail {
  const { change, language } = input;
  if (language === 'es') {
    const sentence =
      change.kind === 'extended'
        ? `Tu asignación ahora termina el ${formatDate(change.endDate, 'es')} (terminaba el ${formatDate(change.previousEndDate, 'es')}). Tu cobertura sigue las nuevas fechas.`
        : // The agency's reason is quoted as they typed it.
          `Se canceló tu asignación que empezaba el ${formatDate(change.effectiveDate, 'es')}, así que no tendrá cobertura. ${change.reason ? `Motivo: ${change.reason}` : 'La canceló la agencia.'}`;
    return render(`Tu asignación "${input.jobName}" cambió`, [{ paragraph: `Hola, ${input.firstName}:` }, { paragraph: sentence }], 'es');
  }
  const sentence =
    change.kind === 'extended'
      ? `Your assignment now ends on ${formatDate(change.endDate)} (it ended on ${formatDate(change.previousEndDate)}). Your coverage follows the new dates.`
      : `Your assignment starting ${formatDate(change.effectiveDate)} was cancelled, so it will not be covered. ${change.reason ? `Reason: ${change.reason}` : 'The agency cancelled it.'}`;
  return render(`Your assignment "${input.jobName}" changed`, [{ paragraph: `Hello ${input.firstName},` }, { paragraph: sentence }]);
}

// ---------------------------------------------------------------- contractor pay (payments module)

/** The 24-hour notice of a contractor-paid charge, with the link to opt out or change the card. */
/** `dueAt` names its time zone ("Dec 4, 2026, 3:00 PM EST"). */
export function chargeNoticeMail(input: { firstName: string; agencyName: string; card: string | null; amount: string; jobName: string; dates: string; dueAt: string; url: string; language: Language }): RenderedMail {
  if (input.language === 'es') {
    const cobro = input.card
      ? `A tu tarjeta registrada (${input.card}) se le cobrarán ${input.amount} el ${input.dueAt} por ${input.jobName} (${input.dates}).`
      : `Se cobrarán ${input.amount} el ${input.dueAt} por ${input.jobName} (${input.dates}), pero todavía no hay ninguna tarjeta registrada: agrega una antes, o tu cobertura no podrá empezar.`;
    return render(`Se cobrarán ${input.amount} a tu tarjeta en las próximas 24 horas`, [
      { paragraph: `Hola, ${input.firstName}:` },
      { paragraph: cobro },
      { paragraph: `Esto paga el seguro que ${input.agencyName} exige para esta asignación; tu cobertura empieza cuando el pago se complete.` },
      { paragraph: 'Si no quieres esta cobertura, recházala antes de que se haga el cobro. Para pagar con otra tarjeta, actualízala antes.' },
      { button: { label: 'Rechazar la cobertura o actualizar mi tarjeta', url: input.url } },
      { note: 'Este enlace es personal: no lo reenvíes.' },
    ], 'es');
  }
  const charge = input.card
    ? `Your card on file (${input.card}) will be charged ${input.amount} on ${input.dueAt} for ${input.jobName} (${input.dates}).`
    : `${input.amount} will be charged on ${input.dueAt} for ${input.jobName} (${input.dates}), but there is no card on file yet: add one before then, or your coverage cannot start.`;
  return render(`Your card will be charged ${input.amount} within 24 hours`, [
    { paragraph: `Hello ${input.firstName},` },
    { paragraph: charge },
    { paragraph: `This pays for the insurance ${input.agencyName} requires for this assignment; your coverage starts once the payment succeeds.` },
    { paragraph: 'If you do not want this coverage, opt out before the charge runs. To pay with another card, update it before then.' },
    { button: { label: 'Opt out or update my card', url: input.url } },
    { note: 'This link is personal: do not forward it.' },
  ]);
}

export function chargeReceiptMail(input: { firstName: string; card: string | null; amount: string; jobName: string; dates: string; language: Language }): RenderedMail {
  if (input.language === 'es') {
    return render(`Pago recibido: ${input.amount} por ${input.jobName}`, [
      { paragraph: `Hola, ${input.firstName}:` },
      { paragraph: `Cobramos ${input.amount}${input.card ? ` a tu ${input.card}` : ''} por ${input.jobName} (${input.dates}). Tu cobertura está activa.` },
      { note: 'Tu certificado de seguro llegará en otro correo.' },
    ], 'es');
  }
  return render(`Payment received: ${input.amount} for ${input.jobName}`, [
    { paragraph: `Hello ${input.firstName},` },
    { paragraph: `We charged ${input.amount}${input.card ? ` to your ${input.card}` : ''} for ${input.jobName} (${input.dates}). Your coverage is active.` },
    { note: 'Your certificate of insurance follows in a separate email.' },
  ]);
}

export function chargeDeclinedContractorMail(input: { firstName: string; card: string | null; amount: string; jobName: string; dates: string; reason: string; url: string; language: Language }): RenderedMail {
  if (input.language === 'es') {
    return render(`Se rechazó tu pago por ${input.jobName}`, [
      { paragraph: `Hola, ${input.firstName}:` },
      // The reason is said in Spanish from the processor's decline code (declineReasonInWords).
      { paragraph: `No pudimos cobrar ${input.amount}${input.card ? ` a tu ${input.card}` : ''} por ${input.jobName} (${input.dates}): ${input.reason}` },
      { paragraph: 'Todavía no tienes cobertura para esta asignación. Actualiza tu tarjeta: cobramos a la nueva de inmediato y tu cobertura empieza cuando el pago se complete. Si ya no quieres esta cobertura, puedes rechazarla.' },
      { button: { label: 'Actualizar mi tarjeta', url: input.url } },
      { note: 'Este enlace es personal: no lo reenvíes.' },
    ], 'es');
  }
  return render(`Your payment for ${input.jobName} was declined`, [
    { paragraph: `Hello ${input.firstName},` },
    { paragraph: `We could not charge ${input.amount}${input.card ? ` to your ${input.card}` : ''} for ${input.jobName} (${input.dates}): ${input.reason}` },
    { paragraph: 'You are not covered for this assignment yet. Update your card: we charge the new one at once, and your coverage starts when the payment goes through. If you no longer want this coverage, you can opt out instead.' },
    { button: { label: 'Update my card', url: input.url } },
    { note: 'This link is personal: do not forward it.' },
  ]);
}

export function chargeDeclinedAgencyMail(input: { agencyName: string; contractorName: string; amount: string; jobName: string; dates: string; reason: string }): RenderedMail {
  return render(`${ASSIGNMENT_STATUS_LABELS.DECLINED}: ${input.contractorName}, ${input.jobName}`, [
    { paragraph: `The charge of ${input.amount} to ${input.contractorName}'s card for ${input.jobName} (${input.dates}) was declined: ${input.reason}` },
    { paragraph: `${input.contractorName} is not covered for this assignment. We asked them to update their card, which is charged at once; the assignment is marked ${ASSIGNMENT_STATUS_LABELS.DECLINED} in ${input.agencyName}'s dashboard until they do.` },
  ]);
}

export function chargeOptedOutAgencyMail(input: { contractorName: string; amount: string; jobName: string; dates: string }): RenderedMail {
  return render(`${input.contractorName} opted out of coverage for ${input.jobName}`, [
    { paragraph: `${input.contractorName} opted out of the coverage for ${input.jobName} (${input.dates}) before the charge of ${input.amount}.` },
    { paragraph: 'Their card was not charged and the assignment is not covered.' },
  ]);
}

export function certificateIssuedMail(input: {
  firstName: string;
  agencyName: string;
  jobName: string;
  clientEntity: string;
  /** "Dec 1, 2026 – Feb 28, 2027" (formatDateRange). */
  dates: string;
  number: string;
  verificationUrl: string;
  language: Language;
}): RenderedMail {
  if (input.language === 'es') {
    return render(`Tu certificado de seguro para ${input.jobName}`, [
      { paragraph: `Hola, ${input.firstName}:` },
      { paragraph: `Tienes cobertura en "${input.jobName}" para ${input.clientEntity}, ${input.dates}. ${input.agencyName} gestionó el seguro a través de Coverline.` },
      { paragraph: `Tu certificado de seguro, número ${input.number}, va adjunto en PDF. Muéstralo a quien te pida un comprobante de tu seguro para esta asignación.` },
      { button: { label: 'Verificar el certificado en línea', url: input.verificationUrl } },
      { note: 'Cualquiera puede verificar un certificado en esta dirección: muestra si es válido y que la firma es nuestra.' },
    ], 'es');
  }
  return render(`Your certificate of insurance for ${input.jobName}`, [
    { paragraph: `Hello ${input.firstName},` },
    {
      paragraph: `You are covered for "${input.jobName}" for ${input.clientEntity}, ${input.dates}. ${input.agencyName} arranged the insurance through Coverline.`,
    },
    { paragraph: `Your certificate of insurance, number ${input.number}, is attached as a PDF. Show it to anyone who asks for proof of your insurance for this assignment.` },
    { button: { label: 'Check the certificate online', url: input.verificationUrl } },
    { note: 'Anyone can check a certificate at this address: it shows whether the certificate is valid and that its signature is ours.' },
  ]);
}

export function invoiceIssuedMail(input: {
  agencyName: string;
  number: string;
  poNumber: string | null;
  period: string;
  total: string;
  /** For the "No PO" invoice: each assignment in words, so whoever reads it can send their PO numbers. */
  assignmentsWithoutPo: string[];
}): RenderedMail {
  const about = input.poNumber ? `PO ${input.poNumber}` : 'assignments without a PO number';
  const blocks: Block[] = [
    { paragraph: `Invoice ${input.number} from Coverline for ${input.agencyName}: insurance premiums of ${about}, ${input.period}. Total ${input.total}.` },
    { paragraph: 'The invoice is attached as a PDF, with one line for each assignment.' },
  ];
  if (!input.poNumber) {
    blocks.push(
      { paragraph: `These assignments have no PO number yet: ${input.assignmentsWithoutPo.join('; ')}.` },
      { paragraph: 'Please enter a PO number for them in Coverline (Contractors tab, missing PO numbers), so their invoices reach the right purchase order.' },
    );
  }
  blocks.push({ note: 'You receive this as the PO contact or the billing contact of the agency.' });
  return render(`Invoice ${input.number} — ${input.poNumber ? `PO ${input.poNumber}` : 'No PO'}, ${input.total}`, blocks);
}

export function webhookEndpointDisabledMail(input: { agencyName: string; endpointUrl: string; failingSince: string; lastFailure: string; url: string }): RenderedMail {
  return render(`Webhook endpoint disabled: ${input.endpointUrl}`, [
    { paragraph: `Coverline could not deliver events of ${input.agencyName} to ${input.endpointUrl} since ${input.failingSince}, so we stopped sending to it.` },
    { paragraph: `The last attempt: ${input.lastFailure}` },
    { paragraph: 'Events that happen while it is disabled are not sent to it: an integration can read them through the events query. Once the endpoint answers again, enable it on the Integrations page: the deliveries still waiting go out in order, and you can resend the one that failed from its delivery log.' },
    { button: { label: 'Open Integrations', url: input.url } },
  ]);
}
