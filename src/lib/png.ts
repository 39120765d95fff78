// The map as a PNG for memos and slides: a rendered map with title, legend, source and date burnt in. What goes on
// the sheet and where is worked out here, purely (a text measurer is passed in), so tests can read every line that
// will be drawn; drawPng then paints that layout onto any 2D context.
import type { Choropleth } from './choropleth';
import { METHOD_LABELS } from './classify';
import { type DataIndex, subgroupLabel } from './data';
import { formatDifference, formatValue } from './format';
import { LEVEL_NAMES } from './levels';
import { NO_DATA_COLOR } from './palette';

/** A4 landscape at 150 dpi. */
export const PNG_SIZE = { width: 1754, height: 1240 } as const;
const MARGIN = 56;
const LEGEND_WIDTH = 440;
const FONT = '"DejaVu Sans", "Segoe UI", Arial, sans-serif';
export const FONTS = {
  title: `bold 40px ${FONT}`,
  subtitle: `24px ${FONT}`,
  legendTitle: `bold 26px ${FONT}`,
  legend: `21px ${FONT}`,
  small: `18px ${FONT}`,
  label: `bold 17px ${FONT}`,
} as const;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';

export type Measure = (text: string, font: string) => number;

export interface PngLegendItem {
  /** null: the no-data hatch. */
  color: string | null;
  label: string;
  count: string;
}

export interface PngContent {
  title: string;
  subtitle: string;
  legendTitle: string;
  legendMeta: string;
  items: PngLegendItem[];
  refs: Array<[string, string]>;
  notes: string[];
  source: string[];
  date: string;
}

export type TextRole = 'title' | 'subtitle' | 'legend' | 'note' | 'source' | 'date';
export interface TextItem {
  text: string;
  x: number;
  /** Top of the line. */
  y: number;
  font: string;
  color: string;
  role: TextRole;
}
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface SwatchItem extends Rect {
  color: string | null;
}
export interface PngLayout {
  width: number;
  height: number;
  map: Rect;
  texts: TextItem[];
  swatches: SwatchItem[];
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** What the sheet says, from the same choropleth as the map and legend on screen. */
export function pngContent(c: Choropleth, idx: DataIndex, now: Date, opts: { whatIf?: boolean } = {}): PngContent {
  const { entry, state } = c;
  const level = LEVEL_NAMES[state.level];
  const fmt = (v: number | undefined) =>
    c.change && v !== undefined ? formatDifference(v, entry.unit, entry.decimals) : formatValue(v, entry.unit, entry.decimals);
  const title = c.bivariate
    ? `${entry.label} × ${c.bivariate.y.entry.label.toLowerCase()}`
    : c.change?.versus
      ? `Verschil in ${entry.label.toLowerCase()}`
      : c.change
        ? `Verandering in ${entry.label.toLowerCase()}`
        : entry.label;
  const when = c.change?.versus
    ? `${state.year}: ${c.change.versus}`
    : c.change
      ? `${c.change.fromYear}–${c.change.toYear}`
      : String(state.year);
  const unit = entry.unit === '%' ? (c.change ? 'procentpunt' : 'procent') : entry.unit;
  const items: PngLegendItem[] = c.legend.map((l) => ({ color: l.color, label: l.label, count: `${l.count} ${level.many}` }));
  items.push({
    color: null,
    label: c.suppressed.length > 0 ? `geen gegevens (waarvan ${c.suppressed.length} afgeschermd)` : 'geen gegevens',
    count: `${c.noDataCount} ${level.many}`,
  });
  const notes: string[] = [];
  // A what-if series says so in its method ("… — wat als: met de wijzigingen op de kaart").
  const [method = '', whatIfMethod] = (c.method ?? '').split(/\s*—?\s*wat als:/);
  if (opts.whatIf || whatIfMethod !== undefined)
    notes.push('Wat als: berekend met wijzigingen op de kaart, niet de gepubliceerde waarden.');
  if (c.change?.boundaryWarning) notes.push(c.change.boundaryWarning);
  if (c.pooledYears) notes.push(`Klassen over ${c.pooledYears.join(' en ')} samen.`);
  if (c.methodNote) notes.push(c.methodNote);
  if (entry.measure === 'count') notes.push('Absolute aantallen: grote gebieden kleuren daardoor donkerder.');
  if (method) notes.push(`Samengesteld uit buurten: ${method}.`);
  return {
    title,
    subtitle: `${subgroupLabel(state.subgroup)} · per ${level.one.toLowerCase().replace(/ \(.*\)$/, '')} · ${when} · gemeente Weert`,
    legendTitle: 'Legenda',
    legendMeta: `${c.change ? 'Klassen rond “geen verandering”' : METHOD_LABELS[state.method]} · eenheid: ${unit}`,
    items,
    refs: [
      ['Gemeente Weert', fmt(c.weert)],
      ['Nederland', c.nl === undefined ? 'niet in de bron' : fmt(c.nl)],
    ],
    notes,
    source: [
      `Bron: ${entry.source.publisher}, ${c.source} (${entry.source.licence}). ${entry.referencePeriod ?? ''}`.trim(),
      `Gebiedsgrenzen © CBS / Kadaster (CC BY 4.0). ${idx.catalogue.publication.profile === 'publiek' ? 'Kleine aantallen zijn afgeschermd.' : 'Interne versie: niet afgeschermd.'}`,
    ],
    date: `Gemaakt op ${dateFormat.format(now)} met de kaartviewer Sociale Staat van Weert`,
  };
}

/** Greedy word wrap to a width; a single word wider than the width gets its own line (and is not cut). */
export function wrap(text: string, font: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const lineHeight = (font: string) => Math.round(Number(/(\d+)px/.exec(font)?.[1] ?? 16) * 1.35);

/** Where everything goes: title on top, map left, legend right, sources and date at the foot. */
export function layoutPng(content: PngContent, measure: Measure, size: { width: number; height: number } = PNG_SIZE): PngLayout {
  const { width, height } = size;
  const texts: TextItem[] = [];
  const swatches: SwatchItem[] = [];
  const inner = width - 2 * MARGIN;
  const block = (text: string, font: string, color: string, role: TextRole, x: number, y: number, w: number): number => {
    let top = y;
    for (const line of wrap(text, font, w, measure)) {
      texts.push({ text: line, x, y: top, font, color, role });
      top += lineHeight(font);
    }
    return top;
  };

  let y = block(content.title, FONTS.title, INK, 'title', MARGIN, MARGIN, inner);
  y = block(content.subtitle, FONTS.subtitle, MUTED, 'subtitle', MARGIN, y + 4, inner);
  const mapTop = y + 20;

  // The foot, bottom up: the date last, the sources above it.
  const footLines = content.source.flatMap((s) => wrap(s, FONTS.small, inner, measure));
  const footHeight = (footLines.length + 1) * lineHeight(FONTS.small);
  const footTop = height - MARGIN - footHeight;
  let fy = footTop;
  for (const line of footLines) {
    texts.push({ text: line, x: MARGIN, y: fy, font: FONTS.small, color: INK, role: 'source' });
    fy += lineHeight(FONTS.small);
  }
  texts.push({ text: content.date, x: MARGIN, y: fy, font: FONTS.small, color: MUTED, role: 'date' });

  const legendX = width - MARGIN - LEGEND_WIDTH;
  const map: Rect = { x: MARGIN, y: mapTop, w: legendX - 32 - MARGIN, h: footTop - 24 - mapTop };

  let ly = block(content.legendTitle, FONTS.legendTitle, INK, 'legend', legendX, mapTop, LEGEND_WIDTH);
  ly = block(content.legendMeta, FONTS.small, MUTED, 'legend', legendX, ly + 2, LEGEND_WIDTH) + 10;
  const sw = { w: 48, h: 28 };
  for (const item of content.items) {
    swatches.push({ x: legendX, y: ly, w: sw.w, h: sw.h, color: item.color });
    const textX = legendX + sw.w + 14;
    const end = block(item.label, FONTS.legend, INK, 'legend', textX, ly, LEGEND_WIDTH - sw.w - 14);
    const countEnd = block(item.count, FONTS.small, MUTED, 'legend', textX, end, LEGEND_WIDTH - sw.w - 14);
    ly = Math.max(ly + sw.h, countEnd) + 10;
  }
  ly += 8;
  for (const [label, value] of content.refs)
    ly = block(`${label}: ${value}`, FONTS.legend, INK, 'legend', legendX, ly, LEGEND_WIDTH);
  ly += 10;
  for (const note of content.notes) ly = block(note, FONTS.small, MUTED, 'note', legendX, ly, LEGEND_WIDTH) + 6;

  return { width, height, map, texts, swatches };
}

export interface LabelCandidate {
  text: string;
  /** Centre in map-image pixels. */
  x: number;
  y: number;
  priority: number;
}
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
}

/** The labels that fit: inside the map, largest areas first, none overlapping another. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: Measure,
  box: { w: number; h: number },
): PlacedLabel[] {
  const h = lineHeight(FONTS.label);
  const kept: Rect[] = [];
  const out: PlacedLabel[] = [];
  for (const c of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const w = measure(c.text, FONTS.label);
    const r = { x: c.x - w / 2, y: c.y - h / 2, w, h };
    if (r.x < 2 || r.y < 2 || r.x + r.w > box.w - 2 || r.y + r.h > box.h - 2) continue;
    if (kept.some((k) => r.x < k.x + k.w + 4 && r.x + r.w + 4 > k.x && r.y < k.y + k.h && r.y + r.h > k.y)) continue;
    kept.push(r);
    out.push({ text: c.text, x: c.x, y: c.y });
  }
  return out;
}

/** The parts of a 2D context drawPng uses (a real canvas context satisfies it; tests may record the calls). */
export type DrawContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textBaseline'
  | 'textAlign'
  | 'lineJoin'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'strokeText'
  | 'drawImage'
  | 'save'
  | 'restore'
  | 'beginPath'
  | 'rect'
  | 'clip'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
>;

/** The no-data hatch of the legend (grey with dark diagonals), clipped to its swatch. */
function hatch(ctx: DrawContext, r: Rect) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  ctx.fillStyle = NO_DATA_COLOR;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.strokeStyle = '#6e6e6e';
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let d = -r.h; d < r.w; d += 7) {
    ctx.moveTo(r.x + d, r.y + r.h);
    ctx.lineTo(r.x + d + r.h, r.y);
  }
  ctx.stroke();
  ctx.restore();
}

export function drawPng(ctx: DrawContext, layout: PngLayout, mapImage: CanvasImageSource | null, labels: readonly PlacedLabel[]) {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const m = layout.map;
  if (mapImage) ctx.drawImage(mapImage, m.x, m.y, m.w, m.h);
  drawLabels(ctx, labels, m.x, m.y);
  ctx.strokeStyle = '#9a9a9a';
  ctx.lineWidth = 1;
  ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.w - 1, m.h - 1);
  for (const s of layout.swatches) {
    if (s.color === null) hatch(ctx, s);
    else {
      ctx.fillStyle = s.color;
      ctx.fillRect(s.x, s.y, s.w, s.h);
    }
    ctx.strokeStyle = '#666666';
    ctx.lineWidth = 1;
    ctx.strokeRect(s.x + 0.5, s.y + 0.5, s.w - 1, s.h - 1);
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  for (const t of layout.texts) {
    ctx.font = t.font;
    ctx.fillStyle = t.color;
    ctx.fillText(t.text, t.x, t.y);
  }
}

/** Area names with a white halo, centred on their points (offset: where the map sits on the sheet). */
export function drawLabels(ctx: DrawContext, labels: readonly PlacedLabel[], dx = 0, dy = 0) {
  ctx.font = FONTS.label;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 4;
    ctx.strokeText(l.text, dx + l.x, dy + l.y);
    ctx.fillStyle = '#111111';
    ctx.fillText(l.text, dx + l.x, dy + l.y);
  }
}

/** A credit line in the bottom right corner of a map image (a printed still has no attribution control). */
export function drawAttribution(ctx: DrawContext, text: string, w: number, h: number) {
  ctx.font = FONTS.small;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4;
  ctx.strokeText(text, w - 8, h - 6);
  ctx.fillStyle = INK;
  ctx.fillText(text, w - 8, h - 6);
}
