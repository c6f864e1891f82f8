'use strict';

// The page of the web sample, for a client: what to do on a day of their course, in plain words, and the whole
// course as a chart. It asks the API (/api/on/{date}, /api/timeline, /api/protocols/{name}/rules), keeps the plan and
// the day in the page's address, and speaks English or Spanish. No framework and no build step; text goes into the
// page as text, never as HTML.
(function () {
  const texts = {
    en: {
      locale: 'en-GB',
      title: 'Your scalp aftercare',
      skip: 'Skip to your day',
      language: 'Language',
      plan: 'Your plan',
      zone: 'Time zone',
      zoneHint: 'Where you are, such as Europe/London.',
      sessions: 'Sessions',
      sessionsHint: 'One a line: date and time, such as 2026-11-20T10:00.',
      protocol: "Clinic's instructions",
      facts: 'About you (optional)',
      factsHint: 'One a line, such as skin-type=very-fair.',
      show: 'Show my aftercare',
      chooseDay: 'Choose a day',
      previousDay: 'Previous day',
      nextDay: 'Next day',
      date: 'Date',
      today: 'Today',
      courseDay: 'Course day',
      course: 'Your whole course',
      summary: 'Rule by rule, in words',
      print: 'Print my course',
      addCalendar: 'Add to my calendar',
      subscribe: 'Subscribe in my calendar app',
      calendarHint: 'A file for your phone’s calendar, with a reminder the evening before you may wash and moisturize again. Subscribing keeps it up to date when your plan here changes.',
      sessionsIn: function (sessions, zone) { return 'Sessions: ' + sessions + ' (' + zone + ')'; },
      groups: { do: 'What to do', avoid: 'What to avoid', limit: 'With care', expect: 'What is normal', paused: 'Not for now' },
      nothing: 'Nothing special applies on this day.',
      todayPrefix: 'Today, ',
      dayOfCourse: function (n) { return n >= 0 ? 'Day ' + n + ' of your course' : (n === -1 ? 'The day before your first session' : (-n) + ' days before your first session'); },
      forGood: 'for good',
      forGoodStart: 'For good',
      untilEnd: function (date) { return 'until the end of ' + date; },
      untilTime: function (time, date) { return 'until ' + time + ' on ' + date; },
      fromStart: function (date) { return 'from the start of ' + date; },
      fromTime: function (time, date) { return 'from ' + time + ' on ' + date; },
      fromTimeShort: function (time) { return 'From ' + time + ', '; },
      pausedLasts: function (until) { return 'Paused ' + until; },
      why: 'Why?',
      whyApplies: function (session, day, from, until) {
        return 'Day ' + day + ' after session ' + session + '. This applies ' + from + ' ' + until + '.';
      },
      whyPaused: function (by, from, until) {
        return 'Paused while \u201c' + by + '\u201d applies: ' + from + ' ' + until + '.';
      },
      sessionToday: function (session, time) { return 'Your session ' + session + ' is on this day at ' + time + '.'; },
      settled: 'Nothing changes after this any more: what is shown here is for good.',
      dayShort: function (n) { return 'Day ' + n; },
      intro: 'Your clinic\u2019s aftercare, day by day: what to do, what to avoid and for how long, in your own time zone.',
      dayBefore: function (session, day) { return 'Session ' + session + ' is ' + (-day) + (day === -1 ? ' day' : ' days') + ' away.'; },
      stretchApplies: function (from, until) { return from + ' ' + until; },
      stretchPaused: function (from, until) { return 'paused ' + from + ' ' + until; },
      paused: 'paused',
      chartTitle: 'Your course, rule by rule: when each applies and when it is paused',
      checkPlan: 'Please check your plan',
      unreachable: 'The server could not be reached.',
      serverSaid: function (status) { return 'The server answered ' + status + '.'; },
      noProtocols: 'The clinics\u2019 instructions could not be listed.',
      families: { hygiene: 'Washing', hydration: 'Moisturizing', 'dry-period': 'Right after a session', 'sweat-avoidance': 'Heat and sweat' },
      fields: { zone: 'Time zone', session: 'Sessions', fact: 'About you', protocol: "Clinic's instructions", date: 'Date', culture: 'Language' }
    },
    es: {
      locale: 'es',
      title: 'Tus cuidados del cuero cabelludo',
      skip: 'Ir a tu día',
      language: 'Idioma',
      plan: 'Tu plan',
      zone: 'Zona horaria',
      zoneHint: 'Dónde estás, por ejemplo Europe/Madrid.',
      sessions: 'Sesiones',
      sessionsHint: 'Una por línea: fecha y hora, por ejemplo 2026-11-20T10:00.',
      protocol: 'Instrucciones de la clínica',
      facts: 'Sobre ti (opcional)',
      factsHint: 'Uno por línea, por ejemplo skin-type=very-fair.',
      show: 'Ver mis cuidados',
      chooseDay: 'Elige un día',
      previousDay: 'Día anterior',
      nextDay: 'Día siguiente',
      date: 'Fecha',
      today: 'Hoy',
      courseDay: 'Día del tratamiento',
      course: 'Todo tu tratamiento',
      summary: 'Indicación por indicación, en palabras',
      print: 'Imprimir mi tratamiento',
      addCalendar: 'Añadir a mi calendario',
      subscribe: 'Suscribirme en mi app de calendario',
      calendarHint: 'Un archivo para el calendario de tu teléfono, con un aviso la tarde antes de que puedas volver a lavar e hidratar. Con la suscripción se mantiene al día si cambia tu plan aquí.',
      sessionsIn: function (sessions, zone) { return 'Sesiones: ' + sessions + ' (' + zone + ')'; },
      groups: { do: 'Qué hacer', avoid: 'Qué evitar', limit: 'Con cuidado', expect: 'Qué es normal', paused: 'Por ahora no' },
      nothing: 'Este día no se aplica nada especial.',
      todayPrefix: 'Hoy, ',
      dayOfCourse: function (n) { return n >= 0 ? 'Día ' + n + ' de tu tratamiento' : (n === -1 ? 'El día antes de tu primera sesión' : (-n) + ' días antes de tu primera sesión'); },
      forGood: 'para siempre',
      forGoodStart: 'Para siempre',
      untilEnd: function (date) { return 'hasta el final del ' + date; },
      untilTime: function (time, date) { return 'hasta las ' + time + ' del ' + date; },
      fromStart: function (date) { return 'desde el comienzo del ' + date; },
      fromTime: function (time, date) { return 'desde las ' + time + ' del ' + date; },
      fromTimeShort: function (time) { return 'Desde las ' + time + ', '; },
      pausedLasts: function (until) { return 'En pausa ' + until; },
      why: '¿Por qué?',
      whyApplies: function (session, day, from, until) {
        return 'Día ' + day + ' después de la sesión ' + session + '. Se aplica ' + from + ' ' + until + '.';
      },
      whyPaused: function (by, from, until) {
        return 'En pausa mientras se aplique \u00ab' + by + '\u00bb: ' + from + ' ' + until + '.';
      },
      sessionToday: function (session, time) { return 'Tu sesión ' + session + ' es este día a las ' + time + '.'; },
      settled: 'A partir de aquí ya no cambia nada: lo que ves es para siempre.',
      dayShort: function (n) { return 'Día ' + n; },
      intro: 'Los cuidados de tu clínica, día a día: qué hacer, qué evitar y hasta cuándo, en tu propia zona horaria.',
      dayBefore: function (session, day) { return 'Faltan ' + (-day) + (day === -1 ? ' día' : ' días') + ' para la sesión ' + session + '.'; },
      stretchApplies: function (from, until) { return from + ' ' + until; },
      stretchPaused: function (from, until) { return 'en pausa ' + from + ' ' + until; },
      paused: 'en pausa',
      chartTitle: 'Tu tratamiento, indicación por indicación: cuándo se aplica cada una y cuándo queda en pausa',
      checkPlan: 'Revisa tu plan',
      unreachable: 'No se pudo contactar con el servidor.',
      serverSaid: function (status) { return 'El servidor respondió ' + status + '.'; },
      noProtocols: 'No se pudieron listar las instrucciones de las clínicas.',
      families: { hygiene: 'Lavado', hydration: 'Hidratación', 'dry-period': 'Tras cada sesión', 'sweat-avoidance': 'Calor y sudor' },
      fields: { zone: 'Zona horaria', session: 'Sesiones', fact: 'Sobre ti', protocol: 'Instrucciones de la clínica', date: 'Fecha', culture: 'Idioma' }
    }
  };

  // Which field shows the error of each parameter the API names.
  const fieldOf = { zone: 'zone', session: 'sessions', fact: 'facts', protocol: 'protocol', date: 'date', instant: 'date', from: 'date', to: 'date' };
  const groupOrder = ['do', 'avoid', 'limit', 'expect', 'paused'];
  const dayMs = 86400000;

  const form = document.getElementById('plan');
  const problem = document.getElementById('problem');
  const result = document.getElementById('result');
  const state = { lang: 'en', calendar: null, plan: null, date: null, rules: null, rulesKey: null, timeline: null, timelineKey: null, dayZero: null, range: null };

  function t() { return texts[state.lang]; }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, String(attributes[name])); });
    return node;
  }

  function lines(text) {
    return text.split('\n').map(function (line) { return line.trim(); }).filter(function (line) { return line.length > 0; });
  }

  // Local dates are handled as day numbers (days since 1970-01-01), as the library does.
  function dayNumber(iso) {
    const parts = iso.split('-').map(Number);
    return Math.floor(Date.UTC(parts[0], parts[1] - 1, parts[2]) / dayMs);
  }

  function isoOf(day) { return new Date(day * dayMs).toISOString().slice(0, 10); }

  // An instant's local date and time in a zone: { day, minutes }.
  function localOf(instant, zone) {
    const parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(instant)).forEach(function (part) { parts[part.type] = part.value; });
    return { day: dayNumber(parts.year + '-' + parts.month + '-' + parts.day), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  }

  function todayIn(zone) {
    try { return localOf(new Date().toISOString(), zone).day; } catch (e) { return Math.floor(Date.now() / dayMs); }
  }

  function dateWords(day, withYear) {
    const options = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
    if (withYear) { options.year = 'numeric'; }
    return new Intl.DateTimeFormat(t().locale, options).format(new Date(day * dayMs)).replace(/^([^\s,]+), /, '$1 ');
  }

  function shortDate(day) {
    return new Intl.DateTimeFormat(t().locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(day * dayMs));
  }

  function time(minutes) {
    return String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
  }

  function yearOf(day) { return new Date(day * dayMs).getUTCFullYear(); }

  function words(day) { return dateWords(day, state.date !== null && yearOf(day) !== yearOf(state.date)); }

  // "until the end of Tuesday 24 November" when a stretch ends at a local midnight; "until 10:00 on ..." otherwise.
  function untilWords(until, zone) {
    if (until === null) { return t().forGood; }
    const local = localOf(until, zone);
    return local.minutes === 0 ? t().untilEnd(words(local.day - 1)) : t().untilTime(time(local.minutes), words(local.day));
  }

  function fromWords(from, zone) {
    if (from === null) { return ''; }
    const local = localOf(from, zone);
    return local.minutes === 0 ? t().fromStart(words(local.day)) : t().fromTime(time(local.minutes), words(local.day));
  }

  function familyWord(family) {
    const known = t().families[family];
    if (known) { return known; }
    const spaced = family.replace(/-/g, ' ');
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  }

  function ruleText(id) {
    const rule = state.rules && state.rules.find(function (r) { return r.id === id; });
    return rule ? rule.text : id;
  }

  // --- The plan, read from the form or the address ---------------------------------------------------------------

  function planFromForm() {
    return {
      zone: document.getElementById('zone').value.trim(),
      sessions: lines(document.getElementById('sessions').value),
      facts: lines(document.getElementById('facts').value),
      protocol: document.getElementById('protocol').value
    };
  }

  function planQuery(plan, withCulture) {
    const query = new URLSearchParams();
    query.append('zone', plan.zone);
    plan.sessions.forEach(function (s) { query.append('session', s); });
    plan.facts.forEach(function (f) { query.append('fact', f); });
    if (plan.protocol) { query.append('protocol', plan.protocol); }
    if (withCulture) { query.append('culture', state.lang); }
    return query;
  }

  // The plan as iCalendar: a download, and the same URL as webcal:// for a subscription (the plan is in the URL, so the
  // server keeps nothing). Reminders come before the "do" rules start or resume (you may wash again).
  // The calendar's identity (the end of every UID) is made once and kept in the address, so a plan revised here (a session
  // moved or added) and added again updates the events the calendar already has instead of duplicating them.
  function calendarId() {
    if (state.calendar === null) {
      const bytes = new Uint8Array(8);
      crypto.getRandomValues(bytes);
      state.calendar = 'c' + Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    }
    return state.calendar;
  }

  function setCalendarLinks() {
    const query = planQuery(state.plan, true);
    query.append('calendarId', calendarId());
    query.append('remind', 'do');
    query.append('remindBefore', '6h');
    const path = '/api/calendar.ics?' + query.toString();
    document.getElementById('add-calendar').href = path;
    document.getElementById('subscribe-calendar').href = 'webcal://' + window.location.host + path;
  }

  function keepInAddress() {
    const query = state.plan ? planQuery(state.plan, false) : new URLSearchParams();
    query.append('lang', state.lang);
    if (state.plan) { query.append('calendar', calendarId()); }
    if (state.plan && state.date !== null) { query.append('date', isoOf(state.date)); }
    history.replaceState(null, '', '?' + query.toString());
  }

  // --- Talking to the API ------------------------------------------------------------------------------------------

  async function getJson(url) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (error) {
      return { problem: { title: t().unreachable, errors: [{ message: String(error.message || error) }] } };
    }

    const type = response.headers.get('Content-Type') || '';
    if (response.ok) { return { answer: await response.json() }; }
    if (type.indexOf('application/problem+json') === 0) {
      const details = await response.json();
      return { problem: { title: details.title, errors: details.errors || [{ message: details.detail || details.title }], tooMany: details.omitted } };
    }
    return { problem: { title: t().serverSaid(response.status), errors: [] } };
  }

  async function loadRules(protocol) {
    const key = protocol + '|' + state.lang;
    if (state.rulesKey === key) { return null; }
    const got = await getJson('api/protocols/' + encodeURIComponent(protocol) + '/rules?culture=' + encodeURIComponent(state.lang));
    if (got.answer) { state.rules = got.answer.rules; state.rulesKey = key; }
    return got.problem || null;
  }

  async function loadTimeline(plan) {
    const key = planQuery(plan, false).toString();
    if (state.timelineKey === key) { return null; }
    const got = await getJson('api/timeline?' + key);
    if (got.answer) { state.timeline = got.answer; state.timelineKey = key; }
    return got.problem || null;
  }

  // Asks what applies on the chosen date (today in the plan's zone when none is chosen), and draws the course.
  async function show(focusResult) {
    const plan = state.plan;
    if (state.date === null) { state.date = todayIn(plan.zone); }
    form.setAttribute('aria-busy', 'true');
    try {
      const day = await getJson('api/on/' + isoOf(state.date) + '?' + planQuery(plan, true).toString());
      if (day.problem) {
        showProblem(day.problem);
        return;
      }

      const protocolName = plan.protocol || document.getElementById('protocol').value;
      const other = (await loadRules(protocolName)) || (await loadTimeline(plan));
      if (other) {
        showProblem(other);
        return;
      }

      clearProblems();
      state.dayZero = state.date - day.answer.courseDay;
      result.hidden = false;
      renderDay(day.answer);
      renderCourse();
      keepInAddress();
      if (focusResult) { document.getElementById('today').focus(); }
    } finally {
      form.removeAttribute('aria-busy');
      form.dataset.answered = String(Number(form.dataset.answered || '0') + 1);
    }
  }

  // --- Errors ------------------------------------------------------------------------------------------------------

  function clearProblems() {
    problem.hidden = true;
    document.querySelectorAll('.field-error').forEach(function (node) { node.hidden = true; node.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach(function (node) { node.removeAttribute('aria-invalid'); });
  }

  function showProblem(details) {
    clearProblems();
    result.hidden = state.timeline === null || details.errors.some(function (e) { return e.parameter !== 'date'; });
    document.getElementById('problem-title').textContent = details.errors.length > 0 && details.errors[0].parameter ? t().checkPlan : details.title;
    const list = document.getElementById('problem-errors');
    list.replaceChildren();
    details.errors.forEach(function (error) {
      const item = element('li', 'error');
      const field = error.parameter ? fieldOf[error.parameter] : null;
      if (error.parameter) { item.dataset.parameter = error.parameter; }
      if (field) {
        const link = element('a', null, (t().fields[error.parameter] || error.parameter) + ': ' + error.message);
        link.href = '#' + field;
        link.addEventListener('click', function (event) { event.preventDefault(); focusField(field); });
        item.appendChild(link);
        const message = document.getElementById(field + '-error');
        message.textContent = message.textContent ? message.textContent + ' ' + error.message : error.message;
        message.hidden = false;
        document.getElementById(field).setAttribute('aria-invalid', 'true');
      } else {
        item.textContent = error.parameter ? error.parameter + ': ' + error.message : error.message;
      }
      list.appendChild(item);
    });
    if (details.errors.some(function (e) { return ['zone', 'session', 'fact', 'protocol'].indexOf(e.parameter) >= 0; })) {
      document.getElementById('plan-box').open = true;
    }
    problem.hidden = false;
    problem.focus();
  }

  function focusField(id) {
    const field = document.getElementById(id);
    if (id !== 'date') { document.getElementById('plan-box').open = true; }
    field.focus();
  }

  // --- One day ------------------------------------------------------------------------------------------------------

  function lasts(item, zone) {
    const from = item.from === null ? null : localOf(item.from, zone);
    const startsToday = from !== null && from.day === state.date && from.minutes !== 0;
    const prefix = startsToday ? t().fromTimeShort(time(from.minutes)) : '';
    const until = item.until === null ? (prefix ? t().forGood : t().forGoodStart) : untilWords(item.until, zone);
    let sentence = item.status === 'suspended' ? t().pausedLasts(until) : until;
    if (prefix) { sentence = prefix + sentence.charAt(0).toLowerCase() + sentence.slice(1); }
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }

  function why(item, zone) {
    const from = item.from === null ? '' : fromWords(item.from, zone);
    const until = untilWords(item.until, zone);
    return item.status === 'suspended'
      ? t().whyPaused(ruleText(item.suspendedBy).replace(/[.\s]+$/, ''), from, until)
      : t().whyApplies(item.session, item.sessionDay, from, until);
  }

  function renderDay(answer) {
    const zone = answer.zone;
    const heading = document.getElementById('today-heading');
    const isToday = state.date === todayIn(zone);
    const dateText = dateWords(state.date, true);
    heading.textContent = isToday ? t().todayPrefix + dateText : dateText.charAt(0).toUpperCase() + dateText.slice(1);
    document.getElementById('today-sub').textContent = t().dayOfCourse(answer.courseDay) + ' \u00b7 ' + zone;
    const sessionsToday = state.plan.sessions.slice().sort().map(function (s, i) { return { number: i + 1, text: s }; })
      .filter(function (s) { return s.text.slice(0, 10) === isoOf(state.date); })
      .map(function (s) { return t().sessionToday(s.number, s.text.slice(11, 16)); });
    const note = document.getElementById('today-session');
    note.textContent = sessionsToday.join(' ');
    note.hidden = sessionsToday.length === 0;

    // On or after the start of the timeline's last segment (the one without end), nothing changes any more.
    const segments = state.timeline ? state.timeline.segments : [];
    const last = segments.length > 0 ? segments[segments.length - 1] : null;
    const settled = document.getElementById('today-settled');
    settled.textContent = t().settled;
    settled.hidden = !(last && last.until === null && last.from !== null && localOf(last.from, zone).day < state.date);

    const container = document.getElementById('groups');
    container.replaceChildren();
    if (answer.advice.length === 0) {
      container.appendChild(element('p', 'nothing', t().nothing));
    }

    groupOrder.forEach(function (group) {
      const items = answer.advice.filter(function (item) {
        return group === 'paused' ? item.status === 'suspended' : item.status === 'applies' && item.directive === group;
      });
      if (items.length === 0) { return; }
      const section = element('section', 'group group-' + group);
      section.dataset.group = group;
      const title = element('h3', null, t().groups[group]);
      title.id = 'group-' + group;
      section.setAttribute('aria-labelledby', title.id);
      section.appendChild(title);
      const list = element('ul', 'items');
      items.forEach(function (item) {
        const entry = element('li', 'item');
        entry.dataset.ruleId = item.ruleId;
        entry.dataset.status = item.status;
        entry.dataset.directive = item.directive;
        entry.appendChild(element('p', 'text', item.text));
        const meta = element('p', 'meta');
        meta.appendChild(element('span', 'family family-' + item.family, familyWord(item.family)));
        meta.appendChild(document.createTextNode(' \u00b7 '));
        meta.appendChild(element('span', 'lasts', lasts(item, zone)));
        entry.appendChild(meta);
        const details = element('details', 'why');
        details.appendChild(element('summary', null, t().why));
        details.appendChild(element('p', 'because', why(item, zone)));
        entry.appendChild(details);
        list.appendChild(entry);
      });
      section.appendChild(list);
      container.appendChild(section);
    });
  }

  // --- The whole course ---------------------------------------------------------------------------------------------

  // Each rule's stretches from the timeline's segments: consecutive segments with one status make one stretch.
  function stretches(timeline) {
    const byRule = new Map();
    timeline.segments.forEach(function (segment) {
      [['applies', segment.applies], ['suspended', segment.suspended]].forEach(function (pair) {
        pair[1].forEach(function (id) {
          if (!byRule.has(id)) { byRule.set(id, []); }
          const list = byRule.get(id);
          const last = list[list.length - 1];
          if (last && last.status === pair[0] && last.until === segment.from) {
            last.until = segment.until;
          } else {
            list.push({ status: pair[0], from: segment.from, until: segment.until });
          }
        });
      });
    });
    return byRule;
  }

  function position(instant, zone) {
    const local = localOf(instant, zone);
    return local.day - state.dayZero + local.minutes / 1440;
  }

  function courseRange(byRule, zone) {
    let first = -1;
    let last = 7;
    byRule.forEach(function (list) {
      list.forEach(function (s) {
        if (s.from !== null) { first = Math.min(first, Math.floor(position(s.from, zone)) - 1); last = Math.max(last, Math.ceil(position(s.from, zone)) + 2); }
        if (s.until !== null) { last = Math.max(last, Math.ceil(position(s.until, zone)) + 2); }
      });
    });
    const selected = state.date - state.dayZero;
    return { first: Math.min(first, selected), last: Math.max(last, selected + 1) };
  }

  function renderCourse() {
    const zone = state.timeline.zone;
    const byRule = stretches(state.timeline);
    const rules = (state.rules || []).filter(function (rule) { return byRule.has(rule.id); });
    const range = courseRange(byRule, zone);
    state.range = range;

    const slider = document.getElementById('day-slider');
    slider.min = String(range.first);
    slider.max = String(range.last);
    slider.value = String(state.date - state.dayZero);
    slider.setAttribute('aria-valuetext', t().dayOfCourse(state.date - state.dayZero) + ', ' + dateWords(state.date, false));
    document.getElementById('day-output').textContent = t().dayShort(state.date - state.dayZero);
    document.getElementById('date').value = isoOf(state.date);

    const sessions = state.plan.sessions.slice().sort().map(function (s) {
      return dateWords(dayNumber(s.slice(0, 10)), true) + ', ' + s.slice(11, 16);
    });
    document.getElementById('print-plan').textContent = t().sessionsIn(sessions.join('; '), zone);
    setCalendarLinks();
    drawChart(rules, byRule, range, zone);
    writeSummary(rules, byRule, zone);
    const legend = document.getElementById('legend');
    const present = groupOrder.filter(function (g) { return g !== 'paused' && rules.some(function (r) { return r.directive === g; }); });
    legend.replaceChildren.apply(legend, present.map(function (g) { return element('span', 'key key-' + g, t().groups[g]); })
      .concat([element('span', 'key key-paused', t().paused)]));
  }

  function drawChart(rules, byRule, range, zone) {
    const container = document.getElementById('chart');
    const width = Math.max(280, Math.floor(container.clientWidth || 600));
    const rowHeight = 40;
    const top = 28;
    const height = top + rules.length * rowHeight + 8;
    const span = range.last - range.first;
    const x = function (day) { return Math.round(((day - range.first) / span) * (width - 2) + 1); };

    const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'aria-labelledby': 'chart-title', id: 'course-chart' });
    const title = svg('title', { id: 'chart-title' });
    title.textContent = t().chartTitle;
    chart.appendChild(title);
    const defs = svg('defs');
    const pattern = svg('pattern', { id: 'paused-pattern', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.appendChild(svg('rect', { width: 6, height: 6, class: 'paused-back' }));
    pattern.appendChild(svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'paused-line' }));
    defs.appendChild(pattern);
    chart.appendChild(defs);

    // Ticks a whole number of weeks apart, at least 70 px apart, with the year where it changes; none cut off.
    const steps = [7, 14, 28, 56, 91, 182, 364, 728, 1820, 3640];
    const step = steps.find(function (d) { return (d / span) * width >= 70; }) || steps[steps.length - 1];
    let lastYear = null;
    for (let day = Math.ceil(range.first / step) * step; day <= range.last; day += step) {
      if (x(day) + 64 > width) { break; }
      chart.appendChild(svg('line', { x1: x(day), y1: top - 6, x2: x(day), y2: height, class: 'tick' }));
      const label = svg('text', { x: x(day) + 3, y: 14, class: 'tick-label' });
      const year = yearOf(state.dayZero + day);
      label.textContent = shortDate(state.dayZero + day) + (lastYear !== null && year !== lastYear ? ' ' + year : '');
      lastYear = year;
      chart.appendChild(label);
    }

    // The day shown, marked across every row (under the bars and labels).
    const selected = state.date - state.dayZero;
    chart.appendChild(svg('rect', { x: x(selected), y: top - 8, width: Math.max(3, x(selected + 1) - x(selected)), height: height - top + 8, class: 'marker', id: 'chart-marker' }));

    rules.forEach(function (rule, row) {
      const y = top + row * rowHeight;
      const group = svg('g', { class: 'rule', 'data-rule-id': rule.id });
      const label = svg('text', { x: 4, y: y + 13, class: 'rule-label' });
      const maxChars = Math.max(20, Math.floor(width / 7.5));
      label.textContent = rule.text.length > maxChars ? rule.text.slice(0, maxChars - 1) + '\u2026' : rule.text;
      group.appendChild(label);
      byRule.get(rule.id).forEach(function (s) {
        const start = s.from === null ? range.first : Math.max(range.first, position(s.from, zone));
        const end = s.until === null ? range.last : Math.min(range.last, position(s.until, zone));
        const bar = svg('rect', {
          x: x(start), y: y + 18, width: Math.max(2, x(end) - x(start)), height: 14, rx: 3,
          class: 'bar ' + (s.status === 'suspended' ? 'bar-paused' : 'bar-' + rule.directive) + (s.until === null ? ' bar-open' : ''),
          'data-status': s.status, 'data-from': s.from === null ? '' : s.from, 'data-until': s.until === null ? '' : s.until
        });
        const tip = svg('title');
        tip.textContent = rule.text + ': ' + (s.status === 'suspended' ? t().stretchPaused(fromWords(s.from, zone), untilWords(s.until, zone)) : t().stretchApplies(fromWords(s.from, zone), untilWords(s.until, zone)));
        bar.appendChild(tip);
        group.appendChild(bar);
      });
      chart.appendChild(group);
    });

    container.replaceChildren(chart);
  }

  function writeSummary(rules, byRule, zone) {
    const list = document.getElementById('summary');
    list.replaceChildren();
    rules.forEach(function (rule) {
      const entry = element('li');
      entry.dataset.ruleId = rule.id;
      entry.appendChild(element('strong', null, rule.text));
      const parts = byRule.get(rule.id).map(function (s) {
        return s.status === 'suspended' ? t().stretchPaused(fromWords(s.from, zone), untilWords(s.until, zone)) : t().stretchApplies(fromWords(s.from, zone), untilWords(s.until, zone));
      });
      const sentence = parts.join('; ');
      entry.appendChild(document.createTextNode(' ' + sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.'));
      list.appendChild(entry);
    });
  }

  // --- Language ------------------------------------------------------------------------------------------------------

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-i18n]').forEach(function (node) { node.textContent = t()[node.dataset.i18n]; });
    document.querySelectorAll('[data-i18n-label]').forEach(function (node) { node.setAttribute('aria-label', t()[node.dataset.i18nLabel]); });
    document.title = t().title;
    document.querySelectorAll('button.lang').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    });
  }

  function chooseLanguage(lang) {
    if (!texts[lang] || lang === state.lang) { return; }
    state.lang = lang;
    applyLanguage();
    if (state.plan && !result.hidden) {
      show(false);
    } else {
      keepInAddress();
    }
  }

  // --- Start ---------------------------------------------------------------------------------------------------------

  async function loadProtocols(chosen) {
    const select = document.getElementById('protocol');
    const got = await getJson('api/protocols');
    if (got.answer) {
      got.answer.names.forEach(function (name) {
        const option = element('option', null, name);
        option.value = name;
        option.selected = chosen ? name === chosen.toLowerCase() : name === got.answer.default;
        select.appendChild(option);
      });
    } else {
      showProblem({ title: t().noProtocols, errors: got.problem.errors });
    }
    select.dataset.loaded = 'true';
  }

  function moveTo(day) {
    if (state.plan === null || state.dayZero === null) { return; }
    state.date = day;
    show(false);
  }

  async function start() {
    const address = new URLSearchParams(location.search);
    const browser = (navigator.language || 'en').toLowerCase();
    state.lang = texts[address.get('lang')] ? address.get('lang') : (browser.indexOf('es') === 0 ? 'es' : 'en');
    applyLanguage();
    if (/^[A-Za-z0-9._-]{1,64}$/.test(address.get('calendar') || '')) { state.calendar = address.get('calendar'); }

    if (address.get('zone') !== null) {
      document.getElementById('zone').value = address.get('zone');
    } else {
      try { document.getElementById('zone').value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/London'; } catch (e) { /* keep the default */ }
    }
    if (address.getAll('session').length > 0) { document.getElementById('sessions').value = address.getAll('session').join('\n'); }
    if (address.getAll('fact').length > 0) { document.getElementById('facts').value = address.getAll('fact').join('\n'); }
    await loadProtocols(address.get('protocol'));

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      state.plan = planFromForm();
      state.date = null;
      show(true);
    });
    document.querySelectorAll('button.lang').forEach(function (button) {
      button.addEventListener('click', function () { chooseLanguage(button.dataset.lang); });
    });
    document.getElementById('previous').addEventListener('click', function () { moveTo(state.date - 1); });
    document.getElementById('next').addEventListener('click', function () { moveTo(state.date + 1); });
    document.getElementById('today-button').addEventListener('click', function () { moveTo(todayIn(state.plan.zone)); });
    document.getElementById('day-slider').addEventListener('change', function (event) { moveTo(state.dayZero + Number(event.target.value)); });
    document.getElementById('day-slider').addEventListener('input', function (event) {
      document.getElementById('day-output').textContent = t().dayShort(Number(event.target.value));
    });
    document.getElementById('date').addEventListener('change', function (event) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) { moveTo(dayNumber(event.target.value)); }
    });
    document.getElementById('print').addEventListener('click', function () { window.print(); });
    let resizing = null;
    window.addEventListener('resize', function () {
      clearTimeout(resizing);
      resizing = setTimeout(function () { if (state.timeline && !result.hidden) { renderCourse(); } }, 150);
    });

    if (address.get('zone') !== null && address.getAll('session').length > 0) {
      state.plan = planFromForm();
      const date = address.get('date');
      state.date = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayNumber(date) : null;
      document.getElementById('plan-box').open = false;
      await show(false);
    }
    form.dataset.ready = 'true';
  }

  start();
}());
