// The API explorer: GraphiQL 5, bundled by Vite with its Monaco workers, so the page needs
// nothing but this gateway (closed government networks have no CDN).
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { examples } from './examples.js';
import './explorer.css';

type Fetcher = GraphiQLProps['fetcher'];

// Same origin, JSON POST (a "non-simple" request, so CSRF prevention lets it through); headers
// typed in the explorer's headers editor (an API key, say) go along.
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(new URL('graphql', document.baseURI), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById('explorer');
if (!root) throw new Error('the page has no #explorer element');

// Monaco measures its font once, when an editor is created: load the editor font (Latin and
// Vietnamese parts) first, or the cursor drifts from the text.
await Promise.all(
  ['Aa', 'Tội phạm mạng'].map((sample) => document.fonts.load('15px "Fira Code"', sample)),
);

createRoot(root).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      defaultTabs: examples.map((query) => ({ query })),
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    },
    createElement(GraphiQL.Logo, null, 'Bantin API'),
  ),
);
