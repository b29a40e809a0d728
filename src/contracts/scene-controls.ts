/**
 * Next / previous / reveal, from the projector's keys, a presentation clicker or the teacher's
 * bar (ui/stage-controls.ts). A scene says what they do (engine/services.ts `controls`).
 * `paged`: next and previous are the child's own way through (story pages), so they work
 * on a tablet too; otherwise they are the teacher's, in projector mode only.
 */
export interface SceneControls {
  next?(): void;
  previous?(): void;
  reveal?(): void;
  paged?: boolean;
}
