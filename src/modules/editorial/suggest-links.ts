// Which people, organisations, events and places a text mentions: every name, short name and
// alias is looked for in the folded text (accent-insensitive, whole words), longest first; where
// two things fold to the same words, the one written with the text's own accents wins. Offsets
// are into the original text, in UTF-16 code units (JavaScript string indices).
import type { EntityManager } from '@mikro-orm/knex';
import { asEntity, rowsOf } from '../../db/rows.js';
import { fold, foldWithMap } from '../../text/vietnamese.js';
import { Event } from '../event/event.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Place } from '../place/place.entity.js';

export type Suggestion = {
  entity: Person | Organisation | Event | Place;
  matched: string;
  start: number;
  end: number;
};

type Name = { written: string; folded: string; owner: () => Suggestion['entity'] };

const wordChar = /[\p{L}\p{N}]/u;

async function namesOf(em: EntityManager): Promise<Name[]> {
  const knex = em.getKnex();
  const names: Name[] = [];
  const add = (written: string | null | undefined, owner: () => Suggestion['entity']) => {
    const folded = written ? fold(written.trim()) : '';
    // Two letters match too much ("an", "ha"): short names need three.
    if (folded.replace(/[^\p{L}\p{N}]/gu, '').length >= 3)
      names.push({ written: written!.trim(), folded, owner });
  };
  const once = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  for (const row of await rowsOf(em, knex('person').select('*')))
    add(
      row.name as string,
      once(() => asEntity(em, Person, row)),
    );
  for (const row of await rowsOf(em, knex('organisation').select('*'))) {
    const owner = once(() => asEntity(em, Organisation, row));
    const aliases: string[] =
      typeof row.aliases === 'string' ? JSON.parse(row.aliases) : ((row.aliases as string[]) ?? []);
    for (const n of [row.name as string, row.short_name as string, ...aliases]) add(n, owner);
  }
  for (const row of await rowsOf(em, knex('event').select('*'))) {
    const owner = once(() => asEntity(em, Event, row));
    add(row.name as string, owner);
    add(row.short_name as string, owner);
  }
  for (const row of await rowsOf(em, knex('place').select('*')))
    add(
      row.name as string,
      once(() => asEntity(em, Place, row)),
    );
  return names;
}

export async function suggestLinks(em: EntityManager, text: string): Promise<Suggestion[]> {
  const { folded, origin } = foldWithMap(text);
  type Hit = { name: Name; start: number; end: number; exact: boolean };
  const hits: Hit[] = [];
  for (const name of await namesOf(em)) {
    for (let at = folded.indexOf(name.folded); at >= 0; at = folded.indexOf(name.folded, at + 1)) {
      const end = at + name.folded.length;
      if (
        (at > 0 && wordChar.test(folded[at - 1])) ||
        (end < folded.length && wordChar.test(folded[end]))
      )
        continue;
      const matched = text.slice(origin[at], origin[end]);
      hits.push({
        name,
        start: origin[at],
        end: origin[end],
        exact: matched.toLowerCase() === name.written.toLowerCase(),
      });
    }
  }
  // Longest first, then the one whose accents are the text's own; overlapping ones are dropped.
  hits.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || Number(b.exact) - Number(a.exact) || a.start - b.start,
  );
  const taken: Hit[] = [];
  for (const h of hits) if (!taken.some((t) => h.start < t.end && t.start < h.end)) taken.push(h);
  return taken
    .sort((a, b) => a.start - b.start)
    .map((h) => ({
      entity: h.name.owner(),
      matched: text.slice(h.start, h.end),
      start: h.start,
      end: h.end,
    }));
}
