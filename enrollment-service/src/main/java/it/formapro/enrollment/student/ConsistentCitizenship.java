package it.formapro.enrollment.student;

import it.formapro.enrollment.eligibility.Citizenship;
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
 * {@code citizenship} must agree with {@code citizenshipCountry} when a country is given: it decides which entry rules
 * apply (only non-EU citizens need a residence permit, standard 001 sez. 3 "I cittadini extracomunitari devono disporre
 * di regolare permesso di soggiorno", the suite's default elsewhere), so an EU citizenship declared for Albania would
 * skip the permit. ITALIAN is Italy, EU one of the 26 other member states, NON_EU neither (an unknown country is fine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentCitizenship.Validator.class)
public @interface ConsistentCitizenship {

    String message() default "citizenship does not match citizenshipCountry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentCitizenship, StudentInput> {
        @Override
        public boolean isValid(StudentInput value, ConstraintValidatorContext context) {
            Optional<String> problem = value == null ? Optional.empty() : problem(value.citizenship(), value.citizenshipCountry());
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // the country is the caller's text: escaped, so it is never read as a message parameter or expression
            String literal = problem.get().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
            context.buildConstraintViolationWithTemplate(literal)
                    .addPropertyNode("citizenshipCountry").addConstraintViolation();
            return false;
        }

        /** Why the pair is inconsistent, or empty when it is consistent (or there is no country to check). Plain Java. */
        static Optional<String> problem(Citizenship citizenship, String country) {
            if (citizenship == null || country == null || country.isBlank()) {
                return Optional.empty();
            }
            Optional<String> member = EuMemberStates.memberState(country);
            boolean italy = member.filter(EuMemberStates.ITALY::equals).isPresent();
            String mismatch = "citizenshipCountry '" + country.trim() + "' does not match citizenship " + citizenship + ": ";
            return switch (citizenship) {
                case ITALIAN -> italy ? Optional.empty()
                        : Optional.of(mismatch + "an Italian citizen's country is Italy (Italia, IT)"
                        + (member.isPresent() ? "; a citizen of " + member.get() + " is EU" : "; a citizen of a non-EU country is NON_EU"));
                case EU -> member.isPresent() && !italy ? Optional.empty()
                        : Optional.of(mismatch + (italy ? "Italy's citizens are ITALIAN"
                        : "EU means one of the 26 EU member states other than Italy, by English or Italian name or ISO 3166 "
                        + "alpha-2 code, and this is not one; a citizen of a non-EU country is NON_EU"));
                case NON_EU -> member.isEmpty() ? Optional.empty()
                        : Optional.of(mismatch + (italy ? "Italy's citizens are ITALIAN" : member.get() + " is an EU member state, so its citizens are EU"));
            };
        }
    }
}
