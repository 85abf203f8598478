/**
 * The last role the user opened, by slug, in this browser's localStorage, so the first screen can
 * offer to continue with it. Only the slug is kept: the title comes from the API when the first
 * screen asks, and a slug the graph no longer holds is simply not offered.
 */

const STORAGE_KEY = 'career-graph:explorer:last-role';

/** Storage can be switched off or full (private windows, quotas): then nothing is remembered. */
export function rememberLastRole(slug: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, slug);
  } catch {
    // Nothing to remember with: the first screen just offers no "continue".
  }
}

export function lastRoleSlug(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY) || null;
  } catch {
    return null;
  }
}
