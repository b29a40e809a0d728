import { z } from 'zod';

/**
 * zod compiles fast parsers with `new Function` after probing whether it may; under the page's
 * Content-Security-Policy (script-src 'self', no 'unsafe-eval') the probe itself is reported as
 * a violation. Jitless parsing is plenty fast for activity files and backups. zod reads this
 * when each object schema is built, so this module is imported before any schema module.
 */
z.config({ jitless: true });
