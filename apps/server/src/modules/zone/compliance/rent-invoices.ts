import type { RentInvoiceInput, RentPaymentInput } from '@inohub/contracts/zone/compliance';
import type { Db } from '../../../lib/db/types.ts';
import { conflict, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { addPayment, getLease, insertInvoice } from './repo.ts';

// Rent invoices of leases and their payment: flag T4 (lease arrears).

/** Bills one month of a lease, at the lease's rent unless another amount is given; once per month. */
export async function createRentInvoice(db: Db, audit: AuditContext, input: RentInvoiceInput) {
  const lease = await getLease(db, input.leaseId);
  const row = await insertInvoice(db, {
    leaseId: lease.id,
    residentId: lease.residentId,
    periodMonth: input.periodMonth,
    dueOn: input.dueOn,
    amountKopecks: input.amountKopecks ?? lease.monthlyRentKopecks,
  });
  if (!row) throw conflict('zone.invoice_exists', 'This month of the lease is already billed');
  await recordAudit(db, audit, {
    action: 'zone.rent_invoice.create',
    objectType: 'zone_rent_invoice',
    objectId: row.id,
    details: { ...input },
  });
  return row;
}

/** Adds a payment to an invoice (partial payments add up; the last payment date is kept). */
export async function recordRentPayment(db: Db, audit: AuditContext, id: string, input: RentPaymentInput) {
  const row = await addPayment(db, id, input);
  if (!row) throw notFound('invoice', 'zone.invoice_not_found');
  await recordAudit(db, audit, {
    action: 'zone.rent_invoice.payment',
    objectType: 'zone_rent_invoice',
    objectId: id,
    details: { ...input },
  });
  return row;
}
