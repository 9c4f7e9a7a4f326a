import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Event } from '../event/event.entity.js';

export function organisationLoaders(em: EntityManager) {
  // Events an organisation organised or took part in: one statement for the links, one for the events.
  const eventsOfOrganisation = new DataLoader<number, Event[]>(async (orgIds) => {
    const knex = em.getKnex();
    const links: { organisation_id: number; event_id: number }[] = await em.execute(
      knex('event_organisers')
        .select('organisation_id', 'event_id')
        .whereIn('organisation_id', orgIds as number[])
        .union(knex('event_participants').select('organisation_id', 'event_id').whereIn('organisation_id', orgIds as number[])),
    );
    const events = links.length
      ? await em.find(Event, { id: { $in: [...new Set(links.map((l) => l.event_id))] } }, { orderBy: { startsAt: 'asc', id: 'asc' } })
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
