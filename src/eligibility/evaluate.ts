import { checkCondition, type ConditionFinding } from './conditions.js';
import { phrase } from './describe.js';
import type { RegistrantProfile } from './profile.js';
import type { EligibilityReason, EligibilityResult, RulePath } from './reasons.js';
import type { EligibilityRule } from './rule.js';

/**
 * Whether a rule holds, and the reasons that explain that outcome (whichever
 * it is). The reasons are built only when asked for: a decision that holds
 * reports none, so evaluating a deep rule that holds costs time in its size,
 * not in the size of explanations nobody reads.
 */
export interface Outcome {
  readonly holds: boolean;
  readonly reasons: () => EligibilityReason[];
}

/** A path in the rule as a chain to its parent, made into a {@link RulePath} only when a reason is built. */
interface PathLink {
  readonly parent: PathLink | null;
  readonly keys: readonly (string | number)[];
}

function toPath(link: PathLink | null): RulePath {
  if (link === null) return [];
  const chain: (readonly (string | number)[])[] = [];
  for (let at: PathLink | null = link; at !== null; at = at.parent) chain.push(at.keys);
  const path: (string | number)[] = [];
  for (let i = chain.length - 1; i >= 0; i--) path.push(...(chain[i] as readonly (string | number)[]));
  return path;
}

/** A label from an enclosing `not`: `negated` when it describes the negation of the rule it is passed to. */
interface Override {
  readonly label: string;
  readonly negated: boolean;
}

/**
 * The sentence for a condition: "You must (not) be <phrase>; <finding>."
 * `held` is the rule's own outcome; a rule that holds only surfaces as a
 * reason when it is excluded by a `not`, hence "must not".
 */
function say(rule: EligibilityRule, override: Override | undefined, held: boolean, finding: string): { message: string; label?: string } {
  const useOverride = rule.label === undefined && override !== undefined;
  const text = useOverride ? override.label : phrase(rule);
  const mustNot = useOverride ? held !== override.negated : held;
  const message = `You must ${mustNot ? 'not ' : ''}be ${text}; ${finding}.`;
  const label = useOverride ? override.label : rule.label;
  return label === undefined ? { message } : { message, label };
}

/**
 * What a rule's evaluation leaves behind: whether each node holds, in the
 * rule's shape (`parts` are an `all`/`any`'s rules or a `not`'s one rule),
 * and for a condition its finding. Reasons are built from it only when
 * asked for.
 */
interface Node {
  readonly holds: boolean;
  readonly parts: readonly Node[];
  readonly finding?: ConditionFinding;
}

function evaluateNode(rule: EligibilityRule, profile: RegistrantProfile, at: string): Node {
  switch (rule.kind) {
    case 'all':
    case 'any': {
      const all = rule.kind === 'all';
      const parts: Node[] = [];
      let decided = false;
      for (const r of rule.rules) {
        const part = evaluateNode(r, profile, at);
        if (part.holds !== all) decided = true;
        parts.push(part);
      }
      // `all` fails, or `any` holds, on the parts that decide it.
      return { holds: all ? !decided : decided, parts };
    }
    case 'not': {
      const inner = evaluateNode(rule.rule, profile, at);
      return { holds: !inner.holds, parts: [inner] };
    }
    default: {
      const finding = checkCondition(rule, profile, at);
      return { holds: finding.holds, parts: [], finding };
    }
  }
}

/** Adds to `reasons` those that explain a node's outcome (whichever it is). */
function reasonsAt(
  rule: EligibilityRule,
  node: Node,
  link: PathLink | null,
  override: Override | undefined,
  reasons: EligibilityReason[],
): EligibilityReason[] {
  switch (rule.kind) {
    case 'all':
    case 'any': {
      const all = rule.kind === 'all';
      const parts = node.parts;
      let decided = false;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as Node;
        if (part.holds === all) continue;
        decided = true;
        reasonsAt(rule.rules[i] as EligibilityRule, part, { parent: link, keys: ['rules', i] }, undefined, reasons);
      }
      if (decided) return reasons;
      // No part decides: every part explains the outcome, nested in one reason.
      const nested: EligibilityReason[] = [];
      for (let i = 0; i < parts.length; i++) reasonsAt(rule.rules[i] as EligibilityRule, parts[i] as Node, { parent: link, keys: ['rules', i] }, undefined, nested);
      reasons.push({ code: all ? 'all_held' : 'none_of_any', path: toPath(link), ...say(rule, override, node.holds, all ? 'all of these apply' : 'none of these applies'), reasons: nested });
      return reasons;
    }
    case 'not': {
      const inner: Override | undefined =
        rule.label !== undefined ? { label: rule.label, negated: true } : override && { label: override.label, negated: !override.negated };
      return reasonsAt(rule.rule, node.parts[0] as Node, { parent: link, keys: ['rule'] }, inner, reasons);
    }
    default: {
      // A condition: its finding's fields, then the path, the message and any label (in that order).
      const found = node.finding as ConditionFinding;
      const reason = { ...found.detail } as { path: RulePath; message: string; label?: string };
      reason.path = toPath(link);
      const said = say(rule, override, found.holds, found.finding);
      reason.message = said.message;
      if (said.label !== undefined) reason.label = said.label;
      reasons.push(reason as EligibilityReason);
      return reasons;
    }
  }
}

/**
 * Evaluates an already validated rule. The reasons explain the outcome: for
 * a rule that fails, every unmet condition; for one that holds, the facts
 * that make it hold (which a `not` above turns into "excluded" reasons).
 * By induction, a reason from a condition that failed always means "must be",
 * one from a condition that held "must not be".
 */
export function evaluate(rule: EligibilityRule, profile: RegistrantProfile, at: string, path: RulePath = []): Outcome {
  const node = evaluateNode(rule, profile, at);
  return { holds: node.holds, reasons: () => reasonsAt(rule, node, path.length === 0 ? null : { parent: null, keys: path }, undefined, []) };
}

/** The decision on an already validated rule and profile, as `checkEligibility` returns it. */
export function decideEligibility(rule: EligibilityRule, profile: RegistrantProfile, at: string): EligibilityResult {
  const node = evaluateNode(rule, profile, at);
  return node.holds ? { verdict: 'eligible', reasons: [] } : { verdict: 'not_eligible', reasons: reasonsAt(rule, node, null, undefined, []) };
}
