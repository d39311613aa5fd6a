package it.formapro.enrollment.student;

import it.formapro.enrollment.student.StudentDtos.StudentInput;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * {@code birthDate} must agree with the birth day a codice fiscale encodes (DM 23/12/1976: year modulo 100, month
 * letter, day of month +40 for women): a typo in either would give the age rules, the certificate and the identity
 * check two different people. Applies to a student with a codice fiscale and a birth date (an invalid code is left to
 * {@link ValidFiscalCode}); the message names which parts differ, never the code.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentBirthDate.Validator.class)
public @interface ConsistentBirthDate {

    String message() default "the birth date does not agree with the codice fiscale";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentBirthDate, StudentInput> {
        @Override
        public boolean isValid(StudentInput value, ConstraintValidatorContext context) {
            Optional<String> problem = value == null || value.fiscalCode() == null ? Optional.empty()
                    : FiscalCode.birthDateProblem(value.fiscalCode(), value.birthDate());
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // a fixed text (no caller input), so it cannot be read as a message expression
            context.buildConstraintViolationWithTemplate(problem.get()).addPropertyNode("birthDate").addConstraintViolation();
            return false;
        }
    }
}
