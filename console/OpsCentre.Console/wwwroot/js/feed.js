// A tiny observable value: the latest system or topic-flow snapshot, for whichever page is showing it.
export class Feed {
  #latest = null;
  #listeners = new Set();

  get latest() { return this.#latest; }

  publish(value) {
    this.#latest = value;
    for (const listener of this.#listeners) listener(value);
  }

  subscribe(listener) {
    this.#listeners.add(listener);
    if (this.#latest !== null) listener(this.#latest);
    return () => this.#listeners.delete(listener);
  }
}
