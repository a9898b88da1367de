/*
 * Charts and maps as SVG rendered on the server with Observable Plot, on a DOM from
 * linkedom (no browser, no script sent), and country shapes from world-atlas (Natural
 * Earth, 1:50m) — no tile server, no CDN. Each chart is an image with a text
 * alternative (`aria-label`); the page puts its table one click away. Plot's inline
 * <style> is dropped (the pages' CSP allows no inline style): the stylesheet styles the
 * `chart` class instead. Path coordinates are rounded to a tenth of a pixel, which the
 * eye cannot tell and which keeps a map small on a slow connection.
 */
import { createRequire } from 'node:module';
import { countryNumericCode, SUBREGIONS } from '@enlace/domain';
import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parseHTML } from 'linkedom';
import { LRUCache } from 'lru-cache';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Colours with at least 3:1 contrast against white for the marks (WCAG 1.4.11), the offer and demand pair colour-blind safe. */
export const COLOURS = { offers: '#0b5cad', demands: '#b35c00', ink: '#1b1f24', none: '#e6eaee', scale: ['#cfe8e5', '#8cc5bd', '#3f9a8f', '#005f56'] } as const;

/** What of a rendered chart this module touches (the web's TypeScript has no DOM types). */
interface Rendered {
  querySelector(selector: string): { remove(): void } | null;
  querySelectorAll(selector: string): Iterable<{ removeAttribute(name: string): void }>;
  setAttribute(name: string, value: string): void;
  readonly outerHTML: string;
}

function finish(chart: unknown, label: string): string {
  const svg = chart as Rendered;
  svg.querySelector('style')?.remove();
  // The image is one picture with one text alternative: Plot's labels on its marks' groups
  // ("bar", "x-axis tick") are not allowed on a <g> without a role, and add nothing.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('focusable', 'false');
  return svg.outerHTML.replace(/(\d+\.\d)\d+/g, '$1');
}

/** An axis of counts: from zero, whole numbers only, and room for one even when every count is zero. */
function countAxis(max: number) {
  const top = Math.max(1, Number.isFinite(max) ? max : 0);
  return { grid: true, label: null, domain: [0, top], ticks: Math.min(top, 8), tickFormat: 'd' };
}

export interface Bar {
  readonly label: string;
  readonly offers: number;
  readonly demands: number;
}

/** Offers and demands side by side per category (a sector, a goal), as horizontal bars. */
function drawOffersAndDemands(rows: readonly Bar[], names: { offers: string; demands: string }, label: string): string {
  const data = rows.flatMap((r) => [
    { label: r.label, series: names.offers, value: r.offers },
    { label: r.label, series: names.demands, value: r.demands },
  ]);
  const svg = Plot.plot({
    document,
    className: 'chart',
    width: 720,
    height: 30 + rows.length * 44,
    marginLeft: 230,
    x: countAxis(Math.max(...rows.flatMap((r) => [r.offers, r.demands]))),
    y: { axis: null, domain: [names.offers, names.demands] },
    fy: { label: null, domain: rows.map((r) => r.label), padding: 0.15 },
    color: { domain: [names.offers, names.demands], range: [COLOURS.offers, COLOURS.demands] },
    marks: [Plot.barX(data, { x: 'value', y: 'series', fy: 'label', fill: 'series' }), Plot.ruleX([0])],
  });
  return finish(svg, label);
}

export interface Step {
  readonly label: string;
  readonly value: number;
}

/** One bar per step, in order (the match funnel, months). */
function drawSteps(rows: readonly Step[], label: string, opts: { vertical?: boolean } = {}): string {
  const svg = opts.vertical
    ? Plot.plot({
        document,
        className: 'chart',
        width: 720,
        height: 260,
        x: { label: null, domain: rows.map((r) => r.label), tickRotate: rows.length > 8 ? -40 : 0 },
        y: countAxis(Math.max(...rows.map((r) => r.value))),
        marginBottom: rows.length > 8 ? 60 : 30,
        marks: [Plot.barY(rows, { x: 'label', y: 'value', fill: COLOURS.offers }), Plot.ruleY([0])],
      })
    : Plot.plot({
        document,
        className: 'chart',
        width: 720,
        height: 40 + rows.length * 32,
        marginLeft: 160,
        x: countAxis(Math.max(...rows.map((r) => r.value))),
        y: { label: null, domain: rows.map((r) => r.label) },
        marks: [
          Plot.barX(rows, { x: 'value', y: 'label', fill: COLOURS.offers }),
          Plot.text(rows, { x: 'value', y: 'label', text: (d: Step) => String(d.value), dx: 12, fill: COLOURS.ink }),
          Plot.ruleX([0]),
        ],
      });
  return finish(svg, label);
}

const require = createRequire(import.meta.url);
type Countries = FeatureCollection<Geometry, { name: string }>;
interface Shapes {
  /** The Americas' countries at 1:110m: enough for a continent-wide map, light to send. */
  readonly countries: Countries;
  /** Where the states too small for 1:110m are (1:50m centroids): drawn as dots, so that the Caribbean shows. */
  readonly small: readonly { readonly id: string; readonly at: [number, number] }[];
}
type Small = Shapes['small'][number];
let shapes: Shapes | undefined;

function americasShapes(): Shapes {
  if (shapes) return shapes;
  const read = (scale: '110m' | '50m') => {
    const topology = require(`world-atlas/countries-${scale}.json`) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    return feature(topology, topology.objects.countries) as Countries;
  };
  const codes = new Set(
    SUBREGIONS.filter((s) => ['north_america', 'central_america', 'caribbean', 'south_america'].includes(s.code))
      .flatMap((s) => s.countries)
      // Antarctica is counted with South America's subregion, but is not a country to colour.
      .filter((c) => c !== 'AQ')
      .map((c) => countryNumericCode(c))
      .filter((n): n is string => n !== undefined),
  );
  const coarse = read('110m').features.filter((f) => codes.has(String(f.id)));
  const drawn = new Set(coarse.map((f) => String(f.id)));
  const small = read('50m')
    .features.filter((f) => codes.has(String(f.id)) && !drawn.has(String(f.id)))
    .map((f) => ({ id: String(f.id), at: geoCentroid(f) }));
  shapes = { countries: { type: 'FeatureCollection', features: coarse }, small };
  return shapes;
}

/**
 * The Americas coloured by a count per country (ISO alpha-2 → value): a sequential
 * scale, countries without data in a neutral grey, the legend drawn with the map.
 */
function drawAmericasMap(values: ReadonlyMap<string, number>, label: string, legend: string): string {
  const { countries, small } = americasShapes();
  const byNumeric = new Map<string, number>();
  for (const [code, v] of values) {
    const n = countryNumericCode(code);
    if (n) byNumeric.set(n, v);
  }
  const valueOf = (f: Feature) => byNumeric.get(String(f.id));
  // Whole pixels are plenty for a map this size, and halve what it weighs.
  const round = (svg: string) => svg.replace(/(\d+)\.\d+/g, '$1');
  const max = Math.max(1, ...byNumeric.values());
  // As many steps as counts allow (up to four), so that the legend's bounds read as counts.
  const n = Math.max(1, Math.min(COLOURS.scale.length, max));
  const color = { type: 'quantize' as const, n, domain: [0, max], range: COLOURS.scale.slice(-n), label: legend, tickFormat: '~g' };
  const map = Plot.plot({
    document,
    className: 'chart',
    width: 560,
    height: 620,
    projection: { type: 'conic-equal-area', rotate: [80, 0], parallels: [-20, 30], domain: countries },
    color,
    marks: [
      // Countries without a figure in grey, apart from the scale; those with one coloured and outlined.
      Plot.geo(countries, { filter: (f: Feature) => valueOf(f) === undefined, fill: COLOURS.none, stroke: '#ffffff', strokeWidth: 0.5 }),
      Plot.geo(countries, { filter: (f: Feature) => valueOf(f) !== undefined, fill: valueOf, stroke: COLOURS.ink, strokeWidth: 0.4 }),
      Plot.dot(
        small.filter((d) => !byNumeric.has(d.id)),
        { x: (d: Small) => d.at[0], y: (d: Small) => d.at[1], r: 3, fill: COLOURS.none, stroke: '#8a949e', strokeWidth: 0.5 },
      ),
      Plot.dot(
        small.filter((d) => byNumeric.has(d.id)),
        { x: (d: Small) => d.at[0], y: (d: Small) => d.at[1], r: 3.5, fill: (d: Small) => byNumeric.get(d.id), stroke: COLOURS.ink, strokeWidth: 0.5 },
      ),
    ],
  });
  // The legend is its own small SVG (swatches, no canvas), placed above the map.
  // Plot's types omit `document` for legends, which its code reads as for plots.
  const key = Plot.legend({ document, className: 'chart-legend', color } as unknown as Parameters<typeof Plot.legend>[0]) as unknown as Rendered;
  key.querySelector('style')?.remove();
  key.setAttribute('aria-hidden', 'true');
  return round(`${key.outerHTML}${finish(map, label)}`);
}

/*
 * Drawing a chart costs tens of milliseconds of the web's one thread, and a dashboard
 * draws the same charts from the same figures for every visitor (the API shares its
 * answers for a while): a chart drawn from the same data and words is drawn once.
 */
const drawn = new LRUCache<string, string>({ max: 300 });
const keyOf = (name: string, args: readonly unknown[]) => name + JSON.stringify(args, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
function drawnOnce<A extends unknown[]>(name: string, draw: (...args: A) => string): (...args: A) => string {
  return (...args: A) => {
    const key = keyOf(name, args);
    let svg = drawn.get(key);
    if (svg === undefined) drawn.set(key, (svg = draw(...args)));
    return svg;
  };
}

export const offersAndDemands = drawnOnce('bars', drawOffersAndDemands);
export const steps = drawnOnce('steps', drawSteps);
export const americasMap = drawnOnce('map', drawAmericasMap);
