package it.formapro.enrollment.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.enrollment.support.DownstreamStubs;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V10 run on the data it must not fail on: the service's migrations, up to V6, in a schema of their own, students
 * inserted as they could stand before V7, then V7-V9 and V10. Same test resources as the HTTP tests, so the running
 * application is shared, not restarted.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class IdentityDocumentMigrationTest {

    static final String SCHEMA = "v10_migration_check";

    @Inject
    AgroalDataSource dataSource;

    Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).target(target)
                .locations("filesystem:src/main/resources/db/migration").load();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void sharedDocumentsAreMarkedNotMergedWithOrWithoutACodiceFiscaleAndTheIndexGuardsTheRest() throws SQLException {
        dropSchema();
        flyway("6").migrate();
        long withCf = insert("'CFOLDEST0000001'", "'PASSPORT'", "'YA1'");
        long noCf = insert("NULL", "'PASSPORT'", "'YA1'");
        long noCfTyped = insert("NULL", "'PASSPORT'", "'ya 1'");
        long cardA = insert("'CFCARDA00000001'", "'IDENTITY_CARD'", "'Z9'");
        long cardB = insert("'CFCARDB00000001'", "'IDENTITY_CARD'", "'Z9'");
        long otherType = insert("NULL", "'IDENTITY_CARD'", "'YA1'");
        long numberOnly = insert("'CFNUMBER0000001'", "NULL", "'YA1'");
        long alone = insert("NULL", "'PASSPORT'", "'W1'");

        flyway("9").migrate();
        // V7 compared the students without a codice fiscale only
        assertEquals(Map.of(noCfTyped, noCf), marks());

        flyway("10").migrate();
        // V10 compares every live student with a document: the oldest of each type and number stays unmarked, the
        // others point at it (the V7 mark moved to the older student with a codice fiscale); nothing is merged
        assertEquals(Map.of(noCf, withCf, noCfTyped, withCf, cardB, cardA), marks());
        assertEquals(8L, count("SELECT count(*) FROM " + SCHEMA + ".student"));
        assertEquals(0L, count("SELECT count(*) FROM " + SCHEMA + ".student WHERE other_id_country IS NOT NULL"));
        assertTrue(List.of(otherType, numberOnly, alone).stream().noneMatch(marks()::containsKey));

        // the index: another unmarked document of no country with that type and number is refused, one of a country is not
        SQLException duplicate = assertThrows(SQLException.class, () -> insert("NULL", "'PASSPORT'", "' YA 1 '"));
        assertTrue(duplicate.getMessage().contains("student_identity_document_uk"), duplicate.getMessage());
        insert("NULL", "'PASSPORT'", "'YA1'", "'FR'");
        duplicate = assertThrows(SQLException.class, () -> insert("'CFFRENCH0000001'", "'PASSPORT'", "'ya1'", "'FR'"));
        assertTrue(duplicate.getMessage().contains("student_identity_document_uk"), duplicate.getMessage());
        // a country is stored as its code, upper case
        SQLException format = assertThrows(SQLException.class, () -> insert("NULL", "'PASSPORT'", "'W2'", "'fr'"));
        assertTrue(format.getMessage().contains("student_other_id_country_format"), format.getMessage());
    }

    long insert(String fiscalCode, String type, String number) throws SQLException {
        return insert(fiscalCode, type, number, null);
    }

    long insert(String fiscalCode, String type, String number, String country) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("INSERT INTO " + SCHEMA + ".student (first_name, last_name, fiscal_code, "
                    + "other_id_type, other_id_value, birth_date, citizenship" + (country == null ? "" : ", other_id_country")
                    + ") VALUES ('Ana', 'Lima', " + fiscalCode + ", " + type + ", " + number + ", DATE '1990-01-01', 'NON_EU'"
                    + (country == null ? "" : ", " + country) + ") RETURNING id");
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each marked student's id and the id it is marked a duplicate of. */
    Map<Long, Long> marks() throws SQLException {
        Map<Long, Long> marks = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, duplicate_of FROM " + SCHEMA + ".student WHERE duplicate_of IS NOT NULL ORDER BY id")) {
            while (rs.next()) {
                marks.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return marks;
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
