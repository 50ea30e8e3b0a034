/** Types of bench/corpus.mjs, which the differential test shares with the benchmark. */
export declare const invalidKinds: readonly string[];
export declare function numbersFile(count: number, format: 'yaml' | 'json'): { text: string; invalid: number[] };
export declare function numberFile(index: number): { text: string; invalid: boolean };
