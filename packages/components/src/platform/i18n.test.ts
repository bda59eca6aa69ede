import { expect } from '@open-wc/testing';
import { defineCatalogue, intlLocale, missingKeys, platformMessages, toLocale } from './i18n.ts';

describe('i18n', () => {
  it('the platform catalogue has every key in Spanish and English', () => {
    expect(missingKeys(platformMessages)).to.deep.equal([]);
  });

  it('missingKeys reports keys missing or empty in one language', () => {
    const broken = { es: { a: 'x', b: '' }, en: { a: 'x', b: 'y', c: 'z' } };
    expect(missingKeys(broken as never)).to.deep.equal(['es:b', 'es:c']);
  });

  it('maps lang tags to a supported language, Spanish by default', () => {
    expect(toLocale('es-CO')).to.equal('es');
    expect(toLocale('EN-gb')).to.equal('en');
    expect(toLocale('fr')).to.equal('es');
    expect(toLocale('')).to.equal('es');
    expect(toLocale(null)).to.equal('es');
  });

  it('gives Intl a regional tag', () => {
    expect(intlLocale('es')).to.equal('es-CO');
    expect(intlLocale('es-MX')).to.equal('es-MX');
    expect(intlLocale('en-GB')).to.equal('en-GB');
    expect(intlLocale('fr-FR')).to.equal('es-CO');
    expect(intlLocale(undefined)).to.equal('es-CO');
  });

  it('messages with parameters read right in both languages', () => {
    expect(platformMessages.es.errorLocation('a.csv', 14, 3)).to.equal(
      'a.csv, línea 14, columna 3',
    );
    expect(platformMessages.en.errorLocation('a.csv', 0, 0)).to.equal('a.csv');
    expect(platformMessages.en.errorContent(1)).to.equal('The data has 1 problem:');
    const catalogue = defineCatalogue({
      en: { hi: (n: string) => `Hi ${n}` },
      es: { hi: (n: string) => `Hola ${n}` },
    });
    expect(catalogue.es.hi('Ana')).to.equal('Hola Ana');
  });
});
