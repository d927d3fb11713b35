/**
 * Builds the minimal acyclic automaton of a sorted word list (Daciuk, Mihov, Watson & Watson's
 * incremental algorithm for sorted input) and serialises it in the layout of dawgFormat.ts.
 * Each word carries a small "kind" (bits 0–2) that is part of the state it ends in, so words of
 * different kinds never share a final state.
 */
import {
  DAWG_MAGIC,
  DawgHeader,
  EDGE_KIND_SHIFT,
  EDGE_LAST,
  EDGE_TARGET_MASK,
} from "../dawgFormat";

interface OpenState {
  kind: number;
  labels: number[];
  children: number[]; // ids of frozen states, or -1 for the open child on the path
}

export class DawgBuilder {
  /** Frozen states: kind and edges (label, child id), by id. */
  private readonly kinds: number[] = [];
  private readonly edgeLabels: number[][] = [];
  private readonly edgeChildren: number[][] = [];
  private readonly register = new Map<string, number>();
  private readonly path: OpenState[] = [{ kind: 0, labels: [], children: [] }];
  private previous: number[] = [];
  private readonly labelOf = new Map<string, number>();
  readonly alphabet: string[] = [];
  wordCount = 0;
  stateCount = 0;

  /**
   * @param alphabetByFrequency characters in the order their label ids should be given (most
   *   frequent first keeps the edge scan short); characters not listed get ids as they come.
   */
  constructor(alphabetByFrequency: string[] = []) {
    for (const c of alphabetByFrequency) this.label(c);
  }

  private label(c: string): number {
    let id = this.labelOf.get(c);
    if (id === undefined) {
      id = this.alphabet.length;
      this.alphabet.push(c);
      this.labelOf.set(c, id);
    }
    return id;
  }

  /** Adds a word; words must come in ascending UTF-16 order, each once. */
  add(word: string, kind: number): void {
    const labels: number[] = [];
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) throw new Error(`characters outside the BMP are not supported: ${word}`);
      labels.push(this.label(word[i]));
    }
    let common = 0;
    const prev = this.previous;
    while (common < labels.length && common < prev.length && labels[common] === prev[common]) common++;
    if (common === labels.length && common === prev.length && this.wordCount > 0)
      throw new Error(`duplicate word: ${word}`);
    this.freezeFrom(common + 1);
    for (let i = common; i < labels.length; i++) {
      const parent = this.path[i];
      parent.labels.push(labels[i]);
      parent.children.push(-1);
      this.path[i + 1] = { kind: 0, labels: [], children: [] };
    }
    this.path.length = labels.length + 1;
    this.path[labels.length].kind = kind;
    this.previous = labels;
    this.wordCount++;
  }

  /** Freezes the open states deeper than `depth` (their parent gets the frozen child id). */
  private freezeFrom(depth: number): void {
    for (let i = this.path.length - 1; i >= depth; i--) {
      const state = this.path[i];
      const id = this.freeze(state);
      const parent = this.path[i - 1];
      parent.children[parent.children.length - 1] = id;
    }
    if (this.path.length > depth) this.path.length = depth;
  }

  private freeze(state: OpenState): number {
    let key = String(state.kind);
    for (let j = 0; j < state.labels.length; j++) key += "," + state.labels[j] + ":" + state.children[j];
    const known = this.register.get(key);
    if (known !== undefined) return known;
    const id = this.kinds.length;
    this.kinds.push(state.kind);
    this.edgeLabels.push(state.labels);
    this.edgeChildren.push(state.children);
    this.register.set(key, id);
    return id;
  }

  /** Finishes the automaton and returns it serialised with the given header fields. */
  serialize(header: Omit<DawgHeader, "alphabet" | "labelBytes" | "root" | "wordCount" | "stateCount">): Uint8Array {
    this.freezeFrom(1);
    const rootState = this.path[0];
    const rootId = this.kinds.length;
    this.kinds.push(rootState.kind);
    this.edgeLabels.push(rootState.labels);
    this.edgeChildren.push(rootState.children);
    const stateCount = this.kinds.length;
    this.stateCount = stateCount;

    // Lay states out breadth-first from the root so the states near the root sit together.
    const offset = new Int32Array(stateCount).fill(-1);
    let edgeCount = 1; // edge 0 is the dummy target of "no edges"
    const order: number[] = [rootId];
    offset[rootId] = this.edgeLabels[rootId].length ? edgeCount : 0;
    edgeCount += this.edgeLabels[rootId].length;
    for (let head = 0; head < order.length; head++) {
      const children = this.edgeChildren[order[head]];
      for (const child of children) {
        if (offset[child] !== -1) continue;
        const n = this.edgeLabels[child].length;
        offset[child] = n ? edgeCount : 0;
        edgeCount += n;
        order.push(child);
      }
    }
    if (edgeCount > EDGE_TARGET_MASK) throw new Error(`too many edges for the format: ${edgeCount}`);
    const labelBytes: 1 | 2 = this.alphabet.length <= 256 ? 1 : 2;
    const edges = new Uint32Array(edgeCount);
    const labels = labelBytes === 1 ? new Uint8Array(edgeCount) : new Uint16Array(edgeCount);
    for (const state of order) {
      const stateLabels = this.edgeLabels[state];
      const children = this.edgeChildren[state];
      // Within a state, edges go by label id (ids are given most frequent character first).
      const index = stateLabels.map((_, j) => j).sort((a, b) => stateLabels[a] - stateLabels[b]);
      let at = offset[state];
      for (let k = 0; k < index.length; k++) {
        const j = index[k];
        const child = children[j];
        let word = offset[child] | (this.kinds[child] << EDGE_KIND_SHIFT);
        if (k === index.length - 1) word |= EDGE_LAST;
        edges[at] = word >>> 0;
        labels[at] = stateLabels[j];
        at++;
      }
    }

    const fullHeader: DawgHeader = {
      ...header,
      alphabet: this.alphabet.join(""),
      labelBytes,
      root: offset[rootId],
      wordCount: this.wordCount,
      stateCount,
    };
    const headerBytes = utf8Encode(JSON.stringify(fullHeader));
    const headerPadded = (headerBytes.length + 3) & ~3;
    const total = 8 + 4 + headerPadded + 4 + edgeCount * 4 + edgeCount * labelBytes;
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) out[i] = DAWG_MAGIC.charCodeAt(i);
    view.setUint32(8, headerBytes.length, true);
    out.set(headerBytes, 12);
    let pos = 12 + headerPadded;
    view.setUint32(pos, edgeCount, true);
    pos += 4;
    for (let i = 0; i < edgeCount; i++, pos += 4) view.setUint32(pos, edges[i], true);
    for (let i = 0; i < edgeCount; i++, pos += labelBytes) {
      if (labelBytes === 1) out[pos] = labels[i];
      else view.setUint16(pos, labels[i], true);
    }
    return out;
  }
}

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(out);
}
