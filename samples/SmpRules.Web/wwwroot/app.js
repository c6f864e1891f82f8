'use strict';

// The page of the web sample: it asks /api/day/{n} and shows the advice grouped by family, or the problem details
// the API answers with. No framework and no build step; text goes into the page as text, never as HTML.
(function () {
  const form = document.getElementById('plan');
  const problem = document.getElementById('problem');
  const result = document.getElementById('result');

  function lines(text) {
    return text.split('\n').map(function (line) { return line.trim(); }).filter(function (line) { return line.length > 0; });
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // An instant as a local date and time in the plan's zone: yyyy-MM-dd HH:mm.
  function local(instant, zone) {
    const parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(instant)).forEach(function (part) { parts[part.type] = part.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
  }

  function showProblem(title, errors) {
    result.hidden = true;
    document.getElementById('problem-title').textContent = title;
    const list = document.getElementById('problem-errors');
    list.replaceChildren();
    errors.forEach(function (error) {
      const item = element('li', 'error');
      if (error.parameter) { item.dataset.parameter = error.parameter; }
      if (error.path) { item.dataset.path = error.path; }
      item.textContent = error.parameter ? error.parameter + ': ' + error.message : error.message;
      list.appendChild(item);
    });
    problem.hidden = false;
  }

  function showAdvice(answer) {
    problem.hidden = true;
    document.getElementById('result-heading').textContent =
      'Course day ' + answer.courseDay + ': ' + answer.query.date + ' (' + answer.zone + ')';
    const container = document.getElementById('advice');
    container.replaceChildren();
    if (answer.advice.length === 0) {
      container.appendChild(element('p', 'nothing', 'Nothing applies on this day.'));
    }

    const families = new Map();
    answer.advice.forEach(function (item) {
      if (!families.has(item.family)) { families.set(item.family, []); }
      families.get(item.family).push(item);
    });
    families.forEach(function (items, family) {
      const section = element('section', 'family');
      section.dataset.family = family;
      section.appendChild(element('h3', null, family));
      const list = element('ul');
      items.forEach(function (item) {
        const entry = element('li', 'item ' + item.status);
        entry.dataset.ruleId = item.ruleId;
        const line = element('div', 'line');
        line.appendChild(element('span', 'status', item.status));
        line.appendChild(element('span', 'directive', item.directive));
        line.appendChild(element('span', 'text', ' ' + item.text));
        entry.appendChild(line);
        const until = item.until === null ? 'for good' : 'until ' + local(item.until, answer.zone);
        const meta = item.status === 'suspended'
          ? item.ruleId + ' · session ' + item.session + ', day ' + item.sessionDay + ' · suspended by ' + item.suspendedBy +
            (item.until === null ? ' for good' : ' · resumes ' + local(item.until, answer.zone))
          : item.ruleId + ' · session ' + item.session + ', day ' + item.sessionDay + ' · ' + until;
        entry.appendChild(element('div', 'meta', meta));
        entry.appendChild(element('div', 'why', 'why: ' + item.why));
        list.appendChild(entry);
      });
      section.appendChild(list);
      container.appendChild(section);
    });
    result.hidden = false;
  }

  async function ask(event) {
    event.preventDefault();
    const query = new URLSearchParams();
    query.append('zone', document.getElementById('zone').value.trim());
    lines(document.getElementById('sessions').value).forEach(function (s) { query.append('session', s); });
    lines(document.getElementById('facts').value).forEach(function (f) { query.append('fact', f); });
    query.append('culture', document.getElementById('culture').value);
    const protocol = document.getElementById('protocol').value;
    if (protocol) { query.append('protocol', protocol); }
    const day = document.getElementById('day').value.trim();

    form.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch('api/day/' + encodeURIComponent(day === '' ? ' ' : day) + '?' + query.toString(),
        { headers: { Accept: 'application/json' } });
      const type = response.headers.get('Content-Type') || '';
      if (response.ok) {
        showAdvice(await response.json());
      } else if (type.indexOf('application/problem+json') === 0) {
        const details = await response.json();
        showProblem(details.title, details.errors || [{ message: details.detail || details.title }]);
      } else {
        showProblem('The server answered ' + response.status + '.', []);
      }
    } catch (error) {
      showProblem('The server could not be reached.', [{ message: String(error.message || error) }]);
    } finally {
      form.removeAttribute('aria-busy');
      form.dataset.answered = String(Number(form.dataset.answered || '0') + 1);
    }
  }

  async function loadProtocols() {
    const select = document.getElementById('protocol');
    try {
      const response = await fetch('api/protocols', { headers: { Accept: 'application/json' } });
      const answer = await response.json();
      answer.names.forEach(function (name) {
        const option = element('option', null, name);
        option.value = name;
        option.selected = name === answer.default;
        select.appendChild(option);
      });
    } catch (error) {
      showProblem('The protocols could not be listed.', [{ message: String(error.message || error) }]);
    }
    select.dataset.loaded = 'true';
  }

  form.addEventListener('submit', ask);
  loadProtocols();
}());
