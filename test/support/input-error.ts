// The InputError a call throws, for tests of input readers: fails the test when it throws nothing
// or something else.
import { expect } from 'vitest';
import { InputError } from '../../shared/runtime/errors.js';

export function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}
