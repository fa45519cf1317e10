// Talking to the node: JSON in and out, problems (RFC 9457) turned into errors that carry the server's reason, and a
// lost sign-in sending the page back to the sign-in screen.
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `request failed (${status})`);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function request(method, path, body) {
  const options = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }

  const response = await fetch(path, options);
  // A 401 means "sign in again" only if the session itself is gone; an endpoint may also refuse a signed-in account
  // (the partner API does for a partner missing from the registry), and that must be shown, not looped on.
  if (response.status === 401 && path !== '/api/session' && !(await fetch('/api/session')).ok) {
    location.replace('/signin.html');
    throw new ApiError(401, 'Signed out', 'Your session has ended; sign in again.');
  }

  if (response.status === 204) {
    return null;
  }

  const isJson = (response.headers.get('Content-Type') || '').includes('json');
  const payload = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, payload?.title, payload?.detail || payload?.reason || payload?.error);
  }

  return payload;
}

export const api = {
  get: path => request('GET', path),
  post: (path, body) => request('POST', path, body ?? {}),
  delete: path => request('DELETE', path),
};
