/**
 * A promise that gives up after `ms`: the popup and the background wait for the page's answer at
 * most this long. Extraction in the page is synchronous and bounded by its own budgets
 * (src/core/extract.ts), so this only trips when the page's main thread is busy with something
 * else (a page stuck in its own script): the user then gets a message instead of a spinner.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
