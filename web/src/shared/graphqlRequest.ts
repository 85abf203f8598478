/** POSTs one operation to the API this page was served by (relative URL: works behind a prefix). */

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string };
}

/** The request reached the API, which answered with errors (or not at all). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: readonly GraphQLErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export function graphqlEndpoint(): string {
  return new URL('graphql', document.baseURI).href;
}

export async function graphqlRequest<TData>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(graphqlEndpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('The API cannot be reached. Is the server running?');
  }
  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} ${response.statusText} without a GraphQL response.`);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '), body.errors);
  }
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(`The API answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
