// The reference module of the import-time benchmark: as small as a module gets.
export const tiny = 1;
