const storageKey = 'tc:last-environment';

export function rememberEnvironment(envId: number): void {
  try {
    localStorage.setItem(storageKey, String(envId));
  } catch {
    // Storage can be disabled; remembering is a convenience only.
  }
}

export function rememberedEnvironment(): number | null {
  try {
    const value = Number(localStorage.getItem(storageKey));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function pickEnvironment(available: readonly { id: number }[]): number | null {
  const remembered = rememberedEnvironment();
  if (remembered !== null && available.some((project) => project.id === remembered)) return remembered;
  return available[0]?.id ?? null;
}
