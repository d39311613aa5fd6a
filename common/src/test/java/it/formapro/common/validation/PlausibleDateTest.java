package it.formapro.common.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlausibleDateTest {

    private final PlausibleDate.Validator validator = new PlausibleDate.Validator();

    @Test
    void acceptsTheBoundsAndNullRefusesWhatLiesBeyond() {
        assertTrue(validator.isValid(null, null));
        assertTrue(validator.isValid(LocalDate.of(1850, 1, 1), null));
        assertTrue(validator.isValid(LocalDate.of(2199, 12, 31), null));
        assertFalse(validator.isValid(LocalDate.of(1849, 12, 31), null));
        assertFalse(validator.isValid(LocalDate.of(2200, 1, 1), null));
        assertFalse(validator.isValid(LocalDate.MAX, null));
        assertFalse(validator.isValid(LocalDate.MIN, null));
    }
}
