/**
 * What the loopback API remembers about each interaction it dispatched: the initial callback, the
 * message it produced or updated, edits, follow-ups, refused requests, and the 3-second verdict.
 * Tests wait on these records instead of sleeping.
 */
import { EventEmitter } from 'node:events';

export interface StoredMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  type: number;
  author: Record<string, unknown>;
  content: string;
  embeds: Array<Record<string, any>>;
  components: Array<Record<string, any>>;
  flags: number;
  timestamp: string;
  edited_timestamp: string | null;
  webhook_id: string;
  application_id: string;
  tts: false;
  mention_everyone: false;
  mentions: [];
  mention_roles: [];
  attachments: [];
  pinned: false;
  /** How many times the message was edited after it was created (not part of Discord's shape). */
  edits: number;
}

export type InteractionKind = 'command' | 'button' | 'autocomplete' | 'modal';

export interface InteractionRecord {
  id: string;
  token: string;
  kind: InteractionKind;
  /** The slash command's name (for a button or autocomplete: the command's, when known). */
  name: string | null;
  locale: string;
  userId: string;
  guildId: string | null;
  dispatchedAt: number;
  /** Interaction callback type of the initial response (4, 5, 6, 7, 8), or null before it. */
  callbackType: number | null;
  respondedAt: number | null;
  /** Set when no initial response arrived within the deadline, as Discord shows it. */
  failure: string | null;
  ephemeral: boolean;
  /** The message the response created (4, 5) or the component's message it updates (6, 7). */
  original: StoredMessage | null;
  originalDeleted: boolean;
  followUps: StoredMessage[];
  choices: Array<{ name: string; value: unknown }> | null;
  /** The modal the bot opened in response (callback type 9), as sent. */
  modal: Record<string, any> | null;
  /** Requests about this interaction that were answered with an error status. */
  rejected: Array<{ method: string; route: string; status: number; body: unknown }>;
}

/** What a user ends up seeing for an interaction. */
export interface Reply {
  outcome: 'message' | 'update' | 'choices' | 'modal' | 'failed';
  ephemeral: boolean;
  deferred: boolean;
  /** The visible message: the response, its edit, or (after a deferral was deleted) the first follow-up. */
  message: StoredMessage | null;
  followUps: StoredMessage[];
  choices: Array<{ name: string; value: unknown }> | null;
  modal: Record<string, any> | null;
  record: InteractionRecord;
}

export class InteractionLog {
  readonly records = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly changes = new EventEmitter();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly deadlineMs: number) {
    this.changes.setMaxListeners(0);
  }

  add(record: InteractionRecord): void {
    this.records.set(record.id, record);
    this.byToken.set(record.token, record);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (record.callbackType === null) {
        record.failure = 'The application did not respond';
        this.changed(record);
      }
    }, this.deadlineMs);
    this.timers.add(timer);
  }

  get(id: string): InteractionRecord {
    const record = this.records.get(id);
    if (!record) throw new Error(`no interaction ${id}`);
    return record;
  }

  byWebhookToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  changed(record: InteractionRecord): void {
    this.changes.emit(record.id, record);
  }

  /** Resolves once `done(record)` holds; rejects after `timeoutMs` with what the record looked like. */
  waitFor(id: string, done: (record: InteractionRecord) => boolean, timeoutMs = 5000): Promise<InteractionRecord> {
    const record = this.get(id);
    if (done(record)) return Promise.resolve(record);
    return new Promise((resolve, reject) => {
      const listener = (r: InteractionRecord) => {
        if (!done(r)) return;
        clearTimeout(timer);
        this.changes.off(id, listener);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.changes.off(id, listener);
        reject(new Error(`interaction ${id} did not settle in ${timeoutMs} ms: ${describe(record)}`));
      }, timeoutMs);
      this.changes.on(id, listener);
    });
  }

  async waitForReply(id: string, timeoutMs?: number): Promise<Reply> {
    const record = await this.waitFor(id, settled, timeoutMs);
    return toReply(record);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** Whether the user sees a final result: a message, an update, choices, or the failure notice. */
function settled(r: InteractionRecord): boolean {
  if (r.failure) return true;
  switch (r.callbackType) {
    case 4:
    case 7:
    case 8:
    case 9:
      return true;
    case 5:
    case 6:
      return (r.original !== null && r.original.edits > 0 && !r.originalDeleted) || r.followUps.length > 0;
    default:
      return false;
  }
}

function toReply(r: InteractionRecord): Reply {
  const deferred = r.callbackType === 5 || r.callbackType === 6;
  const outcome = r.failure ? 'failed' : r.callbackType === 8 ? 'choices' : r.callbackType === 9 ? 'modal' : r.callbackType === 6 || r.callbackType === 7 ? 'update' : 'message';
  const message = r.failure ? null : r.originalDeleted || (deferred && (r.original?.edits ?? 0) === 0) ? (r.followUps[0] ?? null) : r.original;
  return {
    outcome,
    ephemeral: message ? (message.flags & 64) !== 0 : false,
    deferred,
    message,
    followUps: r.followUps,
    choices: r.choices,
    modal: r.modal,
    record: r,
  };
}

function describe(r: InteractionRecord): string {
  return JSON.stringify({
    kind: r.kind,
    name: r.name,
    callbackType: r.callbackType,
    failure: r.failure,
    edits: r.original?.edits ?? null,
    followUps: r.followUps.length,
    rejected: r.rejected,
  });
}
