import * as ics from '../../src/ics/index.js';
import * as schedule from '../../src/schedule/index.js';
import { describeDocExamples } from '../credits/_docExamples.js';

// The examples import from balint-rules/ics and balint-rules/schedule (to plan the sessions they export).
describeDocExamples('ics', { ...schedule, ...ics }, { examples: 7, checks: 10 });
