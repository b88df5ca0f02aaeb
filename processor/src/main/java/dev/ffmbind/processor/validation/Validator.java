package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.model.LibraryModel;

/**
 * Every semantic check of a binding, whichever front end built it: indexes the model once into a
 * {@link ValidationContext}, then runs the validator of each kind of declaration in a fixed order
 * (see the package documentation). All problems are reported; the generator runs only for a model
 * that passed without errors.
 */
public final class Validator {

  /** Checks a model, adding every problem to {@code diagnostics}. */
  public void validate(LibraryModel model, Diagnostics diagnostics) {
    ValidationContext context = ValidationContext.of(model);
    SharedChecks shared = new SharedChecks(context, diagnostics);
    new LibraryValidator(context, diagnostics, shared).validate();
    new TypedefValidator(context, diagnostics).validate();
    new ConstantValidator(context, diagnostics).validate();
    new EnumValidator(context, diagnostics).validate();
    new StructValidator(context, diagnostics).validate();
    new ResidentValidator(context, diagnostics).validate();
    new OpaqueTypeValidator(context, diagnostics).validate();
    new StatusTableValidator(context, diagnostics).validate();
    new CallbackValidator(context, diagnostics, shared).validate();
    new FunctionValidator(context, diagnostics, shared).validate();
  }
}
