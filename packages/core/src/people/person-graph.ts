/** Facts about a person, kept as bits on the person's union-find root. */
export const PERSON_SENSITIVE = 1;
export const PERSON_MINOR = 2;
export const PERSON_FACE = 4;

/**
 * Union-find over identifier nodes, in growable typed arrays (10 bytes a node: parent, anchor, rank, facts). A component is one person.
 * Each component remembers its resident-ID node, if any: two components with different resident ID numbers
 * are two people, whatever weaker key (a shared family phone) says, so such a union is refused.
 */
export class PersonGraph {
  private parent = new Int32Array(1024);
  private rank = new Uint8Array(1024);
  private anchor = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  private nodes = 0;
  private components = 0;

  /** Nodes held. */
  get nodeCount(): number {
    return this.nodes;
  }

  /** Distinct people: components of the graph. */
  get people(): number {
    return this.components;
  }

  /** Bytes held by the graph's arrays. */
  get bytes(): number {
    return this.parent.length * 10;
  }

  /** Adds a node (a person of its own until linked); `anchored` marks a resident-ID node. */
  add(anchored: boolean): number {
    if (this.nodes === this.parent.length) this.grow();
    const i = this.nodes++;
    this.parent[i] = i;
    this.rank[i] = 0;
    this.anchor[i] = anchored ? i : -1;
    this.flags[i] = 0;
    this.components++;
    return i;
  }

  /** The root of a node's component (path halving). */
  find(i: number): number {
    const p = this.parent;
    let x = i;
    while (p[x] !== x) {
      const gp = p[p[x] as number] as number;
      p[x] = gp;
      x = gp;
    }
    return x;
  }

  /** Merges two people; false (and no change) when each already has a different resident ID number. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    const aa = this.anchor[ra] as number;
    const ab = this.anchor[rb] as number;
    if (aa >= 0 && ab >= 0 && aa !== ab) return false;
    const rankA = this.rank[ra] as number;
    const rankB = this.rank[rb] as number;
    if (rankA < rankB) [ra, rb] = [rb, ra];
    else if (rankA === rankB) this.rank[ra] = rankA + 1;
    this.parent[rb] = ra;
    if ((this.anchor[ra] as number) < 0) this.anchor[ra] = this.anchor[rb] as number;
    this.flags[ra] = (this.flags[ra] as number) | (this.flags[rb] as number);
    this.components--;
    return true;
  }

  /** Sets fact bits on a node's person. */
  mark(i: number, bits: number): void {
    const r = this.find(i);
    this.flags[r] = (this.flags[r] as number) | bits;
  }

  /** People whose fact bits include all of `bits`. */
  countWith(bits: number): number {
    let n = 0;
    for (let i = 0; i < this.nodes; i++) if (this.parent[i] === i && ((this.flags[i] as number) & bits) === bits) n++;
    return n;
  }

  private grow(): void {
    const n = this.parent.length * 2;
    const resize = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.parent = resize(this.parent, (k) => new Int32Array(k));
    this.rank = resize(this.rank, (k) => new Uint8Array(k));
    this.anchor = resize(this.anchor, (k) => new Int32Array(k));
    this.flags = resize(this.flags, (k) => new Uint8Array(k));
  }
}
