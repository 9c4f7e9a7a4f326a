// Arguments are checked by class-validator before any resolver sees them, as type-graphql's own
// `validate` option checks them (objects only, missing properties skipped, unknown values
// allowed), with one difference: arguments that passed are remembered. A list of 20 articles asks
// for `related(first: 3)` 20 times a request, the same arguments each time, and class-validator's
// walk over them was 2-3 % of a home page's CPU. Only flat arguments (every value a string,
// number, boolean or null) are remembered; filters and inputs are checked every time.
import { validateOrReject, type ValidationError } from 'class-validator';
import { LRUCache } from 'lru-cache';
import { ArgumentValidationError } from 'type-graphql';

const options = { forbidUnknownValues: false, skipMissingProperties: true };

/** Flat arguments that passed, per arguments class, by their values. */
const passed = new WeakMap<object, LRUCache<string, true>>();

const MAX_REMEMBERED_CHARS = 1_000;

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';
const isFlat = (value: object) =>
  Object.values(value).every(
    (v) => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v),
  );

/** type-graphql's `validateFn`: rejects with an ArgumentValidationError, as its own validation does. */
export async function validateArguments(argValue: unknown): Promise<void> {
  if (!isObject(argValue)) return;
  if (Array.isArray(argValue)) {
    await Promise.all(argValue.filter(isObject).map((item) => check(item)));
    return;
  }
  const text = !isFlat(argValue) ? undefined : JSON.stringify(argValue);
  // Frontends' arguments are short; long ones (a flood of different values) are not kept.
  const flat = text !== undefined && text.length <= MAX_REMEMBERED_CHARS ? text : undefined;
  let known = passed.get(argValue.constructor);
  if (flat !== undefined && known?.has(flat)) return;
  await check(argValue);
  if (flat === undefined) return;
  if (!known)
    passed.set(
      argValue.constructor,
      (known = new LRUCache({
        max: 1_000,
        maxSize: 256 * 1024,
        sizeCalculation: (_v, k) => k.length * 2 + 64,
      })),
    );
  known.set(flat, true);
}

async function check(value: object): Promise<void> {
  try {
    await validateOrReject(value, options);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
