// Toasts in a polite live region: outcomes of actions, refusals with the server's reason.
import { el } from './format.js';

const region = () => document.getElementById('toasts');

export function notify(message, { kind = 'info', link = null, linkText = 'Open', timeoutMs = 6000 } = {}) {
  const toast = el('div', { class: `toast ${kind}` }, message);
  if (link) {
    toast.append(' ', el('a', { href: link }, linkText));
  }
  region().append(toast);
  setTimeout(() => toast.remove(), timeoutMs);
  return toast;
}
