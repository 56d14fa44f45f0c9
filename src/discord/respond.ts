/**
 * How a result reaches the user within Discord's 3-second window. The answer is raced against a
 * short timer: ready in time, it is the reply itself (one request, no "thinking…" flash); not
 * ready, the interaction is deferred first and the reply edited in when the answer comes.
 * Private notes (errors, cooldown, "Show passage") go out ephemerally from whatever state the
 * interaction is in, which only this class tracks.
 */
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { MessagePayload } from './render.js';

export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** Defer when the answer is not ready after this long: the defer itself must land before 3 s. */
export const DEFER_AFTER_MS = 2000;

type State = 'fresh' | 'deferred-reply' | 'deferred-private' | 'deferred-update' | 'answered';

export class Responder {
  private state: State = 'fresh';

  constructor(
    private readonly interaction: RepliableInteraction,
    private readonly deferAfterMs = DEFER_AFTER_MS,
  ) {}

  /**
   * Sends what `produce` makes, as a new reply or as an update of the message the button is on.
   * Resolves to whether it had to defer; rejects with `produce`'s error (the caller's boundary).
   * An `ephemeral` reply (and its "thinking…") is seen by the user alone.
   */
  async answer(produce: () => MessagePayload | Promise<MessagePayload>, mode: 'reply' | 'update', options: { ephemeral?: boolean } = {}): Promise<'direct' | 'deferred'> {
    const flags = options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
    const work = Promise.resolve().then(produce);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.deferAfterMs);
    });
    const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
    if (first !== 'late') {
      // Answer ready: even when it took long, replying now is never worse than deferring now.
      if (mode === 'update' && this.interaction.isButton()) await this.interaction.update(first);
      else await this.interaction.reply({ ...first, ...flags });
      this.state = 'answered';
      return 'direct';
    }
    if (mode === 'update' && this.interaction.isButton()) {
      await this.interaction.deferUpdate();
      this.state = 'deferred-update';
    } else {
      await this.interaction.deferReply(flags);
      this.state = options.ephemeral ? 'deferred-private' : 'deferred-reply';
    }
    const payload = await work;
    await this.interaction.editReply(payload);
    this.state = 'answered';
    return 'deferred';
  }

  /** Ephemeral messages, only the user sees them: the first as the reply when possible, the rest as follow-ups. */
  async private(payloads: MessagePayload[]): Promise<void> {
    for (const payload of payloads) {
      const options = { ...payload, flags: MessageFlags.Ephemeral as const };
      if (this.state === 'fresh') {
        await this.interaction.reply(options);
      } else if (this.state === 'deferred-private') {
        // The "thinking…" is already private: it becomes the message.
        await this.interaction.editReply(payload);
      } else if (this.state === 'deferred-reply') {
        // A public "thinking…" cannot turn private: remove it and say it privately instead.
        await this.interaction.deleteReply().catch(() => undefined);
        await this.interaction.followUp(options);
      } else {
        await this.interaction.followUp(options);
      }
      this.state = 'answered';
    }
  }
}
