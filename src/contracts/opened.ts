import type { Issue } from '../model/activity/issues.ts';
import type { Activity } from '../model/activity/schema.ts';

/** A picture or sound that came with an opened file. */
export interface OpenedMedia {
  path: string;
  blob: Blob;
}

/** A file opened in the player (app/own-library.ts): valid (it plays) or not (its issues are shown on the menu). */
export interface Opened {
  file: string;
  activity?: Activity;
  issues: Issue[];
  kept: boolean;
  text: string;
  media: OpenedMedia[];
}
