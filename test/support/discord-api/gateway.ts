/**
 * The gateway half of the loopback Discord API: plain JSON over WebSocket (no zlib), HELLO,
 * IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, and dispatches to the identified session.
 * A client asking for compression or another encoding is refused, so a stray `zlib-sync` shows up.
 */
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Identify {
  token: string;
  intents: number;
  compress: boolean;
  query: string;
}

export interface GatewayOptions {
  server: Server;
  token: () => string;
  heartbeatIntervalMs: number;
  ready: (sessionId: string) => Record<string, unknown>;
  guilds: () => Array<Record<string, unknown>>;
}

interface Session {
  socket: WebSocket;
  id: string;
  seq: number;
  identified: boolean;
}

export class Gateway {
  readonly identifies: Identify[] = [];
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private readonly waiting: Array<(identify: Identify) => void> = [];
  private nextSession = 1;

  constructor(private readonly options: GatewayOptions) {
    this.wss = new WebSocketServer({ server: options.server, path: '/gateway' });
    this.wss.on('connection', (socket, request) => this.accept(socket, request.url ?? ''));
  }

  /** Resolves at the next IDENTIFY (or the latest one, if one arrived since the last wait). */
  nextIdentify(): Promise<Identify> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  get connected(): number {
    return [...this.sessions].filter((s) => s.identified).length;
  }

  dispatch(event: string, data: unknown): void {
    const live = [...this.sessions].filter((s) => s.identified);
    if (live.length === 0) throw new Error(`no identified gateway session to dispatch ${event} to`);
    for (const session of live) this.send(session, { op: 0, t: event, s: ++session.seq, d: data });
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket, url: string): void {
    const query = new URL(url, 'http://gateway').searchParams;
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      socket.close(4002, `the loopback gateway speaks plain JSON only (got ${query.toString()})`);
      return;
    }
    const session: Session = { socket, id: `session-${this.nextSession++}`, seq: 0, identified: false };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('message', (raw, isBinary) => {
      if (isBinary) return socket.close(4002, 'binary frames are not expected without compression');
      this.receive(session, JSON.parse(raw.toString()) as { op: number; d: unknown }, query.toString());
    });
    this.send(session, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private receive(session: Session, payload: { op: number; d: unknown }, query: string): void {
    switch (payload.op) {
      case 1: // heartbeat
        this.send(session, { op: 11 });
        return;
      case 2: {
        const d = payload.d as { token: string; intents: number; compress?: boolean };
        if (d.token !== this.options.token()) {
          session.socket.close(4004, 'Authentication failed.');
          return;
        }
        const identify = { token: d.token, intents: d.intents, compress: Boolean(d.compress), query };
        this.identifies.push(identify);
        session.identified = true;
        this.send(session, { op: 0, t: 'READY', s: ++session.seq, d: this.options.ready(session.id) });
        for (const guild of this.options.guilds()) this.send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.seq, d: guild });
        for (const resolve of this.waiting.splice(0)) resolve(identify);
        return;
      }
      case 6: // resume: sessions are not kept, so ask for a fresh identify, as Discord does for a stale one
        this.send(session, { op: 9, d: false });
        return;
      default:
        return;
    }
  }

  private send(session: Session, payload: unknown): void {
    session.socket.send(JSON.stringify(payload));
  }
}
