/** Types of the fake open-data portals (fake-open-data.mjs), for stories written in TypeScript. */
export type FakeAnswer =
  { status: number; headers: Record<string, string>; body: string } | { drop: true };

export function fakeAnswer(url: URL): Promise<FakeAnswer | null>;
export function fakeContracts(count?: number): Record<string, unknown>[];
export const fakeLog: string[];
export function fakeOpenDataMiddleware(
  ctx: unknown,
  next: () => Promise<unknown>,
): Promise<unknown>;
