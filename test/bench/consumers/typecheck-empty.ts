// The type-check floor (part 3): no package at all, so tsc loads only its own libs and @types/node.
export const nothing = 0;
