/**
 * `npm run api-key -- <name> <role>`: creates an API key. Prints the key once (it is stored
 * nowhere) and the API_KEYS entry, which holds only its SHA-256 hash.
 */
import { API_KEY_ROLES, ApiKeyFormatError, generateApiKey } from './apiKeys.js';

const [name, role] = process.argv.slice(2);
if (!name || !role) {
  console.error(`usage: npm run api-key -- <name> <${API_KEY_ROLES.join('|')}>`);
  process.exit(2);
}
try {
  const { token, entry } = generateApiKey(name, role);
  console.log(`API key for "${name}" (${role}); shown only now, store it in a secret manager:\n\n  ${token}\n`);
  console.log(`Add this entry to API_KEYS (comma-separated with any others):\n\n  ${entry}\n`);
  console.log(`Clients send it as:  Authorization: Bearer ${token.slice(0, 8)}…`);
} catch (error) {
  if (!(error instanceof ApiKeyFormatError)) throw error;
  console.error(error.message);
  process.exit(2);
}
