// The example operations the explorer opens with, one tab each. The same files are checked by
// GraphQL Code Generator (codegen.yml) and run by the tests, so they cannot drift from the schema.
import articlePage from './examples/article-page.graphql?raw';
import editing from './examples/editing.graphql?raw';
import eventPage from './examples/event-page.graphql?raw';
import homePage from './examples/home-page.graphql?raw';
import mostRead from './examples/most-read.graphql?raw';
import personPage from './examples/person-page.graphql?raw';
import search from './examples/search.graphql?raw';

/**
 * The operations' texts, in tab order. The readers' variables have defaults, so each runs as it
 * is; the editors' tab needs an editor key and passes ids from one operation to the next.
 */
export const examples: string[] = [
  homePage,
  articlePage,
  mostRead,
  personPage,
  eventPage,
  search,
  editing,
].map((text) => text.trim() + '\n');
