/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:lopvui/catalog' {
  import type { CatalogEntry } from './library.ts';
  import type { Activity } from '../model/activity/schema.ts';
  import type { Lesson } from '../model/lesson/lesson-schema.ts';
  export const entries: CatalogEntry[];
  export const lessons: Lesson[];
  export const loaders: Record<string, () => Promise<{ default: Activity }>>;
}
