/** `npm run bench`: runs every benchmark in this folder and prints its table. */
await import('./recurrence.js');
export {};
