// Bundle-size budgets (min+gzip), checked by `npm run size` in `npm test`.
// Each entry imports what a user would, so tree-shaking is measured too.
//
// The two published goals: `occurrences` alone at most 8 KB, and the whole
// root (`import *`: errors, common, recurrence, schedule, eligibility,
// capacity) at most 40 KB. The root meets its goal. `occurrences` does not:
// it now validates with the zod/mini schemas (the only validators), and
// zod/mini's share for them is about 8 KB on its own (the rest, about 5 KB,
// is the date generator, the holiday and exception handling and the
// messages); its entry guards today's 13.4 KB plus a small margin (rrule.js
// is 13.3 KB). The other entries guard today's sizes plus a small margin,
// so growth fails the build. `node scripts/size-report.mjs` shows where a
// bundle's bytes come from.
module.exports = [
  { name: 'occurrences alone', path: 'dist/recurrence/index.js', import: '{ occurrences }', limit: '14 KB', gzip: true },
  { name: 'the whole root', path: 'dist/index.js', import: '*', limit: '40 KB', gzip: true },
  { name: 'planSessions alone', path: 'dist/schedule/index.js', import: '{ planSessions }', limit: '24 KB', gzip: true },
  { name: 'checkEligibility alone', path: 'dist/eligibility/index.js', import: '{ checkEligibility }', limit: '14 KB', gzip: true },
  { name: 'quoteFee alone', path: 'dist/fees/index.js', import: '{ quoteFee }', limit: '35 KB', gzip: true },
  { name: 'quoteRefund alone', path: 'dist/refunds/index.js', import: '{ quoteRefund }', limit: '32.5 KB', gzip: true },
  { name: 'creditsFor alone', path: 'dist/credits/index.js', import: '{ creditsFor }', limit: '16 KB', gzip: true },
];
