/**
 * Recent keys by a hash of their text: the same key in a hundred thousand entries becomes one
 * string instead of a hundred thousand, and is compared without being sliced out again.
 */
export class KeyCache {
  private readonly slots = new Array<string | undefined>(256).fill(undefined);

  private slot(text: string, start: number, end: number): number {
    return (text.charCodeAt(start) * 31 + (end - start) * 7 + text.charCodeAt(end - 1)) & 255;
  }

  /** The cached string equal to text[start, end), if any. */
  find(text: string, start: number, end: number): string | undefined {
    const cached = this.slots[this.slot(text, start, end)];
    return cached !== undefined && cached.length === end - start && text.startsWith(cached, start) ? cached : undefined;
  }

  /** Remembers `key`, which is text[start, end). */
  remember(key: string, text: string, start: number, end: number): void {
    this.slots[this.slot(text, start, end)] = key;
  }
}
