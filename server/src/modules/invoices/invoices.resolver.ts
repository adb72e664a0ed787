import { canChangeInvoice } from '@coverline/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { firstOfList, NESTED_LIST_MAXIMUM, nestedFirst } from '../../graphql/nested-lists.js';
import { invoicePdfUrl } from './invoice-files.js';
import { issueInvoicesNow, listInvoiceLines, listInvoices, markInvoicePaid, voidInvoice } from './invoices.service.js';
import type { InvoiceRow } from './invoices.store.js';
import { Invoice, InvoiceConnection, InvoiceLine } from './invoices.types.js';

@Resolver(() => Invoice)
export class InvoicesResolver {
  @Can('invoice:read')
  @Query(() => InvoiceConnection, { description: "The agency's invoices, newest first." })
  invoices(@Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true }) first?: number | null, @Arg('after', () => String, { nullable: true }) after?: string | null) {
    return listInvoices(ctx.access, { first, after });
  }

  @Can('invoice:issue')
  @Mutation(() => [Invoice], {
    description: "Invoices now everything agency-paid, covered and not yet invoiced that is effective by today, one invoice per PO number (and one \"No PO\"); each is emailed to its PO contact and the agency's billing email.",
  })
  issueInvoices(@Ctx() ctx: Context) {
    return issueInvoicesNow(ctx.access);
  }

  @Can('invoice:change')
  @Mutation(() => Invoice, { description: 'Marks an issued invoice paid.' })
  markInvoicePaid(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return markInvoicePaid(ctx.access, id);
  }

  @Can('invoice:change')
  @Mutation(() => Invoice, { description: 'Voids an issued invoice (final: its assignments are not invoiced again).' })
  voidInvoice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return voidInvoice(ctx.access, id);
  }

  @FieldResolver(() => String, { description: 'The PDF as issued; served only to the agency.' })
  pdfUrl(@Root() invoice: InvoiceRow, @Ctx() ctx: Context) {
    return invoicePdfUrl(ctx.access.deps, invoice);
  }

  @FieldResolver(() => Int, { description: 'How many assignments it bills (all its lines, beyond the most `lines` lists).' })
  async lineCount(@Root() invoice: InvoiceRow, @Ctx() ctx: Context) {
    return (await listInvoiceLines(ctx.access, invoice)).length;
  }

  @FieldResolver(() => [InvoiceLine], { description: 'One per assignment billed, by effective date and contractor.' })
  lines(@Root() invoice: InvoiceRow, @Ctx() ctx: Context, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.invoiceLines)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.invoiceLines, () => listInvoiceLines(ctx.access, invoice));
  }

  @FieldResolver(() => Boolean, { description: 'Whether it can still be marked paid or voided (only while issued).' })
  viewerCanChange(@Root() invoice: InvoiceRow) {
    return canChangeInvoice(invoice.status);
  }
}
