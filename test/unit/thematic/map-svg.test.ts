import { describe, expect, it } from 'vitest';
import { edgePoint, mapViewBox, nodeBox, thematicMap, thematicMapSvg, wrapName } from '../../../shared/thematic';
import { code, coding, sample } from './rows';

const labels = { title: 'Tematisk kart', codes: (n: number) => `${n} koder` };

describe('the exported thematic map', () => {
  it('draws every theme with its code count, every link with its label, and escapes names', () => {
    const rows = sample();
    rows.themes[3]!.name = 'Ansvar <og> «tillit» & tvil';
    const map = thematicMap({ ...rows, codes: [code('k1'), code('k2'), code('k3')], codings: [coding('g1', 'k1')] });
    const svg = thematicMapSvg(map, labels);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Tematisk kart</title>');
    expect(svg.match(/<rect [^>]*rx=/g)).toHaveLength(4);
    expect(svg).toContain('>Ansvar &lt;og&gt; «tillit» &amp;</tspan>');
    expect(svg).not.toContain('<og>');
    expect(svg).toContain('>spenning</text>');
    expect(svg.match(/>1 koder</g)).toHaveLength(4);
    // One dashed tie per subtheme and one arrow per link.
    expect(svg.match(/marker-end/g)).toHaveLength(2);
  });

  it('the view holds every node whole, wherever it was placed', () => {
    const boxes = [
      nodeBox({ id: 'a', kind: 'theme', name: 'Langt navn på et tema som må kuttes et sted', x: -500, y: 2000 }),
      nodeBox({ id: 'b', kind: 'subtheme', name: 'Kort', x: 1800, y: -40 }),
    ];
    expect(boxes[0]!.lines).toEqual(['Langt navn på et tema', 'som må kuttes et sted']);
    expect(boxes[1]!.lines).toEqual(['Kort']);
    const view = mapViewBox(boxes);
    for (const b of boxes) {
      expect(b.x - b.width / 2).toBeGreaterThanOrEqual(view.x);
      expect(b.x + b.width / 2).toBeLessThanOrEqual(view.x + view.width);
      expect(b.y - b.height / 2).toBeGreaterThanOrEqual(view.y);
      expect(b.y + b.height / 2).toBeLessThanOrEqual(view.y + view.height);
    }
  });

  it('a long name wraps onto two lines and is cut after the second', () => {
    expect(wrapName('Veilederen skifter posisjon fra byråkrat til hjelper og motivator')).toEqual([
      'Veilederen skifter',
      'posisjon fra byråkrat…',
    ]);
    expect(wrapName('Sosialhjelpssaksbehandlingsrutiner')).toEqual(['Sosialhjelpssaksbehan…']);
    const two = nodeBox({ id: 'a', kind: 'theme', name: 'Veilederen skifter posisjon', x: 0, y: 0 });
    const one = nodeBox({ id: 'b', kind: 'theme', name: 'Ansvar', x: 0, y: 0 });
    expect(two.height).toBeGreaterThan(one.height);
    expect(two.baselines[1]! - two.baselines[0]!).toBeGreaterThan(0);
  });

  it('lines leave a box at its edge', () => {
    const box = nodeBox({ id: 'a', kind: 'theme', name: 'Tema', x: 0, y: 0 });
    expect(edgePoint(box, { x: 1000, y: 0 })).toEqual({ x: box.width / 2, y: 0 });
    expect(edgePoint(box, { x: 0, y: -1000 })).toEqual({ x: 0, y: -box.height / 2 });
  });
});
