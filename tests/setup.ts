// Test setup shared by every vitest file.
export {};
