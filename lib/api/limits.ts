/** Requests one API key may make in a sliding window; the next waits (429 with Retry-After). */
export const API_RATE_LIMIT = { requests: 60, windowSeconds: 60 } as const;
export const API_RATE_LIMIT_TEXT = `${API_RATE_LIMIT.requests} per ${API_RATE_LIMIT.windowSeconds} seconds per key`;
