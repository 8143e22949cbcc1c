/** Every `@example` of src/fees type-checks (test/docs does that for all of src/) and runs, showing true results. */
import { describeAreaExamples } from '../docs/_areaExamples.js';

describeAreaExamples('fees', 28);
