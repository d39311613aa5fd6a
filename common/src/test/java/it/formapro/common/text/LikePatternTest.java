package it.formapro.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void theTextAnywhereInLowerCase() {
        assertEquals("%customer care%", LikePattern.containing("Customer Care"));
    }

    @Test
    void wildcardsAndTheEscapeItselfAreLiteral() {
        assertEquals("%100\\% a\\_b c\\\\d%", LikePattern.containing("100% a_b c\\d"));
    }
}
