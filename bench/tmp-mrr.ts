import { relevanceSet } from './search-relevance.js';
const url = process.argv[2];
let rr = 0;
for (const [q, expected] of relevanceSet) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query($q: String!) { search(query: $q, first: 10) { nodes { ... on Article { label: title } ... on Person { label: name } ... on Organisation { label: name } ... on Event { label: name } } } }`, variables: { q } }) });
  const j: any = await res.json();
  const labels = (j.data?.search?.nodes ?? []).map((n: any) => n.label);
  const at = labels.indexOf(expected);
  rr += at >= 0 ? 1 / (at + 1) : 0;
  if (at !== 0) console.log(`${q.padEnd(30)} at ${at}  first: ${labels[0]?.slice(0, 60)}`);
}
console.log('MRR', (rr / relevanceSet.length).toFixed(3));
