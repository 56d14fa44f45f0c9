/**
 * Per-user rate limit on questions: at most `uses` in any sliding window of `windowSeconds`.
 * In memory on purpose: it protects the bot from one user's bursts, and forgetting it on a
 * restart costs nothing.
 */
export interface CooldownLimit {
  uses: number;
  windowSeconds: number;
}

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Users are swept once the map grows past this, so idle users do not accumulate. */
const SWEEP_AT = 1000;

export class Cooldown {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit: CooldownLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a use for `userId` when the window allows it; otherwise says how long to wait. */
  take(userId: string): CooldownVerdict {
    const now = this.now();
    const windowMs = this.limit.windowSeconds * 1000;
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < windowMs);
    if (times.length >= this.limit.uses) {
      this.recent.set(userId, times);
      const oldest = times[0]!;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > SWEEP_AT) this.sweep(now, windowMs);
    return { ok: true };
  }

  private sweep(now: number, windowMs: number): void {
    for (const [user, times] of this.recent) {
      if (times.every((t) => now - t >= windowMs)) this.recent.delete(user);
    }
  }
}
