package it.formapro.catalog.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a PUT may still do to a CLOSED edition. CLOSED is final for the course: the qualification, provider, title,
 * place, dates, hours and capacity are what was delivered and stay as they are. The references exam-service prints on
 * every certificate and learning record (D.lgs 13/2013 art. 6: "the accredited provider with the references of its
 * accreditation" and the issuing public authority) belong to the documents, which are issued after the exam, usually
 * once the edition is closed, and which exam-service refuses to issue without them: they may be recorded or corrected
 * on a CLOSED edition, never removed, so a provider can always get its certificates. Plain Java.
 */
final class ClosedEdition {

    static final String PROVIDER_ACCREDITATION = "providerAccreditation";
    static final String ISSUING_REGION = "issuingRegion";
    /** The only fields a PUT may change on a CLOSED edition. */
    static final List<String> CHANGEABLE = List.of(PROVIDER_ACCREDITATION, ISSUING_REGION);

    private ClosedEdition() {
    }

    /**
     * The request's fields, other than the document references, whose value differs from the edition's (empty: none).
     * Texts are compared trimmed, as they are stored, and hours by value (208 == 208.00).
     *
     * @param qualificationVersion the version the request names, or the latest of its code when it names none (PUT
     *                             reads an omitted version as the latest); null when the code is unknown
     */
    static List<String> frozenFieldsChanged(CourseEdition e, EditionRequest r, Integer qualificationVersion) {
        List<String> changed = new ArrayList<>();
        boolean sameCode = e.qualification.code.equals(r.qualificationCode());
        if (!sameCode) {
            changed.add("qualificationCode");
        } else if (!Objects.equals(qualificationVersion, e.qualification.version)) {
            changed.add("qualificationVersion");
        }
        if (!e.provider.equals(trimmed(r.provider()))) {
            changed.add("provider");
        }
        if (!e.title.equals(trimmed(r.title()))) {
            changed.add("title");
        }
        if (!e.location.equals(trimmed(r.location()))) {
            changed.add("location");
        }
        if (!e.startDate.equals(r.startDate())) {
            changed.add("startDate");
        }
        if (!e.endDate.equals(r.endDate())) {
            changed.add("endDate");
        }
        if (!sameHours(e.plannedHours, r.plannedHours())) {
            changed.add("plannedHours");
        }
        if (!sameHours(e.plannedInternshipHours, r.plannedInternshipHours())) {
            changed.add("plannedInternshipHours");
        }
        if (!Objects.equals(e.capacity, r.capacity())) {
            changed.add("capacity");
        }
        return changed;
    }

    /**
     * The document references the edition has and the request would leave it without (empty: none). An omitted
     * issuingRegion removes nothing where the standard names the Region: the edition then has the standard's.
     */
    static List<String> referencesRemoved(CourseEdition e, EditionRequest r) {
        List<String> removed = new ArrayList<>();
        if (e.providerAccreditation != null && r.providerAccreditationOrNull() == null) {
            removed.add(PROVIDER_ACCREDITATION);
        }
        if (e.effectiveIssuingRegion() != null && r.issuingRegionOrNull() == null && e.qualification.region == null) {
            removed.add(ISSUING_REGION);
        }
        return removed;
    }

    /**
     * Whether the request names another issuing Region than the one the edition has (its own, else its standard's),
     * ignoring case: the Edition view shows the standard's Region, and sending it back changes nothing.
     */
    static boolean issuingRegionChanged(CourseEdition e, EditionRequest r) {
        String region = r.issuingRegionOrNull();
        return region != null && !region.equalsIgnoreCase(String.valueOf(e.effectiveIssuingRegion()));
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }

    private static boolean sameHours(BigDecimal stored, BigDecimal requested) {
        return stored == null || requested == null ? stored == requested : stored.compareTo(requested) == 0;
    }
}
