// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Zoo, BaseZoo } from './zoo.js';
export { Pets, BasePets } from './pets.js';
