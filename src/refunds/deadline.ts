/** The deadline schemas, shared with fees and submissions, under their public names. */
export {
  DateDeadlineSchema,
  DateTimeDeadlineSchema,
  DaysBeforeDeadlineSchema,
  HoursBeforeDeadlineSchema,
  LocalDeadlineSchema,
  RefundDeadlineSchema,
  type LocalDeadline,
  type LocalDeadlineInput,
  type RefundDeadline,
  type RefundDeadlineInput,
  type ResolvedDeadline,
} from '../_lib/deadlineSchema.js';
