/**
 * The question a destructive command asks before it deletes or replaces a graph (`db:restore`,
 * `import -- reset`): yes only when a person at a terminal answers "y" or "yes". Without a terminal
 * (a script, CI) the answer is no, so such a command never destroys anything unless `--yes` says so.
 */
import { createInterface } from 'node:readline/promises';

export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}
