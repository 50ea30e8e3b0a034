/**
 * Sets a key as an own data property: plain assignment of `__proto__` would replace the object's
 * prototype instead, and a hostile file must not be able to do that.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
