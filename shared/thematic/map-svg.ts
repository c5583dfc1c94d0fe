import type { ThematicMap } from './map';
import { between, countStyle, mapBoxes, mapViewBox, nodeStyle } from './map-layout';

/** Words the exported map prints, in the reader's language (the caller translates). */
export interface MapSvgLabels {
  title: string;
  /** "3 codes", for a node's second line. */
  codes: (count: number) => string;
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

const colours = {
  background: '#ffffff',
  theme: '#1f5f8b',
  themeText: '#ffffff',
  subtheme: '#e1ecf4',
  subthemeStroke: '#1f5f8b',
  text: '#1e2328',
  muted: '#59606a',
  link: '#7a4e9c',
  tie: '#9aa3ab',
} as const;

/**
 * The thematic map as a standalone SVG file: main themes as filled boxes, subthemes as light
 * boxes tied to their main theme, links as labelled lines. Colours are fixed (not the app's theme),
 * so the file reads the same in a thesis, a slide or a browser. Also the source of the PNG export.
 */
export function thematicMapSvg(map: ThematicMap, labels: MapSvgLabels): string {
  const boxes = mapBoxes(map);
  const view = mapViewBox([...boxes.values()], 32, { width: 0, height: 0 });
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" font-family="Segoe UI, Roboto, 'Noto Sans', Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(labels.title)}</title>`,
    `<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="${colours.background}"/>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colours.link}"/></marker></defs>`,
  );
  for (const node of map.nodes) {
    if (!node.parentId) continue;
    const [a, b] = [boxes.get(node.parentId), boxes.get(node.id)];
    if (!a || !b) continue;
    const s = between(a, b);
    parts.push(
      `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${colours.tie}" stroke-width="1.5"/>`,
    );
  }
  for (const link of map.links) {
    const [a, b] = [boxes.get(link.fromId), boxes.get(link.toId)];
    if (!a || !b) continue;
    const s = between(a, b);
    parts.push(
      `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${colours.link}" stroke-width="2" stroke-dasharray="6 4" marker-end="url(#arrow)"/>`,
    );
    if (link.label) {
      const mx = (s.x1 + s.x2) / 2;
      const my = (s.y1 + s.y2) / 2;
      parts.push(
        `<text x="${mx}" y="${my - 6}" text-anchor="middle" font-size="12" font-style="italic" fill="${colours.link}" paint-order="stroke" stroke="${colours.background}" stroke-width="4">${escapeXml(link.label)}</text>`,
      );
    }
  }
  for (const node of map.nodes) {
    const box = boxes.get(node.id)!;
    const main = node.kind === 'theme';
    const style = nodeStyle[node.kind];
    const left = box.x - box.width / 2;
    const top = box.y - box.height / 2;
    parts.push(
      `<g><title>${escapeXml(node.name)}</title>`,
      `<rect x="${left}" y="${top}" width="${box.width}" height="${box.height}" rx="${main ? 10 : 8}" fill="${main ? colours.theme : colours.subtheme}" stroke="${main ? colours.theme : colours.subthemeStroke}" stroke-width="${main ? 0 : 1.5}"${main ? '' : ' stroke-dasharray="5 3"'}/>`,
      `<text text-anchor="middle" font-size="${style.font}" font-weight="${main ? 700 : 600}" fill="${main ? colours.themeText : colours.text}">${box.lines
        .map((line, i) => `<tspan x="${box.x}" y="${box.y + box.baselines[i]!}">${escapeXml(line)}</tspan>`)
        .join('')}</text>`,
      `<text x="${box.x}" y="${box.y + box.countBaseline}" text-anchor="middle" font-size="${countStyle.font}" fill="${main ? colours.themeText : colours.muted}"${main ? ' fill-opacity="0.85"' : ''}>${escapeXml(labels.codes(node.codeIds.length))}</text>`,
      `</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
