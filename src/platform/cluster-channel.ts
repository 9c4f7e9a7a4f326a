// Between the workers of one gateway (WORKERS > 1): a worker that changed content says so, and
// the cluster primary (cluster.ts) relays it to the others, with or without Redis. Process-wide,
// below every layer that needs to hear or say it.
import cluster from 'node:cluster';

/** The message a worker sends (and the primary relays) when content changed. */
export const CONTENT_CHANGED = 'bantin:content-changed';

/** In a worker: tell the others (through the primary) that content changed. */
export function announceContentChange(): void {
  if (cluster.isWorker && process.send) process.send({ type: CONTENT_CHANGED });
}

/** In a worker: run `onChange` when another worker changed content. */
export function onContentChangeElsewhere(onChange: () => void): void {
  if (!cluster.isWorker) return;
  process.on('message', (message: { type?: string }) => {
    if (message?.type === CONTENT_CHANGED) onChange();
  });
}
