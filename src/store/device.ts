import { v4 as uuid } from 'uuid';

/**
 * The learner on this device until the class roster exists: one opaque local id, kept in
 * localStorage. Never a name or an email (xAPI `account` actor).
 */
export function localLearnerId(): string {
  const key = 'lopvui.learner';
  try {
    const known = localStorage.getItem(key);
    if (known) return known;
    const id = uuid();
    localStorage.setItem(key, id);
    return id;
  } catch {
    return 'anonymous';
  }
}

/** The deployment's URL (the account homePage): where this copy of the player is served from. */
export function deploymentHome(): string {
  return new URL('./', location.href).href;
}
