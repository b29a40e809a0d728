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
declare module 'virtual:lopvui/first-items' {
  import type { FirstItemWords } from '../app/first-item/words.ts';
  import type { Lang } from '../model/activity/lang.ts';
  import type { ChoiceActivity } from '../model/kinds/choice/schema.ts';
  /** The activities whose first item plays before the engine has loaded, by the chunk the player loads them from. */
  export const firstItems: Record<string, () => Promise<{ default: ChoiceActivity }>>;
  export const words: Record<Lang, FirstItemWords>;
}
declare module 'virtual:lopvui/first-pictures' {
  /** The first screen's SVG pictures the build drew as PNGs (src/build/first-pictures.ts), by the SVG's path. */
  export const rasters: Record<string, string>;
}
