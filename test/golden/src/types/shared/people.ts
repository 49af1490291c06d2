// Generated from the YAML spec by `npm run generate`. Do not edit.
/** Someone who owns pets. */
export interface Owner {
  /** @format email */
  email: string;
  /** Other owners; a model may refer to itself. */
  friends?: Array<Owner>;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  since?: string;
}

/**
 * Someone who owns pets.
 *
 * The request form of {@link Owner}, without its readOnly fields.
 */
export interface OwnerParam {
  /** @format email */
  email: string;
  /** Other owners; a model may refer to itself. */
  friends?: Array<OwnerParam>;
}
