// POST /views: page-view beacons. JSON, or text/plain holding JSON (what navigator.sendBeacon
// sends without a CORS preflight): {"articleId": "<global id>"}. Answered after the view is stored.
import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import { recordView } from '../modules/popularity/record-view.js';
import type { Visitor } from '../modules/popularity/view-gate.js';
import type { Services } from '../services.js';
import type { Logger } from '../platform/logger.js';

const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

export function viewsRouter(
  services: Services,
  logger: Logger,
  visitorOf: (req: express.Request) => Visitor,
): Router {
  const router = express.Router();
  router.post(
    '/views',
    express.json({ limit: 4096 }),
    express.text({ type: 'text/plain', limit: 4096 }),
    async (req, res) => {
      const requestId = String(res.getHeader('x-request-id') ?? '');
      const fail = (status: number, code: string, message: string) =>
        res.status(status).json({
          errors: [{ message, extensions: { code, ...(status >= 500 ? { requestId } : {}) } }],
        });
      let body: unknown = req.body;
      if (typeof body === 'string') {
        try {
          body = JSON.parse(body);
        } catch {
          return fail(
            400,
            'BAD_REQUEST',
            'The body is not valid JSON: send {"articleId": "<id>"}.',
          );
        }
      }
      const articleId = (body as { articleId?: unknown } | undefined)?.articleId;
      if (typeof articleId !== 'string' || articleId.length === 0) {
        return fail(
          400,
          'BAD_USER_INPUT',
          'Send {"articleId": "<id>"} with the article\'s global id, as JSON or text/plain.',
        );
      }
      try {
        // Not counted says why: a known bot, or the same visitor again within the repeat window.
        const verdict = await recordView(services, articleId, visitorOf(req));
        res.json(verdict === 'count' ? { counted: true } : { counted: false, reason: verdict });
      } catch (err) {
        const code = err instanceof GraphQLError ? String(err.extensions.code) : '';
        if (statusOf[code] && code !== 'SERVICE_UNAVAILABLE')
          return fail(statusOf[code], code, (err as Error).message);
        services.dbHealth.failed(err);
        logger.error({ err, requestId }, 'view not recorded');
        fail(503, 'SERVICE_UNAVAILABLE', 'The view could not be stored. Send it again.');
      }
    },
  );
  return router;
}
