/**
 * At most `count` units computing at once, first come, first served: a worker node's piscina
 * pool and its chain hosts each have `threads` threads, and a PCD update sends a node data
 * shards (pool) and held particle shards (chain hosts) at the same time, which would run
 * twice as many kernels as the node has threads. Measured over NATS (2 one-thread workers on
 * a loaded 2-core machine, 784x500, alternating pairs): without the limit, held updates took
 * ~10% longer than stateless ones (10 pairs, held slower in 9); with it, ~4% (10 pairs, 0.29-0.37
 * s per update either way: within the noise).
 */
export class UnitSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(count: number) {
    this.free = count;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}
