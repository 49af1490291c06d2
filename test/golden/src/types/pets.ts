// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountOrZoneScope, AccountScope, ZoneScope } from '../runtime/index.js';
import type { Owner, OwnerParam } from './shared/people.js';

/** A cat or a dog. */
export type Pet = Cat | Dog;
/**
 * A cat or a dog.
 *
 * The request form of {@link Pet}, without its readOnly fields.
 */
export type PetParam = CatParam | DogParam;

/** What every pet has. */
export interface Animal {
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format uuid
   */
  id: string;
  name: string;
}

export interface Cat {
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format uuid
   */
  id: string;
  kind: 'cat';
  /** @maxLength 50 */
  name: string;
  /**
   * @minimum 0
   * @maximum 9
   * @default 9
   */
  lives?: number;
  /** Free-form labels. */
  tags?: Record<string, string>;
  /** Documented as `favourite_toy`. */
  favouriteToy?: string;
  breed?: string;
  /** An owner's id; returned as the owner. */
  friend?: Owner;
}

/** The request form of {@link Cat}, without its readOnly fields. */
export interface CatParam {
  kind: 'cat';
  /** @maxLength 50 */
  name: string;
  /**
   * @minimum 0
   * @maximum 9
   * @default 9
   */
  lives?: number;
  /** Free-form labels. */
  tags?: Record<string, string>;
  /** Documented as `favourite_toy`. */
  favouriteToy?: string;
  breed: string;
  /** An owner's id; returned as the owner. */
  friend?: string;
}

export interface Dog {
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format uuid
   */
  id: string;
  name: string;
  kind: 'dog';
  good?: boolean | null;
  /** @deprecated Use weight. */
  size?: 'small' | 'large';
  /** @minimum 0 */
  weight?: number;
  owner?: Owner;
  /** @pattern ^[0-9]{15}$ */
  'x-chip'?: string;
}

/** The request form of {@link Dog}, without its readOnly fields. */
export interface DogParam {
  name: string;
  kind: 'dog';
  good?: boolean | null;
  /** @deprecated Use weight. */
  size?: 'small' | 'large';
  /** @minimum 0 */
  weight?: number;
  owner?: OwnerParam;
  /** @pattern ^[0-9]{15}$ */
  'x-chip'?: string;
}

/** Parameters of `zoo.pets.list`. */
export type PetListParams = AccountScope & {
  /** Only pets of this kind. */
  kind?: 'cat' | 'dog';
  /** Where the page starts. */
  cursor?: string;
};
/** Parameters of `zoo.pets.get`. */
export type PetGetParams = AccountOrZoneScope;
/** Parameters of `zoo.pets.create`. */
export type PetCreateParams = AccountScope & PetParam;
/** Parameters of `zoo.pets.setTags`. */
export type PetSetTagsParams = ZoneScope & {
  /** The new tags. */
  body: Array<string>;
};
