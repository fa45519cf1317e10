// Sign-in: posts the name and password as JSON (the cookie that comes back is HttpOnly) and goes to the page the
// account's role starts on.
const form = document.getElementById('signin-form');
const error = document.getElementById('signin-error');

form.addEventListener('submit', async event => {
  event.preventDefault();
  error.textContent = '';
  const userName = form.username.value.trim();
  const password = form.password.value;
  if (!userName || !password) {
    error.textContent = 'Enter your user name and password.';
    return;
  }

  const submit = document.getElementById('signin-submit');
  submit.disabled = true;
  try {
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName, password }),
    });
    if (response.ok) {
      const session = await response.json();
      location.replace(session.role === 'partner' ? '/#/alerts' : '/#/queue');
      return;
    }

    const problem = await response.json().catch(() => ({}));
    error.textContent = problem.detail || problem.title || `Sign-in failed (${response.status}).`;
    form.password.select();
  } catch {
    error.textContent = 'The console cannot be reached. Check the connection and try again.';
  } finally {
    submit.disabled = false;
  }
});
