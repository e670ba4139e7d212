// Numbers as people read them, in the browser's locale; tables keep the raw value in data-value.
const formats = new Map();

function formatter(key, options) {
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(undefined, options));
  }
  return formats.get(key);
}

export function money(value, currency) {
  if (value === null || value === undefined) {
    return '–';
  }
  try {
    return formatter(`money:${currency}`, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
  } catch {
    return `${decimal(value)} ${currency}`;
  }
}

export function decimal(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  return formatter('decimal', { maximumFractionDigits: 2 }).format(value);
}

export function count(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  return formatter('count', { maximumFractionDigits: 0 }).format(value);
}

export function ratio(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  return `${formatter('ratio', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}×`;
}

export function percent(share) {
  if (share === null || share === undefined) {
    return '–';
  }
  return formatter('percent', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function time(date) {
  return clock.format(date);
}
