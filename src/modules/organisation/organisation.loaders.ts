import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { asEntities, rowsOf } from '../../db/rows.js';
import { Event } from '../event/event.entity.js';

export function organisationLoaders(em: EntityManager) {
  // Events an organisation organised or took part in: one statement for the links, one for the events.
  const eventsOfOrganisation = new DataLoader<number, Event[]>(async (orgIds) => {
    const knex = em.getKnex();
    const links = await rowsOf<{ organisation_id: number; event_id: number }>(
      em,
      knex('event_organisers')
        .select('organisation_id', 'event_id')
        .whereIn('organisation_id', orgIds as number[])
        .union(
          knex('event_participants')
            .select('organisation_id', 'event_id')
            .whereIn('organisation_id', orgIds as number[]),
        ),
    );
    const ids = [...new Set(links.map((l) => Number(l.event_id)))];
    // Dated events first, in date order; the undated last (as MikroORM's `orderBy` put them).
    const events = ids.length
      ? asEntities(
          em,
          Event,
          await rowsOf(
            em,
            knex('event')
              .select('*')
              .whereIn('id', ids)
              .orderByRaw('(starts_at is null), starts_at, id'),
          ),
        )
      : [];
    const eventIdsOf = new Map<number, Set<number>>();
    for (const l of links) {
      const org = Number(l.organisation_id);
      eventIdsOf.set(org, (eventIdsOf.get(org) ?? new Set()).add(Number(l.event_id)));
    }
    return orgIds.map((o) => events.filter((e) => eventIdsOf.get(o)?.has(e.id)));
  });
  return { eventsOfOrganisation };
}
