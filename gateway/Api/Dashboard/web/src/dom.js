// Small DOM helpers. Text from the API (campaign names, stores) only ever goes through textContent.

export function byId(id) {
  const node = document.getElementById(id);
  if (!node) {
    throw new Error(`#${id} is missing from index.html`);
  }
  return node;
}

/** element('td', { text: '3', className: 'n', data: { value: 3 } }, [children]) */
export function element(tag, { text, className, attrs = {}, data = {} } = {}, children = []) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value);
  }
  for (const [name, value] of Object.entries(data)) {
    node.dataset[name] = value === null || value === undefined ? '' : String(value);
  }
  node.append(...children);
  return node;
}

/** A numeric cell: formatted text, the raw number in data-value, the field name in data-field. */
export function numberCell(field, value, text) {
  return element('td', { text, className: 'n', data: { field, value } });
}

/** Replaces a select's options, keeping the chosen value when it is still offered. */
export function setOptions(select, options, fallback) {
  const chosen = select.value;
  select.replaceChildren(...options.map(({ value, label }) => element('option', { text: label, attrs: { value } })));
  const values = options.map((o) => o.value);
  select.value = values.includes(chosen) ? chosen : fallback ?? values[0] ?? '';
}

/**
 * Sets a node's text only when it changes: live regions (aria-live, role=status) would
 * otherwise be announced again at every refresh.
 */
export function setText(node, text) {
  if (node.textContent !== text) {
    node.textContent = text;
  }
}

export function show(node, visible) {
  node.hidden = !visible;
}
