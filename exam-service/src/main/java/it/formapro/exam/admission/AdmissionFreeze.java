package it.formapro.exam.admission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The moment the board froze a session's admission list; its entries are {@link AdmissionEntry}. */
@Entity
@Table(name = "admission_freeze")
public class AdmissionFreeze extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "frozen_at", nullable = false)
    public OffsetDateTime frozenAt;

    @Column(name = "frozen_by", nullable = false)
    public String frozenBy;

    @Column(name = "threshold_percent")
    public BigDecimal thresholdPercent;

    public String source;
}
