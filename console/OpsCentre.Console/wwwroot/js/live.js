// The live channel (/hubs/live, SignalR). It never gives up: after a network drop or a node restart it keeps
// retrying, and every (re)connection triggers a resync from the HTTP API, because pushes sent while disconnected
// are lost. The incident board's version check makes the overlap between resync and pushes harmless.
import { api } from './api.js';

const RETRY_CAP_MS = 5000;

export class LiveConnection {
  #connection;
  #handlers;

  /**
   * @param {{incident: Function, system?: Function, topics?: Function, status: Function, synced: Function}} handlers
   *   status(state) with 'connecting' | 'connected' | 'reconnecting' | 'disconnected'; synced() after each (re)connect.
   */
  constructor(handlers) {
    this.#handlers = handlers;
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/live')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: context => Math.min(250 * 2 ** context.previousRetryCount, RETRY_CAP_MS) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    // Handlers must not return a value: SignalR would take it as a client result the server never asked for.
    this.#connection.on('incident', incident => { handlers.incident(incident); });
    this.#connection.on('system', snapshot => { handlers.system?.(snapshot); });
    this.#connection.on('topics', snapshot => { handlers.topics?.(snapshot); });
    this.#connection.onreconnecting(() => handlers.status('reconnecting'));
    this.#connection.onreconnected(() => this.#connected());
    // Automatic reconnect only covers drops after a successful start; a close means it stopped: start again.
    this.#connection.onclose(() => {
      handlers.status('disconnected');
      setTimeout(() => this.start(), 1000);
    });
  }

  async start() {
    this.#handlers.status('connecting');
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#connection.start();
        await this.#connected();
        return;
      } catch {
        this.#handlers.status('disconnected');
        // A refused negotiate may mean the sign-in has gone; the API call redirects to sign-in if so.
        await api.get('/api/session').catch(() => {});
        await new Promise(resolve => setTimeout(resolve, Math.min(500 * 2 ** attempt, RETRY_CAP_MS)));
      }
    }
  }

  async #connected() {
    this.#handlers.status('connected');
    await this.#handlers.synced();
  }
}
