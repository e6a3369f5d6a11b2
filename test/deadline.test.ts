/** The wait limit the popup and the background put on the page's answer (src/shared/deadline.ts). */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { withDeadline } from '../src/shared/deadline.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('gives up with the message once the time is over', async () => {
  const never = new Promise<string>(() => {});
  const outcome = withDeadline(never, 20_000, 'The page did not answer within 20 s.').catch((err: Error) => err.message);
  await vi.advanceTimersByTimeAsync(19_999);
  let settled = false;
  void outcome.then(() => (settled = true));
  await Promise.resolve();
  expect(settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(await outcome).toBe('The page did not answer within 20 s.');
});

it('passes the answer and the error through in time, and leaves no timer behind', async () => {
  expect(await withDeadline(Promise.resolve('article'), 20_000, 'late')).toBe('article');
  await expect(withDeadline(Promise.reject(new Error('no tab')), 20_000, 'late')).rejects.toThrow('no tab');
  expect(vi.getTimerCount()).toBe(0);
});
