// Online vs in store: GET /v1/reports/stores when the server has it; else what the campaign
// report tells (store visits happen in store; its revenue does not say where it was made).
import { NotAvailable } from './api.js';
import { byId, element, numberCell, setText } from './dom.js';
import { count, decimal, money, percent } from './format.js';

export async function loadStores(api, model) {
  try {
    return await api.stores(model);
  } catch (error) {
    if (error instanceof NotAvailable) {
      return null;
    }
    throw error;
  }
}

function total(rows, field) {
  return rows.reduce((sum, row) => sum + (row[field] ?? 0), 0);
}

function storeRow(label, row, currency, data) {
  return element('tr', { data }, [
    element('th', { text: label, attrs: { scope: 'row' } }),
    numberCell('conversions', row.conversions, decimal(row.conversions)),
    numberCell('revenue', row.revenue, money(row.revenue, currency)),
    numberCell('store_visits', row.store_visits, decimal(row.store_visits)),
    numberCell('persons', row.persons, row.persons === undefined ? '' : count(row.persons)),
  ]);
}

function renderFromStores(report) {
  const online = report.rows.filter((r) => r.store === 'online');
  const inStore = report.rows.filter((r) => r.store !== 'online');
  const onlineRevenue = total(online, 'revenue');
  const storeRevenue = total(inStore, 'revenue');
  const all = onlineRevenue + storeRevenue;
  const summary = byId('split-summary');
  summary.textContent = `Online ${money(onlineRevenue, report.currency)} (${percent(all ? onlineRevenue / all : null)}), `
    + `in store ${money(storeRevenue, report.currency)} (${percent(all ? storeRevenue / all : null)}) of attributed revenue; `
    + `${decimal(total(inStore, 'store_visits'))} store visits.`;
  summary.dataset.online = onlineRevenue;
  summary.dataset.inStore = storeRevenue;

  const rows = [...report.rows]
    .sort((a, b) => (a.store === 'online' ? -1 : b.store === 'online' ? 1 : a.store.localeCompare(b.store)))
    .map((r) => storeRow(r.store === 'online' ? 'Online' : r.store, r, report.currency, { store: r.store }));
  if (report.suppressed) {
    rows.push(storeRow('Suppressed (too few persons)', report.suppressed, report.currency, { bucket: 'suppressed' }));
  }
  byId('store-rows').replaceChildren(...rows);
  byId('stores').hidden = false;
  setText(byId('split-note'), '');
}

function renderFromCampaigns(campaigns) {
  const rows = campaigns.rows.concat(campaigns.suppressed ? [campaigns.suppressed] : []);
  const summary = byId('split-summary');
  summary.textContent = `${decimal(total(rows, 'store_visits'))} store visits (in store) and `
    + `${money(total(rows, 'revenue'), campaigns.currency)} of revenue (online and in store together) attributed to campaigns.`;
  delete summary.dataset.online;
  delete summary.dataset.inStore;
  byId('store-rows').replaceChildren();
  byId('stores').hidden = true;
  setText(byId('split-note'),
    'The split of revenue per store is not available on this server (GET /v1/reports/stores).');
}

/** stores: the stores report, or null when the server has none; campaigns: the campaign report. */
export function renderSplit(stores, campaigns) {
  if (stores) {
    renderFromStores(stores);
  } else {
    renderFromCampaigns(campaigns);
  }
}
