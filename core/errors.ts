/**
 * Named errors. An InputError is the user's to fix (exit status 2); it names the file and
 * the field and says what is wrong, in one line. Anything else is a failure at run time.
 */
export class InputError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.field = field;
    this.problem = problem;
  }

  /** The same error, naming the file it came from (models know only their own name). */
  inFile(file: string): InputError {
    const error = new InputError(file, this.field, this.problem);
    error.name = this.name;
    return error;
  }
}

/** A model or estimator asked for something it cannot do (e.g. enumeration past 24 spins). */
export class IntractableError extends InputError {
  constructor(file: string, field: string, problem: string) {
    super(file, field, problem);
    this.name = 'IntractableError';
  }
}

/** Numbers went non-finite during a run (weights, gradients, log weights). */
export class NumericalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NumericalError';
  }
}
