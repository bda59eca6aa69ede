// What a message is, as data: types only, so that the record types (types.ts) name it
// without importing the code that says messages (message.ts, which formats figures).

/**
 * A parameter: text or a number as written, another message (said in the same language),
 * a list (joined as the language joins lists: «100 y 150», «100 and 150»), or a figure
 * (written as the language writes numbers, percentages and dates).
 */
export type MessageParam = string | number | MessageRef | MessageList | MessageFigure;

export interface MessageList {
  list: string[];
}

/**
 * A message to say: its key in the catalogues (core's, or another package's added with
 * `extendMessages`) and the values of its `{placeholders}`.
 */
export interface MessageRef {
  key: string;
  params?: Record<string, MessageParam>;
  /** Said as a sentence: a period is added unless it already ends in `.`, `?`, `!` or `…`. */
  sentence?: boolean;
}

/**
 * An exact decimal to write in the message's language: `number` as given (`digits` decimals
 * when set, a `%` sign when `percentSign`), `percent` a fraction as a percentage with one
 * decimal (0.4 → «40,0 %»), `date` an ISO date. Minus signs are typographic (−).
 */
export interface MessageFigure {
  figure: string;
  as?: 'number' | 'percent' | 'date';
  digits?: number;
  percentSign?: boolean;
}
