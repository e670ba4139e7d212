// Freshness from GET /v1/pipeline/status: events accepted vs processed, and when we last asked.
import { byId, setText } from './dom.js';
import { count, time } from './format.js';

export function renderFreshness(status, refreshedAt) {
  const state = byId('freshness');
  const upToDate = status.processed >= status.accepted;
  state.dataset.state = upToDate ? 'up-to-date' : 'behind';
  setText(state, upToDate
    ? 'Up to date: the reports show every event accepted so far.'
    : `Catching up: ${count(status.accepted - status.processed)} accepted events are not in the reports yet.`);

  for (const field of ['accepted', 'processed']) {
    const cell = byId(field);
    cell.textContent = count(status[field]);
    cell.dataset.value = status[field];
  }
  const refreshed = byId('refreshed');
  refreshed.textContent = time(refreshedAt);
  refreshed.dateTime = refreshedAt.toISOString();
}

export function renderFreshnessError(message) {
  const state = byId('freshness');
  state.dataset.state = 'unknown';
  setText(state, `Pipeline status unavailable: ${message}`);
}
