import { describe, expect, it } from 'vitest';
import {
  applyRegistrationEvent,
  emptyRoster,
  quoteTransfer,
  registrantStatus,
  registrationWindowStatus,
  replayRegistrations,
  TransferPolicySchema,
  type RegistrationEvent,
} from '../../src/capacity/index.js';
import { issueLines, rejection } from '../_helpers/rejection.js';

const reg = (registrantId: string, at: string): RegistrationEvent => ({ kind: 'register', registrantId, at });
const cancel = (registrantId: string, at: string): RegistrationEvent => ({ kind: 'cancel', registrantId, at });
const accept = (registrantId: string, at: string): RegistrationEvent => ({ kind: 'accept', registrantId, at });
const transfer = (registrantId: string, to: string, at: string): RegistrationEvent => ({ kind: 'transfer', registrantId, to, at });

/** Two seats, a waitlist, offers held for 24 hours, transfers taken. */
const offering = { maxSeats: 2, waitlist: true, waitlistOffers: { claimHours: 24 }, transfers: { allowed: true } };
/** ana and ben hold the seats; cai, dee, eve and fay wait, in that order. */
const sixSignUps = ['ana', 'ben', 'cai', 'dee', 'eve', 'fay'].map((id, i) => reg(id, `2026-02-01T1${i}:00:00Z`));
const lastMessage = (events: RegistrationEvent[], policy: object = offering) => replayRegistrations(policy, events).decisions.at(-1)?.message;

describe('every decision of the replay says in words what happened, and to whom', () => {
  it('a repeated registration by someone holding an offer is ignored, naming the offer', () => {
    const events = [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z'), reg('cai', '2026-02-02T10:00:00Z')];
    expect(replayRegistrations(offering, events).decisions.at(-1)).toMatchObject({ code: 'duplicate_registration', status: 'offered', message: 'cai is already offered a seat; the repeated registration is ignored.' });
  });

  it('a cancellation by someone holding an offer declines it; one by someone waiting while an offer is out leaves the waitlist', () => {
    const offered = [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z')];
    const declined = replayRegistrations(offering, [...offered, cancel('cai', '2026-02-02T10:00:00Z')]);
    expect(declined.decisions.slice(-2).map((d) => [d.code, d.registrantId])).toEqual([['offer_declined', 'cai'], ['offer_made', 'dee']]);
    const left = replayRegistrations(offering, [...offered, cancel('eve', '2026-02-02T10:00:00Z')]);
    expect(left.decisions.at(-1)).toMatchObject({ code: 'cancelled_waitlisted', registrantId: 'eve', position: 2, message: 'eve cancelled and left the waitlist (was number 2).' });
    expect(left.offers.map((o) => o.registrantId)).toEqual(['cai']);
  });

  it('a transfer refused in the replay says why: an offer is not a seat, a place given up, a colleague already waiting or offered', () => {
    const offered = [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z')];
    const at = '2026-02-02T10:00:00Z';
    expect(lastMessage([...offered, transfer('cai', 'zed', at)])).toBe('cai holds an offer, not a seat: accept it before transferring; the transfer is ignored.');
    expect(lastMessage([...offered, transfer('ana', 'zed', at)])).toBe('ana holds no seat or waitlist place (cancelled); the transfer is ignored.');
    expect(lastMessage([...offered, transfer('ben', 'dee', at)])).toBe("dee is already on the waitlist; ben's transfer is ignored.");
    expect(lastMessage([...offered, transfer('ben', 'cai', at)])).toBe("cai is already offered a seat; ben's transfer is ignored.");
  });

  it('an answer after the offer expired is too late, however many ignored events about that registrant came between', () => {
    const expired = [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z'), reg('zed', '2026-02-04T09:00:00Z')];
    const roster = replayRegistrations(offering, [
      ...expired,
      cancel('cai', '2026-02-04T10:00:00Z'),
      transfer('cai', 'zoe', '2026-02-04T10:30:00Z'),
      accept('cai', '2026-02-04T11:00:00Z'),
      accept('cai', '2026-02-04T12:00:00Z'),
    ]);
    expect(roster.decisions.filter((d) => d.registrantId === 'cai').map((d) => d.code)).toEqual([
      'waitlisted_full',
      'offer_made',
      'offer_expired',
      'cancel_not_active',
      'registrant_not_registered',
      'offer_answer_too_late',
      'offer_answer_too_late',
    ]);
    expect(roster.decisions.at(-1)?.message).toBe("cai's offer expired at 2026-02-03T09:00:00.000Z; the accept is ignored.");
  });
});

describe('offers expire earliest first', () => {
  it('an event before any offer ends leaves every outstanding offer in place', () => {
    const roster = replayRegistrations(offering, [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z'), cancel('ben', '2026-02-02T10:00:00Z'), reg('zed', '2026-02-02T11:00:00Z')]);
    expect(roster.offers.map((o) => [o.registrantId, o.replaces])).toEqual([['cai', 'ana'], ['dee', 'ben']]);
  });

  it("two offers ended by the next event expire in the order they were made, each seat going to the next in line at its offer's end", () => {
    const roster = replayRegistrations(offering, [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z'), cancel('ben', '2026-02-02T10:00:00Z'), reg('zed', '2026-02-05T00:00:00Z')]);
    const expiries = roster.decisions.filter((d) => d.code === 'offer_expired' || d.code === 'offer_made').slice(2, 6);
    expect(expiries.map((d) => [d.code, d.registrantId, d.at])).toEqual([
      ['offer_expired', 'cai', '2026-02-03T09:00:00.000Z'],
      ['offer_made', 'eve', '2026-02-03T09:00:00.000Z'],
      ['offer_expired', 'dee', '2026-02-03T10:00:00.000Z'],
      ['offer_made', 'fay', '2026-02-03T10:00:00.000Z'],
    ]);
  });

  it('offers that end at the same instant expire in the order they were made', () => {
    const at = '2026-02-02T09:00:00Z';
    const roster = replayRegistrations(offering, [...sixSignUps, cancel('ana', at), cancel('ben', at), reg('zed', '2026-02-05T00:00:00Z')]);
    expect(roster.decisions.filter((d) => d.code === 'offer_expired').map((d) => d.registrantId).slice(0, 2)).toEqual(['cai', 'dee']);
    expect(roster.decisions.filter((d) => d.code === 'offer_made').map((d) => [d.registrantId, d.code === 'offer_made' && d.replaces]).slice(2, 4)).toEqual([['eve', 'ana'], ['fay', 'ben']]);
  });
});

describe('registrantStatus says why a registration was declined', () => {
  const window = { opens: '2026-02-01T14:00:00Z', closes: '2026-02-10T00:00:00Z' };

  it('before the window opens, after it closes, or full: each in words', () => {
    const roster = replayRegistrations({ maxSeats: 1, waitlist: false, registrationWindow: window }, [reg('ana', '2026-02-01T13:00:00Z'), reg('ben', '2026-02-02T00:00:00Z'), reg('cai', '2026-02-03T00:00:00Z'), reg('dee', '2026-02-11T00:00:00Z')]);
    expect(['ana', 'cai', 'dee'].map((id) => registrantStatus(roster, id).message)).toEqual([
      "ana's registration was declined: registration was not open yet.",
      "cai's registration was declined: every seat was taken.",
      "dee's registration was declined: registration was closed.",
    ]);
  });

  it('only the registrant\'s own decisions count, and ignored events after the refusal do not change its reason', () => {
    const roster = replayRegistrations({ maxSeats: 1, waitlist: false, registrationWindow: window, transfers: { allowed: false } }, [
      reg('ana', '2026-02-02T00:00:00Z'),
      reg('ben', '2026-02-02T01:00:00Z'),
      cancel('ben', '2026-02-03T00:00:00Z'),
      transfer('ben', 'cai', '2026-02-03T01:00:00Z'),
      reg('dee', '2026-02-11T00:00:00Z'),
    ]);
    expect(registrantStatus(roster, 'ben').message).toBe("ben's registration was declined: every seat was taken.");
  });

  it("someone else's offer is not yours: a cancelled registrant is cancelled while an offer is out", () => {
    const roster = replayRegistrations(offering, [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z')]);
    expect(registrantStatus(roster, 'ana')).toEqual({ status: 'cancelled', message: 'ana cancelled.' });
    expect(registrantStatus(roster, 'cai')).toMatchObject({ status: 'offered', expiresAt: '2026-02-03T09:00:00.000Z' });
  });
});

describe('a roster that cannot arise under the policy is refused, saying what does not fit', () => {
  const next = reg('zed', '2026-03-01T00:00:00Z');

  it('more confirmed than seats is said once, not also as offers', () => {
    const roster = replayRegistrations({ maxSeats: 3 }, sixSignUps.slice(0, 3));
    expect(issueLines(() => applyRegistrationEvent({ maxSeats: 2 }, roster, next))).toEqual(["confirmed: has 3 registrants, more than the policy's 2 seats"]);
  });

  it('offers holding seats beyond the policy, offers under a policy that makes none, a waitlist over its limit', () => {
    const offered = replayRegistrations(offering, [...sixSignUps, cancel('ana', '2026-02-02T09:00:00Z')]);
    expect(issueLines(() => applyRegistrationEvent({ ...offering, maxSeats: 1, maxWaitlist: 2 }, offered, next))).toEqual([
      "offers: hold 1 seats beside 1 confirmed, more than the policy's 1 seat",
      "waitlist: has 3 registrants, more than the policy's 2",
    ]);
    expect(issueLines(() => applyRegistrationEvent({ maxSeats: 2, waitlist: true }, offered, next))).toEqual(['offers: must be empty: the policy makes no waitlist offers']);
  });

  it('an event earlier than the last one applied is refused; one at the same instant is applied', () => {
    const roster = replayRegistrations({ maxSeats: 3 }, sixSignUps.slice(0, 2));
    expect(rejection(() => applyRegistrationEvent({ maxSeats: 3 }, roster, reg('cai', '2026-02-01T10:59:59Z'))).issues).toEqual([
      { path: ['at'], code: 'custom', message: 'must not be earlier than the last event applied (2026-02-01T11:00:00Z): apply events in the order they happened' },
    ]);
    expect(applyRegistrationEvent({ maxSeats: 3 }, roster, reg('cai', '2026-02-01T11:00:00Z')).confirmed).toEqual(['ana', 'ben', 'cai']);
  });

  it('a replay asked about a moment before its last event is refused, naming the options; the last event\'s own instant is fine', () => {
    const error = rejection(() => replayRegistrations({ maxSeats: 3 }, sixSignUps.slice(0, 2), { at: '2026-02-01T10:00:00Z' }));
    expect(error.message).toBe('Invalid replay options: at: must not be earlier than the last event (2026-02-01T11:00:00Z)');
    expect(error.issues[0]?.code).toBe('custom');
    expect(replayRegistrations({ maxSeats: 3 }, sixSignUps.slice(0, 2), { at: '2026-02-01T11:00:00Z' }).confirmed).toEqual(['ana', 'ben']);
  });
});

describe('quoteTransfer says why, in words', () => {
  const at = '2026-02-02T10:00:00Z';
  const physicians = { rule: { kind: 'profession', in: ['physician'] }, at: '2026-02-02' } as const;

  it('each refusal with its message, and the quote\'s message joining them', () => {
    const roster = replayRegistrations(offering, sixSignUps);
    const quote = quoteTransfer(offering, { registrantId: 'zed', to: 'cai', at, profile: { professions: ['psychologist'] } }, { roster, eligibility: physicians });
    expect(quote.reasons.map((r) => [r.code, r.message])).toEqual([
      ['registrant_not_registered', 'zed holds no seat or waitlist place (unknown).'],
      ['colleague_already_registered', 'cai is already registered (waitlisted).'],
      ['colleague_not_eligible', "cai is not eligible: You must be a physician; your profile lists psychologist."],
    ]);
    expect(quote.message).toBe(`zed may not transfer their place to cai: ${quote.reasons.map((r) => r.message).join(' ')}`);
    expect(quoteTransfer({ maxSeats: 2 }, { registrantId: 'ana', to: 'eve', at }).message).toBe('ana may not transfer their place to eve: The policy accepts no transfers.');
  });

  it('handing a place to oneself is one reason, with or without the roster', () => {
    const roster = replayRegistrations(offering, sixSignUps);
    expect(quoteTransfer(offering, { registrantId: 'ana', to: 'ana', at }).reasons).toEqual([{ code: 'colleague_already_registered', status: 'confirmed', message: 'ana cannot take their own place.' }]);
    expect(quoteTransfer(offering, { registrantId: 'ana', to: 'ana', at }, { roster }).reasons).toEqual([{ code: 'colleague_already_registered', status: 'confirmed', message: 'ana is already registered (confirmed).' }]);
  });

  it("the fee is written with the minor units the policy gives, where it gives them instead of the currency's", () => {
    const fee = (amount: string, minorUnits: number) => quoteTransfer({ transfers: { allowed: true, fee: { amount, currency: 'USD', minorUnits } } }, { registrantId: 'ana', to: 'eve', at }).fee;
    expect(fee('2.5', 3)).toEqual({ amount: '2.500', currency: 'USD', minorUnits: 3 });
    expect(fee('25', 0)).toEqual({ amount: '25', currency: 'USD', minorUnits: 0 });
  });

  it('wrong input is refused naming the argument, the path and what to give', () => {
    const policy = { transfers: { allowed: true } };
    const request = { registrantId: 'ana', to: 'eve', at };
    expect(rejection(() => quoteTransfer(policy, { ...request, profile: { professions: ['physician'] } })).message).toBe(
      'Invalid transfer request: profile: is checked against a rule: give options.eligibility ({ rule, at }) too, or leave the profile out',
    );
    expect(rejection(() => quoteTransfer(policy, request, { eligibility: physicians })).issues).toEqual([{ path: ['profile'], code: 'custom', message: "is required to check the colleague's eligibility" }]);
    expect(issueLines(() => quoteTransfer(policy, { ...request, profile: null } as never, { eligibility: physicians }))).toEqual(["profile: must be the colleague's registrant profile"]);
    expect(issueLines(() => quoteTransfer(policy, { ...request, profile: [] } as never, { eligibility: physicians }))).toEqual(["profile: must be the colleague's registrant profile"]);
    expect(issueLines(() => quoteTransfer(policy, request, { roster: 'ana, ben' } as never))).toEqual(['roster: must be a roster']);
    expect(issueLines(() => quoteTransfer(policy, { ...request, profile: {} }, { eligibility: { ...physicians, rule: [] as never } }))).toEqual(['eligibility.rule: must be an eligibility rule']);
    expect(rejection(() => quoteTransfer(policy, request, { rooster: {} } as never)).message).toMatch(/^Invalid transfer options: /);
  });

  it("a rule or colleague's profile that checkEligibility refuses is reported where the quote was given it, with the hint", () => {
    const request = { registrantId: 'ana', to: 'eve', at, profile: { professions: ['physician'] } } as const;
    expect(rejection(() => quoteTransfer({ transfers: { allowed: true } }, request, { eligibility: { ...physicians, rule: { kind: 'profesion', in: ['physician'] } as never } })).message).toBe(
      'Invalid transfer options: eligibility.rule.kind: must be one of "all", "any", "not", "profession", "clinically_active", "member", "credential", "leads_group", "student", "language"; did you mean "profession"?',
    );
    expect(rejection(() => quoteTransfer({ transfers: { allowed: true } }, { ...request, profile: { professions: ['physician'], clinicalyActive: true } as never }, { eligibility: physicians })).message).toBe(
      'Invalid transfer request: profile.clinicalyActive: unknown key "clinicalyActive"; did you mean "clinicallyActive"?',
    );
  });

  it("a quote for a moment before the roster's last event is refused at the request's at", () => {
    const roster = replayRegistrations(offering, sixSignUps);
    expect(rejection(() => quoteTransfer(offering, { registrantId: 'ana', to: 'zed', at: '2026-02-01T12:00:00Z' }, { roster })).issues).toEqual([
      { path: ['at'], code: 'custom', message: "must not be earlier than the roster's last event (2026-02-01T15:00:00Z): quote a transfer for the roster as it stands then" },
    ]);
  });

  it('a transfer policy that refuses transfers cannot carry a fee or a closing', () => {
    expect(TransferPolicySchema.safeParse({ allowed: false }).success).toBe(true);
    expect(TransferPolicySchema.safeParse({ allowed: false, until: '2026-02-01T00:00:00Z' }).success).toBe(false);
    expect(TransferPolicySchema.safeParse({ allowed: false, fee: { amount: '5.00', currency: 'USD' } }).success).toBe(false);
    expect(TransferPolicySchema.safeParse({ allowed: true, fee: { amount: '5.00', currency: 'USD' }, until: '2026-02-01T00:00:00Z' }).success).toBe(true);
  });
});

describe('registrationWindowStatus names what it was given', () => {
  it('a bad window and a bad instant are refused under their own names', () => {
    expect(rejection(() => registrationWindowStatus({ closes: '2026-13-01' } as never, '2026-02-01T00:00:00Z')).message).toMatch(/^Invalid registration window: /);
    expect(rejection(() => registrationWindowStatus({ closes: '2026-02-10T00:00:00Z' }, '2026-02-01')).message).toMatch(/^Invalid registration instant: /);
  });
});

it('emptyRoster is a roster every policy accepts', () => {
  expect(applyRegistrationEvent({ maxSeats: 1 }, emptyRoster(), reg('ana', '2026-02-01T00:00:00Z')).confirmed).toEqual(['ana']);
});
