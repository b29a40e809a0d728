/** Activity packs (`.lopvui`): the format, read and written without the DOM (CLI, tests, the app). */
export { sha256Hex } from './hash.ts';
export { DEFAULT_LIMITS, type PackLimits } from './limits.ts';
export { DEFAULT_LICENSE, type FileRole, type Manifest, manifestSchema, PACK_FORMAT, type PackFile, serializeManifestJsonSchema } from './manifest.ts';
export { isSafePath, mediaPathOf, roleOfPath } from './paths.ts';
export { type Pack, type PackedJson, type ReadOptions, type ReadResult, readPack } from './read.ts';
export { compareVersions } from './version.ts';
export { decideInstall, type Decision, type DeviceIds, type KeptPack } from './decide.ts';
export { type PackInput, writePack } from './write.ts';
