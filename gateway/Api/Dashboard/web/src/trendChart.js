// The chart of revenue (bars, left axis) and store visits (line, right axis) over time.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement,
  LinearScale, PointElement, Tooltip,
} from 'chart.js';
import { byId, setText } from './dom.js';
import { decimal, money } from './format.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LineController, LineElement,
  LinearScale, PointElement, Tooltip);

let chart;
let currency = '';

function create(canvas) {
  return new Chart(canvas, {
    data: {
      labels: [],
      datasets: [
        { type: 'bar', label: 'Revenue', data: [], yAxisID: 'revenue', backgroundColor: '#3b6ea8' },
        {
          type: 'line', label: 'Store visits', data: [], yAxisID: 'visits',
          borderColor: '#c2571a', backgroundColor: '#c2571a', tension: 0.2,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => (item.datasetIndex === 0
              ? `Revenue: ${money(item.parsed.y, currency)}`
              : `Store visits: ${decimal(item.parsed.y)}`),
          },
        },
      },
      scales: {
        revenue: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: 'Revenue' } },
        visits: {
          type: 'linear', position: 'right', beginAtZero: true,
          title: { display: true, text: 'Store visits' }, grid: { drawOnChartArea: false },
        },
      },
    },
  });
}

export function renderTrend(trend) {
  const canvas = byId('trend-chart');
  chart ??= create(canvas);
  currency = trend.currency;
  chart.data.labels = trend.points.map((p) => p.label);
  chart.data.datasets[0].data = trend.points.map((p) => p.revenue);
  chart.data.datasets[1].data = trend.points.map((p) => p.store_visits);
  chart.update();

  const revenue = trend.points.reduce((sum, p) => sum + p.revenue, 0);
  canvas.dataset.points = String(trend.points.length);
  canvas.dataset.source = trend.source;
  canvas.dataset.model = trend.model;
  canvas.dataset.revenue = String(revenue);
  const visits = trend.points.reduce((sum, p) => sum + p.store_visits, 0);
  const span = trend.points.length === 0 ? 'no data yet'
    : `${trend.points[0].label} to ${trend.points[trend.points.length - 1].label}`;
  canvas.setAttribute('aria-label',
    `Revenue ${money(revenue, currency)} and ${decimal(visits)} store visits over time (${span})`);
  setText(byId('trend-note'), trend.source === 'days'
    ? 'One point a day.'
    : 'Daily figures (GET /v1/reports/days) are not available on this server: one point a week '
      + 'for the last weeks, from the campaign report.');
}

export function clearTrend() {
  chart?.destroy();
  chart = undefined;
  byId('trend-chart').dataset.points = '0';
}
