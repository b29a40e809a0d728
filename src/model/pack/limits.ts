/**
 * How big a pack may be. A pack comes on a USB stick or from a school's server and is unpacked
 * in a tablet's memory: these bounds keep a damaged or hostile file (a zip bomb: a few kilobytes
 * that unpack to gigabytes) from exhausting it. Sizes are checked from the zip's directory before
 * anything is unpacked, and fflate never writes past the size the directory declares.
 */
export interface PackLimits {
  /** The unpacked files together, and the zip itself. */
  maxTotalBytes: number;
  maxFiles: number;
  /** Any one file but the video (an activity, a picture, a sound, the lesson plan). */
  maxFileBytes: number;
  /** The demonstration video. */
  maxVideoBytes: number;
  /** Unpacked size over packed size, for a file above `ratioFloorBytes` (text deflates ~10×; 100× is a bomb). */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: PackLimits = {
  maxTotalBytes: 150 * MB,
  maxFiles: 2000,
  maxFileBytes: 20 * MB,
  maxVideoBytes: 100 * MB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
};

/** Megabytes as messages show them (one decimal). */
export const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
