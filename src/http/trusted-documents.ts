// Trusted documents: the operations first-party frontends use, registered ahead of time in a
// manifest ({"sha256:<hash>": "<document>"}, as GraphQL Code Generator's client preset writes it
// with `persistedDocuments: true`). Clients send `documentId: "sha256:<hash>"` (or Apollo's
// persisted-query hash) instead of the text. With TRUSTED_DOCUMENTS_ONLY, anonymous callers may
// run nothing else (introspection aside); key holders may still send any query, and automatic
// persisted queries keep working for them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Request, RequestHandler } from 'express';
import { parse } from 'graphql';
import type { Caller } from '../modules/access/caller.js';
import { queryStringOf } from './guards.js';

export type TrustedDocuments = Map<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads and checks a manifest: every key must be the SHA-256 of its document. */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const documents: TrustedDocuments = new Map();
  for (const [key, document] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, '');
    if (typeof document !== 'string' || !/^[0-9a-f]{64}$/.test(hash) || sha256(document) !== hash) {
      throw new Error(`${path}: entry ${key} is not "sha256:<hash of the document>": "<document>"`);
    }
    documents.set(hash, document);
  }
  return documents;
}

type Params = {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
};

function paramsOf(req: Request): Params {
  if (req.method === 'POST')
    return req.body && typeof req.body === 'object' && !Array.isArray(req.body)
      ? (req.body as Params)
      : {};
  const search = new URLSearchParams(queryStringOf(req));
  let extensions: Params['extensions'];
  try {
    extensions = search.has('extensions') ? JSON.parse(search.get('extensions')!) : undefined;
  } catch {
    extensions = undefined; // Apollo answers malformed extensions itself.
  }
  return {
    query: search.get('query') ?? undefined,
    documentId: search.get('documentId') ?? undefined,
    extensions,
  };
}

/** Puts the document text where Apollo reads it, and takes out the id Apollo does not know. */
function setQuery(req: Request, query: string) {
  if (req.method === 'POST') {
    const body = req.body as Record<string, unknown>;
    body.query = query;
    delete body.documentId;
    return;
  }
  const [path, rest = ''] = req.url.split('?', 2);
  const search = new URLSearchParams(rest);
  search.delete('documentId');
  search.set('query', query);
  req.url = `${path}?${search}`;
}

const onlyIntrospection = (query: string) => {
  try {
    return parse(query, { maxTokens: 2_000 }).definitions.every(
      (d) =>
        d.kind === 'OperationDefinition' &&
        d.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__')),
    );
  } catch {
    return false;
  }
};

type Refuse = (status: number, code: string, message: string) => void;

export function trustedDocumentsMiddleware(options: {
  documents: TrustedDocuments;
  onlyTrustedForAnonymous: boolean;
  refuse: (req: Request, res: Parameters<RequestHandler>[1]) => Refuse;
}): RequestHandler {
  const { documents, onlyTrustedForAnonymous } = options;
  return (req, res, next) => {
    if (req.method !== 'POST' && req.method !== 'GET') return next();
    const refuse = options.refuse(req, res);
    const params = paramsOf(req);
    const explicitId = typeof params.documentId === 'string' ? params.documentId : undefined;
    const apqHash =
      typeof params.extensions?.persistedQuery?.sha256Hash === 'string'
        ? params.extensions.persistedQuery.sha256Hash
        : undefined;
    let query = typeof params.query === 'string' ? params.query : undefined;

    if (explicitId !== undefined) {
      const known = documents.get(explicitId.replace(/^sha256:/, ''));
      if (!known)
        return refuse(
          400,
          'PERSISTED_QUERY_NOT_FOUND',
          `Unknown document id ${explicitId.slice(0, 80)}: it is not among the registered operations.`,
        );
      query = known;
      setQuery(req, known);
    } else if (query === undefined && apqHash && documents.has(apqHash)) {
      query = documents.get(apqHash)!;
      setQuery(req, query);
    }

    const caller = res.locals.caller as Caller;
    if (
      onlyTrustedForAnonymous &&
      caller.kind === 'anonymous' &&
      !(query !== undefined && (documents.has(sha256(query)) || onlyIntrospection(query)))
    ) {
      return refuse(
        403,
        'FORBIDDEN',
        'Only registered operations are accepted without an API key: send `documentId` ("sha256:<hash>") of a registered operation, or send your key.',
      );
    }
    next();
  };
}
