/** Every command of the README's "Command line" section runs, and prints what the README shows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/_commands.js';
import { run } from './_run.js';

interface Example {
  readonly command: string;
  readonly argv: string[];
  readonly output: string | undefined;
  readonly shown: string[];
}

/** Splits a command as a shell would: words, "quoted words", and `> file`. */
function words(line: string): { argv: string[]; output: string | undefined } {
  const all = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  const at = all.indexOf('>');
  return at < 0 ? { argv: all, output: undefined } : { argv: all.slice(0, at), output: all[at + 1] };
}

/** The `$ balint ...` commands of the section's console blocks, each with the lines shown after it. */
function examples(): Example[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## Command line\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const out: Example[] = [];
  for (const block of section.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = (block[1] ?? '').split('\n').slice(0, -1);
    for (let i = 0; i < lines.length; i++) {
      let command = lines[i] ?? '';
      if (!command.startsWith('$ balint ')) continue;
      while (command.endsWith('\\')) command = `${command.slice(0, -1).trimEnd()} ${(lines[++i] ?? '').trim()}`;
      const shown: string[] = [];
      while (i + 1 < lines.length && !(lines[i + 1] ?? '').startsWith('$ ')) shown.push(lines[++i] ?? '');
      const { argv, output } = words(command.slice('$ balint '.length));
      out.push({ command, argv, output, shown });
    }
  }
  return out;
}

/** Whether `lines` appear in `text`, in order, each a whole line; `...` stands for any lines. */
function showsInOrder(text: string, lines: readonly string[]): boolean {
  const got = text.split('\n');
  let at = 0;
  let gap = false;
  for (const line of lines) {
    if (line === '...') {
      gap = true;
      continue;
    }
    const found = got.indexOf(line, at);
    if (found < 0 || (!gap && found !== at)) return false;
    at = found + 1;
    gap = false;
  }
  return gap || at === got.length - 1;
}

const ALL = examples();

describe('the README\'s "Command line" section', () => {
  it('shows an organizer\'s everyday tasks, with every new command', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(9);
    const used = new Set(ALL.map((e) => e.argv[0]));
    for (const name of ['dates', 'sessions', 'ics', 'refund', 'refund-timeline', 'credits', 'fee', 'waitlist', 'calendar']) expect(used).toContain(name);
    for (const name of used) expect(COMMANDS.map((c) => c.name)).toContain(name);
  });

  it.each(ALL.map((e) => [e.command, e] as const))('%s', (_command, example) => {
    const ran = run(example.argv);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    if (example.output === undefined) {
      expect(example.shown.length, 'a command without "> file" shows its output').toBeGreaterThan(0);
      expect(showsInOrder(ran.stdout, example.shown), ran.stdout).toBe(true);
    } else {
      expect(example.shown).toEqual([]);
      const first = { svg: '<svg xmlns="http://www.w3.org/2000/svg"', ics: 'BEGIN:VCALENDAR' }[example.output.split('.').pop() ?? ''];
      expect(first, `a known kind of file: ${example.output}`).toBeDefined();
      expect(ran.stdout.startsWith(first ?? '?')).toBe(true);
    }
  });

  it('the comparison fails when a line differs or is missing', () => {
    expect(showsInOrder('a\nb\nc\n', ['a', 'b', 'c'])).toBe(true);
    expect(showsInOrder('a\nb\nc\n', ['a', '...', 'c'])).toBe(true);
    expect(showsInOrder('a\nb\nc\n', ['a', 'c'])).toBe(false);
    expect(showsInOrder('a\nb\nc\n', ['a', 'b'])).toBe(false);
    expect(showsInOrder('a\nb\nc\n', ['a', 'x', '...'])).toBe(false);
  });
});
