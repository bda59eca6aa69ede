import { expect } from '@open-wc/testing';
import { contrastRatio, palettes, type Palette } from './theme.ts';

// Machado et al. (2009) simulation matrices, severity 1, on linear RGB.
const simulations: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
function lab([r, g, b]: number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function simulate(hex: string, m: number[][]): number[] {
  const c = rgb(hex);
  return m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

for (const [name, p] of Object.entries(palettes) as [string, Palette][]) {
  describe(`theme palette ${name}`, () => {
    it('text roles reach 4.5:1 on the surfaces', () => {
      for (const bg of [p.surface, p.surfaceAlt]) {
        expect(contrastRatio(p.text, bg), `text on ${bg}`).to.be.at.least(4.5);
      }
      for (const [role, colour] of Object.entries({
        muted: p.muted,
        accent: p.accent,
        error: p.error,
      })) {
        expect(contrastRatio(colour, p.surface), role).to.be.at.least(4.5);
      }
      expect(contrastRatio(p.onAccent, p.accent), 'on-accent').to.be.at.least(4.5);
    });

    it('graphics (borders, focus, series, statuses) reach 3:1 on the surface', () => {
      const graphics = [p.border, p.focus, ...p.categorical, ...Object.values(p.status)];
      for (const colour of graphics) {
        expect(contrastRatio(colour, p.surface), colour).to.be.at.least(3);
      }
    });

    it('status colours are also readable as text (4.5:1)', () => {
      for (const [status, colour] of Object.entries(p.status)) {
        expect(contrastRatio(colour, p.surface), status).to.be.at.least(4.5);
      }
    });

    it('categorical colours stay apart under colour-vision deficiencies', () => {
      for (const [deficiency, matrix] of Object.entries(simulations)) {
        const seen = p.categorical.map((c) => lab(simulate(c, matrix)));
        for (let i = 0; i < seen.length; i++) {
          for (let j = i + 1; j < seen.length; j++) {
            const d = deltaE(seen[i], seen[j]);
            expect(d, `${deficiency}: ${p.categorical[i]} vs ${p.categorical[j]}`).to.be.at.least(
              8,
            );
          }
        }
      }
    });
  });
}

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });
});
