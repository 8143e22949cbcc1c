/** `1 seat`, `12 seats`. */
export function seats(n: number): string {
  return n === 1 ? '1 seat' : `${n} seats`;
}

/** `1 registrant is`, `6 registrants are`. */
export function registrantsAre(n: number): string {
  return n === 1 ? '1 registrant is' : `${n} registrants are`;
}
