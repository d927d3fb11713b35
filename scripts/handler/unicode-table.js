// Placeholder: the handler build (webpack.config.js) loads this file through unicode-table-loader.js,
// which generates the real module — the Unicode property classes the handler's regular expressions use.
export function unicodeClass() {
  throw new Error("scripts/handler/unicode-table.js must be loaded through unicode-table-loader.js");
}
