import { createServer } from 'node:http';

// Secrets come from the environment: nothing here should be reported.
const apiKey = process.env.API_KEY;
const dbPassword = process.env.DB_PASSWORD ?? '';
const token = await loadToken();

async function loadToken() {
  return process.env.SERVICE_TOKEN;
}

createServer((request, response) => {
  response.end(apiKey ? 'configured' : 'missing API_KEY');
}).listen(8080);

export { dbPassword, token };
