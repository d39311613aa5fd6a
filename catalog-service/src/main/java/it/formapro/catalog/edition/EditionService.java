package it.formapro.catalog.edition;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.catalog.qualification.Qualification;
import it.formapro.catalog.rules.EditionRules;
import it.formapro.catalog.rules.RulesMapper;
import it.formapro.catalog.standard.TrainingStandard;
import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.Problem.Violation;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.text.OptionalText;
import it.formapro.common.time.Italy;
import it.formapro.common.time.Timestamps;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.common.web.PageOf;
import it.formapro.common.web.ReadVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/** Course editions: creation and changes checked against the exact standard version, status life cycle. */
@ApplicationScoped
public class EditionService {

    /** The outcome of a create: {@code replayed} when an Idempotency-Key matched an earlier identical request. */
    public record Created(EditionView edition, boolean replayed) {
    }

    public CourseEdition get(long id) {
        CourseEdition e = CourseEdition.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Course edition", id);
        }
        return e;
    }

    /**
     * One page of editions. {@code enrollable} keeps those that still take students: OPEN or RUNNING (enrollment-
     * service accepts no other) and not yet ended in Italy's today. Whether a RUNNING one is past its latest joining
     * point depends on the hours delivered, which attendance-service knows: enrollment-service checks that. The
     * Region is the one issuing the edition's certificates (its own, else its standard's), compared ignoring case.
     */
    public PageOf<CourseEdition> list(EditionFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String qualificationCode = OptionalText.strippedOrNull(filter.qualificationCode());
        if (qualificationCode != null) {
            where.append(" and qualification.code = :code");
            params.and("code", qualificationCode);
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.enrollable()) {
            where.append(" and status in :enrollable and endDate >= :today");
            params.and("enrollable", EnumSet.of(EditionStatus.OPEN, EditionStatus.RUNNING)).and("today", Italy.today());
        }
        String region = OptionalText.strippedOrNull(filter.region());
        if (region != null) {
            where.append(" and lower(coalesce(issuingRegion, qualification.region)) = lower(:region)");
            params.and("region", region);
        }
        long total = CourseEdition.count(where.toString(), params);
        List<CourseEdition> items = CourseEdition.<CourseEdition>find(where + " order by startDate, id", params)
                .page(Page.of(page, size)).list();
        return new PageOf<>(items, total);
    }

    /** The filters of {@code GET /editions}; null or false for none. */
    public record EditionFilter(String qualificationCode, EditionStatus status, boolean enrollable, String region) {
    }

    public EditionRules rules(long id) {
        CourseEdition e = get(id);
        TrainingStandard s = e.qualification.trainingStandard;
        if (s == null) { // cannot happen for editions created through the API; say so rather than fail
            throw noStandard(e.qualification);
        }
        return RulesMapper.rulesOf(e, s);
    }

    @Transactional
    public Created create(EditionRequest r, String idempotencyKey) {
        String fingerprint = fingerprint(r);
        if (idempotencyKey != null) {
            IdempotencyKey.refuseIfInFlight(CourseEdition.getEntityManager(), "edition", idempotencyKey);
            CourseEdition earlier = CourseEdition.find("idempotencyKey", idempotencyKey).firstResult();
            if (earlier != null) {
                if (!fingerprint.equals(earlier.requestFingerprint)
                        && !legacyFingerprint(r).equals(earlier.requestFingerprint)) {
                    throw ProblemException.idempotencyKeyReused("Idempotency-Key '" + idempotencyKey + "' was already "
                            + "used for a different request (edition " + earlier.id + "); use a new key for a new edition",
                            ProblemException.figures("editionId", earlier.id));
                }
                return new Created(EditionView.of(earlier), true);
            }
        }
        Qualification q = resolve(r.qualificationCode(), r.qualificationVersion());
        check(r, q);
        CourseEdition e = new CourseEdition();
        apply(e, r, q);
        e.status = EditionStatus.PLANNED;
        e.idempotencyKey = idempotencyKey;
        e.requestFingerprint = fingerprint;
        e.createdAt = e.updatedAt;
        try {
            e.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException ex) {
            // two concurrent requests with the same Idempotency-Key, which refuseIfInFlight answered already: the
            // unique index backs it up. Any other failure is not that, and "retry it" would loop a client for ever:
            // it goes on to the generic mappers.
            if (idempotencyKey != null && IdempotencyKeyConflict.in(ex)) {
                throw ProblemException.idempotencyKeyInFlight(idempotencyKey);
            }
            throw ex;
        }
        return new Created(EditionView.of(e), false);
    }

    @Transactional
    public EditionView update(long id, EditionRequest r) {
        CourseEdition e = get(id);
        ReadVersion.requireCurrent("Edition", e.id, r.version(), e.version);
        if (e.status == EditionStatus.CLOSED) {
            return updateClosed(e, r);
        }
        Qualification q = resolve(r.qualificationCode(), r.qualificationVersion());
        if (!q.id.equals(e.qualification.id) && e.status != EditionStatus.PLANNED) {
            throw ProblemException.conflict("qualification-locked",
                    "Edition " + id + " is " + e.status + ": its qualification (" + e.qualification.code + " v"
                            + e.qualification.version + ") can only be changed while the edition is PLANNED");
        }
        check(r, q);
        apply(e, r, q);
        e.flush();
        return EditionView.of(e); // mapped inside the transaction: the session closes with it
    }

    /**
     * A PUT on a CLOSED edition: only the references its documents carry may be recorded or corrected (ClosedEdition).
     * The plan is not judged against the standard again (it is final, and a rule added since must not lock the
     * references out); a Region is still checked against the standard's.
     */
    private EditionView updateClosed(CourseEdition e, EditionRequest r) {
        Integer qualificationVersion = r.qualificationVersion() != null ? r.qualificationVersion()
                : Qualification.findLatest(r.qualificationCode()).map(q -> q.version).orElse(null);
        List<String> changed = ClosedEdition.frozenFieldsChanged(e, r, qualificationVersion);
        if (!changed.isEmpty()) {
            throw closed(e, "its course data are final; only the references its documents carry "
                    + ClosedEdition.CHANGEABLE + " may still be recorded or corrected. These fields differ from the "
                    + "edition's: " + changed + "; send them as GET /editions/" + e.id + " has them", changed,
                    "frozen on a CLOSED edition");
        }
        List<String> removed = ClosedEdition.referencesRemoved(e, r);
        if (!removed.isEmpty()) {
            throw closed(e, "the references its documents carry " + ClosedEdition.CHANGEABLE + " may be recorded or "
                    + "corrected, not removed: exam-service issues no certificate or learning record without them "
                    + "(D.lgs 13/2013 art. 6). Send " + removed + " again", removed, "may not be removed on a CLOSED edition");
        }
        checkIssuingRegion(r, e.qualification);
        String accreditation = r.providerAccreditationOrNull();
        boolean regionChanged = ClosedEdition.issuingRegionChanged(e, r);
        if (!Objects.equals(accreditation, e.providerAccreditation) || regionChanged) {
            e.providerAccreditation = accreditation;
            if (regionChanged) {
                e.issuingRegion = r.issuingRegionOrNull();
            }
            e.updatedAt = Timestamps.now();
            e.flush();
        }
        return EditionView.of(e); // mapped inside the transaction: the session closes with it
    }

    private static ProblemException closed(CourseEdition e, String why, List<String> fields, String message) {
        return new ProblemException(409, "edition-closed", "Conflict with the current state",
                "Edition " + e.id + " is CLOSED: " + why,
                fields.stream().map(f -> new Violation(f, message)).toList(),
                ProblemException.figures("status", e.status, "fields", fields, "changeableFields", ClosedEdition.CHANGEABLE));
    }

    @Transactional
    public EditionView changeStatus(long id, StatusChange change) {
        CourseEdition e = get(id);
        if (change.version() != null) {
            ReadVersion.requireSame("Edition", e.id, change.version(), e.version);
        }
        if (!e.status.canMoveTo(change.status())) {
            throw new ProblemException(409, "invalid-status-transition", "Conflict with the current state",
                    "Edition " + id + " is " + e.status + " and cannot move to " + change.status() + "; allowed next: "
                            + (e.status.allowedNext().isEmpty() ? "none (CLOSED is final)" : e.status.allowedNext()),
                    null, ProblemException.figures("currentStatus", e.status, "requestedStatus", change.status(),
                    "allowedNext", e.status.allowedNext().stream().sorted().toList()));
        }
        e.status = change.status();
        e.updatedAt = Timestamps.now();
        e.flush();
        return EditionView.of(e); // mapped inside the transaction: the session closes with it
    }

    /** The exact qualification version an edition runs on; refuses unknown codes, versions and profile-only ones. */
    Qualification resolve(String code, Integer version) {
        List<Integer> versions = Qualification.versionsOf(code);
        if (versions.isEmpty()) {
            List<String> known = Qualification.<Qualification>find("select distinct q.code from Qualification q order by q.code")
                    .project(String.class).list();
            throw ProblemException.ruleViolation("unknown-qualification",
                    "No qualification with code '" + code + "' in the catalogue; known codes: " + known,
                    List.of(new Violation("qualificationCode", "unknown qualification '" + code + "'")),
                    ProblemException.figures("qualificationCode", code, "knownCodes", known));
        }
        Qualification q = version == null ? Qualification.findLatest(code).orElseThrow()
                : Qualification.findVersion(code, version).orElse(null);
        if (q == null) {
            throw ProblemException.ruleViolation("unknown-qualification-version",
                    "Qualification " + code + " has no version " + version + "; available versions: " + versions,
                    List.of(new Violation("qualificationVersion", "unknown version " + version + " of qualification " + code)),
                    ProblemException.figures("qualificationCode", code, "qualificationVersion", version,
                            "availableVersions", versions));
        }
        if (q.trainingStandard == null) {
            throw noStandard(q);
        }
        return q;
    }

    static ProblemException noStandard(Qualification q) {
        String act = q.act == null ? "" : ", " + q.region + " " + q.act;
        return ProblemException.ruleViolation("no-training-standard",
                "Qualification " + q.code + " v" + q.version + " (" + q.title + ") has a professional profile only and no "
                        + "training standard (" + q.source + "): without minimum hours, attendance thresholds and units "
                        + "no course edition can be opened on it",
                List.of(new Violation("NO_TRAINING_STANDARD",
                        "the qualification is a professional profile only, approved without a training standard" + act,
                        q.source)),
                ProblemException.figures("qualificationCode", q.code, "qualificationVersion", q.version,
                        "competenceUnits", q.competenceUnits.size()));
    }

    private static void check(EditionRequest r, Qualification q) {
        EditionValidator.EditionPlan plan = new EditionValidator.EditionPlan(r.startDate(), r.endDate(), r.plannedHours(),
                r.plannedInternshipHours(), r.capacity());
        List<Violation> dates = EditionValidator.checkDates(plan);
        if (!dates.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", dates.get(0).message(), dates,
                    ProblemException.figures("startDate", r.startDate(), "endDate", r.endDate()));
        }
        checkIssuingRegion(r, q);
        TrainingStandard s = q.trainingStandard;
        EditionValidator.Outcome outcome = EditionValidator.validate(plan, new EditionValidator.StandardLimits(
                q.code, q.source, s.minTotalHours, s.minClassroomHours, s.internshipMinHours, s.internshipMaxHours, s.internshipIncludedInTotal,
                s.additionalUnitsMaxPercent));
        if (!outcome.ok()) {
            throw ProblemException.ruleViolation("edition-rules",
                    "The edition does not meet the standard of qualification " + q.code + " v" + q.version + ": "
                            + String.join("; ", outcome.violations().stream().map(Violation::message).toList()),
                    outcome.violations(), outcome.figures());
        }
    }

    private static void checkIssuingRegion(EditionRequest r, Qualification q) {
        String region = r.issuingRegionOrNull();
        if (region != null && q.region != null && !region.equalsIgnoreCase(q.region)) {
            // the certificate is issued by the Region of the repertorio the qualification belongs to
            throw ProblemException.ruleViolation("edition-rules", "Qualification " + q.code + " v" + q.version
                            + " belongs to the repertorio of Regione " + q.region + ", which issues its certificates, not Regione "
                            + region + ": leave issuingRegion out, or send " + q.region,
                    List.of(new Violation("issuingRegion", "must be the standard's Region, " + q.region, q.source)),
                    ProblemException.figures("issuingRegion", region, "standardRegion", q.region));
        }
    }

    private static void apply(CourseEdition e, EditionRequest r, Qualification q) {
        e.qualification = q;
        e.provider = r.provider().trim();
        e.providerAccreditation = r.providerAccreditationOrNull();
        e.issuingRegion = r.issuingRegionOrNull();
        e.title = r.title().trim();
        e.location = r.location().trim();
        e.startDate = r.startDate();
        e.endDate = r.endDate();
        e.plannedHours = hours(r.plannedHours());
        e.plannedInternshipHours = hours(r.plannedInternshipHours());
        e.capacity = r.capacity();
        e.updatedAt = Timestamps.now();
    }

    /**
     * Same key + same content = same edition; compares the meaning, not the JSON spelling (208 == 208.00), field by
     * field ({@link IdempotencyKey#fingerprint}: no two requests run together into the same text).
     */
    static String fingerprint(EditionRequest r) {
        return IdempotencyKey.fingerprint(r.provider(), r.qualificationCode(), r.qualificationVersion(), r.title(),
                r.location(), r.startDate(), r.endDate(), r.plannedHours(), r.plannedInternshipHours(), r.capacity(),
                r.providerAccreditationOrNull(), r.issuingRegionOrNull());
    }

    /**
     * The fingerprint stored with keys before it was written field by field: fields joined with '|', so a '|' inside
     * a provider or title could make two requests alike. A retry of such a request still finds its edition.
     */
    static String legacyFingerprint(EditionRequest r) {
        String canonical = String.join("|", r.provider(), r.qualificationCode(), Objects.toString(r.qualificationVersion()),
                r.title(), r.location(), Objects.toString(r.startDate()), Objects.toString(r.endDate()),
                num(r.plannedHours()), num(r.plannedInternshipHours()), Objects.toString(r.capacity()))
                + (r.providerAccreditationOrNull() == null ? "" : "|" + r.providerAccreditationOrNull())
                + (r.issuingRegionOrNull() == null ? "" : "|region=" + r.issuingRegionOrNull());
        return Sha256.hex(canonical);
    }

    /** Hours are decimals with 2 places (docs/CONTRACTS.md); @Digits has already refused finer values. */
    private static BigDecimal hours(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static String num(BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }
}
