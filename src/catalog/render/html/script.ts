/**
 * The report's only script, inlined and allowed by its hash in the CSP. It enhances what is
 * already readable without it: sortable table headers, the API filter bar, the domain switch of
 * the grade chart, and opening an API's details when its link is followed. It reads the page only
 * (never the embedded JSON, never the network) and writes no markup from data.
 */
export const SCRIPT = `(() => {
  'use strict';
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const sortKey = (cell, numeric) => {
    const raw = cell === undefined ? '' : (cell.getAttribute('data-sort') ?? cell.textContent.trim());
    if (!numeric) return raw;
    const value = parseFloat(raw);
    return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
  };
  for (const table of $$('table[data-sortable]')) {
    const headers = table.tHead ? Array.from(table.tHead.rows[0].cells) : [];
    headers.forEach((th, column) => {
      if (th.hasAttribute('data-nosort')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const numeric = th.getAttribute('data-type') === 'number';
        const body = table.tBodies[0];
        const rows = Array.from(body.rows).map((row, index) => ({ row, index, key: sortKey(row.cells[column], numeric) }));
        rows.sort((a, b) => {
          const order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
          return (ascending ? order : -order) || a.index - b.index;
        });
        const sorted = document.createDocumentFragment();
        for (const { row } of rows) sorted.appendChild(row);
        body.appendChild(sorted);
      });
    });
  }

  for (const form of $$('form[data-filter]')) {
    const table = document.getElementById(form.getAttribute('data-filter'));
    if (!table) continue;
    const count = form.querySelector('output');
    const apply = () => {
      const query = (form.elements.namedItem('q')?.value ?? '').trim().toLowerCase();
      const selects = $$('select', form).filter((s) => s.value !== '');
      let shown = 0;
      const rows = Array.from(table.tBodies[0].rows);
      for (const row of rows) {
        const visible =
          (query === '' || (row.getAttribute('data-search') ?? '').includes(query)) &&
          selects.every((s) => row.getAttribute('data-' + s.name) === s.value);
        row.hidden = !visible;
        if (visible) shown++;
      }
      if (count) count.textContent = shown + ' of ' + rows.length + ' ' + (form.getAttribute('data-noun') ?? 'rows');
    };
    form.addEventListener('input', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    apply();
  }

  for (const select of $$('select[data-chart-switch]')) {
    const chart = document.getElementById(select.getAttribute('data-chart-switch'));
    if (!chart) continue;
    select.addEventListener('change', () => {
      for (const svg of $$('svg[data-variant]', chart)) svg.toggleAttribute('hidden', svg.getAttribute('data-variant') !== select.value);
    });
  }
  for (const controls of $$('[data-enhanced]')) controls.hidden = false;

  const openTarget = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const target = id === '' ? null : document.getElementById(id);
    if (target instanceof HTMLDetailsElement) target.open = true;
  };
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();`;
