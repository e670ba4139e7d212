// The gateway's REST API, called with the retailer's key as a bearer token (same origin).

/** A non-2xx answer, or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** 404 or 405: this server has no such endpoint (yet). Sections fall back or say "not available". */
export class NotAvailable extends ApiError {}

function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  return search.toString();
}

async function describe(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || response.statusText;
  } catch {
    return response.statusText;
  }
}

export function createApi(key) {
  async function get(path) {
    let response;
    try {
      response = await fetch(path, {
        headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
        cache: 'no-store',
      });
    } catch (error) {
      throw new ApiError(0, `The server could not be reached (${error.message}).`);
    }
    if (response.status === 404 || response.status === 405) {
      throw new NotAvailable(response.status, `${path.split('?')[0]} is not available on this server`);
    }
    if (!response.ok) {
      throw new ApiError(response.status, `${response.status}: ${await describe(response)}`);
    }
    return response.json();
  }

  return {
    pipelineStatus: () => get('/v1/pipeline/status'),
    campaigns: (model, from, to) => get(`/v1/reports/campaigns?${query({ model, from, to })}`),
    days: (model, campaign) => get(`/v1/reports/days?${query({ model, campaign })}`),
    stores: (model) => get(`/v1/reports/stores?${query({ model })}`),
    campaign: (id) => get(`/v1/campaigns/${encodeURIComponent(id)}`),
  };
}
