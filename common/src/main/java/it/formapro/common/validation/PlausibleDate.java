package it.formapro.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date the suite takes from a client (a birth date, a document's, a course's, a lesson's, an exam's, a query's
 * {@code asOf}): from {@link #FIRST} to {@link #LAST}. JSON and query parameters read any year from -999999999 to
 * +999999999 ("+9999999-12-31"), and such a date would break the age arithmetic (a birthday past LocalDate.MAX) or
 * PostgreSQL's date range (4713 BC - 5874897 AD) with a 500; an input beyond these bounds is a typo, refused with 400
 * like any other invalid field (on a {@code @QueryParam} too: the resource's method validation reports it by the
 * parameter's name). The lower bound leaves room for a codice fiscale's century ambiguity (a birth date of 1890 agrees
 * with the code of 1990); null is allowed (pair with {@code @NotNull} where a date is required). Plain Java.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
public @interface PlausibleDate {

    LocalDate FIRST = LocalDate.of(1850, 1, 1);
    LocalDate LAST = LocalDate.of(2199, 12, 31);

    String message() default "must be a date between 1850-01-01 and 2199-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(FIRST) && !value.isAfter(LAST);
        }
    }
}
