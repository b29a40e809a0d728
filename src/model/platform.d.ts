/**
 * What src/model uses of its runtime beyond ES2022: both the browser and Node (≥ 17) provide
 * it. The model is type-checked without the DOM library (tsconfig.model.json); anything more
 * it needs of the platform is declared here, on purpose, one line each.
 */
declare function structuredClone<T>(value: T): T;
