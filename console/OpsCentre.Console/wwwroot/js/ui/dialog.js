// One accessible prompt for the actions that need words (a reason, a team): a native modal <dialog>, so focus stays
// inside it, Escape cancels and Enter submits. Focus goes back to where it was (the queue row) when it closes.
import { el } from './format.js';

let counter = 0;

/**
 * Asks for one value. Resolves to the trimmed text, or null when cancelled.
 * @param {{title: string, label: string, submitLabel?: string, required?: boolean, value?: string, choices?: string[]}} options
 */
export function ask({ title, label, submitLabel = 'OK', required = true, value = '', choices = null }) {
  return new Promise(resolve => {
    const id = `ask-${++counter}`;
    const input = el('input', { id, name: 'value', autocomplete: 'off', value, required, list: choices ? `${id}-choices` : null });
    const error = el('p', { class: 'muted', role: 'alert' });
    const cancel = el('button', { type: 'button' }, 'Cancel');
    const dialog = el('dialog', { 'aria-labelledby': `${id}-title` },
      el('form', {},
        el('h2', { id: `${id}-title` }, title),
        el('div', { class: 'field' }, el('label', { for: id }, label), input),
        choices ? el('datalist', { id: `${id}-choices` }, ...choices.map(c => el('option', { value: c }))) : null,
        error,
        el('div', { class: 'buttons' }, cancel, el('button', { type: 'submit', class: 'primary' }, submitLabel))));
    const returnFocusTo = document.activeElement;
    let answered = false;
    const finish = result => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
      resolve(result);
    };
    dialog.querySelector('form').addEventListener('submit', event => {
      event.preventDefault();
      const text = input.value.trim();
      if (required && !text) {
        error.textContent = `${label} is required.`;
        input.focus();
        return;
      }
      finish(text);
    });
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', () => finish(null));
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
