// The cue for a new priority-1 incident: a banner announced by screen readers (role=alert), a title-bar marker for
// a console on another screen, and an optional two-tone chime. Only genuinely new incidents pushed live trigger it,
// never the initial load or a resync after reconnecting.
import { el } from './format.js';

const SOUND_KEY = 'opscentre.sound';

export class PriorityOneCue {
  #banner;
  #toggle;
  #audio = null;
  #unseen = 0;

  constructor(board, banner, toggle) {
    this.#banner = banner;
    this.#toggle = toggle;
    this.#toggle.setAttribute('aria-pressed', String(this.soundOn));
    this.#toggle.addEventListener('click', () => {
      localStorage.setItem(SOUND_KEY, this.soundOn ? 'off' : 'on');
      this.#toggle.setAttribute('aria-pressed', String(this.soundOn));
      this.#unlockAudio();
    });
    board.subscribe(({ change, incident, source }) => {
      if (change === 'new' && source === 'live' && incident.priority === 1) this.#cue(incident);
    });
    document.addEventListener('visibilitychange', () => { if (!document.hidden) this.#clearTitle(); });
    // Browsers only allow sound after the page has been used; the first key or click unlocks it.
    document.addEventListener('pointerdown', () => this.#unlockAudio(), { once: true });
    document.addEventListener('keydown', () => this.#unlockAudio(), { once: true });
  }

  get soundOn() { return localStorage.getItem(SOUND_KEY) !== 'off'; }

  #cue(incident) {
    const href = `#/incidents/${encodeURIComponent(incident.incidentId)}`;
    const dismiss = el('button', { type: 'button', onclick: () => this.#banner.classList.remove('shown') }, 'Dismiss');
    this.#banner.replaceChildren(
      el('span', {}, `New priority 1 incident: ${incident.title}`),
      el('a', { href }, `Open ${incident.incidentId}`),
      dismiss);
    this.#banner.classList.add('shown');
    if (document.hidden) {
      this.#unseen++;
      document.title = `(${this.#unseen} P1) ${document.title.replace(/^\(\d+ P1\) /, '')}`;
    }
    if (this.soundOn) this.#chime();
  }

  #clearTitle() {
    this.#unseen = 0;
    document.title = document.title.replace(/^\(\d+ P1\) /, '');
  }

  #unlockAudio() {
    if (!this.#audio && this.soundOn) {
      this.#audio = new AudioContext();
    }
    this.#audio?.resume().catch(() => {});
  }

  #chime() {
    if (!this.#audio || this.#audio.state !== 'running') return;
    const start = this.#audio.currentTime;
    [880, 660].forEach((frequency, i) => {
      const oscillator = this.#audio.createOscillator();
      const gain = this.#audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + i * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.25, start + i * 0.25 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.25 + 0.22);
      oscillator.connect(gain).connect(this.#audio.destination);
      oscillator.start(start + i * 0.25);
      oscillator.stop(start + i * 0.25 + 0.24);
    });
  }
}
