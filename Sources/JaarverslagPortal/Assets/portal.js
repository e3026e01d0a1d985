// The portal's own script. The pages are complete without it for reading; it adds editing,
// live checks and preview, saving with conflict handling, history and restore.
// Every sentence it shows comes from the page (#strings), written by the server in Dutch.
(function () {
  'use strict';

  const main = document.getElementById('main');
  if (!main) return;
  for (const element of document.querySelectorAll('.needs-script')) element.hidden = false;
  for (const element of document.querySelectorAll('.no-script')) element.hidden = true;

  let csrfToken = null;

  async function loadSession() {
    const response = await fetch('/api/session', { credentials: 'same-origin' });
    if (response.ok) csrfToken = (await response.json()).csrfToken;
  }

  /** A request (JSON, or a form with a file) with the session's CSRF token; resolves to
   *  { status, body }. */
  async function api(method, url, body) {
    if (csrfToken === null) await loadSession();
    const options = { method, credentials: 'same-origin', headers: { 'X-CSRF-Token': csrfToken || '' } };
    if (body instanceof FormData) {
      options.body = body;
    } else if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    let response = await fetch(url, options);
    if (response.status === 403 && method !== 'GET') {
      // Signed in again in another tab (after the session ran out): this page still holds the
      // old session's token. Take the new one and try once more, so typed text is not trapped.
      let data = null;
      try { data = await response.clone().json(); } catch (e) { data = null; }
      if (data && data.error && data.error.code === 'csrf') {
        const stale = csrfToken;
        await loadSession();
        if (csrfToken && csrfToken !== stale) {
          options.headers['X-CSRF-Token'] = csrfToken;
          response = await fetch(url, options);
        }
      }
    }
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    return { status: response.status, body: data };
  }

  const logout = document.getElementById('logout');
  if (logout) {
    logout.hidden = false;
    logout.addEventListener('click', async function () {
      await api('POST', '/api/logout', {});
      window.location.href = '/';
    });
  }

  // A message that should survive a reload (after a step of the workflow or a build).
  const carried = sessionStorage.getItem('portal-notice');
  if (carried) {
    sessionStorage.removeItem('portal-notice');
    const notice = document.getElementById('notice');
    if (notice) {
      const { text, kind } = JSON.parse(carried);
      notice.textContent = text;
      notice.className = 'notice ' + (kind || 'info');
      notice.hidden = false;
    }
  }

  /** Reloads the page, showing `text` once it is back. */
  function reloadWith(text, kind) {
    sessionStorage.setItem('portal-notice', JSON.stringify({ text: text, kind: kind }));
    window.location.reload();
  }

  /** The reason an API call failed, as its answer says it. */
  function reasonOf(result, fallback) {
    return result.body && result.body.error ? result.body.error.message : fallback || String(result.status);
  }

  if (main.classList.contains('editor')) startEditor();
  if (main.classList.contains('dashboard')) startDashboard();
  if (main.classList.contains('next-year')) startNextYear();

  // Starting the next year: the manifest as confirmed, and the new links shown once.
  function startNextYear() {
    const strings = document.getElementById('strings').dataset;
    const notice = document.getElementById('notice');
    const button = document.getElementById('start-year');
    const findings = document.getElementById('next-year-findings');
    button.addEventListener('click', async () => {
      const carry = document.getElementById('carry-invitations');
      button.disabled = true;
      notice.textContent = strings.starting;
      notice.className = 'notice info';
      notice.hidden = false;
      findings.hidden = true;
      try {
        const result = await api('POST', '/api/years', {
          yaml: document.getElementById('next-year-yaml').value, carryInvitations: !!(carry && carry.checked),
        });
        if (result.status !== 200) {
          notice.textContent = reasonOf(result);
          notice.className = 'notice error';
          findings.textContent = '';
          for (const finding of (result.body && result.body.findings) || []) {
            const item = document.createElement('li');
            item.className = finding.severity;
            item.textContent = (finding.line > 0 ? finding.line + ':' + finding.column + ' ' : '') + finding.message
              + (finding.fix ? ' — ' + finding.fix : '');
            findings.appendChild(item);
          }
          findings.hidden = findings.children.length === 0;
          button.disabled = false;
          return;
        }
        notice.textContent = result.body.message;
        notice.className = 'notice success';
        document.getElementById('next-year-yaml').readOnly = true;
        button.hidden = true;
        const links = result.body.invitations.map((i) => i.group + ' — ' + (i.name || '') + (i.email ? ' <' + i.email + '>' : '') + '\n' + i.link);
        document.getElementById('new-links-text').value = links.join('\n\n');
        document.getElementById('new-links').hidden = false;
      } catch (e) {
        notice.textContent = String(e);
        notice.className = 'notice error';
        button.disabled = false;
      }
    });
  }

  function startDashboard() {
    const strings = document.getElementById('strings').dataset;
    const say = (key, values) => (strings[key.replace(/-([a-z])/g, (m, c) => c.toUpperCase())] || key)
      .replace(/\{(\w+)\}/g, (m, name) => (values && name in values ? values[name] : m));
    const year = main.dataset.year;
    const notice = document.getElementById('notice');
    const showNotice = (text, kind) => {
      notice.textContent = text;
      notice.className = 'notice ' + (kind || 'info');
      notice.hidden = !text;
    };

    // Copying a reminder or the addresses in one click; selecting it is the fallback.
    for (const button of document.querySelectorAll('button[data-copy]')) {
      button.addEventListener('click', async () => {
        const area = document.getElementById(button.dataset.copy);
        let copied = false;
        try {
          await navigator.clipboard.writeText(area.value);
          copied = true;
        } catch (e) {
          area.focus();
          area.select();
          copied = document.execCommand && document.execCommand('copy');
        }
        button.dataset.copied = copied ? 'true' : 'false';
        showNotice(copied ? say('copied') : say('copy-failed'), copied ? 'success' : 'warning');
      });
    }

    const result = document.getElementById('build-result');
    async function build(draft) {
      const pdf = document.getElementById('with-pdf');
      const buttons = document.querySelectorAll('#build, #build-draft');
      buttons.forEach((b) => { b.disabled = true; });
      result.textContent = say('building');
      result.className = 'notice info';
      try {
        const answer = await api('POST', '/api/' + year + '/build', { pdf: !!(pdf && pdf.checked), draft: draft });
        if (answer.status === 200) {
          reloadWith(answer.body.message, 'success');
          return;
        }
        result.textContent = say('build-failed', { reason: reasonOf(answer) });
        result.className = 'notice error';
        if (answer.body && answer.body.reasons) {
          const list = document.createElement('ul');
          for (const reason of answer.body.reasons) {
            const item = document.createElement('li');
            item.textContent = reason;
            list.appendChild(item);
          }
          result.appendChild(list);
        }
      } catch (e) {
        result.textContent = say('build-failed', { reason: say('network') });
        result.className = 'notice error';
      } finally {
        buttons.forEach((b) => { b.disabled = false; });
      }
    }
    const buildButton = document.getElementById('build');
    if (buildButton) buildButton.addEventListener('click', () => build(false));
    const draftButton = document.getElementById('build-draft');
    if (draftButton) draftButton.addEventListener('click', () => build(true));
  }

  function startEditor() {
    const strings = document.getElementById('strings').dataset;
    // A sentence from the page, with {name} filled in and {name|one|many} as a count with its noun.
    const say = (key, values) => (strings[key.replace(/-([a-z])/g, (m, c) => c.toUpperCase())] || key)
      .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name, one, many) =>
        (values && name in values ? values[name] + ' ' + (values[name] === 1 ? one : many) : m))
      .replace(/\{(\w+)\}/g, (m, name) => (values && name in values ? values[name] : m));

    const year = main.dataset.year;
    const group = main.dataset.group;
    let version = main.dataset.version;
    let bodyLine = parseInt(main.dataset.bodyLine, 10) || 1;
    const raw = bodyLine <= 1;

    const body = document.getElementById('body');
    const yaml = document.getElementById('field-yaml');
    const title = document.getElementById('field-title');
    const chairRows = document.getElementById('chair-rows');
    const cityList = Array.from(document.querySelectorAll('#member-cities option')).map((o) => o.value);
    const notice = document.getElementById('notice');
    const saveButton = document.getElementById('save');
    const saveState = document.getElementById('save-state');
    const diagnostics = document.getElementById('diagnostics');
    const summary = document.getElementById('check-summary');
    const preview = document.getElementById('preview');
    const history = document.getElementById('history');
    const conflict = document.getElementById('conflict');

    // A text handed in or approved is the coordinator's now: the secretary reads it.
    const locked = main.dataset.locked === 'true';
    if (!locked) {
      body.readOnly = false;
      if (!raw) yaml.readOnly = false;
    }

    const fullText = () => (raw ? body.value : '---\n' + yaml.value + '---\n' + body.value);
    let savedText = fullText();
    let theirs = null;

    // A server's message may name what to type (`group: woningmarkt`): shown as code, as in
    // the findings, not with its backticks.
    function showNotice(text, kind) {
      notice.textContent = '';
      if (text) appendCodeSpans(notice, text);
      notice.className = 'notice ' + (kind || 'info');
      notice.hidden = !text;
    }

    function updateSaveState() {
      const dirty = fullText() !== savedText;
      // A group with no text yet shows an outline, which is not saved anywhere.
      const absent = version === 'absent';
      saveState.textContent = dirty ? say('unsaved') : absent ? say('not-saved-yet') : say('saved');
      saveState.classList.toggle('dirty', dirty || absent);
    }

    // Splits a whole fragment into the front matter and the body, as the server does.
    function split(text) {
      const lines = text.split('\n');
      if (raw || lines[0].replace(/[ \t]+$/, '') !== '---') return null;
      for (let i = 1; i < lines.length; i++) {
        if (/^---[ \t]*$/.test(lines[i])) {
          return { yaml: lines.slice(1, i).map((l) => l + '\n').join(''), body: lines.slice(i + 1).join('\n'), bodyLine: i + 2 };
        }
      }
      return null;
    }

    function setText(text) {
      const parts = split(text);
      if (parts) {
        yaml.value = parts.yaml;
        body.value = parts.body;
        bodyLine = parts.bodyLine;
      } else {
        body.value = text;
      }
    }

    // ---- Live checks and preview --------------------------------------------------------

    let checkTimer = null;
    let checkSerial = 0;
    function scheduleCheck() {
      updateSaveState();
      clearTimeout(checkTimer);
      checkTimer = setTimeout(runCheck, 400);
    }

    async function runCheck() {
      const serial = ++checkSerial;
      summary.textContent = say('checking');
      try {
        const result = await api('POST', '/api/' + year + '/preview', { group: group, text: fullText() });
        if (serial !== checkSerial) return;
        if (result.status !== 200) {
          // Signed out, or a text over the limit: say so, instead of "checking" for good.
          summary.textContent = say('check-failed', { reason: reasonOf(result) });
          return;
        }
        showFindings(result.body);
        showPreview(result.body.preview);
      } catch (e) {
        summary.textContent = say('network');
      }
    }

    // The frame holds the compiler's rendering of the section; its main is replaced in place.
    function showPreview(rendered) {
      const frame = preview.contentDocument;
      const target = frame && frame.getElementById('voorbeeld');
      if (!target) return;
      target.textContent = '';
      if (!rendered) {
        const empty = frame.createElement('p');
        empty.className = 'empty';
        empty.textContent = say('no-preview');
        target.appendChild(empty);
      } else {
        // The compiler's HTML renderer wrote it, escaping every text; the frame runs no script.
        target.innerHTML = rendered.content;
      }
    }

    function showFindings(result) {
      if (result.bodyLine) bodyLine = result.bodyLine;
      summary.textContent = result.errors === 0 && result.warnings === 0
        ? say('no-problems') : say('problems', { errors: result.errors, warnings: result.warnings });
      listFindings(diagnostics, result.diagnostics, true);
    }

    // The parts of a message between backticks as `code`, the rest as text (never markup): as
    // codeSpans in HTML.swift does for the findings on the page it serves.
    function appendCodeSpans(parent, text) {
      const parts = String(text).split('`');
      if (parts.length < 2 || parts.length % 2 === 0) { parent.appendChild(document.createTextNode(text)); return; }
      parts.forEach((part, index) => {
        if (index % 2 === 1) {
          const code = document.createElement('code');
          code.textContent = part;
          parent.appendChild(code);
        } else if (part) {
          parent.appendChild(document.createTextNode(part));
        }
      });
    }

    // Fills a list with findings; `inText` when their lines are lines of this text.
    // A line as the secretary counts it: in the text box, from its first line (the front
    // matter above it is not shown there); in the front matter, as it is.
    function place(line, inText) {
      if (!inText || raw) return say('line', { line: line });
      if (line < bodyLine) return say('line', { line: line }) + ' (' + say('in-details') + ')';
      return say('line', { line: line - bodyLine + 1 });
    }

    function listFindings(list, findings, inText) {
      list.textContent = '';
      for (const finding of findings) {
        const item = document.createElement('li');
        item.className = finding.severity;
        item.dataset.line = inText ? finding.line : 0;
        item.dataset.column = finding.column;
        const add = (cls, text) => {
          const span = document.createElement('span');
          span.className = cls;
          appendCodeSpans(span, text);
          item.appendChild(span);
        };
        add('severity', finding.severity === 'error' ? say('error') : say('warning'));
        add('place', finding.place || (finding.line > 0 ? place(finding.line, inText) : ''));
        add('message', finding.message);
        if (finding.fix) add('fix', finding.fix);
        for (const note of finding.notes || []) add('note', note);
        if (inText && finding.fixable && !locked) {
          item.dataset.rule = finding.rule;
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'fix-button secondary';
          button.textContent = say('fix-button');
          item.appendChild(button);
        }
        list.appendChild(item);
      }
      if (inText) makeFindingsClickable(list);
    }

    function makeFindingsClickable(list) {
      for (const item of (list || diagnostics).querySelectorAll('li')) {
        item.tabIndex = 0;
        item.setAttribute('role', 'button');
        const go = () => goTo(parseInt(item.dataset.line, 10), parseInt(item.dataset.column, 10));
        item.addEventListener('click', go);
        item.addEventListener('keydown', (event) => {
          if (event.target === item && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); go(); }
        });
        const fixButton = item.querySelector('button.fix-button');
        if (fixButton) {
          fixButton.addEventListener('click', (event) => { event.stopPropagation(); applyFix(item, fixButton); });
        }
      }
    }

    // Makes one finding's certain fix: the server makes it on the text as it stands here, and
    // the change goes into the editor as typing would (undo works), to be saved as usual.
    async function applyFix(item, button) {
      button.disabled = true;
      const before = fullText();
      let result;
      try {
        result = await api('POST', '/api/' + year + '/fix', {
          group: group, text: before, rule: item.dataset.rule,
          line: parseInt(item.dataset.line, 10), column: parseInt(item.dataset.column, 10),
        });
      } catch (e) {
        // The server cannot be reached: the text is as it was, and the button can be tried again.
        showNotice(say('network'), 'error');
        button.disabled = false;
        return;
      }
      if (result.status !== 200 || fullText() !== before) {
        showNotice(result.status === 200 ? '' : reasonOf(result, say('network')), 'error');
        runCheck();
        return;
      }
      const parts = split(result.body.text) || { yaml: yaml.value, body: result.body.text };
      if (!raw && parts.yaml !== yaml.value) {
        yaml.value = parts.yaml;
        syncForm();
      }
      if (parts.body !== body.value) replaceChanged(body, parts.body);
      showNotice(say('fixed'), 'info');
      scheduleCheck();
    }

    // Replaces only the part of a text area that differs from `text`, through the browser's
    // editing, so that the change can be undone.
    function replaceChanged(area, text) {
      const old = area.value;
      let start = 0;
      while (start < old.length && start < text.length && old[start] === text[start]) start++;
      let end = 0;
      while (end < old.length - start && end < text.length - start
        && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
      area.focus();
      area.setSelectionRange(start, old.length - end);
      const inserted = text.slice(start, text.length - end);
      const done = inserted === ''
        ? document.execCommand && document.execCommand('delete', false)
        : document.execCommand && document.execCommand('insertText', false, inserted);
      if (!done || area.value !== text) {
        area.value = text;
        area.dispatchEvent(new Event('input'));
      }
    }

    // Puts the cursor on a line (1-based, of the whole fragment) and column.
    function goTo(line, column) {
      if (!(line > 0)) return;
      let area = body;
      let local = line;
      if (!raw) {
        if (line < bodyLine) {
          area = yaml;
          local = line - 1;
          yaml.closest('details').open = true;
        } else {
          local = line - bodyLine + 1;
        }
      }
      const lines = area.value.split('\n');
      local = Math.max(1, Math.min(local, lines.length));
      let offset = 0;
      for (let i = 0; i < local - 1; i++) offset += lines[i].length + 1;
      const start = offset + Math.max(0, Math.min((column || 1) - 1, lines[local - 1].length));
      area.focus();
      area.setSelectionRange(start, offset + lines[local - 1].length);
      const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
      area.scrollTop = Math.max(0, (local - 3) * lineHeight);
    }

    makeFindingsClickable();
    body.addEventListener('input', scheduleCheck);
    yaml.addEventListener('input', scheduleCheck);

    // ---- The front-matter form ----------------------------------------------------------

    // Only the fields the person touched are sent, so that a form showing an older state
    // never overwrites a field that changed underneath (a restore, the other version).
    let formTimer = null;
    const touched = new Set();
    function formChanged(field) {
      touched.add(field);
      updateSaveState();
      clearTimeout(formTimer);
      formTimer = setTimeout(applyForm, 300);
    }

    function chairsFromForm() {
      return Array.from(chairRows.querySelectorAll('.chair-row')).map((row) => ({
        name: row.querySelector('.chair-name').value.trim() || null,
        city: row.querySelector('.chair-city').value,
        role: row.querySelector('.chair-role').value,
      }));
    }

    async function applyForm() {
      const request = { yaml: yaml.value };
      if (touched.has('title')) request.title = title.value;
      if (touched.has('chairs')) request.chairs = chairsFromForm();
      touched.clear();
      const result = await api('POST', '/api/' + year + '/frontmatter', request);
      if (result.status === 200) {
        yaml.value = result.body.yaml;
        scheduleCheck();
      }
    }

    // Shows the fields of the front matter as it now is (after a restore, or taking the
    // other version).
    async function syncForm() {
      if (raw) return;
      const result = await api('POST', '/api/' + year + '/frontmatter', { yaml: yaml.value });
      if (result.status !== 200) return;
      title.value = result.body.title || '';
      chairRows.textContent = '';
      for (const chair of result.body.chairs || []) chairRows.appendChild(makeChairRow(chair));
    }

    if (!raw) {
      title.addEventListener('input', () => formChanged('title'));
      chairRows.addEventListener('input', () => formChanged('chairs'));
      chairRows.addEventListener('change', () => formChanged('chairs'));
    }

    function option(value, label, selected) {
      const element = document.createElement('option');
      element.value = value;
      element.textContent = label;
      element.selected = selected;
      return element;
    }

    function wireChairRow(row) {
      const remove = row.querySelector('.remove-chair');
      remove.hidden = false;
      remove.addEventListener('click', () => { row.remove(); formChanged('chairs'); });
    }

    function makeChairRow(chair) {
      const row = document.createElement('div');
      row.className = 'chair-row';
      const name = document.createElement('input');
      name.type = 'text';
      name.className = 'chair-name';
      name.placeholder = say('chair-name');
      name.setAttribute('aria-label', say('chair-name'));
      name.value = chair.name || '';
      const city = document.createElement('select');
      city.className = 'chair-city';
      city.setAttribute('aria-label', say('chair-city'));
      const cities = chair.city && !cityList.includes(chair.city) ? [chair.city].concat(cityList) : cityList;
      cities.forEach((c, i) => city.appendChild(option(c, c, chair.city ? c === chair.city : i === 0)));
      const role = document.createElement('select');
      role.className = 'chair-role';
      role.setAttribute('aria-label', say('chair-role'));
      ['voorzitter', 'vicevoorzitter', 'trekker'].forEach((r) => role.appendChild(option(r, say('role-' + r), r === (chair.role || 'voorzitter'))));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove-chair secondary';
      remove.textContent = say('remove');
      row.append(name, city, role, remove);
      wireChairRow(row);
      return row;
    }

    for (const row of chairRows.querySelectorAll('.chair-row')) wireChairRow(row);

    document.getElementById('add-chair').addEventListener('click', () => {
      const row = makeChairRow({});
      chairRows.appendChild(row);
      formChanged('chairs');
      row.querySelector('.chair-city').focus();
    });

    // ---- The toolbar --------------------------------------------------------------------

    // Replaces the selection, keeping the browser's undo history where it can.
    function replaceSelection(text, selectFrom, selectTo) {
      const start = body.selectionStart;
      body.focus();
      if (!document.execCommand || !document.execCommand('insertText', false, text)) {
        body.setRangeText(text, body.selectionStart, body.selectionEnd, 'end');
        body.dispatchEvent(new Event('input'));
      }
      if (selectFrom !== undefined) body.setSelectionRange(start + selectFrom, start + selectTo);
    }

    // Widens the selection to whole lines and returns them.
    function selectedLines() {
      const value = body.value;
      const start = value.lastIndexOf('\n', body.selectionStart - 1) + 1;
      let end = value.indexOf('\n', Math.max(body.selectionEnd - (body.selectionEnd > body.selectionStart ? 1 : 0), start));
      if (end < 0) end = value.length;
      body.setSelectionRange(start, end);
      return value.slice(start, end).split('\n');
    }

    const actions = {
      bold() {
        const selected = body.value.slice(body.selectionStart, body.selectionEnd);
        const inner = selected || say('bold-placeholder');
        replaceSelection('**' + inner + '**', 2, 2 + inner.length);
      },
      list() {
        const lines = selectedLines();
        const text = lines.map((l) => (l.trim() === '' ? l : '- ' + l.replace(/^\s*([-*]|\d+[.)]|[a-z]\))\s+/, ''))).join('\n');
        replaceSelection(text.trim() === '' ? '- ' + say('item-placeholder') : text);
      },
      lettered() {
        const lines = selectedLines().filter((l) => l.trim() !== '');
        const items = (lines.length ? lines : [say('item-placeholder')])
          .map((l, i) => String.fromCharCode(97 + (i % 26)) + ') ' + l.replace(/^\s*([-*]|\d+[.)]|[a-z]\))\s+/, ''));
        replaceSelection(items.join('\n\n'));
      },
      link() {
        const selected = body.value.slice(body.selectionStart, body.selectionEnd) || say('link-placeholder');
        const start = body.selectionStart;
        const end = body.selectionEnd;
        const address = window.prompt(say('link-prompt'), 'https://');
        if (!address || address === 'https://') return;
        body.setSelectionRange(start, end);
        replaceSelection('[' + selected + '](' + address.trim() + ')', 1, 1 + selected.length);
      },
      heading() {
        const lines = selectedLines();
        const line = lines[0].replace(/^#+\s*/, '') || say('heading-placeholder');
        replaceSelection('# ' + line + (lines.length > 1 ? '\n' + lines.slice(1).join('\n') : ''));
      },
    };

    for (const button of document.querySelectorAll('.toolbar [data-action]')) {
      button.addEventListener('click', () => actions[button.dataset.action]());
    }

    document.getElementById('last-year').addEventListener('click', async () => {
      if (body.value.trim() !== '' && !window.confirm(say('confirm-last-year'))) return;
      const result = await api('GET', '/api/' + year + '/fragments/' + group + '/template');
      if (result.status !== 200) return;
      const parts = split(result.body.text);
      if (parts && !raw) {
        if (version === 'absent') {
          yaml.value = parts.yaml;
          syncForm();
        }
        body.value = parts.body;
      } else {
        body.value = result.body.text;
      }
      showNotice(result.body.basedOn ? say('last-year-loaded') : say('no-last-year'), 'info');
      scheduleCheck();
    });

    // ---- Saving ---------------------------------------------------------------------------

    // Saves the text; resolves to true when it is saved.
    async function save(baseVersion) {
      const text = fullText();
      saveButton.disabled = true;
      saveState.textContent = say('saving');
      try {
        const result = await api('PUT', '/api/' + year + '/fragments/' + group, { text: text, baseVersion: baseVersion });
        if (result.status === 200) {
          const first = version === 'absent';
          version = result.body.version;
          savedText = text;
          if (first && fullText() === text) {
            // The first save makes the text exist: the page comes again, with its state
            // (concept) and the button to hand it in, and the message carried over.
            reloadWith(result.body.message, result.body.hasErrors ? 'warning' : 'success');
            return true;
          }
          theirs = null;
          conflict.hidden = true;
          showNotice(result.body.message, result.body.hasErrors ? 'warning' : 'success');
          showFindings(result.body);
          refreshHistory();
          return true;
        } else if (result.status === 409 && result.body && result.body.current) {
          // Saved elsewhere meanwhile. Other refusals with 409 (a handed-in text, a changed
          // state or place) carry no version of their own: their message is shown below.
          theirs = result.body.current;
          document.getElementById('conflict-mine').textContent = text;
          document.getElementById('conflict-theirs').textContent = theirs.text;
          if (theirs.author) {
            document.getElementById('conflict-theirs-heading').textContent =
              say('their-version-by', { author: theirs.author, time: formatTime(theirs.time) });
          }
          conflict.hidden = false;
          showNotice(say('conflict'), 'error');
          conflict.scrollIntoView({ behavior: 'smooth', block: 'start' });
        } else {
          showNotice(say('save-failed', { reason: reasonOf(result) }), 'error');
        }
      } catch (e) {
        showNotice(say('save-failed', { reason: say('network') }), 'error');
      } finally {
        saveButton.disabled = false;
        updateSaveState();
      }
      return false;
    }

    // ---- The workflow: hand in, take back, approve, send back ---------------------------------

    const blocking = document.getElementById('blocking');
    async function step(action, extra) {
      if (!locked && fullText() !== savedText && !(await save(version))) return;
      const buttons = document.querySelectorAll('#workflow button');
      buttons.forEach((b) => { b.disabled = true; });
      try {
        const result = await api('POST', '/api/' + year + '/fragments/' + group + '/' + action,
          Object.assign({ baseVersion: version }, extra || {}));
        if (result.status === 200) {
          reloadWith(result.body.message, 'success');
          return;
        }
        showNotice(reasonOf(result), 'error');
        if (result.status === 422 && result.body.blocking) {
          listFindings(blocking, result.body.blocking, true);
          blocking.hidden = false;
        }
      } catch (e) {
        showNotice(say('network'), 'error');
      } finally {
        buttons.forEach((b) => { b.disabled = false; });
      }
    }
    for (const action of ['submit', 'withdraw', 'approve']) {
      const button = document.getElementById(action);
      if (button) button.addEventListener('click', () => step(action));
    }
    const returnButton = document.getElementById('return');
    if (returnButton) {
      returnButton.addEventListener('click', () => {
        const comment = document.getElementById('return-comment');
        if (comment.value.trim() === '') {
          showNotice(say('comment-needed'), 'error');
          comment.focus();
          return;
        }
        step('return', { comment: comment.value });
      });
    }

    // ---- Word in: a .docx file, or HTML pasted from Word ---------------------------------------

    // Findings shown under the notice, gone with it when the next notice comes.
    function listUnderNotice(findings) {
      if (findings.length === 0) return;
      const list = document.createElement('ul');
      list.className = 'diagnostics';
      listFindings(list, findings, false);
      notice.appendChild(list);
    }

    const importPanel = document.getElementById('import');
    let proposal = null;
    async function upload(file) {
      const form = new FormData();
      form.append('file', file, file.name);
      showNotice(say('importing'), 'info');
      let result;
      try {
        result = await api('POST', '/api/' + year + '/fragments/' + group + '/import', form);
      } catch (e) {
        showNotice(say('network'), 'error');
        return;
      }
      if (result.status !== 200) {
        // A refused file's finding says what to do ("sla het op als .docx"): say that too.
        const fixes = (result.body && result.body.findings || []).map((f) => f.fix).filter((f) => f);
        showNotice(say('import-failed', { reason: [reasonOf(result)].concat(fixes).join('; ') }), 'error');
        return;
      }
      proposal = result.body.text;
      document.getElementById('import-text').textContent = proposal;
      document.getElementById('import-summary').textContent = result.body.findings.length === 0
        ? say('import-clean') : say('import-findings', { count: result.body.findings.length });
      listFindings(document.getElementById('import-findings'), result.body.findings, false);
      importPanel.hidden = false;
      notice.hidden = true;
      importPanel.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
    const wordFile = document.getElementById('word-file');
    if (wordFile) {
      wordFile.addEventListener('change', () => {
        if (wordFile.files.length > 0) upload(wordFile.files[0]);
        wordFile.value = '';
      });
    }
    document.getElementById('import-accept').addEventListener('click', () => {
      if (proposal === null) return;
      // The text replaces what is in the editor: ask first, and replace it through the
      // browser's editing so that Ctrl+Z brings the old text back.
      if (body.value.trim() !== '' && !window.confirm(say('confirm-import'))) return;
      const parts = split(proposal);
      replaceChanged(body, parts ? parts.body : proposal);
      proposal = null;
      importPanel.hidden = true;
      showNotice(say('import-taken'), 'info');
      scheduleCheck();
      body.focus();
    });
    document.getElementById('import-cancel').addEventListener('click', () => {
      proposal = null;
      importPanel.hidden = true;
    });

    // HTML on the clipboard (Word, Outlook, a web page) goes through the importer's mapping on
    // the server; plain text is pasted as it is.
    body.addEventListener('paste', async (event) => {
      if (locked || !event.clipboardData) return;
      const html = event.clipboardData.getData('text/html');
      if (!html) return;
      event.preventDefault();
      const plain = event.clipboardData.getData('text/plain');
      try {
        const result = await api('POST', '/api/' + year + '/paste', { html: html });
        if (result.status === 200) {
          replaceSelection(result.body.text);
          const findings = result.body.findings;
          if (findings.length === 0) {
            showNotice(say('pasted'), 'info');
          } else {
            // What did not come along (a table, a picture) is listed: it is not in the text,
            // so the check of the text cannot show it.
            showNotice(say('pasted-findings', { count: findings.length }), 'warning');
            listUnderNotice(findings);
          }
          return;
        }
        showNotice(say('paste-failed', { reason: reasonOf(result) }), 'warning');
      } catch (e) {
        showNotice(say('paste-failed', { reason: say('network') }), 'warning');
      }
      replaceSelection(plain);
    });

    saveButton.addEventListener('click', () => save(version));
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 's') {
        event.preventDefault();
        save(version);
      }
    });

    document.getElementById('conflict-keep-mine').addEventListener('click', () => {
      if (theirs) save(theirs.version);
    });
    document.getElementById('conflict-take-theirs').addEventListener('click', () => {
      if (!theirs) return;
      setText(theirs.text);
      syncForm();
      version = theirs.version;
      savedText = fullText();
      theirs = null;
      conflict.hidden = true;
      showNotice(say('took-theirs'), 'info');
      scheduleCheck();
    });

    window.addEventListener('beforeunload', (event) => {
      if (fullText() !== savedText) {
        event.preventDefault();
        event.returnValue = '';
      }
    });

    // ---- History ----------------------------------------------------------------------------

    function formatTime(iso) {
      const date = new Date(iso);
      const pad = (n) => String(n).padStart(2, '0');
      return date.getDate() + '-' + (date.getMonth() + 1) + '-' + date.getFullYear() + ' ' + pad(date.getHours()) + ':' + pad(date.getMinutes());
    }

    const versionView = document.getElementById('version-view');
    document.getElementById('version-view-close').addEventListener('click', () => { versionView.hidden = true; });

    // An earlier version as the form shows a text: its title and chairs as fields, then the
    // text itself. Front matter the server cannot read is shown as it is written. Only the
    // version clicked last is shown, whichever answer comes back first.
    let versionShown = 0;
    async function showVersion(serial, heading, text) {
      const fields = document.getElementById('version-view-fields');
      let shown = text;
      let rows = [];
      const parts = split(text);
      if (parts) {
        const result = await api('POST', '/api/' + year + '/frontmatter', { yaml: parts.yaml });
        if (serial !== versionShown) return;
        if (result.status === 200) {
          const chairs = (result.body.chairs || []).map((chair) => {
            const role = say('role-' + chair.role);
            const who = [chair.name, chair.city].filter(Boolean).join(', ');
            return who + ' (' + (role === 'role-' + chair.role ? chair.role : role) + ')';
          });
          rows = [[say('version-title'), result.body.title || '—'], [say('version-chairs'), chairs.join('; ') || '—']];
          shown = parts.body.replace(/^\n+/, '');
        }
      }
      document.getElementById('version-view-heading').textContent = heading;
      fields.textContent = '';
      for (const [label, value] of rows) {
        const term = document.createElement('dt');
        term.textContent = label;
        const detail = document.createElement('dd');
        detail.textContent = value;
        fields.append(term, detail);
      }
      fields.hidden = rows.length === 0;
      document.getElementById('version-view-text').textContent = shown;
      versionView.hidden = false;
      versionView.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    }

    function wireRestore(item) {
      const view = item.querySelector('.view');
      if (view) {
        view.hidden = false;
        view.addEventListener('click', async () => {
          const serial = ++versionShown;
          const result = await api('GET', '/api/' + year + '/fragments/' + group + '/history/' + item.dataset.version);
          if (result.status !== 200 || serial !== versionShown) return;
          await showVersion(serial, say('version-of', { time: formatTime(result.body.time), author: result.body.author }), result.body.text);
        });
      }
      const button = item.querySelector('.restore');
      if (!button) return;
      button.hidden = false;
      button.addEventListener('click', async () => {
        const dirty = fullText() !== savedText;
        if (!window.confirm(say(dirty ? 'confirm-restore-unsaved' : 'confirm-restore'))) return;
        const result = await api('POST', '/api/' + year + '/fragments/' + group + '/restore', { version: item.dataset.version, baseVersion: version });
        if (result.status === 200) {
          const current = await api('GET', '/api/' + year + '/fragments/' + group);
          setText(current.body.text);
          syncForm();
          version = current.body.version;
          savedText = fullText();
          showNotice(say('restored'), 'success');
          refreshHistory();
          scheduleCheck();
        } else if (result.status === 409 && result.body && result.body.current) {
          showNotice(say('conflict'), 'error');
        } else {
          showNotice(say('save-failed', { reason: reasonOf(result) }), 'error');
        }
      });
    }

    async function refreshHistory() {
      const result = await api('GET', '/api/' + year + '/fragments/' + group + '/history');
      if (result.status !== 200) return;
      history.textContent = '';
      const empty = document.getElementById('history-empty');
      if (empty) empty.hidden = result.body.versions.length > 0;
      for (const entry of result.body.versions) {
        const item = document.createElement('li');
        item.dataset.version = entry.version;
        const time = document.createElement('time');
        time.dateTime = entry.time;
        time.textContent = formatTime(entry.time);
        item.appendChild(time);
        item.appendChild(document.createTextNode(' · ' + entry.author + ' · ' + say('kind-' + entry.kind)));
        const view = document.createElement('button');
        view.type = 'button';
        view.className = 'view secondary';
        view.textContent = say('view');
        item.appendChild(view);
        if (entry.version !== version) {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'restore secondary';
          button.textContent = say('restore');
          item.appendChild(button);
        }
        history.appendChild(item);
        wireRestore(item);
      }
    }

    for (const item of history.querySelectorAll('li')) {
      if (item.dataset.version === version) {
        const button = item.querySelector('.restore');
        if (button) button.remove();
      }
      wireRestore(item);
    }
    updateSaveState();
  }
})();
