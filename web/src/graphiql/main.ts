/**
 * GraphiQL at /graphiql, bundled (Monaco editor and its workers included; nothing from a CDN). It
 * opens with one tab per example client (explorer UI, recommendation engine, analyst); ?query=…
 * (and ?variables=…) opens that operation in the first tab instead, as GraphiQL links usually do.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './styles.css';
import type { ExecutionResult } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { EXAMPLE_OPERATIONS } from './exampleOperations.js';
import { graphqlEndpoint } from '../shared/graphqlRequest.js';

interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** Plain JSON POST: the API has no subscriptions, so GraphiQL's toolkit (and its websocket code) is not needed. */
async function fetcher(params: FetcherParams, options?: { headers?: Record<string, string> }): Promise<ExecutionResult> {
  const response = await fetch(graphqlEndpoint(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
}

const params = new URLSearchParams(location.search);
const urlQuery = params.get('query') ?? undefined;
const urlVariables = params.get('variables') ?? undefined;
const examples = EXAMPLE_OPERATIONS.map((example) => ({ query: example.query, variables: example.variables }));

const host = document.getElementById('graphiql')!;
createRoot(host).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      defaultTabs: urlQuery ? [{ query: urlQuery, variables: urlVariables }, ...examples] : examples,
      initialQuery: urlQuery,
      initialVariables: urlVariables,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    },
    createElement(
      GraphiQL.Logo,
      null,
      createElement('a', { href: './', className: 'graphiql-home-link', title: 'Back to the career-path explorer' }, 'Career Graph'),
      ' GraphiQL',
    ),
  ),
);
