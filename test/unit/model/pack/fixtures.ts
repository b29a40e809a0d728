import { readFileSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { type PackInput, writePack } from '../../../../src/model/pack/write.ts';

/** A small valid pack: the library's duckling count (its picture from public/) and a lesson naming it. */
export const DUCKS = readFileSync('levels/mam-non/dem-vit.json', 'utf8');
export const DUCK_SVG = readFileSync('public/images/animals/duck.svg');
export const LESSON = JSON.stringify({ id: 'cum-vit', title: { vi: 'Đếm vịt', en: 'Ducks' }, band: 'mn-4-5', minutes: 10, steps: [{ activity: 'mn-dem-vit' }] }, null, 2);

export function packInput(over: Partial<PackInput['manifest']> = {}, files?: PackInput['files']): PackInput {
  return {
    manifest: {
      id: 'cum-3.vit',
      version: '1.0.0',
      title: { vi: 'Vịt con', en: 'Ducklings' },
      authors: ['Cô Lan'],
      school: 'Trường Mầm non Hoa Sen',
      cluster: 'Cụm 3',
      bands: ['mn-4-5', 'mn-5-6'],
      subjects: ['math'],
      competencies: ['mn.nhan-thuc'],
      created: '2026-11-30T08:00:00.000Z',
      ...over,
    },
    files: files ?? [
      { path: 'activities/mn-dem-vit.json', bytes: strToU8(DUCKS) },
      { path: 'lessons/cum-vit.json', bytes: strToU8(LESSON) },
      { path: 'media/images/animals/duck.svg', bytes: new Uint8Array(DUCK_SVG) },
    ],
  };
}

export const goodPack = (over: Partial<PackInput['manifest']> = {}) => writePack(packInput(over));
