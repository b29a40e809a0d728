/** The deployment's URL (the account homePage): where this copy of the player is served from. */
export function deploymentHome(): string {
  return new URL('./', location.href).href;
}
