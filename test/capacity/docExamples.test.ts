/** Every `@example` of src/capacity type-checks (test/docs does that for all of src/) and runs, showing true results. */
import { describeAreaExamples } from '../docs/_areaExamples.js';

describeAreaExamples('capacity', 30);
