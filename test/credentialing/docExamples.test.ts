import * as credentialing from '../../src/credentialing/index.js';
import { describeDocExamples } from '../credits/_docExamples.js';

describeDocExamples('credentialing', credentialing, { examples: 30, checks: 12 });
