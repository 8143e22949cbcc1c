/** applyRegistrationEvent called in its argument order of before 1.0 (the roster first) is refused once, with the order. */
import { describe, expect, it } from 'vitest';
import { applyRegistrationEvent, emptyRoster } from '../../src/capacity/index.js';
import { rejection } from '../_helpers/rejection.js';

const event = { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' } as const;

describe('applyRegistrationEvent(policy, state, event)', () => {
  it('given the roster first, as before 1.0, says the order once', () => {
    const error = rejection(() => applyRegistrationEvent(emptyRoster() as never, { maxSeats: 12 } as never, event));
    expect(error.issues).toEqual([
      {
        path: [],
        code: 'custom',
        message: "is a roster state, not a capacity policy: the arguments are (policy, state, event, options) (reordered before 1.0; the CHANGELOG's migration table lists every rename)",
      },
    ]);
  });

  it('given a policy that is simply wrong, says what is wrong with it', () => {
    expect(() => applyRegistrationEvent({ maxSeat: 12 } as never, emptyRoster(), event)).toThrow('did you mean "maxSeats"?');
  });

  it('in the right order, answers', () => {
    expect(applyRegistrationEvent({ maxSeats: 12 }, emptyRoster(), event).confirmed).toEqual(['ana']);
  });
});
