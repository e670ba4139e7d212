// The dashboard's controller: key entry, the refresh loop (every 10 s) and the sections.
import './styles.css';
import { createApi } from './api.js';
import { renderCampaigns } from './campaignTable.js';
import { clearComparison, loadComparison, renderComparison } from './comparison.js';
import { byId, setOptions, setText, show } from './dom.js';
import { renderFreshness, renderFreshnessError } from './freshness.js';
import { forgetKey, hint, loadKey, saveKey } from './keyStore.js';
import { DEFAULT_MODEL, MODELS, labelOf } from './models.js';
import { loadStores, renderSplit } from './split.js';
import { clearTrend, renderTrend } from './trendChart.js';
import { loadTrend } from './trendData.js';

const REFRESH_MS = 10_000;

/** The open dashboard: { api, timer, queue, trendCache, compareCache }, or null before a key is given. */
let session = null;

function setStatus(text) {
  setText(byId('status'), text);
}

function isAccessError(error) {
  return error.status === 401 || error.status === 403;
}

/** Runs one section; its failure is reported in its own note, except a refused key. */
async function section(noteId, work) {
  try {
    await work();
  } catch (error) {
    if (isAccessError(error)) {
      throw error;
    }
    setText(byId(noteId), `Not available: ${error.message}`);
  }
}

function updateChoices(report) {
  const campaigns = [...report.rows]
    .sort((a, b) => b.revenue - a.revenue || a.campaign.localeCompare(b.campaign))
    .map((r) => ({ value: r.campaign, label: r.name && r.name !== r.campaign ? `${r.name} (${r.campaign})` : r.campaign }));
  setOptions(byId('trend-campaign'), [{ value: '', label: 'All campaigns' }, ...campaigns], '');
  setOptions(byId('compare-campaign'), campaigns);
}

async function refresh(current) {
  const { api } = current;
  const model = byId('model').value;
  let version = Date.now();
  try {
    try {
      const status = await api.pipelineStatus();
      renderFreshness(status, new Date());
      version = status.processed;
    } catch (error) {
      if (isAccessError(error)) {
        throw error;
      }
      renderFreshnessError(error.message);
    }
    const report = await api.campaigns(model);
    if (session !== current) {
      return;
    }
    renderCampaigns(report, (campaign) => {
      byId('compare-campaign').value = campaign;
      byId('compare-campaign').focus();
      refreshNow();
    });
    updateChoices(report);

    const trendCampaign = byId('trend-campaign').value;
    const compared = byId('compare-campaign').value;
    await Promise.all([
      section('trend-note', async () => {
        const trend = await loadTrend(api, model, trendCampaign, version, current.trendCache);
        if (session === current) {
          renderTrend(trend);
        }
      }),
      section('compare-note', async () => {
        if (!compared) {
          clearComparison('No campaign to compare yet.');
          return;
        }
        const comparison = await loadComparison(api, compared, report.currency, version, current.compareCache);
        if (session === current) {
          renderComparison(compared, comparison, model);
        }
      }),
      section('split-note', async () => {
        const stores = await loadStores(api, model);
        if (session === current) {
          renderSplit(stores, report);
        }
      }),
    ]);
    setStatus(`Showing the ${labelOf(model)} model; refreshed every ${REFRESH_MS / 1000} s.`);
  } catch (error) {
    if (session !== current) {
      return;
    }
    if (error.status === 401) {
      close('The key was refused (401): enter a valid key.');
      forgetKey();
    } else if (error.status === 403) {
      close('This key may not read reports (403): a retailer key is needed.');
      forgetKey();
    } else {
      setStatus(`Refresh failed: ${error.message} Trying again in ${REFRESH_MS / 1000} s.`);
    }
  }
}

/** Refreshes now (after any refresh in flight), then every REFRESH_MS. */
function refreshNow() {
  const current = session;
  if (!current) {
    return;
  }
  clearTimeout(current.timer);
  current.queue = current.queue
    .then(() => refresh(current))
    .finally(() => {
      if (session === current) {
        clearTimeout(current.timer);
        current.timer = setTimeout(refreshNow, REFRESH_MS);
      }
    });
}

function open(key) {
  close('Loading…');
  session = { api: createApi(key), timer: 0, queue: Promise.resolve(), trendCache: {}, compareCache: {} };
  byId('key-hint').textContent = `Using key ${hint(key)}`;
  show(byId('key-form'), false);
  show(byId('key-bar'), true);
  show(byId('dashboard'), true);
  refreshNow();
}

/** Stops refreshing and clears every figure from the page. */
function close(message) {
  if (session) {
    clearTimeout(session.timer);
  }
  session = null;
  for (const id of ['campaign-rows', 'campaign-totals', 'compare-rows', 'store-rows']) {
    byId(id).replaceChildren();
  }
  for (const id of ['trend-note', 'compare-note', 'split-note', 'split-summary', 'consent']) {
    byId(id).textContent = '';
  }
  byId('campaigns').dataset.model = '';
  clearTrend();
  show(byId('dashboard'), false);
  show(byId('key-bar'), false);
  show(byId('key-form'), true);
  setStatus(message);
}

function init() {
  setOptions(byId('model'), MODELS.map((m) => ({ value: m.id, label: m.label })), DEFAULT_MODEL);
  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId('api-key');
    const key = input.value.trim();
    if (!key) {
      return;
    }
    input.value = '';
    saveKey(key);
    open(key);
  });
  byId('forget-key').addEventListener('click', () => {
    forgetKey();
    close('The key is forgotten: this browser no longer stores it.');
    byId('api-key').focus();
  });
  for (const id of ['model', 'trend-campaign', 'compare-campaign']) {
    byId(id).addEventListener('change', refreshNow);
  }
  const key = loadKey();
  if (key) {
    open(key);
  } else {
    setStatus('Enter an API key to see the reports.');
  }
}

init();
