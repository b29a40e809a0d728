/** Offer a file to save, made in the page: nothing is uploaded anywhere. */
export function download(filename: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-11-24`, for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
