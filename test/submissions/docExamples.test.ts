/** Every `@example` of src/submissions type-checks (test/docs does that for all of src/) and runs, showing true results. */
import { describeAreaExamples } from '../docs/_areaExamples.js';

describeAreaExamples('submissions', 12);
