/**
 * Capacity, waitlists and viability: seats and a waitlist served first come,
 * first served from a log of registrations and cancellations, with every
 * decision explained; and the go / no-go decision for a group with a minimum
 * number of registrants, with the refunds owed when it is cancelled.
 * Transfers are quoted here (`quoteTransfer`, with exact money), not from
 * the root module, which keeps decimal.js out of its bundle.
 *
 * @module capacity
 */
export * from './core.js';
export { quoteTransfer } from './quoteTransfer.js';
