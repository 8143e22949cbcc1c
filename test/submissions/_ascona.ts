import type { SubmissionPolicyInput } from '../../src/submissions/index.js';

/**
 * The Ascona Prize's published rules: medical students, English, 5.000-12.000
 * words, a Word attachment, "received before 31st January 2026".
 */
export const ascona: SubmissionPolicyInput = {
  name: 'The International Balint Award 2026 ("Ascona Prize")',
  eligibility: { kind: 'student', field: 'medicine' },
  languages: ['en'],
  wordCount: { min: 5000, max: 12000 },
  fileFormats: ['docx', 'doc'],
  deadline: { kind: 'date', date: '2026-01-31', inclusive: false },
  timeZone: 'Europe/Zurich',
};
