import type { Issue } from '../model/activity/issues.ts';
import type { Activity } from '../model/activity/schema.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';

/** A picture or sound that came with an opened file. */
export interface OpenedMedia {
  path: string;
  blob: Blob;
}

/** One file's problems, as the error card lists them. */
export interface FileIssues {
  file: string;
  issues: Issue[];
}

/**
 * A file opened in the player (app/own-library.ts): an activity or a lesson, valid (it plays)
 * or not (its issues are shown on the menu).
 */
export interface Opened {
  file: string;
  activity?: Activity;
  lesson?: Lesson;
  issues: Issue[];
  kept: boolean;
  text: string;
  media: OpenedMedia[];
  /** A lesson opened with its activities: them (each previewed, kept with the lesson). */
  parts: Opened[];
  /** Every file opened together that has a problem (the lesson's activities included), for the error card. */
  problems: FileIssues[];
}
