/** The key a kernel is filed under in KERNELS. */
export function kernelKey(model: string, family: string, isOneSample: boolean): string {
  return `${model}/${family}/${isOneSample ? 1 : "n"}`;
}
