// Link (many-to-many) tables with an id that keeps the order links were made in, and an index
// on each side: PostgreSQL does not index foreign keys by itself, and every "articles of X" or
// "X of these articles" query reads one side or the other.
import { EntitySchema } from '@mikro-orm/core';

/** [entity name, column] */
type Side = [entity: string, column: string];

export function linkTable(
  name: string,
  tableName: string,
  [ownerEntity, ownerColumn]: Side,
  [targetEntity, targetColumn]: Side,
) {
  const owner = ownerColumn.replace(/_id$/, '');
  const target = targetColumn.replace(/_id$/, '');
  const schema = new EntitySchema<Record<string, unknown>>({
    name,
    tableName,
    properties: {
      id: { type: 'integer', primary: true, autoincrement: true },
      [owner]: { kind: 'm:1', entity: ownerEntity, fieldName: ownerColumn, deleteRule: 'cascade' },
      [target]: {
        kind: 'm:1',
        entity: targetEntity,
        fieldName: targetColumn,
        deleteRule: 'cascade',
      },
    },
    // (target, owner) also serves "the newest articles of this tag" as an index-only scan.
    indexes: [{ properties: [owner] }, { properties: [target, owner] }],
  });
  /** Options for the @ManyToMany that uses this table. */
  const options = {
    pivotEntity: () => schema,
    pivotTable: tableName,
    joinColumn: ownerColumn,
    inverseJoinColumn: targetColumn,
    fixedOrder: true,
  };
  return { schema, options };
}
