import { once } from 'node:events';
import { createDeflate, type Deflate } from 'node:zlib';
import { PNG_SIGNATURE, pngChunk } from '../../src-shared/export/pngChunks';

const IDAT_BYTES = 1 << 20;
/**
 * Past this many pixels zlib's level 3 rather than its default 6: on a 56 Mpx map, level 6 took three
 * times as long to compress as level 3 (3.4 s against 1.1 s) for a file a fifth smaller, and the
 * compression, not the drawing, set the pace of the export.
 */
const FAST_LEVEL_PIXELS = 8_000_000;

/**
 * Writes an 8-bit RGBA PNG a band of rows at a time, so an image far larger than memory allows for
 * its pixels at once can still be made: each band is fed to one zlib stream as it comes.
 */
export class PngEncoder {
  readonly #deflate: Deflate;
  readonly #compressed: Buffer[] = [];
  #rows = 0;
  /** Settles when zlib has taken the last band written, so at most one band waits to be compressed. */
  #drained: Promise<unknown> = Promise.resolve();

  constructor(
    readonly width: number,
    readonly height: number,
    /** Chunks placed between the header and the pixels: density, text. */
    readonly extraChunks: readonly Uint8Array[] = [],
  ) {
    this.#deflate = createDeflate({ level: width * height > FAST_LEVEL_PIXELS ? 3 : 6 });
    this.#deflate.on('data', (chunk: Buffer) => this.#compressed.push(chunk));
  }

  /**
   * Appends rows of premultiplied RGBA (as resvg draws them). PNG stores straight alpha, so partly
   * transparent pixels are un-premultiplied first (in place).
   */
  async writeRows(premultiplied: Uint8Array): Promise<void> {
    const stride = this.width * 4;
    const rows = premultiplied.length / stride;
    if (!Number.isInteger(rows) || this.#rows + rows > this.height) {
      throw new Error('The rows do not fit the image.');
    }
    // Compress the band before while this one is filtered, but keep no more than one waiting.
    await this.#drained;
    const filtered = new Uint8Array(rows * (stride + 1));
    for (let r = 0; r < rows; r++) {
      const row = premultiplied.subarray(r * stride, (r + 1) * stride);
      unpremultiply(row);
      // Filter type 0 (none): measured on maps, the "Up" filter made files a third larger, and slower to
      // make; runs of flat colour compress well as they are.
      filtered.set(row, r * (stride + 1) + 1);
    }
    this.#rows += rows;
    if (!this.#deflate.write(filtered)) this.#drained = once(this.#deflate, 'drain');
  }

  /** The PNG file; every row must have been written. */
  async finish(): Promise<Uint8Array> {
    if (this.#rows !== this.height) {
      throw new Error(`Only ${this.#rows} of the image's ${this.height} rows were drawn.`);
    }
    await this.#drained;
    const ended = once(this.#deflate, 'end');
    this.#deflate.end();
    await ended;
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, standard filters, not interlaced
    const data = Buffer.concat(this.#compressed);
    // Several IDAT chunks rather than one enormous one, which some readers refuse.
    const pixels: Uint8Array[] = [];
    for (let at = 0; at === 0 || at < data.length; at += IDAT_BYTES) {
      pixels.push(pngChunk('IDAT', data.subarray(at, at + IDAT_BYTES)));
    }
    return Buffer.concat([
      PNG_SIGNATURE,
      pngChunk('IHDR', header),
      ...this.extraChunks,
      ...pixels,
      pngChunk('IEND', new Uint8Array()),
    ]);
  }

  /** Stops the zlib stream of an image that will not be finished. */
  abandon(): void {
    this.#deflate.destroy();
  }
}

function unpremultiply(row: Uint8Array): void {
  for (let i = 3; i < row.length; i += 4) {
    const alpha = row[i] as number;
    if (alpha === 255 || alpha === 0) continue;
    for (let c = i - 3; c < i; c++) row[c] = Math.min(255, Math.round(((row[c] as number) * 255) / alpha));
  }
}
