import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDays } from '../../src/_lib/civil.js';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { instantToWall } from '../../src/_lib/zone.js';
import { RegistrationWindowSchema, windowStatus } from '../../src/_lib/registrationWindow.js';
import { validate } from '../../src/_lib/validate.js';
import { registrationWindowStatus, type RegistrationWindowInput } from '../../src/capacity/index.js';
import { ValidationError } from '../../src/errors/index.js';

const ZONES = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Pacific/Apia', 'UTC'];
const DAY = 86_400_000;
/** Instants from 2011 to 2031, a range with DST changes and Apia's skipped day. */
const instantMs = fc.integer({ min: 1_293_840_000_000, max: 1_924_992_000_000 });
const zone = fc.constantFrom(...ZONES);
const boundary = fc.oneof(
  instantMs.map((ms) => epochMsToInstant(ms)),
  fc.tuple(instantMs, zone).map(([ms, timeZone]) => ({ date: formatDays(instantToWall(ms, timeZone).days), timeZone })),
);

describe('registration windows', () => {
  describe('the 2025 Spokane intensive: registration deadline March 12, 2025', () => {
    const window = { closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } };

    it('a registration in the last minute of March 12 (Pacific) is on time', () => {
      expect(registrationWindowStatus(window, '2025-03-12T23:59:00-07:00')).toEqual({ status: 'open' });
    });

    it('a registration on March 13 is refused with the reason and the closing instant', () => {
      expect(registrationWindowStatus(window, '2025-03-13T00:00:00-07:00')).toEqual({
        status: 'closed',
        code: 'registration_closed',
        boundaryAt: '2025-03-13T07:00:00.000Z',
        message: 'Registration closed at the end of March 12, 2025 (America/Los_Angeles).',
      });
    });
  });

  it('a date that opens a window opens it at the start of that local day, across a DST change', () => {
    // New York springs forward on March 8, 2026: that day starts at 05:00 UTC.
    const window = { opens: { date: '2026-03-08', timeZone: 'America/New_York' } };
    expect(registrationWindowStatus(window, '2026-03-08T04:59:59Z')).toMatchObject({ status: 'not_open_yet', code: 'registration_not_open_yet', boundaryAt: '2026-03-08T05:00:00.000Z' });
    expect(registrationWindowStatus(window, '2026-03-08T05:00:00Z')).toEqual({ status: 'open' });
  });

  it('an instant that closes a window is already too late', () => {
    const window = { closes: '2026-01-01T00:00:00Z' };
    expect(registrationWindowStatus(window, '2025-12-31T23:59:59.999Z').status).toBe('open');
    expect(registrationWindowStatus(window, '2026-01-01T00:00:00Z')).toMatchObject({ status: 'closed', message: 'Registration closed at 2026-01-01T00:00:00Z.' });
  });

  it('a window without limits is always open', () => {
    fc.assert(fc.property(instantMs, (ms) => registrationWindowStatus({}, epochMsToInstant(ms)).status === 'open'));
  });

  it('once closed, registration stays closed at every later instant', () => {
    fc.assert(
      fc.property(boundary, instantMs, fc.integer({ min: 0, max: 400 * DAY }), (closes, ms, later) => {
        const window: RegistrationWindowInput = { closes };
        fc.pre(registrationWindowStatus(window, epochMsToInstant(ms)).status !== 'open');
        expect(registrationWindowStatus(window, epochMsToInstant(ms + later)).status).toBe('closed');
      }),
    );
  });

  it('before it opens, registration stays not open at every earlier instant', () => {
    fc.assert(
      fc.property(boundary, instantMs, fc.integer({ min: 0, max: 400 * DAY }), (opens, ms, earlier) => {
        const window: RegistrationWindowInput = { opens };
        fc.pre(registrationWindowStatus(window, epochMsToInstant(ms)).status !== 'open');
        expect(registrationWindowStatus(window, epochMsToInstant(ms - earlier))).toMatchObject({ status: 'not_open_yet', code: 'registration_not_open_yet' });
      }),
    );
  });

  it('a closing date admits every instant of that local day and none of the next', () => {
    fc.assert(
      fc.property(instantMs, zone, (ms, timeZone) => {
        const date = formatDays(instantToWall(ms, timeZone).days);
        const status = registrationWindowStatus({ closes: { date, timeZone } }, epochMsToInstant(ms));
        expect(status.status).toBe('open');
        const boundaryAt = registrationWindowStatus({ closes: { date, timeZone } }, epochMsToInstant(ms + 3 * DAY));
        expect(boundaryAt.status).toBe('closed');
        if (boundaryAt.status === 'open') return;
        expect(instantToWall(Date.parse(boundaryAt.boundaryAt), timeZone).days).toBeGreaterThan(instantToWall(ms, timeZone).days);
        expect(instantToWall(Date.parse(boundaryAt.boundaryAt) - 1, timeZone).days).toBe(instantToWall(ms, timeZone).days);
      }),
    );
  });

  it('open exactly from the opening to the closing', () => {
    fc.assert(
      fc.property(instantMs, fc.integer({ min: 1, max: 90 * DAY }), instantMs, (opensMs, length, atMs) => {
        const window = { opens: epochMsToInstant(opensMs), closes: epochMsToInstant(opensMs + length) };
        expect(registrationWindowStatus(window, epochMsToInstant(atMs)).status === 'open').toBe(opensMs <= atMs && atMs < opensMs + length);
      }),
    );
  });

  describe('refused input', () => {
    it('a window that closes before it opens', () => {
      expect(() => registrationWindowStatus({ opens: '2025-03-01T00:00:00Z', closes: { date: '2025-02-28', timeZone: 'UTC' } }, '2025-03-01T00:00:00Z')).toThrow(
        /closes: must be after the window opens/,
      );
    });

    it('a misspelt key, with "did you mean"', () => {
      const misspelt = { close: '2025-03-01T00:00:00Z' } as unknown as RegistrationWindowInput;
      expect(() => registrationWindowStatus(misspelt, '2025-03-01T00:00:00Z')).toThrow(ValidationError);
      expect(() => registrationWindowStatus(misspelt, '2025-03-01T00:00:00Z')).toThrow(/unknown key "close"; did you mean "closes"\?/);
    });
  });

  describe('sentences', () => {
    const window = RegistrationWindowSchema.parse({ opens: { date: '2025-02-01', timeZone: 'America/Los_Angeles' }, closes: '2025-03-13T07:00:00Z' });
    it('say when a window opens and closed, of what, and the instant', () => {
      expect(windowStatus(window, instantToEpochMs('2025-01-31T12:00:00Z'))).toEqual({
        status: 'not_open_yet',
        code: 'registration_not_open_yet',
        boundaryAt: '2025-02-01T08:00:00.000Z',
        message: 'Registration opens at the start of February 1, 2025 (America/Los_Angeles).',
      });
      expect(windowStatus(window, instantToEpochMs('2025-03-13T07:00:00Z'), 'Transfers')).toEqual({
        status: 'closed',
        code: 'registration_closed',
        boundaryAt: '2025-03-13T07:00:00.000Z',
        message: 'Transfers closed at 2025-03-13T07:00:00Z.',
      });
      expect(windowStatus(window, instantToEpochMs('2025-02-01T08:00:00Z'))).toEqual({ status: 'open' });
      const byInstant = RegistrationWindowSchema.parse({ opens: '2025-02-01T08:00:00Z' });
      expect(windowStatus(byInstant, instantToEpochMs('2025-02-01T07:59:59.999Z'))).toMatchObject({ message: 'Registration opens at 2025-02-01T08:00:00Z.' });
    });

    it('a window that opens the instant it closes is refused; a window whose zone is unknown is refused for the zone alone', () => {
      expect(RegistrationWindowSchema.safeParse({ opens: '2025-03-01T00:00:00Z', closes: '2025-03-01T00:00:00Z' }).success).toBe(false);
      expect(RegistrationWindowSchema.safeParse({ opens: '2025-03-01T00:00:00Z', closes: '2025-03-01T00:00:00.001Z' }).success).toBe(true);
      // Open from the start of a day through its end.
      expect(RegistrationWindowSchema.safeParse({ opens: { date: '2025-03-01', timeZone: 'UTC' }, closes: { date: '2025-03-01', timeZone: 'UTC' } }).success).toBe(true);
      expect(() => validate(RegistrationWindowSchema, { opens: '2025-03-01T00:00:00Z', closes: { date: '2025-03-02', timeZone: 'Mars/Olympus' } }, 'window')).toThrow(
        /^Invalid window: closes\.timeZone: must be an IANA time-zone name such as "America\/New_York"$/,
      );
    });
  });
});
