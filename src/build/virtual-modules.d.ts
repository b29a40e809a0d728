/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:lopvui/catalog' {
  import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
  import type { Activity } from '../model/activity/schema.ts';
  import type { Lesson } from '../model/lesson/lesson-schema.ts';
  export const entries: CatalogEntry[];
  export const lessons: Lesson[];
  export const loaders: Record<string, () => Promise<{ default: Activity }>>;
  /** The pictures and sounds of public/ ("images/animals/cat.svg"), for files opened in the player. */
  export const publicMedia: string[];
}
