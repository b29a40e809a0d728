/**
 * The pack's identifiers as plain patterns, without zod: the app's main chunk (version rules,
 * the teacher's form) needs them without the schema library, which loads only when a pack is read.
 */
/** A pack id: lower case, digits, dashes and dots ("cum-3.toan-lop-1"); it names the pack across versions. */
export const PACK_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** Semantic version x.y.z (no pre-release tags: a teacher compares three numbers). */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/** An SPDX licence id as the SPDX list writes them ("CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "MIT"). */
export const SPDX_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;
export const DEFAULT_LICENSE = 'CC-BY-4.0';
export const PACK_FORMAT = 1;
