import { h } from './dom.js';

/** A small horizontal bar for a 0..1 value; decorative (the number is always printed beside it). */
export function meter(value: number, variant = ''): HTMLElement {
  const width = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return h('span', { class: `meter ${variant}`.trim(), 'aria-hidden': 'true' }, h('span', { class: 'meter-fill', style: `width:${width}%` }));
}
