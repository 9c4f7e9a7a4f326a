// Which views count: not known bots (isbot's maintained list), and a visitor's repeat view of
// the same article within a short window only once. Visitors are remembered only as a salted
// hash, in memory, under a salt that changes every day: no address is stored anywhere.
import { createHash, randomBytes } from 'node:crypto';
import { isbot } from 'isbot';
import { LRUCache } from 'lru-cache';
import { portalDay } from '../../text/portal-time.js';

export type Visitor = { ip: string; userAgent: string };
export type Verdict = 'count' | 'bot' | 'repeat';

export class ViewGate {
  private readonly seen: LRUCache<string, true> | null;
  private salt = { day: '', value: '' };

  constructor(repeatWindowMinutes: number, maxVisitors = 200_000) {
    this.seen =
      repeatWindowMinutes > 0
        ? new LRUCache({ max: maxVisitors, ttl: repeatWindowMinutes * 60_000 })
        : null;
  }

  judge(articleId: number, visitor: Visitor, at = new Date()): Verdict {
    if (isbot(visitor.userAgent)) return 'bot';
    if (!this.seen) return 'count';
    const key = this.keyOf(articleId, visitor, at);
    if (this.seen.has(key)) return 'repeat';
    this.seen.set(key, true);
    return 'count';
  }

  /** Forgets a visitor's view that could not be stored, so a retry counts. */
  forget(articleId: number, visitor: Visitor, at = new Date()) {
    this.seen?.delete(this.keyOf(articleId, visitor, at));
  }

  private keyOf(articleId: number, visitor: Visitor, at: Date): string {
    return createHash('sha256')
      .update(`${this.saltFor(at)}\0${visitor.ip}\0${visitor.userAgent}\0${articleId}`)
      .digest('base64url');
  }

  private saltFor(at: Date): string {
    const day = portalDay(at);
    if (this.salt.day !== day) this.salt = { day, value: randomBytes(16).toString('hex') };
    return this.salt.value;
  }
}
