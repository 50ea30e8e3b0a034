/** Edit distance, for did-you-mean on unknown keys. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

const normalize = (key: string): string => key.toLowerCase().replace(/[_\-\s]/g, '');

/**
 * The one known key a mistyped key most probably meant: the same letters in another case or
 * spelling (`credential_id`, `assistantID`), else the single closest key within a small distance.
 */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  const normalized = normalize(key);
  const sameLetters = known.filter((candidate) => normalize(candidate) === normalized);
  if (sameLetters.length === 1) return sameLetters[0];
  const budget = Math.max(1, Math.min(3, Math.floor(normalized.length / 4)));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    const distance = editDistance(normalized, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return bestDistance <= budget && !tie ? best : undefined;
}
