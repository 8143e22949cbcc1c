/**
 * Calls for submissions (essay contests, calls for papers): who may
 * submit, language, length, file format and the deadline as data, and
 * `checkSubmission` to decide on a submission with every reason.
 *
 * @module submissions
 */
export { SubmissionPolicySchema, SubmissionSchema, type SubmissionPolicy, type SubmissionPolicyInput, type Submission } from './schema.js';
export { checkSubmission } from './checkSubmission.js';
export { SUBMISSION_REASON_CODES, type SubmissionCheck, type SubmissionReasonCode, type SubmissionResult } from './reasons.js';
export { compileSubmissionPolicy, type CompiledSubmissionPolicy } from './compileSubmissionPolicy.js';
