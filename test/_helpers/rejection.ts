import { ValidationError } from '../../src/errors/index.js';

/** The ValidationError that `run` throws; fails the test if it returns or throws anything else. */
export function rejection(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** `path: message` of every issue of the ValidationError `run` throws (the path written `a.0.b`). */
export function issueLines(run: () => unknown): string[] {
  return rejection(run).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
