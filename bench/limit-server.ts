// The limit: a bare Node HTTP server that reads the request and answers with the bytes Bantin
// answered for that same request body. Nothing can serve those bytes faster over HTTP in Node.
// Usage: node limit-server.js <port> <responses.json>   (responses: { sha1(body): response })
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file] = process.argv.slice(2);
const responses = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>).map(([k, v]) => [
    k,
    Buffer.from(v),
  ]),
);

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = responses.get(createHash('sha1').update(Buffer.concat(chunks)).digest('hex'));
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': body.length,
        })
        .end(body);
    });
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`limit listening on ${port}`));
