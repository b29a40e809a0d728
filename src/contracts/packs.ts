import type { Issue } from '../model/activity/issues.ts';
import type { Decision } from '../model/pack/decide.ts';
import type { Manifest } from '../model/pack/manifest.ts';
import type { Pack } from '../model/pack/read.ts';

/** A pack read and checked, with what keeping it would do: shown to the teacher before anything is kept. */
export type Checked = { ok: false; name: string; errors: Issue[] } | { ok: true; name: string; pack: Pack; decision: Decision };

export type InstallResult = { status: 'installed' | 'updated'; manifest: Manifest; from?: string; skipped: string[] } | { status: 'same'; manifest: Manifest } | { status: 'refused'; errors: Issue[] };

export type Progress = (fraction: number) => void;

/** Who the teacher's exported packs name (remembered on the device). */
export interface PackAuthorship {
  authors: string[];
  license: string;
  school?: string;
  cluster?: string;
}

/** What the teacher's area does with packs (src/app/packs/ does it; src/ui/teacher/packs-panel.ts shows it). */
export interface PackActions {
  /** The packs kept, with their lesson plan and video as files the teacher can save or open. */
  kept(): readonly { id: string; manifest: Manifest; extras: readonly { path: string; blob: Blob }[] }[];
  check(name: string, bytes: Uint8Array, onProgress?: Progress): Promise<Checked>;
  keep(c: Checked, onProgress?: Progress): Promise<InstallResult>;
  remove(id: string): Promise<void>;
  /** Check and keep in one go (a pack downloaded from a library), with the same rules. */
  install(name: string, bytes: Uint8Array, onProgress?: Progress): Promise<InstallResult>;
  /** Play a pack without keeping it: its lesson (or first activity) opened as a file is; the id to play. */
  preview(name: string, bytes: Uint8Array): Promise<{ checked: Checked; play?: { kind: 'activity' | 'lesson'; id: string } }>;
  /** A pack dropped on the window, waiting for the teacher (taken once). */
  takeDropped(): { name: string; bytes: Uint8Array } | undefined;
  /** Everything that can be exported, lessons first. */
  exportable(): { kind: 'activity' | 'lesson'; id: string; title: string }[];
  export(item: { kind: 'activity' | 'lesson'; id: string }, who: PackAuthorship & { version: string }): Promise<{ name: string; bytes: Uint8Array }>;
  authorship(): Promise<PackAuthorship | undefined>;
  saveAuthorship(a: PackAuthorship): Promise<void>;
}
