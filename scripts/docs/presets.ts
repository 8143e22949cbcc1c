/**
 * The ABS presets guide (docs/abs-presets.md), generated from the presets
 * themselves so it cannot drift: every program of `ABS_PRESETS`, built with
 * example values for the facts the ABS's pages do not publish, shown as data
 * and as the decisions it makes.
 */
import { ABS_PRESET_IDS, ABS_PRESETS, type AbsPresetId, type Program } from '../../src/presets/abs/index.js';
import { cell, generatedNotice, headingAnchor, literal } from './markdown.js';
import {
  creditLines,
  eligibilityLines,
  feeLines,
  refundLines,
  SAMPLE_PROFILES,
  scheduleLines,
  submissionLines,
} from './presetDecisions.js';

type ParamsOf<K extends AbsPresetId> = Parameters<(typeof ABS_PRESETS)[K]['build']>[0];

const EXAMPLE_FEES = {
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [{ id: 'regular', label: 'Regular' }],
  categories: [
    { id: 'member', label: 'ABS Members', eligibility: { kind: 'member', organization: 'ABS' }, prices: { regular: '250.00' } },
    { id: 'non_member', label: 'Non-members', eligibility: { kind: 'not', rule: { kind: 'member', organization: 'ABS' } }, prices: { regular: '400.00' } },
  ],
} as const satisfies ParamsOf<'abs-online-group-saturday-2026'>['fees'];

const DROP_IN = { from: '2026-01-01', until: '2026-12-31', startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 } as const;

/** Example values for the facts each program's pages do not publish. None of them is the ABS's. */
export const EXAMPLE_PARAMS: { readonly [K in AbsPresetId]: ParamsOf<K> } = {
  'abs-online-group-saturday-2026': { fees: EXAMPLE_FEES, minRegistrants: 6 },
  'abs-online-group-tuesday-2026': { minRegistrants: 6 },
  'abs-credentialed-leaders-drop-in-thursdays': { ...DROP_IN, holidays: 'shift' },
  'abs-credentialed-leaders-drop-in-mondays': DROP_IN,
  'abs-non-credentialed-leaders-conversation-2026': { durationMinutes: 60 },
  'abs-diversity-discussions-2026': {},
  'abs-spokane-leadership-intensive': { firstDay: '2026-04-23', refundDeadline: '2026-03-23' },
  'abs-new-england-leadership-intensive-2026': { firstDay: '2026-10-08' },
  'abs-healing-mindfulness-compassion-retreat-2026': {
    from: '2026-04-17',
    until: '2026-04-19',
    fees: { currency: 'USD', timeZone: 'America/Los_Angeles', periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: '650.00' } }] },
  },
  'ascona-prize-2026': { timeZone: 'Europe/Zurich' },
};

/** Builds a preset with its example parameters. */
export function buildExample<K extends AbsPresetId>(id: K): Program {
  const build = ABS_PRESETS[id].build as (params: ParamsOf<K>) => Program;
  return build(EXAMPLE_PARAMS[id]);
}

const KIND_NAMES: Readonly<Record<Program['kind'], string>> = {
  online_group: 'online Balint group',
  drop_in_series: 'drop-in series',
  conversation: 'conversation',
  discussion_series: 'discussion series',
  leadership_intensive: 'leadership intensive',
  retreat: 'retreat',
  award: 'award',
};

/** The parts a parameter bears on (the sessions follow the schedule, so are not repeated). */
function partsOfParameter(id: AbsPresetId, name: string): string {
  return Object.entries(ABS_PRESETS[id].parts)
    .filter(([part, info]) => part !== 'sessions' && info.parameters.includes(name))
    .map(([part]) => part)
    .join(', ');
}

function headerLines(id: AbsPresetId, program: Program): string[] {
  const preset = ABS_PRESETS[id];
  const by = [program.organizer.name, program.organizer.committee].filter((x) => x !== undefined).join(', ');
  const people = program.facilitators.map((f) => `${f.name} (${f.role})`).join(', ');
  const lines = [`### ${preset.name}`, '', `\`${id}\`: ${KIND_NAMES[program.kind]}, by ${by}${people === '' ? '' : `; ${people}`}.`, '', preset.describe, ''];
  lines.push(...program.description.split('\n').map((line) => `> ${line}`), '');
  lines.push(`Its parts, each to be built alone: ${Object.keys(preset.parts).map((part) => `\`${part}\``).join(', ')}.`, '');
  if (preset.parameters.length === 0) {
    lines.push('It takes no parameters: the pages publish every fact it needs.');
  } else {
    lines.push('| parameter | required | part | the fact it supplies |', '| --- | --- | --- | --- |');
    for (const p of preset.parameters) lines.push(`| \`${p.name}\` | ${p.required ? 'yes' : 'no'} | ${partsOfParameter(id, p.name)} | ${cell(p.description)} |`);
    const example = EXAMPLE_PARAMS[id];
    if (Object.keys(example).length === 0) lines.push('', 'Built below without parameters (none is required).');
    else lines.push('', 'Built below with these example values (not the ABS\u2019s):', '', '```json', JSON.stringify(example, null, 2), '```');
  }
  return lines;
}

function otherLines(program: Program): string[] {
  const lines: string[] = [];
  if (program.capacity !== undefined) {
    const c = program.capacity;
    const parts = [
      c.maxSeats === undefined ? 'no seat limit' : `${c.maxSeats} seats`,
      c.maxSeats === undefined ? '' : c.waitlist ? 'a waitlist' : 'no waitlist',
      c.minRegistrants === undefined ? '' : `a minimum of ${c.minRegistrants} to hold it`,
      c.decisionDate === undefined ? '' : `decided on ${c.decisionDate.date} (${c.decisionDate.timeZone})`,
    ].filter((p) => p !== '');
    const text = `${parts.join(', ')}; registration per ${program.registrationPer ?? 'program'}.`;
    lines.push('', '#### Capacity', '', `${text.charAt(0).toUpperCase()}${text.slice(1)}`);
  }
  if (program.maintenance !== undefined) lines.push('', '#### Credentialing', '', `${program.maintenance.text} (activity kind \`${program.maintenance.activityKind}\`)`);
  if (program.notes.length > 0) {
    lines.push('', '#### What the page asks and says', '');
    for (const note of program.notes) lines.push(`- *${note.kind}*: \u201c${note.text}\u201d`);
  }
  const unpublished = program.unpublished;
  if (unpublished.length > 0) {
    lines.push('', '#### Not published', '');
    for (const u of unpublished) lines.push(`- \`${u.fact}\`: ${u.description}${u.given ? ' (given here as an example)' : ''}`);
  }
  return lines;
}

function programSection(id: AbsPresetId): string[] {
  const program = buildExample(id);
  const decisions = [scheduleLines, eligibilityLines, feeLines, refundLines, creditLines, submissionLines].flatMap((f) => {
    const lines = f(program);
    return lines.length === 0 ? [] : ['', ...lines];
  });
  return [
    ...headerLines(id, program),
    ...decisions,
    ...otherLines(program),
    '',
    '<details><summary>The program as data</summary>',
    '',
    '```json',
    JSON.stringify(program, null, 2),
    '```',
    '',
    '</details>',
    '',
  ];
}

/** The whole markdown document. */
export function renderPresetsGuide(): string {
  const lines = [
    '---',
    'title: The ABS presets',
    '---',
    generatedNotice('scripts/docs/presets.ts', 'src/presets/abs'),
    '',
    '# The ABS presets',
    '',
    `\`balint-rules/presets/abs\` has every program of the American Balint Society's pages as a ready value: ${ABS_PRESET_IDS.length} presets, each a function that takes the facts the pages do not publish and returns the program as plain data, built from the library's pieces (schedule, eligibility, fees, capacity, refunds, credit, submissions). What the pages publish is reproduced exactly and quoted; what they do not publish is a parameter, never invented, and each program lists it under \`unpublished\`.`,
    '',
    'This page is generated from the presets. For each program it shows the parameters, the program as data, and the decisions it makes: its sessions in the zones the page shows, who may register, what they pay, what a cancellation gets back, the credit for full attendance. The sample registrants are examples:',
    '',
    ...SAMPLE_PROFILES.map((p) => `- **${p.name}**: \`${literal(p.profile)}\``),
    '',
    '## Using a preset',
    '',
    '```ts',
    "import { planSeries } from 'balint-rules/schedule';",
    "import { ABS_PRESETS, absOnlineGroupTuesday2026 } from 'balint-rules/presets/abs';",
    '',
    "ABS_PRESETS['abs-online-group-tuesday-2026'].requiredParameters;",
    "//=> ['minRegistrants']",
    '',
    '// The minimum is not published: 6 is an example.',
    'const group = absOnlineGroupTuesday2026({ minRegistrants: 6 });',
    'planSeries(group.schedule.series[0]).sessions.length;',
    '//=> 10',
    "ABS_PRESETS['abs-diversity-discussions-2026'].build({}).capacity;",
    '//=> { maxSeats: 12, waitlist: true }',
    '```',
    '',
    '`ABS_PRESETS[id]` gives each preset\u2019s `name`, `kind`, a one-line `describe`, its `parameters` (each the unpublished fact it supplies), `requiredParameters`, `build`, `parts` and `part`, and `refundPolicy` when the refund policy is published in full, so it can be quoted without building the program (the [playground](site:playground/index.html) does that). The typed factories (`absOnlineGroupTuesday2026`, ...) are the same functions.',
    '',
    '## One part alone',
    '',
    'Each part of a program (`schedule`, `sessions`, `eligibility`, `fees`, `capacity`, `refunds`, `accreditation`, `submission`) can be built alone, asking only for the parameters whose fact lies in that part: the same builder the whole program uses, so the same value. A parameter of another part is refused, naming its part; a part the preset does not have is a `ValidationError` at `part`.',
    '',
    '```ts',
    "import { ABS_PRESETS, buildAbsPresetPart } from 'balint-rules/presets/abs';",
    '',
    "buildAbsPresetPart('abs-online-group-saturday-2026', 'sessions').length; // no fee, no minimum needed",
    '//=> 8',
    "buildAbsPresetPart('abs-healing-mindfulness-compassion-retreat-2026', 'refunds').timeZone; // no fee, no dates needed",
    "//=> 'America/Los_Angeles'",
    "ABS_PRESETS['abs-online-group-saturday-2026'].parts.capacity;",
    "//=> { parameters: ['minRegistrants', 'maxSeats', 'decisionDate', 'registrationDeadline'], requiredParameters: ['minRegistrants'] }",
    '```',
    '',
    'The command line does the same: `balint credits --accreditation abs-online-group-saturday-2026 --attended all` reads the accreditation and the sessions, and only their parameters.',
    '',
    '## The programs',
    '',
    ...ABS_PRESET_IDS.map((id) => `- [${ABS_PRESETS[id].name}](#${headingAnchor(ABS_PRESETS[id].name)})`),
    '',
  ];
  for (const id of ABS_PRESET_IDS) lines.push(...programSection(id));
  return `${lines.join('\n').trimEnd()}\n`;
}
