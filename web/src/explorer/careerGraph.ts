/**
 * The next-roles graph: the start role on the left, each reachable role in the column of its number of
 * moves, edges along each role's best route labelled with the move's kind and typical years. Node
 * colour and size grow with the median salary. The canvas is for the mouse; the list beside it gives
 * keyboard and screen-reader users the same choices.
 */
import cytoscape from 'cytoscape';
import type { NextRole, RoleRef } from './operations.js';
import { formatKind, formatUsd } from '../shared/format.js';

export interface CareerGraphData {
  start: RoleRef & { salaryUsd: number | null };
  nextRoles: NextRole[];
}

export interface SalaryScale {
  min: number;
  max: number;
}

export interface CareerGraph {
  render(data: CareerGraphData): SalaryScale | null;
  /** Highlights a role (the chosen target); null clears it. */
  highlight(slug: string | null): void;
  /** After the container was hidden or resized. */
  refit(): void;
}

const LOW_COLOUR = [0xd0, 0xe4, 0xfb] as const;
const HIGH_COLOUR = [0x0b, 0x3d, 0x91] as const;
const UNKNOWN_COLOUR = '#c4c9d0';

/** Colour on a light-to-dark blue ramp, `t` in 0..1. */
export function salaryColour(t: number): string {
  const channel = (i: 0 | 1 | 2) => Math.round(LOW_COLOUR[i] + (HIGH_COLOUR[i] - LOW_COLOUR[i]) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

export const SALARY_GRADIENT = `linear-gradient(to right, ${salaryColour(0)}, ${salaryColour(1)})`;

interface NodeInfo {
  slug: string;
  title: string;
  hops: number;
  salaryUsd: number | null;
}

function createCore(container: HTMLElement, onSelect: (slug: string) => void): cytoscape.Core {
  const cy = cytoscape({
    container,
    minZoom: 0.3,
    maxZoom: 1.6,
    boxSelectionEnabled: false,
    autoungrabify: true,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 12,
          'font-family': 'system-ui, sans-serif',
          color: '#1d2430',
          'text-valign': 'bottom',
          'text-margin-y': 5,
          'text-wrap': 'wrap',
          'text-max-width': '130px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
          'border-width': 1,
          'border-color': '#5b6778',
        },
      },
      { selector: 'node.start', style: { 'border-width': 4, 'border-color': '#1d2430', 'font-weight': 'bold' } },
      { selector: 'node.target', style: { 'border-width': 5, 'border-color': '#d9480f' } },
      { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#d9480f' } },
      {
        selector: 'edge',
        style: {
          width: 2,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'line-color': '#7b8794',
          'target-arrow-color': '#7b8794',
          label: 'data(label)',
          'font-size': 10,
          'font-family': 'system-ui, sans-serif',
          color: '#3b4656',
          'text-rotation': 'autorotate',
          'text-background-color': '#f6f8fb',
          'text-background-opacity': 1,
          'text-background-padding': '2px',
        },
      },
      { selector: 'edge.PROMOTION', style: { 'line-color': '#2b8a3e', 'target-arrow-color': '#2b8a3e' } },
      { selector: 'edge.LATERAL', style: { 'line-style': 'dashed', 'line-color': '#1971c2', 'target-arrow-color': '#1971c2' } },
      { selector: 'edge.PIVOT', style: { 'line-style': 'dotted', 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
      { selector: 'edge.on-path', style: { width: 4 } },
    ],
  });

  cy.on('tap', 'node', (event) => {
    const slug = String(event.target.id());
    if (!event.target.hasClass('start')) onSelect(slug);
  });
  cy.on('mouseover', 'node', () => {
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node', () => {
    container.style.cursor = '';
  });
  return cy;
}

export function createCareerGraph(container: HTMLElement, onSelect: (slug: string) => void): CareerGraph {
  // Created on first render: cytoscape measures its container, which must be in the document by then.
  let instance: cytoscape.Core | null = null;
  const graph = () => (instance ??= createCore(container, onSelect));
  let routes = new Map<string, string[]>();

  function render(data: CareerGraphData): SalaryScale | null {
    const cy = graph();
    const nodes = new Map<string, NodeInfo>();
    nodes.set(data.start.slug, { slug: data.start.slug, title: data.start.title, hops: 0, salaryUsd: data.start.salaryUsd });
    for (const next of data.nextRoles) {
      nodes.set(next.role.slug, { slug: next.role.slug, title: next.role.title, hops: next.hops, salaryUsd: next.role.salary?.medianUsd ?? null });
    }
    // Roles met along a route but not returned themselves (e.g. beyond `first`) still need a node.
    for (const next of data.nextRoles) {
      next.path.forEach((role, index) => {
        if (!nodes.has(role.slug)) nodes.set(role.slug, { slug: role.slug, title: role.title, hops: index, salaryUsd: null });
      });
    }

    const edges = new Map<string, { from: string; to: string; kind: string; years: number | null }>();
    routes = new Map();
    for (const next of data.nextRoles) {
      routes.set(next.role.slug, next.path.map((role) => role.slug));
      next.steps.forEach((step, index) => {
        const from = next.path[index]?.slug;
        const to = next.path[index + 1]?.slug;
        if (!from || !to) return;
        const id = `${from}->${to}`;
        if (!edges.has(id)) edges.set(id, { from, to, kind: step.kind, years: step.typicalYears });
      });
    }

    const salaries = [...nodes.values()].map((node) => node.salaryUsd).filter((salary): salary is number => salary !== null);
    const scale = salaries.length ? { min: Math.min(...salaries), max: Math.max(...salaries) } : null;
    const ratio = (salary: number | null) => (salary === null || !scale ? null : scale.max === scale.min ? 1 : (salary - scale.min) / (scale.max - scale.min));

    // One column per number of moves. Within a column, roles sit in the order of the role they are
    // reached from (fewer crossing edges), then by salary, then by title (stable between loads).
    const parent = new Map<string, string>();
    for (const next of data.nextRoles) {
      const before = next.path[next.path.length - 2];
      if (before) parent.set(next.role.slug, before.slug);
    }
    const columns = new Map<number, NodeInfo[]>();
    for (const node of nodes.values()) columns.set(node.hops, [...(columns.get(node.hops) ?? []), node]);
    const rowGap = 100;
    const columnGap = 260;
    const positions = new Map<string, { x: number; y: number }>();
    for (const hops of [...columns.keys()].sort((a, b) => a - b)) {
      const column = columns.get(hops)!;
      const parentY = (node: NodeInfo) => positions.get(parent.get(node.slug) ?? '')?.y ?? 0;
      column.sort((a, b) => parentY(a) - parentY(b) || (b.salaryUsd ?? 0) - (a.salaryUsd ?? 0) || a.title.localeCompare(b.title));
      column.forEach((node, row) => positions.set(node.slug, { x: hops * columnGap, y: (row - (column.length - 1) / 2) * rowGap }));
    }

    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...[...nodes.values()].map((node) => {
          const t = ratio(node.salaryUsd);
          return {
            group: 'nodes' as const,
            data: {
              id: node.slug,
              label: node.salaryUsd === null ? node.title : `${node.title}\n${formatUsd(node.salaryUsd)}`,
              colour: t === null ? UNKNOWN_COLOUR : salaryColour(t),
              size: t === null ? 26 : Math.round(26 + 28 * t),
            },
            classes: node.hops === 0 ? 'start' : '',
            position: positions.get(node.slug)!,
          };
        }),
        ...[...edges.entries()].map(([id, edge]) => ({
          group: 'edges' as const,
          data: {
            id,
            source: edge.from,
            target: edge.to,
            label: `${formatKind(edge.kind)} · ${edge.years === null ? '?' : edge.years} y`,
          },
          classes: edge.kind,
        })),
      ]);
    });
    cy.layout({ name: 'preset', fit: true, padding: 36 }).run();
    // The canvas has no DOM per node: name what it shows (the list beside it is the accessible view).
    container.setAttribute('aria-label', `Career graph: ${data.start.title} and ${nodes.size - 1} roles reachable from it`);
    container.dataset.roles = [...nodes.keys()].join(' ');
    return scale;
  }

  function highlight(slug: string | null): void {
    if (!instance) return;
    const cy = instance;
    cy.elements().removeClass('target on-path');
    if (!slug) return;
    const route = routes.get(slug) ?? [];
    route.forEach((routeSlug, index) => {
      cy.getElementById(routeSlug).addClass(index === route.length - 1 ? 'target' : 'on-path');
      if (index > 0) cy.getElementById(`${route[index - 1]}->${routeSlug}`).addClass('on-path');
    });
    cy.getElementById(slug).removeClass('on-path').addClass('target');
    cy.getElementById(route[0] ?? '').removeClass('on-path');
  }

  function refit(): void {
    if (!instance) return;
    instance.resize();
    instance.fit(undefined, 36);
  }

  return { render, highlight, refit };
}
