// Bundle-size guards (min+gzip), checked by `npm run size` in `npm test`.
// Each entry imports what a user would, so tree-shaking is measured too.
//
// The limits here are today's sizes plus a small margin, so growth fails the
// build. They are NOT yet the published goals (occurrences alone 5 KB, the
// whole root 40 KB): occurrences still validates through zod (about 9 KB of
// the 14 KB) and the root carries every area. See CHANGELOG "Known gaps".
module.exports = [
  { name: 'occurrences alone', path: 'dist/recurrence/index.js', import: '{ occurrences }', limit: '5 KB', gzip: true },
  { name: 'planSessions alone', path: 'dist/schedule/index.js', import: '{ planSessions }', limit: '22 KB', gzip: true },
  { name: 'checkEligibility alone', path: 'dist/eligibility/index.js', import: '{ checkEligibility }', limit: '14 KB', gzip: true },
  { name: 'quoteRefund alone', path: 'dist/refunds/index.js', import: '{ quoteRefund }', limit: '30 KB', gzip: true },
  { name: 'the whole root', path: 'dist/index.js', import: '*', limit: '88 KB', gzip: true },
];
