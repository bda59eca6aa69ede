/**
 * Records a host page gives as a property (`tracker.indicators = [...]`) are as untrusted
 * as a file: each widget reads them with core's JSON reader of their schema, as it reads a
 * JSON file, and their problems name the element and property where a file's name the file
 * («<rendir-commitment-list> commitments, registro 2 (CO0002), campo completion»).
 */

/** What a property's problems call it, where a file's would name the file. */
export function propertyFile(host: Element, property: string): string {
  return `<${host.localName}> ${property}`;
}
