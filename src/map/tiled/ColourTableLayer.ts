// Vector-tiled areas coloured on the GPU (national size). maplibre colours a tiled fill per feature: a switch at
// 14,000 buurten rewrote every vertex's colour through feature state (≈120 ms a switch on the bench machine). Here
// each tile is triangulated once (in a worker) with the area's row of a colour table on every vertex; a switch uploads
// that table (4 bytes an area) and redraws. maplibre keeps the same tiles as an invisible fill for hover, click and
// queries, and draws the borders.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MlMap } from 'maplibre-gl';
import {
  type AreaColour,
  type ColourTable,
  colourTable,
  rgbOr,
  type TileId,
  tableColour,
  tileCover,
  tileKey,
  tileMatrix,
  tileZoom,
} from '../../lib/colour-table';
import type { TileMesh } from '../../lib/tile-mesh';
import type { MeshReply, MeshRequest } from './mesh-worker';
import { type MeshSource, takeWorker, tileUrl } from './meshes';
import { FRAGMENT, VERTEX } from './shaders';

export interface ColourTableOptions extends MeshSource {
  id: string;
  opacity: number;
  /** Plain colour of areas without a state, and the ground of the no-data hatch. */
  noData: string;
  /** Called at the end of the first frame that shows the latest colours over the whole view. */
  onPainted: () => void;
  /** A tile that could not be loaded (the rest of the map still draws). */
  onError?: (message: string) => void;
}

type Tile =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; id: TileId; extent: number; vao: WebGLVertexArrayObject; buffers: WebGLBuffer[]; count: number };

/** Tiles kept on the GPU; the rest are dropped oldest first (a pan across the country stays bounded). */
const MAX_TILES = 96;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const s = gl.createShader(type);
  if (!s) throw new Error('WebGL: geen shader');
  gl.shaderSource(s, source);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`WebGL-shader: ${gl.getShaderInfoLog(s)}`);
  return s;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function hexToUnit(colour: string): [number, number, number] {
  const [r, g, b] = rgbOr(colour);
  return [r / 255, g / 255, b / 255];
}

export class ColourTableLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  readonly id: string;
  private o: ColourTableOptions;
  private readonly rowOf: Map<string, number>;
  private map: MlMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private texture: WebGLTexture | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private attribs = { pos: -1, row: -1 };
  private worker: Worker | null = null;
  private readonly tiles = new Map<string, Tile>();
  private lastComplete: TileId[] = [];
  private table: ColourTable | null = null;
  private uploaded: ColourTable | null = null;
  private version = 0;
  private paintedVersion = 0;
  private paintPending = false;
  private noDataUnit: [number, number, number];

  constructor(options: ColourTableOptions) {
    this.id = options.id;
    this.o = options;
    this.rowOf = new Map(options.codes.map((c, i) => [c, i]));
    this.noDataUnit = hexToUnit(options.noData);
  }

  /** New colours (an indicator, year or class switch): one table upload at the next frame. */
  setColours(areas: readonly AreaColour[]): void {
    const next = this.tableOf(areas);
    // The same colours (data arrived that this map does not show): no frame and no "updated" mark, as with feature
    // state, where an unchanged state is not set again.
    if (this.table && sameBytes(this.table.data, next.data)) return;
    this.show(next);
  }

  /** Theme changes (projector, print): opacity and the no-data grey. */
  setStyle(opacity: number, noData: string, areas: readonly AreaColour[]): void {
    if (opacity === this.o.opacity && noData === this.o.noData) return;
    this.o = { ...this.o, opacity, noData };
    this.noDataUnit = hexToUnit(noData);
    this.show(this.tableOf(areas));
  }

  private tableOf(areas: readonly AreaColour[]): ColourTable {
    return colourTable(this.o.codes, this.rowOf, areas, this.o.noData);
  }

  private show(table: ColourTable): void {
    this.table = table;
    this.version++;
    this.map?.triggerRepaint();
  }

  /** The colour an area is drawn with (`#rrggbb`), null when hatched as no data: for tests. */
  colourOf(code: string): string | null | undefined {
    const r = this.rowOf.get(code);
    return r === undefined || !this.table ? undefined : tableColour(this.table, r);
  }

  onAdd(map: MlMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    const program = gl.createProgram();
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`WebGL-programma: ${gl.getProgramInfoLog(program)}`);
    this.program = program;
    for (const u of ['u_matrix', 'u_table', 'u_width', 'u_extent', 'u_opacity', 'u_pixel_ratio', 'u_nodata'])
      this.uniforms[u] = gl.getUniformLocation(program, u);
    this.attribs = { pos: gl.getAttribLocation(program, 'a_pos'), row: gl.getAttribLocation(program, 'a_row') };
    this.texture = gl.createTexture();
    const { worker, early } = takeWorker(this.o);
    this.worker = worker;
    worker.onmessage = (e: MessageEvent<MeshReply>) => this.receive(e.data);
    // Tiles asked for before this layer existed: the arrived ones are uploaded now, the others come as usual.
    for (const [key, reply] of early) {
      this.tiles.set(key, { state: 'loading' });
      if (reply) this.receive(reply);
    }
    map.on('render', this.afterFrame);
    // Ask for the view's tiles now, not at the first frame.
    this.inView(map);
  }

  onRemove(map: MlMap, gl: WebGL2RenderingContext): void {
    map.off('render', this.afterFrame);
    this.worker?.terminate();
    this.worker = null;
    for (const key of [...this.tiles.keys()]) this.drop(key);
    if (this.texture) gl.deleteTexture(this.texture);
    if (this.program) gl.deleteProgram(this.program);
    this.map = null;
    this.gl = null;
  }

  /** maplibre's `render` event ends the frame in which this layer drew the latest colours: the moment to report. */
  private readonly afterFrame = () => {
    if (!this.paintPending) return;
    this.paintPending = false;
    this.o.onPainted();
  };

  /** The tiles the view needs; those not asked for yet are requested. */
  private inView(map: MlMap): TileId[] {
    const b = map.getBounds();
    const z = tileZoom(map.getZoom(), this.o.minzoom, this.o.maxzoom);
    const need = tileCover([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], z);
    for (const t of need) if (!this.tiles.has(tileKey(t))) this.request(t);
    return need;
  }

  private request(t: TileId): void {
    const key = tileKey(t);
    this.tiles.set(key, { state: 'loading' });
    this.worker?.postMessage({ key, url: tileUrl(this.o.url, t), layer: this.o.sourceLayer } satisfies MeshRequest);
  }

  private receive(reply: MeshReply): void {
    const gl = this.gl;
    if (!gl || !this.program || this.tiles.get(reply.key)?.state !== 'loading') return;
    if ('error' in reply) {
      this.tiles.set(reply.key, { state: 'failed' });
      this.o.onError?.(reply.error);
      this.map?.triggerRepaint();
      return;
    }
    const [z, x, y] = reply.key.split('/').map(Number) as [number, number, number];
    this.tiles.set(reply.key, this.upload(gl, { z, x, y }, reply.mesh, reply.rows));
    this.evict();
    this.map?.triggerRepaint();
  }

  private upload(gl: WebGL2RenderingContext, id: TileId, mesh: TileMesh, rows: Uint32Array): Tile {
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const pos = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, pos);
    gl.bufferData(gl.ARRAY_BUFFER, mesh.positions, gl.STATIC_DRAW);
    gl.enableVertexAttribArray(this.attribs.pos);
    gl.vertexAttribPointer(this.attribs.pos, 2, gl.SHORT, false, 0, 0);
    const row = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, row);
    gl.bufferData(gl.ARRAY_BUFFER, rows, gl.STATIC_DRAW);
    gl.enableVertexAttribArray(this.attribs.row);
    gl.vertexAttribIPointer(this.attribs.row, 1, gl.UNSIGNED_INT, 0, 0);
    const index = gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, index);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, mesh.indices, gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    return { state: 'ready', id, extent: mesh.extent, vao, buffers: [pos, row, index], count: mesh.indices.length };
  }

  private drop(key: string): void {
    const t = this.tiles.get(key);
    this.tiles.delete(key);
    if (t?.state !== 'ready' || !this.gl) return;
    this.gl.deleteVertexArray(t.vao);
    for (const b of t.buffers) this.gl.deleteBuffer(b);
  }

  private evict(): void {
    if (this.tiles.size <= MAX_TILES) return;
    const keep = new Set(this.lastComplete.map(tileKey));
    // Map order is insertion order: the oldest requests go first.
    for (const key of this.tiles.keys()) {
      if (this.tiles.size <= MAX_TILES) break;
      if (!keep.has(key) && this.tiles.get(key)?.state !== 'loading') this.drop(key);
    }
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const map = this.map;
    if (!map || !this.program || !this.texture) return;
    const need = this.inView(map);
    const complete = need.every((t) => this.tiles.get(tileKey(t))?.state !== 'loading');
    // Until the new view's tiles are all in, the last complete set stays on screen: never two zooms over each other.
    if (complete) this.lastComplete = need;
    if (!this.table) return;

    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    if (this.uploaded !== this.table) {
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      gl.texImage2D(
        gl.TEXTURE_2D,
        0,
        gl.RGBA8,
        this.table.width,
        this.table.height,
        0,
        gl.RGBA,
        gl.UNSIGNED_BYTE,
        this.table.data,
      );
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      this.uploaded = this.table;
    }
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
    gl.useProgram(this.program);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.uniform1i(this.uniforms.u_table ?? null, 0);
    gl.uniform1i(this.uniforms.u_width ?? null, this.table.width);
    gl.uniform1f(this.uniforms.u_opacity ?? null, this.o.opacity);
    gl.uniform1f(this.uniforms.u_pixel_ratio ?? null, map.getPixelRatio());
    gl.uniform3fv(this.uniforms.u_nodata ?? null, this.noDataUnit);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    const main = options.defaultProjectionData.mainMatrix;
    for (const t of this.lastComplete) {
      const tile = this.tiles.get(tileKey(t));
      if (tile?.state !== 'ready' || tile.count === 0) continue;
      gl.uniformMatrix4fv(this.uniforms.u_matrix ?? null, false, tileMatrix(main, t, tile.extent));
      gl.uniform1f(this.uniforms.u_extent ?? null, tile.extent);
      gl.bindVertexArray(tile.vao);
      gl.drawElements(gl.TRIANGLES, tile.count, gl.UNSIGNED_INT, 0);
    }
    gl.bindVertexArray(null);
    if (complete && this.paintedVersion !== this.version) {
      this.paintedVersion = this.version;
      this.paintPending = true;
    }
  }
}
