// Figures over time: GET /v1/reports/days when the server has it, else weekly sums built from
// GET /v1/reports/campaigns with from/to (one request a week, the last WEEKS weeks up to today).
import { NotAvailable } from './api.js';

export const WEEKS = 12;

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** [{ from, to }] for the last `weeks` seven-day windows ending today (UTC), oldest first. */
export function weekWindows(today, weeks) {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = 24 * 60 * 60 * 1000;
  return Array.from({ length: weeks }, (_, i) => {
    const to = end - (weeks - 1 - i) * 7 * day;
    return { from: isoDay(new Date(to - 6 * day)), to: isoDay(new Date(to)) };
  });
}

function sumRows(rows, campaign) {
  const picked = campaign ? rows.filter((r) => r.campaign === campaign) : rows;
  return picked.reduce((sum, r) => ({
    revenue: sum.revenue + r.revenue,
    store_visits: sum.store_visits + r.store_visits,
  }), { revenue: 0, store_visits: 0 });
}

async function weekly(api, model, campaign) {
  const windows = weekWindows(new Date(), WEEKS);
  const reports = await Promise.all(windows.map((w) => api.campaigns(model, w.from, w.to)));
  return {
    source: 'weeks',
    model,
    currency: reports[0]?.currency ?? '',
    points: reports.map((report, i) => ({ label: `week to ${windows[i].to}`, ...sumRows(report.rows, campaign) })),
  };
}

/**
 * { source: 'days' | 'weeks', model, currency, points: [{ label, revenue, store_visits }] }.
 * `cache` keeps the last weekly fallback per (model, campaign, data version): it costs WEEKS requests.
 */
export async function loadTrend(api, model, campaign, version, cache) {
  try {
    const report = await api.days(model, campaign);
    const rows = [...report.rows].sort((a, b) => a.day.localeCompare(b.day));
    return {
      source: 'days',
      model,
      currency: report.currency,
      points: rows.map((r) => ({ label: r.day, revenue: r.revenue, store_visits: r.store_visits })),
    };
  } catch (error) {
    if (!(error instanceof NotAvailable)) {
      throw error;
    }
  }
  const key = `${model}|${campaign}|${version}`;
  if (cache.key !== key) {
    cache.value = await weekly(api, model, campaign);
    cache.key = key;
  }
  return cache.value;
}
