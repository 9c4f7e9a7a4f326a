import { badInput } from '../../platform/errors.js';
import { fromGlobalId } from '../../graphql/node.js';
import type { Services } from '../../services.js';
import type { Verdict, Visitor } from './view-gate.js';
import { noPublishedArticle } from './view-ingest.js';

/**
 * Records one page view. Resolves 'count' when it was counted, 'bot' or 'repeat' when it was not
 * (a known bot, or the visitor's repeat within the window), in every case only after the article
 * was checked and, when counted, the view committed. Rejects for an unknown or unpublished article.
 */
export async function recordView(
  services: Services,
  articleGlobalId: string,
  visitor: Visitor,
): Promise<Verdict> {
  const ref = fromGlobalId(articleGlobalId);
  if (ref.type !== 'Article')
    throw badInput(`The id is a ${ref.type} id, not an Article id.`, { argument: 'articleId' });
  if (ref.key === null) throw noPublishedArticle();
  const verdict = services.viewGate.judge(ref.key, visitor);
  try {
    await services.views.record(ref.key, verdict === 'count' ? 1 : 0);
  } catch (err) {
    if (verdict === 'count') services.viewGate.forget(ref.key, visitor);
    throw err;
  }
  return verdict;
}
