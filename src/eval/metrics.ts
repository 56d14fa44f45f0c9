/** Short-answer metrics as FacQA and SQuAD define them: exact match and token-overlap F1. */

export function normalizeAnswer(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s/.,]/gu, ' ')
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function exactMatch(prediction: string | null, golds: string[]): number {
  if (!prediction) return 0;
  const p = normalizeAnswer(prediction).join(' ');
  return golds.some((g) => normalizeAnswer(g).join(' ') === p) ? 1 : 0;
}

export function f1(prediction: string | null, golds: string[]): number {
  if (!prediction) return 0;
  const p = normalizeAnswer(prediction);
  return Math.max(0, ...golds.map((gold) => {
    const g = normalizeAnswer(gold);
    const counts = new Map<string, number>();
    for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
    let common = 0;
    for (const t of p) {
      const c = counts.get(t) ?? 0;
      if (c > 0) { common++; counts.set(t, c - 1); }
    }
    if (common === 0) return 0;
    const precision = common / p.length;
    const recall = common / g.length;
    return (2 * precision * recall) / (precision + recall);
  }));
}

export const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
