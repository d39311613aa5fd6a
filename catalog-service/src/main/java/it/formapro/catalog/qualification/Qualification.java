package it.formapro.catalog.qualification;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A regional qualification of the repertorio, at one version of its act. */
@Entity
public class Qualification extends PanacheEntity {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    @Column(name = "eqf_level", nullable = false)
    public int eqfLevel;
}
