/** The words of an Open SDG series in the tracker (its chooser, charts and notices), in Spanish. */
import { defineCatalogue, type MessagesOf } from '../platform/i18n.ts';

export const sdgMessages = defineCatalogue('trackerSdg', {
  headline: 'Serie principal',
  headlineSummary: (summary: string) => `Serie principal, sin desglose. ${summary}`,
  noHeadline: (dimensions: string) =>
    `Este archivo no publica una serie principal (filas sin desglose); elija un desglose por ${dimensions}.`,
  breakdowns: 'Desgloses',
  breakdown: 'Desglose',
  noBreakdowns: 'Este archivo no publica desgloses.',
  units: 'Unidad',
  series: 'Serie',
  compareBy: 'Comparar por',
  valueCount: (n: number) => (n === 1 ? '1 valor' : `${n} valores`),
  search: (dimension: string) => `Buscar en ${dimension}`,
  listed: (listed: number, total: number) =>
    `Se listan ${listed} de ${total}; escriba para acotar la lista.`,
  noMatch: (text: string) => `Ningún valor contiene «${text}».`,
  atMost: (n: number) => `Se muestran hasta ${n} series a la vez: quite una para elegir otra.`,
  chooseOne: 'Elija al menos un valor para ver su serie.',
  showing: (n: number, dimension: string, values: string, within: string) =>
    `${n === 1 ? 'Se muestra 1 serie' : `Se muestran ${n} series`} de ${dimension}${within}: ${values}.`,
  within: (fixed: string) => ` (${fixed})`,
  onlyPublished: 'Cada serie es solo lo publicado para ese valor; nunca una suma de otras.',
  chartTitle: (dimension: string) => `Valores por ${dimension}`,
  empty: 'Sin valores publicados.',
});

export type SdgMessages = MessagesOf<typeof sdgMessages>;
