// The portal's sections (categories) in memory. Every list and page names its articles'
// sections; there are a few dozen of them, and they change rarely, never through the API (an
// operator's migration or SQL). A section read from here costs no statement and no promise: a
// person's page of 20 articles with their sections went from 4 statements to 3.
//
// Read at start, then again every SECTIONS_CACHE_MS, outside any request. A section that is not
// here (added since the last reading) is read from the database as before, so an answer never
// lacks one; a renamed one shows within SECTIONS_CACHE_MS.
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from '../../db/orm.js';
import type { Context } from '../../graphql/context.js';
import { asEntity, rowsOf } from '../../db/rows.js';
import type { Logger } from '../../platform/logger.js';
import { Category } from './category.entity.js';

export class SectionCache {
  private byId: ReadonlyMap<number, Category> | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly refreshMs: number,
    private readonly logger: Logger,
  ) {}

  /** Reads the sections, and again every `refreshMs` (0: never kept, every section read from the database). */
  async start(orm: Orm): Promise<void> {
    if (this.refreshMs <= 0) return;
    await this.read(orm);
    this.timer = setInterval(() => void this.read(orm), this.refreshMs);
    this.timer.unref();
  }

  private async read(orm: Orm): Promise<void> {
    const em = orm.em.fork() as EntityManager;
    try {
      const rows = await rowsOf(em, em.getKnex()('category').select('*'));
      this.byId = new Map(rows.map((row) => [Number(row.id), asEntity(em, Category, row)]));
    } catch (err) {
      // The last reading stays: sections outlive a database outage. Requests report the outage.
      this.logger.warn(
        { err: (err as Error).message },
        'sections could not be read; the last reading is kept',
      );
    }
  }

  /** The section with this id; undefined when it is not in memory (read it from the database). */
  get(id: number): Category | undefined {
    return this.byId?.get(id);
  }

  close(): void {
    clearInterval(this.timer);
  }
}

/** A section by its reference: from memory, else from the database (batched). */
export function sectionOf(
  ctx: Context,
  ref: { id: number } | null | undefined,
): Category | null | Promise<Category | null> {
  if (!ref) return null;
  return ctx.services.sections.get(ref.id) ?? ctx.loaders.rel.category.load(ref.id);
}
