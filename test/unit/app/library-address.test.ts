import { describe, expect, it } from 'vitest';
import { libraryFolder } from '../../../src/app/library/address.ts';

const page = 'http://192.168.1.10:8080';

describe('the library folder address', () => {
  it('takes a folder or its library.json, and gives the folder ending in /', () => {
    expect(libraryFolder(' https://kho.cum3.edu.vn/goi ', page)).toEqual({ ok: true, folder: 'https://kho.cum3.edu.vn/goi/' });
    expect(libraryFolder('https://kho.cum3.edu.vn/goi/library.json?x=1#top', page)).toEqual({ ok: true, folder: 'https://kho.cum3.edu.vn/goi/' });
    expect(libraryFolder('https://kho.cum3.edu.vn', page)).toEqual({ ok: true, folder: 'https://kho.cum3.edu.vn/' });
  });

  it('allows plain http only on this device or on the player’s own server (what the page’s CSP lets it read)', () => {
    expect(libraryFolder('http://127.0.0.1:9000/kho/', page)).toEqual({ ok: true, folder: 'http://127.0.0.1:9000/kho/' });
    expect(libraryFolder('http://localhost/kho', page)).toEqual({ ok: true, folder: 'http://localhost/kho/' });
    expect(libraryFolder('http://192.168.1.10:8080/kho/', page)).toEqual({ ok: true, folder: 'http://192.168.1.10:8080/kho/' });
    expect(libraryFolder('http://192.168.1.20/kho/', page)).toEqual({ ok: false, problem: 'insecure' });
  });

  it('refuses what is not a web address, and credentials in it', () => {
    expect(libraryFolder('kho của trường', page)).toEqual({ ok: false, problem: 'invalid' });
    expect(libraryFolder('ftp://kho.edu.vn/', page)).toEqual({ ok: false, problem: 'scheme' });
    expect(libraryFolder('file:///media/usb/kho/', page)).toEqual({ ok: false, problem: 'scheme' });
    expect(libraryFolder('https://co:mk@kho.edu.vn/', page)).toEqual({ ok: false, problem: 'credentials' });
  });
});
