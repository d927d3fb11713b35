// Types of inputs.js for the TypeScript tests that use it.
export const ROOT: string;
export const ASSET_DIR: string;
export const MANIFEST: string;
export const COMPILER_FILES: string[];
export interface AssetInputHashes {
  package: string;
  aff: string;
  dic: string;
  frequency: string | null;
  compiler: string;
}
export function assetInputs(language: string): {
  aff: string;
  dic: string;
  frequency: string | null;
  allowUnsupported: Record<string, string>;
  source: { name: string; version: string; files: Record<string, string> };
  hashes: AssetInputHashes;
};
export function compilerHash(): string;
export function readFrequencyList(file: string): Array<[string, number]>;
export function sha256(bytes: Uint8Array | string): string;
