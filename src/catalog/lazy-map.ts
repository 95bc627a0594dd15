/**
 * A read-only map whose entries are found one key at a time (`lookup`) until something asks
 * for all of them (`size`, iteration), which builds the whole map once (`everything`). A
 * catalog read from a file answers a pull request's few keys without reading every section.
 *
 * `lookup` and `everything` must agree: `lookup(k)` is `everything().get(k)`.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private readonly found = new Map<K, V | undefined>()
  private whole: Map<K, V> | null = null

  constructor(
    private readonly lookup: (key: K) => V | undefined,
    private readonly everything: () => Map<K, V>
  ) {}

  get(key: K): V | undefined {
    if (this.whole !== null) return this.whole.get(key)
    if (this.found.has(key)) return this.found.get(key)
    const value = this.lookup(key)
    this.found.set(key, value)
    return value
  }

  has(key: K): boolean {
    return this.get(key) !== undefined
  }

  /** Every entry: built on first use, then kept (and used by `get`). */
  all(): ReadonlyMap<K, V> {
    if (this.whole === null) {
      this.whole = this.everything()
      this.found.clear()
    }
    return this.whole
  }

  get size(): number {
    return this.all().size
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.all().forEach((v, k) => fn.call(thisArg, v, k, this))
  }

  entries(): MapIterator<[K, V]> {
    return this.all().entries()
  }

  keys(): MapIterator<K> {
    return this.all().keys()
  }

  values(): MapIterator<V> {
    return this.all().values()
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.all().entries()
  }
}
