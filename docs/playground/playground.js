// The playground: plain JavaScript over the library's browser build
// (balint-rules.js, bundled by the docs build, defines `balintRules`). Both
// are classic scripts, so the page works opened from disk as well as served.
// No framework, no server.
(function () {
  'use strict';

  const lib = window.balintRules;
  if (lib === undefined) throw new Error('the library (balint-rules.js) did not load, so the playground cannot run');

  const { BalintError, RecurrenceSyntaxError, UnsupportedError, ValidationError } = lib;
  const $ = (id) => document.getElementById(id);

  /** The values of a form's named controls, as strings (checkboxes as booleans). */
  function values(form) {
    const out = {};
    for (const element of form.elements) {
      if (!element.name) continue;
      out[element.name] = element.type === 'checkbox' ? element.checked : element.value;
    }
    return out;
  }

  /** A readable literal of a value, the way the docs show results. */
  function literal(value) {
    if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
      return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
    }
    return typeof value === 'string' ? `'${value}'` : String(value);
  }

  /** One error, explained: a message, where it happened and a hint when the library has one. */
  function explain(error) {
    if (error instanceof RecurrenceSyntaxError) {
      const where = `${error.input}\n${' '.repeat(error.position)}^`;
      return { message: error.message, where, hint: error.hint ?? '' };
    }
    if (error instanceof ValidationError) {
      const lines = error.issues.map((issue) => `${lib.formatPath(issue.path)}: ${issue.message}`);
      return { message: `Invalid ${error.subject}.`, where: lines.join('\n'), hint: '' };
    }
    if (error instanceof BalintError) return { message: error.message, where: '', hint: '' };
    return { message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`, where: '', hint: '' };
  }

  function showError(prefix, error) {
    const e = explain(error);
    $(`${prefix}-error`).hidden = false;
    $(`${prefix}-result`).hidden = true;
    return e;
  }

  // ---------------------------------------------------------------- pictures

  /**
   * Draws one of the library's pictures into `#<id>`, or says on the page why
   * it cannot be drawn. `draw` returns the SVG text of a `balint-rules/pictures`
   * function (or a list of them): the only text this page inserts as markup (the library escapes
   * every label it writes into it); everything else goes in as text.
   */
  function showPicture(id, draw) {
    const box = $(id);
    const error = $(`${id}-error`);
    try {
      const drawn = draw();
      const pictures = Array.isArray(drawn) ? drawn : [drawn];
      if (!pictures.every((svg) => typeof svg === 'string' && svg.startsWith('<svg '))) throw new Error('the library returned no SVG');
      box.innerHTML = pictures.join('');
      error.hidden = true;
      box.hidden = false;
    } catch (e) {
      const why = explain(e);
      box.replaceChildren();
      box.hidden = true;
      error.textContent = `The picture cannot be drawn: ${[why.message, why.where].filter((s) => s !== '').join(' ')}`;
      error.hidden = false;
    }
  }

  // ---------------------------------------------------------------- sessions

  function cellRow(cells) {
    const tr = document.createElement('tr');
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  }

  const WEEKDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

  function weekdayOf(date) {
    const [y, m, d] = date.split('-').map(Number);
    return WEEKDAY[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
  }

  function sessionNotes(session) {
    const notes = [];
    if (session.dst === 'gap_shifted') notes.push(`the start time does not exist that day (daylight saving): starts at ${session.startTime}`);
    if (session.dst === 'overlap_earlier') notes.push('the start time happens twice that day: the earlier one');
    if (session.origin !== 'rule') notes.push(session.origin);
    return notes.join('; ');
  }

  /** The years the sessions fall in, first to last (at most three calendars; the first year when there is no session). */
  function yearsOf(sessions) {
    const first = Number((sessions[0]?.date ?? $('from').value).slice(0, 4));
    const last = Number((sessions.at(-1)?.date ?? $('from').value).slice(0, 4));
    const years = [];
    for (let year = first; year <= Math.min(last, first + 2); year++) years.push(year);
    return years;
  }

  function renderSessions() {
    const v = values($('sessions-form'));
    try {
      const rule = lib.parseRecurrence(v.rule);
      let rrule;
      try {
        rrule = lib.toRRule(rule);
      } catch (error) {
        if (!(error instanceof UnsupportedError)) throw error;
        rrule = 'none: an explicit list of dates is written as RDATE values';
      }
      const zones = v.zones.split(',').map((z) => z.trim()).filter((z) => z !== '');
      const series = {
        recurrence: rule,
        from: v.from,
        count: Number(v.count),
        startTime: v.time,
        timeZone: v.zone.trim(),
        durationMinutes: Number(v.duration),
      };
      const plan = lib.planSeries(series);
      const rows = plan.sessions.map((s) =>
        cellRow([String(s.index), `${weekdayOf(s.date)} ${s.date}`, lib.describeSessionTimes(s, zones.length > 0 ? zones : [s.timeZone]).text, sessionNotes(s)]),
      );
      $('canonical').textContent = lib.formatRecurrence(rule);
      $('rrule').textContent = rrule;
      $('rule-json').textContent = literal(rule);
      $('sessions').tBodies[0].replaceChildren(...rows);
      $('skipped').textContent =
        plan.skipped.length === 0 ? '' : `No session on: ${plan.skipped.map((s) => `${s.date} (${s.reason.replace('_', ' ')})`).join(', ')}.`;
      showPicture('calendar', () => yearsOf(plan.sessions).map((year) => lib.seriesCalendarSvg(series, { year })));
      $('sessions-error').hidden = true;
      $('sessions-result').hidden = false;
    } catch (error) {
      const e = showError('sessions', error);
      $('error-message').textContent = e.message;
      $('error-where').textContent = e.where;
      $('error-where').hidden = e.where === '';
      $('error-hint').textContent = e.hint === '' ? '' : `Hint: ${e.hint}`;
      $('error-hint').hidden = e.hint === '';
    }
  }

  // ----------------------------------------------------------------- refunds

  /** The ABS presets whose refund policy is published in full: `{ id, label, policy }`. */
  function refundPresets() {
    const registry = lib.ABS_PRESETS;
    if (registry === undefined) return [];
    return Object.values(registry)
      .filter((preset) => preset.refundPolicy !== null && preset.refundPolicy !== undefined)
      .map((preset) => ({ id: preset.id, label: preset.name, policy: preset.refundPolicy }));
  }

  /** The preset the refund panel opens on: the retreat, whose deadline is March 12, 2026. */
  const DEFAULT_PRESET = 'abs-healing-mindfulness-compassion-retreat-2026';

  function money(m) {
    return lib.formatMoney(m);
  }

  /** When the money comes back, in words: the policy's time limit, if it sets one. */
  function whenDue(quote) {
    if (lib.isZero(quote.refund)) return 'nothing to pay back';
    const due = quote.due;
    if (due === null) return 'the policy sets no time limit';
    const of = due.after === 'receipt' ? 'the request is received' : 'the cancellation is acknowledged';
    return `within ${due.days} days after ${of}${due.by === undefined ? '' : ` (by ${due.by})`}`;
  }

  /** The instant of a local date and time in the policy's zone. */
  function instantIn(date, time, timeZone) {
    return lib.zonedToInstant({ date, time, timeZone });
  }

  const DAY_MS = 24 * 60 * 60 * 1000;

  /**
   * The policy's refund timeline as SVG. A policy with no deadline (the
   * online groups') has no span of its own: the timeline then covers the
   * 30 days either side of the cancellation typed in.
   */
  function refundTimelineOf(policy, registration, cancellation) {
    const { at, ...facts } = cancellation;
    try {
      return lib.refundTimelineSvg(policy, registration, facts);
    } catch (error) {
      if (!(error instanceof ValidationError) || error.subject !== 'timeline options') throw error;
      const ms = Date.parse(at);
      const span = { from: new Date(ms - 30 * DAY_MS).toISOString(), until: new Date(ms + 30 * DAY_MS).toISOString() };
      return lib.refundTimelineSvg(policy, registration, facts, span);
    }
  }

  function renderRefund() {
    const presets = refundPresets();
    const v = values($('refund-form'));
    const preset = presets.find((p) => p.id === v.preset) ?? presets[0];
    if (preset === undefined) return;
    try {
      const policy = preset.policy;
      const cancellation = {
        by: v.by,
        at: instantIn(v.cancelDate, v.cancelTime, policy.timeZone),
        inWriting: v.inWriting,
        ...(v.reason === '' ? {} : { reason: v.reason }),
      };
      const paid = { amount: v.paid.trim(), currency: 'USD' };
      const quote = lib.quoteRefund(policy, { paid }, cancellation);
      $('refund-message').textContent = quote.message;
      $('refund-amount').textContent = money(quote.refund);
      $('refund-withheld').textContent = money(quote.withheld);
      $('refund-credit').textContent = money(quote.credit);
      $('refund-credit-row').hidden = lib.isZero(quote.credit);
      $('refund-due').textContent = whenDue(quote);
      $('refund-policy').textContent = `${policy.label ?? preset.label} (deadlines read in ${policy.timeZone})`;
      $('cancel-zone').textContent = policy.timeZone;
      $('refund-reasons').replaceChildren(
        ...quote.reasons.map((reason) => {
          const li = document.createElement('li');
          const code = document.createElement('code');
          code.textContent = reason.code;
          li.append(code, ` ${reason.message}`);
          return li;
        }),
      );
      showPicture('refund-timeline', () => refundTimelineOf(policy, { paid }, cancellation));
      $('refund-error').hidden = true;
      $('refund-result').hidden = false;
    } catch (error) {
      const e = showError('refund', error);
      $('refund-error-message').textContent = [e.message, e.where].filter((s) => s !== '').join(' ');
    }
  }

  function setUpRefunds() {
    const presets = refundPresets();
    if (presets.length === 0) {
      $('refund-form').hidden = true;
      $('refund-output').hidden = true;
      $('refund-unavailable').hidden = false;
      return;
    }
    $('preset').replaceChildren(
      ...presets.map((p) => {
        const option = document.createElement('option');
        option.value = p.id;
        option.textContent = p.label;
        option.selected = p.id === DEFAULT_PRESET;
        return option;
      }),
    );
    $('refund-form').addEventListener('input', renderRefund);
    $('refund-form').addEventListener('change', renderRefund);
    renderRefund();
  }

  // ------------------------------------------------------------------- start

  function setUpSessions() {
    const form = $('sessions-form');
    form.addEventListener('input', renderSessions);
    form.addEventListener('change', renderSessions);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      renderSessions();
    });
    for (const button of document.querySelectorAll('button.try')) {
      button.addEventListener('click', () => {
        $('rule').value = button.dataset.rule;
        if (button.dataset.time) $('time').value = button.dataset.time;
        renderSessions();
      });
    }
    renderSessions();
  }

  setUpSessions();
  setUpRefunds();
  document.body.dataset.ready = 'true';
})();
