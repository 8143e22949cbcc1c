/**
 * The process's one work meter, started when this module is first
 * evaluated. Import it before anything that runs library code: V8 adds
 * block counters to a function when it compiles it, so only functions
 * first run after this point are counted in full. Null when FUZZ_WORK=off.
 */
import { WorkMeter } from './_work.js';

export const processMeter: WorkMeter | null = WorkMeter.enabled ? new WorkMeter() : null;
