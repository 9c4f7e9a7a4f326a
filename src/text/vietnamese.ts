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
