import { completeInn, completeOgrn } from '../russian-ids.ts';

/**
 * Invented but checksum-valid INN/OGRN for invented Tomsk-region companies. They use the
 * tax-office code 99 in region 70, which no Tomsk inspectorate uses, so a demo number cannot
 * be mistaken for (or collide with) a real company's.
 */
export function registryNumbers() {
  let serial = 0;
  return {
    legalEntity(foundedYear: number) {
      serial++;
      const yy = String(foundedYear % 100).padStart(2, '0');
      return {
        inn: completeInn(`7099${String(serial).padStart(5, '0')}`),
        ogrn: completeOgrn(`1${yy}7099${String(serial).padStart(5, '0')}`),
      };
    },
    soleProprietor(foundedYear: number) {
      serial++;
      const yy = String(foundedYear % 100).padStart(2, '0');
      return {
        inn: completeInn(`7099${String(serial).padStart(6, '0')}`),
        ogrn: completeOgrn(`3${yy}7099${String(serial).padStart(7, '0')}`),
      };
    },
  };
}
