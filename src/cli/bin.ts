#!/usr/bin/env node
/**
 * The `balint` bin: runs the command line on the process's arguments and
 * sets its exit code. Everything else is in `runCli`.
 *
 * @module cli/bin
 */
import { nodeIo } from './nodeIo.js';
import { runCli } from './runCli.js';

// A reader that stops early (`balint dates ... | head -1`) closes the pipe: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), nodeIo());
