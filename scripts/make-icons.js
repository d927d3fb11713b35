// Draws the Atbilde mark (a speech bubble with a check mark on a rounded square) at every size the
// manifest declares, so icons are real PNGs that can be regenerated: `node scripts/make-icons.js`.
"use strict";
const fs = require("fs");
const path = require("path");
const { encodePng } = require("./png");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x0b, 0x5c, 0x8a]; // deep municipal blue
const BUBBLE = [0xff, 0xff, 0xff];
const CHECK = [0x1b, 0x8a, 0x4b]; // green check

// Shapes in a unit square; each returns true when the point is inside.
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function inTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (px - bx) * (ay - by) - (ax - bx) * (py - by);
  const d2 = (px - cx) * (by - cy) - (bx - cx) * (py - cy);
  const d3 = (px - ax) * (cy - ay) - (cx - ax) * (py - ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}
function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function colourAt(x, y) {
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  const check = [[0.33, 0.45], [0.45, 0.57], [0.68, 0.32]];
  const stroke = 0.065;
  if (distanceToSegment(x, y, check[0], check[1]) < stroke || distanceToSegment(x, y, check[1], check[2]) < stroke) return CHECK;
  const bubble = inRoundedRect(x, y, 0.16, 0.16, 0.84, 0.72, 0.14) || inTriangle(x, y, [0.3, 0.68], [0.48, 0.68], [0.26, 0.88]);
  return bubble ? BUBBLE : BACKGROUND;
}

function drawIcon(size) {
  const samples = 4; // supersampling for anti-aliased edges
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) { rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; }
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return encodePng(size, size, rgba);
}

/** The unified manifest's outline icon: the bubble and check in white on transparent, 32 px. */
function drawOutline(size) {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c === BUBBLE) hits += 1;
        }
      }
      const i = (py * size + px) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = 255;
      rgba[i + 3] = Math.round((255 * hits) / (samples * samples));
    }
  }
  return encodePng(size, size, rgba);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), drawIcon(size));
}
// The unified (JSON) manifest wants a 192 px colour icon and a 32 px white outline.
fs.writeFileSync(path.join(outDir, "color.png"), drawIcon(192));
fs.writeFileSync(path.join(outDir, "outline.png"), drawOutline(32));
console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}, color.png and outline.png to assets/`);
