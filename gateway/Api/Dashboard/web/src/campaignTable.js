// The campaign table: one row per campaign, then the suppressed bucket and the unattributed figures.
import { byId, element, numberCell } from './dom.js';
import { count, decimal, money, percent, ratio } from './format.js';
import { labelOf } from './models.js';

function figureCells(figures, currency) {
  return [
    numberCell('spend', figures.spend, figures.spend === undefined ? '' : money(figures.spend, currency)),
    numberCell('conversions', figures.conversions, decimal(figures.conversions)),
    numberCell('revenue', figures.revenue, money(figures.revenue, currency)),
    numberCell('store_visits', figures.store_visits, decimal(figures.store_visits)),
    numberCell('roas', figures.roas, figures.roas === undefined ? '' : ratio(figures.roas)),
    numberCell('persons', figures.persons, figures.persons === undefined ? '' : count(figures.persons)),
  ];
}

function campaignRow(row, currency, onCompare) {
  const compare = element('button', {
    text: row.name || row.campaign,
    className: 'link',
    attrs: { type: 'button', title: `Compare the models for ${row.campaign}` },
  });
  compare.addEventListener('click', () => onCompare(row.campaign));
  const heading = element('th', { attrs: { scope: 'row' } }, [compare]);
  if (row.name && row.name !== row.campaign) {
    heading.append(element('span', { text: row.campaign, className: 'id' }));
  }
  return element('tr', { data: { campaign: row.campaign } }, [
    heading,
    element('td', { text: row.channel ?? '' }),
    ...figureCells(row, currency),
  ]);
}

function bucketRow(label, kind, figures, currency) {
  return element('tr', { className: 'bucket', data: { bucket: kind } }, [
    element('th', { text: label, attrs: { scope: 'row', colspan: '2' } }),
    ...figureCells(figures, currency),
  ]);
}

export function renderCampaigns(report, onCompare) {
  const table = byId('campaigns');
  const rows = [...report.rows].sort((a, b) => b.revenue - a.revenue || a.campaign.localeCompare(b.campaign));
  byId('campaign-rows').replaceChildren(...rows.map((row) => campaignRow(row, report.currency, onCompare)));
  if (rows.length === 0) {
    byId('campaign-rows').append(element('tr', {}, [
      element('td', { text: 'No campaign has figures yet.', attrs: { colspan: '8' } }),
    ]));
  }

  const footer = [];
  if (report.suppressed) {
    footer.push(bucketRow('Suppressed (campaigns with too few persons to show)', 'suppressed', report.suppressed, report.currency));
  }
  if (report.unattributed) {
    footer.push(bucketRow('Unattributed (no campaign touch)', 'unattributed', report.unattributed, report.currency));
  }
  byId('campaign-totals').replaceChildren(...footer);
  byId('campaigns-caption').textContent =
    `Attributed figures per campaign under the ${labelOf(report.model)} model, in ${report.currency}`;
  table.dataset.model = report.model;

  const consent = byId('consent');
  if (report.consent) {
    const { touchpoints, consented, consented_share: share } = report.consent;
    consent.textContent = `Consent: ${percent(share)} of touchpoints may be used `
      + `(${count(consented)} of ${count(touchpoints)}); the figures above count those only.`;
    consent.dataset.share = share ?? '';
    consent.hidden = false;
  } else {
    consent.hidden = true;
  }
}
