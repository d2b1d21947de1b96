// Runs in a page of the portal once it has loaded: gives `{title, body}`, the page's <body> as
// HTML that shows the same before the app has started (`tests/src/bin/prerender.rs`).
(() => {
  const live = document.body;
  const copy = live.cloneNode(true);

  // What a copy cannot be: scripts, the text for browsers without JavaScript, drawings (canvas),
  // pictures made in the page (blob:), and what the app marks as about this moment only.
  for (const element of copy.querySelectorAll(
    'script, noscript, canvas, img[src^="blob:"], [data-snapshot="skip"]',
  )) {
    element.remove();
  }

  // A form control shows its current value, which the app sets as a property, not an attribute.
  const liveControls = live.querySelectorAll('input, textarea, select');
  copy.querySelectorAll('input, textarea, select').forEach((control, index) => {
    const current = liveControls[index];
    if (!current) return;
    if (control.type === 'checkbox' || control.type === 'radio') {
      control.toggleAttribute('checked', current.checked);
    } else if (control.tagName === 'SELECT') {
      control.querySelectorAll('option').forEach((option, i) => {
        option.toggleAttribute('selected', i === current.selectedIndex);
      });
    } else if (control.tagName === 'TEXTAREA') {
      control.textContent = current.value;
    } else {
      control.setAttribute('value', current.value);
    }
  });

  // The code editor (CodeMirror, drawn by a script): its text, plain, in the same box.
  const liveEditors = live.querySelectorAll('.cm-editor');
  copy.querySelectorAll('.cm-editor').forEach((editor, index) => {
    const lines = [...(liveEditors[index]?.querySelectorAll('.cm-line') ?? [])].map(
      (line) => line.textContent,
    );
    const code = document.createElement('pre');
    code.className = 'code-snapshot';
    code.textContent = lines.join('\n');
    editor.replaceWith(code);
  });

  // Ids once more in the app beside the copy would be twice in the page: the copy's get a prefix,
  // and what names them follows.
  const prefix = 'snapshot-';
  for (const element of copy.querySelectorAll('[id]')) {
    element.id = prefix + element.id;
  }
  for (const name of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'list']) {
    for (const element of copy.querySelectorAll(`[${name}]`)) {
      const ids = element.getAttribute(name).split(/\s+/).filter(Boolean);
      element.setAttribute(name, ids.map((id) => prefix + id).join(' '));
    }
  }
  for (const link of copy.querySelectorAll('a[href^="#"]')) {
    link.setAttribute('href', '#' + prefix + link.getAttribute('href').slice(1));
  }

  // CodeMirror's and the highlighter's generated class names are styled by rules the script
  // writes; without them they only weigh.
  for (const element of copy.querySelectorAll('[class]')) {
    const kept = [...element.classList].filter((name) => !/^ͼ/.test(name));
    if (kept.length) element.className = kept.join(' ');
    else element.removeAttribute('class');
  }

  return { title: document.title, body: copy.innerHTML.trim() };
})()
