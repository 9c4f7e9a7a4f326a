// Vietnamese text folding, shared by slugs and (later) search: one definition of "the same
// word without its accents".
import slugifyLib from '@sindresorhus/slugify';

/** Lower-cases and removes tone marks and vowel marks; folds đ/Đ to d (NFD leaves đ alone). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** URL slug: folded, ASCII, hyphen-separated ("Tăng cường hợp tác" -> "tang-cuong-hop-tac"). */
export function slugify(text: string, maxLength = 120): string {
  const slug = slugifyLib(fold(text), { decamelize: false });
  if (slug.length <= maxLength) return slug;
  // Cut on a word boundary so a long title does not end in half a syllable.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
}

/**
 * fold(), keeping for each folded character the index of the original character it came from,
 * so a match found in folded text can be marked in the original, accented text.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      origin.push(i);
    }
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Folded words: letters and digits only, so search syntax typed by a user is just text. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
