// Models side by side for one campaign: GET /v1/campaigns/{id} when the server has it, else the
// campaign's row from GET /v1/reports/campaigns under each model.
import { NotAvailable } from './api.js';
import { byId, element, numberCell, setText } from './dom.js';
import { count, decimal, money, ratio } from './format.js';
import { MODELS } from './models.js';

async function fromReports(api, campaign) {
  const reports = await Promise.all(MODELS.map((m) => api.campaigns(m.id)));
  const models = {};
  let currency = '';
  reports.forEach((report, i) => {
    currency = report.currency;
    const row = report.rows.find((r) => r.campaign === campaign);
    if (row) {
      models[MODELS[i].id] = row;
    }
  });
  return { source: 'reports', currency, models };
}

/** { source: 'campaign' | 'reports', currency, models: { first_touch: figures, ... } } */
export async function loadComparison(api, campaign, currency, version, cache) {
  try {
    const detail = await api.campaign(campaign);
    return { source: 'campaign', currency, models: detail.models ?? {} };
  } catch (error) {
    if (!(error instanceof NotAvailable)) {
      throw error;
    }
  }
  const key = `${campaign}|${version}`;
  if (cache.key !== key) {
    cache.value = await fromReports(api, campaign);
    cache.key = key;
  }
  return cache.value;
}

export function renderComparison(campaign, comparison, chosenModel) {
  const rows = MODELS.map(({ id, label }) => {
    const figures = comparison.models[id];
    const heading = element('th', { text: label, attrs: { scope: 'row' } });
    if (!figures) {
      return element('tr', { data: { model: id } }, [
        heading, element('td', { text: 'no figures (none yet, or too few persons)', attrs: { colspan: '5' } }),
      ]);
    }
    return element('tr', { data: { model: id }, className: id === chosenModel ? 'chosen' : '' }, [
      heading,
      numberCell('conversions', figures.conversions, decimal(figures.conversions)),
      numberCell('revenue', figures.revenue, money(figures.revenue, comparison.currency)),
      numberCell('store_visits', figures.store_visits, decimal(figures.store_visits)),
      numberCell('roas', figures.roas, ratio(figures.roas)),
      numberCell('persons', figures.persons, count(figures.persons)),
    ]);
  });
  byId('compare-rows').replaceChildren(...rows);
  byId('compare').dataset.campaign = campaign;
  byId('compare-caption').textContent = `Campaign ${campaign} under each attribution model`;
  setText(byId('compare-note'), comparison.source === 'campaign'
    ? ''
    : 'From the campaign report under each model (GET /v1/campaigns/{id} is not available on this server).');
}

export function clearComparison(message) {
  byId('compare-rows').replaceChildren();
  setText(byId('compare-note'), message);
}
