import { expect, test } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.js';

test('allows `uses` questions per window per user, then says how long to wait', () => {
  let now = 0;
  const cooldown = new Cooldown({ uses: 2, windowSeconds: 60 }, () => now);
  expect(cooldown.take('a')).toEqual({ ok: true });
  now = 10_000;
  expect(cooldown.take('a')).toEqual({ ok: true });
  expect(cooldown.take('b')).toEqual({ ok: true });
  now = 20_000;
  expect(cooldown.take('a')).toEqual({ ok: false, retryAfterSeconds: 40 });
  now = 59_500;
  expect(cooldown.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
  now = 60_000;
  expect(cooldown.take('a')).toEqual({ ok: true });
  expect(cooldown.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
});

test('refused attempts do not extend the wait', () => {
  let now = 0;
  const cooldown = new Cooldown({ uses: 1, windowSeconds: 5 }, () => now);
  cooldown.take('a');
  for (now = 1000; now < 5000; now += 1000) expect(cooldown.take('a').ok).toBe(false);
  now = 5000;
  expect(cooldown.take('a').ok).toBe(true);
});
