/**
 * Learning Locker's xAPI statements service (xapi-statements), as the end-to-end tests use it:
 * its memory models repository, its test auth (any key is accepted), on loopback only.
 * Started and stopped by Playwright (test/e2e/playwright.config.ts) around the tests.
 */
const http = require('node:http');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const scratch = mkdtempSync(path.join(tmpdir(), 'lopvui-lrs-'));
Object.assign(process.env, {
  EXPRESS_PORT: process.env.LRS_PORT || '8091',
  AUTH_REPO: 'test',
  EVENTS_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  FS_LOCAL_STORAGE_DIR: scratch,
  EXPRESS_MORGAN_DIRECTORY: path.join(scratch, 'accessLogs'),
  WINSTON_CONSOLE_LEVEL: 'warn',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
});
process.chdir(scratch); // it reads a .env and writes its files here, never in the project

// The service listens on every interface; a test LRS answers on loopback only.
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
  return listen.call(this, port, '127.0.0.1', ...rest.filter((a) => typeof a === 'function'));
};

require('xapi-statements/dist/server.js');
