package it.formapro.enrollment.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.enrollment.eligibility.Citizenship;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EuMemberStatesTest {

    static final List<String> ISO_CODES = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    @Test
    void theTwentySevenMemberStatesByIsoCode() {
        assertEquals(27, EuMemberStates.count());
        Set<String> states = new HashSet<>();
        for (String code : ISO_CODES) {
            states.add(EuMemberStates.memberState(code).orElseThrow(() -> new AssertionError(code)));
        }
        assertEquals(27, states.size(), "each code names a different state");
        assertEquals(Optional.of("Greece"), EuMemberStates.memberState("EL"), "the EU's own code for Greece");
    }

    @Test
    void englishAndItalianNamesCaseAndSpacesIgnored() {
        assertEquals(Optional.of("Germany"), EuMemberStates.memberState("germania"));
        assertEquals(Optional.of("Germany"), EuMemberStates.memberState(" GERMANY "));
        assertEquals(Optional.of("Netherlands"), EuMemberStates.memberState("Paesi  Bassi"));
        assertEquals(Optional.of("Czechia"), EuMemberStates.memberState("Czech Republic"));
        assertEquals(Optional.of("Italy"), EuMemberStates.memberState("Italia"));
        assertEquals(Optional.of("Croatia"), EuMemberStates.memberState("croazia"));
    }

    @Test
    void formerAndNonMembersAreNotMembers() {
        for (String other : List.of("United Kingdom", "GB", "Regno Unito", "Albania", "AL", "Svizzera", "CH", "Norway", "Ucraina", "")) {
            assertTrue(EuMemberStates.memberState(other).isEmpty(), other);
        }
    }

    @Test
    void citizenshipMustAgreeWithTheCountry() {
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.ITALIAN, "IT").isEmpty());
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.EU, "Spagna").isEmpty());
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.NON_EU, "Albania").isEmpty());
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.NON_EU, "Atlantis").isEmpty(), "an unknown country is not EU");
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.EU, null).isEmpty(), "no country, nothing to check");
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.EU, "  ").isEmpty());

        String eu = ConsistentCitizenship.Validator.problem(Citizenship.EU, "Albania").orElseThrow();
        assertTrue(eu.contains("citizenshipCountry 'Albania'") && eu.contains("citizenship EU"), eu);
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.EU, "Italy").orElseThrow().contains("ITALIAN"));
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.EU, "Atlantis").isPresent(), "EU needs a known member state");
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.ITALIAN, "France").orElseThrow().contains("is EU"));
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.ITALIAN, "Albania").isPresent());
        assertTrue(ConsistentCitizenship.Validator.problem(Citizenship.NON_EU, "it").orElseThrow().contains("ITALIAN"));
        String nonEu = ConsistentCitizenship.Validator.problem(Citizenship.NON_EU, "Francia").orElseThrow();
        assertTrue(nonEu.contains("France is an EU member state"), nonEu);
        assertFalse(ConsistentCitizenship.Validator.problem(Citizenship.NON_EU, "Francia").isEmpty());
    }
}
