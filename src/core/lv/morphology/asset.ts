/** Which file of assets/morphology/ holds the analyzer's data, from its manifest.json (text or parsed); each front door reads it. */
export function morphologyAssetFile(manifest: unknown): string {
  const parsed = typeof manifest === "string" ? (JSON.parse(manifest) as unknown) : manifest;
  const assets = parsed && typeof parsed === "object" ? (parsed as { assets?: { lv?: { file?: unknown } } }).assets : undefined;
  const file = assets && assets.lv ? assets.lv.file : undefined;
  if (typeof file !== "string" || file === "" || /[/\\]/.test(file)) throw new Error("no morphology data in assets/morphology/manifest.json");
  return file;
}
