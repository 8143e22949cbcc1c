/**
 * Pictures of the rules as SVG text: a series' year calendar, a refund
 * policy's timeline and a waitlist replay. Pure functions of their input
 * (no DOM, no clock): the same input always gives the same text, ready to
 * write to a `.svg` file or put in a page. Every mark has an `aria-label`
 * and a `<title>`.
 *
 * @module pictures
 */
export { seriesCalendarSvg, SeriesCalendarOptionsSchema, type SeriesCalendarOptions } from './seriesCalendarSvg.js';
export {
  refundTimeline,
  RefundTimelineOptionsSchema,
  type RefundTimelineOptions,
  type RefundTimeline,
  type RefundStep,
  type TimelineDeadline,
  type CancellationFacts,
} from './refundTimeline.js';
export { refundTimelineSvg } from './refundTimelineSvg.js';
export { waitlistTimelineSvg, WaitlistTimelineOptionsSchema, type WaitlistTimelineOptions } from './waitlistTimelineSvg.js';
